"""Thanks and the status doors: a volunteer on a break, or in the reserve, is still thanked at
a milestone, as the thank-you process intends; one whose volunteering has ended is not."""

import pytest

from workflows.registry import status
from workflows.thanks import flows
from workflows.thanks.models import Thanks

pytestmark = pytest.mark.django_db


def test_a_volunteer_paused_through_the_door_is_still_thanked_at_a_milestone(
    active, report_hours, coordinator
):
    report_hours(active, "11")
    status.open_door(active, status.DOORS["pause"], coordinator, reason="Loma")
    assert flows.start_due() == 2
    keys = Thanks.objects.filter(volunteer=active).values_list("milestone_key", flat=True)
    assert sorted(keys) == ["first_task", "hours:10"]


def test_a_volunteer_on_a_break_of_their_own_is_thanked_too(active, report_hours):
    report_hours(active, "11")
    status.take_break(active)
    assert flows.start_due() == 2


def test_a_volunteer_in_the_reserve_is_thanked_too(active, report_hours, coordinator):
    report_hours(active, "11")
    status.open_door(active, status.DOORS["reserve"], coordinator)
    assert flows.start_due() == 2


def test_a_volunteer_whose_volunteering_ended_is_not_thanked(active, report_hours, coordinator):
    report_hours(active, "11")
    status.open_door(active, status.DOORS["end"], coordinator, reason="Muutti pois")
    assert flows.start_due() == 0 and not Thanks.objects.exists()
