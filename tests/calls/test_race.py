"""Eight callers asking for their next calls at the same moment never share a resident
(PostgreSQL's row locks; see workflows.calls.pool)."""

import itertools

from tests.factories import KindOfHelpFactory
from tests.helpers.calls import add_residents, make_caller, open_campaign
from tests.helpers.races import RACE, at_once
from workflows.calls import pool

pytestmark = RACE


def test_eight_callers_at_once_never_share_a_resident(home, coordinator, settings):
    settings.CALL_BATCH_SIZE = 5
    calling = KindOfHelpFactory(name="Soitot", slug="soitot-kilpa")
    campaign = open_campaign(home.get_site(), coordinator, calling)
    add_residents(campaign, 30)
    callers = [make_caller(calling, first_name=f"Soittaja{n}").user for n in range(8)]

    def ask(user):
        return lambda: [resident.pk for resident in pool.next_calls(campaign, user)]

    batches = at_once(*(ask(user) for user in callers))
    given = list(itertools.chain.from_iterable(batches))
    assert len(given) == len(set(given)) == 30
    assert all(len(batch) <= 5 for batch in batches)
