"""Another article beside the page's own: an e-paper page (or a portal's two-column block) that prints two
articles side by side, each under its own headline, while its <title> names one of them.
"""

from __future__ import annotations

from ..lines import _SENTENCE, root_of
from ..title import _rank
from .base import _holds, _squashed

#: The headline tags two parallel articles are set under (the same tag for both).
_HEADLINES = "h1, h2, h3"
#: Shortest text (characters, whitespace aside) of an article's box beside its headline: a paragraph.
RIVAL_PROSE_MIN = 80
#: Longest text (characters) an article's box may show before its headline: a kicker line (引题) over it.
KICKER_MAX = 40


def _article_box(heading, other):
    """The outermost element holding ``heading`` but not ``other`` (the box of its article, beside the other's
    under the element holding both), when it is an article: it opens with its headline (a kicker aside) and
    holds a paragraph of prose; else None."""
    box = heading
    while box.parent is not None and not _holds(box.parent, other):
        box = box.parent
    text, head = _squashed(box), _squashed(heading)
    if not head or len(text) < RIVAL_PROSE_MIN or _SENTENCE.search(text) is None:
        return None
    at = text.find(head)
    return box if 0 <= at <= KICKER_MAX else None


def rival_article_nodes(start) -> set[int]:
    """Identities of the boxes of the other articles a page prints beside the one its ``<title>`` names: under a
    headline of the same tag the title does not name, a box (up to the element it shares with the named
    headline) that opens with that headline and holds prose, beside a box that does so for the named headline.
    A heading without prose of its own (a logo, the named headline over a body set apart) or a subheading
    inside the named article's text is no rival article."""
    heads = start.css(_HEADLINES)
    if len(heads) < 2:
        return set()
    node = root_of(start).css_first("title")
    title = (node.text() or "").strip() if node is not None else ""
    if not title:
        return set()
    ranks = [_rank(h.text(deep=True) or "", title, None) for h in heads]
    best = max(range(len(heads)), key=lambda i: (ranks[i], len(_squashed(heads[i]))))
    if not ranks[best]:
        return set()
    named = heads[best]
    out: set[int] = set()
    for h, r in zip(heads, ranks):
        if r or h.tag != named.tag or _holds(named, h) or _holds(h, named):
            continue
        box = _article_box(h, named)
        if box is not None and _article_box(named, h) is not None:
            out.add(box.mem_id)
    return out
