"""Reading inputs: files, directories and stdin, one article at a time.

Each input is recognised by its content, not its name: a JSON Lines stream of
records (from another unionkit command or a crawler), a JSON array of them,
an HTML page, or a plain-text page. What cannot be read becomes a ``Failure``
naming the file (and line or byte offset), so one bad file never stops a run.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator

from .decode import DecodeError, decode, sniff_binary
from .record import Article, RecordError, from_dict, make_id

#: File name endings taken when walking a directory (explicit files are always read).
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".xhtml", ".jsonl", ".ndjson", ".json",
                 ".warc", ".warc.gz")

_PEEK = 65536


@dataclass
class Failure:
    """An input (or one record of it) that could not be read."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


Item = Article | Failure

#: Called with one line ("FILE: what was repaired") for damage that was repaired, not fatal.
Warn = Callable[[str], None] | None


def expand(files: Iterable[str]) -> Iterator[str | Failure]:
    """Paths to read, in order: files as given, directories walked recursively and sorted."""
    for name in files:
        if name == "-" or not os.path.isdir(name):
            yield name
            continue
        yield from _walk(name)


def _walk(top: str) -> Iterator[str | Failure]:
    """The page files under ``top``; a directory holding none is a failure, as an empty file is."""
    found = False
    for entry in _walk_tree(top):
        found = found or not isinstance(entry, Failure)
        yield entry
    if not found:
        yield Failure(top, f"no pages ({' '.join('*' + s for s in PAGE_SUFFIXES)})")


def _walk_tree(top: str) -> Iterator[str | Failure]:
    failures: list[Failure] = []

    def onerror(err: OSError) -> None:
        failures.append(Failure(err.filename or top, _os_message(err)))

    for root, dirs, names in os.walk(top, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from failures
        failures.clear()
        for n in sorted(names):
            if n.startswith(".") or not n.lower().endswith(PAGE_SUFFIXES):
                continue
            path = os.path.join(root, n)
            try:
                st = os.stat(path)
            except OSError as e:
                yield Failure(path, _os_message(e))
                continue
            if not stat.S_ISREG(st.st_mode):
                yield Failure(path, "not a regular file; skipped")
                continue
            yield path
    yield from failures


def _os_message(err: OSError) -> str:
    if isinstance(err, FileNotFoundError) and err.filename and os.path.islink(err.filename):
        return "dangling symbolic link"
    if err.errno == 40:  # ELOOP
        return "symbolic link loop"
    return (err.strerror or str(err)).rstrip(".").lower() if err.strerror else str(err)


def read_inputs(files: list[str], *, encoding: str | None = None,
                stdin: BinaryIO | None = None, warn: Warn = None) -> Iterator[Item]:
    """Every article of every input (``-`` is stdin), raw pages with ``raw`` set.

    ``warn`` hears about repaired damage (bad bytes replaced, mixed encodings)."""
    stdin_read = False
    for path in expand(files):
        if isinstance(path, Failure):
            yield path
            continue
        if path == "-":
            if stdin_read:  # `clean - -`: the first '-' took the whole stream
                yield Failure("<stdin>", "'-' given again; stdin is read once, by the first '-'")
                continue
            stdin_read = True
            yield from read_stream(stdin or sys.stdin.buffer, "<stdin>", encoding=encoding, warn=warn)
            continue
        try:
            fh = open(path, "rb")
        except OSError as e:
            yield Failure(path, _os_message(e))
            continue
        with fh:
            try:
                yield from read_stream(fh, path, encoding=encoding, warn=warn)
            except OSError as e:
                yield Failure(path, _os_message(e))


def read_stream(fh: BinaryIO, name: str, *, encoding: str | None = None, warn: Warn = None) -> Iterator[Item]:
    """Recognise what one stream holds and yield its articles."""
    head = fh.read(_PEEK)
    while head and _no_page(head) is not None:  # a page may follow a long run of blank lines
        more = fh.read(_PEEK)
        if not more:
            break
        head += more
    if (blank := _no_page(head)) is not None:
        # stdin too: an empty pipe usually hides a failed step upstream (zcat missing.gz | unionkit extract)
        yield Failure(name, blank if name != "<stdin>" else blank.replace("empty file", "empty"))
        return
    if head.startswith((b"WARC/", b"\x1f\x8b")):
        from .html.warc import is_warc, warc_articles  # noqa: PLC0415 - web archives, read on demand

        if is_warc(head):
            yield from warc_articles(head, fh, name, encoding=encoding)
            return
    kind = _sniff(head)
    if kind == "jsonl":
        yield from _jsonl(head, fh, name, warn)
        return
    data = head + fh.read()
    if kind == "json":
        yield from _json_array(data, name, warn)
        return
    if kind == "object?":  # a pretty-printed JSON object (one crawler record per file), or a page opening with {
        obj = _json_object(data, name, warn)
        if obj is not None:
            yield _to_article(obj, name, name)
            return
        bad = _broken_object(data, name)
        if bad:
            yield bad
            return
    reason = sniff_binary(data) if not encoding else None
    if reason:
        yield Failure(name, reason)
        return
    try:
        dec = decode_page(data, encoding=encoding)
    except DecodeError as e:
        yield Failure(name, str(e) if e.offset is None else f"byte {e.offset}: {e}")
        return
    for w in dec.warnings if warn else ():
        warn(f"{name}: {w}")
    if warn and name == "<stdin>" and looks_like_clean_text(dec.text):
        warn("<stdin>: looks like several articles in clean's text output (separated by empty lines); "
             "text is read as one page: pipe with 'unionkit clean -f jsonl' to keep the articles apart")
    yield page_article(dec.text, name, warnings=dec.warnings)


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _no_page(head: bytes) -> str | None:
    """Why a stream's first bytes hold no page (nothing, whitespace, a byte-order mark with nothing or
    whitespace after it), or None. A BOM does not make an empty file a page."""
    if not head:
        return "empty file; no page"
    body, text = head, None
    for bom, codec in _BOMS:
        if head.startswith(bom):
            body = head[len(bom):]
            text = body.decode(codec, "replace")
            break
    if (text if text is not None else body).strip():
        return None
    if not body:
        return "only a byte-order mark; no page"
    return "only whitespace; no page"


_SENTENCE_END = ("。", "！", "？", "!", "?", "”", "」", "）", ")")


def looks_like_clean_text(text: str) -> bool:
    """Several articles as ``clean``'s text format writes them: blocks split by single empty lines,
    each a title line then paragraphs ending sentences, no line indented or padded. A scraped
    page has indented lines, runs of blank lines or one-line blocks (nav, footers) instead."""
    if "\n\n" not in text or "\n\n\n" in text.strip("\n"):
        return False
    blocks = text.strip("\n").split("\n\n")
    if len(blocks) < 2:
        return False
    for block in blocks:
        lines = block.split("\n")
        if len(lines) < 2 or any(not line or line != line.strip() for line in lines):
            return False
        if not any(p.endswith(_SENTENCE_END) for p in lines[1:]):
            return False
    return True


def decode_page(data: bytes, *, encoding: str | None = None):
    """Page bytes to text; an HTML page's own charset declaration is trusted after its BOM."""
    if not encoding and looks_like_html(data[:1024].removeprefix(b"\xef\xbb\xbf").decode("latin-1")):
        try:
            from .html.charset import decode_html  # noqa: PLC0415 - HTML stage, imported on demand
        except ImportError:
            return decode(data)
        return decode_html(data)
    return decode(data, encoding=encoding)


def page_article(text: str, name: str, *, warnings: list[str] | None = None) -> Item:
    """A raw page as an Article to be cleaned (HTML goes through the markup reader)."""
    path = None if name == "<stdin>" else name
    if looks_like_html(text):
        return html_article(text, path, warnings or [])
    art = Article(id=make_id(path, text), path=path, raw=text)
    art.warnings.extend(warnings or [])
    return art


def looks_like_html(text: str) -> bool:
    """HTML recognised by content: a doctype or a root/head/body element near the start."""
    start = text.lstrip("\ufeff \t\r\n")[:1024].lower()
    if not start.startswith("<"):
        return False
    if start.startswith("<?xml"):
        # (a feed dumped as text keeps the declaration over plain lines: markup follows it in an XML page)
        return _XML_TAG.search(start, start.find("?>") + 2) is not None
    return start.startswith(("<!doctype html", "<html", "<head")) or any(
        tag in start for tag in ("<html", "<head>", "<body", "<meta ", "<title>"))


#: An element or doctype after an XML declaration.
_XML_TAG = re.compile(r"<[!A-Za-z]")


def html_article(text: str, path: str | None, warnings: list[str]) -> Item:
    """HTML pages are read by ``unionkit.html`` when it is installed in this version."""
    try:
        from .html import html_to_article  # noqa: PLC0415 - optional stage, imported on demand
    except ImportError:
        return Failure(path or "<stdin>", "HTML pages are not supported yet")
    art = html_to_article(text, path=path)
    art.warnings[:0] = warnings
    return art


def _sniff(head: bytes) -> str:
    """'jsonl', 'json', 'object?' (a pretty-printed object, or a page opening with a brace) or 'page'
    from the first bytes of a stream."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{"):
        first = start.split(b"\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "jsonl" if b"\n{" in start else "object?"
    if start.startswith(b"["):
        try:
            json.loads(start.split(b"\n", 1)[0])
            return "json"
        except ValueError:
            return "json" if start[1:].lstrip().startswith((b"{", b"]")) else "page"
    return "page"


def _jsonl(head: bytes, fh: BinaryIO, name: str, warn: Warn = None) -> Iterator[Item]:
    """Records of a JSON Lines stream, streamed; a bad line is named and skipped."""
    rest = iter(fh)
    buf = head
    lineno = 0
    while True:
        nl = buf.find(b"\n")
        if nl < 0:
            more = next(rest, None)
            if more is None:
                if buf.strip():
                    lineno += 1
                    yield _record(buf, name, lineno, warn, last=True)
                return
            buf += more
            continue
        line, buf = buf[:nl], buf[nl + 1:]
        lineno += 1
        if line.strip():
            yield _record(line, name, lineno, warn)


def _record(line: bytes, name: str, lineno: int, warn: Warn = None, *, last: bool = False) -> Item:
    """The record of one JSON Lines line (``last``: the stream's final line, with no newline after it)."""
    where = f"{name}:{lineno}"
    try:
        obj = json.loads(line.decode("utf-8-sig") if lineno == 1 else line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        return json_failure(name, line, e, first_line=lineno, at_end=last)
    if b"\\u" in line:
        obj = _no_lone_surrogates(obj, where, warn)
    return _to_article(obj, name, where)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogates(obj, where: str, warn: Warn):
    """JSON escapes such as \\ud800 decode to lone surrogates, which no output can encode:
    they become U+FFFD (reported), as a bad byte in a page does."""
    found = []

    def fix(x):
        if isinstance(x, str):
            if _LONE_SURROGATE.search(x):
                found.append(x)
                return _LONE_SURROGATE.sub("\ufffd", x)
            return x
        if isinstance(x, list):
            return [fix(v) for v in x]
        if isinstance(x, dict):
            return {fix(k): fix(v) for k, v in x.items()}
        return x

    obj = fix(obj)
    if found and warn:
        warn(f"{where}: lone surrogate escape (\\ud800-\\udfff) replaced with U+FFFD")
    return obj


def _to_article(obj, name: str, where: str) -> Item:
    try:
        art = from_dict(obj, path=None if name == "<stdin>" else name)
    except RecordError as e:
        return Failure(where, f"not a usable record: {e}")
    if art.raw is not None and looks_like_html(art.raw):
        return _crawled_html(art)
    return art


def _crawled_html(record: Article) -> Item:
    """A crawler record holding an HTML page: read by the markup reader, keeping the record's own
    ``id`` (else a hash of its text, never the file's name that all its records share) and ``url``."""
    art = html_article(record.raw, record.path, record.warnings)
    if isinstance(art, Article):
        art.id = record.id
        art.meta.url = record.meta.url or art.meta.url
    return art


def json_failure(name: str, data: bytes, e: ValueError, *, first_line: int = 1, at_end: bool = True) -> Failure:
    """A JSON text that does not parse, named as ``FILE:LINE:COLUMN: what`` (column in characters, 1-based),
    whatever held it: a JSON Lines line (``first_line`` its number), a whole-file object or array. When the
    text stops inside a string, a value or a UTF-8 character and nothing follows (``at_end``: the stream
    ends there), the file looks cut off and the message says so."""
    if isinstance(e, UnicodeDecodeError):
        data, start = bytes(e.object), e.start  # (utf-8-sig's offsets count from after the BOM)
        line_start = data.rfind(b"\n", 0, start) + 1
        line = first_line + data.count(b"\n", 0, start)
        col = len(data[line_start:start].decode("utf-8", "replace")) + 1
        offset = f"byte {start - line_start} of the line"
        if at_end and e.reason == "unexpected end of data":
            return Failure(f"{name}:{line}:{col}",
                           f"truncated inside a UTF-8 character ({offset}; the file ends there)")
        return Failure(f"{name}:{line}:{col}", f"invalid UTF-8 ({offset})")
    if not isinstance(e, json.JSONDecodeError):
        return Failure(f"{name}:{first_line}", f"malformed JSON ({e})")
    what = _TRAILING_AT.sub("", e.msg)  # "Unterminated string starting at": the position is in the prefix
    where = f"{name}:{first_line + e.lineno - 1}:{e.colno}"
    cut = what.startswith("Unterminated string") or e.pos >= len(e.doc.rstrip())
    if at_end and cut:
        return Failure(where, f"truncated JSON ({what}; the file ends inside the record)")
    return Failure(where, f"malformed JSON ({what})")


#: json's messages that end by pointing at the position ("… starting at", "… at"): the prefix names it.
_TRAILING_AT = re.compile(r"(?: starting)? at$")


def _load_json(data: bytes, name: str, warn: Warn = None):
    """A whole file's JSON value, lone surrogate escapes replaced (raises UnicodeDecodeError/ValueError)."""
    value = json.loads(data.decode("utf-8-sig"))
    return _no_lone_surrogates(value, name, warn) if b"\\u" in data else value


def _json_object(data: bytes, name: str, warn: Warn = None) -> dict | None:
    """The JSON object a whole file holds (pretty-printed over many lines), else None: the file is a page."""
    try:
        obj = _load_json(data, name, warn)
    except (UnicodeDecodeError, ValueError):
        return None
    return obj if isinstance(obj, dict) else None


#: A stream opening with a JSON member ({"title": …): a record, never a page's text, whatever follows.
_JSON_MEMBER = re.compile(rb'\s*\{\s*"[^"\n]{0,64}"\s*:')


def _broken_object(data: bytes, name: str) -> Failure | None:
    """Where (line and column) and why a stream that opens as a JSON object is no valid one,
    or None when it does not open as one (a page that merely starts with a brace)."""
    if not _JSON_MEMBER.match(data.removeprefix(b"\xef\xbb\xbf")):
        return None
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        return json_failure(name, data, e)
    return Failure(name, "a JSON value that is not one record")


def _json_array(data: bytes, name: str, warn: Warn = None) -> Iterator[Item]:
    try:
        items = _load_json(data, name, warn)
    except (UnicodeDecodeError, ValueError) as e:
        yield json_failure(name, data, e)
        return
    if not isinstance(items, list):
        yield Failure(name, "a JSON value that is not an array of records")
        return
    for i, obj in enumerate(items):
        yield _to_article(obj, name, f"{name}[{i}]")
