from django.urls import path

from huishang.ledgers import views

app_name = "ledgers"
urlpatterns = [
    path("matters.xlsx", views.export_matters, name="export"),
    path("import/", views.import_page, name="import"),
    path("import/<int:pk>/", views.import_job, name="import-job"),
    path("import/<int:pk>/progress/", views.import_job_progress, name="import-job-progress"),
]
