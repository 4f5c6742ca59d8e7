import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

from jobs.schedule import scheduler_is_alive

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """Liveness, and the speed ladder's trivial view: the app answers, through every
    middleware, and checks nothing else (cheap enough to ask every second)."""
    return HttpResponse("ok", content_type="text/plain")


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers():
    cache.set("readyz", "ok", 10)
    return cache.get("readyz") == "ok"


READINESS_CHECKS = {
    "database": database_answers,
    "cache": cache_answers,
    "scheduler": scheduler_is_alive,
}


@never_cache
def readyz(request):
    """Readiness, for the load balancer: the database and the cache answer and the scheduler
    has made a pass recently. The public answer is a bare ok or 503; which check failed, and
    why, goes to the log only."""
    failed = []
    for name, check in READINESS_CHECKS.items():
        try:
            healthy = check()
        except Exception:
            logger.exception("Readiness check %s raised", name)
            healthy = False
        if not healthy:
            failed.append(name)
    if failed:
        logger.error("Not ready: %s", ", ".join(failed))
        return HttpResponse("unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")
