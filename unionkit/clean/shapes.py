"""A line's kind by its own shape (bylines, metadata, menus, widgets …), and its filled neighbours.

The line rules every zone of the page asks first: ``pattern_kind`` says what
a line is without context, ``apply_kind`` removes it as that kind, and the
neighbour helpers find the next or previous line with text.
"""

from __future__ import annotations

import regex

from .. import lazyrx
from . import byline, chrome, forum, title as tmod
from .lines import CAPTION, HAN, STOPS, Line, line_cache

#: A section number standing alone ("01", "PART 02", "NO.3", "— 04 —"): editors' layouts (WeChat,
#: Xiumi, 135编辑器) draw one over each subheading. Zero-padded or labelled only: a bare "1" may be a
#: table cell of a text dump.
_SECTION_NUMBER = lazyrx.cached(
    r"[\s\-—─·•|｜]*+(?:(?:part|no)\.?\s*+\d{1,2}|0\d)[\s\-—─·•|｜]*+", regex.IGNORECASE)


def next_filled(lines: list[Line], i: int, reach: int = 3) -> int | None:
    """The first non-blank line within ``reach`` lines after i."""
    for j in range(i + 1, min(len(lines), i + 1 + reach)):  # (a loop, not next() over a generator: asked per line)
        if not lines[j].blank:
            return j
    return None


def prev_filled(lines: list[Line], i: int, reach: int = 3) -> int | None:
    """The last non-blank line within ``reach`` lines before i."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if not lines[j].blank:
            return j
    return None


def name_over_date(lines: list[Line], i: int) -> bool:
    """Line i is a bare name (an account, paper or author: "工友视点", "大众日报"; WeChat's 原创 row of author and
    account) right above a date or metadata line: self-media, app and portal copies print the byline that way under
    the headline."""
    if not (chrome.name_line(lines[i].folded) or chrome.original_row(lines[i].folded)):
        return False
    nxt = next_filled(lines, i)
    if nxt is not None and chrome.is_widget_line(lines[nxt].folded):  # a 关注 button beside the account's name
        nxt = next_filled(lines, nxt)
    # (a breadcrumb naming the e-paper's edition, 首页 / 某某日报 / 第03版：要闻, is the page's path, no byline's date:
    # the line over it is the site's, a link to its app say)
    return nxt is not None and chrome.is_header_line(f := lines[nxt].folded) and not chrome.BREADCRUMB.search(f)


def ad_slot(lines: list[Line], i: int) -> int | None:
    """The index of the last line of an ad slot opening at line i, its slogan over its bare 广告 label (某某景区 ·
    疗休养专线 限时优惠 / 广告) or the label over the slogan; None when line i opens none. The slogan is a short line
    of no other kind but may carry a phone number (咨询电话：…) that would read as the footer's contact line; under
    the label it opens no block (相关新闻) either."""
    j = next_filled(lines, i, reach=1)
    if j is None:
        return None
    if chrome.ad_label(lines[i].folded):
        f = lines[j].folded
        return j if _ad_slogan(f) and chrome.tail_kind(f) is None else None
    return j if _ad_slogan(lines[i].folded) and chrome.ad_label(lines[j].folded) else None


def _ad_slogan(f: str) -> bool:
    """A line that can be an ad's slogan: short, no full stop, of no other row's shape (a share bar, an editor's line)."""
    return len(f) <= chrome.AD_LINE_MAX and "。" not in f and shape_kind(f, True) is None


# The bare label an endless-scroll page sets over the next story it prints whole (下一篇, 继续阅读下一篇).
_NEXT_STORY_LABEL = lazyrx.cached(r"^(?:继续阅读|阅读|查看)?下一篇(?:文章|新闻)?\s*[>»]*$")


def next_story_label(lines: list[Line], i: int) -> bool:
    """Line i is a bare 下一篇 label over the next story printed whole, its headline right under it and its header
    row (date, source, author) under that: everything after it is another article's."""
    if "下一篇" not in lines[i].folded or not _NEXT_STORY_LABEL.match(lines[i].folded.strip()):
        return False
    head = next_filled(lines, i, reach=1)
    if head is None or not tmod.plausible_title(lines[head].folded):
        return False
    row = next_filled(lines, head, reach=1)
    return row is not None and chrome.is_header_line(lines[row].folded)


def value_under_label(lines: list[Line], i: int) -> bool:
    """Line i is a field's value set under its bare label (发布机构： / 建瓯市总工会): a flattened info box's."""
    j = prev_filled(lines, i, reach=2)
    return j is not None and chrome.lone_field_label(lines[j].folded) and chrome.field_value(lines[i].folded) \
        and not _inline_catalogue_field(lines, j)


def _inline_catalogue_field(lines: list[Line], j: int) -> bool:
    """The bare label at line j closes a catalogue written one "label:value" a line (索引号:… / 生成日期:… / 文号: /
    有效性:), or a row of label and value cells a line (索引号 X 发布机构 Y / … / 有效性): its field is empty, and
    the line under it (a government page's headline) is not its value."""
    k = prev_filled(lines, j, reach=1)
    if k is None:
        return False
    if chrome.field_row(lines[k].folded):
        return True
    head, colon, value = lines[k].folded.strip().partition(":")
    return bool(colon) and chrome.lone_field_label(head + colon) and (bool(value.strip())
                                                                     or chrome.lone_field_label(lines[k].folded))


#: Pairs of a bare label and its value that make a flattened info box (one alone may be a notice's 时间: line).
BOX_PAIRS = 2


def field_box(lines: list[Line], i: int, least: int = BOX_PAIRS) -> int | None:
    """End (exclusive) of a flattened info box opening at line i: label lines each over its value line
    (发布时间 / 2024年4月27日 09:30 / 来源 / 湖南工人报 …), ``least`` pairs at least; else None."""
    j, end, pairs = i, None, 0
    while j is not None and chrome.lone_field_label(lines[j].folded):
        v = next_filled(lines, j, reach=2)
        if v is None or not chrome.field_value(lines[v].folded):
            break
        pairs, end = pairs + 1, v + 1
        j = next_filled(lines, v, reach=2)
    return end if pairs >= least else None


#: Empty fields an online form shows at least, one a line (one alone may be a sentence's lead-in, 具体安排如下:).
FORM_FIELDS = 2


def form_block(lines: list[Line], i: int) -> int | None:
    """End (exclusive) of an online form opening at line i, flattened to text: ``FORM_FIELDS`` empty labelled
    fields or more, one a line (姓名: / 身份证号: / 验证码: 看不清?换一张), then maybe its buttons (提交 重置) and the
    tip set right under them (温馨提示:提交后…); else None."""
    j, end, fields = i, None, 0
    while j is not None and chrome.empty_field(lines[j].folded):
        fields, end = fields + 1, j + 1
        j = next_filled(lines, j, reach=2)
    if fields < FORM_FIELDS:
        return None
    if j is not None and chrome.form_buttons(lines[j].folded):
        end = j + 1
        j = next_filled(lines, j, reach=2)
        if j is not None and chrome.form_note(lines[j].folded):
            end = j + 1
    return end


def form_at(lines: list[Line], j: int) -> bool:
    """Line j opens an online form: its heading over its fields (在线报名 / 姓名: …), or its first field."""
    if chrome.form_heading(lines[j].folded):
        j = next_filled(lines, j, reach=2)
        if j is None:
            return False
    return chrome.empty_field(lines[j].folded) and form_block(lines, j) is not None


#: A follow button alone on its line (关注, +关注, 加关注): a blog or self-media platform sets it beside or under
#: the author's name.
_FOLLOW_BUTTON = lazyrx.cached(r"^\s*(?:[+＋]\s*)?(?:加)?关注\s*$")


#: Lines an author bar may set between the name and its follow button (the name again, a bio, the counts).
BAR_LINES = 2


def name_over_follow(lines: list[Line], i: int) -> bool:
    """Line i is a bare name with a follow button alone on the next line (焊花飞溅的老孟 / 关注): the post's
    author bar on a blog or note platform (Jianshu, Xiaohongshu), never its headline (no headline has a button).
    The bar may print the name twice (avatar and name), a one-line bio or the account's counts before the button
    (Zhihu: name, name, "执业律师 · 某某工会签约律师", 关注; Douyin: account, "粉丝4.6万获赞31.2万", 关注)."""
    name = lines[i].folded
    if not chrome.name_line(name):
        return False
    j = i
    for _ in range(BAR_LINES + 1):
        j = next_filled(lines, j, reach=2)
        if j is None:
            return False
        f = lines[j].folded
        if "关注" in f and _FOLLOW_BUTTON.match(f) is not None:
            return True
        if not bar_line(f, name):
            return False
    return False


def bar_line(folded: str, name: str) -> bool:
    """A line of an author bar between the name and its button: the name again, the account's counts, or a
    short bio (a phrase set off by spaces or dots, no sentence; a bare phrase would be another name or a headline)."""
    if folded == name or chrome.account_stats_line(folded):
        return True
    return len(folded) <= 40 and not chrome.name_line(folded) and not chrome.is_prose(folded) \
        and not STOPS.search(folded) and HAN.search(folded) is not None


#: Lines a blog's author box may set between its head and its archive link (the author's bio).
BIO_LINES = 2


def author_box(lines: list[Line], i: int) -> int | None:
    """End (exclusive) of a blog engine's author box at line i: its link to the author's archive alone
    (查看某某的所有文章), or its head (由某某发布, 关于作者) with that link at most BIO_LINES lines below, the same
    author named in both if both name one. The lines between are the author's bio: chrome only inside the box."""
    f = lines[i].folded
    if byline.posts_link(f) is not None:
        return i + 1
    head = byline.box_head(f)
    if head is None:
        return None
    j = i
    for _ in range(BIO_LINES + 1):
        j = next_filled(lines, j, reach=2)
        if j is None:
            return None
        name = byline.posts_link(lines[j].folded)
        if name is not None:
            return j + 1 if byline.ANYONE in (head, name) or head == name else None
    return None


#: The red header of an official document: the issuer's name and 文件 ("某某市总工会文件", "中共某某委员会文件");
#: minutes and bulletins print the issuing office bare ("某某区总工会办公室" over 某总工纪〔2024〕5号).
_RED_HEADER = lazyrx.cached(r"^[\p{Han}()（）]{2,40}文件$|^[\p{Han}()（）]{2,30}(?:办公室|办公厅)$")


def red_header(lines: list[Line], i: int) -> bool:
    """Line i is an official document's red-header banner (某某市总工会文件, 某某区总工会办公室) over its document
    number (某工发〔2024〕9号): the issuer's letterhead, never the title, which comes under the number."""
    t = lines[i].folded.strip()
    if not t.endswith(("文件", "办公室", "办公厅")) or _RED_HEADER.match(t) is None:
        return False
    nxt = next_filled(lines, i)
    return nxt is not None and chrome.doc_number_line(lines[nxt].folded)


def pattern_kind(ln: Line, title: str | None, *, strict: bool) -> str | None:
    """The kind a line is by its own shape (bylines, metadata, menus …), or None."""
    if title and tmod.repeats_title(ln.text, title):
        return "repeated_title"
    return (_STRICT_KIND if strict else _LOOSE_KIND)(ln.folded)


def shape_kind(f: str, strict: bool) -> str | None:
    """``pattern_kind`` of a folded line without the title test (cached per text)."""
    return (_STRICT_KIND if strict else _LOOSE_KIND)(f)


#: Lines longer than this are past every length bound of the shape rules (header and menu lines are 200
#: characters at most, an English name line 201, the rest far fewer).
LONG_LINE = 210


def long_plain(f: str) -> bool:
    """A long tidy line that no shape rule can take (``_shape_kind`` is None): every rule wants a shorter line,
    save those told by a mark this line lacks (a bracket, a closing credit, 附件 or an account card's head at
    its start, a drawn rule, widget words) — the body's paragraphs, said without two dozen rules."""
    return (len(f) > LONG_LINE and "[" not in f and not f.endswith((")", "]", "摄")) and not f.startswith("附件")
            and f == " ".join(f.split())  # (the rules' unbounded \s* runs are single spaces then)
            and not chrome.account_card_line(f) and not chrome.separator_line(f) and not chrome.is_widget_line(f))


def _shape_kind(f: str, strict: bool) -> str | None:
    """``shape_kind``, uncached."""
    return None if len(f) > LONG_LINE and long_plain(f) else _shape_rules(f, strict)


def _shape_rules(f: str, strict: bool) -> str | None:
    """``_shape_kind`` asked of every rule in turn (the first that takes the line names its kind)."""
    if byline.editor_line(f):
        return "editor_line"
    if byline.credit_line(f):
        return "credit"
    if byline.byline_line(f) or chrome.answerer_line(f):
        return "byline"
    if byline.caption_split(f) or byline.caption_line(f):
        return CAPTION
    if byline.image_placeholder(f) or section_number(f) or byline.body_label(f):
        return "markup"
    if chrome.is_header_line(f, strict=strict) or chrome.doc_number_line(f) or chrome.masthead_row(f):
        return "page_header"
    if labelled_parts_line(f):
        return "page_header"
    if byline.sourced_byline(f):
        return "page_header"  # (filed with the header: the meta reader takes its source and credits as labelled fields)
    if not strict and chrome.english_name_line(f):
        return "page_header"  # the site's English name under its logo, above the headline's zone only
    if chrome.empty_attachment(f):
        return "related_links"  # the attachment box with nothing in it (相关附件 opens that kind's blocks)
    if chrome.download_count(f):
        return "navigation"  # the download box's counter (附件下载 is navigation too)
    if tmod.ORIGINAL_TITLE.match(f):
        return "repeated_title"  # "原标题:…", the reprint's note of the headline it had
    if chrome.account_card_line(f):
        return "social_links"
    if chrome.account_stats_line(f) or chrome.creator_badges(f):
        # an account's follower and like counts beside its name (粉丝4.6万获赞31.2万), its platform badges
        return "user_profile"
    if (forum.edit_notice(f) == len(f.rstrip()) or forum.tool_row(f) or forum.attachment_line(f)
            or forum.post_stamp(f)):
        return "forum_chrome"  # a post's edit stamp, tool bar, attachment or date stamp, on pages not read as forum threads
    if forum.blog_profile_line(f):
        return "user_profile"  # a blog's profile box beside the entry (博客积分：1288, 加好友 发纸条)
    if chrome.file_download_line(f):
        return "related_links"  # a file offered with its size: the download box, not a notice's 附件: line
    if chrome.ad_line(f):
        return "related_links"  # an ad slot's slogan under its 【广告】 label (HTML ad boxes are filed so too)
    if chrome.is_nav_line(f, strict=strict) and not byline.lone_tag(f) or chrome.separator_line(f) \
            or chrome.page_number_line(f) or chrome.sort_tabs(f) or chrome.video_tabs(f):
        # (a dateline tag set apart with its credits spaced out, 本报讯(记者 王刚 通讯员 李明), reads as a run of
        # short menu words: it is the dateline of the text below, lead_paragraph_spans files it)
        return "navigation"
    if chrome.audience_count(f) or chrome.cache_banner(f) or chrome.print_margin(f) or chrome.release_label(f):
        # a live page's audience counter; a search engine's banner over its cached copy; a browser print's margins;
        # a press release's label ((即時發佈))
        return "page_header"
    if chrome.imprint_line(f):
        return "site_footer"  # a document's imprint (…办公室 2024年4月25日印发): its colophon
    if chrome.is_widget_line(f):
        return "social_links" if "分享" in f else "navigation"
    if chrome.browser_notice(f):
        return "navigation"  # where a player, a script or a consent box stood
    if chrome.summary_line(f):
        return "page_header"  # a CMS's summary box over the text (摘要:…)
    return None


# One cache per strictness: a hit is a dictionary look-up, with no Python frame (``pattern_kind`` asks per line).
_STRICT_KIND = line_cache()(lambda f: _shape_kind(f, True))
_LOOSE_KIND = line_cache()(lambda f: _shape_kind(f, False))


# Where the next labelled part of a meta row starts: a space or a bar, then a role or a label (记者:X 阅读 N,
# 作者:X 来源:Y; a county app's row may bar its editor off: 记者:X 通讯员:Y | 编审:Z).
# (minutes open on who chaired, took them and attended: 主持:X(公司工会主席)   记录:Y)
MEETING_ROLE = r"主持人?|记录人?|出席(?:人员)?|列席(?:人员)?|缺席(?:人员)?|参会人员|参加人员"
_PART_START = lazyrx.cached(
    rf"(?:\s*[|｜丨]\s*|\s+)(?=(?:{byline.ROLE}|{byline.EDITOR}|{chrome.SOURCE_LABEL}|{chrome.TIME_LABEL}|{chrome.VIEWS_LABEL}"
    rf"|{MEETING_ROLE})\s*(?:[::|]|\s*\d))")
#: One field of a meeting's head: the role, then the names (maybe with their posts in brackets).
_MEETING_PART = lazyrx.cached(rf"^(?:{MEETING_ROLE})\s*:\s*[^。!?;:]{{1,60}}$")
_PART_SENTENCE = lazyrx.cached(r"[。!?;!?;,,]")
_DIGIT = lazyrx.cached(r"\d")


def labelled_parts_line(folded: str) -> bool:
    """A short row of several labelled parts, each a meta line alone, set off by spaces or bars (记者:韩晓东 阅读 2315,
    记者:X 通讯员:Y | 编审:Z): a mobile page's info row."""
    t = folded.strip()
    if not 4 <= len(t) <= 60 or (" " not in t and "|" not in t) or _PART_SENTENCE.search(t):
        return False
    if ":" not in t and "|" not in t and _DIGIT.search(t) is None:
        return False  # each split point wants a label then a colon, a bar or a digit: the row is one part
    parts = _PART_START.split(t)
    return 2 <= len(parts) <= 5 and all(_meta_part(p) for p in parts)


def _meta_part(part: str) -> bool:
    """One part of a meta row: a byline (记者:X), an editor (编辑:X), a labelled field alone (阅读 N, 来源:X) or a date."""
    # (a date alone is a header line: is_header_line reads DATE_LINE first)
    return (byline.byline_line(part) or byline.editor_line(part) or chrome.is_header_line(part, strict=True)
            or _MEETING_PART.match(part) is not None)


def section_number(folded: str) -> bool:
    """A layout's section number alone on its line: decoration over a subheading, not text."""
    return len(folded) <= 12 and _SECTION_NUMBER.fullmatch(folded) is not None


def mark_filled(lines: list[Line], start: int, end: int, kind: str) -> None:
    """Mark every non-blank line of lines[start:end] whole as ``kind`` (a block the body loop takes at once)."""
    for j in range(start, end):
        if not lines[j].blank:
            lines[j].mark_all(kind)


def apply_kind(ln: Line, kind: str) -> None:
    """Mark a whole line as ``kind``; a caption line keeps its caption and loses its credit."""
    if kind == CAPTION:
        sp = byline.caption_split(ln.folded)
        if sp:
            ln.mark(sp[0], sp[1], "credit")
        lead = byline.PLACEHOLDER_LEAD.match(ln.folded)
        if lead and lead.end() < len(ln.text):
            ln.mark(0, lead.end(), "markup")
    ln.mark_all(kind)


def prev_filled_raw(lines: list[Line], i: int, reach: int = 2) -> int | None:
    """The last line within ``reach`` before i with visible raw text (kept or removed)."""
    return next((j for j in range(i - 1, max(-1, i - 1 - reach), -1) if lines[j].raw.strip()), None)


#: The longest item counter over a dumped feed's item ("条目 2/3", "Item 2 of 3").
_COUNTER_MAX = 14


def feed_item_at(lines: list[Line], i: int) -> bool:
    """Line i opens an item of a feed dumped as text: its title field over its link field, or a short counter
    line ("条目 2/3") right over them."""
    j = next_filled(lines, i, reach=1)
    if j is None:
        return False
    if chrome.feed_item(lines[i].folded, lines[j].folded):
        return True
    if len(lines[i].folded) > _COUNTER_MAX or STOPS.search(lines[i].folded) or not any(c.isdigit() for c in lines[i].folded):
        return False
    k = next_filled(lines, j, reach=1)
    return k is not None and chrome.feed_item(lines[j].folded, lines[k].folded)


def feed_title(lines: list[Line], window: int) -> int | None:
    """The title field of a feed dumped as text (标题:X over 链接:http://…) within the first ``window`` lines
    whose item holds the most text: the article's headline, the feed's own header above it. (An export carries
    one item's full text and the others' one-line teasers; the first item wins a tie.)"""
    heads = [i for i in range(min(len(lines) - 1, window)) if lines[i].folded[:1] in "标Tt["
             and (j := next_filled(lines, i, reach=1)) is not None and chrome.feed_item(lines[i].folded, lines[j].folded)]
    if len(heads) < 2:
        return heads[0] if heads else None
    ends = heads[1:] + [len(lines)]
    return max(zip(heads, ends), key=lambda h: (sum(len(lines[k].text) for k in range(h[0] + 1, h[1])), -h[0]))[0]


def meeting_roles(lines: list[Line], i: int) -> int | None:
    """End of a block of two or more meeting-role lines from line i, one role a line (出席:… / 列席:… / 记录:…):
    minutes' attendance block under their items, the document's apparatus like its signature; else None."""
    end, count = i, 0
    while end < len(lines) and (lines[end].blank or _meeting_line(lines[end].folded)):
        count += not lines[end].blank
        end += 1
    while end > i and lines[end - 1].blank:
        end -= 1
    return end if count >= 2 else None


def _meeting_line(folded: str) -> bool:
    """One meeting role with its names (出席:区总工会领导班子成员)."""
    t = folded.strip()
    return len(t) <= 64 and t[:1] in "主记出列缺参" and _MEETING_PART.match(t) is not None
