"""The call campaigns as an application of the coordinators' workflow site."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from viewflow.urls import Application

from workflows.registry.permissions import is_coordinator

from . import views


class CallsApp(Application):
    app_name = "calls"
    title = _('"How are you?" calls')
    icon = "call"
    menu_template_name = "calls/menu.html"
    # Its pages say in the page what was done; viewflow's toast would say it twice.
    shows_messages = True

    def has_view_permission(self, user, obj=None):
        # viewflow refuses (403) whoever this denies before the view runs, so an anonymous
        # visitor passes here and is sent to log in by the view itself.
        return not user.is_authenticated or is_coordinator(user)

    index_path = path("", views.CampaignListView.as_view(), name="index")
    add_path = path("new/", views.CampaignCreateView.as_view(), name="add")
    campaign_path = path("<int:pk>/", views.CampaignView.as_view(), name="campaign")
    list_path = path("<int:pk>/list/", views.ListView.as_view(), name="list")
    resident_path = path("<int:pk>/resident/", views.ResidentView.as_view(), name="resident")
    close_path = path("<int:pk>/close/", views.CloseView.as_view(), name="close")
    thank_path = path("<int:pk>/thank/", views.ThankCallersView.as_view(), name="thank")
