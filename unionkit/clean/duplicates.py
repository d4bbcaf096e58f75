"""Body paragraphs given twice: scraper duplicates and an app page's preview before its full text.

Crawlers that join several renderings of a page (a mobile preview, the text
behind "展开全文", a print view) repeat paragraphs. A paragraph is a duplicate
when an earlier one has the same text, or when it is a preview: cut short
(often with an ellipsis) and the start of a later paragraph. Short lines
(refrains, "答:", a heading used twice) are left alone.
"""

from __future__ import annotations

#: Paragraphs shorter than this (characters without spaces) are never taken as duplicates.
MIN_CHARS = 12
_ELLIPSIS = "…．.。 "
#: Marks a cut-short paragraph shows when it has no ellipsis: it was cut inside running text.
_CLAUSE_MARKS = frozenset("，,、；;：:。！？!?“”")


def duplicate_paragraphs(texts: list[str]) -> list[int]:
    """Indexes of the paragraphs to drop: later exact repeats, and previews of a later paragraph."""
    keys = ["".join(t.split()) for t in texts]  # the cleaner's lines are tidy: no invisible characters left
    drop: set[int] = set()
    seen: dict[str, int] = {}
    for i, k in enumerate(keys):
        if len(k) < MIN_CHARS:
            continue
        if k in seen:
            drop.add(i)
            drop.update(_block_neighbours(keys, seen[k], i))
        else:
            seen[k] = i
    by_start: dict[str, list[int]] = {}  # paragraphs by their first characters: no quadratic scan
    for j, k in enumerate(keys):
        if len(k) >= MIN_CHARS and j not in drop:
            by_start.setdefault(k[:MIN_CHARS], []).append(j)
    for i, k in enumerate(keys):
        if i in drop or len(k) < MIN_CHARS:
            continue
        head = k.rstrip(_ELLIPSIS)
        if head == k and _CLAUSE_MARKS.isdisjoint(k):
            continue  # a bare name that a later list line starts with (某某公司, then 某某公司某车间), no cut text
        if len(head) < MIN_CHARS:
            continue
        # (a start's list is in page order: when its last line is not below line i, no later line can carry on
        # from it, and most lists hold only line i itself)
        later = by_start.get(head[:MIN_CHARS])
        if later and later[-1] > i and any(j > i and keys[j] != k and keys[j].startswith(head) for j in later):
            drop.add(i)
    return sorted(drop)


def _block_neighbours(keys: list[str], first: int, again: int) -> list[int]:
    """The short lines next to a repeated line that repeat the lines next to its first copy: a paragraph cut into
    lines and given twice repeats its short pieces too (据了解，受航线调整等 / 因素影响，… / 船连续工作超过9个月。).
    Only lines right beside the repeat, in the same order as beside the first copy, and below it."""
    out = []
    for step in (-1, 1):
        a, b = first + step, again + step
        while 0 <= a < len(keys) and first < b < len(keys) and a != again and keys[a] and keys[a] == keys[b] \
                and len(keys[b]) < MIN_CHARS:
            out.append(b)
            a, b = a + step, b + step
    return out
