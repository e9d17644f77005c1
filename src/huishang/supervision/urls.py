from django.urls import path
from django.views.generic import RedirectView

from huishang.supervision import views

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
    # The bell's page moved to /notifications/; old links still arrive.
    path("notifications/", RedirectView.as_view(pattern_name="notifications:list", permanent=True),
         name="notifications-moved"),
]
