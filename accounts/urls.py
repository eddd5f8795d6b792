"""The pages between the password and the admin, reachable before the session is
verified (see accounts.middleware). Included before Wagtail's admin URLs."""

from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("set-up/", views.enroll, name="enroll"),
]
