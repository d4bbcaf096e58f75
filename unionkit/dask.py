"""unionkit on a Dask cluster: the same record functions over ``dask.bag`` partitions.

Install with ``pip install 'unionkit[dask]'`` (``dask[bag]`` and ``distributed``).
The bag's elements are what ``unionkit.inputs.read_inputs`` yields — ``Article``
records (raw pages have ``raw`` set) and ``Failure`` items naming what could not
be read — in input order, so a run on a cluster gives exactly the records of a
single-process run, in the same order.

* ``read_bag(paths)`` plans partitions on the client: small files (text pages,
  HTML, JSON arrays, WARC) are grouped whole into partitions; big JSON Lines
  files are cut into line ranges (the client counts newlines once to know the
  line numbers, so a bad line is named ``FILE:LINE`` as in a local run). Workers
  open the files themselves: on a real cluster the paths must be on a shared
  filesystem.
* ``clean_bag`` / ``extract_bag`` map ``unionkit.cli.common.process`` (a pure,
  picklable function) over the bag; ``Failure`` items pass through.
* ``write_partitions(bag, outdir)`` writes ``part-00000.jsonl`` … (one per
  partition, each written to a temporary name and renamed when complete);
  ``iter_ordered(bag)`` streams the items back in order, a few partitions in
  flight at a time.

Dictionaries and gazetteers are module-level caches in the record functions'
modules: each worker process loads them once, on its first page, and keeps them
for every later task (``loader_counts`` reports how often each loader ran).
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
from collections import deque
from typing import Any, Iterable, Iterator

import dask
import dask.bag as db

from .inputs import Failure, _record, _sniff, expand
from .record import Article, to_dict

#: Whole files grouped into one partition (text and HTML pages are a few KB each).
FILES_PER_PARTITION = 64
#: Lines of a JSON Lines file per partition (one record per line).
LINES_PER_PARTITION = 1000
#: JSON Lines files at most this big are read whole, like any other small file.
SPLIT_BYTES = 1 << 20
_PEEK = 65536


# --------------------------------------------------------------------------- planning


def plan(paths: Iterable[str], *, files_per_partition: int = FILES_PER_PARTITION,
         lines_per_partition: int = LINES_PER_PARTITION, split_bytes: int = SPLIT_BYTES) -> list[list[tuple]]:
    """Partitions as lists of units: ``("file", path)``, ``("lines", path, start, end, lineno)``, ``("failure", F)``.

    Units keep the input order; a JSON Lines file bigger than ``split_bytes`` gets
    partitions of its own, ``lines_per_partition`` lines each.
    """
    parts: list[list[tuple]] = []
    group: list[tuple] = []

    def flush() -> None:
        nonlocal group
        if group:
            parts.append(group)
            group = []

    for path in expand(paths):
        if isinstance(path, Failure):
            group.append(("failure", path))
        elif path == "-":
            raise ValueError("stdin cannot be read by Dask workers; give files or directories")
        else:
            ranges = _line_ranges(path, lines_per_partition) if _splittable(path, split_bytes) else None
            if ranges:
                flush()
                parts.extend([("lines", path, *r)] for r in ranges)
                continue
            group.append(("file", path))
        if len(group) >= files_per_partition:
            flush()
    flush()
    return parts


def _splittable(path: str, split_bytes: int) -> bool:
    """A big file whose content reads as JSON Lines (the same sniffing as a local run)."""
    try:
        if os.path.getsize(path) <= split_bytes:
            return False
        with open(path, "rb") as fh:
            head = fh.read(_PEEK)
            while head and not head.strip():  # the same blank-run rule as read_stream
                more = fh.read(_PEEK)
                if not more:
                    break
                head += more
    except OSError:
        return False  # the worker reports it, as a local run would
    if not head.strip() or head.startswith((b"WARC/", b"\x1f\x8b")):
        return False
    return _sniff(head) == "jsonl"


def _line_ranges(path: str, lines: int) -> list[tuple[int, int, int]] | None:
    """Byte ranges ``(start, end, first_lineno)`` of ``lines`` lines each, cut at newlines."""
    ranges = []
    start, lineno, count, pos = 0, 1, 0, 0
    try:
        with open(path, "rb") as fh:
            while True:
                block = fh.read(1 << 22)
                if not block:
                    break
                i = block.find(b"\n")
                while i >= 0:
                    count += 1
                    if count == lines:
                        end = pos + i + 1
                        ranges.append((start, end, lineno))
                        start, lineno, count = end, lineno + lines, 0
                    i = block.find(b"\n", i + 1)
                pos += len(block)
    except OSError:
        return None
    if pos > start:
        ranges.append((start, pos, lineno))
    return ranges


# --------------------------------------------------------------------------- reading (on workers)


def read_units(units: list[tuple], encoding: str | None = None) -> list:
    """Articles and Failures of one partition, in order (runs on a worker)."""
    out: list = []
    for unit in units:
        kind = unit[0]
        if kind == "failure":
            out.append(unit[1])
        elif kind == "file":
            out.extend(_read_file(unit[1], encoding))
        else:
            out.extend(_read_lines(*unit[1:]))
    return out


def _read_file(path: str, encoding: str | None) -> list:
    """One whole file, read exactly as ``read_inputs`` reads it."""
    from .inputs import read_inputs

    return list(read_inputs([path], encoding=encoding))


def _read_lines(path: str, start: int, end: int, lineno: int) -> list:
    """Records of one line range of a JSON Lines file, named ``FILE:LINE`` when bad."""
    try:
        with open(path, "rb") as fh:
            fh.seek(start)
            data = fh.read(end - start)
    except OSError as e:
        return [Failure(path, (e.strerror or str(e)).lower())]
    out = []
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()  # the range ends with a newline
    for n, line in enumerate(lines, lineno):
        if line.strip():
            out.append(_record(line, path, n))
    return out


def read_bag(paths: Iterable[str], *, encoding: str | None = None,
             files_per_partition: int = FILES_PER_PARTITION,
             lines_per_partition: int = LINES_PER_PARTITION, split_bytes: int = SPLIT_BYTES) -> db.Bag:
    """A bag of the inputs' Articles and Failures, partitioned by file and by JSON Lines line ranges."""
    parts = plan(paths, files_per_partition=files_per_partition,
                 lines_per_partition=lines_per_partition, split_bytes=split_bytes)
    if not parts:
        return db.from_sequence([], npartitions=1)
    read = dask.delayed(read_units, pure=True)
    return db.from_delayed([read(units, encoding) for units in parts])


# --------------------------------------------------------------------------- record functions


def as_article(item: Any) -> Article | Failure:
    """Bag elements may be Articles, Failures, or JSON objects (unionkit records or crawler objects)."""
    if isinstance(item, (Article, Failure)):
        return item
    if isinstance(item, dict):
        from .inputs import _to_article

        return _to_article(item, "<stdin>", "<record>")  # no file: path stays None
    raise TypeError(f"expected an Article, a Failure or a dict, got {type(item).__name__}")


def apply(item: Any, *, clean: bool = True, to: str | None = None, extract: bool = False) -> Article | Failure:
    """``process`` on one bag element; Failures pass through unchanged."""
    from .cli.common import process

    item = as_article(item)
    if isinstance(item, Failure):
        return item
    return process(item, clean=clean, to=to, extract=extract)


def clean_bag(bag: db.Bag, *, to: str | None = None) -> db.Bag:
    """Raw pages cleaned (records already clean pass, converted when ``to`` is given)."""
    return bag.map(functools.partial(apply, clean=True, to=to))


def extract_bag(bag: db.Bag) -> db.Bag:
    """Records extracted; raw pages are cleaned on the way, as ``unionkit extract`` does."""
    return bag.map(functools.partial(apply, clean=True, extract=True))


def records(bag: db.Bag) -> db.Bag:
    """The Articles as JSON-ready dicts (the record shape of ``unionkit`` JSON Lines)."""
    return bag.filter(is_article).map(to_dict)


def is_article(item: Any) -> bool:
    """True for records, False for Failures (picklable, for ``bag.filter``)."""
    return isinstance(item, Article)


def from_records(bag: db.Bag) -> db.Bag:
    """Dicts (records or crawler objects) back to Articles, for ``clean_bag``/``extract_bag``."""
    return bag.map(as_article)


# --------------------------------------------------------------------------- output


def write_part(items: list, path: str) -> tuple[str, int, list[str]]:
    """One partition as JSON Lines at ``path`` (temp name, then rename); returns (path, records, failures)."""
    from .output import dumps

    failures, n = [], 0
    tmp = f"{path}.{os.getpid()}.part"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for item in items:
            if isinstance(item, Failure):
                failures.append(str(item))
                continue
            fh.write(dumps(to_dict(item)) + "\n")
            n += 1
    os.replace(tmp, path)
    return path, n, failures


def part_name(i: int) -> str:
    """``part-00000.jsonl`` …: names that sort in partition (input) order."""
    return f"part-{i:05d}.jsonl"


def write_partitions(bag: db.Bag, outdir: str, *, compute: bool = True):
    """Each partition written by its worker as ``outdir/part-NNNNN.jsonl``; returns [(path, records, failures)].

    ``compute=False`` returns the delayed writes instead (to combine with other work)."""
    os.makedirs(outdir, exist_ok=True)
    write = dask.delayed(write_part, pure=False)
    tasks = [write(part, os.path.join(outdir, part_name(i))) for i, part in enumerate(bag.to_delayed())]
    if not compute:
        return tasks
    return list(dask.compute(*tasks))


def iter_ordered(bag: db.Bag, *, window: int | None = None) -> Iterator:
    """The bag's items in order, computing at most ``window`` partitions ahead (memory stays bounded)."""
    parts = bag.to_delayed()
    client = _client()
    if client is None:
        for p in parts:
            yield from p.compute()
        return
    limit = window or max(2, 2 * sum(client.nthreads().values()))
    pending: deque = deque()
    for p in parts:
        pending.append(client.compute(p))
        if len(pending) >= limit:
            yield from _take(pending)
    while pending:
        yield from _take(pending)


def _take(pending: deque) -> list:
    fut = pending.popleft()
    items = fut.result()
    fut.release()
    return items


def _client():
    """The current distributed Client, or None (then the default scheduler runs the graph)."""
    if "distributed" not in sys.modules:
        return None
    from distributed import get_client

    try:
        return get_client()
    except ValueError:
        return None


# --------------------------------------------------------------------------- diagnostics


def loader_counts() -> dict[str, int]:
    """How many times each no-argument cached loader of unionkit ran in this process (1 = loaded once).

    Run on every worker with ``client.run(loader_counts)`` to check that dictionaries and
    gazetteers load once per worker, not once per task."""
    counts = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("unionkit.") or mod is None:
            continue
        for attr, fn in list(vars(mod).items()):
            info = getattr(fn, "cache_info", None)
            wrapped = getattr(fn, "__wrapped__", None)
            if info is None or wrapped is None or getattr(fn, "__module__", None) != name:
                continue
            try:
                if inspect.signature(wrapped).parameters:
                    continue
            except (TypeError, ValueError):
                continue
            counts[f"{name}.{attr}"] = info().misses
    return counts
