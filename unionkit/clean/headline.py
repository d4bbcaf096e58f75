"""Which line is the headline: candidates above the first paragraph, scored by their neighbours.

Also the lines of a newspaper's headline stack (引题 above, 副题 below), the
forum subject and its tags, and the marks a headline carries (site suffix,
【】, a CMS field label).
"""

from __future__ import annotations

from .. import lazyrx
from . import byline, chrome, forum, title as tmod
from .lines import STOPS, Line, fold, line_cache
from .shapes import (feed_title, name_over_date, name_over_follow, next_filled, pattern_kind, prev_filled, prev_filled_raw, red_header,
                     shape_kind, value_under_label)
from .whitespace import tidy


def find_title(lines: list[Line], is_forum: bool) -> int | None:
    """Index of the headline line, after marking a forum subject prefix or a site suffix."""
    if is_forum:
        for i, ln in enumerate(lines[:60]):
            if ln.blank:
                continue
            at = tmod.subject(ln.folded)
            if at is not None:
                ln.mark(0, at, "forum_chrome")
                return i
            at = forum.link_button(ln.folded)
            if at is not None:
                ln.mark(at, len(ln.text), "forum_chrome")
                if (tag := forum.thread_tag(ln.folded)) is not None and tag < at:
                    ln.mark(0, tag, "forum_chrome")  # "[民生] subject [复制链接]": the thread type goes too
                return i
        # a thread-type tag opens the subject ("[求助] 在厂里…怎么办?"): a question or a sentence is still the
        # title; the last tagged line above the first post header (a page title may repeat it at the top)
        top = lines[:60]
        first_post = next((i for i, ln in enumerate(top) if not ln.blank and forum.post_start(ln.folded)), len(top))
        # (a picture placeholder "[图片] 联谊会现场" in the post is no tag)
        tagged = [(i, tag) for i, ln in enumerate(top[:first_post]) if not ln.blank
                  and (tag := forum.thread_tag(ln.folded)) is not None and not chrome.is_nav_line(ln.folded[tag:])
                  and not byline.PLACEHOLDER_LEAD.match(ln.folded)]
        if tagged:
            i, tag = tagged[-1]
            lines[i].mark(0, tag, "forum_chrome")
            return i
    # (a feed dumped as text: its first item's title field is the headline, the feed's header lines above it)
    feed = None if is_forum else feed_title(lines, TITLE_WINDOW)
    cands = [feed] if feed is not None else title_candidates(lines)
    if is_forum:  # the poster's name sits right above the post header: not a subject
        cands = [i for i in cands if not forum.profile_line(lines[i].folded) and not poster_name(lines, i)
                 and not forum.post_start(lines[i].folded) and not forum.toolbar_line(lines[i].folded)]
    if not cands:
        return None
    if len(cands) == 1:  # one candidate: no score to compare (most pages, and the settled reading)
        i = cands[0]
    else:
        rows = repeat_rows(lines)
        i = max(cands, key=lambda j: (title_score(lines, j, rows), -j))
    if not is_forum and ((above := headline_above(lines, i, cands)) is not None
                         or (above := stack_middle(lines, i, cands)) is not None):
        i = above
    if is_forum and (below := subject_below_title_row(lines, i)) is not None:
        i = below
    ln = lines[i]
    if not is_forum and type(desc := qa_description(lines, i)) is int:
        lines[desc].mark_all("page_header")  # a question's description over its tool bar: the asker's, no answer's
    if is_forum and (tag := forum.thread_tag(ln.folded)) is not None:
        ln.mark(0, tag, "forum_chrome")
    if not is_forum and (at := tmod.subject(ln.folded)) is not None:  # "标题:…" in a CMS's field table
        ln.mark(0, at, "page_header")
    elif not is_forum and (at := tmod.repost_tag(ln.folded)) is not None:  # "[转帖]…" on a blog or board
        ln.mark(0, at, "page_header")
    elif not is_forum and (at := tmod.preview_word(ln.folded)) is not None:  # "预览 - …" on a CMS's preview page
        ln.mark(0, at, "page_header")
    if (at := chrome.crumb_prefix(ln.folded)) is not None:  # "论坛名 » 版块 » headline": the path goes
        ln.mark(0, at, "forum_chrome" if is_forum else "navigation")
    if not is_forum and (at := tmod.date_suffix(ln.folded)) is not None:  # "标题 (2015-05-01 21:36:18)" on a blog
        ln.mark(at, len(ln.text), "page_header")
    head, at = tmod.split_suffix(ln.text)
    if at is not None:
        ln.mark(at, len(ln.text), "title_suffix")
    elif (span := tmod.tab_headline(ln.folded)) is not None:
        # ("(18) page name - 【headline】 | Facebook": a social site's tab title, the post's headline in its 【】)
        ln.mark(span[1], len(ln.text), "title_suffix")  # (the tail first: marking the head would move its indexes)
        ln.mark(0, span[0], "page_header")
    if not is_forum and (tag := column_tag(ln.folded)) is not None and (
            at is not None and not _shown_whole(lines, i) or channel_named(lines, i, ln.folded[:tag])):
        # ("【栏目】headline丨site": the CMS builds a title row from channel, headline and site, and the channel goes
        # with the site suffix, or when a breadcrumb above names it; a tag on a bare headline, one shown whole
        # elsewhere (an h1 "【劳模风采】X") or a board's ("【求助已解决】X") is the site's own wording and stays)
        ln.mark(0, tag, "page_header")
    if not is_forum and (kick := shown_prefix(lines, i)) is not None:
        # ("新春走基层丨headline", "某某日报数字报-headline", "某某工会 - 新闻稿 - headline": a series' kicker or the
        # site and channel barred off before the headline, which another line near the top (the page's h1, its own
        # title row) shows bare: the site's label, no part of the headline)
        ln.mark(0, kick, "navigation")
    if not is_forum and (span := list_item_title(ln.folded)) is not None:
        ln.mark(span[1], len(ln.text), "page_header")  # "· headline  2024-05-21": a news list's item expanded in place
        ln.mark(0, span[0], "markup")
    if (mark := decor_mark(ln.folded)) is not None:  # "◆headline": a bullet the layout sets before it
        ln.mark(0, mark, "markup")
    if (at := bracketed_headline(ln.folded)) is not None:  # 【headline】, as microblog and WeChat posts set their title
        ln.mark(len(ln.text) - 1, len(ln.text), "markup")
        ln.mark(at, at + 1, "markup")
        ln.mark(0, at, "related_links")  # the post's topic tags before it (#话题#【headline】), as under its text
    return i


#: The bullet a news list sets before each item's headline (· 某某工会召开…  2024-05-21).
_LIST_BULLET = lazyrx.cached(r"^\s*[·•]\s*")


def list_item_title(folded: str) -> tuple[int, int] | None:
    """For a headline set as a news list's item, bullet, headline, then its date ("· headline  2024-05-21", the one item
    of a list page expanded in place), the headline's span; None for any other line."""
    m = _LIST_BULLET.match(folded)
    if m is None:
        return None
    end = chrome.dated_headline_end(folded)
    return (m.end(), end) if end is not None and end - m.end() >= 4 else None


#: The decorative marks e-papers and portals bullet their headline lines with (◆, ■, ★, ▶ …).
_DECOR_CHARS = "◆◇■□●○★☆▶►▷▲△▼▽◎※▪▫♦❖➤➢→"
#: A run of them before a headline.
_DECOR_MARK = lazyrx.cached(r"^\s*[" + _DECOR_CHARS + r"]+\s*(?=[\p{Han}“\[《(0-9A-Za-z])")
#: How such a line opens (a mark, or whitespace before one): a cheap look before the pattern.
_DECOR_FIRST = frozenset(_DECOR_CHARS)


def decor_mark(folded: str) -> int | None:
    """Where the headline starts after a decorative mark ("◆让牧区职工…"), or None without one."""
    if folded[:1] not in _DECOR_FIRST and not folded[:1].isspace():
        return None
    m = _DECOR_MARK.match(folded)
    return m.end() if m and len(tmod.norm(folded[m.end():])) >= 4 else None


def bullet_list_item(lines: list[Line], i: int) -> bool:
    """Line i opens with a decorative mark, as the line right above or below it does with the same mark: an item
    of a bulleted headline list (an e-paper's 本版标题导航, ■ X / ■ Y / ■ Z), where a headline's own mark stands alone."""
    mark = _bullet(lines[i])
    return mark is not None and any(0 <= j < len(lines) and _bullet(lines[j]) == mark for j in (i - 1, i + 1))


def page_list_item(lines: list[Line], i: int) -> bool:
    """Line i is one row of an e-paper's page list, one page to a line ("01 要闻" / "02 综合新闻" / "03 三江民生"):
    three rows or more on adjacent lines, numbered in sequence under one section letter. A page name is no headline."""
    here = _page(lines, i)
    if here is None:
        return False
    lo = hi = i
    while lo > 0 and _next_page(_page(lines, lo - 1), _page(lines, lo)):
        lo -= 1
    while hi + 1 < len(lines) and _next_page(_page(lines, hi), _page(lines, hi + 1)):
        hi += 1
    return hi - lo >= 2


def headed_list_item(lines: list[Line], i: int) -> bool:
    """Line i is one of two or more bare headlines listed under a links heading of their own (an e-paper's
    本版标题导航 over its page's stories, the page's own among them): the list's, not the headline. The list ends
    at a menu row or where a line repeats one of its items: the page's own headline set again over its text."""
    if not _listed(lines[i].folded):
        return False
    head = i
    while (j := prev_filled(lines, head, reach=1)) is not None and _listed(lines[j].folded):
        head = j
    head = prev_filled(lines, head, reach=1)
    if head is None or not chrome.headline_list_heading(lines[head].folded):
        return False
    items: set[str] = set()
    j = head
    while (j := next_filled(lines, j, reach=1)) is not None and _listed(lines[j].folded):
        key = tmod.norm(lines[j].text)
        if key in items:
            break
        items.add(key)
        if j >= i and len(items) >= 2:
            return True
    return False


def _listed(folded: str) -> bool:
    """A line that may be an item of a headline list: headline-shaped, no heading or menu row (上一篇 下一篇 返回目录
    closes the list)."""
    return chrome.headline_line(folded) and not chrome.is_nav_line(folded) and chrome.tail_kind(folded) is None


def _page(lines: list[Line], i: int) -> tuple[str, int] | None:
    """The (section letter, page number) of line i when it is a page-list row, else None."""
    ln = lines[i]
    return None if ln.blank else chrome.page_row(ln.folded)


def _next_page(a: tuple[str, int] | None, b: tuple[str, int] | None) -> bool:
    """Page b follows page a in one section's list."""
    return a is not None and b is not None and a[0] == b[0] and b[1] == a[1] + 1


def _bullet(ln: Line) -> str | None:
    """The decorative mark that opens the line (■ in "■ 标题"), or None."""
    f = ln.folded.lstrip()
    return f[0] if not ln.blank and f[:1] in _DECOR_FIRST and decor_mark(f) else None


#: A channel's name in lenticular brackets (folded to square ones) before a headline: 2-8 Han characters.
_COLUMN_TAG = lazyrx.cached(r"^\s*\[\p{Han}{2,8}\]\s*(?=\S)")


def column_tag(folded: str) -> int | None:
    """Where the headline starts after a bracketed channel tag ("【基层动态】headline丨site"), or None."""
    m = _COLUMN_TAG.match(folded)
    return m.end() if m and len(tmod.norm(folded[m.end():])) >= 4 else None


#: A short label closed by a colon before a headline ("文档:", "专题:"): a viewer's or a column's name, as a
#: document system or a CMS sets it in the title row.
_COLON_LABEL = lazyrx.cached(r"^\s*\p{Han}{1,6}\s*:\s*")


def shown_prefix(lines: list[Line], i: int) -> int | None:
    """Where the headline starts on line i after a label barred off before it (a series' kicker "新春走基层丨", an
    e-paper's or a site's name and channel "某某日报数字报-", "某某工会 - 新闻稿 - ", a viewer's "文档:") when
    another line near the top shows the rest bare, or None. The first such separator: the longest rest (a headline
    may hold a dash itself)."""
    folded = lines[i].folded
    if ":" in folded[:8] and (m := _COLON_LABEL.match(folded)) is not None \
            and len(tmod.norm(folded[m.end():])) >= 6 and _shown_whole(lines, i, lines[i].text[m.end():]):
        return m.end()
    if not any(map(folded.__contains__, tmod.SEP_CHARS)):
        return None
    for m in tmod.SUFFIX_SEP.finditer(folded):
        if m.start() and len(tmod.norm(folded[m.end():])) >= 6 and _shown_whole(lines, i, lines[i].text[m.end():]):
            return m.end()
    return None


#: What parts a breadcrumb or menu line into its items: arrows, bars, slashes, colons and spaces.
_NAV_ITEM_SEP = lazyrx.cached(r"[\s>»›|┊│/·•:]+")


def channel_named(lines: list[Line], i: int, tag: str) -> bool:
    """A breadcrumb or menu line above line i names the channel in its bracketed tag ("首页 > 基层动态 > 县市工会"
    over "【基层动态】headline"): the CMS set the channel before the headline, the page's h1 copying it too."""
    name = tag.strip().strip("[]").strip()
    for ln in lines[:i]:
        if not ln.blank and name in ln.folded and chrome.is_nav_line(ln.folded) \
                and name in _NAV_ITEM_SEP.split(ln.folded.strip()):
            return True
    return False


def _shown_whole(lines: list[Line], i: int, text: str | None = None) -> bool:
    """Another line near the top shows line i's text (or ``text``, a part of it) as it is, tag and all (the page's
    h1 under its title row, "【经验分享】X"): the tag is then the headline's own wording."""
    want = tmod.norm(lines[i].text if text is None else text)
    return any(j != i and not ln.blank and tmod.norm(ln.text) == want for j, ln in enumerate(lines[:TITLE_WINDOW]))


def subject_below_title_row(lines: list[Line], i: int) -> int | None:
    """On a board, the thread's subject line that repeats line i's headline when line i is the page's
    <title> row ("subject - 版块 - 某某论坛 - Powered by Discuz!"): the header block between them (view
    counts, breadcrumbs) is then read as the thread's header, not as the poster's block. Only above the
    first post header."""
    head, at = tmod.split_suffix(lines[i].text)
    if at is None:
        return None
    want = tmod.norm(head)
    for j in range(i + 1, min(len(lines), i + 40)):
        ln = lines[j]
        if ln.blank:
            continue
        if forum.post_start(ln.folded):
            return None
        if tmod.norm(ln.text) == want:
            return j
    return None


#: A headline set in lenticular brackets (folded to square ones), nothing outside them.
_BRACKETED = lazyrx.cached(r"^\[[^\[\]]{6,}\]$")


def bracketed_headline(folded: str) -> int | None:
    """Where a 【headline】 alone on its line opens: 0, or past the topic tags a microblog post runs on before it
    (#话题#【headline】); None for any other line."""
    at = chrome.hashtag_prefix(folded) or 0
    return at if _BRACKETED.match(folded[at:] if at else folded) else None


def headline_above(lines: list[Line], i: int, cands: list[int]) -> int | None:
    """The headline right above line i when i is a newspaper's subtitle (副题): a sentence of figures with a
    comma ("去年以来新建工会组织136家,吸纳会员4200余人") under a headline without one, both on lines of their own;
    or the last line of a stack of three (引题, headline, 副题: e-papers set them on lines of their own, the
    byline under the 副题 scores it highest)."""
    if i == 0 or i - 1 not in cands or lines[i - 1].blank:
        return None
    sub, head = lines[i].folded, lines[i - 1].folded
    if len(tmod.norm(head)) < 8:
        return None
    return i - 1 if _SUB_COMMA.search(sub) and _SUB_FIGURE.search(sub) and not _SUB_COMMA.search(head) else None


#: Shortest line (normed characters) of a newspaper's headline stack: a portal's site and channel names are shorter.
_STACK_LINE_MIN = 8


def stack_middle(lines: list[Line], i: int, cands: list[int]) -> int | None:
    """The headline of the newspaper stack line i opens or closes: 引题 / headline / 副题, three candidates on
    adjacent lines, the last before the article's header, the outer two a short phrase's shape (papers and their
    e-paper copies set each on a line of its own); on an e-paper page (its edition line, 第A03版：城事, above them)
    or when the page's title row repeats the middle line, and no other line repeats the outer two. None for any
    other line. A portal's site and channel names over a headline are shorter, and a title row names neither."""
    taken = set(cands)
    for top in (i, i - 2):
        run = range(top, top + 3)
        if top < 0 or top + 3 in taken or not all(j in taken and not lines[j].blank for j in run):
            continue
        if any(len(tmod.norm(lines[j].text)) < _STACK_LINE_MIN for j in run) \
                or not all(_SUBTITLE_SHAPE.match(lines[j].folded.strip()) for j in (top, top + 2)):
            return None
        said = _stack_repeats(lines, top)
        if said[0] or said[2]:
            return None  # (an outer line shown again is an item of a list of headlines, the page's own set twice)
        return top + 1 if said[1] or _edition_above(lines, top) else None
    return None


def _edition_above(lines: list[Line], i: int) -> bool:
    """An e-paper's edition line (第A03版：城事) stands above line i."""
    edition = chrome.LABELS["edition"]
    return any(not ln.blank and "版" in ln.folded and edition.search(ln.folded) for ln in lines[:i])


def _stack_repeats(lines: list[Line], top: int) -> list[bool]:
    """For each line of the stack at ``top``, whether another line near the top repeats it (the page's title row,
    "headline_site", an e-paper's list of the page's headlines)."""
    rows = [(j, ln.text) for j, ln in enumerate(lines[:TITLE_WINDOW]) if not ln.blank]
    return [any(j != k and tmod.repeats_title(t, lines[k].text) for j, t in rows) for k in range(top, top + 3)]


_SUB_COMMA = lazyrx.cached(r"[,;]")
#: How a newspaper's name ends (安徽工人日报, 厦门晚报, 湖南工人报).
_PAPER_NAME = lazyrx.cached(r"(?:日报|晚报|早报|时报|商报|工人报|青年报|农民报|法治报|都市报|导报|周报)\s*$")


_THREAD_TOOLS = lazyrx.cached(r"只看楼主|只看该作者|关注问题|写回答")  # a thread's or a question's tool bar


def _above_badge(lines: list[Line], i: int) -> int | None:
    """The filled line above line i, past a lone 原创 badge (headline / 原创 / account / date on a WeChat post: the
    post's originality badge on a line of its own between the headline and the account's name)."""
    prev = prev_filled(lines, i)
    if prev is not None and lines[prev].folded.strip() == "原创":
        prev = prev_filled(lines, prev)
    return prev


_QA_TOOLS = lazyrx.cached(r"关注问题|写回答")  # a question's tool bar (a board's tools sit under its subject alone)
_HAN_PHRASE = lazyrx.cached(r"^\p{Han}{2,6}$")


def _kicker(folded: str) -> bool:
    """A 引题's shape: three or four short phrases, or two of one length, split by spaces (搭平台 优服务 强技能)."""
    parts = folded.split()
    if not 2 <= len(parts) <= 4 or not all(_HAN_PHRASE.match(p) for p in parts):
        return False
    return len(parts) >= 3 or len(parts[0]) == len(parts[1])


_SUB_FIGURE = lazyrx.cached(r"\d")


def poster_name(lines: list[Line], i: int) -> bool:
    """True when the next line is a post header or profile field, maybe under the poster's rank (line i names the
    poster)."""
    if len(lines[i].text) > 20 or _NOT_A_USER.search(lines[i].folded):  # user names are short, no "标签:" or quotes
        return False
    nxt = next_filled(lines, i, reach=2)
    if nxt is not None and forum.member_rank(lines[nxt].folded):  # (the card's rank between: 某某 / 高级会员 / 2# 发表于)
        nxt = next_filled(lines, nxt, reach=2)
    if nxt is None:
        return False
    if forum.post_start(lines[nxt].folded) or forum.profile_line(lines[nxt].folded):
        return True
    # (a card's fields as label and value lines, 威望 / 36: the next poster's card under a post)
    value = next_filled(lines, nxt, reach=1)
    return value is not None and forum.split_field(lines[nxt].folded, lines[value].folded)


#: How far down the page a headline may sit (nav bars and channel strips come first).
TITLE_WINDOW = 80


def title_candidates(lines: list[Line]) -> list[int]:
    """Lines that can be the headline: plausible, not a byline/caption/widget, above the first paragraph."""
    top = lines[:TITLE_WINDOW]
    # (a breadcrumb ending in a long headline with a comma reads as prose: it opens no paragraph)
    # (a blog's title row with its posting stamp, "标题，副句 (2015-05-01 21:36:18)", is as long as prose: its head decides)
    # (a search engine's banner over its cached copy says its disclaimer in sentences: the cached page follows)
    # (a form's 标题: row holding a question in two sentences, "标题:能入会吗?有哪些保障?", is its headline field)
    prose = next((i for i, ln in enumerate(top) if not ln.blank and chrome.is_prose(ln.text)
                  and not chrome.is_header_line(ln.folded) and not chrome.is_nav_line(ln.folded)
                  and not _dated_row(ln) and not chrome.cache_banner(ln.folded)
                  and tmod.subject(ln.folded) is None and not chrome.teaser_line(ln.folded)), len(top))

    # (a Q&A page's question may read as prose by its two question marks: it is the headline all the same, the
    # app menu and topic tags above it none)
    if (q := next((i for i in range(min(prose + 1, len(top))) if qa_question(top, i)), None)) is not None:
        return [q]

    def cand(ln: Line) -> bool:
        """A plausible headline that no line rule claims."""
        # (a microblog post's client line, 来自 微博网页版, sits over a 【headline】 it would outrank by coming first)
        return (not ln.blank and not tmod.subtitle_line(ln.folded) and tmod.plausible_title(ln.folded)
                and pattern_kind(ln, None, strict=False) is None and not byline.pointed_caption(ln.folded)
                and not chrome.player_line(ln.folded) and not chrome.issue_number_line(ln.folded)
                and not chrome.field_row(ln.folded) and not chrome.client_line(ln.folded))

    # (the speaker's line under a speech's title, 职务 + name, dated under it, is no headline)
    # (an author's name over its follow button, above or under the headline, is the author bar)
    # (a notice's red-header banner over its number is the letterhead)
    # (a value under its bare label, 发布机构： / 建瓯市总工会, is a flattened info box's field)
    # (a bulleted list of headlines, ■ X / ■ Y, is an e-paper's list of the page's articles, not this one's headline)
    # (a list of pages, 01 要闻 / 02 综合新闻 / 03 三江民生, is an e-paper's page navigation, not a headline)
    # (a column's name under its bare label, 首发于 / 某某那些事, is where a Q&A site's article is filed)
    # (a news list's item over its teaser, · headline 2024-05-21 / 5月17日,…开展讲座……[展开], is the list's, and so is
    # the teaser: the one item expanded in place further down is the page's article)
    before = [i for i in range(prose) if cand(top[i]) and not name_over_follow(top, i) and not red_header(top, i)
              and not value_under_label(top, i) and not bullet_list_item(top, i) and not page_list_item(top, i)
              and not column_under_label(top, i) and not teased_item(top, i) and not speech_speaker(top, i)]
    if before:
        return before
    # None above the first paragraph: the first candidate below it (lines further down are not tried).
    return next(([i] for i in range(prose, len(top)) if cand(top[i]) and not value_under_label(top, i)), [])


def title_part(lines: list[Line], i: int) -> int | None:
    """The dash line right under headline i that is the title's second half, or None: a speech's occasion
    (——在…会议上的讲话) always; another subtitle (——访…, ——…纪事: a feature's title on two lines, as the same page
    prints it on one, "headline ——subtitle") unless the two lines are a newspaper's headline stack, whose 副题 is set
    apart from the headline (see ``_headline_stack``)."""
    j = next_filled(lines, i, reach=1)
    if j is None or not tmod.subtitle_line(lines[j].folded):
        return None
    return j if tmod.speech_subtitle(lines[j].folded) or not _headline_stack(lines, i, j) else None


def _headline_stack(lines: list[Line], i: int, sub: int) -> bool:
    """Headline i and its dash subtitle ``sub`` are a newspaper's headline stack: a 引题 right above the headline,
    or the reporters' or the edition's row set right under the 副题 as the stack's last line (本报记者 某某,
    版次:05 作者:…), no blank line between."""
    k = sub + 1
    return _kicker_above(lines, i) or k < len(lines) and not lines[k].blank \
        and pattern_kind(lines[k], None, strict=False) in ("byline", "page_header")


def speech_speaker(lines: list[Line], i: int) -> bool:
    """Line i is a speech's speaker line (职务 + name) right under the occasion line of its title, or under a
    headline that names its report or speech after a dash (… ——某某工会工作报告(摘要))."""
    j = prev_filled(lines, i, reach=1)
    if j is None:
        return False
    f = lines[j].folded
    return tmod.speech_subtitle(f) or tmod.speech_title(f) and byline.speaker_line(lines[i].folded)


def teased_item(lines: list[Line], i: int) -> bool:
    """Line i is a news list's teaser (……[展开]) or the item's headline right over one."""
    if chrome.teaser_line(lines[i].folded):
        return True
    j = next_filled(lines, i, reach=1)
    return j is not None and chrome.teaser_line(lines[j].folded)


#: How many rows (counts, topic tags, their labels) may sit between a question and its tool bar.
_QA_BAR_REACH = 6


def qa_question(lines: list[Line], i: int) -> bool:
    """Line i is a Q&A page's question: it ends in "?" and its tool bar (关注问题 写回答) follows, maybe past the
    question's counts and topic tags (关注者 / 1,024 / 被浏览) and one paragraph, the question's description."""
    return qa_description(lines, i) is not False


def qa_description(lines: list[Line], i: int) -> int | None | bool:
    """For a Q&A page's question at line i (see ``qa_question``), the index of its description paragraph (None
    when it has none); False when line i is no such question."""
    ln = lines[i]
    if ln.blank or not ln.folded.rstrip().endswith("?"):
        return False
    j, described = i, None
    for _ in range(_QA_BAR_REACH + 1):
        j = next_filled(lines, j)
        if j is None:
            return False
        if chrome.is_prose(lines[j].text):
            if described is not None:  # a second paragraph: an answer's text, no question's description
                return False
            described = j
            continue
        if _QA_TOOLS.search(lines[j].folded):
            return described
    return False


# The bare label over the name of the column an article is filed in (知乎's 首发于, 收录于, 所属专栏).
_COLUMN_HOME = lazyrx.cached(r"^(?:首发于|收录于(?:专栏)?|所属专栏|发表于专栏)\s*[::]?$")


def column_under_label(lines: list[Line], i: int) -> bool:
    """Line i names the column the article is filed in, under its bare label (首发于 / 基层工会那些事)."""
    j = prev_filled(lines, i, reach=2)
    return j is not None and len(lines[j].folded) <= 8 and _COLUMN_HOME.match(lines[j].folded.strip()) is not None


def _dated_row(ln: Line) -> bool:
    """A blog entry's title row: a head that is no prose, then its bracketed posting stamp."""
    at = tmod.date_suffix(ln.folded)
    return at is not None and not chrome.is_prose(ln.text[:at])


def repeat_rows(lines: list[Line]) -> list[tuple[int, int, str, int, str]]:
    """The filled lines where a headline's copies are looked for, once per page: (index, normed length,
    text, normed length of its head without a site suffix, that head); the lengths let ``title_score``
    skip the lines too short or too long to repeat a given headline before asking ``repeats_title``."""
    norm = tmod.norm
    rows = []
    footer = _footer_start(lines)
    for j in range(min(len(lines), TITLE_WINDOW, footer)):
        ln = lines[j]
        if not ln.blank:
            t = ln.text
            h = _suffix_head(t)
            rows.append((j, len(norm(t)), t, len(norm(h)), h))
    return rows


#: How many filled lines close a page as its footer (the site's name, its engine's credit, a copyright line).
_FOOTER_ROWS = 3
#: How many filled lines a page holds at least to have a footer (a short one may close on its headline's copy).
_FOOTER_PAGE_MIN = 15


def _footer_start(lines: list[Line]) -> int:
    """Where the page's closing lines start: a line there naming the site (a blog's or a company site's name over
    "Powered by …") is no copy of a headline, so the same name in the banner atop the page gets no credit for it.
    The page's end on a short page."""
    if sum(not ln.blank for ln in lines) < _FOOTER_PAGE_MIN:
        return len(lines)
    seen, j = 0, len(lines)
    while j > 0 and seen < _FOOTER_ROWS:
        j -= 1
        seen += not lines[j].blank
    return j


#: A video player's rows at most between a headline and its metadata (clock, buttons, loading message, controls).
PLAYER_ROWS = 5


def title_score(lines: list[Line], i: int, rows: list | None = None) -> int:
    """How much a candidate looks like the headline, from its neighbours (ties go to the earliest).

    A headline is followed by its metadata line (labelled time/source/views,
    or a byline; a bare date counts less: e-papers and app copies date the
    page under the site name) and is often repeated (page title with site
    suffix, h1, image title). A line followed by a menu, breadcrumb or widget
    is a site or channel name above the page's navigation.
    """
    nxt = under = next_filled(lines, i)
    for _ in range(PLAYER_ROWS):  # a video page's player (clock, controls) between the headline and its metadata
        if nxt is None or not chrome.player_line(lines[nxt].folded):
            break
        nxt = next_filled(lines, nxt)
    if nxt is not None and (tools := next_filled(lines, nxt)) is not None and _QA_TOOLS.search(lines[tools].folded) \
            and chrome.is_nav_line(lines[nxt].folded):
        nxt = tools  # a question, its topic tags (劳动维权 农民工 工会), then its tool bar (关注问题 写回答)
    if nxt is not None and tmod.subtitle_line(lines[nxt].folded):  # headline, "——subtitle", then its metadata
        nxt = next_filled(lines, nxt)
    if nxt is not None and chrome.latin_label_line(lines[nxt].text):
        nxt = next_filled(lines, nxt)  # a bilingual page's headline, its English rendering, then its metadata
    if nxt is not None and name_over_date(lines, nxt):  # headline, the account or paper name, then the date
        nxt = next_filled(lines, nxt)
    score = 0
    if under is not None and chrome.issue_number_line(lines[under].folded):
        score -= 5  # a bulletin's or journal's masthead over its issue number (工作简报 / 第9期), never the headline
    if name_over_date(lines, i) and (_PAPER_NAME.search(lines[i].folded) or (prev := _above_badge(lines, i)) is not None
                                     and tmod.plausible_title(lines[prev].folded)
                                     and len(tmod.norm(lines[prev].text)) > len(tmod.norm(lines[i].text))):
        # the name line under a longer headline is the author or source, not the title; a paper's name
        # over the date is the masthead (e-papers) or the source, never the headline
        score -= 4
    if tmod.date_suffix(lines[i].folded) is not None:
        score += 3  # a blog's title row carries the entry's posting stamp: its metadata, so the rows under it (转载▼,
        # 标签：…) are the entry's tools and tags, no sign of a site name over its menus
    elif nxt is not None:
        f = lines[nxt].folded
        if byline.byline_line(f) or (chrome.is_header_line(f) and chrome.header_labels(f)) or tmod.posting_stamp(f):
            score += 3  # (a blog's bracketed posting stamp is as sure as a label: the blog's name sits over its URL)
        elif (chrome.is_header_line(f) and not chrome.today_bar(f)  # (a portal's date of today dates no article)
              or chrome.doc_number_line(f)  # (a document's number under its title)
              or _THREAD_TOOLS.search(f) and (forum.toolbar_line(f) or chrome.is_widget_line(f))):
            score += 2  # (a thread's tool bar, 只看楼主 收藏 回复, sits under its subject)
        elif chrome.counter_row(f) == "navigation":
            score += 2  # the article's counters (阅读 28643 点赞 1127) under its headline, as an app's copy sets them
        elif name_over_follow(lines, nxt):
            score += 2  # an author bar (the name over its follow button) under a column's headline; less than a
            # labelled byline: apps set the bar above the headline too, under their channel's tag
        elif pattern_kind(lines[nxt], None, strict=False) or chrome.tail_kind(f):
            score -= 1
            if prev_filled(lines, i, reach=i) is None and chrome.is_nav_line(f):
                score -= 2  # the page's first line over its menu bar: the site's name (a notice signed by it repeats it)
    if nxt is not None and _kicker(lines[i].folded) and tmod.plausible_title(lines[nxt].folded) \
            and not STOPS.search(lines[nxt].text):
        score -= 2  # a 引题 of parallel phrases ("搭平台 优服务 强技能") over the headline
    t = lines[i].text
    # (``repeats_title`` wants 6 or more normed characters, at most 4/3 of the headline's: tested first here)
    hi = 4 * len(tmod.norm(t)) // 3
    rep = tmod.repeats_title
    if any(j != i and (6 <= n <= hi and rep(s, t) or 6 <= nh <= hi and rep(h, t))
           for j, n, s, nh, h in (repeat_rows(lines) if rows is None else rows)):
        score += 2
    if len(tmod.norm(t)) < 6:
        score -= 1
    if headed_list_item(lines, i):
        score -= 3  # an e-paper's list of its page's stories under 本版标题导航 (one repeated in the issue's sidebar,
        # 本期要闻): the headline stands on its own lower down, unless the list runs into it
    if tmod.subject(lines[i].folded) is not None:
        score += 3  # a CMS or office system's field table names the headline on its 标题 row
    if (at := bracketed_headline(lines[i].folded)) is not None and (
            at or (prev := prev_filled(lines, i)) is not None and chrome.hashtag_line(lines[prev].folded)):
        score += 3  # a microblog post's topic tags (#话题#) over its 【headline】 or before it on its line: over the
        # account's name and the post's stamp and client (来自 微博网页版) above them
    return score


@line_cache()
def _suffix_head(text: str) -> str:
    """The line without a site suffix: the page's <title> row ("headline - channel - site") repeats the
    headline, though the suffix makes it too long to be read as a copy of it."""
    return tmod.split_suffix(text)[0]


def newspaper_subtitle(lines: list[Line], start: int) -> int | None:
    """The 副题 right under a newspaper headline ("今年已培训职工2300余人次"): the first line after the
    title, a short phrase without sentence or label marks, with the first paragraph right after it, and
    either a figure in it or a 引题 above the headline (a section heading under a title has neither)."""
    i = next_filled(lines, start - 1, reach=2)
    if i is None or not _SUBTITLE_SHAPE.match(lines[i].folded.strip()) or name_over_date(lines, i):
        return None
    if not _SUB_FIGURES.search(lines[i].folded) and not _kicker_above(lines, start - 1):
        return None
    if pattern_kind(lines[i], None, strict=False) is not None or chrome.tail_kind(lines[i].folded):
        return None
    nxt = next_filled(lines, i, reach=2)
    return i if nxt is not None and chrome.is_prose(lines[nxt].text) else None


#: A subtitle's shape: 6-30 characters, Han among them, no sentence, label or list marks.
_SUBTITLE_SHAPE = lazyrx.cached(r"^(?=.*\p{Han})[^。!?;:,、()\[\]]{6,30}$")


#: A count with its unit, as a 副题 sums up results ("培训职工2300余人次", "覆盖职工1.2万名").
_SUB_FIGURES = lazyrx.cached(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万|亿)?\s*(?:人次|人|名|家|个|元|次|项|场|件|户|%)")


def _kicker_above(lines: list[Line], title_idx: int) -> bool:
    """A 引题 stands right above the headline: a short phrase of its own, no metadata or menu."""
    j = prev_filled_raw(lines, title_idx, reach=1)
    if j is None:
        return False
    f = fold(tidy(lines[j].raw))
    return bool(_SUBTITLE_SHAPE.match(f)) and shape_kind(f, False) is None and not chrome.is_nav_line(f)


_NOT_A_USER = lazyrx.cached(r"[:“”《》,。]")
