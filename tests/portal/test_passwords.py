"""Django's password rules answer in the user's language and speak only of what the sign-up
form asks (names and e-mail), never of a username field it does not have."""

from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

import pytest


def refusals(password, language, user=None):
    with translation.override(language), pytest.raises(ValidationError) as refused:
        validate_password(password, user)
    return refused.value.messages


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Salasana on liian lyhyt: käytä vähintään 8 merkkiä."),
        ("sv", "Lösenordet är för kort: använd minst 8 tecken."),
    ],
)
def test_a_short_password_is_refused_in_the_users_language(language, message):
    assert message in refusals("k7#Tq", language)


def test_the_similarity_rule_names_the_e_mail_not_a_username():
    aino = User(username="aino.aaltonen@example.fi", email="aino.aaltonen@example.fi")
    said = refusals("aino.aaltonen", "fi", aino)
    assert any("sähköposti" in message for message in said)
    assert not any("käyttäjätunnus" in message for message in said)
