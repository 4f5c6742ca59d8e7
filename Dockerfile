# Talkoo production image: gunicorn serving the portal, static files through WhiteNoise.
# Build: docker build -t talkoo .   Run: see compose.yaml and the README's production section.

FROM python:3.11-slim-bookworm AS build
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
RUN pip install --no-cache-dir uv \
 && apt-get update && apt-get install -y --no-install-recommends gettext \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml uv.lock .python-version ./
# Only what runs in production: no test, lint or browser-test groups.
RUN uv sync --frozen --no-default-groups
COPY . .
# The same steps `make demo` runs, with the production settings' own storage for static files.
RUN DJANGO_SETTINGS_MODULE=portal.settings.production \
    SECRET_KEY=build-only DATABASE_URL=sqlite:////tmp/build.sqlite3 ALLOWED_HOSTS=build \
    EMAIL_URL=smtp://build.invalid:25 \
    STATIC_ROOT=/app/static \
    .venv/bin/python manage.py compilemessages -i .venv -v 0 \
 && DJANGO_SETTINGS_MODULE=portal.settings.production \
    SECRET_KEY=build-only DATABASE_URL=sqlite:////tmp/build.sqlite3 ALLOWED_HOSTS=build \
    EMAIL_URL=smtp://build.invalid:25 \
    STATIC_ROOT=/app/static \
    .venv/bin/python manage.py collectstatic --no-input -v 0

FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    STATIC_ROOT=/app/static MEDIA_ROOT=/app/media
# WeasyPrint draws the certificates' PDFs with Pango and the DejaVu fonts.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home /app talkoo
WORKDIR /app
COPY --from=build --chown=talkoo:talkoo /app /app
RUN mkdir -p /app/media && chown talkoo:talkoo /app/media
USER talkoo
EXPOSE 8000
# One image, four commands (compose.yaml): this one serves; `migrate` runs once before a new
# version serves; `db_worker` and `run_scheduler` do the background work. Timeouts, worker
# recycling and logs are in portal/gunicorn.conf.py.
CMD ["gunicorn", "-c", "portal/gunicorn.conf.py", "portal.wsgi:application"]
