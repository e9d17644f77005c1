"""Who is acting right now, for entries written from model signals far away from any view."""

import contextlib
import contextvars

_request = contextvars.ContextVar("audit_request", default=None)
_actor = contextvars.ContextVar("audit_actor", default=None)


def current_request():
    return _request.get()


def current_actor():
    """The user named by ``acting_as`` (CLI, jobs), else the signed-in user of the current request."""
    actor = _actor.get()
    if actor is not None:
        return actor
    request = _request.get()
    user = getattr(request, "user", None) if request is not None else None
    return user if user is not None and user.is_authenticated else None


@contextlib.contextmanager
def acting_as(user):
    """Within the block, data changes are written to the log as done by ``user``."""
    token = _actor.set(user)
    try:
        yield user
    finally:
        _actor.reset(token)


class AuditContextMiddleware:
    """Makes the request (client address, user agent, user) known to entries the request causes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)
