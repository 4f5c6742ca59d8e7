"""Settings for the test suite: the same as production in behaviour, minus what only costs time."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-not-secret-talkoo"
ALLOWED_HOSTS = ["*"]
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS_EMAIL_BACKEND = EMAIL_BACKEND
# Tasks run at once, inside the test.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    for alias in ("default", "renditions")
}
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")

# The demo municipality (`manage.py seed_demo`): for trying Talkoo out and for its tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
