from django.urls import path

from huishang.accounts import views

app_name = "accounts"

urlpatterns = [
    path("sign-in/code/", views.sign_in_code, name="sign-in-code"),
    path("unlock/", views.unlock, name="unlock"),
    path("password/", views.password_change, name="password-change"),
    path("two-factor/", views.two_factor, name="two-factor"),
]
