"""Authors of the pages that have no byline: forum posters, a thread's starter, Q&A answerers, blog owners."""

from __future__ import annotations

from ... import lazyrx
from ...record import Removal
from ..dates import stamp_date
from .base import _LABEL_FIELD, _TRIM, _first, normalise_line
from .bylines import _UNIT
from .labels import labelled_fields
from .values import name_list

# (a bare status line, 当前离线, names no one: the name is then the profile block's first line)
_POSTER = lazyrx.compile(r"^\s*(?!(?:当前|當前)(?:离线|在线|離線|在線|線上|线上)\s*$)"
                         r"(?P<name>[^\s:：]{1,24}?)\s*(?:当前|當前)?(?:离线|在线|離線|在線|線上|线上)\s*$")
# A site's name ending in 在线, glued (融水在线): no poster's status, which stands apart from the name.
_SITE_ONLINE = lazyrx.compile(r"^\s*\p{Han}{2,10}(?:在线|在線)\s*$")
# A post's header: 发表于 and a date.
_POST_HEAD = lazyrx.compile(r"(?:发表于|發表於)\s*(?:19|20)\d\d")
# … with its colon, as PHPWind prints it (樓主 發表於: 2024-09-10, 1樓 發表於: 2024-09-10 12:31).
_POST_STAMP = lazyrx.compile(r"(?:发表于|發表於)\s*[:：]?\s*(?:19|20)\d\d")


def _reply_stamps(rows: list[Removal]) -> set[int]:
    """The ids of the post stamps after the first one among ``rows`` (page order): a thread's reply floors (沙发 发表于 …,
    1樓 發表於: …), whose time is a reply's, not the thread's, even on the opening post's day."""
    stamps = [r for r in rows if ("表" in r.text) and _POST_STAMP.search(r.text)]
    return {id(r) for r in stamps[1:]}


def _later_answer_stamps(rows: list[Removal]) -> set[int]:
    """The ids of the whole-line stamps after the first one among ``rows`` (page order): a Q&A page's other answers
    (编辑于 … ・IP 属地浙江 under the page's answer, 发布于 … under the next ones), whose time is not the page's."""
    stamps = [r for r in rows if ("于" in r.text or "於" in r.text) and stamp_date(normalise_line(r.text))]
    return {id(r) for r in stamps[1:]}


# A post's header naming its poster before the date (Discuz: "长江边的老冉 发表于 2024-7-29 16:48"). A floor's label
# in that place (楼主 / 樓主 / 沙发 / 5楼 / #5 发表于 …, either script) names the post's floor, never its poster.
_POST_HEAD_NAME = lazyrx.compile(r"^\s*(?!(?:楼主|樓主|沙发|沙發|板凳|地板|地下室|\d+\s*[楼樓#]|#\d+|第\d+[楼樓])\s)"
                                 r"(?P<name>[^\s|:：]{2,20})\s+(?:发表于|發表於)\s*(?:19|20)\d\d")
# A poster's online status on a line of its own names no one.
_STATUS = lazyrx.compile(r"^(?:当前|當前)?(?:离线|在线|離線|在線|隐身|隱身)$")
# A poster's profile block may open with the bare name (Discuz: 铁皮饭盒 on a line of its own).
_BARE_POSTER = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9_\-.]{2,16})\s*$")

# The first floor's stamp with its date (1楼 2024-05-20 14:33): when the thread was posted.
_FIRST_FLOOR = lazyrx.compile(r"(?<!\d)1\s*[楼樓]\s*((?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d)?)")


# A Q&A answer's or column article's vote count under its author's card (112 人赞同了该回答): the card is the name,
# maybe a one-line bio, maybe a follow button; the name opens it, a short handle with no clause.
_VOTE_COUNT = lazyrx.compile(r"^\s*\d[\d,.]*\s*(?:万|萬|[kK])?\s*人赞同了该(?:回答|文章)\s*$")
_HANDLE = lazyrx.compile(r"^\s*[\p{Han}A-Za-z0-9_·]{2,16}\s*$")
# The buttons and sort bar a card or answer list sets among those lines (关注, + 关注, 私信, 3 个回答 默认排序).
_CARD_BUTTON = lazyrx.compile(r"^\s*(?:[+＋]?\s*(?:关注|關注)(?:他|她|TA)?|已关注|私信|(?:\d+\s*个回答\s*)?(?:默认排序|按时间排序)"
                             r"|\d+\s*个回答)\s*$")
#: Lines of a card over its vote count, buttons not counted (the name and a bio).
_CARD_LINES = 2


def _answerer(above: list[Removal], votes: Removal) -> str | None:
    """The answerer's name from the card over an answer's vote count (name / bio / 关注 / 112 人赞同了该回答), or None."""
    if votes.line is None or not _VOTE_COUNT.match(votes.text):
        return None
    card, line = [], votes.line
    for r in reversed(above):  # the rows right above the count, line after line, buttons skipped
        if r.line is None or r.line != line - 1 or len(card) == _CARD_LINES:
            break
        line = r.line
        if not _CARD_BUTTON.match(r.text):
            card.append(r.text.strip())
    name = card[-1] if card else None
    return name if name and _HANDLE.match(name) and name not in _LABEL_FIELD else None


#: A blog's own name on a header row of its own or as a breadcrumb's item (郑建民的博客, 雪域博客 > 高原行者的博客 > 正文).
_BLOG_NAME = lazyrx.compile(r"(?:^|[>›»|｜]\s*)(?P<name>[\p{Han}A-Za-z0-9_]{2,12}?)的博客\s*(?:$|[>›»|｜])")


#: How a greeting over a blog opens, and the pronouns it ends with (欢迎访问我的博客): a sentence, not an owner's name.
_GREETING = ("欢迎", "歡迎", "访问", "訪問", "进入", "進入", "来到", "來到")
_PRONOUNS = frozenset("我你您他她们們")


def _blog_owner(line: str) -> str | None:
    """The owner of the blog a header row names (郑建民的博客 → 郑建民), else None: a personal blog's posts are its
    owner's, whatever the platform (新浪博客) over them.  Not a greeting (欢迎访问我的博客)."""
    mt = _BLOG_NAME.search(line)
    if mt is None or mt["name"][-1] in _PRONOUNS or mt["name"].startswith(_GREETING):
        return None
    return mt["name"]


#: A blog's profile card (新浪博客: 个人资料 / the owner's name / 微博 / 加好友 发纸条 写留言 加关注): its heading, and the
#: buttons a line or two under the name that make it a card.
_PROFILE_HEADS = ("个人资料", "個人資料")
_CARD_BUTTONS = ("加好友", "加关注", "加關注")


def _profile_owner(removed: list[Removal]) -> str | None:
    """The owner of the blog whose profile card the page keeps (个人资料 / 老周 / 微博 / 加好友 …), else None: the
    handle right under the card's heading, with the card's buttons within two lines after it."""
    for k, r in enumerate(removed):
        if r.text.strip() not in _PROFILE_HEADS or r.line is None or k + 1 >= len(removed):
            continue
        name = removed[k + 1]
        if name.line != r.line + 1 or not _HANDLE.match(name.text) or name.text.strip() in _LABEL_FIELD:
            continue
        if any(b.line is not None and b.line - name.line <= 2 and any(w in b.text for w in _CARD_BUTTONS)
               for b in removed[k + 2:k + 4]):
            return name.text.strip()
    return None


_UNIT_ONLY = lazyrx.compile(_UNIT)


def _poster_unit(value: str) -> str | None:
    """A CMS poster field naming an office rather than a person (发布者：区总工会办公室): the office posts for
    the body, and the golds take it as the author (发布人:矿区工会)."""
    v = value.strip(_TRIM)
    return v if _UNIT_ONLY.fullmatch(v) else None


def _forum_poster(removed: list[Removal]) -> str | None:
    """The poster's name from a forum's "name离线/在线" status line, else the bare name opening the
    first post's profile block."""
    for r in removed:
        if r.kind in ("user_profile", "forum_chrome", "page_header"):
            mt = _POSTER.match(normalise_line(r.text))
            if mt and not _SITE_ONLINE.match(normalise_line(r.text)):
                return mt["name"]
    for r in removed:  # the name the first post's header gives (长江边的老冉 发表于 2024-7-29 16:48 | 只看该作者)
        if r.kind in ("forum_chrome", "page_header", "user_profile") and _POST_HEAD.search(r.text):
            mt = _POST_HEAD_NAME.match(normalise_line(r.text))
            if mt:
                return mt["name"]
            break  # the first post's header names no one (the name stands above it): a reply's never counts
    first = next((r for r in removed if r.kind == "user_profile"), None)
    if first is not None:
        mt = _BARE_POSTER.match(normalise_line(first.text))
        if mt and not labelled_fields(first.text) and not _STATUS.match(mt["name"]):
            return mt["name"]
    return None


# A Tianya-style thread header: 楼主:name 时间:… (with a colon: "楼主 电梯直达" and "只看楼主" are menus).
_THREAD_STARTER = lazyrx.compile(r"^\s*(?:楼主|樓主)\s*[:：]\s*(?P<name>[^\s:：|｜]{1,24})(?:\s|$)")


def _thread_starter(text: str) -> str | None:
    """The thread starter's name on a "楼主:X" post header, else None."""
    mt = _THREAD_STARTER.match(normalise_line(text)) if "主" in text else None
    return mt["name"] if mt else None


def _unsigned_author(poster: str | None, removed: list[Removal], top: list[Removal]) -> str | None:
    """The author of a page that signs no byline: a labelled poster (``poster``: the header's 发帖人 field), a
    forum's poster, a Q&A answerer, a blog's owner (named by the blog's title or its profile card)."""
    author = None
    if poster is not None:
        author = name_list(poster) or _poster_unit(poster)
    if author is None:
        author = _forum_poster(removed)
    if author is None:  # a Q&A answer's card: the answerer's name, a bio, then the vote count (112 人赞同了该回答),
        # whatever chrome the cleaner filed the card with (a header's, or the answer list's links around it)
        author = _first(_answerer(removed[:k], r) for k, r in enumerate(removed) if "赞同了该" in r.text)
    if author is None:  # a blog's own name over the post (郑建民的博客): its owner writes the posts
        author = _first(_blog_owner(normalise_line(r.text)) for r in top if "的博客" in r.text)
    if author is None:  # a blog's profile card (个人资料 / 老周 / 加好友 …): its owner writes the posts
        author = _profile_owner(removed)
    return author
