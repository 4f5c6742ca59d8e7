"""Django's password rules, speaking our users' languages.

Django 5.2's Finnish catalogue lacks the "too short" message (a Finnish volunteer signing up
was answered in English), so the minimum length says it in our own words, translated in
locale/. The similarity rule compares the password with what the sign-up form asks (names and
e-mail): the username is the e-mail address, and Django's default would speak of a
"käyttäjätunnus" the form never showed (AUTH_PASSWORD_VALIDATORS).
"""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext(
            "The password is too short: use at least %(min_length)d character.",
            "The password is too short: use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self):
        return ngettext(
            "Use at least %(min_length)d character.",
            "Use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
