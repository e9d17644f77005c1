"""The text of a notification: the administrator's edited template of its event, else the app's file.

A file template is ``<app>/templates/<app>/messages/<name>.txt``: its first line is the subject, the rest
the body. An edited one (``MessageTemplate``, in the admin) has a subject and a body of its own.

Both are plain text, rendered without HTML escaping (the bell's page escapes when it shows them).
An edited template may use only variables and filters (``{{ matter.number }}``, ``{{ note }}``,
``{{ matter.due|date:"Y-m-d" }}``), ``{% if %}`` and the i18n tags (``{% load i18n %}``,
``{% translate %}``, ``{% blocktranslate %}``): no other tag, no include, extends, url or debug, so that
a template can neither read files nor dump its context.
"""

from django.core.exceptions import ValidationError
from django.template import Context, Engine, Library, TemplateSyntaxError, defaultfilters, defaulttags
from django.template.loader import get_template
from django.utils.translation import gettext as _

from huishang.notifications.models import MessageTemplate


def _editable_builtins() -> Library:
    library = Library()
    library.filters.update(defaultfilters.register.filters)
    library.tags.update({"if": defaulttags.do_if, "load": defaulttags.load})
    return library


EDITABLE = Engine(libraries={"i18n": "django.templatetags.i18n"}, autoescape=False)
# Only the tags above: Engine always adds Django's default tags, so its built-ins are replaced here.
EDITABLE.template_builtins = [_editable_builtins()]


def check_source(*, subject: str, body: str) -> None:
    """Refuse (ValidationError naming the field) a subject or body that is not a valid editable template."""
    for field, source in (("subject", subject), ("body", body)):
        try:
            EDITABLE.from_string(source)
        except TemplateSyntaxError as error:
            raise ValidationError({field: _("This template cannot be used: %(error)s") % {"error": error}})


def file_template(event: str) -> str:
    app, _dot, name = event.partition(".")
    return f"{app}/messages/{name}.txt"


def rendered(event: str, context: dict) -> tuple[str, str]:
    """(subject, body) of ``event`` for ``context``, from its edited template if there is one."""
    edited = MessageTemplate.objects.filter(event=event).first()
    if edited is not None:
        subject = EDITABLE.from_string(edited.subject).render(Context(context, autoescape=False))
        body = EDITABLE.from_string(edited.body).render(Context(context, autoescape=False))
    else:
        text = get_template(file_template(event)).template.render(Context(context, autoescape=False))
        subject, _newline, body = text.strip().partition("\n")
    return " ".join(subject.split())[:200], body.strip()
