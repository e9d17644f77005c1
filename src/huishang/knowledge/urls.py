from django.urls import path

from huishang.knowledge import views

app_name = "knowledge"
urlpatterns = [
    path("", views.article_list, name="list"),
    path("new/", views.article_new, name="new"),
    path("import/", views.article_import, name="import"),
    path("export.xlsx", views.article_export, name="export"),
    path("policies/", views.public_list, name="public"),
    path("policies/<int:pk>/", views.public_detail, name="public-detail"),
    path("from-matter/<str:number>/", views.propose_from_matter, name="propose"),
    path("<int:pk>/", views.article_detail, name="detail"),
    path("<int:pk>/edit/", views.article_edit, name="edit"),
    path("<int:pk>/submit/", views.article_submit, name="submit"),
    path("<int:pk>/approve/", views.article_approve, name="approve"),
    path("<int:pk>/send-back/", views.article_send_back, name="send-back"),
    path("<int:pk>/withdraw/", views.article_withdraw, name="withdraw"),
]
