"""Money is stored in fen and shown in yuan with two decimals."""

from django import template

from huishang.employment.subsidies import yuan

register = template.Library()
register.filter("yuan", yuan)
