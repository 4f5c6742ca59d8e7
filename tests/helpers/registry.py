"""Helpers for the knowledge bank's tests."""

from workflows.registry.models import Consent


def share_contacts(volunteer, version="2026-01"):
    return Consent.objects.create(
        volunteer=volunteer, purpose=Consent.Purpose.CONTACT_SHARING, text_version=version
    )
