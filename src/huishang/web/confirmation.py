"""Irreversible actions ask first. Without JavaScript the server answers the first post with a page that repeats
what was entered and asks again, posting the same data with ``confirmed=1``; with JavaScript the browser asks
(static/web/confirm.js, for forms marked ``data-confirm``) and sends ``confirmed=1`` at once."""

from django.db import models, transaction
from django.shortcuts import render
from django.utils.translation import gettext as _

CONFIRMED_FIELD = "confirmed"
_NOT_REPEATED = {"csrfmiddlewaretoken", CONFIRMED_FIELD}


def is_confirmed(request) -> bool:
    return request.POST.get(CONFIRMED_FIELD) == "1"


def would_succeed(perform) -> None:
    """Take the step and undo it: what would refuse it (a missing reason, another's change, a lack of right)
    refuses it now, before anyone is asked; nothing is kept and nobody is told (notifications wait for a commit)."""
    with transaction.atomic():
        perform()
        transaction.set_rollback(True)


def confirmation_page(request, *, question: str, form, back_url: str, subject: str = ""):
    """The page that asks ``question`` about ``subject``, shows the valid ``form``'s answers, and posts them again
    to the same address once confirmed."""
    repeated = [(name, value) for name, values in request.POST.lists() if name not in _NOT_REPEATED
                for value in values]
    answers = [(form[name].label, _shown(form, name)) for name in form.fields
               if not form[name].is_hidden and _shown(form, name)]
    return render(request, "web/confirm.html", {
        "question": question, "subject": subject, "answers": answers, "repeated": repeated,
        "action_url": request.get_full_path(), "back_url": back_url,
    })


def _shown(form, name: str) -> str:
    value = form.cleaned_data.get(name)
    field = form.fields[name]
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, models.QuerySet) or isinstance(value, (list, tuple)) and value and isinstance(value[0], models.Model):
        return "、".join(str(item) for item in value)
    choices = dict(getattr(field, "choices", ()) or ())
    if value in choices:
        return str(choices[value])
    return "" if value in (None, "") else str(value)
