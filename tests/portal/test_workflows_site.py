"""The coordinators' workflow site is mounted, asks visitors to log in, and opens on the
help requests waiting for them."""

from django.contrib.auth.models import Group

import pytest

from tests.factories import CoordinatorFactory

pytestmark = pytest.mark.django_db


def test_workflow_site_asks_anonymous_visitors_to_log_in(client):
    response = client.get("/workflows/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/workflows/")


def test_coordinator_sees_the_workflow_site(client, home):
    coordinator = CoordinatorFactory().user
    coordinator.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(coordinator)
    response = client.get("/workflows/", follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/workflows/help_inbox/"
    assert "Odottavat avunpyynnöt" in response.content.decode()
