"""What every process's tests ask of a process: the steps it waits at now."""

from viewflow.workflow.status import STATUS


def open_steps(process):
    """The names of the steps `process` waits at now (a timer is not a step), sorted."""
    tasks = process.task_set.filter(status__in=[STATUS.NEW, STATUS.ASSIGNED])
    return sorted(task.flow_task.name for task in tasks if task.flow_task_type != "TIMER")
