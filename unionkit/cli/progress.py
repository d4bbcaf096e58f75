"""A progress line on stderr for long runs on a terminal: ``unionkit: 120 articles (2 failed)…``.

Shown only when stderr is a terminal, after the run has taken a second, and never over text the command
writes to the same terminal (stdout streamed to it). It is redrawn with a carriage return, padded with
spaces (no escape codes: NO_COLOR and dumb terminals see plain text), and erased before any message line
and when the run ends.
"""

from __future__ import annotations

import os
import sys
import time

from ..output import isatty

#: Seconds before the line first shows (short runs stay silent), and between redraws.
DELAY, EVERY = 1.0, 0.25

_shown: list["Progress"] = []  # the progress line on screen, if any (err() erases it first)


def wanted(output: str | None, *, streams_stdout: bool = True) -> bool:
    """Whether a run writing to ``output`` may draw progress: stderr is a terminal (not TERM=dumb), and
    stdout does not stream to that terminal (``-o FILE``, a pipe, or a command writing only at the end)."""
    if os.environ.get("TERM") == "dumb" or not isatty(sys.stderr):
        return False
    to_terminal = output in (None, "-") and isatty(sys.stdout)
    return not (streams_stdout and to_terminal)


class Progress:
    """Counts articles and failures; draws the line at most every ``EVERY`` seconds."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.start = self.last = time.monotonic()
        self.done = self.failed = 0
        self.width = 0

    def tick(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.start < DELAY or now - self.last < EVERY:
            return
        self.last = now
        text = f"unionkit: {self.done} article{'s' if self.done != 1 else ''}"
        text += f" ({self.failed} failed)…" if self.failed else "…"
        sys.stderr.write("\r" + text.ljust(self.width))
        sys.stderr.flush()
        self.width = max(self.width, len(text))
        if self not in _shown:
            _shown.append(self)

    def clear(self) -> None:
        """Erase the line (the cursor back at the start of an empty line)."""
        if self in _shown:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()
            _shown.remove(self)


def clear() -> None:
    """Erase any progress line on screen (before a message line is written)."""
    for p in list(_shown):
        p.clear()
