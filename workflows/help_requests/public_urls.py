"""The resident's private page of their request, inside the public site's language prefix:
/fi/avunpyynto/<key>/, /sv/hjalpbegaran/<key>/. The key is the secret; no login."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import resident

app_name = "help_request"

urlpatterns = [
    path("<str:key>/", resident.status, name="status"),
    path(_("<str:key>/cancel/"), resident.cancel, name="cancel"),
    path(_("<str:key>/answer/"), resident.answer, name="answer"),
    path(_("<str:key>/feedback/"), resident.feedback, name="feedback"),
]
