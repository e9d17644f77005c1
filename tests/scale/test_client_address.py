"""Behind nginx the app sees the client's address, and only a trusted proxy can tell it."""

from django.http import HttpResponse
from django.test import RequestFactory

from huishang.core.proxy import ClientAddressMiddleware

NGINX = "10.0.0.5"


def seen_address(*, sent_from: str, forwarded_for: str | None) -> str:
    """The REMOTE_ADDR the application sees for a request from ``sent_from`` carrying ``forwarded_for``."""
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for is not None else {}
    request = RequestFactory().get("/", REMOTE_ADDR=sent_from, **headers)
    middleware = ClientAddressMiddleware(lambda request: HttpResponse(request.META["REMOTE_ADDR"]))
    return middleware(request).content.decode()


def test_a_request_through_the_trusted_proxy_carries_the_address_the_proxy_saw(settings):
    settings.HUISHANG_TRUSTED_PROXIES = [NGINX]
    # The client claimed 1.2.3.4 itself; nginx appended the address it really came from.
    assert seen_address(sent_from=NGINX, forwarded_for="1.2.3.4, 203.0.113.9") == "203.0.113.9"


def test_a_client_that_reaches_the_app_directly_cannot_choose_its_address(settings):
    settings.HUISHANG_TRUSTED_PROXIES = [NGINX]
    assert seen_address(sent_from="198.51.100.7", forwarded_for="203.0.113.9") == "198.51.100.7"


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.HUISHANG_TRUSTED_PROXIES = []
    assert seen_address(sent_from=NGINX, forwarded_for="203.0.113.9") == NGINX


def test_a_proxy_request_without_the_header_keeps_the_proxy_address(settings):
    settings.HUISHANG_TRUSTED_PROXIES = [NGINX]
    assert seen_address(sent_from=NGINX, forwarded_for=None) == NGINX
