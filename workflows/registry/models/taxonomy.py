"""Translatable vocabularies of the volunteer network: life-stage networks, areas, activities.

Editors keep them as Wagtail snippets and translate them with wagtail-localize. Whatever links
to a term links to its source-language (Finnish) version; a term in another language is found
by its `translation_key`, which is the same in every language.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet


def source_language_terms():
    """Links point at terms in the source language; translations follow by key."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


def term_names(model, **filters):
    """{source-language term pk: its name in the active language}, in the terms' order; only
    the terms matching `filters`, when given.

    Links point at the source-language terms; a translation shares their translation_key.
    """
    source = list(model.objects.filter(**source_language_terms(), **filters))
    translated = dict(
        model.objects.filter(
            locale__language_code=get_language(),
            translation_key__in=[term.translation_key for term in source],
        ).values_list("translation_key", "name")
    )
    return {term.pk: translated.get(term.translation_key, term.name) for term in source}


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, allow_unicode=True, help_text=_("Used in filter links.")
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        # A filter link names a term by its slug, so slugs are unique within a language.
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_%(class)s_slug"),
        ]

    def __str__(self):
        return self.name


@register_snippet
class LifeStageNetwork(TaxonomyTerm):
    """A life-stage network: children, youth, families, working-age or seniors."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("life-stage network")
        verbose_name_plural = _("life-stage networks")


@register_snippet
class Area(TaxonomyTerm):
    """A part of the municipality an organisation serves (a village, district or the whole)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("area")
        verbose_name_plural = _("areas")


@register_snippet
class ActivityType(TaxonomyTerm):
    """A form of activity: peer groups, service activity, advocacy, events, …"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("form of activity")
        verbose_name_plural = _("forms of activity")


@register_snippet
class KindOfHelp(TaxonomyTerm):
    """A kind of help a volunteer offers: errands, accompaniment, "How are you?" calls, …"""

    required_training = models.ForeignKey(
        "Training",
        verbose_name=_("training required"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_language_terms,
        help_text=_("Only volunteers with this training, still valid, are suggested for it."),
    )

    residents_can_ask = models.BooleanField(
        _("residents can ask for it"),
        default=True,
        help_text=_(
            "Shown on the public help-request form. Untick for help that is arranged otherwise, "
            'e.g. "How are you?" calls or leading groups.'
        ),
    )

    panels = [
        *TaxonomyTerm.panels,
        FieldPanel("required_training"),
        FieldPanel("residents_can_ask"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("kind of help")
        verbose_name_plural = _("kinds of help")


@register_snippet
class Training(TaxonomyTerm):
    """A training volunteers complete: orientation, end-of-life companionship, …"""

    orientation = models.BooleanField(
        _("orientation training"),
        default=False,
        help_text=_("Completing it completes the orientation step of a new volunteer."),
    )
    valid_for_years = models.PositiveSmallIntegerField(
        _("valid for (years)"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the training does not expire."),
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("orientation"), FieldPanel("valid_for_years")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("training")
        verbose_name_plural = _("trainings")
