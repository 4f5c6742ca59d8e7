"""Staff sessions: a logout that ends the session for every role, and a working day's idle limit.

A coordinator or an editor works with people's personal data; a session left open on a shared
computer must end. Signing in as staff marks the session, which then ends on the server after
`STAFF_SESSION_IDLE_HOURS` without a request (each request, noted at most once a minute,
starts the count again). Volunteers keep Django's usual two weeks.
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect

from wagtail.admin.views import account

from workflows.registry.permissions import edits_website, is_coordinator

# Session keys: the idle limit in seconds, and when the session was last kept alive.
IDLE_LIMIT = "_staff_idle_seconds"
LAST_SEEN = "_staff_last_seen"
# How often (seconds) a request writes the session to keep it alive.
KEEP_ALIVE_EVERY = 60


def works_as_staff(user):
    return user.is_staff or is_coordinator(user) or edits_website(user)


@receiver(user_logged_in)
def limit_staff_session(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session") or not works_as_staff(user):
        return
    seconds = int(settings.STAFF_SESSION_IDLE_HOURS * 3600)
    request.session[IDLE_LIMIT] = seconds
    request.session[LAST_SEEN] = int(time.time())
    request.session.set_expiry(seconds)


class StaffSessionMiddleware:
    """Ends a staff session idle for longer than its limit, on the server, whatever the cookie
    says (Wagtail's "remember me" keeps the cookie for weeks); keeps a used one alive. Costs
    nothing on a session that is not staff's. After AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        seconds = session.get(IDLE_LIMIT) if session is not None else None
        if seconds:
            now = int(time.time())
            idle = now - session.get(LAST_SEEN, 0)
            if idle > seconds:
                logout(request)
            elif idle >= KEEP_ALIVE_EVERY:
                session[LAST_SEEN] = now  # saved: the stored expiry moves on too
        return self.get_response(request)


class SignOutView(account.LogoutView):
    """Wagtail's logout, for every staff role (coordinators have no Wagtail admin access).
    Only a POST logs out, which flushes the session on the server. Wagtail's own dropped the
    browser's cookie on any request, a GET included, while the session itself lived on."""

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return redirect(settings.LOGIN_URL)
        return super().dispatch(request, *args, **kwargs)
