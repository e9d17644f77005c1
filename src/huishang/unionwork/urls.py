from django.urls import path

from huishang.unionwork import views

app_name = "unionwork"
urlpatterns = [
    path("", views.home, name="home"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("reform/<int:pk>/", views.group_detail, name="group"),
    path("reform/<int:pk>/bulletin.<str:fmt>", views.group_bulletin, name="group-bulletin"),
    path("tasks/<int:pk>/", views.task_detail, name="task"),
    path("campaigns/<int:pk>/", views.campaign_detail, name="campaign"),
    path("competitions/<int:pk>/", views.competition_detail, name="competition"),
    path("cooperation/<int:pk>/", views.cooperation_detail, name="cooperation"),
]
