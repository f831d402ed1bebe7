"""The test PostgreSQL server does not outlive a test run that is killed (SIGKILL)."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pg_server import find_binaries

_STARTER = """
import sys
sys.path.insert(0, {tests!r})
from pg_server import PostgresServer, find_binaries
server = PostgresServer(find_binaries()).start()
print(server.root, server.port, server._watchdog.pid, flush=True)
sys.stdin.read()  # stay alive until killed
"""


def _wait_for_exit(pid: int, timeout: float) -> bool:
    """True once process `pid` (not our child) has exited; a pidfd, so no polling."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([fd], [], [], timeout)
        return bool(readable)
    finally:
        os.close(fd)


def _accepts(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_a_killed_test_run_leaves_no_server_behind():
    if find_binaries() is None:
        pytest.skip("PostgreSQL is not installed")
    tests = str(Path(__file__).parent)
    starter = subprocess.Popen([sys.executable, "-c", _STARTER.format(tests=tests)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        root, port, watchdog = starter.stdout.readline().split()
        assert Path(root).is_dir() and _accepts(int(port))
    finally:
        starter.send_signal(signal.SIGKILL)
        starter.wait()
    assert _wait_for_exit(int(watchdog), timeout=120), "the watchdog did not finish"
    assert not Path(root).exists()
    assert not _accepts(int(port))
