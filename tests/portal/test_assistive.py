"""A screen reader on the coordinators' pages hears words, not icon names."""

import re

import pytest

from portal.assistive import hide_icon_names

ICON = re.compile(r'<(?:i|span)\b[^>]*class="[^"]*\bmaterial-icons\b[^"]*"[^>]*>')


def test_an_icon_is_hidden_and_one_already_hidden_is_left_as_it_is():
    html = (
        b'<i class="material-icons">filter_list</i>'
        b'<span class="mdc-fab__icon material-icons" title="x">add</span>'
        b'<i class="material-icons" aria-hidden="true">event</i>'
        b'<button class="material-icons mdc-icon-button" aria-label="Valikko">menu</button>'
    )
    assert hide_icon_names(html) == (
        b'<i class="material-icons" aria-hidden="true">filter_list</i>'
        b'<span class="mdc-fab__icon material-icons" title="x" aria-hidden="true">add</span>'
        b'<i class="material-icons" aria-hidden="true">event</i>'
        b'<button class="material-icons mdc-icon-button" aria-label="Valikko">menu</button>'
    )


@pytest.mark.parametrize("url", ["/workflows/helprequest/queue/", "/workflows/onboarding/"])
def test_no_icon_on_a_coordinators_page_is_read_aloud(client, coordinator, url):
    client.force_login(coordinator)
    response = client.get(url, follow=True)
    assert response.status_code == 200
    icons = ICON.findall(response.content.decode())
    assert icons, "the page shows icons"
    assert [icon for icon in icons if "aria-hidden" not in icon] == []
    assert int(response.get("Content-Length", len(response.content))) == len(response.content)
