from django.urls import path

from huishang.unionwork import record_views, views

app_name = "unionwork"
urlpatterns = [
    path("", views.home, name="home"),
    path("plans/new/", record_views.plan_new, name="plan-new"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("plans/<int:pk>/tasks/", record_views.plan_task, name="plan-task"),
    path("reform/new/", record_views.group_new, name="group-new"),
    path("reform/<int:pk>/", views.group_detail, name="group"),
    path("reform/<int:pk>/members/", record_views.group_member, name="group-member"),
    path("reform/<int:pk>/tasks/", record_views.group_task, name="group-task"),
    path("reform/<int:pk>/bulletin.<str:fmt>", views.group_bulletin, name="group-bulletin"),
    path("tasks/<int:pk>/", views.task_detail, name="task"),
    path("campaigns/new/", record_views.campaign_new, name="campaign-new"),
    path("campaigns/<int:pk>/", views.campaign_detail, name="campaign"),
    path("campaigns/<int:pk>/participants/", record_views.campaign_participant, name="campaign-participant"),
    path("campaigns/<int:pk>/results/", record_views.campaign_result, name="campaign-result"),
    path("competitions/new/", record_views.competition_new, name="competition-new"),
    path("competitions/<int:pk>/", views.competition_detail, name="competition"),
    path("competitions/<int:pk>/entries/", record_views.competition_entry, name="competition-entry"),
    path("cooperation/new/", record_views.cooperation_new, name="cooperation-new"),
    path("cooperation/<int:pk>/", views.cooperation_detail, name="cooperation"),
]
