"""`yhdyspinta demo`: migrate, load the demo data, collect static files, then run what
production runs: gunicorn and the background worker (`db_worker`, django-tasks' database
backend) side by side. Ctrl+C (SIGINT) or SIGTERM stops both; if either stops by itself, the
other is stopped too and the command exits non-zero."""

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

STOP_TIMEOUT = 15  # seconds a child has to stop before it is killed
POLL_INTERVAL = 0.2


class Command(BaseCommand):
    help = (
        "Migrate, load the demo data, collect static files and serve with gunicorn, "
        "with the background worker beside it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--no-serve", action="store_true", help="prepare only")
        parser.add_argument(
            "--no-load", action="store_true", help="serve the database as it is, load nothing"
        )

    def handle(self, *args, port, host, no_serve, no_load, **options):
        if not settings.DEMO_MODE and not settings.DEBUG:
            raise CommandError("Run the demo with DEMO_MODE=1 (make demo does this).")
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=0)
        if not no_load:
            call_command("load_demo")
        call_command("collectstatic", interactive=False, verbosity=0)
        if no_serve:
            return
        children = self._start(host, port)
        self._supervise(children)

    def _start(self, host: str, port: int) -> dict[str, subprocess.Popen]:
        gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable)) or "gunicorn"
        commands = {
            "web server (gunicorn)": [
                gunicorn,
                "yhdyspinta.wsgi:application",
                "--bind",
                f"{host}:{port}",
                "--workers",
                os.environ.get("WEB_CONCURRENCY", "2"),
                # The first request imports the document libraries; on a busy machine that
                # takes longer than gunicorn's default 30 s.
                "--timeout",
                "120",
                "--graceful-timeout",
                str(STOP_TIMEOUT - 5),
                "--access-logfile",
                "-",
            ],
            "background worker (db_worker)": [
                sys.executable,
                "-m",
                "yhdyspinta.cli",
                "db_worker",
                "--queue-name",
                "*",
                "--no-reload",
                "--no-startup-delay",
            ],
        }
        sys.stdout.flush()
        # Each child in its own process group: a Ctrl+C in the terminal reaches this command
        # only, which then stops the children in order.
        children = {
            name: subprocess.Popen(command, process_group=0, preexec_fn=_die_with_parent)
            for name, command in commands.items()
        }
        for name, child in children.items():
            self.stdout.write(f"Started the {name}, pid {child.pid}")
        self.stdout.write(
            f"Serving on http://{host}:{port}/ with the background worker for imports "
            "and documents (Ctrl+C stops both)"
        )
        sys.stdout.flush()
        return children

    def _supervise(self, children: dict[str, subprocess.Popen]) -> None:
        stop_requested = []

        def request_stop(signum, frame):
            stop_requested.append(signum)

        previous = {
            sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        try:
            ended = None
            while not stop_requested and ended is None:
                ended = next((n for n, c in children.items() if c.poll() is not None), None)
                time.sleep(POLL_INTERVAL)
        finally:
            _stop(children.values())
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        if not stop_requested:
            raise CommandError(
                f"The {ended} stopped (exit code {children[ended].returncode}); "
                "stopped the rest of the demo too."
            )
        self.stdout.write("Stopped the web server and the background worker.")


def _die_with_parent() -> None:
    """In the child before it starts (Linux): SIGTERM when this command's process ends, even
    by SIGKILL, so that no web server or worker outlives the demo."""
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _stop(children) -> None:
    """SIGTERM to every child still running (both stop gracefully on it), SIGKILL to any that
    has not stopped within STOP_TIMEOUT seconds."""
    running = [child for child in children if child.poll() is None]
    for child in running:
        child.terminate()
    deadline = time.monotonic() + STOP_TIMEOUT
    for child in running:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
