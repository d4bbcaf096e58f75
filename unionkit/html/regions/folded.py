"""A folded article: the rest of the text behind a show-more button.
"""

from __future__ import annotations

from ... import recode
from ..lines import _WS, _text_size
from .base import _outermost

# --- A folded article: the rest of the text behind a show-more button ------------------------------------

# The button under a collapsed article (展开全文 ∨, 点击展开, 阅读全文 >>, 查看全部内容): it reveals the rest of the
# same article, which the page ships hidden (display:none, a hidden class, a zero-height box).
_EXPAND = recode.compile(r"^(?:(?:点击|点此)?(?:展开|查看|阅读|显示)(?:阅读)?(?:全文|全部内容|剩余内容|剩余全文|余下全文|完整内容|"
                     r"更多内容|全部)|点击展开|展开|继续阅读|展开更多)$")
#: Arrows and marks around a button's words (展开全文 ∨, >>阅读全文).
_ARROWS = "∨∧▼▽↓⌄﹀⇩>›»…+.·()（）[]【】\u3000 "
#: Longest text (characters) of a show-more button.
EXPAND_MAX = 12
#: Element siblings looked at on each side (an empty gradient mask may sit between block and button).
FOLD_SIBLINGS = 3
#: Levels above the hidden block where its button is looked for (the button may sit outside the container).
FOLD_LEVELS = 3
#: Elements a button is made of.
_BUTTONS = "a, button, span, div, p, i, em, b, strong, font, label"
_ID_REF = recode.compile(r"[\w-]+")


def expand_control(node) -> bool:
    """Whether an element is a show-more button: its whole text is 展开全文 (or the like) and arrows."""
    text = _WS.sub("", node.text(deep=True) or "")
    return 0 < len(text) <= EXPAND_MAX and bool(_EXPAND.match(text.strip(_ARROWS)))


def _article_text(text: str) -> bool:
    """Whether a text holds a paragraph of article text."""
    from ..lines import has_article

    return has_article([_WS.sub("", text)])


def _referenced(control) -> set[str]:
    """The ids a button names in its handler or target attributes (onclick, href="#more", data-target)."""
    out = set()
    for k in ("onclick", "href", "data-target", "aria-controls", "data-for"):
        out.update(_ID_REF.findall(control.attributes.get(k) or ""))
    return out


def _control_in(node):
    """A show-more button that is ``node`` or lies inside it, or None."""
    if expand_control(node):
        return node
    return next((n for n in node.css(_BUTTONS) if expand_control(n)), None) if _text_size(node) <= EXPAND_MAX \
        else None


def _nearby_control(block):
    """The show-more button beside a hidden block: in one of the few element siblings before or after it
    (or after one of its nearest ancestors), the closest first."""
    node = block
    for _ in range(FOLD_LEVELS):
        for step in ("next", "prev"):
            sib, seen = getattr(node, step), 0
            while sib is not None and seen < FOLD_SIBLINGS:
                if sib.tag[0] not in "-!_":
                    seen += 1
                    found = _control_in(sib)
                    if found is not None:
                        return found
                sib = getattr(sib, step)
        node = node.parent
        if node is None or node.tag in ("body", "html"):
            break
    return None


def _named_control(start, block):
    """A show-more button anywhere that names the hidden block's id in its handler or target."""
    ident = block.attributes.get("id")
    if not ident:
        return None
    for n in start.css("[onclick], [data-target], [aria-controls], [data-for], a[href^='#']"):
        if ident in _referenced(n) and expand_control(n):
            return n
    return None


def folded_nodes(start, hidden: dict) -> tuple[set[int], set[int]]:
    """(hidden blocks to read, buttons to drop) of collapsed articles: a show-more button (展开全文) beside, or
    naming, a hidden block that holds paragraphs of article text in a container whose shown part is article
    text too: the article's folded remainder, which a reader gets with one click. ``hidden`` maps identities
    to the hidden elements. Hidden anti-copy strings (short, inside sentences) and hidden chrome (no article
    text around it) stay hidden."""
    blocks, buttons = set(), {}
    for k in _outermost(hidden):
        block = hidden[k]
        parent = block.parent
        if parent is None or not _article_text(block.text(deep=True) or ""):
            continue
        shown = (parent.text(deep=True) or "").replace(block.text(deep=True) or "", "", 1)
        if not _article_text(shown):
            continue  # (the continuation of text its container shows)
        control = _nearby_control(block) or _named_control(start, block)
        if control is not None:
            blocks.add(k)
            buttons[control.mem_id] = control
    return blocks, _outermost(buttons)
