from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.door import SignInView, StaffPasswordResetView
from portal.headers import REPORT_URL, csp_report
from portal.sessions import SignOutView
from portal.views import healthz, readyz
from portal.workplace import workplace

# Staff-facing tools stay outside the language prefix; they speak the user's own language.
urlpatterns = [
    path("django-admin/", admin.site.urls),
    # The staff door, where Wagtail, Django and viewflow send whoever must sign in: Wagtail's
    # own sign-in, taking each person where their work is (`portal.door`). Named "login" and
    # "logout" too, the names viewflow's menu looks for.
    path("admin/login/", SignInView.as_view(), name="login"),
    path("admin/logout/", SignOutView.as_view(), name="logout"),
    # Wagtail's own password reset, throttled (before Wagtail's URLs, which it replaces).
    path(
        "admin/password_reset/",
        StaffPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("workflows/", workplace.urls),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # What the staff screens' report-only Content-Security-Policy would block, logged.
    path(REPORT_URL.lstrip("/"), csp_report, name="csp_report"),
]

if settings.SERVE_MEDIA:
    # One-machine set-ups only; in production the proxy or object storage serves media.
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

# The public site: every URL carries its language, /fi/… and /sv/…; "/" redirects to the
# language the browser prefers (Finnish when unsure) through LocaleMiddleware.
urlpatterns += i18n_patterns(
    # A volunteer's own pages: /fi/oma-vapaaehtoisuus/, /sv/mitt-frivilligarbete/.
    path(_("my-volunteering/"), include("workflows.my_volunteering.urls")),
    # A resident's private page of their help request: /fi/avunpyynto/<key>/.
    path(_("help-request/"), include("workflows.help_requests.public_urls")),
    # Whether a certificate is genuine, and its PDF: /fi/todistukset/<number>/.
    path(_("certificates/"), include("workflows.certificates.urls")),
    path("", include(wagtail_urls)),
)
