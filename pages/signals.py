"""Every change that can alter a public page empties the public page cache."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from pages.cache import invalidate
from pages.models import MunicipalitySettings
from workflows.registry.models import ActivityType, Area, LifeStageNetwork
from workflows.training.models import Session


def connect():
    page_published.connect(invalidate, dispatch_uid="talkoo-cache-page-published")
    page_unpublished.connect(invalidate, dispatch_uid="talkoo-cache-page-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="talkoo-cache-page-moved")
    post_delete.connect(invalidate, sender=Page, dispatch_uid="talkoo-cache-page-deleted")
    # A session's time, place or seats show on the home page and the gatherings' pages.
    for model in (ActivityType, Area, LifeStageNetwork, MunicipalitySettings, Session, Site):
        name = model.__name__
        post_save.connect(invalidate, sender=model, dispatch_uid=f"talkoo-cache-{name}-saved")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"talkoo-cache-{name}-deleted")
