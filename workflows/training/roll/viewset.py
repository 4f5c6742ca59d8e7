"""The trainings as an application of the coordinators' workflow site."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from viewflow.urls import Application

from workflows.registry.permissions import is_coordinator

from . import views


class TrainingsApp(Application):
    app_name = "trainings"
    title = _("Trainings")
    icon = "event"
    menu_template_name = "training/roll/menu.html"
    # Its pages say in the page what was done; viewflow's toast would say it twice.
    shows_messages = True

    def has_view_permission(self, user, obj=None):
        # viewflow refuses (403) whoever this denies before the view runs, so an anonymous
        # visitor passes here and is sent to log in by the view itself.
        return not user.is_authenticated or is_coordinator(user)

    index_path = path("", views.SessionListView.as_view(), name="index")
    add_path = path("new/", views.SessionCreateView.as_view(), name="add")
    roll_path = path("<int:pk>/", views.RollView.as_view(), name="roll")
    seats_path = path("<int:pk>/seats/", views.SeatsView.as_view(), name="seats")
    cancel_path = path("<int:pk>/cancel/", views.CancelView.as_view(), name="cancel")
    correct_path = path(
        "<int:pk>/correct/<int:enrolment>/", views.CorrectView.as_view(), name="correct"
    )
