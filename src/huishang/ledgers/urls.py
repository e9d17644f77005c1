from django.urls import path

from huishang.ledgers import views

app_name = "ledgers"
urlpatterns = [
    path("matters.xlsx", views.export_matters, name="export"),
    path("import/", views.import_page, name="import"),
]
