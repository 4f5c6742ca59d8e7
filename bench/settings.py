"""Production settings for the speed ladder, on loopback: plain http, and a query count header."""

from portal.settings.production import *  # noqa: F403
from portal.settings.production import MIDDLEWARE

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
# The ladder measures requests, not a mail relay: receipts are dropped.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# Outermost, so that it also sees requests the public page cache answers (with 0 queries).
MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *MIDDLEWARE]
