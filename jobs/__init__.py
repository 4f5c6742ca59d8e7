"""Background work: what runs on the job runner rather than inside a request.

The runner is django-tasks with its database backend (`django_tasks_db`, worker:
`manage.py db_worker`), the same framework Wagtail sends its own indexing and cache work
through. This app adds the three things that engine leaves to its user:

- `retries`: a failed task goes back to the queue with a growing delay, up to
  `TASKS_MAX_ATTEMPTS`; a task left running by a worker that died is put back too.
- `mail`: an e-mail backend that queues each message as a task, so that a mail relay that is
  down delays e-mail instead of failing the request that sent it.
- `schedule` and `run_scheduler`: one scheduler process that queues the periodic management
  commands (viewflow's timers every minute, the daily jobs) and leaves a heartbeat that the
  readiness check reads.

It imports no other app of the portal: commands are run by name.
"""
