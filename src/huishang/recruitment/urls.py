from django.urls import path

from huishang.recruitment import public_views, views

app_name = "recruitment"
urlpatterns = [
    path("", public_views.public_index, name="public-index"),
    path("rounds/<int:pk>/apply/", public_views.apply, name="apply"),
    path("track/", public_views.track, name="track"),
    path("rounds/<int:pk>/result/", public_views.result, name="result"),
    path("events/", views.event_list, name="events"),
    path("rounds/", views.round_list, name="rounds"),
    path("rounds/<int:pk>/", views.round_detail, name="round"),
    path("rounds/<int:round_pk>/applications/<int:pk>/review/", views.review, name="review"),
    path("rounds/<int:round_pk>/applications/<int:pk>/scores/", views.scores, name="scores"),
    path("rounds/<int:pk>/publish/", views.publish, name="publish"),
    path("rounds/<int:pk>/export/<str:stage>.xlsx", views.export, name="export"),
]
