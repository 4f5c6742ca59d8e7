"""What the public site may ask of the registry: `sign_up` a new volunteer."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction

from workflows.notifications import notify

from .models import Consent, Volunteer


def sign_up(site, data, privacy_notice_version, municipality):
    """Store a new volunteer, their account and consents in one transaction, then thank them
    and tell the coordinators (`municipality`: name, e-mail and phone of the coordinators).

    `data` is a valid `VolunteerSignUpForm`'s cleaned data. A second submit of the same form
    (same token), even one racing the first, returns the volunteer the first one made.
    Returns (volunteer, created).
    """
    try:
        with transaction.atomic():
            existing = Volunteer.objects.filter(sign_up_token=data["token"]).first()
            if existing:
                return existing, False
            volunteer = _create(site, data, privacy_notice_version)
            _tell_about(volunteer, municipality)
            return volunteer, True
    except IntegrityError:
        existing = Volunteer.objects.filter(sign_up_token=data["token"]).first()
        if existing is None:
            raise
        return existing, False


def _create(site, data, privacy_notice_version):
    user = get_user_model().objects.create_user(
        username=data["email"],
        email=data["email"],
        password=data["password"],
        first_name=data["first_name"],
        last_name=data["last_name"],
    )
    user.groups.add(Group.objects.get(name="Volunteers"))
    languages, availability = set(data["languages"]), set(data["availability"])
    volunteer = Volunteer.objects.create(
        user=user,
        site=site,
        phone=data["phone"],
        preferred_language=data["preferred_language"],
        available_weekdays="weekdays" in availability,
        available_evenings="evenings" in availability,
        available_weekends="weekends" in availability,
        availability_notes=data["availability_notes"],
        speaks_finnish="fi" in languages,
        speaks_swedish="sv" in languages,
        speaks_english="en" in languages,
        other_languages=data["other_languages"],
        can_work_with_children=data["can_work_with_children"],
        sign_up_token=data["token"],
    )
    volunteer.areas.set(data["areas"])
    volunteer.kinds_of_help.set(data["kinds_of_help"])
    purposes = [Consent.Purpose.PRIVACY_NOTICE]
    if data["contact_sharing_consent"]:
        purposes.append(Consent.Purpose.CONTACT_SHARING)
    Consent.objects.bulk_create(
        Consent(volunteer=volunteer, purpose=purpose, text_version=privacy_notice_version)
        for purpose in purposes
    )
    return volunteer


def _tell_about(volunteer, municipality):
    user = volunteer.user
    notify(
        [user.email],
        "signed_up",
        {
            "first_name": user.first_name,
            "municipality": municipality["name"],
            "phone": municipality["phone"],
        },
        volunteer.preferred_language,
    )
    notify(
        [municipality["email"]],
        "new_volunteer",
        {
            "name": user.get_full_name(),
            "email": user.email,
            "phone": volunteer.phone,
            "language": volunteer.get_preferred_language_display(),
        },
        settings.LANGUAGE_CODE,
    )
