# Talkoo — `make help` lists what you can do.
.DEFAULT_GOAL := help
SHELL := /bin/bash

# uv from the PATH, or installed into .tools/ on first use (needs only Python 3.11).
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
RUN := $(UV) run --frozen
MANAGE := $(RUN) python manage.py
CHROMIUM ?= /usr/bin/chromium
# Where `make demo` serves the portal (make demo PORT=8001); its links point there too.
PORT ?= 8000
# Values that only let `check --deploy` load the production settings; never used to serve.
DEPLOY_CHECK_ENV := DJANGO_SETTINGS_MODULE=portal.settings.production EMAIL_URL=smtp://mail.invalid:25 \
	SECRET_KEY=deploy-check-only-3b7e9c1f0a8d4e6f2a5c7b9d1e3f5a7c9b1d3e5f7a9c \
	DATABASE_URL=sqlite:////tmp/talkoo-deploy-check.sqlite3 ALLOWED_HOSTS=talkoo.example.fi

.PHONY: help install demo test lint checks pytest e2e bench prod-smoke messages clean

help: ## Show this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv

install: $(if $(filter .tools/bin/uv,$(UV)),.tools/bin/uv) ## Install Python and the dependencies into .venv (uv, locked)
	$(UV) sync --frozen

demo: install ## Start the portal with demo content at http://127.0.0.1:8000/ (SQLite)
	$(MANAGE) migrate --no-input
	$(MANAGE) compilemessages -i .venv -i .tools -v 0
	$(MANAGE) seed_demo --address 127.0.0.1:$(PORT)
	@echo
	@echo "  Talkoo demo: http://127.0.0.1:$(PORT)/  (Suomi /fi/, Svenska /sv/)"
	@echo "  Staff sign in at http://127.0.0.1:$(PORT)/admin/login/: coordinator lands on the inbox,"
	@echo "  editor on Wagtail's dashboard, admin chooses; volunteer and applicant log in under"
	@echo "  http://127.0.0.1:$(PORT)/fi/oma-vapaaehtoisuus/ (sv: /sv/mitt-frivilligarbete/);"
	@echo "  the password is talkoo-demo. (DEBUG=true make demo shows Django's debug pages.)"
	@echo
	@# What production runs beside the web process: the job runner's worker (e-mail, text
	@# messages, Wagtail's indexing) and the scheduler (viewflow's timers every minute, the
	@# daily jobs), on the same database; both stop when runserver stops.
	export TASKS_BACKEND=database; \
	$(MANAGE) db_worker --verbosity 0 & worker=$$!; \
	$(MANAGE) run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$scheduler' EXIT; \
	DEBUG=$${DEBUG:-false} WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) \
		$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install lint checks pytest ## Lint, run every gate and the whole test suite

lint: install ## ruff (lint and formatting) and import-linter (the layers in pyproject.toml)
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) lint-imports --no-cache

checks: install ## Django checks, migrations, translations, check --deploy on production settings
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check_translations
	$(DEPLOY_CHECK_ENV) $(RUN) python manage.py check --deploy --fail-level WARNING

pytest: install ## The pytest suite (PostgreSQL when DATABASE_URL is set, else SQLite)
	$(MANAGE) compilemessages -i .venv -i .tools -v 0
	$(RUN) pytest --ignore=tests/e2e --ignore=tests/smoke $(PYTEST_ARGS)

e2e: install ## Browser journeys and the WCAG 2.1 AA gate in Debian's Chromium (apt-get install chromium)
	@test -x $(CHROMIUM) || { echo "Chromium is missing: apt-get install chromium"; exit 1; }
	$(MANAGE) compilemessages -i .venv -i .tools -v 0
	$(RUN) pytest tests/e2e --screenshot=only-on-failure --output=test-results $(PYTEST_ARGS)

bench: install ## The speed ladder against gunicorn + PostgreSQL + Redis (apt-get install wrk)
	@command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
	$(MANAGE) compilemessages -i .venv -i .tools -v 0
	$(RUN) python -m bench.run $(BENCH_ARGS)

prod-smoke: install ## compose.yaml's processes here (production settings, PostgreSQL, Redis, Caddy, SMTP) drive a help request to done
	@command -v caddy >/dev/null || { echo "Caddy is missing: apt-get install caddy"; exit 1; }
	$(MANAGE) compilemessages -i .venv -i .tools -v 0
	$(RUN) python -m tests.smoke.run $(SMOKE_ARGS)

messages: install ## Update locale/ from the code, then compile
	$(MANAGE) makemessages -l fi -l sv -l en --no-location --no-obsolete -i .venv -i .tools -i tests
	$(MANAGE) compilemessages -i .venv -i .tools -v 0

clean: ## Remove the SQLite database, media and compiled files
	rm -rf db.sqlite3 media static .ruff_cache
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +
