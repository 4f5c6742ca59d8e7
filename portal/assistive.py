"""The coordinators' pages read well to assistive technology.

viewflow draws its icons with the Material Icons font: the icon is a word ("arrow_drop_down",
"filter_list") that the font shows as a picture and a screen reader reads out as the word.
Its templates and its `Icon` helper write dozens of them, none hidden; overriding each
template would copy most of viewflow. This middleware hides every such icon element (an <i> or
<span> with the class material-icons) from assistive technology in the workplace's HTML. An
icon that is a control's only content needs a name of its own on the control (see
workflows/templates/viewflow/base_page.html); controls themselves are never hidden.
"""

import re
from functools import cached_property

from portal.workplace import workplace

ICON = re.compile(
    rb'<(?P<tag>i|span)\b(?P<attributes>[^>]*\bclass="[^"]*\bmaterial-icons\b[^"]*"[^>]*)>'
)


def _hidden(match):
    if b"aria-hidden" in match["attributes"]:
        return match[0]
    return b'<%s%s aria-hidden="true">' % (match["tag"], match["attributes"])


def hide_icon_names(html):
    """The HTML with each Material icon element marked aria-hidden (unless it says already)."""
    return ICON.sub(_hidden, html)


class HideIconNamesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def prefix(self):
        return workplace.reverse("index")

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith(self.prefix)
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
        ):
            response.content = hide_icon_names(response.content)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
