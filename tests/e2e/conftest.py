"""Real-browser tests: the portal's own server with the demo content, driven by Chromium.

The server is a separate process (`manage.py runserver`) on a free loopback port, on a fresh
database seeded with `seed_demo`: PostgreSQL when DATABASE_URL points at it (CI), else a
temporary SQLite file. The browser is Debian's Chromium; Playwright never downloads one.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-dev-shm-usage",
    # Stop Chromium's background look-ups of outside hosts; only loopback exists here.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]
# Its own name lets two checkouts run their browser tests side by side.
E2E_DATABASE = os.environ.get("E2E_DATABASE", "talkoo_e2e")


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fresh_database_url(tmp_path):
    """A new, empty database for this run: PostgreSQL beside DATABASE_URL's, or SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_path / 'e2e.sqlite3'}"
    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{E2E_DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{E2E_DATABASE}"')
    return urlunsplit(parts._replace(path=f"/{E2E_DATABASE}"))


def _wait_until_serving(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The portal exited with {process.returncode} while starting.")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"The portal did not answer at {url} within {timeout} s.")


@pytest.fixture(scope="session")
def portal_url(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("portal")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": _fresh_database_url(tmp_path),
        "MEDIA_ROOT": str(tmp_path / "media"),
        # As visitors see it: our own 404 page, not Django's debug page.
        "DEBUG": "false",
    }
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--no-input", "-v", "0"], ["seed_demo", "-v", "0"]):
        done = subprocess.run(manage + command, cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    port = _free_port()
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115 -- open for the server's lifetime
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(f"{url}/fi/", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.fixture(scope="session")
def base_url(portal_url):
    """pytest-playwright resolves page.goto("/fi/") against this."""
    return portal_url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "fi-FI"}
