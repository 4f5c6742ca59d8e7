"""Adds a realistic amount of content to the demo for the speed ladder: by default 300
organisations and 500 news items, each published in Finnish and in Swedish.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.seed [organisations] [news]
"""

import itertools
import sys
from datetime import date, timedelta

import django

ORGANISATION_TEXT = (
    "Yhdistys kokoaa vapaaehtoisia auttamaan naapureita arjessa: kauppa- ja apteekkiasiointia, "
    "saattoapua lääkäriin ja Mitä kuuluu? -soittoja yli 80-vuotiaille kuntalaisille."
)
NEWS_TEXT = "Vapaaehtoiset tekivät talkoita koko viikonlopun, ja kiitämme kaikkia mukana olleita."


def _publish_in_both_languages(parent, page, swedish, swedish_title):
    parent.add_child(instance=page)
    page.save_revision().publish()
    translation = page.copy_for_translation(swedish)
    translation.title = swedish_title
    translation.save_revision().publish()


def seed(organisations, news):
    from wagtail.models import Locale

    from pages.models import (
        NewsIndexPage,
        NewsPage,
        OrganisationIndexPage,
        OrganisationPage,
    )
    from workflows.registry.models import ActivityType, Area, LifeStageNetwork

    finnish, swedish = (
        Locale.objects.get(language_code="fi"),
        Locale.objects.get(language_code="sv"),
    )
    index = OrganisationIndexPage.objects.get(locale=finnish)
    news_index = NewsIndexPage.objects.get(locale=finnish)
    networks = itertools.cycle(LifeStageNetwork.objects.filter(locale=finnish))
    areas = itertools.cycle(Area.objects.filter(locale=finnish))
    activities = itertools.cycle(ActivityType.objects.filter(locale=finnish))
    start = OrganisationPage.objects.filter(locale=finnish).count()
    for number in range(start, start + organisations):
        page = OrganisationPage(
            title=f"Vapaaehtoisyhdistys {number:03d}",
            slug=f"vapaaehtoisyhdistys-{number:03d}",
            intro=ORGANISATION_TEXT,
            email=f"info{number}@yhdistys.example",
            phone="040 000 0000",
            looking_for_volunteers=number % 3 == 0,
        )
        page.networks.set([next(networks), next(networks)])
        page.areas.set([next(areas)])
        page.activity_types.set([next(activities)])
        _publish_in_both_languages(index, page, swedish, f"Frivilligförening {number:03d}")
    start = NewsPage.objects.filter(locale=finnish).count()
    for number in range(start, start + news):
        page = NewsPage(
            title=f"Talkoouutinen {number:03d}",
            slug=f"talkoouutinen-{number:03d}",
            date=date(2026, 11, 20) - timedelta(days=number),
            intro=NEWS_TEXT,
        )
        _publish_in_both_languages(news_index, page, swedish, f"Talkonyhet {number:03d}")


if __name__ == "__main__":
    django.setup()
    counts = [int(arg) for arg in sys.argv[1:3]] or [300, 500]
    seed(*counts)
