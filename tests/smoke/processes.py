"""The processes of compose.yaml on this machine: the same commands, with the production
settings, on the local PostgreSQL and Redis, behind Caddy, with an SMTP server on loopback
standing for the mail relay."""

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import yaml
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[2]
# The long-running services of compose.yaml started here, and the one-off one run first.
SERVICES = ("web", "worker", "scheduler")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def compose_commands():
    """Each service's command, read from compose.yaml, so that what is proven is what runs."""
    services = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]
    return {name: service["command"] for name, service in services.items() if "command" in service}


def local(command):
    """A command of the image, run from this checkout's virtualenv."""
    program, *args = command
    if program == "python":
        return [sys.executable, *args]
    return [str(Path(sys.executable).parent / program), *args]


class Mailbox:
    """An SMTP server on loopback that keeps what it receives; it can be stopped and started
    again on the same port, as a mail relay that goes down and comes back."""

    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.lock = threading.Lock()
        self.controller = None
        # A message to `hold_for` is not answered until it is cleared: a relay slow to accept,
        # so that a worker can be killed in the middle of that send.
        self.hold_for = None
        self.held = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        while self.hold_for and self.hold_for in envelope.rcpt_tos:
            self.held.set()
            await asyncio.sleep(0.1)
        if server.transport is None or server.transport.is_closing():
            # The sender went away before we said OK: it cannot know the message arrived, and
            # a relay would not deliver it.
            return "421 Sender gone"
        message = message_from_bytes(envelope.original_content, policy=default_policy)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def start(self):
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None

    def to(self, address):
        with self.lock:
            return [message for rcpt, message in self.messages if address in rcpt]

    def wait_for(self, address, count=1, timeout=90):
        return wait_until(
            lambda: len(self.to(address)) >= count and self.to(address),
            timeout,
            f"{count} e-mail(s) to {address}",
        )


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.5)
    raise AssertionError(f"Timed out after {timeout} s waiting for {what}")


def get(url, headers=None):
    """(status, body) of a GET; (0, b"") while nothing answers."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:
        return 0, b""


class Servers:
    """Starts and stops the processes; their output goes to one log file each."""

    def __init__(self, env, logs, proxy_port, web_port, media_root):
        self.env, self.logs = env, Path(logs)
        self.proxy_port, self.web_port, self.media_root = proxy_port, web_port, media_root
        self.running = {}

    def run_once(self, name, command):
        done = subprocess.run(
            command, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=600
        )
        (self.logs / f"{name}.log").write_text(done.stdout + done.stderr)
        if done.returncode:
            raise AssertionError(f"{name} failed:\n{done.stderr[-3000:]}")

    def start(self, name, command, env=None):
        log = open(self.logs / f"{name}.log", "w")  # noqa: SIM115 -- open while it runs
        self.running[name] = (
            subprocess.Popen(
                command,
                cwd=ROOT,
                env=env or self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            ),
            log,
        )

    def start_proxy(self):
        caddy = shutil.which("caddy")
        if caddy is None:
            raise AssertionError("Caddy is missing: apt-get install caddy")
        home = self.logs / "caddy"
        env = {
            **os.environ,
            "TALKOO_SITE_ADDRESS": f"http://127.0.0.1:{self.proxy_port}",
            "TALKOO_MEDIA_ROOT": str(self.media_root),
            "TALKOO_UPSTREAM": f"127.0.0.1:{self.web_port}",
            "XDG_DATA_HOME": str(home),
            "XDG_CONFIG_HOME": str(home),
            "HOME": str(home),
        }
        config = str(ROOT / "deploy" / "Caddyfile")
        self.start("proxy", [caddy, "run", "--config", config, "--adapter", "caddyfile"], env)

    def kill(self, name):
        """As a worker dies: at once, with no chance to finish or tidy up."""
        process, log = self.running.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        log.close()

    def stop(self, name):
        process, log = self.running.pop(name)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()

    def stop_all(self):
        for name in list(self.running):
            self.stop(name)

    def check_alive(self):
        for name, (process, _) in self.running.items():
            if process.poll() is not None:
                raise AssertionError(f"{name} exited with {process.returncode}")

    def tail(self, lines=25):
        for log in sorted(self.logs.glob("*.log")):
            text = log.read_text(errors="replace").splitlines()[-lines:]
            print(f"--- {log.name} (last {lines} lines)", *text, sep="\n")
