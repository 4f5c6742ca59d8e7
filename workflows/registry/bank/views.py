"""The volunteers in the knowledge bank: the list, one volunteer, the contact list, erasure."""

from django.contrib import messages
from django.db.models import Exists, Prefetch
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views import generic

from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from .. import audit, status
from ..erasure import erase
from ..models import Consent, StatusChange, TrainingRecord
from ..staff import CoordinatorRequiredMixin, NoStoreMixin
from . import display
from .export import contacts_csv
from .filters import VolunteerFilterForm, standing_contact_sharing, visible_volunteers, with_related


class BankPage(NoStoreMixin, CoordinatorRequiredMixin):
    refusal = _("The knowledge bank is for the municipality's coordinators.")


class VolunteerListView(BankPage, generic.ListView):
    template_name = "registry/bank/volunteer_list.html"
    paginate_by = 50

    def get_queryset(self):
        self.form = VolunteerFilterForm(self.request.GET)
        return with_related(self.form.filter(visible_volunteers(self.request.user)))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["rows"] = [display.row(v, self.form.names) for v in context["object_list"]]
        context["erasure_requests"] = (
            visible_volunteers(self.request.user).filter(erasure_requested_at__isnull=False).count()
        )
        return context


class ExportView(BankPage, generic.View):
    """The filtered list's contacts, of those who agreed to share them only."""

    def get(self, request):
        form = VolunteerFilterForm(request.GET)
        volunteers = form.filter(visible_volunteers(request.user)).filter(
            Exists(standing_contact_sharing())
        )
        return contacts_csv(with_related(volunteers, trainings=False), form.names)


class VolunteerMixin(BankPage):
    """One volunteer of the user's municipalities; anyone else's is not found (404)."""

    context_object_name = "volunteer"

    def get_queryset(self):
        return visible_volunteers(self.request.user)


class VolunteerDetailView(VolunteerMixin, generic.DetailView):
    template_name = "registry/bank/volunteer_detail.html"

    def get_queryset(self):
        open_tasks = STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED
        return (
            super()
            .get_queryset()
            .select_related("organisation", "site")
            .prefetch_related(
                "kinds_of_help",
                "areas",
                Prefetch("trainings", TrainingRecord.objects.select_related("training")),
                Prefetch("consents", Consent.objects.order_by("purpose", "given_at")),
                Prefetch("status_changes", StatusChange.objects.select_related("changed_by")),
                "thanks",
                Prefetch("certificates", to_attr="certificates_given"),
                Prefetch(
                    "onboardings__task_set",
                    Task.objects.filter(status__in=open_tasks).select_related("owner"),
                    to_attr="open_tasks",
                ),
            )
        )

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # The page shows their contact details and the reasons on their history.
        audit.log_view(request, self.object)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        volunteer = self.object
        form = VolunteerFilterForm()
        context["row"] = display.row(volunteer, form.names)
        context["history"] = history = list(volunteer.status_changes.all())
        latest = history[0] if history else None
        context["current"] = latest if latest and latest.to_status == volunteer.status else None
        context["doors"] = status.doors_open(volunteer)
        context["onboardings"] = [
            (process, process.flow_class.instance.reverse("process_detail", args=[process.pk]))
            for process in sorted(
                volunteer.onboardings.all(), key=lambda p: p.created, reverse=True
            )
        ]
        return context


class EraseView(VolunteerMixin, generic.DetailView):
    """Confirm, then erase a volunteer's personal data (a POST, after a confirmation page)."""

    template_name = "registry/bank/volunteer_erase.html"

    def post(self, request, *args, **kwargs):
        volunteer = self.get_object()
        name = display.full_name(volunteer)
        erase(volunteer)
        messages.success(
            request, _("The personal data of %(name)s has been erased.") % {"name": name}
        )
        return redirect("bank:index")
