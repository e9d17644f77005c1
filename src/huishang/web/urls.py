from django.contrib.auth import views as auth_views
from django.urls import path

from huishang.accounts.views import SignInView
from huishang.web.views import dashboard, matters, meetings, workbench
from huishang.web.views.matter_actions import ACTION_VIEWS
from huishang.web.views.matter_page import action_slug

app_name = "web"


def _action_route(view):
    """One URL per action of the matter page: matters/<number>/accept/, named web:matter-accept, …"""
    slug = action_slug(view.action)
    return path(f"matters/<str:number>/{slug}/", view.as_view(), name=f"matter-{slug}")


urlpatterns = [
    path("login/", SignInView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", workbench.workbench, name="workbench"),
    path("matters/", matters.matter_list, name="matter-list"),
    path("matters/new/", matters.matter_new, name="matter-new"),
    path("matters/<str:number>/", matters.matter_detail, name="matter-detail"),
    path("matters/<str:number>/files/", matters.attachment_add, name="matter-attachment-add"),
    path("matters/<str:number>/files/<int:pk>/", matters.attachment_download, name="matter-attachment"),
    *[_action_route(view) for view in ACTION_VIEWS],
    path("meetings/", meetings.meeting_list, name="meeting-list"),
    path("meetings/new/", meetings.meeting_new, name="meeting-new"),
    path("meetings/<int:pk>/", meetings.meeting_detail, name="meeting-detail"),
    path("meetings/<int:pk>/agenda/", meetings.agenda_add, name="meeting-agenda-add"),
    path("meetings/<int:pk>/agenda/<int:item_pk>/remove/", meetings.agenda_remove, name="meeting-agenda-remove"),
    path("meetings/<int:pk>/agenda/<int:item_pk>/decide/", meetings.agenda_decide, name="meeting-agenda-decide"),
    path("meetings/<int:pk>/notice/", meetings.meeting_notice, name="meeting-notice"),
    path("meetings/<int:pk>/minutes/", meetings.meeting_minutes, name="meeting-minutes"),
    path("meetings/<int:pk>/minutes.<slug:fmt>", meetings.minutes_document, name="meeting-minutes-document"),
    path("meetings/<int:pk>/assignment-sheets/<int:unit_pk>.<slug:fmt>", meetings.assignment_sheet,
         name="meeting-assignment-sheet"),
    path("matters/<str:number>/supervision-sheet.<slug:fmt>", meetings.supervision_sheet,
         name="matter-supervision-sheet"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
]
