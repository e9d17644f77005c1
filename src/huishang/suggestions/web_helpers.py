"""Small helpers the public pages and Open311 share."""


def client_address(request) -> str:
    """The sender's address as the server sees it (behind a proxy, configure it to set REMOTE_ADDR)."""
    return request.META.get("REMOTE_ADDR", "")
