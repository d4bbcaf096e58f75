"""Ctrl-C that always stops the run.

Python raises KeyboardInterrupt wherever the main thread happens to be when SIGINT
arrives; inside a ``__del__`` (a regex or rich object being collected) the exception
is printed as "Exception ignored" and dropped, and the run would go on to finish and
rename its ``-o`` file as if nothing had happened. The handler also records the
signal, and the places that commit work (``open_output``'s rename, the command's
exit code) check the record.
"""

from __future__ import annotations

import signal

_seen = False


def _on_sigint(signum, frame) -> None:
    global _seen
    _seen = True
    raise KeyboardInterrupt


def install() -> None:
    """Use the recording handler for SIGINT (the CLI's entry point calls this)."""
    signal.signal(signal.SIGINT, _on_sigint)


def seen() -> bool:
    """Whether Ctrl-C arrived during this run, even if its exception was swallowed."""
    return _seen


def check() -> None:
    """Raise KeyboardInterrupt if Ctrl-C arrived and its exception was swallowed."""
    if _seen:
        raise KeyboardInterrupt
