"""Taking a waiting step of a process from code: the one place that does it.

Most steps are taken on a page viewflow serves (a coordinator's task page). The others are
taken from our own code: a volunteer answers an offer in My volunteering, a resident answers a
question on their private page, the roll completes an onboarding's orientation step, scripts
and the demo take a coordinator's step. Each process's services say what the step stores (a
function of the process that returns what the task's history keeps); this module finds the
waiting task under the flow's lock and completes it the way viewflow would. Nothing else calls
an activation's `run()` or `execute()`. Starting a process is the other way in: each package's
`flows.py` holds the few functions that call `Flow.start.run()`.

Three kinds of waiting step:
- `run_handle`: a `flow.Handle` task, waiting for someone outside the coordinators' site
  (the volunteer, the resident, the roll);
- `take_step`: a coordinator's step, claimed and completed as `user`, who must be allowed it;
- `complete_own_step`: a `flow.View` task assigned to one person (the volunteer's own steps in
  onboarding), completed by that person.

`claim` only takes a coordinator's step for someone, to open it next: a step page's "take the
next step" does that once its own step is done.
"""

from django.db import transaction
from django.utils import timezone

from viewflow.workflow.exceptions import FlowRuntimeError
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

OPEN = (STATUS.NEW, STATUS.ASSIGNED)
FINISHED = (STATUS.DONE, STATUS.CANCELED, STATUS.REVIVED)


class NotYourTurn(Exception):
    """The step is not waiting for this person: done, timed out, cancelled, not reached yet, or
    someone else's."""


def waiting_task(process, step, statuses=OPEN):
    """The open task at node `step` (its name) of `process`, the newest; None when there is none
    (or no process)."""
    if process is None:
        return None
    return (
        process.task_set.filter(status__in=statuses, flow_task=getattr(process.flow_class, step))
        .order_by("-created")
        .first()
    )


def run_handle(process, step, apply):
    """Complete `process`'s waiting `flow.Handle` task `step` with `apply(process)`, which
    stores what was given and returns what the task's history keeps. Returns False when the
    step is not waiting (done, timed out or cancelled), also when that happened while we waited
    for the flow's lock; nothing is stored then."""
    with transaction.atomic():
        task = waiting_task(process, step, statuses=[STATUS.NEW])
        if task is None:
            return False
        with task.activation() as activation:
            if not activation.run.can_proceed():
                return False

            def run(act):
                act.task.data = apply(act.process)
                return act.process

            activation.run(run)
            activation.execute()
    return True


def take_step(process, step, user, record):
    """`user` claims and completes the coordinator's `step` of `process` as its task page
    would: `record(process)` stores the step's decision and returns what the task's history
    keeps. Returns False when the step is not waiting for a coordinator, or not one `user` may
    take (viewflow's `assign` does not check this itself)."""
    with transaction.atomic():
        task = waiting_task(process, step, statuses=[STATUS.NEW])
        if task is None or not task.flow_task.can_assign(user, task):
            return False
        complete(task, user, record)
    return True


def claim(task, user):
    """`user` takes the coordinator's `task` that waits for one, to do it next, as its claim
    page would: under the flow's lock, only while nobody holds it and only if `user` may.
    Returns whether they hold it now."""
    with transaction.atomic(), task.activation() as activation:
        if not activation.assign.can_proceed() or not task.flow_task.can_assign(user, task):
            return False
        task.assigned = timezone.now()  # viewflow does not note when a step was taken
        activation.assign(user)
    return True


def complete_own_step(process, step, user, record):
    """`user` completes the `step` of `process` that waits assigned to them (the volunteer's
    own steps). Returns False when no such step waits for `user`."""
    with transaction.atomic():
        task = waiting_task(process, step, statuses=[STATUS.ASSIGNED])
        if task is None or task.owner_id != user.pk:
            return False
        complete(task, user, record)
    return True


def complete(task, user, record):
    """Complete the waiting `flow.View` `task` as `user` would on its page, claiming it first
    if nobody has: `record(process)` stores what was decided. The caller has checked that
    `user` may, and holds the transaction."""
    with task.activation() as activation:
        if task.status == STATUS.NEW:
            activation.assign(user)
        activation.start(request=None)
        activation.task.data = record(activation.process)
        activation.execute()


def reopen(process, step, after):
    """Take back the done `step` of `process` whose next step, `after`, still waits and has
    not been taken: `after` is cancelled, `step` undone and opened again as a new waiting
    task, as viewflow's own cancel, undo and revive do. Returns the new task, or None (and
    changes nothing) when `step` was not done or `after` has moved on."""
    with transaction.atomic():
        waiting = waiting_task(process, after, statuses=[STATUS.NEW, STATUS.ASSIGNED])
        done = waiting_task(process, step, statuses=[STATUS.DONE])
        if waiting is None or done is None:
            return None
        with waiting.activation() as activation:
            activation.cancel()
        with done.activation() as activation:
            activation.undo()
        done.refresh_from_db()
        with done.activation() as activation:
            activation.revive()
        task = waiting_task(process, step, statuses=[STATUS.NEW])
        task.data = {}
        task.save(update_fields=["data"])
        return task


def cancel(process):
    """End `process` and its open tasks, as viewflow's own cancel does."""
    process.flow_class.instance.cancel(process)


def forget(processes, fields):
    """What erasing a person leaves of their `processes` (a queryset of one process model):
    the open ones end, their text `fields` and every step's recorded data are blanked."""
    for process in processes.exclude(status__in=[PROCESS.DONE, PROCESS.CANCELED]):
        try:
            cancel(process)
        except FlowRuntimeError:
            # A step someone has open right now cannot be cancelled the ordinary way.
            now = timezone.now()
            process.task_set.exclude(status__in=FINISHED).update(
                status=STATUS.CANCELED, finished=now
            )
            process.status, process.finished = PROCESS.CANCELED, now
            process.save(update_fields=["status", "finished"])
    processes.update(data={}, **dict.fromkeys(fields, ""))
    Task.objects.filter(process__in=processes.values("pk")).update(data={})
