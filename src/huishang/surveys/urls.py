from django.urls import path

from huishang.surveys import views

app_name = "surveys"
urlpatterns = [
    path("", views.survey_list, name="list"),
    path("new/", views.survey_new, name="new"),
    path("<int:pk>/", views.survey_detail, name="detail"),
    path("<int:pk>/answers/", views.answers_add, name="answers-add"),
    path("<int:pk>/problems/", views.problem_add, name="problem-add"),
    path("<int:pk>/participants/", views.participant_add, name="participant-add"),
    path("<int:pk>/symposium/", views.symposium_link, name="symposium-link"),
    path("<int:pk>/opinions/", views.opinion_add, name="opinion-add"),
    path("<int:pk>/proposals/", views.proposal_add, name="proposal-add"),
    path("<int:pk>/report/", views.report, name="report"),
]
