"""The thank-you process on the coordinators' site, with its printable letters."""

from django.contrib.auth.decorators import login_required
from django.urls import path

from workflows.scoping import MunicipalityFlowApp

from . import campaign, views
from .flows import ThanksFlow


class ThanksApp(MunicipalityFlowApp):
    menu_template_name = "thanks/menu.html"
    letter_path = path("letter/<int:process_pk>/", login_required(views.letter), name="letter")
    campaign_path = path("campaign/", campaign.CampaignView.as_view(), name="campaign")

    def __init__(self, **kwargs):
        super().__init__(ThanksFlow, icon="favorite", **kwargs)
