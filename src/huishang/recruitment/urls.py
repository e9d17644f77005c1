from django.urls import path

from huishang.recruitment import event_views, exam_views, public_views, views

app_name = "recruitment"
urlpatterns = [
    path("", public_views.public_index, name="public-index"),
    path("rounds/<int:pk>/apply/", public_views.apply, name="apply"),
    path("track/", public_views.track, name="track"),
    path("rounds/<int:pk>/result/", public_views.result, name="result"),
    path("ticket/", public_views.ticket, name="ticket"),
    path("events/", views.event_list, name="events"),
    path("events/new/", event_views.event_new, name="event-new"),
    path("events/<int:pk>/", event_views.event_detail, name="event"),
    path("events/<int:pk>/employers/", event_views.event_employer, name="event-employer"),
    path("events/<int:pk>/employers/<int:participation_pk>/intentions/", event_views.event_intentions,
         name="event-intentions"),
    path("rounds/", views.round_list, name="rounds"),
    path("rounds/new/", views.round_new, name="round-new"),
    path("rounds/<int:pk>/", views.round_detail, name="round"),
    path("rounds/<int:round_pk>/applications/<int:pk>/review/", views.review, name="review"),
    path("rounds/<int:round_pk>/applications/<int:pk>/scores/", views.scores, name="scores"),
    path("rounds/<int:pk>/publish/", views.publish, name="publish"),
    path("rounds/<int:pk>/export/<str:stage>.xlsx", views.export, name="export"),
    path("rounds/<int:pk>/exams/", exam_views.exams, name="exams"),
    path("rounds/<int:pk>/exams/sessions/", exam_views.session_new, name="session-new"),
    path("rounds/<int:pk>/exams/tickets/", exam_views.tickets_issue, name="tickets-issue"),
    path("rounds/<int:pk>/checks/", exam_views.checks_page, name="checks"),
    path("rounds/<int:round_pk>/applications/<int:pk>/checks/", exam_views.condition_check, name="condition-check"),
]
