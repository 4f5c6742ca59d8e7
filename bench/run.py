"""The speed ladder: how fast the portal serves its public pages, against a trivial view.

Builds a production-like portal on this machine (DEBUG off, gunicorn, PostgreSQL, Redis,
cached templates, WhiteNoise) with the demo plus 300 organisations and 500 news items in both
languages, 10 000 volunteers and a call campaign, then loads each URL with wrk in interleaved
rounds (the help-request intake as POSTs, a coordinator's matching page with their session, a
caller recording call outcomes), so that a slow moment of the machine hits every URL alike.
Prints a table with requests/s, p50 and p95 latency, SQL queries per request and each URL's
throughput as a ratio of the trivial view's, and writes bench/results/latest.json.

    make bench                      # or: python -m bench.run [--rounds 3] [--seconds 5]
"""

import argparse
import dataclasses
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import redis

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "latest.json"
DATABASE = "talkoo_bench"
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/15")

# (name, path, what it shows). "nocache" is a parameter the page cache does not know, so the
# page is rendered afresh every time: the cost of a page nobody has asked for since a publish.
LADDER = [
    ("hello", "/healthz", "trivial view through the same middleware: the ceiling"),
    ("home, cached", "/fi/", "front page from the public page cache"),
    ("home, uncached", "/fi/?nocache=1", "front page rendered afresh"),
    ("organisations filtered, cached", "/fi/jarjestot/?network=seniorit", "index, one filter"),
    ("organisations filtered, uncached", "/fi/jarjestot/?network=seniorit&nocache=1", ""),
    ("organisation, cached", "/fi/jarjestot/vapaaehtoisyhdistys-150/", "one profile"),
    ("organisation, uncached", "/fi/jarjestot/vapaaehtoisyhdistys-150/?nocache=1", ""),
    ("search", "/fi/haku/?q=talkoot", "never cached: results follow the query"),
]
HELP_INTAKE = "/fi/pyyda-apua/"


@dataclasses.dataclass
class Rung:
    """One URL of the ladder and how to ask for it."""

    name: str
    path: str
    note: str = ""
    headers: dict = dataclasses.field(default_factory=dict)
    script: str = "bench/report.lua"
    env: dict = dataclasses.field(default_factory=dict)
    method: str = "GET"
    body: bytes | None = None
    # wrk's connections for this URL, when not the ladder's: see the matching page.
    connections: int | None = None
    # A POST that uses up what it acts on (a call recorded): `path` has {n}, the next one.
    sequence: int | None = None

    def next_path(self, used=1):
        """The path to ask next; a sequence moves on by `used`."""
        if self.sequence is None:
            return self.path
        path = self.path.replace("{n}", str(self.sequence))
        self.sequence += used
        return path


def help_request_rungs(env):
    """The intake POST and the matching page, with a logged-in coordinator's session."""
    output = subprocess.run(
        [sys.executable, "-m", "bench.help_requests", "session"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    session = json.loads(output.strip().splitlines()[-1])
    fields = {**session["intake_fields"], "csrfmiddlewaretoken": session["csrf_token"]}
    body = urlencode(fields)
    cookie = session["csrf_cookie"]
    return [
        Rung(
            "help request, intake POST",
            HELP_INTAKE,
            "stores a request, starts its process, queues the receipt",
            headers={"Cookie": cookie},
            script="bench/intake.lua",
            env={"INTAKE_BODY": body, "INTAKE_COOKIE": cookie},
            method="POST",
            body=f"{body}&token=00000000-0000-4000-8000-000000000000".encode(),
        ),
        Rung(
            "matching, 10 000 volunteers",
            session["match_path"],
            "a coordinator's matching page: ranked suggestions",
            headers={"Cookie": session["cookie"]},
            # One coordinator at a time: viewflow's task page holds the request's row lock
            # while it renders, so parallel loads of one task queue up by design.
            connections=1,
        ),
    ]


def calls_rungs(env):
    """A caller records a call's outcome: the call card's POST, each on a fresh resident."""
    output = subprocess.run(
        [sys.executable, "-m", "bench.calls", "session"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    session = json.loads(output.strip().splitlines()[-1])
    return [
        Rung(
            "call outcome, POST",
            session["path"],
            "records a call in a campaign of 35 000 residents",
            headers={"Cookie": session["cookie"]},
            script="bench/calls.lua",
            env={"CALL_PATH": session["path"], "CALL_BODY": session["body"]},
            method="POST",
            body=session["body"].encode(),
            sequence=session["first"],
        )
    ]


# (URL, target as said, test of a result)
TARGETS = [
    ("home, cached", "ratio >= 0.60, 0 SQL", lambda r: r["ratio"] >= 0.60 and r["queries"] == 0),
    (
        "organisation, cached",
        "ratio >= 0.60, 0 SQL",
        lambda r: r["ratio"] >= 0.60 and r["queries"] == 0,
    ),
    (
        "organisation, uncached",
        "ratio >= 1/25, <= 12 SQL",
        lambda r: r["ratio"] >= 1 / 25 and r["queries"] <= 12,
    ),
]


def run(command, env, **kwargs):
    subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)


def prepare(env, reuse):
    """A fresh database with the demo and the bench content, and static files collected."""
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]
        ).fetchone()
        if not (reuse and exists):
            connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{DATABASE}"')
            exists = False
    redis.Redis.from_url(REDIS).flushdb()
    manage = [sys.executable, "manage.py"]
    run([*manage, "collectstatic", "--no-input", "-v", "0"], env)
    if not exists:
        print("Building the bench database (demo + 300 organisations + 500 news, fi and sv)…")
        run([*manage, "migrate", "--no-input", "-v", "0"], env)
        seed_env = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "DEBUG": "false"}
        run([*manage, "seed_demo", "-v", "0"], seed_env, stdout=subprocess.DEVNULL)
        run([sys.executable, "-m", "bench.seed", "300", "500"], env)
        run([sys.executable, "-m", "bench.help_requests", "prepare", "10000"], env)
        run([sys.executable, "-m", "bench.calls", "prepare"], env)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(env, port, workers):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def query_count(base, rung):
    """The SQL queries one request of `rung` makes (a POST's redirect is its success)."""
    request = urllib.request.Request(
        base + rung.next_path(), data=rung.body, headers=rung.headers, method=rung.method
    )
    try:
        response = urllib.request.build_opener(_NoRedirect).open(request)
    except urllib.error.HTTPError as error:
        response = error
    expected = 302 if rung.method == "POST" else 200
    assert response.status == expected, (rung.path, response.status)
    return int(response.headers["X-Query-Count"])


def wrk(base, rung, seconds, connections):
    headers = [arg for name, value in rung.headers.items() for arg in ("-H", f"{name}: {value}")]
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", rung.script, *headers]
    sequence = {} if rung.sequence is None else {"SEQUENCE_START": str(rung.sequence)}
    output = subprocess.run(
        [*command, base + rung.path],
        cwd=ROOT,
        env={**os.environ, **rung.env, **sequence},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    outcome = json.loads(output.strip().splitlines()[-1])
    # What this run used up is not asked for again (wrk may send a few it does not count).
    rung.next_path(used=outcome["requests"] + connections)
    return outcome


def measure(base, rungs, rounds, seconds, connections):
    results = {r.name: {"path": r.path, "note": r.note, "rounds": []} for r in rungs}
    for rung in rungs:
        query_count(base, rung)  # warm every cache a steady state would have
        results[rung.name]["queries"] = query_count(base, rung)
    for number in range(1, rounds + 1):
        print(f"Round {number}/{rounds}…")
        for rung in rungs:
            outcome = wrk(base, rung, seconds, rung.connections or connections)
            results[rung.name]["rounds"].append(outcome)
            print(f"  {rung.name}: {outcome['rps']:.0f} req/s, {outcome['non_2xx']} non-2xx")
    hello = statistics.median(r["rps"] for r in results["hello"]["rounds"])
    for result in results.values():
        rounds_ = result["rounds"]
        result["rps"] = statistics.median(r["rps"] for r in rounds_)
        result["p50_ms"] = statistics.median(r["p50_ms"] for r in rounds_)
        result["p95_ms"] = statistics.median(r["p95_ms"] for r in rounds_)
        result["errors"] = sum(r["errors"] + r["non_2xx"] for r in rounds_)
        result["ratio"] = result["rps"] / hello
    return results


def report(results):
    print()
    print(
        f"{'URL':<34} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'SQL':>4} {'ratio':>7} {'1/x':>6}"
    )
    for name, r in results.items():
        print(
            f"{name[:34]:<34} {r['rps']:>8.0f} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} "
            f"{r['queries']:>4} {r['ratio']:>7.3f} {1 / r['ratio']:>6.1f}"
            + (f"  ({r['errors']} errors)" if r["errors"] else "")
        )
    print()
    verdicts = []
    for name, condition, test in TARGETS:
        met = test(results[name])
        verdicts.append({"url": name, "target": condition, "met": met})
        print(f"{'met    ' if met else 'MISSED '} {name}: {condition}")
    return verdicts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reuse-db", action="store_true", help="keep an existing bench database")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    static_root = tempfile.mkdtemp(prefix="talkoo-bench-static-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "REDIS_URL": REDIS,
        "STATIC_ROOT": static_root,
        "MEDIA_ROOT": tempfile.mkdtemp(prefix="talkoo-bench-media-"),
        "LOG_LEVEL": "WARNING",
        # Production settings want a sending mail server; bench.settings then drops the mail
        # (every intake POST sends a receipt). And no address is rate-limited.
        "EMAIL_URL": "smtp://127.0.0.1:25",
        "HELP_REQUEST_RATE_LIMIT": "",
    }
    prepare(env, args.reuse_db)
    port = free_port()
    server = start_server(env, port, args.workers)
    try:
        rungs = [Rung(*rung) for rung in LADDER] + help_request_rungs(env) + calls_rungs(env)
        base = f"http://127.0.0.1:{port}"
        results = measure(base, rungs, args.rounds, args.seconds, args.connections)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(static_root, ignore_errors=True)
    verdicts = report(results)
    RESULTS.write_text(
        json.dumps(
            {
                "when": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
                "settings": vars(args),
                "results": results,
                "targets": verdicts,
            },
            indent=2,
        )
    )
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
