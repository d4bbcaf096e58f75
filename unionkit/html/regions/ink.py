"""Anti-copy text: white ink on the page's own white background, and invisible ink set by the page's stylesheet
(a class its <style> block colours white or shrinks to 1px).
"""

from __future__ import annotations

import re

from ... import recode
from ..lines import _small, css_rules

# --- Anti-copy text in the page's own background colour ------------------------------------------

# White ink: a colour declaration (not background-color) or a <font color> of #fff/#ffffff/white/rgb(255,255,255).
_WHITE = r"(?:#fff(?:fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\))(?![\w-])"
_WHITE_STYLE = recode.compile(r"(?<![\w-])color\s*:\s*" + _WHITE, re.I)
_WHITE_VALUE = recode.compile(r"^\s*(?:" + _WHITE + r"|ffffff)\s*$", re.I)
_BACKGROUND = recode.compile(r"(?<![\w-])background(?:-color)?\s*:\s*([^;]+)", re.I)


def white_ink(attrs: dict) -> bool:
    """Whether an element's own attributes colour its text white."""
    color = attrs.get("color")
    if color and _WHITE_VALUE.match(color):
        return True
    style = attrs.get("style")
    return bool(style) and "olor" in style and bool(_WHITE_STYLE.search(style))


def on_white(node) -> bool:
    """Whether no ancestor paints a background other than white (inline styles and bgcolor)."""
    p = node.parent
    while p is not None:
        a = p.attributes
        bg = a.get("bgcolor")
        if bg and not _WHITE_VALUE.match(bg):
            return False
        style = a.get("style")
        if style and "ackground" in style:
            m = _BACKGROUND.search(style)
            if m and not _WHITE_VALUE.match(m.group(1)) and m.group(1).strip().lower() not in (
                    "none", "transparent", "inherit", "initial"):
                return False
        p = p.parent
    return True


def _in_text(node) -> bool:
    """Whether an element sits inside a run of text (a text node right before or after it)."""
    for sib in (node.prev, node.next):
        if sib is not None and sib.tag == "-text" and (sib.text_content or "").strip():
            return True
    return False


def white_ink_nodes(start, ink: frozenset[str] | set[str] = frozenset(), painted: frozenset[str] | set[str] = frozenset()
                    ) -> set[int]:
    """Identities of short white-inked elements set inside sentences on a white page.

    News portals salt their paragraphs with random strings in ``<font color=#ffffff>``: invisible
    on the white page, copied along with the text. Any such string is hidden, letters only or
    not; white text on an element that paints its own background (a dark banner) is shown.
    ``ink`` are the simple selectors the page's stylesheet inks invisibly (``css_ink_selectors``: a
    reprint's ``<span class="jm">`` styled white or 1px in its <style>); ``painted`` the classes, ids
    and tags it gives a background of its own (``css_painted``), under which white text shows.
    """
    out = set()
    for node in start.css("font[color], [style*=olor]"):
        if white_ink(node.attributes) and _small(node) and _in_text(node) and on_white(node):
            out.add(node.mem_id)
    if ink:
        try:
            styled = start.css(", ".join(sorted(ink)))
        except Exception:  # a selector Lexbor does not take: the rules are not applied
            styled = []
        for node in styled:
            if _small(node) and _in_text(node) and on_white(node) and not _under_painted(node, painted):
                out.add(node.mem_id)
    return out


# --- Invisible ink set by the page's own stylesheet (a class the <style> block colours white or shrinks) ---

# A font too small to read: 1px/1pt or less (0 is hidden outright by ``lines.hides``).
_TINY_FONT = recode.compile(r"(?<![\w-])font-size\s*:\s*(?:0*\.\d+|0*1(?:\.0+)?)\s*(?:px|pt)\s*(?:;|!|$)", re.I)
# A simple selector: a tag, an id and classes, with a class or an id (no combinator, attribute or pseudo part).
_SIMPLE = recode.compile(r"^(?:[A-Za-z][\w-]*)?(?:#[\w-]+)?(?:\.[\w-]+)*$")
# The last compound of a selector: its tag, id and classes (for the elements a background rule paints).
_LAST_COMPOUND = recode.compile(r"([A-Za-z][\w-]*)?((?:[#.][\w-]+)*)\s*$")
_NAMES = recode.compile(r"[#.][\w-]+")
# A quick look for a rule that may ink text invisibly, before a stylesheet is parsed.
_INK_HINT = recode.compile(r"(?<![\w-])color\s*:\s*(?:#fff|white|rgba?\(\s*255)|font-size\s*:\s*(?:0*\.|0*1(?:\.0+)?\s*p)",
                       re.I)
#: Background values that leave the page's white showing.
_CLEAR = ("none", "transparent", "inherit", "initial", "unset")
#: A hex colour, short or long (lowercased).
_HEX_COLOUR = recode.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})")


def _light(value: str) -> bool:
    """Whether a background value leaves white showing: none/transparent, white, or a near-white hex colour."""
    v = value.strip().lower().replace("!important", "").strip()
    if v in _CLEAR or _WHITE_VALUE.match(v):
        return True
    m = _HEX_COLOUR.fullmatch(v)
    if not m:
        return False
    h = m.group(1)
    h = "".join(c * 2 for c in h) if len(h) == 3 else h
    return all(int(h[i:i + 2], 16) >= 0xE0 for i in (0, 2, 4))


def invisible_ink(body: str) -> bool:
    """Whether a style declaration block makes its text unreadable on a white page: white ink (without a
    background of its own) or a font of 1px or less."""
    s = body + ";"
    if _TINY_FONT.search(s):
        return True
    m = _BACKGROUND.search(s)
    return bool(_WHITE_STYLE.search(s)) and (m is None or _light(m.group(1)))


def css_ink_selectors(css: str) -> set[str]:
    """Simple selectors (``.jm``, ``span.jm``, ``#x``) a stylesheet inks invisibly on screen: the anti-copy
    class of a reprint whose <style> colours its inserted strings white or shrinks them to 1px. Compound and
    descendant selectors are not read (``.banner .title{color:#fff}`` styles a dark box's text)."""
    if not _INK_HINT.search(css):
        return set()
    out = set()
    for sel, body, hiding in css_rules(css):
        if hiding or not invisible_ink(body):
            continue
        for part in sel.split(","):
            part = part.strip()
            if ("." in part or "#" in part) and _SIMPLE.match(part):
                out.add(part)
    return out


def css_painted(css: str) -> set[str]:
    """Tags, ``.class`` and ``#id`` names a stylesheet gives a background of their own (not white): white text
    under them is shown (a dark banner, a coloured button)."""
    if "ackground" not in css:
        return set()
    out = set()
    for sel, body, _ in css_rules(css):
        m = _BACKGROUND.search(body)
        if m is None or _light(m.group(1)):
            continue
        for part in sel.split(","):
            c = _LAST_COMPOUND.search(part.strip())
            if c:
                out.update(_NAMES.findall(c.group(2)))
                if c.group(1) and not c.group(2):
                    out.add(c.group(1).lower())
    return out


def _under_painted(node, painted) -> bool:
    """Whether an ancestor of ``node`` (or the node) has a tag, class or id the stylesheet paints."""
    if not painted:
        return False
    p = node
    while p is not None:
        a = p.attributes
        if p.tag in painted or ("#" + (a.get("id") or "")) in painted:
            return True
        cls = a.get("class")
        if cls and any("." + c in painted for c in cls.split()):
            return True
        p = p.parent
    return False
