"""Guessing protection for every door that takes a password or an e-mail address.

Logins (My volunteering's and the staff door) are counted by django-axes in the database, so
every worker sees the same failures: after `LOGIN_FAILURE_LIMIT` failures for one account or
from one address, that account or address waits `LOGIN_LOCKOUT_MINUTES` (each further try
while locked starts the wait again). Other accounts, from other addresses, log in as usual.
The login form then says, in the user's language, when to try again, and the answer is a 429.

Sign-up and password reset take no password to guess, but they send e-mail and say things
about accounts: `throttled` limits them per address and per e-mail address with
django-ratelimit in the shared cache (Redis in production).

Staff unlock an account or address in Django's admin (/django-admin/, *Access attempts*) or
with `manage.py axes_reset_username <e-mail>` / `axes_reset_ip <address>`.
"""

import datetime
import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from axes.backends import AxesStandaloneBackend
from django_ratelimit.core import get_usage

LOCKED_OUT = "locked_out"


class LoginGuardBackend(AxesStandaloneBackend):
    """axes' backend, first in AUTHENTICATION_BACKENDS: refuses a locked-out account or address.
    A login from code, without a request (the test client, a script), is nobody guessing
    over the web: it is let through rather than refused with an error."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def normalised_username(request, credentials):
    """The account a login tries, as axes counts it: e-mail addresses in any case are one."""
    username = (credentials or {}).get("username") or ""
    return username.strip().lower()


def try_again_message(seconds):
    """'Try again at 14.05 (in 15 minutes).', in the active language."""
    minutes = max(1, math.ceil(seconds / 60))
    at = timezone.localtime(timezone.now() + datetime.timedelta(seconds=seconds))
    return _("You can try again at %(time)s (in %(duration)s).") % {
        "time": formats.time_format(at, "H.i"),
        "duration": ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes},
    }


def locked_out_error():
    seconds = settings.AXES_COOLOFF_TIME.total_seconds()
    return ValidationError(
        " ".join([str(_("Too many failed attempts to log in.")), str(try_again_message(seconds))]),
        code=LOCKED_OUT,
    )


class LockoutMessageMixin:
    """For an `AuthenticationForm`: when axes has just locked the account or address, the
    form says so and when to try again, instead of 'wrong password'."""

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            if getattr(self.request, "axes_locked_out", False):
                raise locked_out_error() from None
            raise


def locked_out_response(request, original_response, credentials=None):
    """axes' lockout answer: the login page as it was rendered, its form saying when to try
    again (`LockoutMessageMixin`), with the status 'too many requests'."""
    if original_response is None:  # not a form we render: a plain answer
        original_response = HttpResponse(str(locked_out_error().message), content_type="text/plain")
    original_response.status_code = 429
    return original_response


def throttled(request, group, rate, email=""):
    """Whether this POST to the form `group` (sign-up, password reset) is one too many,
    counted per address and per e-mail address; if so, the seconds until it may be tried
    again, else 0. `rate` is django-ratelimit's (e.g. "5/h"); empty turns the limit off."""
    if not rate:
        return 0
    waits = []
    keys = ["ip"] + ([lambda _group, _request: email.strip().lower()] if email else [])
    for key in keys:
        usage = get_usage(request, group=group, key=key, rate=rate, increment=True)
        if usage and usage["should_limit"]:
            waits.append(usage["time_left"])
    return max(waits, default=0)


def throttled_error(seconds):
    return ValidationError(
        " ".join([str(_("Too many attempts from here.")), str(try_again_message(seconds))]),
        code="throttled",
    )


class ThrottledPasswordResetMixin:
    """For a `PasswordResetView`: a few resets an hour per address and per e-mail address;
    one more is answered with the form, saying when to try again (429). Whether the address
    has an account is never told: the view says 'sent' either way, as Django's does."""

    throttle_group = "password-reset"

    def form_valid(self, form):
        wait = throttled(
            self.request,
            self.throttle_group,
            settings.PASSWORD_RESET_RATE_LIMIT,
            form.cleaned_data.get("email", ""),
        )
        if wait:
            form.add_error(None, throttled_error(wait))
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)
