"""The coordinators' workflow site is mounted and answers, even before any process exists."""

from django.contrib.auth.models import Group

import pytest

pytestmark = pytest.mark.django_db


def test_workflow_site_asks_anonymous_visitors_to_log_in(client):
    response = client.get("/workflows/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/workflows/")


def test_coordinator_sees_the_workflow_site(client, django_user_model):
    coordinator = django_user_model.objects.create_user("koordinaattori", password="x" * 12)
    coordinator.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(coordinator)
    response = client.get("/workflows/")
    assert response.status_code == 200
    assert "Talkoo-työnkulut" in response.content.decode()
