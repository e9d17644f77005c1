"""Filters that show an audit entry as its reader reads it (see audit.readable)."""

from django import template

from huishang.audit import readable

register = template.Library()

register.filter("kind_label", readable.kind_label)
register.filter("subject_label", readable.subject_label)
register.filter("detail_lines", readable.detail_lines)
