"""Stops a test PostgreSQL server once the process that started it is gone, however it went.

`pg_ctl start` detaches the server, so a pytest run killed with SIGKILL used to leave it running
in /tmp/bot-pg-*. The starter keeps the write end of this process's stdin open and never writes;
reading returns end-of-file when the starter closes it (a normal stop) or dies (any signal), so
no polling is needed. Usage: pg_watchdog.py ROOT STOP_COMMAND...
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys


def main(argv: list[str]) -> int:
    root, *stop = argv
    # Its own session already shields it from the starter's process group; a hang-up or an
    # interrupt meant for the terminal must not skip the clean-up either.
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stdin.buffer.read()
    subprocess.run(stop, capture_output=True, timeout=120, check=False)
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
