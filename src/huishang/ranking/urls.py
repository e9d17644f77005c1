from django.urls import path

from huishang.ranking import talk_views, views

app_name = "ranking"
urlpatterns = [
    path("", views.index, name="index"),
    path("month/", views.choose_month, name="choose"),
    path("scheme/", views.scheme_page, name="scheme"),
    # 约谈, before the months' paths that would read "talks" as a month.
    path("talks/", talk_views.talk_list, name="talks"),
    path("talks/new/", talk_views.talk_new, name="talk-new"),
    path("talks/<int:pk>/", talk_views.talk_detail, name="talk"),
    path("talks/<int:pk>/commitments/<int:commitment_pk>/done/", talk_views.commitment_done, name="commitment-done"),
    path("<str:month>/", views.month_page, name="month"),
    path("<str:month>/publish/", views.publish, name="publish"),
    path("<str:month>/units/<int:unit_id>/<str:rate>/", views.drill, name="drill"),
    path("<str:month>/v<int:version>.<str:fmt>", views.document, name="document"),
]
