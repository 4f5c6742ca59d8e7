"""Content-Security-Policy and Permissions-Policy on every page the portal serves.

The public site, My volunteering and a resident's private pages run no JavaScript and no
inline style at all (they work without JavaScript by design), so their policy is strict and
enforced: scripts from nowhere, styles, images and fonts from the portal itself (and the
media's origin, when media live elsewhere), forms posted only to the portal, no framing.
Nothing there needs a nonce.

The staff's screens get the same policy as report-only: viewflow's Material UI writes inline
`style` attributes and its Turbo and vis-network scripts set styles at run time; Wagtail's
admin (8.0) still renders inline `<script>` blocks (its inline panels, multiple-chooser
panels and date and time widgets). Enforced, either would break; reported, a
browser's console (and `/csp-report`, logged at WARNING) says what is left to do before it
can be enforced there too.

Only HTML responses carry a policy: a PDF, a calendar file or JSON runs nothing, and a policy
on a PDF can stop a browser's built-in viewer.
"""

import json
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger(__name__)

# Where the staff's tools live: their policy is only reported (see above).
STAFF_PREFIXES = ("/admin/", "/workflows/", "/django-admin/")
REPORT_URL = "/csp-report"

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


def _origin(url):
    """The origin of an absolute URL (media in object storage, a CDN), else None."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def content_security_policy(staff):
    own = " ".join(
        ["'self'", *{o for o in map(_origin, (settings.STATIC_URL, settings.MEDIA_URL)) if o}]
    )
    directives = {
        "default-src": "'none'",
        "script-src": own,
        "style-src": own,
        "img-src": f"{own} data:",
        "font-src": own,
        "connect-src": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'self'" if staff else "'none'",
        "frame-src": "'self'",
        "base-uri": "'none'",
        "object-src": "'none'",
    }
    if staff:
        directives["report-uri"] = REPORT_URL
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class SecurityHeadersMiddleware:
    """Adds the policies to each response on its way out (cached pages and error pages too).
    Goes right after SecurityMiddleware, outside every middleware that answers by itself."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public = content_security_policy(staff=False)
        self.staff = content_security_policy(staff=True)

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if response.get("Content-Type", "").startswith("text/html"):
            if request.path.startswith(STAFF_PREFIXES):
                response.setdefault("Content-Security-Policy-Report-Only", self.staff)
            else:
                response.setdefault("Content-Security-Policy", self.public)
        return response


@csrf_exempt
@require_POST
def csp_report(request):
    """A browser's report of what the staff screens' report-only policy would have blocked:
    logged (directive, blocked origin, page path only: no query, no private link)."""
    try:
        report = json.loads(request.body[:8192]).get("csp-report", {})
    except (ValueError, AttributeError):
        return HttpResponse(status=400)
    logger.warning(
        "CSP report-only: %s blocked %s on %s",
        str(report.get("violated-directive", ""))[:100],
        _origin(report.get("blocked-uri")) or str(report.get("blocked-uri", ""))[:20],
        urlsplit(str(report.get("document-uri", ""))).path[:200],
    )
    return HttpResponse(status=204)
