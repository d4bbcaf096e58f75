"""The user's cache directory: tables and compiled patterns a run builds once and later runs read.

Two things are kept there: the stats keyword table built from jieba's files
(``stats/segment.py``) and the compiled patterns a run had to compile because the
shipped cache was written by another ``regex`` version (``lazyrx.py``). Where:
``$UNIONKIT_CACHE``, else ``$XDG_CACHE_HOME/unionkit``, else ``~/.cache/unionkit``;
``UNIONKIT_NO_CACHE=1`` writes nothing. Each kind keeps its few newest files, so
new installs (a new key each) never make the directory grow without end.
"""

from __future__ import annotations

import os
import pathlib
from typing import BinaryIO, Callable

#: Files of one kind kept: a user with two or three installs side by side still hits the cache.
KEEP = 3


def cache_dir() -> pathlib.Path | None:
    """The cache directory, or None when caching is turned off."""
    if os.environ.get("UNIONKIT_NO_CACHE"):
        return None
    if os.environ.get("UNIONKIT_CACHE"):
        return pathlib.Path(os.environ["UNIONKIT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return pathlib.Path(base) / "unionkit"


def write_atomic(path: pathlib.Path, write: Callable[[BinaryIO], None]) -> bool:
    """Write a cache file through a temporary file and a rename (parallel runs never see a torn file),
    then prune its kind (files sharing the name's prefix up to the first '-'). False when it failed:
    a read-only or missing home only costs the next run the work again."""
    import tempfile  # (here: most runs write no cache file)

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - never let a cache write fail a run that has done its work
        if tmp is not None:
            pathlib.Path(tmp).unlink(missing_ok=True)
        return False
    prune(path.parent, path.name.split("-", 1)[0] + "-*", keep=path)
    return True


def prune(directory: pathlib.Path, pattern: str, *, keep: pathlib.Path) -> None:
    """Remove all but the KEEP newest files matching ``pattern`` (``keep`` itself always stays)."""
    try:
        files = sorted((p for p in directory.glob(pattern) if p != keep),
                       key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP - 1:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
