"""Forum threads and comments: thread replies, comment areas, post footers and tag lists, Q&A answers after the first,
reply-list headings, post action links, floor labels and comment widgets.
"""

from __future__ import annotations

import re

from ... import recode
from ..lines import BLOCK, _SENTENCE, _text_size, element_sibling, element_siblings
from .base import _before, _holds, _id_or_class_matches, _outermost, _outermost_in_order, _squashed
from .sidebars import content_container

# --- Thread replies, comment areas and post footers -----------------------------------------------

#: One post of a thread (Discourse's div.topic-post / article[data-post-id], its crawler view's .crawler-post,
#: the floors of a Discuz! touch (mobile) thread: div.plc#pidN, 楼主 first, then 沙发/板凳/地板/N#).
_POSTS = ".topic-post, [data-post-id], .crawler-post, .plc[id^=pid], .PostStream-item"
#: (Flarum's .PostStream-item is one post of its stream.)
#: A thread page's own chrome under the posts: Discourse's topic map (创建/最后回复/浏览/用户) and its
#: suggested or related topics table.
_THREAD_CHROME = {".topic-map": "forum_chrome", ".more-topics, .suggested-topics, #suggested-topics": "related_links",
                  # Flarum (.PostStream-item posts): a post's likes line (某某 和 另外 5 人 觉得很赞),
                  # its 赞/回复 buttons and the reply box (说点什么...)
                  ".Post-footer, .Post-actions, .ReplyPlaceholder": "forum_chrome"}
#: Blog comment areas (WordPress #comments / ol.comment-list / #respond with its form): readers'
#: comments and the reply form under the article.
_COMMENTS = "#comments, .comments-area, .comment-list, .commentlist, #respond, .comment-respond"
#: A blog post's footer after its text (WordPress .entry-footer: 发布于 date, 作者, 分类, 标签) and the
#: taxonomy link boxes themes print elsewhere: metadata, not article text.
_POST_FOOTERS = {".entry-footer": "page_header", ".cat-links, .tags-links, .post-taxonomies": "navigation"}


def thread_nodes(start) -> dict[int, str]:
    """Removal kinds of a thread page's replies (every post after the first: the first post is the
    article) and of the thread's own chrome (topic map, suggested topics), by element identity."""
    order = _outermost_in_order(start, _POSTS)
    if not order:
        return {}
    # (a later "post" holding the headline is a theme's article card, not a reply)
    out = {n.mem_id: "forum_chrome" for n in order[1:] if n.css_first("h1") is None}
    for sel, kind in _THREAD_CHROME.items():
        out.update({n.mem_id: kind for n in start.css(sel)})
    return out


# The class of a post's tag list (Hugo's ul.post-tags, a CMS's div.tags, entry-tags, tag-list, taglist): a tag word as
# the whole class name or its last -/_ separated part, or followed by a list word.
_TAG_CLASS = recode.compile(r"(?:^|[-_])tags?(?:[-_]?(?:list|box|wrap|area))?$", re.I)
#: What a tag list shows between its links: spaces, commas, bars, dots and the hash marks of hashtags.
_TAG_SEPARATORS = recode.compile(r"[\s,，、;；|｜/·•#＃]*")
#: Longest tag (characters): a keyword or a name, never a headline.
TAG_MAX = 16


def tag_list_nodes(start) -> set[int]:
    """Identities of a post's unlabelled tag lists (outermost): an element whose class names tags, or that holds
    ``rel="tag"`` links, showing nothing but short links and separators. Under the text they read as a line of
    keywords (技能比武 新能源汽车 …) the cleaner, with no 标签： label to go by, would keep as article text."""
    found = {}
    for node in start.css("[class*=tag], [class*=Tag], a[rel~=tag]"):
        if node.tag == "a":
            boxes = [b for b in (node.parent, node.parent and node.parent.parent) if b is not None]
        elif any(_TAG_CLASS.search(c) for c in (node.attributes.get("class") or "").split()):
            boxes = [node]
        else:
            continue
        for box in boxes:
            if box.mem_id not in found and box.tag not in ("body", "html") and _tag_list(box):
                found[box.mem_id] = box
    return _outermost(found)


def _tag_list(box) -> bool:
    """Whether an element shows only short links (tags) and the separators between them."""
    links = box.css("a")
    if not links or box.css_first("h1, h2, p, img, table") is not None:
        return False
    rest = _squashed(box)
    for a in links:
        text = _squashed(a)
        if not text or len(text) > TAG_MAX or _SENTENCE.search(text):
            return False
        rest = rest.replace(text, "", 1)
    return bool(_TAG_SEPARATORS.fullmatch(rest))


def comment_nodes(start) -> dict[int, str]:
    """Removal kinds of blog comment areas, post footers and tag lists (none that holds the headline)."""
    out = {}
    for n in start.css(_COMMENTS):
        if n.css_first("h1") is None:
            out[n.mem_id] = "comment_form"
    for sel, kind in _POST_FOOTERS.items():
        for n in start.css(sel):
            if n.css_first("h1") is None:
                out.setdefault(n.mem_id, kind)
    for k in tag_list_nodes(start):
        out.setdefault(k, "navigation")
    return out

#: One answer of a Q&A page: schema.org Answer microdata (Zhihu, Stack Exchange), Zhihu's .AnswerItem.
_ANSWERS = ("[itemprop=acceptedAnswer], [itemprop=suggestedAnswer], [itemtype*=\"schema.org/Answer\"], "
            ".AnswerItem, .answer-item")
#: Text (characters) a box may hold besides its answers and still be their list (更多回答, 查看全部 N 个回答).
ANSWER_BOX_EXTRA = 30


def answer_nodes(start) -> set[int]:
    """Identities of a Q&A page's other answers: on a question page opened at one answer (知乎
    /question/N/answer/M) that answer is the article; the answers listed after it (更多回答) are
    other users' posts. Each later answer goes with the box that lists them, heading and all."""
    order = _outermost_in_order(start, _ANSWERS)
    if len(order) < 2:
        return set()
    first = order[0]
    boxes = {}
    for node in order[1:]:
        box = node
        while box.parent is not None and box.parent.tag not in ("body", "html") and not _holds(box.parent, first):
            parent = box.parent
            inside = sum(_text_size(a) for a in order[1:] if _holds(parent, a))
            if _text_size(parent) - inside > ANSWER_BOX_EXTRA:
                break
            box = parent
        boxes[box.mem_id] = box
    return _outermost(boxes)


# --- A thread's reply-list heading and a post's action links ----------------------------------------------

# The heading over a thread's or article's replies (最新回复 (4), 全部评论, 共12条回复, 评论(3)): it names the
# list of other users' posts that follows, never the article's text.
_REPLY_HEADING = recode.compile(
    r"^(?:(?:最新|全部|热门|精彩|网友|所有|最新|最热)(?:回复|回覆|回帖|评论|評論|跟帖|留言)(?:列表)?(?:[(（]\d+[)）]|\d+)?"
    r"|(?:回复|回覆|回帖|评论|評論|跟帖|留言)(?:列表)?[(（]\d+[)）]"
    r"|共?\d+(?:条|條|个|個|篇|楼|樓)?(?:回复|回覆|回帖|评论|評論|跟帖|留言))$")
_HEADING_BLOCKS = "div, p, h2, h3, h4, h5, h6, dt, li, header"


#: Levels a reply heading's wrappers are climbed to find the list that follows it.
REPLY_LEVELS = 3


_COMMENT_WORDS = recode.compile(r"评论|評論|留言")
_REPLY_WORDS = recode.compile(r"回复|回覆|回帖|评论|評論|跟帖|留言")


def reply_heading_nodes(start) -> dict[int, str]:
    """Removal kinds of a reply list under the article (after its text block) with its heading (最新回复 (4)),
    by identity: the heading block and the elements after it in its box (the replies: forum chrome; readers'
    comments: a comment area). The heading's wrappers are climbed while they hold nothing else; with nothing
    after it, nothing is taken (the cleaner reads the heading as the start of the comments)."""
    if not _REPLY_WORDS.search(start.text(deep=True) or ""):
        return {}  # (no reply word on the page: no block is measured)
    found = {n.mem_id: n for n in start.css(_HEADING_BLOCKS) if _REPLY_HEADING.match(_squashed(n))}
    if not found:
        return {}
    box = content_container(start)
    if box is None:
        return {}
    out = {}
    for k in _outermost(found):
        node = found[k]
        if _holds(node, box) or _holds(box, node) or not _before(start, box, node):
            continue  # (a count in the header or tool bar above the text)
        text = _squashed(node)
        kind = "comment_form" if _COMMENT_WORDS.search(text) else "forum_chrome"
        for _ in range(REPLY_LEVELS):
            after = element_siblings(node)
            if after:
                out.update((n.mem_id, kind) for n in [node, *after])
                break
            node = node.parent
            if node is None or node.tag in ("body", "html") or _squashed(node) != text:
                break
    return out


# An id or class naming a readers' comment or reply area (#comment, .comment-list, #comment_ul, .commentlist,
# .reply-box, .pinglun, .cmt-list): what it holds is other users' posts, never the article's own rows.
_COMMENT_AREA = recode.compile(r"comment|repl(?:y|ies)|pinglun|(?:^|[-_])cmts?(?:$|[-_])", re.I)
#: Levels an element's wrappers are climbed to find the reply heading (最新评论) its list follows.
AREA_LEVELS = 4


def in_comment_area(node) -> bool:
    """Whether an element sits in a readers' comment or reply list (a Discuz! portal article's 最新评论 rows,
    each a user's name and time): a wrapper's id or class names one, or a wrapper follows a reply heading."""
    n, level = node, 0
    while n is not None and n.tag not in ("body", "html"):
        if _id_or_class_matches(n, _COMMENT_AREA):
            return True
        if level < AREA_LEVELS:
            prev = element_sibling(n, False)
            if prev is not None and _REPLY_HEADING.match(_squashed(prev)):
                return True
        n, level = n.parent, level + 1
    return False


# A post's own action buttons (编辑, 删除, 引用, 举报): a bare action word on a link to the forum's edit, delete,
# quote or report handler (post-update-88119.htm, action=edit), beside the poster's name and date, where the
# word would read as a byline label's value.
_ACTION_WORD = recode.compile(r"^(?:编辑|編輯|修改|删除|刪除|引用|举报|舉報|回复|回覆|管理|置顶|置頂|移动|移動)$")
_ACTION_HREF = recode.compile(r"(?:^|[/?&=._-])(?:edit|update|modify|delete|del|remove|quote|report|reply|manage)"
                          r"(?:[/?&=._-]|$)", re.I)


def action_link_nodes(start) -> set[int]:
    """Identities of links that are a post's action buttons: a bare action word leading to its handler."""
    return {a.mem_id for a in start.css("a[href]")
            if _ACTION_WORD.match(_squashed(a)) and _ACTION_HREF.search(a.attributes.get("href") or "")}


# --- A floor label glued to the poster's name -------------------------------------------------------------

# The floor of a post (楼主, 沙发, 板凳, 地板, 5楼, #5) in an element of its own before the poster's name: Discuz!
# touch threads print <em>楼主</em><b><a>name</a></b>, styled apart; glued, the label reads as part of the name.
_FLOOR_LABEL = recode.compile(r"^(?:楼主|樓主|沙发|沙發|板凳|地板|地下室|\d{1,4}\s*[楼樓#]|#\d{1,4}|第\d{1,4}[楼樓])$")
_FLOOR_TAGS = "em, i, b, strong, span, font, label, small"
_WORD = recode.compile(r"\w")


def floor_label_nodes(start) -> set[int]:
    """Identities of inline elements holding a post's floor label alone, with the poster's name (an element)
    right after them and no text between: the label is forum chrome, the name the poster's."""
    text = start.text(deep=True) or ""
    if not any(ch in text for ch in "楼樓沙板地#"):
        return set()
    out = set()
    for node in start.css(_FLOOR_TAGS):
        if not _FLOOR_LABEL.match(_squashed(node)):
            continue
        sib = node.next
        while sib is not None and sib.tag == "-text" and not (sib.text_content or "").strip():
            sib = sib.next
        if (sib is not None and sib.tag not in BLOCK and sib.tag[0] not in "-!_" and sib.tag != "br"
                and _WORD.search(_squashed(sib))):  # (a name: not the "#" a desktop floor's number carries)
            out.add(node.mem_id)
    return out


# --- A comment widget after the article ------------------------------------------------------------------

# A class or id word naming a comment area: comment(s), cmt, pinglun, NetEase's tie/gentie (跟贴: post_tie_top,
# tieArea, tie-titlebar). Words are split at -, _ and camelCase humps.
_COMMENT_TOKEN = frozenset(("comment", "comments", "cmt", "cmts", "pinglun", "gentie", "tie", "ties"))
_NAME_WORDS = recode.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# What a comment widget says of itself: its count, prompt or policy (跟贴 0 参与, 写跟贴, 发表评论, 文明上网 …).
_COMMENT_SAYS = recode.compile(r"跟贴|跟帖|評論|评论|留言|网友|網友|发表|發表|文明上网|文明上網")
_COMMENT_NAMED = ("[class*=omment], [id*=omment], [class*=tie], [id*=tie], [class*=mt], [id*=mt], "
                  "[class*=inglun], [id*=inglun]")


def _inside(node, taken) -> bool:
    """Whether one of a node's ancestors is among ``taken`` (identities) or is page chrome by its tag (an
    <aside> sidebar's recent-comments widget is the sidebar's)."""
    p = node.parent
    while p is not None:
        if p.mem_id in taken or p.tag in ("aside", "nav"):
            return True
        p = p.parent
    return False


def _comment_named(node) -> bool:
    """Whether one of an element's class or id names is made of words one of which names a comment area."""
    names = (node.attributes.get("class") or "").split() + (node.attributes.get("id") or "").split()
    return any(w.lower() in _COMMENT_TOKEN for n in names for w in _NAME_WORDS.findall(n))


def comment_widget_nodes(start, taken: dict | set = frozenset()) -> set[int]:
    """Identities of comment widgets after the article's text block: an element named as a comment area
    (NetEase's 跟贴 box, a CMS's #comment-box) that says what it is (跟贴 / 评论 / 留言 / 文明上网…), outside
    the text block and after it. Its header (跟贴0参与0跟贴), prompt and policy line are chrome, not text.
    Elements ``taken`` (by identity) by another rule, or holding one (a sidebar's recent-comments link list),
    are left to it."""
    found = {n.mem_id: n for n in start.css(_COMMENT_NAMED) if _comment_named(n)}
    if not found:
        return set()
    box = content_container(start)
    if box is None:
        return set()
    out = set()
    for k in _outermost(found):
        node = found[k]
        if _holds(node, box) or _holds(box, node) or not _COMMENT_SAYS.search(node.text(deep=True) or ""):
            continue
        if k in taken or any(d.mem_id in taken for d in node.traverse()) or _inside(node, taken):
            continue
        if _before(start, box, node):
            out.add(k)
    return out
