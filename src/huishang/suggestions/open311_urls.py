from django.urls import re_path

from huishang.suggestions import open311

app_name = "open311"
urlpatterns = [
    re_path(r"^services\.(?P<fmt>json|xml)$", open311.services_list, name="services"),
    re_path(r"^requests\.(?P<fmt>json|xml)$", open311.requests_view, name="requests"),
    re_path(r"^requests/(?P<number>[A-Za-z0-9-]+)\.(?P<fmt>json|xml)$", open311.request_detail, name="request"),
]
