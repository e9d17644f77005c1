from django.urls import path

from huishang.audit import views

app_name = "audit"
urlpatterns = [
    path("", views.entry_list, name="entries"),
    path("export/", views.entry_export, name="export"),
    path("reveal/", views.reveal_value, name="reveal"),
]
