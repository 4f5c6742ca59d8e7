"""Production settings: refuse to start without the variables a real deployment must set, or
with values that only make sense on a developer's machine."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import EMAIL_CONFIG, env

REQUIRED = ("SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS")
_missing = [name for name in REQUIRED if not env(name)]
if _missing:
    raise ImproperlyConfigured(
        "Talkoo will not start in production without these environment variables: "
        + ", ".join(_missing)
        + ". See .env.example."
    )

# The keys dev.py and test.py fall back to are public: whoever knows one can sign sessions.
if env("SECRET_KEY").startswith(("dev-only-", "test-only-")):
    raise ImproperlyConfigured(
        "SECRET_KEY is the development key, which is public. Set a long random one."
    )

# E-mail carries password-reset links and residents' private links: printing it to the log, or
# dropping it, is a leak or a silent loss, never a way to run a real site.
NOT_SENDING_EMAIL_BACKENDS = (
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
)
if EMAIL_CONFIG["EMAIL_BACKEND"] in NOT_SENDING_EMAIL_BACKENDS:
    raise ImproperlyConfigured(
        "EMAIL_URL must name a mail server that sends, e.g. smtp+tls://user:pass@host:587; "
        f"it names {EMAIL_CONFIG['EMAIL_BACKEND']}. See .env.example."
    )

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
# Several gunicorn workers share a page cache only through Redis: an in-process cache would
# go on serving a page that another worker's publish invalidated.
if not env("REDIS_URL"):
    PUBLIC_PAGE_CACHE_TIMEOUT = 0

# Sessions read from the cache (Redis) and survive its restart in the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

DEMO_CONTENT_ALLOWED = False
