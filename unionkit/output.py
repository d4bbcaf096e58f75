"""Writing results: records as text, JSON Lines or JSON; rows as table, CSV or JSON.

JSON is UTF-8 with no ``\\u`` escapes. ``-o FILE`` is written to a temporary
file beside it and renamed only when the run completes, so an interrupted or
failed run never leaves a partial output file.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from typing import Any, Iterable, Iterator, Sequence, TextIO

from . import interrupt
from .record import Article, to_dict

#: Line printed between articles in the text format (the body never has empty lines).
TEXT_SEPARATOR = ""


class OutputError(OSError):
    """The output cannot be written (bad path, no permission, disk full)."""


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON as people read it: UTF-8 characters, never ``\\u`` escapes."""
    if indent is None:
        return _ENCODE(obj)  # (json.dumps builds a new encoder per call when given options: one per record)
    return json.dumps(obj, ensure_ascii=False, indent=indent)


#: json.dumps(obj, ensure_ascii=False), its encoder made once.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def plain_terminal() -> bool:
    """True when the user asked for no styling: NO_COLOR set (https://no-color.org) or TERM=dumb."""
    return os.environ.get("NO_COLOR", "") != "" or os.environ.get("TERM") == "dumb"


def isatty(stream: TextIO | None) -> bool:
    """Whether ``stream`` is a terminal (False for None, a closed stream or one with no isatty)."""
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return not plain_terminal() and isatty(stream)


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """stdout, or ``path`` written atomically (temp file + rename on success)."""
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    real = os.path.realpath(path)  # -o through a symlink replaces its target, not the link
    if os.path.exists(real) and not os.path.isfile(real):
        if os.path.isdir(real):
            raise OutputError(f"{path}: cannot write (is a directory)")
        # /dev/null, /dev/stdout, a FIFO: write straight through (renaming would replace the device).
        yield from _write_special(path)
        return
    import tempfile  # (here: a run that writes to stdout does not load it)

    try:
        fd, tmp = tempfile.mkstemp(prefix=".unionkit-", suffix=".part", dir=os.path.dirname(real))
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({(e.strerror or str(e)).lower()})") from None
    ok = False
    try:
        os.chmod(tmp, _file_mode(real))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        interrupt.check()  # (a Ctrl-C whose exception a __del__ swallowed must not commit the file)
        os.replace(tmp, real)
        ok = True
    except OSError as e:
        if isinstance(e, OutputError):
            raise
        raise OutputError(f"{path}: cannot write ({(e.strerror or str(e)).lower()})") from None
    finally:
        if not ok:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _file_mode(path: str) -> int:
    """The mode the output should get: the replaced file's, else 0666 less the umask (mkstemp gives 0600)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _write_special(path: str) -> Iterator[TextIO]:
    try:
        fh = open(path, "w", encoding="utf-8", newline="\n")
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({(e.strerror or str(e)).lower()})") from None
    try:
        with fh:
            yield fh
    except OSError as e:
        if isinstance(e, OutputError):
            raise
        raise OutputError(f"{path}: cannot write ({(e.strerror or str(e)).lower()})") from None


def _interactive(stream: TextIO) -> bool:
    """The stream is a terminal (someone reads the records as they come)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class RecordWriter:
    """Writes articles one at a time in ``text``, ``jsonl`` or ``json`` (a streamed array)."""

    def __init__(self, fh: TextIO, fmt: str):
        self.fh, self.fmt, self.count = fh, fmt, 0
        #: Flush after each record only for a person reading as it comes (a terminal): a pipe or file gets
        #: the stream's normal buffering (one write per buffer, not one per page) and ``open_output``'s final flush.
        self.flush_each = fmt != "json" and _interactive(fh)

    def write(self, article: Article) -> None:
        fh = self.fh
        if self.fmt == "jsonl":
            fh.write(dumps(to_dict(article)) + "\n")
        elif self.fmt == "json":
            fh.write(("[\n" if self.count == 0 else ",\n") + dumps(to_dict(article), indent=1))
        else:
            if self.count:
                fh.write(TEXT_SEPARATOR + "\n")
            fh.write(article_text(article) + "\n")
        self.count += 1
        if self.flush_each:
            fh.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.fh.write("[]\n" if self.count == 0 else "\n]\n")


def article_text(article: Article) -> str:
    """Title on the first line, then one body paragraph per line."""
    lines = [article.title or "", *article.body]
    return "\n".join(line for line in lines if line is not None)


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, fh: TextIO, *,
               columns: Sequence[str] | None = None, title: str | None = None) -> None:
    """Tabular output: ``table`` (rich on a terminal, tabulate otherwise), csv, json, jsonl."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "jsonl":
        for r in rows:
            fh.write(dumps(r) + "\n")
    elif fmt == "json":
        fh.write(dumps(list(rows), indent=1) + "\n")
    elif fmt == "csv":
        import csv

        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
    elif use_color(fh):
        _rich_table(rows, cols, fh, title)
    else:
        from tabulate import tabulate

        if title:
            fh.write(title + "\n")
        fh.write(tabulate([[_cell(r.get(c)) for c in cols] for r in rows], headers=cols,
                          tablefmt="simple", disable_numparse=True) + "\n")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)


def _rich_table(rows: Iterable[dict], cols: list[str], fh: TextIO, title: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in cols])
    Console(file=fh).print(table)


def render_rows(rows: Sequence[dict[str, Any]], fmt: str, **kw) -> str:
    """The same as ``write_rows`` into a string (for tests and the Python API)."""
    buf = io.StringIO()
    write_rows(rows, fmt, buf, **kw)
    return buf.getvalue()
