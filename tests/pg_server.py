"""A real PostgreSQL server for the tests: initdb in a temporary folder, pg_ctl on a free
loopback port, stopped afterwards. Debian's binaries (package `postgresql`) are found on the
PATH or in /usr/lib/postgresql/<version>/bin. PostgreSQL refuses to run as root, so under
root the server runs as the `postgres` user that the package creates. A watchdog process
(tests/pg_watchdog.py) stops the server and removes its folder when the starting process ends,
even when it is killed and never reaches `stop()`.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path


def find_binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                      key=lambda p: int(Path(p).parent.parent.name))
    return Path(versions[-1]).parent if versions else None


def start_for_bench() -> PostgresServer | None:
    """A scratch server for a benchmark; None (and why, on stderr) when none is installed."""
    binaries = find_binaries()
    if binaries is None:
        print("PostgreSQL is not installed (apt-get install postgresql)", file=sys.stderr)
        return None
    return PostgresServer(binaries).start()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, binaries: Path):
        self.bin = binaries
        self.root = Path(tempfile.mkdtemp(prefix="bot-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as: list[str] = []
        self._watchdog: subprocess.Popen[bytes] | None = None
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> PostgresServer:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w",
                  "-t", "60", "-l", str(self.root / "server.log"), "start")
        self._watchdog = self._start_watchdog()
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bot")
        return self

    def _stop_command(self) -> list[str]:
        return [*self._as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                "-w", "stop"]

    def _start_watchdog(self) -> subprocess.Popen[bytes]:
        # Its own session, so a signal to this process's group does not reach it; the pipe's
        # write end stays only here (Python's pipes are not inherited by other children).
        return subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("pg_watchdog.py")), str(self.root),
             *self._stop_command()],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)

    def url(self, database: str = "bot") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def reset(self, database: str = "bot") -> None:
        """An empty database again (every table gone), for the next test."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")

    def stop(self) -> None:
        """Stop the server and remove its folder; the watchdog does it, as after a crash."""
        if self._watchdog is None:
            shutil.rmtree(self.root, ignore_errors=True)
            return
        assert self._watchdog.stdin is not None
        self._watchdog.stdin.close()
        self._watchdog.wait(timeout=150)
