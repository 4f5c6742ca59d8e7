"""Each municipality's own settings: one per Wagtail Site, so one installation serves several."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from workflows.municipality import NOTICE_VERSION, UNKNOWN_VERSION


@register_setting(icon="home")
class MunicipalitySettings(BaseSiteSetting):
    """Name, logo and the coordinators' contact details shown in every page's header and footer.

    Site settings are not translated by wagtail-localize, so the few texts that differ by
    language are kept side by side; `name` and `opening_hours` answer in the active language.
    """

    name_fi = models.CharField(_("name in Finnish"), max_length=120, blank=True)
    name_sv = models.CharField(_("name in Swedish"), max_length=120, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField(_("coordinators' phone line"), max_length=40, blank=True)
    opening_hours_fi = models.CharField(_("opening hours in Finnish"), max_length=200, blank=True)
    opening_hours_sv = models.CharField(_("opening hours in Swedish"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("name_fi"), FieldPanel("name_sv")]), FieldPanel("logo")],
            heading=_("Municipality"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldRowPanel([FieldPanel("opening_hours_fi"), FieldPanel("opening_hours_sv")]),
                FieldPanel("email"),
            ],
            heading=_("Coordinators' contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_statement"), FieldPanel("privacy_notice")],
            heading=_("Required pages"),
        ),
    ]

    class Meta:
        verbose_name = _("municipality")

    def _in_active_language(self, field):
        language = (get_language() or "fi")[:2]
        return getattr(self, f"{field}_{language}", "") or getattr(self, f"{field}_fi")

    @property
    def name(self):
        return self._in_active_language("name")

    @property
    def opening_hours(self):
        return self._in_active_language("opening_hours")

    @property
    def privacy_notice_version(self):
        """The privacy notice a person agrees to on a form now: its page and published revision."""
        notice = self.privacy_notice
        if notice is None:
            return UNKNOWN_VERSION
        notice = notice.localized
        return NOTICE_VERSION.format(page=notice.pk, revision=notice.live_revision_id)

    @property
    def coordinators_contact(self):
        """The coordinators' name, e-mail and phone, as the processes' services take them."""
        return {"name": self.name, "email": self.email, "phone": self.phone}
