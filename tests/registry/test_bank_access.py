"""Who may use the knowledge bank: a municipality's coordinators, and only for their own."""

from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


def bank_urls(volunteer):
    return [
        reverse("bank:index"),
        reverse("bank:export"),
        reverse("bank:organisations"),
        reverse("bank:stalled"),
        reverse("bank:detail", args=[volunteer.pk]),
        reverse("bank:erase", args=[volunteer.pk]),
    ]


def test_anonymous_visitors_are_sent_to_log_in(client, volunteer):
    for url in bank_urls(volunteer):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


def test_a_volunteer_is_refused_everywhere(client, volunteer):
    client.force_login(volunteer.user)
    for url in bank_urls(volunteer):
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("bank:erase", args=[volunteer.pk])).status_code == 403
    volunteer.refresh_from_db()
    assert volunteer.erased_at is None


def test_an_editor_without_the_coordinator_role_is_refused(client, editor, volunteer):
    client.force_login(editor)
    for url in bank_urls(volunteer):
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("bank:erase", args=[volunteer.pk])).status_code == 403


def test_another_municipalitys_coordinator_sees_none_of_this_ones_volunteers(
    client, other_coordinator, volunteer
):
    client.force_login(other_coordinator)
    response = client.get(reverse("bank:index"))
    assert response.status_code == 200
    assert "Virtanen" not in response.content.decode()
    export = client.get(reverse("bank:export")).content.decode("utf-8-sig")
    assert "Virtanen" not in export
    # Not found (LocaleMiddleware sends a 404 outside the language prefix on to /fi/…, where
    # it is not found either).
    erase_url = reverse("bank:erase", args=[volunteer.pk])
    for url in (reverse("bank:detail", args=[volunteer.pk]), erase_url):
        assert client.get(url, follow=True).status_code == 404
    assert client.post(erase_url, follow=True).status_code == 404
    volunteer.refresh_from_db()
    assert volunteer.erased_at is None


def test_the_municipalitys_coordinator_sees_its_volunteers(client, coordinator, volunteer):
    client.force_login(coordinator)
    response = client.get(reverse("bank:index"))
    assert response.status_code == 200
    assert "Aino Virtanen" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    detail = client.get(reverse("bank:detail", args=[volunteer.pk]))
    assert detail.status_code == 200
    assert "040 111 2222" in detail.content.decode()


def test_the_bank_is_in_the_workflow_sites_menu_for_coordinators_only(
    client, coordinator, volunteer
):
    client.force_login(coordinator)
    page = client.get(reverse("bank:organisations")).content.decode()
    assert reverse("bank:index") in page
    assert reverse("bank:stalled") in page
