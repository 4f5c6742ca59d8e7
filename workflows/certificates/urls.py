"""Certificates on the public site: /fi/todistukset/<number>/, /sv/intyg/<number>/."""

from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("<str:code>/", views.verify, name="verify"),
    path("<str:code>/pdf/", views.download, name="pdf"),
]
