from django.urls import path

from huishang.promotion import views

app_name = "promotion"
urlpatterns = [
    path("", views.board, name="board"),
    path("leads/", views.lead_list, name="leads"),
    path("leads/new/", views.lead_new, name="lead-new"),
    path("leads/<int:pk>/", views.lead_detail, name="lead"),
    path("leads/<int:pk>/advance/", views.lead_advance, name="lead-advance"),
    path("leads/<int:pk>/visits/", views.lead_visit, name="lead-visit"),
    path("leads/<int:pk>/drop/", views.lead_drop, name="lead-drop"),
    path("leads/<int:pk>/owner/", views.lead_owner, name="lead-owner"),
    path("leads/<int:pk>/reports/", views.lead_report, name="lead-report"),
    path("leads/<int:pk>/business-lines/", views.lead_business_line, name="lead-business-line"),
    path("leads/<int:pk>/seat-plan/", views.lead_seat_plan, name="lead-seat-plan"),
    path("leads/<int:pk>/enterprise/", views.lead_enterprise, name="lead-enterprise"),
]
