"""The addresses of consultation topics, public and staff, within the suggestions namespace."""

from django.urls import path

from huishang.suggestions import topic_views

urlpatterns = [
    path("topics/", topic_views.topic_list, name="topics"),
    path("topics/<slug:code>/", topic_views.topic_detail, name="topic"),
    path("topics/<slug:code>/opinion/", topic_views.give_opinion, name="topic-opinion"),
    path("topics/<slug:code>/opinions/<int:pk>/support/", topic_views.support, name="topic-support"),
    path("topics/<slug:code>/documents/<int:pk>/", topic_views.document, name="topic-document"),
    path("staff/topics/", topic_views.staff_topics, name="staff-topics"),
    path("staff/topics/<slug:code>/", topic_views.staff_topic, name="staff-topic"),
    path("staff/topics/<slug:code>/opinions/<int:pk>/theme/", topic_views.file_opinion, name="topic-theme"),
    path("staff/topics/<slug:code>/opinions/<int:pk>/decide/", topic_views.decide_opinion, name="topic-decide"),
    path("staff/topics/<slug:code>/opinions/<int:pk>/release/", topic_views.release_opinion, name="topic-release"),
    path("staff/topics/<slug:code>/result/", topic_views.publish_result, name="topic-result"),
    path("staff/topics/<slug:code>/forward/", topic_views.forward, name="topic-forward"),
    path("staff/topics/<slug:code>/forwarding.<str:fmt>", topic_views.forwarding_document, name="topic-forwarding"),
]
