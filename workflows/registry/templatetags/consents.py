"""What a person agreed to, as staff read it."""

from django import template

from workflows.municipality import describe_version

register = template.Library()


@register.filter
def text_version(version):
    """{{ consent.text_version|text_version }}: "Tietosuojaseloste, versio 1.9.2026"
    rather than the stored "page 9 revision 7"."""
    return describe_version(version)
