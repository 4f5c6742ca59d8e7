"""Production settings refuse to start without what a real deployment must set."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "SECRET_KEY": "x" * 60,
    "DATABASE_URL": "postgres://talkoo@127.0.0.1:5432/talkoo",
    "ALLOWED_HOSTS": "talkoo.example.fi",
    "EMAIL_URL": "smtp+tls://talkoo:secret@smtp.example.fi:587",
}


def load_production_settings(**variables):
    env = {k: v for k, v in os.environ.items() if k not in REQUIRED}
    # A developer's own .env must not fill in what the test leaves out.
    env.update(
        variables, DJANGO_SETTINGS_MODULE="portal.settings.production", TALKOO_ENV_FILE=os.devnull
    )
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    given = {name: value for name, value in REQUIRED.items() if name != missing}
    result = load_production_settings(**given)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr.splitlines()[-1]


def test_production_starts_with_every_required_variable():
    result = load_production_settings(**REQUIRED)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("email_url", ["consolemail://", "dummymail://", "filemail:///tmp/mail"])
def test_production_refuses_an_email_url_that_does_not_send(email_url):
    result = load_production_settings(**{**REQUIRED, "EMAIL_URL": email_url})
    assert result.returncode != 0
    assert "EMAIL_URL" in result.stderr.splitlines()[-1]


def test_production_refuses_the_public_development_secret_key():
    result = load_production_settings(**{**REQUIRED, "SECRET_KEY": "dev-only-not-secret-talkoo"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr.splitlines()[-1]
