from django.urls import path

from huishang.butlers import views

app_name = "butlers"
urlpatterns = [
    path("", views.butler_workbench, name="workbench"),
    path("visits/", views.visit_list, name="visit-list"),
    path("visits/new/", views.visit_new, name="visit-new"),
    path("visits/<int:pk>/", views.visit_detail, name="visit-detail"),
    path("assignments/", views.assignments, name="assignments"),
    path("plan/", views.plan, name="plan"),
    path("trainings/", views.trainings, name="trainings"),
    path("figures/", views.figures, name="figures"),
]
