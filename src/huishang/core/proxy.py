"""Behind a reverse proxy (nginx in front of several app servers) every request arrives from the proxy's
address; the client's address is what the proxy appended to X-Forwarded-For.

HUISHANG_TRUSTED_PROXIES lists the proxies' addresses. Only a request that comes from one of them gets
REMOTE_ADDR replaced by the last X-Forwarded-For entry (the address the proxy itself saw), so a client
cannot choose its own address by sending the header; the lockout, the audit trail and the suggestion
limits then count real clients, not the proxy.
"""

from django.conf import settings


class ClientAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("REMOTE_ADDR") in settings.HUISHANG_TRUSTED_PROXIES:
            hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
            if hops:
                request.META["REMOTE_ADDR"] = hops[-1]
        return self.get_response(request)
