"""My volunteering, inside the public site's language prefix: /fi/oma-vapaaehtoisuus/,
/sv/mitt-frivilligarbete/ (the path is translated like any other string)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import calls, certificates, offers, pause, trainings, views

app_name = "my_volunteering"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("log-in/"), views.LogInView.as_view(), name="login"),
    path(_("log-out/"), views.LogOutView.as_view(), name="logout"),
    path(_("details/"), views.details, name="details"),
    path(_("answer/"), views.answer, name="answer"),
    path(_("agreement/"), views.agreement, name="agreement"),
    path(_("my-data.json"), views.export, name="export"),
    path(_("leave/"), views.leave, name="leave"),
    # A break from volunteering, and coming back from it.
    path(_("break/"), pause.take_break, name="take_break"),
    path(_("break/over/"), pause.come_back, name="come_back"),
    # Help requests offered to the volunteer and taken on by them.
    path(_("tasks/<int:pk>/"), offers.task, name="task"),
    path(_("offer/<str:token>/"), offers.offer_link, name="offer_link"),
    # "How are you?" calls: the caller's next calls, and one resident's call card.
    path(_("calls/"), calls.calls, name="calls"),
    path(_("calls/<int:pk>/"), calls.call, name="call"),
    # Trainings and gatherings: enrolling in a session, and the volunteer's enrolments.
    path(_("trainings/sessions/<int:pk>/enrol/"), trainings.enrol, name="training_enrol"),
    path(_("trainings/<int:pk>/confirm/"), trainings.confirm, name="training_confirm"),
    path(_("trainings/<int:pk>/cancel/"), trainings.cancel, name="training_cancel"),
    path(_("trainings/<int:pk>/feedback/"), trainings.feedback, name="training_feedback"),
    path(_("trainings/<int:pk>/calendar.ics"), trainings.session_event, name="training_event"),
    # A certificate of one's volunteering, which a coordinator approves.
    path(_("certificate/"), certificates.request_certificate, name="certificate_request"),
    # The volunteer's sessions as a calendar feed; the token is the key, no login.
    path(_("calendar/<str:token>.ics"), trainings.calendar_feed, name="calendar_feed"),
    # A forgotten password is reset by e-mail, with Django's own views.
    path(_("password/"), views.PasswordResetView.as_view(), name="password_reset"),
    path(_("password/sent/"), views.PasswordResetSentView.as_view(), name="password_reset_sent"),
    path(
        _("password/<uidb64>/<token>/"),
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(_("password/done/"), views.PasswordResetDoneView.as_view(), name="password_reset_done"),
]
