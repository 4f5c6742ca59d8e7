"""Settings for trying Talkoo out on one machine: SQLite, console e-mail, debug pages."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY") or "dev-only-not-secret-talkoo"
ALLOWED_HOSTS = env("ALLOWED_HOSTS") or ["127.0.0.1", "localhost", "[::1]"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files come straight from the apps through WhiteNoise, with or without DEBUG;
# uploads are served by Django itself, which is fine on one machine.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
# Without a worker, tasks run inside the request; `make demo` starts a worker and the
# scheduler and sets TASKS_BACKEND=database, as production runs.
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[env("TASKS_BACKEND", default="immediate")]}}  # noqa: F405

# The demo municipality (`manage.py seed_demo`): for trying Talkoo out and for its tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# runserver answers each request in a thread of its own, and a kept connection would stay open
# with its dead thread: a busy browser suite then runs PostgreSQL out of connections. Django's
# advice is the same: no persistent connections in development.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
