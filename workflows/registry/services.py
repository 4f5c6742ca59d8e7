"""What the public site and the processes may ask of the registry: `sign_up` a new volunteer,
`record_training` a volunteer completed."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone

from workflows.links import my_volunteering_url, site_url
from workflows.notifications import notify

from .models import Consent, TrainingRecord, Volunteer
from .signals import volunteer_signed_up


def sign_up(site, data, privacy_notice_version, municipality):
    """Store a new volunteer, their account and consents in one transaction, then thank them
    and tell the coordinators (`municipality`: name, e-mail and phone of the coordinators).

    `data` is a valid `VolunteerSignUpForm`'s cleaned data. A second submit of the same form
    (same token), even one racing the first, returns the volunteer the first one made.
    An e-mail address that already has an account makes nothing: the address's owner is told
    by e-mail instead, so that the page, which says the same to everyone, tells nobody which
    addresses have accounts. Returns (volunteer or None, created).
    """
    try:
        with transaction.atomic():
            existing = Volunteer.objects.filter(sign_up_token=data["token"]).first()
            if existing:
                return existing, False
            if get_user_model().objects.filter(email__iexact=data["email"]).exists():
                _tell_account_exists(site, data, municipality)
                return None, False
            volunteer = _create(site, data, privacy_notice_version)
            volunteer_signed_up.send(sender=Volunteer, volunteer=volunteer)
            _tell_about(volunteer, municipality)
            return volunteer, True
    except IntegrityError:
        existing = Volunteer.objects.filter(sign_up_token=data["token"]).first()
        if existing is None:
            # Another sign-up took the e-mail address in the same instant.
            _tell_account_exists(site, data, municipality)
            return None, False
        return existing, False


def _tell_account_exists(site, data, municipality):
    """Someone signed up with an address that has an account: its owner hears of it, with
    the way in and the way to a new password."""
    language = data["preferred_language"]
    notify(
        [data["email"]],
        "account_exists",
        {
            "login": site_url(site, language, "my_volunteering:login"),
            "password_reset": site_url(site, language, "my_volunteering:password_reset"),
            "municipality": municipality["name"],
            "phone": municipality["phone"],
        },
        language,
    )


def _create(site, data, privacy_notice_version):
    user = get_user_model().objects.create_user(
        username=data["email"], email=data["email"], password=data["password"]
    )
    user.groups.add(Group.objects.get(name="Volunteers"))
    volunteer = Volunteer(user=user, site=site, sign_up_token=data["token"])
    _apply(volunteer, data)
    Consent.objects.create(
        volunteer=volunteer,
        purpose=Consent.Purpose.PRIVACY_NOTICE,
        text_version=privacy_notice_version,
    )
    _set_contact_sharing(volunteer, data["contact_sharing_consent"], privacy_notice_version)
    return volunteer


def update_details(volunteer, data, privacy_notice_version):
    """Store what the volunteer changed in My volunteering (a `VolunteerDetailsForm`)."""
    with transaction.atomic():
        _apply(volunteer, data)
        _set_contact_sharing(volunteer, data["contact_sharing_consent"], privacy_notice_version)


def _apply(volunteer, data):
    """Copy a `VolunteerDetailsForm`'s cleaned data onto the volunteer and their account."""
    user = volunteer.user
    user.first_name, user.last_name = data["first_name"], data["last_name"]
    user.save()
    languages, availability = set(data["languages"]), set(data["availability"])
    volunteer.phone = data["phone"]
    volunteer.preferred_language = data["preferred_language"]
    volunteer.available_weekdays = "weekdays" in availability
    volunteer.available_evenings = "evenings" in availability
    volunteer.available_weekends = "weekends" in availability
    volunteer.availability_notes = data["availability_notes"]
    volunteer.speaks_finnish = "fi" in languages
    volunteer.speaks_swedish = "sv" in languages
    volunteer.speaks_english = "en" in languages
    volunteer.other_languages = data["other_languages"]
    volunteer.can_work_with_children = data["can_work_with_children"]
    volunteer.save()
    volunteer.areas.set(data["areas"])
    volunteer.kinds_of_help.set(data["kinds_of_help"])


def _set_contact_sharing(volunteer, consents, text_version):
    """Give or withdraw the consent to share contact details; unchanged, nothing is written."""
    purpose = Consent.Purpose.CONTACT_SHARING
    standing = volunteer.consents.filter(purpose=purpose, withdrawn_at__isnull=True)
    if consents and not standing.exists():
        Consent.objects.create(volunteer=volunteer, purpose=purpose, text_version=text_version)
    elif not consents:
        standing.update(withdrawn_at=timezone.now())


def _tell_about(volunteer, municipality):
    user = volunteer.user
    notify(
        [user.email],
        "signed_up",
        {
            "first_name": user.first_name,
            "link": my_volunteering_url(volunteer),
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


def record_training(volunteer, training, completed_on):
    """Put `training`, completed on `completed_on`, on `volunteer`'s record, valid for the
    training's years if it expires. Returns what a step's history keeps of it."""
    valid_until = None
    if training.valid_for_years:
        valid_until = _years_later(completed_on, training.valid_for_years)
    TrainingRecord.objects.create(
        volunteer=volunteer, training=training, completed_on=completed_on, valid_until=valid_until
    )
    return {"training": training.name, "completed_on": completed_on.isoformat()}


def remove_training(volunteer, training, completed_on):
    """Take `training`, recorded as completed on `completed_on`, off `volunteer`'s record
    (a roll was corrected). Returns whether there was such a record."""
    record = (
        TrainingRecord.objects.filter(
            volunteer=volunteer, training=training, completed_on=completed_on
        )
        .order_by("-pk")
        .first()
    )
    if record is not None:
        record.delete()
    return record is not None


def _years_later(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return datetime.date(day.year + years, 3, 1)
