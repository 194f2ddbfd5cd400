"""`yhdyspinta demo` runs what production runs: the web server and the background worker. A
queued indicator import finishes; Ctrl+C or SIGTERM stops both; if one of them dies, the demo
stops the other and exits non-zero. Each test starts the real command in a subprocess against
a SQLite database of its own (migrated once for the module, the demo data not loaded)."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.xdist_group("demo-command")

START_TIMEOUT = 900  # migrating a fresh SQLite database on a busy two-core machine
QUEUED_IMPORT = """
from yhdyspinta.indicators.models import ImportRun
from yhdyspinta.indicators.tasks import run_import
run = ImportRun.objects.create(source=ImportRun.Source.OWN_EXCEL, payload=b"", source_name="x")
run_import.enqueue(run.pk)
import time
for _ in range(600):
    run.refresh_from_db()
    if run.is_finished:
        break
    time.sleep(0.2)
print("STATUS", run.status)
"""


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    drop = ("DATABASE_URL", "TASKS_BACKEND", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(
        DEMO_MODE="1",
        DATABASE_URL=f"sqlite:///{folder / 'demo.sqlite3'}",
        YHDYSPINTA_VAR_DIR=str(folder),
        WEB_CONCURRENCY="1",
        LOG_LEVEL="WARNING",
    )
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=60) as response:
            return response.status == 200
    except OSError:
        return False


def _alive(pid: int) -> bool:
    """Running (a zombie that nobody has reaped yet has stopped running)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


class Demo:
    def __init__(self, env, tmp_path):
        self.port = _free_port()
        self.log = tmp_path / "demo.log"
        self.env = env
        self.process = subprocess.Popen(
            [sys.executable, "-m", "yhdyspinta.cli", "demo", "--port", str(self.port), "--no-load"],
            env=env,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )

    def output(self) -> str:
        return self.log.read_text()

    def wait_until_serving(self) -> dict[str, int]:
        deadline = time.monotonic() + START_TIMEOUT
        while not _answers(self.port):
            assert self.process.poll() is None, self.output()
            assert time.monotonic() < deadline, self.output()
            time.sleep(0.5)
        pids = dict(re.findall(r"Started the (\w[\w ]*?) \(\w+\), pid (\d+)", self.output()))
        return {name: int(pid) for name, pid in pids.items()}

    def wait_for_exit(self) -> int:
        return self.process.wait(timeout=60)


@pytest.fixture
def demo(demo_env, tmp_path):
    started = Demo(demo_env, tmp_path)
    yield started
    if started.process.poll() is None:
        started.process.terminate()
        try:
            started.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            started.process.kill()
            started.process.wait()


def test_a_queued_import_finishes_and_ctrl_c_stops_both(demo):
    pids = demo.wait_until_serving()
    assert set(pids) == {"web server", "background worker"}, demo.output()
    assert "background worker" in demo.output()
    result = subprocess.run(
        [sys.executable, "-m", "yhdyspinta.cli", "shell", "-c", QUEUED_IMPORT],
        env=demo.env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # An own-format import with an empty file fails validation: what matters is that the
    # worker picked it up and finished it (it stayed "queued" before the demo ran a worker).
    assert "STATUS failed" in result.stdout, result.stdout + result.stderr + demo.output()
    demo.process.send_signal(signal.SIGINT)
    assert demo.wait_for_exit() == 0, demo.output()
    assert not any(_alive(pid) for pid in pids.values()), demo.output()


def test_killing_the_demo_leaves_no_web_server_or_worker_behind(demo):
    pids = demo.wait_until_serving()
    demo.process.kill()
    demo.process.wait()
    deadline = time.monotonic() + 60
    while any(_alive(pid) for pid in pids.values()) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not any(_alive(pid) for pid in pids.values())


def test_sigterm_stops_both(demo):
    pids = demo.wait_until_serving()
    demo.process.terminate()
    assert demo.wait_for_exit() == 0, demo.output()
    assert not any(_alive(pid) for pid in pids.values())


@pytest.mark.parametrize("dies", ["background worker", "web server"])
def test_when_one_dies_the_other_is_stopped_and_the_demo_fails(demo, dies):
    pids = demo.wait_until_serving()
    os.kill(pids[dies], signal.SIGKILL)
    assert demo.wait_for_exit() != 0
    assert f"The {dies}" in demo.output()
    assert not any(_alive(pid) for pid in pids.values())
    # A gunicorn worker whose master was killed notices and exits within a few seconds.
    deadline = time.monotonic() + 60
    while _answers(demo.port) and time.monotonic() < deadline:
        time.sleep(1)
    assert not _answers(demo.port)
