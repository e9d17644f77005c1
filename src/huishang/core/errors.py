"""Domain errors raised by services. The API maps them to JSON, the web UI to messages."""

from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    code = "error"
    http_status = 400

    def __init__(self, message, *, field: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.field = field


class NotAllowed(DomainError):
    """The user's role or scope does not permit this action on this object."""

    code = "not_allowed"
    http_status = 403


class InvalidTransition(DomainError):
    """The object's current state does not admit this action."""

    code = "invalid_state"
    http_status = 409


class ConcurrentChange(DomainError):
    """Someone else changed the object since the caller read it."""

    code = "concurrent_change"
    http_status = 409

    def __init__(self, message=None, **kwargs):
        super().__init__(message or _("This record was changed by someone else; reload and try again."), **kwargs)


class ValidationError(DomainError):
    """An input value is missing or wrong; ``field`` names it."""

    code = "validation_error"
    http_status = 422


class NotFound(DomainError):
    code = "not_found"
    http_status = 404
