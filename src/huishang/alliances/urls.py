from django.urls import path

from huishang.alliances import public_views, record_views, views

app_name = "alliances"
urlpatterns = [
    path("", views.alliance_list, name="list"),
    path("<int:pk>/", views.dashboard, name="dashboard"),
    path("<int:pk>/report/<int:year>/", views.report, name="report"),
    path("<int:pk>/agreements/new/", record_views.agreement_new, name="agreement-new"),
    path("<int:pk>/charter/", views.charter, name="charter"),
    path("<int:pk>/activities/new/", record_views.activity_new, name="activity-new"),
    path("photos/<int:pk>/", views.activity_photo, name="activity-photo"),
    path("agreements/<int:pk>/attachment/", views.agreement_attachment, name="agreement-attachment"),
    path("studios/<int:pk>/", views.studio_detail, name="studio"),
    path("studios/<int:pk>/edit/", record_views.studio_edit, name="studio-edit"),
    path("resources/<int:pk>/", views.resource_detail, name="resource"),
    path("bookings/<int:pk>/decide/", views.booking_decide, name="booking-decide"),
    path("<int:pk>/members/new/", record_views.member_new, name="member-new"),
    path("memberships/<int:pk>/leave/", record_views.membership_leave, name="membership-leave"),
    path("<int:pk>/council/new/", record_views.seat_new, name="seat-new"),
    path("council/<int:pk>/end/", record_views.seat_end, name="seat-end"),
    path("<int:pk>/rotation/new/", record_views.term_new, name="term-new"),
    path("<int:pk>/experts/new/", record_views.expert_new, name="expert-new"),
    path("experts/<int:pk>/edit/", record_views.expert_edit, name="expert-edit"),
    path("experts/<int:pk>/services/new/", record_views.expert_service_new, name="expert-service-new"),
    path("<int:pk>/resources/new/", record_views.resource_new, name="list-resource"),
    path("resources/<int:pk>/edit/", record_views.resource_edit, name="resource-edit"),
    path("<int:pk>/achievements/new/", record_views.achievement_new, name="achievement-new"),
    path("agreements/<int:pk>/progress/", record_views.agreement_progress, name="agreement-progress"),
    path("bookings/<int:pk>/cancel/", record_views.booking_cancel, name="booking-cancel"),
    path("showcase/", public_views.showcase, name="showcase"),
    path("showcase/<int:pk>/", public_views.showcase_alliance, name="showcase-alliance"),
]
