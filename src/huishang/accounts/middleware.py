"""Middleware of sign-in and web protection: idle sessions end, required two-factor comes first, CSP on every answer."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from huishang.accounts import second_factor

LAST_SEEN_KEY = "huishang_last_seen"
# Saving the session on every request would make each page view a write; once a minute is
# precise enough for a timeout counted in minutes.
LAST_SEEN_RESOLUTION_SECONDS = 60

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


class IdleTimeoutMiddleware:
    """A web session unused for HUISHANG_IDLE_MINUTES is logged out and sent to the login page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            last_seen = request.session.get(LAST_SEEN_KEY)
            if last_seen is not None and now - last_seen > settings.HUISHANG_IDLE_MINUTES * 60:
                logout(request)
                messages.info(request, _("You were signed out after %(minutes)d minutes without activity. "
                                         "Please sign in again.") % {"minutes": settings.HUISHANG_IDLE_MINUTES})
                return redirect_to_login(request.get_full_path())
            if last_seen is None or now - last_seen >= LAST_SEEN_RESOLUTION_SECONDS:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


class SecondFactorEnrolmentMiddleware:
    """A signed-in user whose role requires two-factor sign-in and who has no device enrols before anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and second_factor.required_for(user) and not self._exempt(request.path):
            if second_factor.confirmed_device(user) is None:
                messages.warning(request, _("Your role requires two-factor sign-in. Set up an authenticator app "
                                            "before you continue."))
                return redirect(f"{reverse('accounts:two-factor')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _exempt(path: str) -> bool:
        allowed = (reverse("accounts:two-factor"), reverse("web:logout"), reverse("set_language"), settings.STATIC_URL)
        return any(path.startswith(prefix if prefix.startswith("/") else "/" + prefix) for prefix in allowed)


class ContentSecurityPolicyMiddleware:
    """Pages may load scripts, styles and images from this site only; no inline script, no framing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response
