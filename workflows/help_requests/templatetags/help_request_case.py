"""Template tags of a help request's case file, as the coordinators' pages show it.

`record_staff_view` is called by `helprequest/process_data.html`, the request's details that
viewflow includes beside every page of the process: a step's form, its claim page, a task's
detail, undo and cancel pages, the process's detail and cancel pages. Recording the view where
the personal data is shown leaves no page of viewflow's, present or future, that shows it
unlogged, without a subclass of every node and view.
"""

from django import template

from .. import audit
from ..inbox.history import case_file

register = template.Library()


@register.simple_tag(takes_context=True)
def record_staff_view(context, help_request):
    """Log that the request's user is being shown `help_request`'s personal data."""
    request = context.get("request")
    if request is not None:
        audit.log_view(request, help_request)
    return ""


# The offers and reports of a request with their volunteers: `{% case_file process as case %}`.
register.simple_tag(case_file)
