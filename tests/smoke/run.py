"""`make prod-smoke`: run what compose.yaml runs, on this machine, and drive a help request.

    python -m tests.smoke.run [--without-scheduler] [--keep] [--reuse-db]

1. A fresh PostgreSQL database (`talkoo_smoke`, or SMOKE_DATABASE) and Redis database
   (SMOKE_REDIS_URL, default db 5), an SMTP server on a loopback port.
2. compose.yaml's `migrate` command, then `collectstatic` as the Dockerfile runs it.
3. compose.yaml's `web`, `worker` and `scheduler` commands and Caddy with deploy/Caddyfile,
   all under portal.settings.production.
4. /readyz through the proxy, media served and documents not, then the journey (journey.py).

`--without-scheduler` leaves the scheduler out, to see the test fail as it must (the
readiness check and the offer's lapse both wait for it). Exits non-zero on any failure, with
the end of every process's log.
"""

import argparse
import logging
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import redis

from tests.smoke.processes import (
    SERVICES,
    Mailbox,
    Servers,
    compose_commands,
    free_port,
    get,
    local,
    wait_until,
)

POSTGRES = os.environ.get("SMOKE_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("SMOKE_DATABASE", "talkoo_smoke")
REDIS_URL = os.environ.get("SMOKE_REDIS_URL", "redis://127.0.0.1:6379/5")


TEMPLATE = f"{DATABASE}_migrated"


def postgres(*statements):
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def fresh_database(reuse):
    """An empty database; with `reuse`, a copy of the last run's migrated one. True when it
    is already migrated."""
    redis.Redis.from_url(REDIS_URL).flushdb()
    postgres(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    if reuse:
        try:
            postgres(f'CREATE DATABASE "{DATABASE}" TEMPLATE "{TEMPLATE}"')
            return True
        except psycopg.errors.InvalidCatalogName:
            pass
    postgres(f'CREATE DATABASE "{DATABASE}"')
    return False


def keep_migrated_copy():
    postgres(
        f'DROP DATABASE IF EXISTS "{TEMPLATE}"',
        f'CREATE DATABASE "{TEMPLATE}" TEMPLATE "{DATABASE}"',
    )


def production_env(tmp, mailbox, proxy_port, web_port):
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "TASKS_"))},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "TALKOO_ENV_FILE": os.devnull,  # a developer's .env must not change what is proven
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "REDIS_URL": REDIS_URL,
        "EMAIL_URL": f"smtp://127.0.0.1:{mailbox.port}",
        "DEFAULT_FROM_EMAIL": "Talkoo <noreply@talkoo.example.fi>",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{proxy_port}",
        "MEDIA_ROOT": str(tmp / "media"),
        "GUNICORN_BIND": f"127.0.0.1:{web_port}",
        "WEB_CONCURRENCY": "2",
        # Plain http on loopback; everything else as in production.
        "SECURE_SSL_REDIRECT": "false",
        # A task a killed worker left is put back after a minute, not ten.
        "TASKS_ABANDONED_AFTER_MINUTES": "1",
        "LOG_LEVEL": "INFO",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without-scheduler", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the logs' directory")
    parser.add_argument(
        "--reuse-db",
        action="store_true",
        help="start from the last run's migrated database and static files (minutes faster)",
    )
    args = parser.parse_args()
    started = time.monotonic()

    def say(text):
        print(f"[{time.monotonic() - started:5.0f} s] {text}", flush=True)

    tmp = Path(tempfile.mkdtemp(prefix="talkoo-smoke-"))
    (tmp / "logs").mkdir()
    mailbox = Mailbox()
    mailbox.start()
    proxy_port, web_port = free_port(), free_port()
    env = production_env(tmp, mailbox, proxy_port, web_port)
    static_root = Path(tempfile.gettempdir()) / f"{DATABASE}-static"
    env["STATIC_ROOT"] = str(static_root)
    servers = Servers(env, tmp / "logs", proxy_port, web_port, tmp / "media")
    commands = compose_commands()
    failed = True
    try:
        if fresh_database(args.reuse_db) and (static_root / "staticfiles.json").exists():
            say("reused the last run's migrated database and static files")
        else:
            servers.run_once("migrate", local(commands["migrate"]))
            keep_migrated_copy()
            collectstatic = ["python", "manage.py", "collectstatic", "--no-input", "-v", "0"]
            servers.run_once("collectstatic", local(collectstatic))
            say("migrated a fresh database and collected static files")
        for name in SERVICES:
            if name == "scheduler" and args.without_scheduler:
                continue
            servers.start(name, local(commands[name]))
        servers.start_proxy()
        base = f"http://127.0.0.1:{proxy_port}"
        wait_until(lambda: get(f"{base}/healthz")[0] == 200, 180, "gunicorn behind Caddy")
        say(f"started {', '.join(servers.running)} with the production settings")

        # This process is the one-off command (`manage.py shell`) that sets the site up and
        # takes the coordinators' steps, with the same settings and database.
        os.environ.update(env)
        import django

        django.setup()
        logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's every command
        from tests.smoke import journey

        people = journey.seed(proxy_port)
        wait_until(lambda: get(f"{base}/readyz")[0] == 200, 120, "/readyz to answer ok")
        journey.check_health_and_media(base, tmp / "media")
        say("/readyz answers ok through the proxy; images are served, documents are not")
        journey.drive(base, mailbox, people, say)
        journey.kill_worker_during_send(servers, local(commands["worker"]), mailbox, say)
        servers.check_alive()
        failed = False
    except Exception as error:  # noqa: BLE001 -- report whatever failed, with the logs
        print(f"prod-smoke FAILED: {error!r}", flush=True)
        servers.tail()
    finally:
        servers.stop_all()
        mailbox.stop()
        for number, (_, message) in enumerate(mailbox.messages, 1):
            (tmp / "logs" / f"mail-{number}.eml").write_bytes(message.as_bytes())
        if args.keep or failed:
            print(f"Logs in {tmp / 'logs'}")
    e_mails = len(mailbox.messages)
    say(f"{e_mails} e-mail(s) reached the SMTP server")
    print("prod-smoke: 0 passed, 1 failed" if failed else "prod-smoke: 1 passed, 0 failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
