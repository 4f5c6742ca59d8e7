import datetime
from decimal import Decimal

from django.utils import timezone

import pytest

from tests.factories import AreaFactory, KindOfHelpFactory, VolunteerFactory
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.models import HelpRequest, Report
from workflows.registry.models import Volunteer


@pytest.fixture
def active(home):
    """An active volunteer who signed up half a year ago and writes Swedish."""
    return VolunteerFactory(
        status=Volunteer.Status.ACTIVE,
        preferred_language="sv",
        user__first_name="Stina",
        created_at=timezone.now() - datetime.timedelta(days=180),
    )


@pytest.fixture
def report_hours(home):
    kind, area = KindOfHelpFactory(), AreaFactory()

    def report(volunteer, hours, outcome=Report.Outcome.DONE):
        request = HelpRequest.objects.create(
            flow_class=HelpRequestFlow,
            site=volunteer.site,
            requester_name="Elsa",
            kind_of_help=kind,
            area=area,
            needed_on=timezone.localdate(),
            description="Apua kauppaan.",
            privacy_notice_version="1",
        )
        return Report.objects.create(
            help_request=request,
            volunteer=volunteer,
            done_on=timezone.localdate(),
            hours=Decimal(hours),
            outcome=outcome,
        )

    return report
