"""Text messages: the backends behind `workflows.sms`, and `notify` sending them in the
recipient's language only once the transaction commits."""

import logging

from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.test import TestCase
from django.utils import translation

import pytest

from tests.helpers.help_requests import active_volunteer, step
from workflows import sms
from workflows.notifications import notify

# Two concatenated GSM-7 segments (ä, ö and å are in GSM-7): a text costs at most two.
SMS_LIMIT = 306


class RecordingBackend(sms.BaseBackend):
    """A provider's backend, as a municipality would name one in SMS_BACKEND."""

    sent = []

    def send_messages(self, messages):
        self.sent.extend(messages)
        return len(messages)


@pytest.fixture
def sms_log():
    """What `workflows.sms` logs, from DEBUG up."""
    records = []
    handler = logging.Handler(level=logging.DEBUG)
    handler.emit = records.append
    logger = logging.getLogger("workflows.sms")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield records
    logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.fixture
def language_template(settings, tmp_path):
    """A message `language_test` whose text says which language it was rendered in."""
    folder = tmp_path / "notifications" / "language_test"
    folder.mkdir(parents=True)
    text = "{% load i18n %}{% get_current_language as language %}{{ language }}: {{ what }}"
    for part in ("subject", "body", "sms"):
        (folder / f"{part}.txt").write_text(text)
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]
    return "language_test"


def test_console_backend_logs_the_message_and_sends_it_nowhere(settings, sms_log, sms_outbox):
    settings.SMS_BACKEND = "workflows.sms.ConsoleBackend"
    assert sms.send("040 123 4567", "Hei Aino") == 1
    # The text, with its private link, only at DEBUG: production logs at INFO.
    summary, text = sms_log
    assert summary.levelno == logging.INFO and "040 123 4567" in summary.getMessage()
    assert "Hei Aino" not in summary.getMessage()
    assert text.levelno == logging.DEBUG and "Hei Aino" in text.getMessage()
    assert sms_outbox == []


def test_locmem_backend_collects_messages(sms_outbox, sms_log):
    assert sms.send("040 123 4567", "Hej Aino") == 1
    assert sms_outbox == [sms.TextMessage(to="040 123 4567", body="Hej Aino")]
    assert sms_log == []


def test_a_provider_is_named_by_the_setting(settings, sms_outbox):
    settings.SMS_BACKEND = f"{__name__}.RecordingBackend"
    RecordingBackend.sent.clear()
    sms.send("+358401234567", "Hei")
    assert RecordingBackend.sent == [sms.TextMessage(to="+358401234567", body="Hei")]
    assert sms_outbox == []


def test_a_backend_must_say_how_it_sends():
    with pytest.raises(NotImplementedError):
        sms.BaseBackend().send_messages([sms.TextMessage(to="040", body="Hei")])


@pytest.mark.django_db
def test_notify_texts_in_the_recipients_language_after_commit(language_template, sms_outbox):
    with (
        translation.override("fi"),
        TestCase.captureOnCommitCallbacks(execute=True),
        transaction.atomic(),
    ):
        notify([], language_template, {"what": "Aino's <request>"}, "sv", phones=["040 1"])
        assert sms_outbox == []  # not before the commit
    # In Swedish although Finnish was active; plain text, nothing HTML-escaped.
    assert sms_outbox == [sms.TextMessage(to="040 1", body="sv: Aino's <request>")]
    assert mail.outbox == []  # no e-mail address, no e-mail


class RolledBack(Exception):
    pass


@pytest.mark.django_db
def test_notify_sends_nothing_when_the_transaction_rolls_back(language_template, sms_outbox):
    with (
        TestCase.captureOnCommitCallbacks(execute=True) as callbacks,
        pytest.raises(RolledBack),
        transaction.atomic(),
    ):
        notify(["aino@example.fi"], language_template, {"what": "x"}, "fi", phones=["040 1"])
        raise RolledBack
    assert callbacks == []
    assert sms_outbox == [] and mail.outbox == []


def test_notify_skips_blank_numbers_and_addresses(language_template, sms_outbox):
    with TestCase.captureOnCommitCallbacks(execute=True) as callbacks:
        notify([""], language_template, {"what": "x"}, "fi", phones=["", None])
    assert callbacks == [] and sms_outbox == []


@pytest.mark.django_db
def test_volunteer_without_e_mail_gets_the_offer_by_text(
    help_request, coordinator, errands, centre, sms_outbox
):
    by_text = active_volunteer(errands, centre, user__email="", phone="050 765 4321")
    sms_outbox.clear()
    step(help_request, "triage", coordinator, decision="accept")
    step(help_request, "match", coordinator, volunteer=by_text)
    [message] = sms_outbox
    assert message.to == "050 765 4321"
    assert "/" in message.body and len(message.body) <= SMS_LIMIT


@pytest.mark.django_db
def test_volunteer_with_e_mail_gets_no_text(help_request, coordinator, errands, centre, sms_outbox):
    by_mail = active_volunteer(errands, centre, phone="050 765 4321")
    sms_outbox.clear()
    step(help_request, "triage", coordinator, decision="accept")
    mail.outbox.clear()
    step(help_request, "match", coordinator, volunteer=by_mail)
    assert sms_outbox == []
    assert [message.to for message in mail.outbox] == [[by_mail.user.email]]


SMS_CONTEXT = {
    "name": "Aino Asukas",
    "first_name": "Ville",
    "volunteer": "Ville",
    "number": 12345,
    "kind": "Kauppa- ja apteekkiasiointi",
    "area": "Keskusta ja Kirkonkylä",
    "when": "12.12.2026, aamupäivä",
    "deadline": "12.12.2026 klo 14.00",
    "next_visit": "19.12.2026",
    "phone": "040 000 0000",
    "municipality": "Koivurannan kaupunki",
    "link": "https://talkoo.koivuranta.fi/fi/avunpyynto/" + "x" * 32 + "/",
    "answer_link": "https://talkoo.koivuranta.fi/fi/oma-vapaaehtoisuus/tarjous/" + "x" * 40 + "/",
}
SMS_MESSAGES = [
    "help_request_received",
    "help_request_question",
    "help_request_referred",
    "help_volunteer_found",
    "help_request_done",
    "help_offer",
    "help_offer_expired",
    "help_next_visit",
    "help_request_cancelled",
]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("name", SMS_MESSAGES)
def test_every_text_fits_in_two_messages(name, language):
    with translation.override(language):
        text = render_to_string(f"notifications/{name}/sms.txt", SMS_CONTEXT).strip()
    assert text and len(text) <= SMS_LIMIT, text
