from django.urls import path
from django.views.generic import RedirectView

from huishang.supervision import plan_views, round_views, views

app_name = "supervision"
urlpatterns = [
    path("", views.board, name="board"),
    path("export.xlsx", views.board_export, name="board-export"),
    path("matters/<str:number>/remind/", views.remind, name="remind"),
    path("matters/<str:number>/escalate/", views.escalate, name="escalate"),
    path("matters/<str:number>/visit/", views.visit, name="visit"),
    path("matters/<str:number>/extension/", views.request_extension, name="extension-request"),
    path("extensions/<int:pk>/decide/", views.decide_extension, name="extension-decide"),
    path("matters/<str:number>/send-back/", views.request_send_back, name="send-back-request"),
    path("send-backs/<int:pk>/decide/", views.decide_send_back, name="send-back-decide"),
    path("follow-ups/<int:pk>/", views.follow_up, name="follow-up"),
    path("matters/<str:number>/plan/", plan_views.submit, name="plan-submit"),
    path("matters/<str:number>/plan/decision/", plan_views.decide, name="plan-decide"),
    path("matters/<str:number>/plan/progress/", plan_views.progress, name="plan-progress"),
    path("rounds/", round_views.round_list, name="rounds"),
    path("rounds/<int:pk>/", round_views.round_detail, name="round"),
    path("rounds/<int:pk>/matters/", round_views.add_matter, name="round-add-matter"),
    path("rounds/<int:pk>/matters/<str:number>/remove/", round_views.remove_matter, name="round-remove-matter"),
    path("rounds/<int:pk>/matters/<str:number>/finding/", round_views.finding, name="round-finding"),
    path("rounds/<int:pk>/finish/", round_views.finish, name="round-finish"),
    path("rounds/<int:pk>/report.<str:fmt>", round_views.report, name="round-report"),
    # The bell's page moved to /notifications/; old links still arrive.
    path("notifications/", RedirectView.as_view(pattern_name="notifications:list", permanent=True),
         name="notifications-moved"),
]
