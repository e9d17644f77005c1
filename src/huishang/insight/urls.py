from django.urls import path

from huishang.insight import views

app_name = "insight"
urlpatterns = [
    path("hot/", views.hot, name="hot"),
]
