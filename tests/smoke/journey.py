"""The help request the smoke test drives, once the processes run: a resident asks on the
public form through the proxy; a coordinator triages and offers it to a volunteer, who does
not answer; the scheduler's timer lets the offer lapse; the coordinator offers it to a second
volunteer, who accepts by the link in the e-mail; the help is reported and the request closed.
Every message goes through the worker to the SMTP server.

The coordinators' and the volunteer's report steps are taken through the services, as the
demo's builders take them (their pages are the browser journeys' business); the resident's
form and the volunteer's link are real HTTP through Caddy and gunicorn."""

import re
import time
import urllib.parse
import urllib.request
from decimal import Decimal
from http.cookies import SimpleCookie

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from wagtail.models import Site

from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from jobs.mail import send_email
from tests.factories import (
    AreaFactory,
    CoordinatorFactory,
    HelpRequestPageFactory,
    KindOfHelpFactory,
    municipality_home,
)
from tests.helpers.help_requests import active_volunteer, web_form
from tests.helpers.processes import open_steps
from tests.smoke.processes import get, wait_until
from workflows.help_requests import links, services
from workflows.help_requests.models import HelpRequest, Offer

RESIDENT = "aino@example.fi"
CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def seed(proxy_port):
    """The municipality, its help page, a coordinator and two volunteers who could help."""
    with transaction.atomic():
        home = municipality_home()
        site = Site.objects.get(is_default_site=True)
        site.hostname, site.port = "127.0.0.1", proxy_port  # links in e-mails: through the proxy
        site.save()
        page = HelpRequestPageFactory(parent=home)
        kind = KindOfHelpFactory(name="Kauppa- ja apteekkiasiointi", slug="asiointi")
        area = AreaFactory(name="Keskusta", slug="keskusta")
        coordinator = CoordinatorFactory(user__email="kaisa@example.fi").user
        first = active_volunteer(kind, area, user__email="ville@example.fi")
        second = active_volunteer(kind, area, user__email="vilma@example.fi")
    return page, kind, area, coordinator, first, second


class Browser:
    """Cookies by hand: the production cookies are Secure, and the smoke speaks plain http."""

    def __init__(self, base):
        self.base, self.cookies = base, {}

    def open(self, path, data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, response.read()

    def submit(self, path, data):
        """GET the form for its CSRF token, then POST `data` with it."""
        status, _, body = self.open(path)
        assert status == 200, f"GET {path}: {status}"
        token = CSRF.search(body).group(1).decode()
        return self.open(path, {**data, "csrfmiddlewaretoken": token})


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def step(help_request, name, user, **data):
    with transaction.atomic():
        services.complete_step(help_request, name, user, **data)
    help_request.refresh_from_db()


def failed_to_send():
    """Whether a queued e-mail has been tried and put back for a retry."""
    queued = DBTaskResult.objects.filter(
        task_path=send_email.module_path, status=TaskResultStatus.READY
    )
    return queued.exclude(worker_ids=[]).exists()


def wait_for_steps(help_request, steps, timeout):
    def reached():
        help_request.refresh_from_db()
        return open_steps(help_request) == steps

    wait_until(reached, timeout, f"the request to wait at {steps}")


def drive(base, mailbox, people, say):
    page, kind, area, coordinator, first, second = people
    browser = Browser(base)

    mailbox.stop()  # the mail relay is down when the resident asks
    status, headers, _ = browser.submit(page.url, web_form(kind, area))
    assert status == 302, f"the form answered {status}"
    help_request = HelpRequest.objects.get()
    status_path = urllib.parse.urlsplit(links.status_link(help_request)).path
    assert headers["Location"].startswith(status_path), headers["Location"]
    status, _, receipt = browser.open(headers["Location"])
    assert status == 200 and b'<html lang="fi">' in receipt
    wait_until(failed_to_send, 60, "the worker to find the mail relay down")
    say("the request is stored and its receipt page shown while the mail relay is down")
    mailbox.start()
    (mail,) = mailbox.wait_for(RESIDENT, timeout=120)
    assert help_request.access_key in mail.get_body(("plain",)).get_content()
    say("the receipt e-mail went out once the relay was back (the task was retried)")

    step(help_request, "triage", coordinator, decision="accept")
    step(help_request, "match", coordinator, volunteer=first)
    mailbox.wait_for(first.user.email)
    say("the first volunteer is offered the request by e-mail")

    # Time passes: the offer's deadline is now. The scheduler queues viewflow's timers every
    # minute and the worker fires this one: the offer lapses and the request goes back to matching.
    Task.objects.filter(process=help_request, status=STATUS.SCHEDULED).update(
        scheduled=timezone.now()
    )
    started = time.monotonic()
    wait_for_steps(help_request, ["match"], timeout=150)
    assert help_request.offers.get(volunteer=first).answer == Offer.Answer.EXPIRED
    say(f"the offer lapsed by the scheduler's timer after {time.monotonic() - started:.0f} s")

    step(help_request, "match", coordinator, volunteer=second)
    (offer_mail,) = mailbox.wait_for(second.user.email)
    # The link's token is signed with a timestamp: find the one the e-mail carries.
    expected = links.offer_link(help_request.offers.get(volunteer=second)).rsplit("/", 2)[0]
    text = offer_mail.get_body(("plain",)).get_content()
    found = re.search(re.escape(expected) + r"/\S+", text)
    assert found, f"No link like {expected}/… in the offer e-mail:\n{text}"
    link = found.group(0)
    status, _, _ = Browser(base).submit(urllib.parse.urlsplit(link).path, {"answer": "accept"})
    assert status == 302, f"accepting by the link answered {status}"
    wait_for_steps(help_request, ["help_given"], timeout=30)
    say("the second volunteer accepted by the link in their e-mail")

    with transaction.atomic():
        services.report(
            help_request,
            second,
            {
                "done_on": timezone.localdate(),
                "hours": Decimal("1.5"),
                "outcome": "done",
                "notes": "",
                "concern": "",
            },
        )
    help_request.refresh_from_db()
    step(help_request, "close", coordinator, closing="close")
    assert help_request.status == PROCESS.DONE
    # Receipt, "a volunteer was found", and now "done", asking for feedback.
    resident_mails = mailbox.wait_for(RESIDENT, count=3)
    assert len({mail["Subject"] for mail in resident_mails}) == 3, "an e-mail went twice"
    assert help_request.access_key in resident_mails[-1].get_body(("plain",)).get_content()
    say("the help was reported, the request closed and the resident asked for feedback")
    return help_request


def check_health_and_media(base, media_root):
    status, body = get(f"{base}/readyz")
    assert (status, body) == (200, b"ok"), f"/readyz: {status} {body!r}"
    (media_root / "images").mkdir(parents=True, exist_ok=True)
    (media_root / "images" / "smoke.txt").write_text("kuva")
    (media_root / "documents").mkdir(parents=True, exist_ok=True)
    (media_root / "documents" / "private.txt").write_text("yksityinen")
    assert get(f"{base}/media/images/smoke.txt") == (200, b"kuva")
    assert get(f"{base}/media/documents/private.txt")[0] == 404


def kill_worker_during_send(servers, worker_command, mailbox, say):
    """A worker killed in the middle of sending an e-mail: the message still goes out, once,
    when the scheduler has put the abandoned task back and a new worker takes it."""
    address = "kuolema@example.fi"
    mailbox.hold_for = address
    with transaction.atomic():
        send_mail("Kesken lähetyksen", "Tämä viesti menee perille kerran.", None, [address])
    wait_until(mailbox.held.is_set, 60, "the worker to be in the middle of the send")
    servers.kill("worker")
    mailbox.hold_for = None
    servers.start("worker-2", worker_command)
    started = time.monotonic()
    mailbox.wait_for(address, timeout=240)
    time.sleep(5)  # a second copy would come now, if it came
    assert len(mailbox.to(address)) == 1, "the e-mail went out more than once"
    say(
        "a worker killed mid-send: its task was put back by the scheduler and the e-mail went "
        f"out once, {time.monotonic() - started:.0f} s later"
    )
