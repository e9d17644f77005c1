from django.urls import path

from huishang.employment import training_views, views

app_name = "employment"
urlpatterns = [
    path("", views.station_list, name="stations"),
    path("stations/<int:pk>/", views.station_detail, name="station-detail"),
    path("stations/<int:pk>/seekers/", views.seeker_add, name="seeker-add"),
    path("stations/<int:pk>/jobs/", views.job_add, name="job-add"),
    path("jobs/<int:pk>/", views.job_detail, name="job-detail"),
    path("seekers/<int:pk>/", views.seeker_detail, name="seeker-detail"),
    path("stations/<int:pk>/courses/", training_views.course_add, name="course-add"),
    path("courses/<int:pk>/enrolments/", training_views.enrolment_add, name="enrolment-add"),
    path("enrolments/<int:pk>/complete/", training_views.enrolment_complete, name="enrolment-complete"),
    path("enrolments/<int:pk>/work/", training_views.enrolment_work, name="enrolment-work"),
    path("placements/", views.placement_add, name="placement-add"),
    path("placements/<int:pk>/outcome/", views.placement_outcome, name="placement-outcome"),
    path("ledger/", views.ledger_list, name="ledger"),
    path("ledger/import/", views.ledger_import, name="ledger-import"),
    path("ledger/export/", views.ledger_export, name="ledger-export"),
    path("ledger/<int:pk>/", views.household_detail, name="household-detail"),
    path("ledger/<int:pk>/visits/", views.visit_add, name="visit-add"),
]
