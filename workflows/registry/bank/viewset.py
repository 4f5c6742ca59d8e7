"""The knowledge bank as an application of the coordinators' workflow site."""

from django.urls import path, re_path
from django.utils.translation import gettext_lazy as _

from viewflow.urls import Application

from ..permissions import is_coordinator
from . import organisations, stalled, status, views


class KnowledgeBankApp(Application):
    app_name = "bank"
    title = _("Knowledge bank")
    icon = "contacts"
    menu_template_name = "registry/bank/menu.html"
    # Its pages say in the page what was done; viewflow's toast would say it twice.
    shows_messages = True

    def has_view_permission(self, user, obj=None):
        # viewflow refuses (403) whoever this denies before the view runs, so an anonymous
        # visitor passes here and is sent to log in by the view itself.
        return not user.is_authenticated or is_coordinator(user)

    index_path = path("", views.VolunteerListView.as_view(), name="index")
    detail_path = path("<int:pk>/", views.VolunteerDetailView.as_view(), name="detail")
    erase_path = path("<int:pk>/erase/", views.EraseView.as_view(), name="erase")
    # Pause, resume, move to the reserve, end: one page and one POST each.
    status_path = re_path(
        r"^(?P<pk>[0-9]+)/status/(?P<door>pause|resume|reserve|end)/$",
        status.StatusDoorView.as_view(),
        name="status",
    )
    export_path = path("contacts.csv", views.ExportView.as_view(), name="export")
    organisations_path = path(
        "organisations/", organisations.OrganisationListView.as_view(), name="organisations"
    )
    stalled_path = path("onboarding/", stalled.StalledOnboardingView.as_view(), name="stalled")
