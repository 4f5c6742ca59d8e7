from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField

from pages.blocks import MeetingPlaceBlock
from pages.taxonomy import in_order, linked_terms_in_locale, localize_terms, terms_by_key
from workflows.registry.models import ActivityType, Area, LifeStageNetwork, source_language_terms

from .base import IntroPage, query_without_page

# The taxonomies an organisation is classified by: (query parameter, page field, term model).
FACETS = (
    ("network", "networks", LifeStageNetwork),
    ("area", "areas", Area),
    ("activity", "activity_types", ActivityType),
)


class OrganisationIndexPage(IntroPage):
    """The organisations of the volunteer network, filterable by network, area and activity.

    Residents look here for a group to join; volunteers for an organisation to volunteer with.
    The filters are a plain GET form, so they work without JavaScript and can be bookmarked.
    """

    per_page = 12
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.OrganisationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation index")
        verbose_name_plural = _("organisation indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = (
            OrganisationPage.objects.live()
            .public()
            .child_of(self)
            .order_by("title", "pk")
            .prefetch_related(*(field for _param, field, _model in FACETS))
        )
        facets = []
        for param, field, model in FACETS:
            terms = terms_by_key(model, self.locale_id)
            chosen = next((t for t in terms.values() if t.slug == request.GET.get(param)), None)
            if chosen:
                organisations = organisations.filter(
                    **{f"{field}__translation_key": chosen.translation_key}
                )
            facets.append(
                {
                    "param": param,
                    "label": model._meta.verbose_name,
                    "terms": in_order(terms.values()),
                    "chosen": chosen,
                    "by_key": terms,
                }
            )
        page = Paginator(organisations, self.per_page).get_page(request.GET.get("page"))
        for organisation in page:
            organisation.localized_terms = {
                facet["param"]: localize_terms(getattr(organisation, field).all(), facet["by_key"])
                for facet, (_param, field, _model) in zip(facets, FACETS, strict=True)
            }
        context.update(
            facets=facets,
            organisations=page,
            filtered=any(facet["chosen"] for facet in facets),
            filter_query=query_without_page(request),
        )
        return context


class OrganisationPage(IntroPage):
    """One organisation's profile: what it does, for whom, where, and how to reach it.

    Kept current by the organisation's representative through editor moderation; reviewed
    yearly with the cooperation agreement. The `intro` is the summary shown in listings.
    """

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    networks = ParentalManyToManyField(
        LifeStageNetwork,
        verbose_name=_("life-stage networks"),
        blank=True,
        limit_choices_to=source_language_terms,
    )
    activity_types = ParentalManyToManyField(
        ActivityType,
        verbose_name=_("forms of activity"),
        blank=True,
        limit_choices_to=source_language_terms,
    )
    areas = ParentalManyToManyField(
        Area, verbose_name=_("areas served"), blank=True, limit_choices_to=source_language_terms
    )
    languages_served = models.CharField(
        _("languages served"),
        max_length=200,
        blank=True,
        help_text=_("For example: Finnish, Swedish"),
    )
    contact_person = models.CharField(_("contact person"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    meeting_places = StreamField(
        [("place", MeetingPlaceBlock())], verbose_name=_("meeting places"), blank=True
    )
    accessibility_notes = models.TextField(_("accessibility notes"), blank=True)
    looking_for_volunteers = models.BooleanField(_("looking for volunteers"), default=False)
    volunteer_needs = models.TextField(
        _("what kind of volunteers"),
        blank=True,
        help_text=_("Shown when the organisation is looking for volunteers."),
    )

    content_panels = [
        *IntroPage.content_panels[:2],
        FieldPanel("logo"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("networks", widget=forms.CheckboxSelectMultiple),
                FieldPanel("activity_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages_served"),
            ],
            heading=_("Whom and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("town")]),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("meeting_places"),
        FieldPanel("accessibility_notes"),
        MultiFieldPanel(
            [FieldPanel("looking_for_volunteers"), FieldPanel("volunteer_needs")],
            heading=_("Volunteers"),
        ),
    ]
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("volunteer_needs"),
        index.SearchField("town"),
        index.FilterField("looking_for_volunteers"),
    ]
    # Contact details are the same in both languages; the rest is translated.
    override_translatable_fields = [
        SynchronizedField("contact_person"),
        SynchronizedField("phone"),
        SynchronizedField("postal_code"),
        TranslatableField("town"),
        TranslatableField("street_address"),
    ]
    parent_page_types = ["pages.OrganisationIndexPage"]
    subpage_types = []
    route_related = ("logo",)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = [
            (
                model._meta.verbose_name_plural,
                linked_terms_in_locale(getattr(self, field), self.locale_id),
            )
            for _param, field, model in FACETS
        ]
        return context
