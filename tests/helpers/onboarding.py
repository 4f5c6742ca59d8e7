"""An applicant's onboarding as its tests look at it: by the volunteer, not the process."""

from viewflow.workflow.status import STATUS

from tests.helpers import processes
from workflows.onboarding import services
from workflows.onboarding.flows import OnboardingFlow


def open_task(volunteer, step):
    """The volunteer's onboarding task waiting at `step`."""
    process = services.latest(volunteer)
    return process.task_set.get(
        flow_task=getattr(OnboardingFlow, step), status__in=[STATUS.NEW, STATUS.ASSIGNED]
    )


def open_steps(volunteer):
    """The steps the volunteer's latest onboarding waits at now."""
    return processes.open_steps(services.latest(volunteer))
