"""Worker threads yield the CPU to the event loop.

Everything a request needs passes through the event loop thread: reading it, the turn's
steps, the reply, `/healthz`. The answering threads and the executor's (the database, the
SDK's blocking sends) compete with it for the two cores, and under load the loop waited on
the run queue about as long as it ran (`/proc/<pid>/task/<tid>/schedstat` at 200 users: 10 s
of 24 s waiting, 9.7 s running), each of its passes and every `/healthz` behind them.
Worker threads started with `behind_the_loop` run at a lower priority (a higher nice value;
Linux sets it per thread), so the scheduler lets the loop run first when both are ready;
the workers still get all the CPU the loop leaves. Nothing changes for other processes'
threads, and a process may always lower its own threads' priority.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

WORKER_NICENESS = 5  # added to the thread's nice value (CFS weight about a third)


def behind_the_loop(niceness: int = WORKER_NICENESS) -> None:
    """Lower the calling thread's priority (an executor's `initializer`). Linux only:
    elsewhere `setpriority(PRIO_PROCESS, …)` names processes, not threads."""
    if not sys.platform.startswith("linux") or not hasattr(os, "setpriority"):
        return
    thread = threading.get_native_id()
    try:
        current = os.getpriority(os.PRIO_PROCESS, thread)
        os.setpriority(os.PRIO_PROCESS, thread, min(19, current + niceness))
    except OSError as exc:  # a sandbox that forbids it: the thread runs as it was
        log.debug("could not lower a worker thread's priority: %s", exc)
