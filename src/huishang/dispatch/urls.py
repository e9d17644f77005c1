from django.urls import path

from huishang.dispatch import views

app_name = "dispatch"
urlpatterns = [
    path("", views.table, name="table"),
    path("new/", views.entry_new, name="entry-new"),
    path("<int:pk>/", views.entry_edit, name="entry-edit"),
    path("<int:pk>/delete/", views.entry_delete, name="entry-delete"),
    path("matters/<str:number>/opinion/", views.opinion, name="opinion"),
]
