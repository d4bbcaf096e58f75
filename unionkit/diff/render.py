"""Showing diffs: inline text (colour on a terminal, ``[-…-]{+…+}`` through a pipe), JSON data, HTML page."""

from __future__ import annotations

import html
from typing import Iterable

from .align import Op

# ANSI styles: deleted red and struck through, inserted green, moved text in magenta/cyan.
_RED, _GREEN, _MAGENTA, _CYAN, _DIM, _BOLD, _RESET = (
    "\x1b[31;9m", "\x1b[32m", "\x1b[35;9m", "\x1b[36m", "\x1b[2m", "\x1b[1m", "\x1b[0m")

#: Unchanged lines kept around a change when long unchanged stretches are folded.
CONTEXT = 1


def _styled(text: str, style: str, color: bool, plain: tuple[str, str]) -> str:
    """A changed piece (no line breaks): ANSI-styled, or bracketed."""
    return f"{style}{text}{_RESET}" if color else plain[0] + text + plain[1]


def inline_lines(ops: Iterable[Op], color: bool = False) -> list[tuple[str, bool]]:
    """The diff as display lines, each with whether it carries a change.

    A change spanning a line break keeps the break as a real one, so a deleted
    or inserted paragraph stands on its own line; a change that is only a line
    break (paragraphs joined or split) shows as ``¶`` inside the markers.
    """
    lines: list[tuple[str, bool]] = []
    cur: list[str] = []
    changed = False

    def brk() -> None:
        nonlocal cur, changed
        lines.append(("".join(cur), changed))
        cur, changed = [], False

    for o in ops:
        if o.op == "equal":
            for k, piece in enumerate(o.a.split("\n")):
                if k:
                    brk()
                cur.append(piece)
            continue
        for text, style, marks in ((o.a, _MAGENTA if o.moved else _RED, ("[-", "-]")),
                                   (o.b, _CYAN if o.moved else _GREEN, ("{+", "+}"))):
            if not text:
                continue
            changed = True
            if not text.strip("\n"):
                for _ in text:
                    cur.append(_styled("¶", style, color, marks))
                    changed = True
                    brk()
                continue
            for k, piece in enumerate(text.split("\n")):
                if k:
                    brk()
                if piece:
                    cur.append(_styled(piece, style, color, marks))
                    changed = True
    brk()
    return lines


def fold(lines: list[tuple[str, bool]], context: int = CONTEXT, color: bool = False) -> list[str]:
    """Unchanged stretches away from any change shown as one ``… n unchanged lines …`` line."""
    keep = [False] * len(lines)
    for k, (_, changed) in enumerate(lines):
        if changed:
            for m in range(max(0, k - context), min(len(lines), k + context + 1)):
                keep[m] = True
    out: list[str] = []
    k = 0
    while k < len(lines):
        if keep[k] or k == 0:  # the first line is the title: always shown
            out.append(lines[k][0])
            k += 1
            continue
        start = k
        while k < len(lines) and not keep[k]:
            k += 1
        n = k - start
        note = f"… {n} unchanged line{'s' if n > 1 else ''} …"
        out.append(f"{_DIM}{note}{_RESET}" if color else note)
    return out


def header(label_a: str, label_b: str, sim: dict, meta: list[tuple[str, object, object]],
           ops: list[Op], color: bool = False) -> list[str]:
    """The lines above an inline diff: names, similarity, metadata changes, moves."""
    bold = (lambda s: f"{_BOLD}{s}{_RESET}") if color else (lambda s: s)
    out = [bold(f"--- {label_a}"), bold(f"+++ {label_b}"),
           f"similarity of the bodies (character 5-grams): Jaccard {sim['jaccard']:.3f}, "
           f"containment {sim['containment']:.3f}"]
    for name, va, vb in meta:
        out.append(f"meta {name}: {_show(va)} → {_show(vb)}")
    moved = sum(1 for o in ops if o.moved and o.a)
    if moved:
        how = "shown in magenta/cyan" if color else "marked [-…-] where it was and {+…+} where it went"
        out.append(f"moved: {moved} passage{'s' if moved > 1 else ''} ({how})")
    return out


def _show(v: object) -> str:
    return "(none)" if v is None else str(v)


def render_text(ops: list[Op], *, label_a: str, label_b: str, sim: dict,
                meta: list[tuple[str, object, object]], color: bool = False, full: bool = False) -> str:
    """The whole text report: header, a blank line, then the inline diff (folded unless ``full``)."""
    lines = inline_lines(ops, color)
    body = [t for t, _ in lines] if full else fold(lines, color=color)
    return "\n".join(header(label_a, label_b, sim, meta, ops, color) + [""] + body) + "\n"


# --- HTML -------------------------------------------------------------------------------

_CSS = """
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222;
line-height:1.7}
h1{font-size:1.1em}table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{vertical-align:top;padding:.35em .7em;border-bottom:1px solid #eee;word-wrap:break-word}
th{text-align:left;background:#f6f6f6}del{background:#fdd;color:#900;text-decoration:line-through}
ins{background:#dfd;color:#060;text-decoration:none}del.moved{background:#f3e0f7;color:#707}
ins.moved{background:#dff3f7;color:#066}.meta td{font-size:.9em}.sim{color:#555}.nl{color:#aaa}
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _cell(text: str) -> str:
    """Escaped text with a visible mark for a line break inside a change."""
    return _esc(text).replace("\n", '<span class="nl">¶</span><br>')


def side_by_side_rows(ops: Iterable[Op]) -> list[tuple[str, str]]:
    """(left html, right html) rows: a row ends where both versions break the line together."""
    rows: list[tuple[str, str]] = []
    left: list[str] = []
    right: list[str] = []
    for o in ops:
        if o.op == "equal":
            pieces = o.a.split("\n")
            for k, piece in enumerate(pieces):
                if k:
                    rows.append(("".join(left), "".join(right)))
                    left, right = [], []
                left.append(_esc(piece))
                right.append(_esc(piece))
            continue
        cls = ' class="moved"' if o.moved else ""
        if o.a:
            left.append(f"<del{cls}>{_cell(o.a)}</del>")
        if o.b:
            right.append(f"<ins{cls}>{_cell(o.b)}</ins>")
    rows.append(("".join(left), "".join(right)))
    return rows


def render_html(ops: list[Op], *, label_a: str, label_b: str, sim: dict,
                meta: list[tuple[str, object, object]]) -> str:
    """A self-contained side-by-side page (inline CSS, no scripts, no external assets)."""
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in side_by_side_rows(ops))
    meta_rows = "".join(f"<tr><td>{_esc(n)}</td><td>{_esc(_show(x))}</td><td>{_esc(_show(y))}</td></tr>"
                        for n, x, y in meta)
    meta_table = (f'<table class="meta"><tr><th>meta</th><th>{_esc(label_a)}</th><th>{_esc(label_b)}</th></tr>'
                  f"{meta_rows}</table>") if meta else ""
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>unionkit diff: {_esc(label_a)} ↔ {_esc(label_b)}</title>
<style>{_CSS}</style></head><body>
<h1>{_esc(label_a)} ↔ {_esc(label_b)}</h1>
<p class="sim">Similarity of the bodies (character 5-grams): Jaccard {sim['jaccard']:.3f},
containment {sim['containment']:.3f}</p>
{meta_table}
<table class="diff"><tr><th>{_esc(label_a)}</th><th>{_esc(label_b)}</th></tr>
{rows}
</table></body></html>
"""


# --- what clean removed ------------------------------------------------------------------

#: The heading of the pieces an HTML page lost before its text was laid out (they have no line in it).
UNPLACED_HEADING = "-- removed from the page's markup before its text was read (no line in the text):"


def unplaced_lines(pieces, mark) -> list[str]:
    """The line-less removed pieces (HTML structure: markup, footers, link lists …) under their heading,
    one a line as ``mark(text, kind)`` gives it; nothing when there are none. Shown after the page so
    that every removed piece is on screen, not only those the text rendering still holds."""
    rows = [mark(" ".join(r.text.split()), r.kind) for r in pieces if r.line is None and r.text.strip()]
    return ["", UNPLACED_HEADING, *rows] if rows else []


def diff_mark(text: str, kind: str, color: bool = False) -> str:
    """A removed piece as ``diff --removed`` shows it: ``[-text-]‹kind›``, or red with a dim kind."""
    return f"{_RED}{text}{_RESET}{_DIM}‹{kind}›{_RESET}" if color else f"[-{text}-]‹{kind}›"


def removed_lines(segments: list[tuple[str, str | None]], color: bool = False) -> list[str]:
    """The page line by line: kept text as is, removed pieces as ``[-text-]‹kind›`` (coloured on a terminal).

    Runs of blank lines are shown as one.
    """
    out: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        line = "".join(cur)
        if line.strip() or (out and out[-1].strip()):
            out.append(line.rstrip())
        cur.clear()

    for seg, kind in segments:
        for k, part in enumerate(seg.split("\n")):
            if k:
                flush()
            if not part:
                continue
            if kind is None or kind == "caption":
                cur.append(part)
                continue
            part = part.rstrip()  # spacing after a removed piece is not worth a bracket
            if not part:
                continue
            cur.append(diff_mark(part, kind, color))
    flush()
    while out and not out[-1].strip():
        out.pop()
    return out
