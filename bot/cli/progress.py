"""Progress of an index build, for commands that build it on first use (`ask`, `chat`,
`serve`) and for `index`: a bar on a terminal, plain lines otherwise (a log, a pipe), so a
first start is never minutes of silence."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

# Lines (when not on a terminal): at most one per this many seconds, and one per tenth.
LINE_EVERY_S = 10.0


class BuildProgress:
    """`progress(done, total)` as `open_index` reports it; `close()` when done."""

    def __init__(self, what: str, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic, bar: bool | None = None):
        self.what = what
        self.stream = stream or sys.stderr
        self.clock = clock
        self.bar_wanted = self.stream.isatty() if bar is None else bar
        self._bar = None
        self._started: float | None = None
        self._last_line = -1.0
        self._last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if self._started is None:
            self._started = now
            if not self.bar_wanted:
                self._line(f"{self.what}: {total} texts to embed", now)
        if self.bar_wanted:
            if self._bar is None:
                from tqdm import tqdm

                self._bar = tqdm(total=total, unit="text", desc=self.what, file=self.stream,
                                 leave=False, dynamic_ncols=True)
            self._bar.total = total
            self._bar.n = done
            self._bar.refresh()
            return
        tenth = int(10 * done / total) if total else 10
        if done and (tenth > self._last_tenth and now - self._last_line >= LINE_EVERY_S
                     or done == total):
            self._last_tenth = tenth
            elapsed = now - self._started
            self._line(f"{self.what}: {done}/{total} ({done / max(total, 1):.0%}), "
                       f"{elapsed:.0f} s", now)

    def _line(self, text: str, now: float) -> None:
        print(text, file=self.stream, flush=True)
        self._last_line = now

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
