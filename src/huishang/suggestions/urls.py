from django.urls import path

from huishang.suggestions import public_views, staff_views
from huishang.suggestions.topic_urls import urlpatterns as topic_urlpatterns

app_name = "suggestions"
# The topics' addresses come first: staff/topics/ would otherwise read as the suggestion numbered "topics".
urlpatterns = [
    *topic_urlpatterns,
    path("", public_views.submit, name="submit"),
    path("received/<str:number>/", public_views.receipt, name="receipt"),
    path("follow/", public_views.follow_up, name="follow-up"),
    path("follow/<str:number>/", public_views.progress, name="progress"),
    path("follow/<str:number>/rate/", public_views.rate, name="rate"),
    path("results/", public_views.results, name="results"),
    path("public/", public_views.public_list, name="public-list"),
    path("points/", public_views.points, name="points"),
    path("points/<slug:code>/poster/", public_views.poster, name="poster"),
    path("paper/", staff_views.paper_entry, name="paper"),
    path("staff/", staff_views.staff_list, name="staff-list"),
    path("staff/<str:number>/", staff_views.staff_detail, name="staff-detail"),
    path("staff/<str:number>/release/", staff_views.release, name="release"),
    path("staff/<str:number>/agenda/", staff_views.put_on_agenda, name="agenda"),
    path("staff/<str:number>/decide/", staff_views.decide, name="decide"),
    path("staff/<str:number>/publish/", staff_views.publish, name="publish"),
]
