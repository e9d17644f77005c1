from django.urls import path

from huishang.assessment import views

app_name = "assessment"
urlpatterns = [
    path("", views.assessment_list, name="list"),
    path("<int:pk>/", views.assessment_detail, name="detail"),
    path("<int:pk>/advance/", views.advance, name="advance"),
    path("<int:pk>/indicators/<int:indicator_pk>/self-report/", views.self_report, name="self-report"),
    path("<int:pk>/unions/<int:participant_pk>/indicators/<int:indicator_pk>/score/", views.score, name="score"),
    path("risks/", views.risk_list, name="risks"),
]
