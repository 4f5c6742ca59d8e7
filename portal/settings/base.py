"""Settings shared by every environment.

Configuration comes from the environment through the one typed schema below (django-environ);
`.env.example` documents every variable. Nothing here is a secret: `dev.py` and `test.py` supply
harmless defaults, `production.py` insists on real values.
"""

import datetime
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PORTAL_DIR = BASE_DIR / "portal"

# The typed schema: every variable the portal reads, with its type and default.
env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, ""),
    ALLOWED_HOSTS=(list, []),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, ""),
    REDIS_URL=(str, ""),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "Talkoo <noreply@talkoo.invalid>"),
    WAGTAILADMIN_BASE_URL=(str, "http://127.0.0.1:8000"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "static")),
    SECURE_SSL_REDIRECT=(bool, True),
    SECURE_HSTS_SECONDS=(int, 31536000),
    LOG_LEVEL=(str, "INFO"),
    PUBLIC_PAGE_CACHE_TIMEOUT=(int, 3600),
    ONBOARDING_STALLED_AFTER_DAYS=(int, 14),
    VOLUNTEER_STATUS_REASON_DAYS=(int, 365),
    HELP_OFFER_ANSWER_HOURS=(int, 48),
    HELP_ANSWER_WAIT_DAYS=(int, 7),
    HELP_REPORT_WAIT_DAYS=(int, 7),
    HELP_REQUEST_STALLED_AFTER_HOURS=(int, 24),
    HELP_REQUEST_RETENTION_DAYS=(int, 365),
    HELP_REQUEST_RATE_LIMIT=(str, "5/h"),
    RATELIMIT_IP_META_KEY=(str, ""),
    SMS_BACKEND=(str, "workflows.sms.ConsoleBackend"),
    TRAINING_SEAT_OFFER_HOURS=(int, 48),
    TRAINING_REMINDER_DAYS=(int, 2),
    TRAINING_RENEWAL_REMINDER_DAYS=(int, 60),
    TRAINING_ROLL_CORRECTION_DAYS=(int, 14),
    CALL_BATCH_SIZE=(int, 5),
    CALL_BATCH_HOLD_MINUTES=(int, 120),
    CALL_NO_ANSWER_TRIES=(int, 3),
    CALL_RETRY_AFTER_HOURS=(int, 20),
    CALL_LIST_MAX_ROWS=(int, 20000),
    TASKS_BACKEND=(str, "database"),
    TASKS_MAX_ATTEMPTS=(int, 10),
    TASKS_ABANDONED_AFTER_MINUTES=(int, 10),
    SCHEDULER_STALE_AFTER_SECONDS=(int, 180),
    LOGIN_FAILURE_LIMIT=(int, 10),
    LOGIN_LOCKOUT_MINUTES=(int, 15),
    SIGN_UP_RATE_LIMIT=(str, "5/h"),
    PASSWORD_RESET_RATE_LIMIT=(str, "5/h"),
    STAFF_SESSION_IDLE_HOURS=(float, 8),
)
# A .env file beside manage.py fills in what the environment leaves unset.
environ.Env.read_env(os.environ.get("TALKOO_ENV_FILE", BASE_DIR / ".env"))

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Ours first, so that our templates (404/500, registration) win over viewflow's.
    "portal",
    "pages",
    "workflows",
    "workflows.registry",
    "workflows.onboarding",
    "workflows.help_requests",
    "workflows.training",
    "workflows.certificates",
    "workflows.thanks",
    "workflows.calls",
    "workflows.my_volunteering",
    "jobs",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "phonenumber_field",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "viewflow",
    "viewflow.workflow",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "portal.apps.StaticFilesConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (enforced on public pages, reported on staff's) and
    # Permissions-Policy on every response, cached and error pages too (portal/headers.py).
    "portal.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A NUL byte in the address or a form in another charset than UTF-8: 400, not a 500.
    "portal.unreadable.UnreadableRequestMiddleware",
    # Before sessions and authentication: a cached public page costs no database query.
    "pages.cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The coordinators' /workflows/ speak the language chosen in the user's Wagtail account.
    "portal.middleware.StaffLanguageMiddleware",
    # Staff sessions end after STAFF_SESSION_IDLE_HOURS without a request (portal/sessions.py).
    "portal.sessions.StaffSessionMiddleware",
    # Their icons' names ("arrow_drop_down") are not read aloud (portal/assistive.py).
    "portal.assistive.HideIconNamesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Counts failed logins and answers a locked-out one with 429 (workflows/registry/logins.py).
    "axes.middleware.AxesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # viewflow's own middleware, listed here rather than appended behind our back at start-up.
    "viewflow.middleware.SiteMiddleware",
    "viewflow.middleware.HotwireTurboMiddleware",
]
VIEWFLOW = {"AUTOREGISTER": False}

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PORTAL_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.layout",
            ],
        },
    },
]

# SQLite is the embedded default for trying Talkoo out on one machine; production and the
# test suite in CI use PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": env.db_url_config(env("DATABASE_URL"))
    if env("DATABASE_URL")
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", 60 if env("DATABASE_URL") else 0)
# A kept connection is checked before a request uses it: a database restart or failover costs
# one reconnect, not a 500 for every request that picks up a dead connection.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

# "renditions" is where Wagtail remembers resized images, saving a query per image shown.
if env("REDIS_URL"):
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": f"talkoo-{alias}",
        }
        for alias in ("default", "renditions")
    }
else:
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "renditions")
    }

# Seconds an anonymous visitor's public page stays in the shared cache; 0 turns it off.
# Publishing anything empties the cache at once (pages.cache), so this only bounds memory use.
PUBLIC_PAGE_CACHE_TIMEOUT = env("PUBLIC_PAGE_CACHE_TIMEOUT")

# Days a new volunteer's onboarding step may wait before coordinators see it as stalled.
ONBOARDING_STALLED_AFTER_DAYS = env("ONBOARDING_STALLED_AFTER_DAYS")

# Days the reason for a volunteer's pause, move to the reserve or end is kept once that status
# is over (or, for an end, once they left); `update_volunteer_statuses` then forgets it.
VOLUNTEER_STATUS_REASON_DAYS = env("VOLUNTEER_STATUS_REASON_DAYS")

# Help requests. Hours a volunteer has to answer an offer before it goes back to matching;
# days a request waits for the resident's answer to a question before triage resumes; hours a
# request may wait at triage or matching before the coordinators' reminder names it; days a
# closed request is kept before it is anonymised (counts by kind, area, month and hours stay).
HELP_OFFER_ANSWER_HOURS = env("HELP_OFFER_ANSWER_HOURS")
HELP_ANSWER_WAIT_DAYS = env("HELP_ANSWER_WAIT_DAYS")
# Days after the day of the help before an unreported visit goes to a coordinator to close.
HELP_REPORT_WAIT_DAYS = env("HELP_REPORT_WAIT_DAYS")
HELP_REQUEST_STALLED_AFTER_HOURS = env("HELP_REQUEST_STALLED_AFTER_HOURS")
HELP_REQUEST_RETENTION_DAYS = env("HELP_REQUEST_RETENTION_DAYS")
# Help requests one address may send (django-ratelimit's rate, e.g. "5/h"); "" turns it off.
HELP_REQUEST_RATE_LIMIT = env("HELP_REQUEST_RATE_LIMIT")
# Behind a load balancer every request comes from its address: name the header that carries
# the client's own, as the proxy sets it (e.g. HTTP_X_REAL_IP); empty means REMOTE_ADDR.
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY") or None
# Where text messages go: workflows.sms.ConsoleBackend logs them; a provider is a subclass of
# workflows.sms.BaseBackend named here.
SMS_BACKEND = env("SMS_BACKEND")

# Trainings and other gatherings. Hours the first on a waiting list has to confirm a seat
# that freed before it is offered to the next; days before a session its reminder is sent.
TRAINING_SEAT_OFFER_HOURS = env("TRAINING_SEAT_OFFER_HOURS")
TRAINING_REMINDER_DAYS = env("TRAINING_REMINDER_DAYS")
# Days before a completed training runs out that the volunteer is reminded to renew it.
TRAINING_RENEWAL_REMINDER_DAYS = env("TRAINING_RENEWAL_REMINDER_DAYS")
# How many days after a session a coordinator may still correct its roll (present <-> absent).
TRAINING_ROLL_CORRECTION_DAYS = env("TRAINING_ROLL_CORRECTION_DAYS")

# "Mitä kuuluu?" call campaigns. Residents a caller is given at a time, and minutes an
# unfinished batch is held before its residents return to the pool; how many unanswered calls
# close a resident as unreached, and hours at least between two tries (so they fall on
# different days and times); the most rows one list file may hold.
CALL_BATCH_SIZE = env("CALL_BATCH_SIZE")
CALL_BATCH_HOLD_MINUTES = env("CALL_BATCH_HOLD_MINUTES")
CALL_NO_ANSWER_TRIES = env("CALL_NO_ANSWER_TRIES")
CALL_RETRY_AFTER_HOURS = env("CALL_RETRY_AFTER_HOURS")
CALL_LIST_MAX_ROWS = env("CALL_LIST_MAX_ROWS")
# Phone numbers typed without a country code are Finnish (django-phonenumber-field).
PHONENUMBER_DEFAULT_REGION = "FI"
PHONENUMBER_DEFAULT_FORMAT = "INTERNATIONAL"
# Background work (jobs/): django-tasks, whose database backend keeps the queue in PostgreSQL
# (`manage.py db_worker` runs it); "immediate" runs each task inside the request that sends
# it, for trying Talkoo out without a worker and for the tests. Wagtail sends its search
# indexing, reference index and file deletion through the same framework.
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[env("TASKS_BACKEND")]}}
# A failed task is tried again, after 30 s, 1 min, 2 min, … up to an hour, this many times in all.
TASKS_MAX_ATTEMPTS = env("TASKS_MAX_ATTEMPTS")
# A task running longer than this was left by a worker that died: the scheduler requeues it.
TASKS_ABANDONED_AFTER_MINUTES = env("TASKS_ABANDONED_AFTER_MINUTES")
# The readiness check fails when the scheduler has made no pass for this long.
SCHEDULER_STALE_AFTER_SECONDS = env("SCHEDULER_STALE_AFTER_SECONDS")
# What the scheduler (`manage.py run_scheduler`) queues, and when: "every minute" or a local
# time of day. Every command is safe to run again.
SCHEDULE = [
    ("workflow_timers", "every minute"),  # viewflow's due timers: offers and questions lapse
    ("update_volunteer_statuses", "00:05"),  # pauses over, old reasons forgotten
    ("anonymise_help_requests", "02:30"),  # retention
    ("purge_call_lists", "02:45"),  # call lists' retention
    ("prune_db_task_results", "03:00"),  # finished tasks older than two weeks
    ("remind_coordinators", "07:00"),  # the day's reminder e-mail
    ("thank_volunteers", "07:15"),  # milestones
    ("remind_training_sessions", "08:00"),  # sessions soon
]

AUTHENTICATION_BACKENDS = [
    # First: refuses a login for an account or address locked out after too many failures.
    "workflows.registry.logins.LoginGuardBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Coordinators' per-municipality permissions, which scope viewflow's queues and tasks.
    "workflows.registry.permissions.CoordinatorBackend",
]

# Guessing protection (workflows/registry/logins.py): after LOGIN_FAILURE_LIMIT failed logins
# for one account or from one address, that account or address waits LOGIN_LOCKOUT_MINUTES.
# Failures are kept in the database, so every worker sees them.
AXES_FAILURE_LIMIT = env("LOGIN_FAILURE_LIMIT")
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env("LOGIN_LOCKOUT_MINUTES"))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_USERNAME_CALLABLE = "workflows.registry.logins.normalised_username"
AXES_LOCKOUT_CALLABLE = "workflows.registry.logins.locked_out_response"
# Not reset by a success: axes would forget every failure from the address, so one guessing
# other accounts could start again by logging in to their own. Failures expire by themselves.
AXES_RESET_ON_SUCCESS = False
# axes would keep a row per successful login (address, browser) for ever: personal data no
# purge covers. Failures are kept only while they count (LOGIN_LOCKOUT_MINUTES).
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# Behind a load balancer, the same header the rate limits read for the client's address.
AXES_IPWARE_META_PRECEDENCE_ORDER = (env("RATELIMIT_IP_META_KEY") or "REMOTE_ADDR",)
# Sign-ups and password resets one address, or one e-mail address, may send (django-ratelimit).
SIGN_UP_RATE_LIMIT = env("SIGN_UP_RATE_LIMIT")
PASSWORD_RESET_RATE_LIMIT = env("PASSWORD_RESET_RATE_LIMIT")

# Hours a staff member's session (coordinator, editor) lives without a request: a working day.
STAFF_SESSION_IDLE_HOURS = env("STAFF_SESSION_IDLE_HOURS")

AUTH_PASSWORD_VALIDATORS = [
    # In our users' words, see portal/passwords.py.
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("first_name", "last_name", "email")},
    },
    {"NAME": "portal.passwords.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Finnish is the source language of content, Swedish is translated from it with
# wagtail-localize. The public site speaks exactly the content languages; English exists for
# the staff-facing UI (Wagtail admin, the coordinators' inbox) only.
LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [*LANGUAGES, ("en", "English")]
WAGTAIL_I18N_ENABLED = True
# locale/viewflow: viewflow's own messages in fi and sv, which viewflow does not ship
# (`manage.py update_viewflow_catalogue` keeps it in step with the installed viewflow).
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale" / "viewflow",
    BASE_DIR / "locale" / "upstream",
]
# Swedish as written in Finland (dates 1.9.2026), see portal/formats/sv.
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
STATICFILES_DIRS = [PORTAL_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
# Uploaded media are served by Django itself only where a setting says so (dev).
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_CONFIG = env.email_url("EMAIL_URL")
vars().update(EMAIL_CONFIG)
# Every e-mail is queued as a task (jobs.mail); a worker sends it with the backend EMAIL_URL names.
TASKS_EMAIL_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_BACKEND = "jobs.mail.QueuedEmailBackend"
# A mail relay that hangs must not hold a worker for ever (Django waits without limit).
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGIN_URL = "wagtailadmin_login"

# Wagtail
WAGTAIL_SITE_NAME = "Talkoo"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Documents are served through Wagtail's view, which applies their collection's privacy; the
# proxy serves only images from the media directory (deploy/Caddyfile).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # On PostgreSQL each page is indexed and searched with its own locale's text-search
        # configuration (finnish / swedish); elsewhere Wagtail's database backend as it is.
        "BACKEND": "pages.search_backend" if USING_POSTGRES else "wagtail.search.backends.database",
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Plain ASCII addresses (ä → a) are easier to read aloud and type than percent-encoded ones.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_PASSWORD_RESET_ENABLED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # To standard output, where the container runtime (or systemd) collects it.
    "handlers": {"console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
    # Wagtail runs search indexing as tasks and logs each one; WeasyPrint logs each step of
    # every PDF it makes. Both are noise at INFO.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "weasyprint.progress": {"level": "WARNING"},
        # axes logs every login and logout at INFO; its failures and lockouts are warnings.
        "axes": {"level": "WARNING"},
    },
}

# `manage.py seed_demo` may fill this database with the fictional demo municipality.
DEMO_CONTENT_ALLOWED = True
