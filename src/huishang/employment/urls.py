from django.urls import path

from huishang.employment import internship_views, subsidy_views, training_views, views

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
    path("internships/", internship_views.base_list, name="internship-bases"),
    path("internships/apply/", internship_views.base_apply, name="internship-base-apply"),
    path("internships/<int:pk>/", internship_views.base_detail, name="internship-base-detail"),
    path("internships/<int:pk>/recognise/", internship_views.base_recognise, name="internship-base-recognise"),
    path("internships/<int:pk>/refuse/", internship_views.base_refuse, name="internship-base-refuse"),
    path("internships/<int:pk>/posts/", internship_views.post_add, name="internship-post-add"),
    path("internships/<int:pk>/interns/", internship_views.intern_add, name="intern-add"),
    path("interns/<int:pk>/complete/", internship_views.intern_complete, name="intern-complete"),
    path("interns/<int:pk>/leave/", internship_views.intern_leave, name="intern-leave"),
    path("interns/<int:pk>/hired/", internship_views.intern_hired, name="intern-hired"),
    path("subsidies/", subsidy_views.subsidy_list, name="subsidies"),
    path("subsidies/add/", subsidy_views.subsidy_add, name="subsidy-add"),
    path("subsidies/export/", subsidy_views.subsidy_export, name="subsidy-export"),
    path("subsidies/<int:pk>/", subsidy_views.subsidy_detail, name="subsidy-detail"),
    path("subsidies/<int:pk>/pay/", subsidy_views.subsidy_pay, name="subsidy-pay"),
]
