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


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_production_refuses_to_start_without_a_required_variable(missing):
    given = {name: value for name, value in REQUIRED.items() if name != missing}
    result = load_production_settings(**given)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr.splitlines()[-1]


def test_production_starts_with_every_required_variable():
    result = load_production_settings(**REQUIRED)
    assert result.returncode == 0, result.stderr
