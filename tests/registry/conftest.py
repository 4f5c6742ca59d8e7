"""The roles the knowledge bank's tests need, and a second municipality."""

from django.contrib.auth.models import Group

import pytest

from tests.factories import CoordinatorFactory, OtherSiteFactory, UserFactory, VolunteerFactory


@pytest.fixture
def other_site(home):
    return OtherSiteFactory()


@pytest.fixture
def other_coordinator(other_site):
    role = CoordinatorFactory(site=other_site, user__last_name="Muualta")
    role.user.groups.add(Group.objects.get(name="Coordinators"))
    return role.user


@pytest.fixture
def volunteer(home):
    volunteer = VolunteerFactory(
        user__first_name="Aino", user__last_name="Virtanen", phone="040 111 2222"
    )
    volunteer.user.groups.add(Group.objects.get(name="Volunteers"))
    return volunteer


@pytest.fixture
def editor(home):
    user = UserFactory(first_name="Eero", last_name="Editori", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user
