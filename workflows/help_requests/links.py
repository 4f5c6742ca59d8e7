"""Addresses sent by e-mail and text message: the resident's private page, and the link that
lets a volunteer answer an offer without logging in first."""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from workflows.links import public_language

OFFER_SALT = "talkoo.help_requests.offer"


def _absolute(site, path):
    return site.root_url.rstrip("/") + path


def status_link(help_request):
    """The resident's private page of `help_request`, in their language."""
    with translation.override(public_language(help_request.preferred_language)):
        path = reverse("help_request:status", kwargs={"key": help_request.access_key})
    return _absolute(help_request.site, path)


def offer_token(offer):
    """A signed, unguessable token naming `offer`; good until the offer is answered."""
    return signing.dumps(offer.pk, salt=OFFER_SALT)


def offer_pk(token):
    """The offer a token names, or None for a forged or mangled token."""
    try:
        return int(signing.loads(token, salt=OFFER_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def offer_link(offer):
    """The offer's answer page, in the volunteer's language, without logging in."""
    volunteer = offer.volunteer
    with translation.override(public_language(volunteer.preferred_language)):
        path = reverse("my_volunteering:offer_link", kwargs={"token": offer_token(offer)})
    return _absolute(volunteer.site, path)
