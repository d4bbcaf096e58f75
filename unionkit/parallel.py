"""--jobs N: a process pool over articles, output in input order, memory bounded.

Reading stays in the parent (it streams); workers run the pure record
functions. A sliding window of futures keeps at most ``window`` articles in
flight, so a huge input never piles up in memory the way ``Pool.imap`` does.
Workers end with the parent: when it stops early (``| head`` closing the pipe
kills it with SIGPIPE, Ctrl-C, an error) no worker is left behind.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int, *,
                passthrough: Callable[[T], bool] = lambda _: False, window: int | None = None) -> Iterator[R | T]:
    """``map(fn, items)`` over ``jobs`` processes, in order; ``passthrough`` items are yielded as they are."""
    if jobs <= 1:
        for item in items:
            yield item if passthrough(item) else fn(item)
        return
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only --jobs > 1 pays for it

    limit = window or jobs * 8
    pending: deque = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=follow_parent, initargs=(os.getpid(),))
    try:
        for item in items:
            pending.append(item if passthrough(item) else pool.submit(fn, item))
            while len(pending) >= limit:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    except BaseException:
        # stopped early (the consumer closed the generator, Ctrl-C, an error): drop the queued work
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


#: How often a worker checks that its parent is still alive (seconds).
PARENT_POLL = 0.2


def follow_parent(parent: int) -> None:
    """Worker initializer: end this worker when the parent process is gone.

    A parent killed by SIGPIPE (``| head``) runs no cleanup, and its workers, blocked on the task
    queue whose write end they share, would wait for ever as orphans."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="unionkit-follow-parent", daemon=True).start()


def _result(entry):
    """A finished future's value, or a passthrough item as it is."""
    from concurrent.futures import Future  # noqa: PLC0415 - already imported by the pool

    return entry.result() if isinstance(entry, Future) else entry
