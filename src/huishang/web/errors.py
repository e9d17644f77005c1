"""Showing a service's refusal (a DomainError) on the form the user sent."""

from django import forms

from huishang.core.errors import DomainError


def show_on_form(form: forms.Form, error: DomainError, field_names: dict | None = None) -> None:
    """Put the message next to the field the service names, or above the form when no field matches.

    ``field_names`` maps a service's field name to the form's when the two differ.
    """
    field = (field_names or {}).get(error.field, error.field)
    form.add_error(field if field in form.fields else None, str(error.message))


def messages_of(form: forms.Form) -> list[str]:
    """Every error of a form, for a page that cannot show the form itself (the user may not use it now)."""
    return [str(message) for errors in form.errors.values() for message in errors]
