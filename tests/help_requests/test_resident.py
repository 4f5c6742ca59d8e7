"""The resident's private page: their request's state in plain words, what they asked, who to
call; answering a question, cancelling, feedback once. Only with the key, never anyone
else's request, never what is meant for coordinators, never cached or indexed.

Texts this work added are compared with the catalogue's translation (`in_language`); texts
the catalogues already carry are compared literally.
"""

import datetime
from decimal import Decimal

from django.test import TestCase
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

import pytest

from tests.helpers.help_requests import active_volunteer, committed, step, submit
from tests.helpers.processes import open_steps
from workflows.help_requests import services
from workflows.help_requests.models import HelpRequest
from workflows.help_requests.resident import NEXT, QUESTION_WAITING

pytestmark = pytest.mark.django_db

Stage = HelpRequest.Stage


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


def url(help_request, name="status", language="fi", key=None):
    with translation.override(language):
        return reverse(f"help_request:{name}", kwargs={"key": key or help_request.access_key})


def page(client, help_request, language="fi"):
    response = client.get(url(help_request, language=language))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def volunteer(errands, centre):
    return active_volunteer(
        errands,
        centre,
        user__first_name="Vilma",
        user__last_name="Virtanen",
        user__email="vilma@example.fi",
        phone="050 999 8877",
    )


def take_on(help_request, coordinator, volunteer):
    step(help_request, "triage", coordinator, decision="accept")
    step(help_request, "match", coordinator, volunteer=volunteer)
    offer = help_request.offers.get(answer="")
    committed(services.answer_offer, offer, volunteer, accept=True)
    help_request.refresh_from_db()


def finish(help_request, coordinator, volunteer):
    take_on(help_request, coordinator, volunteer)
    data = {
        "done_on": timezone.localdate(),
        "hours": Decimal("1.5"),
        "outcome": "done",
        "notes": "Kaikki hyvin.",
        "concern": "",
    }
    committed(services.report, help_request, volunteer, data)
    step(help_request, "close", coordinator, closing="close")


def test_the_page_shows_the_request_in_plain_words_and_who_to_call(client, help_request):
    response = client.get(url(help_request))
    content = response.content.decode()
    assert response.status_code == 200 and '<html lang="fi">' in content
    state = in_language("fi", HelpRequest.Stage.RECEIVED.label)
    assert f"{state[0].upper()}{state[1:]}" in content
    assert in_language("fi", NEXT[Stage.RECEIVED]) in content
    assert "Kauppa- ja apteekkiasiointi" in content and "Keskusta" in content
    assert "Ruokaostokset maanantaisin." in content
    with translation.override("fi"):
        assert formats.date_format(help_request.needed_on, "DATE_FORMAT") in content
    assert 'href="tel:0400000000"' in content
    assert url(help_request, "cancel") in content
    # Only what the page needs: not the contact details the resident gave.
    assert "aino@example.fi" not in content and "Kirkkokatu" not in content


def test_the_page_is_kept_out_of_caches_search_engines_and_referrers(client, help_request):
    response = client.get(url(help_request))
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Referrer-Policy"] == "same-origin"
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "X-Cache" not in client.get(url(help_request))  # never served from the page cache


def test_swedish_page_in_swedish_with_the_kind_of_help_in_swedish(
    client, help_request, errands, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale

    from demo.translate import translate_like
    from workflows.registry.models import KindOfHelp

    twin = KindOfHelp(name="Inköps- och apoteksärenden", slug="arenden")
    translate_like(errands, twin, Locale.objects.get(language_code="sv"))
    content = page(client, help_request, "sv")
    assert '<html lang="sv">' in content
    assert "Inköps- och apoteksärenden" in content and "Kauppa- ja" not in content
    assert "Koordinatorn frågar" not in content  # no question waiting
    # The language switcher leads to this very page in Finnish.
    assert f'href="{url(help_request, language="fi")}"' in content


@pytest.mark.parametrize(
    "key", ["tuntematon-avain", "x" * 150, "<script>"], ids=["unknown", "long", "html"]
)
def test_an_unknown_key_is_a_404_in_the_users_language(client, help_request, key):
    response = client.get(url(help_request, language="sv", key=key))
    assert response.status_code == 404
    assert '<html lang="sv">' in response.content.decode()
    assert "Ruokaostokset" not in response.content.decode()


def test_an_anonymised_request_is_gone(client, help_request):
    HelpRequest.objects.filter(pk=help_request.pk).update(anonymised_at=timezone.now())
    assert client.get(url(help_request)).status_code == 404
    assert client.post(url(help_request, "cancel")).status_code == 404


def test_one_key_shows_one_request(client, help_request, home, errands, centre):
    other = submit(home.get_site(), errands, centre, description="Naapurin lumityöt.")
    content = page(client, help_request)
    assert "Naapurin lumityöt." not in content
    assert "Naapurin lumityöt." in page(client, other)


def test_in_progress(client, help_request, coordinator):
    step(help_request, "triage", coordinator, decision="accept", coordinator_notes="Muisti?")
    content = page(client, help_request)
    assert in_language("fi", NEXT[Stage.IN_PROGRESS]) in content
    assert "Muisti?" not in content  # coordinators' notes are never shown


def test_volunteer_found_shows_the_volunteers_first_name_only(
    client, help_request, coordinator, volunteer
):
    take_on(help_request, coordinator, volunteer)
    content = page(client, help_request)
    assert help_request.stage == Stage.VOLUNTEER_FOUND
    assert in_language("fi", NEXT[Stage.VOLUNTEER_FOUND]) in content
    assert "Vilma" in content
    assert "Virtanen" not in content
    assert "vilma@example.fi" not in content and "050 999 8877" not in content


def test_done_asks_for_feedback_once(client, help_request, coordinator, volunteer):
    finish(help_request, coordinator, volunteer)
    content = page(client, help_request)
    assert in_language("fi", NEXT[Stage.DONE]) in content
    assert url(help_request, "feedback") in content and 'name="feedback"' in content
    assert url(help_request, "cancel") not in content  # over: nothing to cancel
    assert "Kaikki hyvin." not in content  # the volunteer's notes are for the coordinator

    response = client.post(
        url(help_request, "feedback"), {"feedback": "partly", "comment": "<i>Kiitos</i>"}
    )
    assert response.status_code == 302 and response["Location"] == url(help_request)
    help_request.refresh_from_db()
    assert help_request.feedback == "partly" and help_request.feedback_comment == "<i>Kiitos</i>"
    content = page(client, help_request)
    assert 'name="feedback"' not in content
    assert in_language("fi", "Thank you for your feedback!") in content

    response = client.post(
        url(help_request, "feedback"), {"feedback": "no", "comment": "Uudelleen"}
    )
    assert response.status_code == 302
    help_request.refresh_from_db()
    assert help_request.feedback == "partly" and help_request.feedback_comment == "<i>Kiitos</i>"
    assert in_language("fi", "You have already given feedback on this request. Thank you!") in (
        client.get(response["Location"]).content.decode()
    )


def test_feedback_without_an_answer_is_explained(client, help_request, coordinator, volunteer):
    finish(help_request, coordinator, volunteer)
    response = client.post(url(help_request, "feedback"), {"comment": "Hyvä"})
    content = response.content.decode()
    assert response.status_code == 200
    assert in_language("fi", "Choose one of the answers.") in content
    assert "Hyvä" in content and 'id="id_feedback_error"' in content
    help_request.refresh_from_db()
    assert not help_request.feedback_at


def test_feedback_is_not_taken_before_the_help_is_given(client, help_request):
    client.post(url(help_request, "feedback"), {"feedback": "yes"})
    help_request.refresh_from_db()
    assert help_request.feedback == "" and not help_request.feedback_at


def test_referred_shows_where_to_turn(client, help_request, coordinator):
    referral = "Soita kotihoitoon, puh. 040 000 1111."
    step(help_request, "triage", coordinator, decision="refer", referral=referral)
    content = page(client, help_request)
    assert in_language("fi", NEXT[Stage.REFERRED]) in content
    assert referral in content
    assert url(help_request, "cancel") not in content


def test_the_coordinators_question_is_answered_on_the_page(client, help_request, coordinator):
    question = "Mistä apteekista <b>lääkkeet</b> haetaan?"
    step(help_request, "triage", coordinator, decision="ask", question=question)
    content = page(client, help_request, "sv")
    assert "Koordinatorn frågar" in content and "Skicka svaret" in content
    assert "Mistä apteekista &lt;b&gt;lääkkeet&lt;/b&gt; haetaan?" in content
    assert in_language("sv", QUESTION_WAITING) in content

    response = client.post(url(help_request, "answer", "sv"), {"answer": "Keskustan apteekista."})
    assert response.status_code == 302 and response["Location"] == url(help_request, language="sv")
    help_request.refresh_from_db()
    assert help_request.answer == "Keskustan apteekista."
    assert open_steps(help_request) == ["triage"]
    content = client.get(response["Location"]).content.decode()
    assert "Skicka svaret" not in content and "Keskustan apteekista." in content

    # A second answer (the form sent twice) does not reopen anything.
    response = client.post(url(help_request, "answer", "sv"), {"answer": "Toinen vastaus"})
    assert response.status_code == 302
    help_request.refresh_from_db()
    assert help_request.answer == "Keskustan apteekista."


def test_an_empty_or_overlong_answer_is_explained_and_kept(client, help_request, coordinator):
    step(help_request, "triage", coordinator, decision="ask", question="Mikä apteekki?")
    response = client.post(url(help_request, "answer"), {"answer": ""})
    assert response.status_code == 200
    assert in_language("fi", "Write your answer before sending it.") in response.content.decode()
    long_answer = "a" * 10000
    response = client.post(url(help_request, "answer"), {"answer": long_answer})
    content = response.content.decode()
    assert response.status_code == 200 and long_answer in content
    assert 'id="id_answer_error"' in content
    help_request.refresh_from_db()
    assert help_request.answer == "" and open_steps(help_request) == ["resident_answers"]


def test_answering_needs_a_question(client, help_request):
    response = client.post(url(help_request, "answer"), {"answer": "Kukaan ei kysynyt."})
    assert response.status_code == 302
    help_request.refresh_from_db()
    assert help_request.answer == "" and open_steps(help_request) == ["triage"]
    assert client.get(url(help_request, "answer")).status_code == 405


def test_cancel_asks_first_then_cancels(client, help_request, coordinator, volunteer, mailoutbox):
    take_on(help_request, coordinator, volunteer)
    response = client.get(url(help_request, "cancel"))
    content = response.content.decode()
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "same-origin" and "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in content
    assert f'action="{url(help_request, "cancel")}"' in content
    help_request.refresh_from_db()
    assert help_request.stage == Stage.VOLUNTEER_FOUND  # looking does not cancel

    sent = len(mailoutbox)
    with committed_callbacks():
        response = client.post(url(help_request, "cancel"))
    assert response.status_code == 302 and response["Location"] == url(help_request)
    help_request.refresh_from_db()
    assert help_request.stage == Stage.CANCELLED and help_request.cancelled_at
    assert open_steps(help_request) == []
    assert [m.to for m in mailoutbox[sent:]] == [["vilma@example.fi"]]  # the volunteer is told
    content = client.get(response["Location"]).content.decode()
    assert in_language("fi", "Your request has been cancelled.") in content
    assert in_language("fi", NEXT[Stage.CANCELLED]) in content
    assert url(help_request, "cancel") not in content


def test_cancelling_what_has_ended_is_told_clearly(client, help_request, coordinator):
    step(help_request, "triage", coordinator, decision="spam")
    ended = in_language("fi", "The request has already ended, so it cannot be cancelled.")
    for method in (client.get, client.post):
        response = method(url(help_request, "cancel"))
        assert response.status_code == 302
        assert ended in client.get(response["Location"]).content.decode()
    help_request.refresh_from_db()
    assert help_request.cancelled_at is None


def committed_callbacks():
    return TestCase.captureOnCommitCallbacks(execute=True)


def test_the_date_and_time_of_day_are_in_the_pages_language(client, help_request):
    help_request.needed_on = datetime.date(2026, 12, 24)
    help_request.save(update_fields=["needed_on"])
    content = page(client, help_request)
    assert f"24. joulukuuta 2026, {in_language('fi', 'morning')}" in content
