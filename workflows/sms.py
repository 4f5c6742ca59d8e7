"""Text messages, behind a backend interface like Django's e-mail backends.

`send` hands a message to the backend named by `settings.SMS_BACKEND`. Two backends are built
in: `ConsoleBackend` writes messages to the log (the default, for development and for
municipalities without an SMS contract), `LocmemBackend` keeps them in `outbox` for tests.
A message's text carries private links that work like passwords, so the console backend logs
the text only at DEBUG level; at INFO it logs that a message went, to whom and how long. A
real provider is a subclass of `BaseBackend` whose `send_messages` calls the provider's API,
named in the setting.

`send` queues the message as a task (the job runner's worker hands it to the backend, and a
provider that fails is tried again: jobs.retries); with the immediate task backend it goes
at once.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

from django_tasks import task

logger = logging.getLogger(__name__)

# Messages "sent" with LocmemBackend, like django.core.mail.outbox.
outbox = []


@dataclass(frozen=True)
class TextMessage:
    to: str
    body: str


class BaseBackend:
    """Subclass and implement `send_messages`; return how many were sent."""

    def send_messages(self, messages):
        raise NotImplementedError


class ConsoleBackend(BaseBackend):
    def send_messages(self, messages):
        for message in messages:
            logger.info("SMS to %s (%s characters)", message.to, len(message.body))
            logger.debug("SMS to %s: %s", message.to, message.body)
        return len(messages)


class LocmemBackend(BaseBackend):
    def send_messages(self, messages):
        outbox.extend(messages)
        return len(messages)


def get_backend():
    return import_string(settings.SMS_BACKEND)()


@task()
def deliver(to, body):
    """Hand one message to the backend; an error fails the task, which is then retried."""
    return get_backend().send_messages([TextMessage(to=to, body=body)])


def send(to, body):
    """Queue text `body` to phone number `to`; returns how many messages were queued."""
    deliver.enqueue(to, body)
    return 1
