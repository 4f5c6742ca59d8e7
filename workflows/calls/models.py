"""A "Mitä kuuluu?" call campaign, the residents on its list, the calls made to them, the
municipality's do-not-call list, and a coordinator's call back to a resident who worried a
caller.

The campaign is viewflow's process row: opened by a coordinator, calling until it is closed.
Its list is personal data kept for one purpose and until a date the campaign writes down
(`list_kept_until`, with the list's legal basis and source): then `retention.purge` blanks the
residents' names, phones and the callers' notes, and keeps what the network counts (each
resident's outcome, area and language, each call's outcome and day).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from phonenumber_field.modelfields import PhoneNumberField
from viewflow.workflow.models import Process

from workflows.registry.models import Area, KindOfHelp, StaffViewRecord, source_language_terms


class Language(models.TextChoices):
    FINNISH = "fi", _("Finnish")
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")


class CallCampaign(Process):
    """A round of calls to residents: what the callers say, whom they call and why the
    municipality may call them, until when."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="call_campaigns",
    )
    name = models.CharField(_("name in Finnish"), max_length=150)
    name_sv = models.CharField(_("name in Swedish"), max_length=150)
    script = models.TextField(_("call script in Finnish"), max_length=4000)
    script_sv = models.TextField(_("call script in Swedish"), max_length=4000)
    starts_on = models.DateField(_("first day of calls"))
    ends_on = models.DateField(_("last day of calls"))
    kind_of_help = models.ForeignKey(
        KindOfHelp,
        verbose_name=_("callers offer this kind of help"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_language_terms,
    )
    legal_basis = models.TextField(_("legal basis for calling"), max_length=1000)
    list_source = models.CharField(_("source of the call list"), max_length=300)
    list_kept_until = models.DateField(_("the list is kept until"))
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    purged_at = models.DateTimeField(_("list purged"), null=True, blank=True)

    class Meta:
        verbose_name = _('"How are you?" call campaign')
        verbose_name_plural = _('"How are you?" call campaigns')
        ordering = ["-created", "-pk"]

    def __str__(self):
        return self.name

    def name_in(self, language):
        return self.name_sv if language == "sv" and self.name_sv else self.name

    def script_in(self, language):
        return self.script_sv if language == "sv" and self.script_sv else self.script

    @property
    def is_open(self):
        return self.closed_at is None

    @property
    def is_calling(self):
        """Open, and within its period: callers are given its residents."""
        return self.is_open and self.starts_on <= timezone.localdate() <= self.ends_on

    @property
    def localized_name(self):
        return self.name_in(get_language())


class Outcome(models.TextChoices):
    """What a call came to; the first four are the caller's choices when someone answers."""

    WELL = "well", _("Reached and well")
    NEEDS_HELP = "needs_help", _("Reached, needs help")
    WORRIED = "worried", _("Worried: a coordinator should call back")
    CALL_AGAIN = "call_again", _("Call again at an agreed time")
    NO_ANSWER = "no_answer", _("No answer")
    DOES_NOT_WANT = "does_not_want", _("Does not want calls")
    WRONG_NUMBER = "wrong_number", _("Wrong number")


class Resident(models.Model):
    """A resident on a campaign's call list, and where their calls stand."""

    class State(models.TextChoices):
        WAITING = "waiting", _("waiting for a call")
        DONE = "done", _("called")
        UNREACHED = "unreached", _("not reached")

    campaign = models.ForeignKey(
        CallCampaign,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="residents",
    )
    name = models.CharField(_("name"), max_length=150)
    phone = PhoneNumberField(_("phone"), blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.FINNISH
    )
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_language_terms,
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.WAITING
    )
    # The last call's outcome; the final one once the resident is done or unreached.
    outcome = models.CharField(_("outcome"), max_length=14, choices=Outcome.choices, blank=True)
    tries = models.PositiveSmallIntegerField(_("calls made"), default=0)
    # Not called again before this (an agreed time, or the next try on another day).
    call_after = models.DateTimeField(_("call after"), null=True, blank=True)
    # A caller's batch: whose it is, until when; then it returns to the pool.
    held_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("in the batch of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    held_until = models.DateTimeField(null=True, blank=True)
    help_request = models.ForeignKey(
        "help_requests.HelpRequest",
        verbose_name=_("help request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added"), default=timezone.now)

    # Blanked when the campaign's list is purged (see retention.py).
    PERSONAL_FIELDS = ("name", "phone")

    class Meta:
        verbose_name = _("resident on a call list")
        verbose_name_plural = _("residents on call lists")
        ordering = ["pk"]
        constraints = [
            # One person is one row: a phone number once per campaign (purged rows have none).
            models.UniqueConstraint(
                fields=["campaign", "phone"],
                condition=~models.Q(phone=""),
                name="one_row_per_phone_per_campaign",
            )
        ]
        indexes = [models.Index(fields=["campaign", "state"])]

    def __str__(self):
        return self.name or str(_("resident %(number)s") % {"number": self.pk})


class Call(models.Model):
    """One call to a resident: who called, when, and what came of it."""

    campaign = models.ForeignKey(
        CallCampaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="calls"
    )
    resident = models.ForeignKey(
        Resident, verbose_name=_("resident"), on_delete=models.CASCADE, related_name="calls"
    )
    caller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("caller"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="calls_made",
    )
    # Which try this was (1, 2, …): a resident's try is recorded once, whatever is submitted.
    attempt = models.PositiveSmallIntegerField(_("try"))
    outcome = models.CharField(_("outcome"), max_length=14, choices=Outcome.choices)
    called_at = models.DateTimeField(_("called"), default=timezone.now)
    call_again_at = models.DateTimeField(_("call again at"), null=True, blank=True)
    note = models.TextField(_("note"), max_length=1000, blank=True)

    PERSONAL_FIELDS = ("note",)

    class Meta:
        verbose_name = _("call")
        verbose_name_plural = _("calls")
        ordering = ["called_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["resident", "attempt"], name="one_call_per_try")
        ]
        indexes = [models.Index(fields=["campaign", "called_at"])]

    def __str__(self):
        return f"{self.resident_id}: {self.get_outcome_display()}"


class DoNotCall(models.Model):
    """A phone number whose owner asked not to be called: no campaign of the municipality calls
    it again. Kept as long as the wish stands; nothing but the number and when."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    phone = PhoneNumberField(_("phone"))
    added_at = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        verbose_name = _("do-not-call number")
        verbose_name_plural = _("do-not-call list")
        constraints = [
            models.UniqueConstraint(fields=["site", "phone"], name="one_do_not_call_per_number")
        ]

    def __str__(self):
        return str(self.phone)


class CallBack(Process):
    """A caller was worried about a resident: a coordinator calls them back."""

    class Decision(models.TextChoices):
        FINE = "fine", _("Called back: no further action")
        HELP = "help", _("Called back: I took a help request by phone")
        REFERRED = "referred", _("Referred to professional services")
        UNREACHED = "unreached", _("Could not reach them")

    resident = models.ForeignKey(
        Resident, verbose_name=_("resident"), on_delete=models.CASCADE, related_name="call_backs"
    )
    call = models.OneToOneField(
        Call, verbose_name=_("call"), on_delete=models.CASCADE, related_name="call_back"
    )
    decision = models.CharField(
        _("what was done"), max_length=10, choices=Decision.choices, blank=True
    )
    notes = models.TextField(_("notes"), max_length=2000, blank=True)

    PERSONAL_FIELDS = ("notes",)

    class Meta:
        verbose_name = _("call back")
        verbose_name_plural = _("call backs")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return str(_("Call back to %(name)s") % {"name": self.resident})


class CampaignStaffView(StaffViewRecord):
    """A page showing residents of a call list (names, phones, notes) was opened."""

    campaign = models.ForeignKey(
        CallCampaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="views"
    )

    class Meta(StaffViewRecord.Meta):
        verbose_name = _("view of a call list's personal data")
        verbose_name_plural = _("views of call lists' personal data")

    def __str__(self):
        return f"{self.user} {self.campaign_id} {self.at:%Y-%m-%d %H:%M}"
