"""How viewflow's lists of a process show its steps where coordinators work from them: the
board (the flow's dashboard, /workflows/<flow>/), the queue and the list of all its steps (and
what waits on a process's page).

- The longest waiting come first: a coordinator works from the top.
- A flow may say which of its waiting steps are stalled (`stalled_steps()`, a condition on
  its tasks, e.g. onboarding's ONBOARDING_STALLED_AFTER_DAYS); the board marks them.
- A step nobody has taken is taken and opened in one click: a small form posting to
  viewflow's own claim page with "_continue", as the help inbox does, so that it works without
  JavaScript. A step the coordinator holds opens; any other shows its details.

`workflows.scoping` puts these into viewflow's views of each municipality's flow.
"""

from django.db.models import BooleanField, ExpressionWrapper, Value
from django.middleware.csrf import get_token
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.status import STATUS

LONGEST_WAITING_FIRST = ("created", "pk")


def waiting_longest_first(flow, tasks):
    """`tasks` of `flow` for a board: the longest waiting first, each with `stalled` by the
    flow's own rule (False where it has none)."""
    rule = getattr(flow, "stalled_steps", None)
    stalled = Value(False) if rule is None else ExpressionWrapper(rule(), BooleanField())
    return tasks.order_by(*LONGEST_WAITING_FIRST).annotate(stalled=stalled)


def step_action(task, user):
    """What `user` can do with `task` from a list: ("take", its claim address) for a step
    nobody holds that they may take; ("open", its form) for one they hold; else ("see", its
    details), or None when they may not even see it."""
    node, args = task.flow_task, [task.process_id, task.pk]

    def may(action):
        # Only a person's steps can be taken or opened; a step that waits for something
        # outside (a Handle, a timer) has neither.
        check = getattr(node, f"can_{action}", None)
        return check is not None and check(user, task)

    if task.status == STATUS.NEW and may("assign"):
        return "take", node.reverse("assign", args=args)
    if task.status in (STATUS.ASSIGNED, STATUS.STARTED) and may("execute"):
        return "open", node.reverse("execute", args=args)
    if may("view"):
        return "see", node.reverse("detail", args=args)
    return None


def take_or_open(request, task):
    """The HTML of `task`'s action for the user of `request`; it names the step and whom it
    is for, for those who hear the button or link out of its row or card."""
    action = step_action(task, request.user)
    if action is None:
        return ""
    kind, url = action
    label = f"{task.flow_task.task_title}, {task.brief}"
    if kind == "take":
        return format_html(
            '<form method="post" action="{}" class="worklist__take">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<button type="submit" name="_continue" value="1" class="mdc-button '
            'mdc-button--raised">{}<span class="worklist__hidden">: {}</span></button></form>',
            url,
            get_token(request),
            _("Take and open"),
            label,
        )
    text = _("Continue") if kind == "open" else _("See the step")
    return format_html(
        '<a href="{}">{}<span class="worklist__hidden">: {}</span></a>', url, text, label
    )


class TakeOrOpen:
    """A viewflow list of one flow's tasks (queue, all steps) whose first column takes and
    opens a step in one click, or opens it, instead of viewflow's "#12/345" link to a page
    that asks again; waiting steps are listed the longest waiting first."""

    ordering = LONGEST_WAITING_FIRST

    def task_id(self, task):
        return take_or_open(self.request, task)

    task_id.short_description = _("Actions")


def takes_or_opens(view_class):
    """viewflow's list `view_class` with `TakeOrOpen`."""
    return type(view_class.__name__, (TakeOrOpen, view_class), {})
