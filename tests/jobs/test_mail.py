"""Every e-mail is queued as a task and sent by the worker, whole."""

from django.core import mail
from django.core.mail import EmailMultiAlternatives

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.mail import send_email


@pytest.fixture
def queued_mail(settings):
    settings.EMAIL_BACKEND = "jobs.mail.QueuedEmailBackend"
    settings.TASKS_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def a_message():
    message = EmailMultiAlternatives(
        "Kiitos avunpyynnöstä",
        "Hei Aino,\n\nlinkki: https://talkoo.example.fi/fi/avunpyynto/abc/",
        "Talkoo <noreply@talkoo.example.fi>",
        ["aino@example.fi"],
        reply_to=["koordinaattori@example.fi"],
        headers={"X-Talkoo": "1"},
    )
    message.attach_alternative("<p>Hei Aino</p>", "text/html")
    message.attach("tapahtuma.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.attach("todistus.pdf", b"%PDF-1.7\x00\xff", "application/pdf")
    return message


@pytest.mark.django_db
def test_a_queued_message_arrives_with_its_alternatives_attachments_and_headers(queued_mail):
    assert a_message().send() == 1

    (sent,) = mail.outbox
    assert sent.subject == "Kiitos avunpyynnöstä"
    assert sent.to == ["aino@example.fi"] and sent.reply_to == ["koordinaattori@example.fi"]
    assert sent.extra_headers["X-Talkoo"] == "1"
    assert sent.alternatives[0][1] == "text/html"
    names = [(name, content) for name, content, _ in sent.attachments]
    assert names[0][0] == "tapahtuma.ics" and "BEGIN:VCALENDAR" in names[0][1]
    assert names[1] == ("todistus.pdf", b"%PDF-1.7\x00\xff")


@pytest.mark.django_db
def test_sending_only_queues_the_message_until_a_worker_sends_it(
    queued_mail, database_tasks, run_worker
):
    a_message().send()
    assert mail.outbox == []
    assert DBTaskResult.objects.get().status == TaskResultStatus.READY

    run_worker()

    assert len(mail.outbox) == 1
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


@pytest.mark.django_db
def test_a_mail_relay_that_is_down_fails_the_task_not_the_sender(
    settings, queued_mail, database_tasks, run_worker
):
    # Nothing listens on port 1: the connection is refused, as when the relay is down.
    settings.TASKS_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 1

    assert a_message().send() == 1  # the sender is told it went

    run_worker()
    task = DBTaskResult.objects.get()
    assert task.task_path == send_email.module_path
    assert task.status == TaskResultStatus.READY  # back in the queue, for later
    assert len(task.worker_ids) == 1
