"""What the thank-you steps do: start at milestones or by hand, suggest a message in the
volunteer's language, send it (or leave a letter to print), and record it."""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from workflows.engine import take_step
from workflows.links import my_volunteering_url, public_language
from workflows.municipality import settings_for
from workflows.notifications import notify
from workflows.training.calendar import session_event_file
from workflows.training.volunteer_mail import when

from . import milestones
from .models import Thanks


def begin(process, volunteer, reason, amount=None, campaign="", user=None):
    process.volunteer, process.reason, process.amount = volunteer, reason, amount
    process.campaign, process.started_by = campaign, user
    if reason == Thanks.Reason.CAMPAIGN:
        process.milestone_key = f"campaign:{campaign.strip().casefold()}"
    elif reason != Thanks.Reason.BY_HAND:
        process.milestone_key = milestones.Milestone(reason, amount).key
    process.save()
    return process


def already_thanked_for_campaign(volunteer, campaign):
    key = f"campaign:{campaign.strip().casefold()}"
    return Thanks.objects.filter(volunteer=volunteer, milestone_key=key).exists()


def language_of(thanks):
    return public_language(thanks.volunteer.preferred_language)


def suggestion(thanks):
    """A message for the coordinator to start from, in the volunteer's language."""
    volunteer = thanks.volunteer
    language = language_of(thanks)
    municipality = settings_for(volunteer.site)
    with translation.override(language):
        return render_to_string(
            f"thanks/suggestions/{thanks.reason}.txt",
            {
                "first_name": volunteer.user.first_name,
                "amount": thanks.amount,
                "campaign": thanks.campaign,
                "municipality": getattr(municipality, f"name_{language}", "")
                or volunteer.site.site_name,
            },
        ).strip()


# The coordinator's steps ------------------------------------------------------------------


def record_step(step, process, data, user=None):
    return _RECORD[step](process, data)


def _personalise(process, data):
    process.decision = data["decision"]
    process.message = data.get("message", "")
    process.invitation = data.get("invitation")
    process.save(update_fields=["decision", "message", "invitation"])
    return {"decision": process.decision}


def _letter_posted(process, data):
    process.delivery, process.sent_at = Thanks.Delivery.LETTER, timezone.now()
    process.save(update_fields=["delivery", "sent_at"])
    return {"delivery": process.delivery}


_RECORD = {"personalise": _personalise, "print_letter": _letter_posted}


def send(process):
    """E-mail the thanks, with the invitation and its calendar file when there is one."""
    volunteer = process.volunteer
    language = language_of(process)
    context = {"message": process.message, "link": my_volunteering_url(volunteer)}
    attachments = []
    if process.invitation is not None:
        session = process.invitation
        context.update(
            invitation=session.title_in(language),
            when=when(session, language),
            place=", ".join(part for part in (session.place, session.address) if part),
        )
        attachments.append(session_event_file(session, language))
    notify([volunteer.user.email], "thanks", context, language, attachments=attachments)
    process.delivery, process.sent_at = Thanks.Delivery.EMAIL, timezone.now()
    process.save(update_fields=["delivery", "sent_at"])


def complete_step(thanks, step, user, **data):
    """`user` claims and completes the coordinator's `step` as its task page would; for
    scripts and the demo. `data` are the step form's values."""
    return take_step(thanks, step, user, lambda process: record_step(step, process, data))


def campaign_volunteers(site_ids, kind_of_help, start, end):
    """The volunteers of `site_ids` who reported help of `kind_of_help` between the dates:
    those who took part in a campaign ("How are you?" calls in the spring, say)."""
    return (
        milestones.thankable()
        .filter(
            site__in=site_ids,
            reports__help_request__kind_of_help=kind_of_help,
            reports__done_on__gte=start,
            reports__done_on__lte=end,
        )
        .distinct()
        .select_related("user")
    )
