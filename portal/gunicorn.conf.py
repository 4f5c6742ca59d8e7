"""gunicorn's settings for production: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`.

The Dockerfile, compose.yaml and `make prod-smoke` all start the web process with this file,
so what the smoke test proves is what runs. Overridable from the environment:
WEB_CONCURRENCY (gunicorn's own: worker processes) and GUNICORN_BIND.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
# A request that takes longer than this is stuck (slow work runs on the job runner): the
# worker is killed and replaced rather than holding its slot for ever.
timeout = 30
# On a restart or deploy, requests in flight get this long to finish.
graceful_timeout = 30
keepalive = 5
# Recycle each worker after about a thousand requests, so that a slow leak never grows; the
# jitter keeps the workers from all restarting at once.
max_requests = 1000
max_requests_jitter = 100
# The reverse proxy in front sets X-Forwarded-Proto; only it can reach gunicorn.
forwarded_allow_ips = "*"
# Access and error logs to standard output and error, for the container runtime.
accesslog = "-"
errorlog = "-"
