"""The help-request inbox as an application of the coordinators' workflow site."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from viewflow.urls import Application

from workflows.registry.permissions import is_coordinator

from . import views


class HelpRequestInbox(Application):
    app_name = "help_inbox"
    title = _("Help request inbox")
    icon = "move_to_inbox"
    menu_template_name = "help_requests/inbox/menu.html"
    # Its pages say in the page what was done; viewflow's toast would say it twice.
    shows_messages = True

    def has_view_permission(self, user, obj=None):
        # viewflow refuses (403) whoever this denies before the view runs, so an anonymous
        # visitor passes here and is sent to log in by the view itself.
        return not user.is_authenticated or is_coordinator(user)

    index_path = path("", views.InboxView.as_view(), name="index")
    history_path = path("<int:pk>/", views.HistoryView.as_view(), name="history")
