"""The removed pieces the meta reader reads: joined back line by line, or guessed from ``raw``."""

from __future__ import annotations

import operator

from ... import lazyrx
from ...record import Article, Removal
from .base import _HAN

_SPACES = lazyrx.compile(r"\s+")


# Pieces cut out of the middle of a line (pinyin readings, jammer strings): they split a
# header line into several removals of one kind, which are joined back before parsing.
_SPLITTERS = {"pinyin", "jammer", "markup", "title_salt"}


def _join(a: str, b: str) -> str:
    """Two parts of one line: glued between Han characters (發|布時間), else one space apart."""
    if a and b and _HAN.match(a[-1]) and _HAN.match(b[0]):
        return a + b
    return a.rstrip() + " " + b.lstrip()


def joined_removals(removed: list[Removal]) -> list[Removal]:
    """Removed pieces in page order, the parts of one line of one kind joined back into one piece.

    Pieces without a line keep their place at the end.
    """
    # splitters dropped before the (stable) sort: the same order, fewer items to sort; _page_order's order
    # as one C-keyed sort of the pieces with a line, then those without in their order
    kept = [r for r in removed if r.kind not in _SPLITTERS]
    ordered = sorted((r for r in kept if r.line is not None), key=_LINE)
    if len(ordered) < len(kept):
        ordered += [r for r in kept if r.line is None]
    groups: list[list[Removal]] = []
    for r in ordered:
        last = groups[-1][-1] if groups else None
        if last and r.line is not None and last.line == r.line and last.kind == r.kind:
            groups[-1].append(r)
        else:
            groups.append([r])
    return [g[0] if len(g) == 1 else Removal(g[0].kind, _join_all([r.text for r in g]), g[0].line) for g in groups]


def _join_all(texts: list[str]) -> str:
    """_join folded over the parts from the left, in time linear in their length: a whole article on one line
    can leave thousands of pieces of one kind on it, and joining each to the growing text was quadratic."""
    parts: list[str] = [texts[0]] if texts[0] else []  # (no empty parts: parts[-1][-1] is the text's last character)
    for b in texts[1:]:
        if parts and b and _HAN.match(parts[-1][-1]) and _HAN.match(b[0]):
            parts.append(b)
            continue
        while parts and not parts[-1].rstrip():  # the text's rstrip, part by part
            parts.pop()
        if parts:
            parts[-1] = parts[-1].rstrip()
        parts.append(" ")
        if b.lstrip():
            parts.append(b.lstrip())
    return "".join(parts)


_LINE = operator.attrgetter("line")


def _page_order(r: Removal) -> tuple[bool, int]:
    """Sort key: by line, pieces without a line last."""
    return (r.line is None, r.line or 0)


def removals_from_raw(article: Article) -> list[Removal]:
    """Header/footer pieces guessed from ``raw`` when the cleaner recorded none."""
    if not article.raw:
        return []
    squash = lambda s: _SPACES.sub("", s)  # noqa: E731 - tiny local helper
    kept = {squash(x) for x in [article.title or "", *article.body, *article.captions] if x.strip()}
    lines = article.raw.splitlines()
    idx = [i for i, ln in enumerate(lines) if squash(ln) in kept and squash(ln)]
    if not idx:
        return []
    body_start = next((i for i in idx if squash(lines[i]) != squash(article.title or "")), idx[0])
    out = []
    for i, ln in enumerate(lines):
        if not ln.strip() or i in idx:
            continue
        kind = "page_header" if i < body_start else "site_footer" if i > idx[-1] else "byline"
        out.append(Removal(kind, ln.strip(), i + 1))
    return out


def _article_end(removed: list[Removal]) -> float:
    """The line where the page's tail starts (the editor line or the site footer); header kinds after it are footer."""
    ends = [r.line for r in removed if r.line is not None and r.kind in ("editor_line", "site_footer")]
    return min(ends) if ends else float("inf")
