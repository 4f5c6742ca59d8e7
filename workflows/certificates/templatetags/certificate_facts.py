from django import template

from workflows.certificates import volunteering

register = template.Library()


@register.simple_tag
def certificate_facts(request):
    """What a certificate of volunteering for `request` would state today."""
    return volunteering.facts(
        request.volunteer, request.period_start, request.period_end, request.language
    )
