from django.urls import re_path

from huishang.suggestions import open311
from huishang.suggestions.open311_errors import open311_endpoint, service_definition, unknown

app_name = "open311"
urlpatterns = [
    re_path(r"^services\.(?P<fmt>json|xml)$", open311_endpoint("GET")(open311.services_list), name="services"),
    re_path(r"^services/(?P<code>[^/]+)\.(?P<fmt>json|xml)$", service_definition, name="service"),
    re_path(r"^requests\.(?P<fmt>json|xml)$", open311_endpoint("GET", "POST")(open311.requests_view), name="requests"),
    re_path(r"^requests/(?P<number>[A-Za-z0-9-]+)\.(?P<fmt>json|xml)$", open311_endpoint("GET")(open311.request_detail),
            name="request"),
    # Anything else under /open311/v2/ is answered as an Open311 error too, not by the site's HTML 404.
    re_path(r"^", unknown, name="unknown"),
]
