"""Showing one masked value in full, on purpose, with the reason written to the log."""

from django.utils.translation import gettext as _

from huishang.audit.log import record_event
from huishang.audit.permissions import may_reveal_contact_of
from huishang.core import masking
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.directory.models import User

# What may be revealed: (kind of record, field) -> how the field is masked elsewhere.
REVEALABLE = {
    ("user", "phone"): masking.mask_phone,
    ("user", "email"): masking.mask_email,
}
REASON_MAX_LENGTH = 200


def reveal(*, by, kind: str, pk: int, field: str, reason: str, request=None) -> str:
    """The full value of one personal field, for a reader who needs it (audit.permissions); every reveal and
    every refused one is logged."""
    if (kind, field) not in REVEALABLE:
        raise ValidationError(_("This field cannot be revealed."), field="field")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say why you need the full value."), field="reason")
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(_("The reason is too long (at most %(n)d characters).") % {"n": REASON_MAX_LENGTH},
                              field="reason")
    person = User.objects.filter(pk=pk).first()
    # A refused attempt is kept too, also on an id that names no one: walking ids is what an auditor looks for.
    if person is None:
        record_event("reveal_refused", actor=by, request=request, subject=f"directory.User:{pk}",
                     detail={"field": field, "reason": reason, "missing": True})
        raise NotFound(_("No such person."), field="pk")
    if not may_reveal_contact_of(by, person):
        record_event("reveal_refused", actor=by, request=request, subject=f"directory.User:{person.pk}",
                     detail={"field": field, "reason": reason})
        raise NotAllowed(_("You may see full contact details only of the parties to matters in your care, "
                           "within your jurisdiction."), field="id")
    record_event("reveal", actor=by, request=request, subject=f"directory.User:{person.pk}",
                 detail={"field": field, "reason": reason})
    return getattr(person, field)


def masked(kind: str, field: str, value: str) -> str:
    return REVEALABLE[(kind, field)](value)


def is_own(reader, person) -> bool:
    """Masking keeps a person's data from other readers, never from the person: one's own is shown in full,
    with nothing to reveal and nothing logged."""
    return reader.is_authenticated and reader.pk == person.pk


def as_shown_to(reader, person, field: str) -> str:
    """``person``'s field as ``reader`` sees it on a page: in full if it is the reader's own, masked otherwise."""
    value = getattr(person, field, "") or ""
    if not value or is_own(reader, person):
        return value
    return masked("user", field, value)
