from django.urls import path

from huishang.alliances import public_views, views

app_name = "alliances"
urlpatterns = [
    path("", views.alliance_list, name="list"),
    path("<int:pk>/", views.dashboard, name="dashboard"),
    path("<int:pk>/report/<int:year>/", views.report, name="report"),
    path("<int:pk>/agreements/new/", views.agreement_new, name="agreement-new"),
    path("<int:pk>/charter/", views.charter, name="charter"),
    path("<int:pk>/activities/new/", views.activity_new, name="activity-new"),
    path("photos/<int:pk>/", views.activity_photo, name="activity-photo"),
    path("agreements/<int:pk>/attachment/", views.agreement_attachment, name="agreement-attachment"),
    path("studios/<int:pk>/", views.studio_detail, name="studio"),
    path("studios/<int:pk>/edit/", views.studio_edit, name="studio-edit"),
    path("resources/<int:pk>/", views.resource_detail, name="resource"),
    path("bookings/<int:pk>/decide/", views.booking_decide, name="booking-decide"),
    path("showcase/", public_views.showcase, name="showcase"),
    path("showcase/<int:pk>/", public_views.showcase_alliance, name="showcase-alliance"),
]
