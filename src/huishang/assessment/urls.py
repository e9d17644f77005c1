from django.urls import path

from huishang.assessment import setup, views

app_name = "assessment"
urlpatterns = [
    path("", views.assessment_list, name="list"),
    path("new/", setup.assessment_new, name="new"),
    path("<int:pk>/", views.assessment_detail, name="detail"),
    path("<int:pk>/indicators/", setup.indicator_add, name="indicator-add"),
    path("<int:pk>/unions/", setup.participant_add, name="participant-add"),
    path("<int:pk>/reviewers/", setup.reviewer_add, name="reviewer-add"),
    path("<int:pk>/advance/", views.advance, name="advance"),
    path("<int:pk>/indicators/<int:indicator_pk>/self-report/", views.self_report, name="self-report"),
    path("<int:pk>/unions/<int:participant_pk>/indicators/<int:indicator_pk>/score/", views.score, name="score"),
    path("risks/", views.risk_list, name="risks"),
    path("risks/<int:pk>/", views.risk_detail, name="risk"),
    path("risks/<int:pk>/grading/", views.risk_regrade, name="risk-regrade"),
    path("risks/<int:pk>/stability-plans/", views.risk_plan, name="risk-plan"),
    path("campaigns/", views.campaign_list, name="campaigns"),
    path("campaigns/<int:pk>/", views.campaign_detail, name="campaign"),
    path("campaigns/<int:pk>/targets/", views.campaign_target, name="campaign-target"),
    path("campaigns/<int:pk>/targets/<int:target_pk>/screened/", views.campaign_screened, name="campaign-screened"),
]
