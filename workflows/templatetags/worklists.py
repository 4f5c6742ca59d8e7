"""`{% take_or_open task %}`: a step's action on the board, as in the flow's lists
(`workflows.worklists`)."""

from django import template

from workflows import worklists

register = template.Library()


@register.simple_tag(takes_context=True)
def take_or_open(context, task):
    return worklists.take_or_open(context["request"], task)
