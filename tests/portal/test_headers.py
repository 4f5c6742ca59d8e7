"""Security headers by class of response: an enforced Content-Security-Policy on the public
site's pages, forms, a volunteer's and a resident's private pages and their error pages; the
same policy only reported on the staff's screens; Permissions-Policy on every response."""

import json
import logging

from django.urls import reverse

import pytest

from tests import factories
from tests.helpers.help_requests import submit

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"
REPORT_ONLY = "Content-Security-Policy-Report-Only"


@pytest.fixture
def pages(home):
    return {
        "sign_up": factories.VolunteerSignUpPageFactory(parent=home),
        "help": factories.HelpRequestPageFactory(parent=home),
    }


def public_responses(client, home, pages, applicant):
    help_request = submit(home.get_site(), factories.KindOfHelpFactory(), factories.AreaFactory())
    client.raise_request_exception = False
    responses = {
        "public page": client.get(home.url),
        "public page from the cache": client.get(home.url),
        "form": client.get(pages["sign_up"].url),
        "form with errors": client.post(pages["help"].url, {}),
        "resident's private page": client.get(
            reverse("help_request:status", kwargs={"key": help_request.access_key})
        ),
        "login": client.get("/fi/oma-vapaaehtoisuus/kirjaudu/"),
        "public 404": client.get("/fi/ei-ole/"),
        "400": client.get("/fi/?q=%00"),
    }
    client.force_login(applicant.user)
    responses["volunteer's private page"] = client.get("/sv/mitt-frivilligarbete/")
    return responses


def test_the_public_site_and_private_pages_enforce_a_strict_policy(client, home, pages, applicant):
    for kind, response in public_responses(client, home, pages, applicant).items():
        policy = response.get(CSP, "")
        assert "default-src 'none'" in policy, kind
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy, kind
        assert "frame-ancestors 'none'" in policy and "form-action 'self'" in policy, kind
        assert REPORT_ONLY not in response, kind
        assert "camera=()" in response["Permissions-Policy"], kind


def test_public_pages_have_no_inline_script_or_style(client, home, pages, applicant):
    for kind, response in public_responses(client, home, pages, applicant).items():
        html = response.content.decode()
        assert "<script" not in html and "<style" not in html, kind
        assert ' style="' not in html and " onclick=" not in html, kind


def test_staff_screens_only_report_the_policy(client, coordinator, home):
    client.force_login(coordinator)
    for address in ("/workflows/help_inbox/", "/workflows/bank/", "/workflows/ei-ole/"):
        response = client.get(address)
        assert CSP not in response, address
        assert "default-src 'none'" in response[REPORT_ONLY], address
        assert "report-uri /csp-report" in response[REPORT_ONLY], address
        assert "camera=()" in response["Permissions-Policy"]
    client.logout()
    door = client.get("/admin/login/")
    assert REPORT_ONLY in door and CSP not in door


def test_files_carry_no_policy_but_the_permissions_policy(client, applicant):
    client.force_login(applicant.user)
    response = client.get("/fi/oma-vapaaehtoisuus/omat-tiedot.json")
    assert response["Content-Type"].startswith("application/json")
    assert CSP not in response and REPORT_ONLY not in response
    assert "camera=()" in response["Permissions-Policy"]


def test_a_csp_report_is_logged_without_the_query(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://talkoo.example/workflows/help_inbox/?q=Aino",
            "violated-directive": "style-src-attr",
            "blocked-uri": "inline",
        }
    }
    with caplog.at_level(logging.WARNING, logger="portal.headers"):
        response = client.post(
            "/csp-report", json.dumps(report), content_type="application/csp-report"
        )
    assert response.status_code == 204
    assert "style-src-attr blocked inline on /workflows/help_inbox/" in caplog.text
    assert "Aino" not in caplog.text
    assert client.post("/csp-report", "ei json", content_type="text/plain").status_code == 400
