"""The coordinators' pages of a campaign: opening one, its list from a file with a preview,
a resident by hand, the campaign's page, closing it and thanking its callers; and who may not."""

import datetime

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from tests.factories import AreaFactory, CoordinatorFactory, OtherSiteFactory
from tests.helpers.calls import add_residents, campaign_data, outcome
from tests.helpers.help_requests import committed
from workflows.calls import flows, pool
from workflows.calls.models import CallCampaign, CampaignStaffView, Outcome, Resident
from workflows.thanks.models import Thanks

pytestmark = pytest.mark.django_db


def form(kind, **changes):
    data = campaign_data(kind, **changes)
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}


def test_a_coordinator_opens_a_campaign(client, coordinator, calling):
    client.force_login(coordinator)
    response = client.post(reverse("calls:add"), form(calling))
    campaign = CallCampaign.objects.get()
    assert response.url == reverse("calls:list", kwargs={"pk": campaign.pk})
    assert (campaign.site.is_default_site, campaign.opened_by) == (True, coordinator)
    assert campaign.kind_of_help == calling and campaign.is_open


def test_a_campaign_with_bad_dates_keeps_what_was_typed(client, coordinator, calling):
    client.force_login(coordinator)
    today = timezone.localdate()
    with translation.override("fi"):
        response = client.post(
            "/workflows/calls/new/",
            form(calling, ends_on=today - datetime.timedelta(days=1)),
            HTTP_ACCEPT_LANGUAGE="fi",
        )
    assert response.status_code == 200
    assert "Viimeinen päivä ei voi olla ennen ensimmäistä." in response.content.decode()
    assert "Hei, soitan kunnasta." in response.content.decode()
    assert not CallCampaign.objects.exists()


def test_a_list_is_previewed_then_imported_once_confirmed(client, coordinator, campaign):
    client.force_login(coordinator)
    url = reverse("calls:list", kwargs={"pk": campaign.pk})
    upload = ContentFile(b"nimi;puhelin\nAino;040 111 1111\nEino;040 222 2222\n", name="l.csv")
    preview = client.post(url, {"file": upload})
    assert preview.status_code == 200 and not Resident.objects.exists()
    rows = preview.context["payload"]
    response = client.post(url, {"rows": rows})
    assert response.url == reverse("calls:campaign", kwargs={"pk": campaign.pk})
    assert sorted(campaign.residents.values_list("name", flat=True)) == ["Aino", "Eino"]
    # The same confirmation sent again adds nobody twice.
    client.post(url, {"rows": rows})
    assert campaign.residents.count() == 2


def test_a_list_with_problems_offers_no_import(client, coordinator, campaign):
    client.force_login(coordinator)
    url = reverse("calls:list", kwargs={"pk": campaign.pk})
    upload = ContentFile(b"nimi;puhelin\nAino;040 111 1111\n;040 222 2222\n", name="l.csv")
    response = client.post(url, {"file": upload})
    assert response.context["payload"] == "" and 'name="rows"' not in response.content.decode()
    assert not Resident.objects.exists()


def test_a_tampered_preview_is_refused(client, coordinator, campaign):
    client.force_login(coordinator)
    url = reverse("calls:list", kwargs={"pk": campaign.pk})
    response = client.post(url, {"rows": "W1siQSIsIiszNTgiXV0:forged:sig"})
    assert response.status_code == 302 and not Resident.objects.exists()


def test_a_resident_by_hand_and_the_numbers_rules(client, coordinator, campaign):
    client.force_login(coordinator)
    url = reverse("calls:resident", kwargs={"pk": campaign.pk})
    client.post(url, {"name": "Elli", "phone": "040 555 5555", "language": "sv"})
    assert campaign.residents.get().phone.as_e164 == "+358405555555"
    again = client.post(url, {"name": "Elli E.", "phone": "+358 40 555 5555", "language": "fi"})
    assert again.status_code == 200 and campaign.residents.count() == 1
    bad = client.post(url, {"name": "Olli", "phone": "12", "language": "fi"})
    assert bad.context["form"].errors["phone"] and bad.context["form"]["name"].value() == "Olli"


def test_the_campaign_page_counts_in_constant_queries(client, coordinator, campaign, caller):
    client.force_login(coordinator)
    url = reverse("calls:campaign", kwargs={"pk": campaign.pk})

    area = AreaFactory()

    def grow_and_count(residents):
        add_residents(campaign, residents, start=campaign.residents.count(), area=area)
        # Among them some not reached, some worried, some with a need: every list of the page.
        Resident.objects.filter(
            pk__in=campaign.residents.order_by("pk").values("pk")[: residents // 2]
        ).update(state=Resident.State.UNREACHED, outcome=Outcome.NO_ANSWER)
        for number, resident in enumerate(pool.next_calls(campaign, caller.user)):
            result = Outcome.WORRIED if number % 2 else Outcome.WELL
            committed(flows.call_made, resident, caller.user, 1, outcome(result))
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    assert grow_and_count(5) == grow_and_count(200)
    assert CampaignStaffView.objects.filter(campaign=campaign, user=coordinator).count() == 2


def test_the_campaign_page_shows_progress_and_outcomes(client, coordinator, campaign, caller):
    add_residents(campaign, 4)
    for resident in pool.next_calls(campaign, caller.user)[:2]:
        committed(flows.call_made, resident, caller.user, 1, outcome(Outcome.WELL))
    client.force_login(coordinator)
    with translation.override("fi"):
        page = client.get(f"/workflows/calls/{campaign.pk}/", HTTP_ACCEPT_LANGUAGE="fi")
    progress = page.context["progress"]
    assert (progress.total, progress.finished, progress.percent) == (4, 2, 50)
    assert dict(page.context["callers"])[caller.user.get_full_name()] == 2


def test_closing_and_thanking_the_callers(client, coordinator, campaign, caller):
    add_residents(campaign, 1)
    resident = pool.next_calls(campaign, caller.user)[0]
    committed(flows.call_made, resident, caller.user, 1, outcome(Outcome.WELL))
    client.force_login(coordinator)
    client.post(reverse("calls:thank", kwargs={"pk": campaign.pk}))
    client.post(reverse("calls:thank", kwargs={"pk": campaign.pk}))
    thanks = Thanks.objects.get()
    assert (thanks.volunteer, thanks.reason, thanks.campaign) == (caller, "campaign", campaign.name)
    client.post(reverse("calls:close", kwargs={"pk": campaign.pk}))
    campaign.refresh_from_db()
    assert not campaign.is_open


def test_who_may_not(client, campaign, caller):
    url = reverse("calls:campaign", kwargs={"pk": campaign.pk})
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(caller.user)
    assert client.get(url).status_code == 403
    elsewhere = CoordinatorFactory(site=OtherSiteFactory()).user
    client.force_login(elsewhere)
    # Not found (LocaleMiddleware sends a 404 outside the language prefix on to /fi/…).
    assert client.get(url, follow=True).status_code == 404
    close = reverse("calls:close", kwargs={"pk": campaign.pk})
    assert client.post(close, follow=True).status_code == 404
    assert campaign.residents.count() == 0 and CallCampaign.objects.get().is_open


def test_a_closed_campaigns_list_does_not_change(client, coordinator, campaign):
    flows.close_campaign(campaign)
    client.force_login(coordinator)
    url = reverse("calls:resident", kwargs={"pk": campaign.pk})
    response = client.post(url, {"name": "Elli", "phone": "040 555 5555", "language": "fi"})
    assert response.url == reverse("calls:campaign", kwargs={"pk": campaign.pk})
    assert not campaign.residents.exists()
