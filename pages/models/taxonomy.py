"""Translatable taxonomies that organise organisations: life-stage networks, areas, activities.

Organisation pages link to the terms of the source language (Finnish); wagtail-localize copies
those links to the Swedish page as they are. Pages therefore show and filter terms through the
term's `translation_key`, which is the same in every language.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from pages.cache import remembered


def source_language_terms():
    """Editors link pages to terms in the source language; translations follow by key."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


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

    @classmethod
    def by_translation_key(cls, locale_id=None):
        """Every term of this taxonomy in a locale (the source language's when None), keyed by
        translation key. Cached until content changes (see `pages.cache.remembered`).
        """
        lookup = {"locale_id": locale_id} if locale_id else source_language_terms()
        return remembered(
            f"terms:{cls._meta.label_lower}:{locale_id or 'source'}",
            lambda: {term.translation_key: term for term in cls.objects.filter(**lookup)},
        )


def linked_terms_in_locale(related_terms, locale_id):
    """The terms a page links to (`page.networks`, …) in `locale_id` where translated.

    One light query for the links' translation keys; the terms themselves come from the
    cached `by_translation_key` of the page's locale, or of the source language.
    """
    model = related_terms.model
    keys = related_terms.values_list("translation_key", flat=True)
    in_locale = model.by_translation_key(locale_id)
    source = model.by_translation_key()
    terms = [in_locale.get(key) or source.get(key) for key in keys]
    return sorted(filter(None, terms), key=lambda term: (term.sort_order, term.name))


def localize_terms(terms, by_key):
    """The given terms in the language of `by_key` (see `by_translation_key`), where translated."""
    return sorted(
        (by_key.get(term.translation_key, term) for term in terms),
        key=lambda term: (term.sort_order, term.name),
    )


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
