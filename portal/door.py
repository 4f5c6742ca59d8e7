"""The staff door: one sign-in for coordinators and editors that takes each person where
their work is.

It is Wagtail's own sign-in (its form, "remember me" and password reset), served at
/admin/login/ where Wagtail, Django and viewflow all send a visitor who must sign in, and
routed by role: a coordinator to the help-request inbox, an editor to Wagtail's dashboard,
someone who is both to a choice of the two. A place the person may not go (a coordinator
who typed /admin/) is never a destination: they are taken to their own work instead of
being told, in the sign-in form's words, that they lack permission.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.views import account
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from workflows.registry.logins import LockoutMessageMixin, ThrottledPasswordResetMixin
from workflows.registry.permissions import edits_website, is_coordinator

from .work import WORKPLACE_URL, waiting_work

ADMIN_PREFIX = "/admin/"
WORKPLACE_PREFIX = "/workflows/"


def where_work_is(user):
    """The address of `user`'s work: a choice for those with both roles, the help-request
    inbox for a coordinator, Wagtail's dashboard for an editor, and My volunteering for a
    volunteer who came to the staff door."""
    coordinates = is_coordinator(user)
    if coordinates and edits_website(user):
        return reverse("choose_work")
    if coordinates:
        return str(WORKPLACE_URL)
    if edits_website(user):
        return reverse("wagtailadmin_home")
    return reverse("my_volunteering:home")


def may_open(user, url):
    """Whether the staff place at `url` is `user`'s: the admin an editor's, the workplace a
    coordinator's. Elsewhere each page decides for itself."""
    if url.startswith(ADMIN_PREFIX):
        return edits_website(user)
    if url.startswith(WORKPLACE_PREFIX):
        return is_coordinator(user)
    return True


class StaffLoginForm(LockoutMessageMixin, LoginForm):
    """Wagtail's sign-in form; too many failures lock the account or address for a while, and
    the form says until when."""


class SignInView(account.LoginView):
    template_name = "portal/sign_in.html"

    def get_form_class(self):
        return StaffLoginForm

    def destination(self):
        """Where the sign-in was asked to lead (`next`), if it is safe and `user`'s to open.
        Wagtail's form sends its dashboard when nobody asked for anything: that is no wish."""
        wanted = self.get_redirect_url()
        if wanted in ("", reverse("wagtailadmin_home")):
            return None
        return wanted if may_open(self.request.user, wanted) else None

    def get_success_url(self):
        return self.destination() or where_work_is(self.request.user)

    def get(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and (is_coordinator(user) or edits_website(user)):
            destination = self.destination()
            if not destination and self.get_redirect_url():
                # Sent here from a place that is not theirs: what is pending is that place's
                # refusal ("no permission"), which would read as a wrong password. Say instead
                # where they are.
                list(messages.get_messages(request))
                messages.info(request, _("That page is not part of your work; here is your own."))
            return redirect(destination or where_work_is(user))
        # Anyone else, a volunteer signed in on the public site included, gets the form, and
        # may sign in with a staff account.
        return super(account.LoginView, self).get(request, *args, **kwargs)


class ChooseWorkView(WagtailAdminTemplateMixin, TemplateView):
    """For someone who both coordinates and edits: which work to open."""

    template_name = "portal/choose_work.html"
    page_title = _("Where would you like to start?")
    header_icon = "home"
    breadcrumbs_items = []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["work"] = waiting_work(self.request.user)
        context["workplace_url"] = WORKPLACE_URL
        return context


class StaffPasswordResetView(ThrottledPasswordResetMixin, account.PasswordResetView):
    """Wagtail's password reset for staff, a few an hour per address and per e-mail address."""
