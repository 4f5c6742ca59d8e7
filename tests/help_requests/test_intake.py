"""A resident asks for help on the public help-request page, in Finnish or in Swedish.

Whatever goes wrong on the way (no contact method, an impossible date, 10 000 characters, a
double click, a bot, too many requests from one address), the result is one stored request
and a receipt, or a clear message by the field with what was typed kept.

Texts this work added are compared with the catalogue's translation (`in_language`), so the
tests hold both before and after the translators fill it in; texts the catalogues already
carry (Django's own) are compared literally.
"""

import datetime
from functools import partial

from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest

from pages.models import HelpRequestPage, HomePage
from tests import factories
from tests.helpers.help_requests import web_form
from tests.helpers.translation import translate
from workflows.help_requests.intake_forms import IntakeForm, PhoneIntakeForm
from workflows.help_requests.models import HelpRequest

pytestmark = pytest.mark.django_db


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


def status_path(help_request, language="fi"):
    with translation.override(language):
        return reverse("help_request:status", kwargs={"key": help_request.access_key})


def days_from_now(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).strftime("%d.%m.%Y")


@pytest.fixture
def swedish_page(help_page, home, django_capture_on_commit_callbacks):
    translate(home, {}, django_capture_on_commit_callbacks)
    strings = {"Pyydä apua": "Be om hjälp", "pyyda-apua": "be-om-hjalp"}
    return translate(help_page, strings, django_capture_on_commit_callbacks)


@pytest.fixture
def answers(errands, centre):
    """The form as Aino fills it in for her mother; `answers(field=None)` leaves one out."""
    return partial(web_form, errands, centre)


def test_form_has_a_token_and_a_honeypot_hidden_from_people_and_assistive_tech(client, help_page):
    response = client.get(help_page.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fi">' in content and 'name="token"' in content
    assert "no-store" in response["Cache-Control"]
    # The trap sits in a wrapper the stylesheet hides (display: none hides it from screen
    # readers too, so axe does not look at it); it cannot be tabbed to or autofilled.
    wrapper = content.split('<div class="honeypot">', 1)[1].split("</div>", 1)[0]
    assert 'name="website"' in wrapper
    assert 'tabindex="-1"' in wrapper and 'autocomplete="off"' in wrapper
    assert '<label for="id_website">' in wrapper
    with open(finders.find("css/site.css")) as css:
        assert ".honeypot { display: none; }" in css.read()


def test_a_request_is_stored_once_and_the_resident_gets_the_receipt_and_the_link(
    client, help_page, answers, mailoutbox, sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(help_page.url, answers())
    help_request = HelpRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{status_path(help_request)}?received=1"
    assert help_request.person_name == "Elsa Asukas" and help_request.person_consents
    assert help_request.needed_on == timezone.localdate() + datetime.timedelta(days=3)
    assert help_request.channel == HelpRequest.Channel.WEB
    assert help_request.stage == HelpRequest.Stage.RECEIVED

    receipt = client.get(response["Location"])
    content = receipt.content.decode()
    assert receipt.status_code == 200 and '<html lang="fi">' in content
    assert in_language("fi", "Thank you, your request has been received.") in content
    assert in_language("fi", "We have also sent the link to you by e-mail and text message.") in (
        content
    )
    # Reloading the page later shows the request without the receipt.
    later = client.get(status_path(help_request)).content.decode()
    assert in_language("fi", "Thank you, your request has been received.") not in later

    (mail,) = mailoutbox
    assert mail.to == ["aino@example.fi"]
    assert f"http://localhost{status_path(help_request)}" in mail.body
    (text,) = sms_outbox
    assert text.to == "040 123 4567" and help_request.access_key in text.body


def test_a_swedish_request_is_received_in_swedish(
    client, swedish_page, answers, django_capture_on_commit_callbacks, mailoutbox
):
    assert swedish_page.url == "/sv/be-om-hjalp/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(swedish_page.url, answers(preferred_language="sv", phone=""))
    help_request = HelpRequest.objects.get()
    assert response["Location"] == f"{status_path(help_request, 'sv')}?received=1"
    content = client.get(response["Location"]).content.decode()
    assert '<html lang="sv">' in content
    assert in_language("sv", "We have also sent the link to you by e-mail.") in content
    assert f"http://localhost{status_path(help_request, 'sv')}" in mailoutbox[0].body


def test_missing_contact_method_is_explained_by_the_phone_field_in_swedish(
    client, swedish_page, answers
):
    response = client.post(swedish_page.url, answers(phone="", email=""))
    content = response.content.decode()
    assert response.status_code == 200 and '<html lang="sv">' in content
    assert response.context["form"].errors["phone"] == [in_language("sv", IntakeForm.NO_CONTACT)]
    assert 'id="id_phone_error"' in content and 'href="#id_phone"' in content
    assert 'value="Aino Asukas"' in content and "Ruokaostokset maanantaisin." in content
    assert not HelpRequest.objects.exists()


def test_a_missing_name_gets_the_required_message_in_swedish(client, swedish_page, answers):
    response = client.post(swedish_page.url, answers(requester_name=""))
    (error,) = response.context["form"].errors["requester_name"]
    assert "obligatoriskt" in error
    assert not HelpRequest.objects.exists()


@pytest.mark.parametrize(
    ("day", "message"),
    [
        ("31.02.2026", "Enter a real date, for example 24.11.2026."),
        ("not a day", "Enter a real date, for example 24.11.2026."),
        (days_from_now(-1), "The day has already passed. Choose today or later."),
        (days_from_now(400), "Choose a day within the next year."),
    ],
)
def test_an_impossible_date_is_explained_and_kept(client, help_page, answers, day, message):
    response = client.post(help_page.url, answers(needed_on=day))
    content = response.content.decode()
    assert response.status_code == 200
    assert response.context["form"].errors["needed_on"] == [in_language("fi", message)]
    assert 'id="id_needed_on_error"' in content and f'value="{day}"' in content
    assert not HelpRequest.objects.exists()


@pytest.mark.parametrize(("field", "limit"), [("description", 2000), ("requester_name", 150)])
def test_ten_thousand_characters_are_refused_by_the_field_and_kept(
    client, help_page, answers, field, limit
):
    text = "apua " * 1999 + "apua!"
    response = client.post(help_page.url, answers(**{field: text}))
    assert response.status_code == 200
    (error,) = response.context["form"].errors[field]
    assert str(limit) in error and "10000" in error  # Django's own Finnish message
    assert "enintään" in error
    assert text.strip() in response.content.decode()
    assert not HelpRequest.objects.exists()


def test_html_and_script_are_kept_as_typed_and_shown_escaped(client, help_page, answers):
    script = '<script>alert("x")</script>'
    # First with a mistake: the form comes back with the typed text escaped.
    response = client.post(
        help_page.url,
        answers(description=script, requester_name="<b>Aino</b>", privacy_consent=None),
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert script not in content and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content
    assert "<b>Aino</b>" not in content
    # Then sent: stored as typed, and the status page escapes it too.
    response = client.post(help_page.url, answers(description=script, requester_name="<b>Aino</b>"))
    help_request = HelpRequest.objects.get()
    assert help_request.description == script
    content = client.get(response["Location"]).content.decode()
    assert script not in content and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content


def test_the_same_form_sent_twice_makes_one_request(client, help_page, answers):
    data = answers()
    first = client.post(help_page.url, data)
    second = client.post(help_page.url, data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert HelpRequest.objects.count() == 1


def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_stored(
    client, help_page, answers, mailoutbox, sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(help_page.url, answers(website="https://cheap-pills.example"))
    assert response.status_code == 302 and response["Location"] == f"{help_page.url}?sent=1"
    assert not HelpRequest.objects.exists()
    assert mailoutbox == [] and sms_outbox == []
    thanks = client.get(response["Location"]).content.decode()
    assert in_language("fi", "Thank you, your request has been received.") in thanks
    assert 'name="token"' not in thanks


def test_on_behalf_of_a_relative_needs_their_name_and_consent(client, help_page, answers):
    response = client.post(help_page.url, answers(person_consents=None, person_name=""))
    errors = response.context["form"].errors
    assert response.status_code == 200
    assert errors["person_consents"] == [
        in_language("fi", "Ask the person first: we help only when they agree to it.")
    ]
    assert errors["person_name"] == [
        in_language("fi", "Write the name of the person you ask help for.")
    ]
    assert not HelpRequest.objects.exists()


def test_asking_for_oneself_needs_no_other_persons_consent(client, help_page, answers):
    response = client.post(
        help_page.url, answers(for_whom="self", person_name="", person_consents=None)
    )
    assert response.status_code == 302
    help_request = HelpRequest.objects.get()
    assert help_request.person_name == "" and help_request.person_consents


def test_too_many_requests_from_one_address_get_a_friendly_message_and_keep_the_text(
    client, help_page, answers, settings
):
    settings.HELP_REQUEST_RATE_LIMIT = "2/h"
    first, second = answers(), answers()
    for data in (first, second):
        assert client.post(help_page.url, data).status_code == 302
    response = client.post(help_page.url, answers(description="Apteekkiasia torstaina."))
    content = response.content.decode()
    assert response.status_code == 429
    notice = content.split('id="rate-limit-heading"', 1)[1].split("</div>", 1)[0]
    assert in_language("fi", "Your request was not sent yet") in notice
    assert 'href="tel:0400000000"' in notice  # the municipality's number, to call instead
    assert 'value="Aino Asukas"' in content and "Apteekkiasia torstaina." in content
    assert HelpRequest.objects.count() == 2
    # A double click on a form already stored is not counted: it makes no new request.
    assert client.post(help_page.url, second).status_code == 302
    assert HelpRequest.objects.count() == 2


def test_the_rate_limit_can_be_turned_off(client, help_page, answers, settings):
    settings.HELP_REQUEST_RATE_LIMIT = ""
    for _ in range(3):
        assert client.post(help_page.url, answers()).status_code == 302
    assert HelpRequest.objects.count() == 3


def test_the_page_lives_under_the_home_page_once(home):
    assert HelpRequestPage.parent_page_types == ["pages.HomePage"]
    assert "pages.HelpRequestPage" in HomePage.subpage_types
    factories.HelpRequestPageFactory(parent=home)
    assert not HelpRequestPage.can_create_at(home)


def test_the_web_form_offers_only_help_residents_can_ask_for(home, errands, coordinator):
    calls = factories.KindOfHelpFactory(name="Mitä kuuluu? -soitot", residents_can_ask=False)
    offered = dict(IntakeForm().fields["kind_of_help"].choices)
    assert errands.pk in offered and calls.pk not in offered
    # A coordinator on the phone can take any kind of help.
    assert calls.pk in dict(PhoneIntakeForm(user=coordinator).fields["kind_of_help"].choices)
