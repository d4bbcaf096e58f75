"""Low-level pieces the region finders share: an element's squashed text, containment and document order,
the outermost of a set of elements, a class-name test.
"""

from __future__ import annotations

from ..lines import _WS

#: The labels of a record's keyword or tag field (关键词:, 标签:, Tags:), simplified and traditional: a CMS's tags,
#: no text of the article.
KEYWORD_LABELS = r"标签|標籤|关键词|關鍵詞|关键字|關鍵字|tags?"

def _class_matches(node, rx) -> bool:
    """Whether one of an element's class names matches ``rx`` (class selectors by substring find the
    candidates; the pattern says which part of a name counts)."""
    return any(rx.search(c) for c in (node.attributes.get("class") or "").split())


def _id_or_class_matches(node, rx) -> bool:
    """Whether an element's id or one of its class names matches ``rx`` (a region named by either)."""
    a = node.attributes
    return any(rx.search(w) for w in (a.get("id") or "", *(a.get("class") or "").split()))


def _outermost(nodes: dict) -> set[int]:
    """Identities of the given elements (by identity) but those inside another one: a caption's line
    gets one placeholder."""
    out = set()
    for k, node in nodes.items():
        p = node.parent
        while p is not None and p.mem_id not in nodes:
            p = p.parent
        if p is None:
            out.add(k)
    return out


def _outermost_in_order(start, selector: str) -> list:
    """The elements under ``start`` matching ``selector`` but those inside another match, in document order
    (css() gives document order, and a node matching two selectors twice: it is kept once)."""
    found = {n.mem_id: n for n in start.css(selector)}
    top = _outermost(found)
    return [n for k, n in found.items() if k in top]


def _squashed(node) -> str:
    """An element's text without whitespace (ideographic spaces included)."""
    return _WS.sub("", (node.text(deep=True) or "").replace("\u3000", ""))


def _holds(node, other) -> bool:
    """Whether ``other`` is ``node`` or inside it."""
    while other is not None:
        if other.mem_id == node.mem_id:
            return True
        other = other.parent
    return False


def _before(start, node, other) -> bool:
    """Whether ``node`` comes before ``other`` in document order under ``start``."""
    for n in start.css("*"):
        if n.mem_id == node.mem_id:
            return True
        if n.mem_id == other.mem_id:
            return False
    return False
