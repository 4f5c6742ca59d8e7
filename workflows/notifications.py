"""E-mail and text messages to volunteers, residents and coordinators, in their language.

Every process sends its messages through `notify`: the message is rendered from
`notifications/<name>/subject.txt` and `body.txt` (and, for a text message, `sms.txt`) in the
recipient's language and sent only after the current transaction commits, so nobody is told
of something that was rolled back. Text messages go through `workflows.sms`.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from workflows import sms


def notify(recipients, name, context, language, phones=(), attachments=()):
    """Send message `name` to e-mail `recipients` and, as a text message, to `phones`, in
    `language`, once the transaction commits. The e-mail carries `attachments`, given as
    (file name, content, MIME type), e.g. a calendar file.

    `context` holds plain values, read now: the message says what was true when it was sent.
    """
    recipients = [address for address in recipients if address]
    phones = [number for number in phones if number]
    if not recipients and not phones:
        return

    # Plain text: a name like O'Brien is not to be HTML-escaped.
    context = {
        key: mark_safe(value) if isinstance(value, str) else value for key, value in context.items()
    }

    def send():
        with translation.override(language):
            if recipients:
                subject = render_to_string(f"notifications/{name}/subject.txt", context)
                body = render_to_string(f"notifications/{name}/body.txt", context)
            if phones:
                text = render_to_string(f"notifications/{name}/sms.txt", context).strip()
        if recipients:
            subject = " ".join(subject.split())
            message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
            for attachment in attachments:
                message.attach(*attachment)
            message.send()
        for number in phones:
            sms.send(number, text)

    transaction.on_commit(send)
