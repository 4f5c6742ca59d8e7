"""E-mail to volunteers, residents and coordinators, in the recipient's language.

Every process sends its messages through `notify`: the message is rendered from
`notifications/<name>/subject.txt` and `body.txt` in the recipient's language and sent only
after the current transaction commits, so nobody is told of something that was rolled back.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe


def notify(recipients, name, context, language):
    """Send message `name` to `recipients` in `language` once the transaction commits.

    `context` holds plain values, read now: the message says what was true when it was sent.
    """
    recipients = [address for address in recipients if address]
    if not recipients:
        return

    # Plain-text mail: a name like O'Brien is not to be HTML-escaped.
    context = {
        key: mark_safe(value) if isinstance(value, str) else value for key, value in context.items()
    }

    def send():
        with translation.override(language):
            subject = render_to_string(f"notifications/{name}/subject.txt", context)
            body = render_to_string(f"notifications/{name}/body.txt", context)
        send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, recipients)

    transaction.on_commit(send)
