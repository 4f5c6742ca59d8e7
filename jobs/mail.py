"""An e-mail backend that queues each message as a task; the worker sends it with the backend
`EMAIL_URL` names (`TASKS_EMAIL_BACKEND`).

Every e-mail the portal sends goes through it: the processes' notifications, password resets,
Wagtail's moderation messages. A mail relay that is slow or down then delays the e-mail and
never fails the request that sent it (a resident's help request is stored and answered with
its receipt page while the relay is down, and the receipt goes out when it is back).
"""

import base64

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend

from django_tasks import task


def serialise(message):
    """The message as JSON-safe values; attachments and alternatives as base64."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, base64.b64encode(content).decode(), mimetype])
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "attachments": attachments,
        "alternatives": [list(alt) for alt in getattr(message, "alternatives", [])],
        "content_subtype": message.content_subtype,
    }


def deserialise(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alt) for alt in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task()
def send_email(data):
    """Send one queued message through the real backend; an error fails the task, which is
    then retried (jobs.retries)."""
    with get_connection(settings.TASKS_EMAIL_BACKEND, fail_silently=False) as connection:
        return connection.send_messages([deserialise(data)])


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        count = 0
        for message in email_messages:
            if message.recipients():
                send_email.enqueue(serialise(message))
                count += 1
        return count
