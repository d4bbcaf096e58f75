"""Forum signatures, the article's content container and the sidebar link lists beside it.
"""

from __future__ import annotations

from ... import recode
from ..lines import _WS, _text_size, element_siblings, is_menu_list
from .base import _holds

# --- Forum signatures and sidebar link lists ------------------------------------------------------

#: Forum post markup (Discuz! postmessage_N, vBulletin post_message_N, a Discuz! touch thread's div.plc#pidN
#: floors): pages where signature classes mean one.
_FORUM_POSTS = "[id^=postmessage_], [id^=post_message_], .plc[id^=pid], .tpc_content"
#: The signature block under a forum post: Discuz! div.sign (div.signatures in Discuz! 7), phpBB/vBulletin
#: .signature(container), phpwind .tpc_signature.
_SIGNATURES = ".sign, .signature, .signatures, .signaturecontainer, .tpc_signature"


def signature_nodes(start) -> set[int]:
    """Identities of the posters' signature blocks of a forum thread page (chrome under each post)."""
    if start.css_first(_FORUM_POSTS) is None:
        return set()
    return {n.mem_id for n in start.css(_SIGNATURES)}


#: A link list's item may carry its date besides the link ("标题 04-08", "[2024-04-08]").
_ITEM_DATE = recode.compile(r"[\[(（【]?\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?[\])）】]?")
#: Paragraph text (characters) a block must hold to be taken as the article's container.
CONTAINER_MIN = 200


def link_list(lst) -> bool:
    """Whether a <ul>/<ol> lists links only: two or more items, each one link (and maybe its date)."""
    items = [c for c in lst.iter() if c.tag == "li"]
    if len(items) < 2:
        return False
    for li in items:
        text = _WS.sub("", li.text(deep=True) or "")
        link = "".join(_WS.sub("", a.text(deep=True) or "") for a in li.css("a"))
        if not link or link not in text or _ITEM_COUNT.sub("", _ITEM_DATE.sub("", text.replace(link, "", 1))):
            return False
    return True


#: ... or its count (a related question's "23 个回答", a post's "(12)" replies, "1.2万阅读").
_ITEM_COUNT = recode.compile(r"[\[(（]?\d[\d,.]*[万千kKwW]?\s*(?:个回答|条回答|回答|条评论|评论|回复|次浏览|浏览|阅读|人关注|关注)?[\])）]?")


def content_container(start):
    """The element whose <p> children hold the most text (the article's text block), or None when
    the paragraphs are too short to tell. Only the few parents with the most paragraphs are measured."""
    count: dict[int, int] = {}
    nodes = {}
    for p in start.css("p"):
        parent = p.parent
        if parent is not None:
            k = parent.mem_id
            count[k] = count.get(k, 0) + 1
            nodes[k] = parent
    if not count:
        return None
    top = sorted(count, key=count.__getitem__, reverse=True)[:CONTAINER_CANDIDATES]
    size, best = max((_text_size(nodes[k]), i) for i, k in enumerate(top))
    return nodes[top[best]] if size >= CONTAINER_MIN else None


#: How many parents of paragraphs are measured for the article's text block.
CONTAINER_CANDIDATES = 3


def sidebar_lists(start) -> set[int]:
    """Identities of the link lists in a column beside or after the article's (a sibling after the block
    holding the article's text block, or after one of its nearest ancestors; a sibling before that block made of
    boxes under headings, a left-hand column): a portal's sidebar of notices and rankings, a Q&A page's 相关问题
    box, not article text."""
    if start.css_first("ul, ol") is None:
        return set()
    box = content_container(start)
    column = box.parent if box is not None else None
    out = set()
    for level in range(SIDEBAR_LEVELS):
        if column is None or column.parent is None or column.tag in ("body", "html"):
            break
        for sib in element_siblings(column, True):
            out.update(k for k, _ in _column_boxes(sib, level))
        if level == 0:
            # (before the article's block, a column only when it holds boxes under headings, a menu among them, 网上服务:
            # the header's menus and an e-paper's edition list come first too, under no heading or one)
            for sib in element_siblings(column, False):
                headed = [k for k, h in _column_boxes(sib, level, menus=True) if h]
                if len(headed) >= SIDE_BOXES_MIN:
                    out.update(headed)
        column = column.parent
    return out


#: Fewest boxes under headings that make the block before the article's a sidebar.
SIDE_BOXES_MIN = 2


def _column_boxes(column, level: int, menus: bool = False) -> list[tuple[int, bool]]:
    """(identity, whether under a heading) of the sidebar boxes in a column: its link lists (only lists of headlines
    further out: a footer's 关于我们 | 网站地图 links are the cleaner's), each with its heading; with ``menus``, a menu
    of short links under a heading of its own too."""
    out = []
    for lst in column.css("ul, ol"):
        if not link_list(lst) or level and not _headline_items(lst):
            continue
        box = _titled_box(lst, column)
        headed = box is not lst and _text_size(box) > _text_size(lst)
        if not is_menu_list(lst) or menus and headed:
            out.append((box.mem_id, headed))
    return out


#: How many levels above the article's text block the columns after it are looked for.
SIDEBAR_LEVELS = 5
#: Shortest mean link text (characters) of a list of headlines or questions.
HEADLINE_ITEM_MIN = 8


def _headline_items(lst) -> bool:
    """Whether a link list's links read as headlines (long), not as a footer's or menu's words."""
    texts = [_WS.sub("", a.text(deep=True) or "") for a in lst.css("li a")]
    return bool(texts) and sum(map(len, texts)) / len(texts) >= HEADLINE_ITEM_MIN


#: Longest heading of a sidebar box (相关问题, 热门文章排行): a few words.
BOX_HEADING_MAX = 12


def _titled_box(lst, column):
    """The sidebar box of a link list: its parent when that holds only the list and a short heading
    (the heading goes with the list it names), else the list; never beyond the column."""
    parent = lst.parent
    if parent is None or not _holds(column, parent) or len(parent.css("ul, ol")) != 1:
        return lst
    return parent if _text_size(parent) - _text_size(lst) <= BOX_HEADING_MAX else lst
