"""The demo's volunteers: some in every status, with areas, kinds of help and consents."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from demo.data import load
from workflows.registry.models import Area, Consent, KindOfHelp, Volunteer


def build_volunteers(site, finnish):
    """About forty fictional volunteers, deterministic, so every run builds the same ones."""
    User = get_user_model()
    areas = list(Area.objects.filter(locale=finnish))
    kinds = list(KindOfHelp.objects.filter(locale=finnish))
    group = Group.objects.get(name="Volunteers")
    content = load("volunteers")
    number = 0
    for status, count in content["statuses"]:
        for _ in range(count):
            first = content["first_names"][number % len(content["first_names"])]
            last = content["last_names"][(number * 7) % len(content["last_names"])]
            username = f"{first}.{last}.{number}".lower()
            user = User.objects.create_user(
                username,
                email=f"{username}@vapaaehtoiset.example",
                first_name=first,
                last_name=last,
            )
            user.set_unusable_password()  # the demo logs in only as `volunteer`
            user.save(update_fields=["password"])
            user.groups.add(group)
            swedish_speaker = number % 4 == 1
            volunteer = Volunteer.objects.create(
                user=user,
                site=site,
                phone=f"040 000 {1000 + number:04d}",
                preferred_language="sv" if swedish_speaker else "fi",
                available_weekdays=number % 2 == 0,
                available_evenings=number % 3 == 0,
                available_weekends=number % 2 == 1,
                speaks_finnish=True,
                speaks_swedish=swedish_speaker or number % 5 == 0,
                speaks_english=number % 3 == 1,
                can_work_with_children=number % 4 == 0,
                status=status,
                created_at=timezone.now() - timezone.timedelta(days=3 * number + 1),
            )
            volunteer.areas.set([areas[number % len(areas)], areas[(number + 3) % len(areas)]])
            volunteer.kinds_of_help.set(
                [kinds[number % len(kinds)], kinds[(number + 2) % len(kinds)]]
            )
            give_consents(volunteer, contact_sharing=number % 3 != 2)
            number += 1
    return number


def give_consents(volunteer, contact_sharing):
    version = load("volunteers")["privacy_notice_version"]
    Consent.objects.create(
        volunteer=volunteer,
        purpose=Consent.Purpose.PRIVACY_NOTICE,
        text_version=version,
        given_at=volunteer.created_at,
    )
    if contact_sharing:
        Consent.objects.create(
            volunteer=volunteer,
            purpose=Consent.Purpose.CONTACT_SHARING,
            text_version=version,
            given_at=volunteer.created_at,
        )


def profile_for_demo_volunteer(user, site, finnish):
    """The `volunteer` demo login is an active volunteer too."""
    if hasattr(user, "volunteer"):
        return
    volunteer = Volunteer.objects.create(
        user=user,
        site=site,
        phone="040 000 0999",
        available_evenings=True,
        speaks_finnish=True,
        speaks_swedish=True,
        status=Volunteer.Status.ACTIVE,
    )
    volunteer.kinds_of_help.set(KindOfHelp.objects.filter(locale=finnish)[:2])
    volunteer.areas.set(Area.objects.filter(locale=finnish)[:1])
    give_consents(volunteer, contact_sharing=True)
