"""The clean pipeline: page text in, an Article with title, body, captions and removals out.

Order of stages: whitespace-safe line split → anti-copy span stages (jammer,
pinyin) → title → line classification by zone (header / body / tail, or the
forum layout) → lead and trailing bylines → title salting → the record.
Every stage marks characters on ``lines.Line`` objects, so nothing is lost
from the accounting (kept + removed = input, whitespace aside). The headline's
choice is ``headline``'s; a line's kind by its own shape is ``shapes``'.
"""

from __future__ import annotations

import regex

from .. import lazyrx
from ..record import Article, Removal, make_id
from . import byline, chrome, forum, reflow, title as tmod
from .duplicates import duplicate_paragraphs
from .headline import find_title, newspaper_subtitle, poster_name, speech_speaker, title_part
from .jammer import (MIN_JAMMED, code_jammer_spans, inline_jammer_spans, jammed_page_spans, jammer_spans,
                     lower_jammer_spans, punct_jammer_spans)
from .lines import CAPTION, STOPS, Line, carry_runs, fold, line_cache, marked_runs, split_lines
from .markdown import heading_marks, link_spans
from .pinyin import pinyin_spans
from .salting import salt_spans
from .shapes import (
    ad_slot, apply_kind, author_box, feed_item_at, field_box, form_at, form_block, mark_filled, meeting_roles,
    name_over_date, next_filled, next_story_label, pattern_kind, prev_filled, prev_filled_raw, section_number,
)
from .whitespace import damage, tidy
from .wraps import join_wraps, joined_group, wrap_groups

STRONG_TAIL = {"comment_form", "site_footer"}
#: Kinds of the closing chrome under a text (credits, editors, buttons, cards) that a related-headline list follows.
_CLOSING = {"editor_line", "credit", "byline", "navigation", "social_links", "page_header", "site_footer"}
#: How the names of news accounts and papers end (鄂州发布, 某某工会, 某某日报): a bare name line
#: under the date is the account, while a short phrase there (编者按, 把职业病挡在厂门外) is the article's.
_ACCOUNT_END = lazyrx.cached(r"(?:发布|工会|总工会|日报|晚报|早报|时报|新闻|资讯|在线|头条|视点|之声|之家|融媒|观察|微讯|政务|网|号)$")
#: A number alone on a line, maybe with a unit of thousands: a counter, never a paragraph.
_BARE_COUNT = lazyrx.cached(r"^\d+(?:\.\d+)?\s*[kKwW万]?$")
# (a signature may give the unit before the name: "(某某县总工会 韦秋燕)")
PAREN_NAME = lazyrx.cached(r"^[(\[][\p{Han}·]{2,12}[)\]]$|^[(\[][\p{Han}]{2,20}\s+[\p{Han}·]{2,6}[)\]]$")
# Small patterns used inside the rules, compiled once (a module-level regex call pays a cache lookup).
_REPLY_FORM_HEAD = lazyrx.cached(r"快速回复|快捷回复|发表回复|验证|Ctrl")


def _mark_jammers(ln: Line, spans: list[tuple[int, int]], whole_line: bool) -> str | None:
    """Marks jammer ``spans`` on ``ln`` (all of it when ``whole_line``): None when the line went, else its text."""
    if whole_line:
        ln.mark_all("jammer")
        return None
    ln.mark_spans(spans, "jammer")
    return ln.text


def span_stages(lines: list[Line]) -> None:
    """Remove anti-copy damage first so later rules see clean lines."""
    jammed = [False] * len(lines)  # the per-line jammer rules found something on the line
    whole = [False] * len(lines)   # ... the whole line
    hashed: list[int] = []         # lines opening with #: a Markdown heading's mark, maybe
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        text = ln.text
        # A Markdown export's links first (image links, link brackets and targets): the jammer rules would take
        # their ASCII for a random string. (Its heading marks are read on what the jammer rules leave, below: a
        # random string may open with "# " too.)
        if "](" in text and (spans := link_spans(text)):
            ln.mark_spans(spans, "markup")
            if not (text := ln.text):
                continue
        if text[0] == "#":
            hashed.append(k)
        # Jammer runs are printable ASCII at the end of a line (jammer_spans' own first test, on tidy text).
        if text[-1] <= "\x7e" and (spans := _jammer_spans(text)):
            jammed[k] = True
            if (text := _mark_jammers(ln, spans, spans[0] == (0, len(text)))) is None:  # (is_jammer_line, unscanned)
                whole[k] = True
                continue
        # Random strings of full-width punctuation and ASCII ending the line (…21件。 〆』—【」;,), or all of it.
        if text and (spans := _punct_jammers(text)):
            jammed[k] = True
            if (text := _mark_jammers(ln, spans, spans[0][0] == 0)) is None:
                whole[k] = True
                continue
        # Random strings glued inside the text (the tail rule above wants them after whitespace).
        if text and (spans := _inline_jammers(text)):
            jammed[k] = True
            text = _mark_jammers(ln, spans, False)
        # Pinyin readings are in parentheses (pinyin_spans' own first test).
        if text and ("(" in text or "（" in text):
            ln.mark_spans(_pinyin_spans(text), "pinyin")
    # Code jammers (capitals and digits, other alphabets) on lines of their own, opening paragraphs or after them
    # (AUEU4YFE / WGPUY6 6月上旬 / …交流。 бΘ4жξЦ): the page tells them.
    for k, (ln, spans) in enumerate(zip(lines, code_jammer_spans([ln.text for ln in lines]))):
        if spans:
            whole[k] = spans[0] == (0, len(ln.text))
            ln.mark_spans(spans, "jammer")
            jammed[k] = True
    # Jammers drawn from lowercase letters alone, on lines of their own or after paragraphs (…奖励。 xfpfmiqrnrm):
    # the page tells them from words and pinyin.
    for k, (ln, spans) in enumerate(zip(lines, lower_jammer_spans([ln.text if not ln.blank else "" for ln in lines]))):
        if spans:
            whole[k] = whole[k] or spans[0] == (0, len(ln.text))
            ln.mark_spans(spans, "jammer")
            jammed[k] = True
    # On a page that shows jammers, the shapes only the page tells (letters-only tails, runs between sentences).
    if sum(jammed) >= MIN_JAMMED:
        texts = [ln.text if not ln.blank else "" for ln in lines]
        padded = [len(ln.raw) - len(ln.raw.rstrip(" \t\u3000")) >= 2 for ln in lines]
        for ln, spans in zip(lines, jammed_page_spans(texts, jammed, whole, padded)):
            if spans:
                ln.mark_spans(spans, "jammer")
    for k in hashed:  # a Markdown heading's marks (### subhead) on what the jammer rules left of the line
        if not lines[k].blank:
            lines[k].mark_spans(heading_marks(lines[k].text), "markup")


@line_cache()
def _jammer_spans(text: str) -> tuple:
    """``jammer.jammer_spans``, cached per text (the second reading meets the same lines)."""
    return tuple(jammer_spans(text))


@line_cache()
def _punct_jammers(text: str) -> tuple:
    """``jammer.punct_jammer_spans``, cached per text."""
    return tuple(punct_jammer_spans(text))


#: inline_jammer_spans' own first test: an ASCII run of six or more characters.
_LONG_ASCII = lazyrx.cached(r"[\x21-\x7e]{6}")


@line_cache()
def _inline_jammers(text: str) -> tuple:
    """``jammer.inline_jammer_spans``, cached per text (its first test too: a text's lines repeat on the second reading)."""
    return tuple(inline_jammer_spans(text)) if _LONG_ASCII.search(text) else ()


@line_cache()
def _pinyin_spans(text: str) -> tuple:
    """``pinyin.pinyin_spans``, cached per text."""
    return tuple(pinyin_spans(text))


def head_title_row(ln: Line, title: str | None) -> bool:
    """Mark a line above the chosen headline that repeats it (the page's <title> row,
    "headline - channel - site"): its suffix as ``title_suffix`` (the site name the
    extractor reads), the rest as ``repeated_title``. True when it was such a row."""
    if title is None:
        return False
    head, at = tmod.split_suffix(ln.text)
    if not tmod.repeats_title(head, title):
        return False
    if at is not None:
        ln.mark(at, len(ln.text), "title_suffix")
    ln.mark_all("repeated_title")
    return True


def clean_lines(lines: list[Line], title_idx: int | None, is_forum: bool) -> list[int]:
    """Classify every line after the title; return the indexes of body lines."""
    n = len(lines)
    title = _title_text(lines, title_idx)
    start = 0 if title_idx is None else title_idx + 1
    for j, ln in enumerate(lines[:start]):
        if title_idx is not None and ln is lines[title_idx]:
            continue
        if not ln.blank and not head_title_row(ln, title):
            # (a bulletin's masthead row over the headline dates the issue: the meta reader takes it from page_header)
            k = "page_header" if chrome.is_header_line(ln.folded) or chrome.masthead_row(ln.folded) \
                else ("forum_chrome" if is_forum else "navigation")
            if is_forum and k == "forum_chrome" and (forum.profile_line(ln.folded) or poster_name(lines, j)):
                k = "user_profile"  # the poster's block above a subject written inside the post (phpwind)
            ln.mark_all(k)
    if is_forum:
        return forum_zones(lines, start, title)
    if (marks := reflow.viewer_pages(lines, start)) is not None:
        # page markers: page furniture, whether they open the pages or close them (a short document's copy with
        # 第1页 / 共2页 under each page's text, read on as an article when viewer_zones finds no deck)
        for j in marks:
            lines[j].mark_all("navigation")
        if (first := viewer_zones(lines, start, marks, title)) is not None:
            return body_and_tail(lines, first, title)
    shapes: dict[int, str | None] = {}  # line shapes down to the first paragraph, found on demand

    def kind(i: int) -> str | None:
        """The shape of line i (None for a blank line), computed once."""
        if i not in shapes:
            shapes[i] = None if lines[i].blank else pattern_kind(lines[i], title, strict=False)
        return shapes[i]

    sub = newspaper_subtitle(lines, start) if title is not None else None
    if sub is not None:
        lines[sub].mark_all("page_header")
    elif title is not None and (spk := next_filled(lines, start - 1, reach=1)) is not None \
            and speech_speaker(lines, spk):
        lines[spk].mark_all("byline")  # (a report's speaker right under its title: 职务 + name, no date under it)
    body_start = first_paragraph(lines, start, kind)
    if body_start is None:
        body_start = next((i for i in range(start, n) if kind(i) is None and not lines[i].blank
                           and chrome.tail_kind(lines[i].folded) is None), n)
    # Header zone: shaped lines go; unshaped ones go too when chrome follows them.
    last_shaped = max((i for i in range(start, body_start) if kind(i)), default=-1)
    # The last pairs of a flattened info box under its shaped lines (发布时间 / 2024-10-15 / 阅读 / 3472: an app's
    # <dl> box, each label over its value): one pair may close it, since the box's lines above are the header's.
    box = next_filled(lines, last_shaped) if last_shaped >= start else None
    if box is not None and box < body_start and (end := field_box(lines, box, least=1)) is not None and end <= body_start:
        last_shaped = end - 1
    # A bare name between the date line and the first paragraph is the account or author (鄂州发布), or the post's
    # IP region (宁夏) that WeChat sets under its time.
    name = next_filled(lines, last_shaped) if last_shaped >= start and kind(last_shaped) == "page_header" else None
    if name is not None and name < body_start \
            and (_account_line(lines[name]) or chrome.region_line(lines[name].folded)) \
            and _chrome_until(lines, name, body_start):
        last_shaped = name
    elif (last_shaped < start or kind(last_shaped) == "repeated_title") \
            and (name := _account_under_title(lines, max(start, last_shaped + 1), body_start)) is not None:
        last_shaped = name
    part = title_part(lines, title_idx) if title_idx is not None else None
    for i in range(start, last_shaped + 1):
        ln = lines[i]
        if ln.blank or i == part:  # (a speech's occasion line, a feature's subtitle: the title's second half)
            continue
        k = kind(i) or chrome.tail_kind(ln.folded) or \
            ("page_header" if i == name or name_over_date(lines, i) else
             "byline" if part is not None and speech_speaker(lines, i) else "navigation")
        apply_kind(ln, k)
    return body_and_tail(lines, max(start, last_shaped + 1), title)


#: How many lines a document's cover page holds at most (its title, speaker, unit, date).
COVER_LINES = 6


def viewer_zones(lines: list[Line], start: int, marks: list[int], title: str | None) -> int | None:
    """Mark the chrome of a document shown page by page (a slide deck on a document-sharing site; the caller marks
    its page markers, 第2页 / 共6页): its info block and summary above the first page, the line repeated at the foot
    of every page (the deck's running footer) and a cover page of no sentences (title, speaker, unit, date); the
    line where the text starts. None when the markers may close pages instead of opening them (no cover, no
    running footer)."""
    ends = [lines[j].folded.strip() for a, b in zip(marks, marks[1:])
            if (j := prev_filled(lines, b, reach=b - a - 1)) is not None]  # (each page's last line)
    running = next((t for t in ends if ends.count(t) >= 2 or len(marks) == 2 and any(
        lines[j].folded.strip() == t for j in range(marks[-1] + 1, len(lines)))), None)
    cover = [j for j in range(marks[0] + 1, marks[1]) if not lines[j].blank and lines[j].folded.strip() != running]
    is_cover = 0 < len(cover) <= COVER_LINES and not any(STOPS.search(lines[j].text) for j in cover)
    if running is None and not is_cover:
        return None
    if running is not None:
        for j in range(marks[0], len(lines)):
            if not lines[j].blank and lines[j].folded.strip() == running:
                lines[j].mark_all("navigation")  # the running footer: page furniture
    for j in [*range(start, marks[0]), *(cover if is_cover else ())]:
        ln = lines[j]
        if not ln.blank:
            apply_kind(ln, pattern_kind(ln, title, strict=False) or chrome.tail_kind(ln.folded) or "page_header")
    return marks[1] + 1 if is_cover else marks[0] + 1


def _minutes_signature(lines: list[Line], i: int) -> int:
    """Past the issuer and date signing minutes under their attendance block (某某区总工会办公室 / 2024年5月9日), both
    marked as a signature is (byline); i when no dated signature follows."""
    name = next_filled(lines, i - 1, reach=2)
    date = next_filled(lines, name, reach=2) if name is not None else None
    if date is None or STOPS.search(lines[name].folded) or len(lines[name].folded.strip()) > 30 \
            or not chrome.issue_date_line(lines[date].folded):
        return i
    lines[name].mark_all("byline")
    lines[date].mark_all("byline")
    return date + 1


def _chrome_until(lines: list[Line], i: int, body_start: int) -> bool:
    """Only chrome lines stand between line i and the first paragraph (a WeChat copy's account name, then its
    "点击蓝字 关注我们" prompt, then the text), or none at all."""
    return all(lines[j].blank or chrome.tail_kind(lines[j].folded) is not None for j in range(i + 1, body_start))


def first_paragraph(lines: list[Line], start: int, kind) -> int | None:
    """The first unshaped prose line from ``start``: where the body opens. A Latin-only line with no sentence end
    (a Chinese site's English slogan or name over its menus) opens it only when no Han paragraph follows, so the
    menus after such a line stay in the header zone; an English article's first such line still opens it."""
    first = None
    for i in range(start, len(lines)):
        if kind(i) is None and chrome.is_prose(text := lines[i].text):
            if not chrome.latin_label_line(text):
                return i if first is None or chrome.HAN.search(text) else first
            if first is None:
                first = i
    return first


def _account_line(ln: Line) -> bool:
    """A bare name line that ends as a news account's or paper's name does (鄂州发布, 南宁工会)."""
    return chrome.name_line(ln.folded) and _ACCOUNT_END.search(ln.text) is not None


def _account_under_title(lines: list[Line], start: int, body_start: int) -> int | None:
    """A bare account name right under the headline, over the first paragraph, that the page names again
    elsewhere (a WeChat copy without its date: 海门工会, then the text, then 关注“海门工会”): the account."""
    i = next_filled(lines, start - 1, reach=2)
    if i is None or next_filled(lines, i) != body_start:
        return None
    t = lines[i].text.strip()
    if not (2 <= len(t) <= 12 and _account_line(lines[i])):
        return None
    return i if any(t in ln.raw for ln in lines[body_start + 1:]) else None  # (i is above body_start)


#: The longest line ``body_and_tail``'s line tests take: an address line (chrome.address_line) 120 characters,
#: a notice's or contact line 80, a related-links bullet 41, an issue date ~20, a caption under an image 30.
SHORT_RULES = 120


def body_and_tail(lines: list[Line], body_start: int, title: str | None) -> list[int]:
    """Classify body lines, find where the article ends, and mark everything after it."""
    n = len(lines)
    prose_after = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        t = lines[i].text
        prose_after[i] = prose_after[i + 1] or (_stops(t) >= 2 and chrome.tail_kind(lines[i].folded) is None)
    body: list[int] = []
    section = None
    reply = tmod.reply_title(title)
    i = body_start
    while i < n:
        ln = lines[i]
        if ln.blank:
            i += 1
            continue
        f = ln.folded
        # (a line's folded text is tidy: the date, address, notice, contact, caption and bullet lines tested
        # below are all at most SHORT_RULES characters long, so a paragraph skips their tests)
        short = len(f) <= SHORT_RULES
        if section is None and body and "附件" in f and (end := download_box(lines, i)) is not None:
            mark_filled(lines, i, end, "related_links")
            i = end
            continue
        if body and short and (end := author_box(lines, i)) is not None:
            # a blog's author box under the post (由某某发布 / a bio / 查看某某的所有文章)
            mark_filled(lines, i, end, "byline")
            i = end
            continue
        if section is None and body and len(f) <= 8 and not prose_after[i + 1] and (end := field_box(lines, i)) is not None:
            # a right-column info box flattened under the text (来源 / 湖南工人报 / 记者 / …)
            mark_filled(lines, i, end, "page_header")
            i = end
            continue
        if section is None and body and short and ":" in f and (end := form_block(lines, i)) is not None \
                and chrome.tail_kind(f) is None:  # (a marker's label, 相关阅读: or 网友评论:, opens its own block)
            if prev_filled(lines, i) == body[-1] and chrome.form_heading(lines[body[-1]].folded):
                lines[body.pop()].mark_all("comment_form")  # the form's heading (在线报名) over its fields
            # an online form under the text (姓名: / 身份证号: / … / 提交 重置): the page's
            mark_filled(lines, i, end, "comment_form")
            i = end
            continue
        if reply and section is None and body and short and not prose_after[i + 1] and chrome.reply_contact_line(f):
            i = reply_filing(lines, i)  # a reply letter's contact block and its signature: the letter's filing
            continue
        if section is None and body and short:
            dated = chrome.issue_date_line(f)  # (asked once: both tests below want it)
            if dated and signed(lines, body) and (
                    title is not None and not prose_after[i + 1] and report_signature(lines, body, title)
                    or imprinted(lines, i)):
                # an issuer's name over a date closing a report or story signs it as its byline; a notice's
                # signature is its own text (below), save in an official document copied whole from its PDF, its
                # imprint (…印发) below: there the signature is the seal's block, as the imprint is the colophon's
                lines[body.pop()].mark_all("byline")
                ln.mark_all("byline")
                i += 1
                continue
            if chrome.address_line(f) and continues_colon(lines, body, i):
                body.append(i)  # the address a sentence ending in a colon points to, not the footer's contact block
                i += 1
                continue
            if chrome.notice_line(f) or dated and signed(lines, body) \
                    or chrome.contact_line(f) and (issuer_follows(lines, i) or signed_below(lines, i)
                                                   or contact_section(lines, body) or _section_below(lines, i)
                                                   or _contact_person(lines, body)):
                body.append(i)
                i += 1
                continue
        if section is None and body and short and (end := ad_slot(lines, i)) is not None:
            mark_filled(lines, i, end + 1, "related_links")  # an ad slot after a paragraph: slogan and 广告 label
            i = end + 1
            continue
        k = pattern_kind(ln, title, strict=True)
        tk = chrome.tail_kind(f) if k is None else None
        if k == "navigation" and body and chrome.more_heading(f):
            k, tk = None, "related_links"  # "更多图集" is made of menu words, yet it heads the links after the text
        elif k == "forum_chrome" and section is None and body and not prose_after[i + 1] and forum.tool_row(f):
            k, tk = None, "forum_chrome"  # a post's tool row under its text (回复 引用 举报): the post's chrome follows
        elif k == "navigation" and section is None and body and f.startswith("[") and not prose_after[i + 1] \
                and chrome.bracket_menu(f) and chrome.tail_kind(f) == "navigation":
            tk = "navigation"  # a row of buttons ("【打印此页】【关闭窗口】") after the text opens the page's chrome
        if k in ("page_header", None) and section is None and body and not prose_after[i + 1] and (
                chrome.closing_stamp(f) or chrome.bare_stamp(f) and _chrome_next(lines, i)):
            # a post's stamp with the poster's region closes it: tags, buttons, comments follow (a bare stamp
            # when the vote bar or the rights note comes right under it)
            k, tk = None, "page_header"
        if section is None and tk and body and chrome.app_prompt(f) and text_under(lines, i, title):
            apply_kind(ln, tk)  # an app's prompt where a share page folds its text (打开APP 查看更多): the text goes on
            i += 1
            continue
        if section is None and tk and body:
            # (a 下一篇 label over the next story printed whole: that story's text is prose, none of this article's)
            if tk in STRONG_TAIL or not prose_after[i + 1] or next_story_label(lines, i):
                section = tk
            else:  # a link box inside the article: the marker and its short lines
                apply_kind(ln, tk)
                i += 1
                # it ends at prose, or at an indented line when its marker is not indented (CMS pages
                # indent paragraphs, not links): a hard-wrapped paragraph's first line is short
                # (a blog's author box may follow its share box: the box is taken whole, its bio a sentence or two)
                while i < n and not chrome.is_prose(lines[i].text) and not (
                        _indented(lines[i].raw) and not _indented(ln.raw)) and author_box(lines, i) is None:
                    if not lines[i].blank:
                        lines[i].mark_all(tk)
                    i += 1
                continue
        if section is not None and body and "附件" in f and annex_head(lines, body, i):
            ln.mark_all("related_links")  # the annex's label: the annex the notice names is its text again
            section = None
            i += 1
            continue
        if section is not None:
            # a line of a closing kind keeps it inside a tail, save a comment list's label with a byline's
            # shape (作者 回复: a role, then "a name"), which is the comments' own
            if k in ("editor_line", "credit", "byline", "repeated_title", "page_header") and not (
                    k == "byline" and section == "comment_form" and chrome.comment_label(f)):
                apply_kind(ln, k)
            else:
                section = tk or section
                ln.mark_all(section)
        elif k is None and tk is None and short and (
                (byline.short_caption(f) or byline.bilingual_caption(f)) and _after_placeholder(lines, i)
                and not _NUMBERED_HEAD.match(f) and not _runs_on(lines, i) or byline.figure_sentence(f) and _figure_block(lines, i)):
            apply_kind(ln, CAPTION)  # the caption under an image's placeholder ("图片", then "颁奖现场")
        elif k:
            apply_kind(ln, k)
        elif tk:
            ln.mark_all(tk)
        elif body and short and not prose_after[i + 1] and (
                chrome.related_bullet(f) and any(set(lines[j].kinds) & _CLOSING for j in range(body[-1] + 1, i))
                or lines[body[-1]].text[-1] in _PARAGRAPH_END and (
                    chrome.page_list_item(f) and page_list(lines, i, title)
                    or len(lines[body[-1]].text) > CAPTION_NEIGHBOUR and chrome.plain_headline(f)
                    and epaper_page(lines, body_start) and page_list(lines, i, title, epaper=True))):
            # dotted headlines after the text's closing chrome, or right under its last paragraph when the
            # page's chrome follows them: a related-links list (an e-paper's other headlines of the page)
            section = "related_links"
            ln.mark_all(section)
        elif body and short and not prose_after[i + 1] and (end := meeting_roles(lines, i)) is not None:
            mark_filled(lines, i, end, "page_header")  # minutes' attendance block (出席:… 列席:… 记录:…)
            i = _minutes_signature(lines, end)
            continue
        elif body and short and not prose_after[i + 1] and feed_item_at(lines, i):
            section = "related_links"  # a dumped feed's further items under the first one's text
            ln.mark_all(section)
        elif body and short and next_story(lines, body, i):
            # the page's next story under the article's closing lines, its metadata and editor lines included (they
            # name another story's people): not the article's, up to the page's own tail
            while i < n and (lines[i].blank or chrome.tail_kind(lines[i].folded) is None):
                if not lines[i].blank:
                    lines[i].mark_all("related_links")
                i += 1
            continue
        elif body and not prose_after[i + 1] and (short and chrome.column_disclaimer(f) or chrome.correction_note(f)):
            # a column's bracketed disclaimer under the text ((本栏目解答仅供参考…)), a paper's correction note
            # (【更正】…现已更正，特此致歉。; up to 200 characters, its label looked at first)
            section = "site_footer"
            ln.mark_all(section)
        elif body and not prose_after[i + 1] and byline.author_card(f):
            ln.mark_all("byline")  # the author's card under the text (作者简介:许某,某某律师事务所律师…)
        elif body and short and not prose_after[i + 1] and chrome.column_label(f) and after_share_bar(lines, body, i) \
                and headline_run(lines, i + 1):
            section = "related_links"  # a column's name and its headlines under the share bar: related links
            ln.mark_all(section)
        elif body and short and not prose_after[i + 1] and chrome.headline_line(f) and related_run(lines, body, i):
            section = "related_links"  # a dated or headed list of headlines after the text
            ln.mark_all(section)
        else:
            body.append(i)
        i += 1
    return trim_tail(lines, share_bar(lines, body))


def next_story(lines: list[Line], body: list[int], i: int) -> bool:
    """Line i heads another story after the article's closing lines (编辑:…, a credit, a divider): a headline with
    its own dated metadata row under it (发布时间:… 来源:…), as a county news page runs its next item on."""
    if not any(set(lines[j].kinds) & _CLOSING for j in range(body[-1] + 1, i)):
        return False
    f = lines[i].folded
    if chrome.is_prose(lines[i].text) or not tmod.plausible_title(f):
        return False
    j = next_filled(lines, i, reach=1)
    labels = chrome.header_labels(lines[j].folded) if j is not None else set()
    return "time" in labels and len(labels) >= 2


def text_under(lines: list[Line], i: int, title: str | None) -> bool:
    """The next filled line after i is a paragraph of the text: prose ending a sentence, no chrome's shape."""
    j = next_filled(lines, i, reach=3)
    if j is None:
        return False
    ln = lines[j]
    t = ln.text.rstrip()
    return chrome.is_prose(t) and t[-1] in _PARAGRAPH_END and pattern_kind(ln, title, strict=True) is None \
        and chrome.tail_kind(ln.folded) is None


def page_list(lines: list[Line], i: int, title: str | None, epaper: bool = False) -> bool:
    """Whether line i opens a run of two dotted or page-labelled headlines or more (■ X / · Y / A02版 Z, an
    e-paper's or portal's other headlines of the page or edition) that only the page's chrome or its end
    follows; on an e-paper, three bare headlines or more. A body's dotted subheads are followed by their
    paragraphs; its dotted list items follow a line ending in a colon."""
    n, found, bare = len(lines), 0, 0
    j = i
    while j < n:
        f = lines[j].folded
        if not lines[j].blank and not chrome.page_list_item(f):
            if not (epaper and chrome.plain_headline(f)):
                break
            bare += 1
        found += not lines[j].blank
        j += 1
    if found < (3 if bare else 2):
        return False
    return j == n or chrome.tail_kind(lines[j].folded) is not None \
        or pattern_kind(lines[j], title, strict=True) is not None


def epaper_page(lines: list[Line], body_start: int) -> bool:
    """Whether the page is an e-paper's: a page label (第03版:要闻, 鞍山日报 A03 县区新闻) above its text."""
    # (the label is marked as chrome by now: its raw text is read)
    return any(chrome.epaper_label(fold(lines[k].raw).strip()) for k in range(body_start) if "版" in lines[k].raw)


def reply_filing(lines: list[Line], i: int) -> int:
    """Mark a reply letter's filing under its closing: the contact lines from line i (联系单位:…, 联系人:…, 联系电话:…),
    then the replying office's name over its date; the index after them."""
    j: int | None = i
    while j is not None and chrome.reply_contact_line(lines[j].folded):
        lines[j].mark_all("byline")
        i, j = j + 1, next_filled(lines, j, reach=2)
    if j is not None and _signature_at(lines, j):
        date = next_filled(lines, j, reach=2)
        lines[j].mark_all("byline")
        lines[date].mark_all("byline")
        i = date + 1
    return i


#: A notice's annex label alone on its line, over the annex (附件, 附件2).
_ANNEX_LABEL = lazyrx.cached(r"^附件\s*\d{0,2}\s*[::]?$")
#: The body's pointer to an annex: "附件：2024年度某某名单" (maybe numbered, 附件1:).
_ANNEX_NAMED = lazyrx.cached(r"^附件\s*\d{0,2}\s*[::]\s*(?:\d{1,2}\s*[.、]\s*)?(\S.{2,60})$")


def _chrome_next(lines: list[Line], i: int) -> bool:
    """The next filled line after i is a button or count row, or opens the page's tail (a footer, a rights note)."""
    j = next_filled(lines, i, reach=2)
    return j is not None and (chrome.is_widget_line(lines[j].folded) or chrome.tail_kind(lines[j].folded) is not None)


def annex_head(lines: list[Line], body: list[int], i: int) -> bool:
    """Line i is a bare annex label (附件) after the signature, and the next line is the annex's heading that
    a body line names (附件:某某名单 … 附件 / 某某名单): the annex is the notice's own text (the list it
    decides), not the page's chrome."""
    if not _ANNEX_LABEL.match(lines[i].folded.strip()):
        return False
    nxt = next_filled(lines, i)
    if nxt is None:
        return False
    want = tmod.norm(lines[nxt].text)
    return len(want) >= 4 and any(
        (m := _ANNEX_NAMED.match(lines[j].folded.strip())) and tmod.norm(m.group(1)) == want for j in body[-8:])


def after_share_bar(lines: list[Line], body: list[int], i: int) -> bool:
    """Line i comes after a removed share bar (分享到:) that follows the last body line."""
    return any(share_label(lines[j]) for j in range(body[-1] + 1, i))


def share_label(ln: Line) -> bool:
    """A line removed as social links that is the share bar's label (分享到:), not only its targets."""
    return "social_links" in ln.kinds and "分享" in ln.raw


def headline_run(lines: list[Line], i: int, shape=chrome.headline_line) -> int:
    """How many filled lines from line i on, up to the page's footer or end, are headline-shaped (``shape``);
    0 when something else ends them."""
    seen = 0
    for j in range(i, len(lines)):
        ln = lines[j]
        if ln.blank:
            continue
        if shape(ln.folded) and chrome.tail_kind(ln.folded) is None:
            seen += 1
            continue
        return seen if chrome.tail_kind(ln.folded) is not None else 0  # the links end at the footer's chrome
    return seen


def related_run(lines: list[Line], body: list[int], i: int) -> bool:
    """Line i opens a related list after the text: two headlines or more up to the page's footer or end, each
    ending in its date (某某工会召开会议 05-18), or under a bare list heading the page's chrome took (图片新闻,
    最新动态) after the text's closing chrome (editor, buttons). A run of short lines inside the text (subheads,
    a list of winners) has the text's paragraphs after it, or no such heading over it; a notice's annex label
    (附件) heads the notice's own list."""
    if chrome.dated_headline(lines[i].folded) and headline_run(lines, i, chrome.dated_headline) >= 2:
        return True
    head = prev_filled_raw(lines, i)
    if head is None or head <= body[-1] + 1 or not lines[head].blank:
        return False
    label = fold(lines[head].raw).strip()
    return chrome.column_label(label) and not _ANNEX_LABEL.match(label) \
        and any(set(lines[j].kinds) & _CLOSING for j in range(body[-1] + 1, head)) and headline_run(lines, i) >= 2


def continues_colon(lines: list[Line], body: list[int], i: int) -> bool:
    """Line i follows the last body line, a sentence ending in a colon, with only blank or jammer lines between."""
    last = lines[body[-1]]
    if not last.folded.rstrip().endswith(":") or chrome.han_count(last.text) < 8:
        return False
    return all(set(lines[j].kinds) <= {None, "jammer"} and lines[j].blank for j in range(body[-1] + 1, i))


def share_bar(lines: list[Line], body: list[int]) -> list[int]:
    """Body lines without a share bar laid out a target a line (分享到:, then 微信, 微博, QQ each alone): a run of
    share-target lines after a removed share label, or two of them or more side by side."""
    keep = set(body)
    drop: set[int] = set()
    run: list[int] = []
    for i in body + [len(lines)]:
        target = i < len(lines) and chrome.share_target_line(lines[i].folded)
        if target and (not run or all(lines[j].blank for j in range(run[-1] + 1, i))):
            run.append(i)
            continue
        if run:
            before = prev_filled_raw(lines, run[0])
            labelled = before is not None and before not in keep and share_label(lines[before])
            if labelled or len(run) >= 2:
                drop.update(run)
        run = [i] if target else []  # (a target line apart from the run starts the next one)
    for j in drop:
        lines[j].mark_all("social_links")
    return [i for i in body if i not in drop]


#: A bare attachment label ("附件:"), the head of a page's download box when only file names follow.
_ATTACH_LABEL = lazyrx.cached(r"^(?:相关)?附件\s*[::]?$")
#: A file's name with its extension, perhaps numbered ("1. 2024年度优秀护士名单.docx"), no sentence in it.
_FILE_NAME = lazyrx.cached(r"^(?:\d{1,2}\s*[.、]\s*)?[^。!?;]{1,80}\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|7z|pptx?|txt|jpe?g|png|ofd)$",
                           regex.I)


def _stops(t: str) -> int:
    """How many sentence ends (STOPS) the text has, counted without building a list of matches."""
    return t.count("。") + t.count("!") + t.count("?")


def download_box(lines: list[Line], i: int) -> int | None:
    """End (exclusive) of a download box opened at line i: a bare 附件: label, then only file names (with
    their extensions) up to the page's chrome, the notice's signature or the page's end. A notice's own
    attachment list names its annexes without extensions (附件:1.某某表), so the box's names are the CMS's
    download links; a box that runs into text is not one. The label may name the first file itself
    (附件：某某汇总表.xlsx): such a box is the CMS's only when the page's chrome (an online form's too) or end
    follows it (above a notice's signature, the line is the notice's list of its annexes: the golds keep it)."""
    t = lines[i].folded.strip()
    named = None if _ATTACH_LABEL.match(t) else _ATTACH_NAMED.match(t)
    if named is not None and not _FILE_NAME.match(named["file"]):
        return None
    if named is None and not _ATTACH_LABEL.match(t):
        return None
    j, files = i + 1, int(named is not None)
    while j < len(lines) and (lines[j].blank or _FILE_NAME.match(lines[j].folded.strip())):
        files += not lines[j].blank
        j += 1
    if not files:
        return None
    if j < len(lines) and pattern_kind(lines[j], None, strict=True) is None and chrome.tail_kind(lines[j].folded) is None \
            and not form_at(lines, j) and (named is not None or not _signature_at(lines, j)):
        return None
    return j


#: An attachment label with the first file's name after it (附件：某某表.xlsx, 相关附件:1.某某名单.pdf).
_ATTACH_NAMED = lazyrx.cached(r"^(?:相关)?附件\s*\d{0,2}\s*[::]\s*(?P<file>\S.*)$")


def _signature_at(lines: list[Line], j: int) -> bool:
    """Line j opens a notice's signature: the issuer's name over its date (佛山市总工会 / 2024年3月8日)."""
    if not chrome.issuer_line(lines[j].folded):
        return False
    nxt = next_filled(lines, j, reach=2)
    return nxt is not None and chrome.issue_date_line(lines[nxt].folded)


def _after_placeholder(lines: list[Line], i: int) -> bool:
    """The line above line i (blank lines skipped) was an image placeholder, now removed
    (a section number is markup too, but the line under it is a subheading, no caption)."""
    j = prev_filled_raw(lines, i)
    # (a line removed whole is blank: the cheap test first, the set of its kinds only then)
    return j is not None and lines[j].blank and set(lines[j].kinds) == {"markup"} \
        and not section_number(fold(lines[j].raw))


def _runs_on(lines: list[Line], i: int) -> bool:
    """Line i ends on a comma and the line right under it is text: a paragraph set in short lines opens there
    (an explainer's "2026年,总工会聚焦…," under a photo, its clause going on below), no caption."""
    t = lines[i].text.rstrip()
    return t[-1:] in _COMMAS and i + 1 < len(lines) and not lines[i + 1].blank


_COMMAS = ",，"


# A subheading numbered as a post's sections are ("02 暖心驿站，让休息更有温度", "二、…", "3、…"): under a photo
# it opens the next section, it is no caption of the photo.
_NUMBERED_HEAD = lazyrx.cached(r"^(?:0\d(?:\s|[.、])|\d{1,2}、|[一二三四五六七八九十]{1,3}、)\s*\S")


def _figure_block(lines: list[Line], i: int) -> bool:
    """Line i closes a figure block: right under a removed image placeholder, with blank lines around the two
    (a WeChat copy sets each photo and its caption apart so: "[图片]", then "比武现场，选手们正在进行手工制茶。"),
    where a paragraph after a photo stands apart from it."""
    if i < 2 or i + 1 < len(lines) and lines[i + 1].raw.strip() or lines[i - 2].raw.strip():
        return False
    ph = lines[i - 1]
    return bool(ph.raw.strip()) and ph.blank and set(ph.kinds) == {"markup"} and byline.image_placeholder(fold(ph.raw))


def _indented(raw: str) -> bool:
    """The raw line opens with a paragraph indent (two spaces or an ideographic space)."""
    return raw.startswith(("\u3000", "  ", "\t", "\xa0\xa0"))


def issuer_follows(lines: list[Line], i: int) -> bool:
    """An issuer's name (the notice's signature) is one of the next two lines after line i."""
    nxt = [j for j in range(i + 1, min(len(lines), i + 5)) if not lines[j].blank][:2]
    return any(chrome.issuer_line(lines[j].folded) for j in nxt)


#: Lines below a notice's organiser or contact line within which its next numbered section is looked for.
SECTION_REACH = 4
#: A notice's Chinese-numbered section head (二、比赛时间, (三)参赛对象): a site's footer has none.
_CN_SECTION = lazyrx.cached(r"^(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)])\s*\S")


def _section_below(lines: list[Line], i: int) -> bool:
    """A numbered section head (二、…) comes within SECTION_REACH filled lines under line i: the contact or organiser
    lines above it (主办单位:…, 承办单位:…) are a notice's section, not the footer (notices unsigned on the page too)."""
    seen = 0
    for j in range(i + 1, len(lines)):
        if lines[j].blank:
            continue
        if _CN_SECTION.match(lines[j].folded):
            return True
        seen += 1
        if seen >= SECTION_REACH:
            return False
    return False


#: How far below a contact line a notice's signature is looked for (its lists of names and units come first).
SIGNATURE_REACH = 80


def signed_below(lines: list[Line], i: int) -> bool:
    """A notice's signature block (the issuer's name over a 2024年4月15日 date) comes below line i before any
    footer or link marker: a contact line above it (地址:…) is the notice's, not the site's footer, and so
    are the lists between (a 公示's 一、二、 headings and names)."""
    for j in range(i + 1, min(len(lines), i + SIGNATURE_REACH)):
        if lines[j].blank:
            continue
        f = lines[j].folded
        if chrome.issuer_line(f):
            nxt = next_filled(lines, j, reach=2)
            if nxt is not None and chrome.issue_date_line(lines[nxt].folded):
                return True
        elif not chrome.contact_line(f) and chrome.tail_kind(f) is not None:
            return False
    return False


#: A notice's numbered section heading that asks its readers to get in touch (五、对本次采购提出询问，请按以下方式联系,
#: 六、联系方式): the contact lines under it are the section's text.
_CONTACT_HEAD = lazyrx.cached(r"^(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)]|\d{1,2}[.、])[^。!?;]{0,40}联系[^。!?;]{0,8}$")
#: A short labelled field of a notice's contact block (采购人:某某, 联系人:某某), no sentence in it.
_FIELD = lazyrx.cached(r"^\p{Han}{2,8}\s*[::]\s*[^。!?;]{1,60}$")
#: How many fields of its block a contact line may follow under the section's heading.
CONTACT_FIELDS = 6


def contact_section(lines: list[Line], body: list[int]) -> bool:
    """The body ends in a notice's contact section: a numbered heading asking to get in touch, maybe with fields
    of its block under it (采购人:某某): a contact line next (地址:…, 联系电话:…) is the section's, not the footer's."""
    for j in reversed(body[-CONTACT_FIELDS - 1:]):
        f = lines[j].folded.strip()
        if _CONTACT_HEAD.match(f):
            return True
        if not _FIELD.match(f):
            return False
    return False


def report_signature(lines: list[Line], body: list[int], title: str) -> bool:
    """The signature closing the body signs a report or story, not a document: the headline names no document
    (通知, 公示, 决定 …) and the body has no notice's lines (附件:, 联系人:, a contact line)."""
    return not tmod.document_title(title) and not any(
        chrome.notice_line(lines[j].folded) or chrome.contact_line(lines[j].folded) for j in body)


def _contact_person(lines: list[Line], body: list[int]) -> bool:
    """The body ends on a notice's contact person (联系人:某某): a phone or e-mail line right under it is the same
    block of the notice, not the site's footer (a document signed in its PDF's seal block ends so)."""
    return bool(body) and lines[body[-1]].folded.lstrip().startswith("联系人") and chrome.notice_line(lines[body[-1]].folded)


def imprinted(lines: list[Line], i: int) -> bool:
    """An official document's imprint line (某某办公室 2024年7月16日印发) comes below line i: the page is the
    whole document copied from its PDF, colophon included."""
    return any("印发" in lines[j].raw and chrome.imprint_line(lines[j].folded) for j in range(i + 1, len(lines)))


def signed(lines: list[Line], body: list[int]) -> bool:
    """True when the last body line is an issuer's name, so a date line after it is the notice's date."""
    return chrome.issuer_line(lines[body[-1]].folded)


def trim_tail(lines: list[Line], body: list[int]) -> list[int]:
    """Drop short credit/name lines left after the last paragraph, e.g. a bare "(喻娟)", and the
    account card above a closing follow prompt (WeChat: the account's name and slogan, then
    "长按识别二维码关注")."""
    while body:
        ln = lines[body[-1]]
        t = ln.folded.strip()
        kind = next((k for rx, k in _TAIL_LEFTOVERS if rx.match(t)), None)
        if kind is None:
            break
        ln.mark_all(kind)
        body.pop()
    nxt = next((j for j in range(body[-1] + 1, len(lines)) if not lines[j].blank or lines[j].touched), None) \
        if body else None
    if nxt is not None and set(lines[nxt].kinds) - {None} == {"social_links"} and (
            _FOLLOW.search(lines[nxt].raw) or chrome.account_card_line(fold(lines[nxt].raw))):
        for _ in range(CARD_LINES):
            if len(body) < 2 or not _card_line(lines[body[-1]].text) or _signature_line(lines, body):
                break
            lines[body.pop()].mark_all("social_links")
    return _card_around_id(lines, body)


def _card_around_id(lines: list[Line], body: list[int]) -> list[int]:
    """Drop an account card whose id line was removed between its lines under the text (WeChat: 宿迁供电工会 /
    微信号 sqgdgh / 电网铁军 工会同行): the name over the id and the slogan under it are the card's, not the text's."""
    tail: list[int] = []
    for i in reversed(body[-CARD_LINES:]):
        if not _card_line(lines[i].text) or chrome.issue_date_line(lines[i].folded):
            break
        tail.insert(0, i)
    if not tail or len(tail) == len(body):
        return body
    ids = [j for j in range(tail[0] + 1, min(len(lines), body[-1] + 3)) if j not in tail
           and lines[j].blank and set(lines[j].kinds) - {None} == {"social_links"} and chrome.account_card_line(fold(lines[j].raw))]
    if not ids:
        return body
    top = prev_filled_raw(lines, ids[0])
    drop = [i for i in tail if top is not None and i >= top]
    for i in drop:
        lines[i].mark_all("social_links")
    return [i for i in body if i not in drop]


#: Lines left after the last paragraph that trim_tail drops, tried in order, with the kind each is marked:
#: a bare signer "(喻娟)"; an attachment label with no file under it (the box was not dumped); a like or
#: view count left over from the post's tool row ("38", "1.1k").
_TAIL_LEFTOVERS = ((PAREN_NAME, "byline"), (_ATTACH_LABEL, "related_links"), (_BARE_COUNT, "navigation"))

#: Lines of an account card (name, slogan) looked at above a closing follow prompt.
CARD_LINES = 3
_CARD_PUNCT = lazyrx.cached(r"[。!?;,,、:“”]")


#: A follow prompt (长按识别二维码关注, 扫码关注我们): an account card may stand above it; a share bar
#: (分享到:) or a QR code to open the page on a phone has none.
_FOLLOW = lazyrx.cached(r"关注|關注")


def _signature_line(lines: list[Line], body: list[int]) -> bool:
    """The last body line is a notice's date: the text's signature (the issuer above it stays with it)."""
    return chrome.issue_date_line(lines[body[-1]].folded)


def _card_line(text: str) -> bool:
    """A card's line: a name or slogan of at most 16 characters with no sentence punctuation."""
    return 0 < len(text) <= 16 and not _CARD_PUNCT.search(text)


#: Items a board's menu shows at least (看贴 图片 精品; a level number alone is no menu).
MENU_ITEMS = 3
#: The longest poster name or profile value a forum prints above a post (longer sentences are its text).
USER_NAME_MAX = 20


def forum_zones(lines: list[Line], start: int, title: str | None) -> list[int]:
    """Classify a forum thread page: profile block, first post, rating/signature/reply form."""
    n = len(lines)
    # the first post's header; a tool bar under the subject (只看楼主 收藏 回复, on Tieba) is not one
    post = next((i for i in range(start, n) if not lines[i].blank and forum.post_start(lines[i].folded)
                 and not forum.toolbar_line(lines[i].folded)), None)
    if post is not None and any(chrome.is_prose(lines[i].text) for i in range(start, post)):
        post = None  # the subject sits inside the first post (after its header): text follows, not a profile
    if post is not None:
        for i in range(start, post):
            if not lines[i].blank:
                lines[i].mark_all("forum_chrome" if forum.toolbar_line(lines[i].folded) else "user_profile")
        lines[post].mark_all("forum_chrome")
        body_start = post + 1
        # A post header can take several lines (floor number, then 发表于 …; a level badge under the name; Discuz
        # X's card under the header: the poster's name again over its profile fields, then 楼主).
        while body_start < n:
            ln = lines[body_start]
            if ln.blank or forum.post_start(ln.folded) or forum.profile_line(ln.folded):
                ln.mark_all("forum_chrome")
            elif not STOPS.search(ln.folded) and poster_name(lines, body_start):
                ln.mark_all("user_profile")
            else:
                break
            body_start += 1
    else:
        body_start = start
        # Lines with no kind of their own are the poster's block (name, level, profile fields), unless a
        # menu comes after them: then they were the board's header (Tieba: the board's name and counts, its
        # menu 看贴 图片 精品, 只看楼主 收藏 回复, the subject again, then the poster's name and level).
        pending: list[int] = []
        for i in range(start, n):
            ln = lines[i]
            if ln.blank:
                continue
            if forum.profile_line(ln.folded):
                pending.append(i)
            elif chrome.is_prose(ln.text) or STOPS.search(ln.text) and (
                    len(ln.text) > USER_NAME_MAX or (nxt := next_filled(lines, i)) is not None
                    and chrome.is_prose(lines[nxt].text)):
                break  # the post's text: a sentence too long for a name, or a short one opening the paragraphs
            else:
                k = pattern_kind(ln, title, strict=False)
                if k and k != CAPTION:
                    menu = k == "navigation" and len(ln.folded.split()) >= MENU_ITEMS
                    ln.mark_all(k)
                    if menu:
                        for j in pending:
                            lines[j].mark_all("forum_chrome")
                        pending = []
                else:
                    pending.append(i)
            body_start = i + 1
        for j in pending:
            lines[j].mark_all("user_profile")
    body: list[int] = []
    section = None
    for i in range(body_start, n):
        ln = lines[i]
        if ln.blank:
            continue
        f = ln.folded
        if section is None:
            if forum.rating_head(f):
                section = "rating_widget"
            elif forum.reply_start(f) or forum.post_start(f) or (body and forum.toolbar_line(f)):
                section = "forum_chrome"
            elif forum.SIGNATURE_SEP.match(f.strip()):
                section = "signature"
            elif body and forum.dash_signature(f) and _replies_follow(lines, i):
                section = "signature"  # the poster's motto under the post, over the replies or the form
            elif body and forum.reply_form_line(f) and _REPLY_FORM_HEAD.search(f):
                section = "reply_form"
            elif body and chrome.tail_kind(f) in STRONG_TAIL:
                section = chrome.tail_kind(f)
            if section is None:
                end = forum.edit_notice(f)
                if end is not None:
                    ln.mark(0, end, "forum_chrome")
                    if ln.blank:
                        continue
                    f = ln.folded
                k = pattern_kind(ln, title, strict=True)
                if k:
                    apply_kind(ln, k)
                elif body and forum.profile_row(f):
                    ln.mark_all("user_profile")  # the poster's stats printed under the post (UID … 帖子 … 积分 …)
                elif body and not STOPS.search(f) and poster_name(lines, i):
                    section = "forum_chrome"  # the next poster's name over the next floor's header
                    ln.mark_all(section)
                elif body and signature_over_tools(lines, i):
                    ln.mark_all("signature")  # the poster's motto closing the post, over its tool row
                else:
                    body.append(i)
                continue
        if section == "forum_chrome":
            ln.mark_all("forum_chrome")
        elif forum.rating_head(f) or (section == "rating_widget" and forum.rating_word(f)):
            section = "rating_widget"
            ln.mark_all("rating_widget")
        elif forum.reply_start(f) or section == "signature" and forum.post_start(f):
            section = "forum_chrome"  # (a floor's stamp under a signature, "1# 某某 2024-5-2 13:05": the replies)
            ln.mark_all("forum_chrome")
        elif forum.reply_form_line(f) or section == "reply_form":
            section = "reply_form"
            ln.mark_all("reply_form")
        elif chrome.tail_kind(f):
            section = chrome.tail_kind(f)
            ln.mark_all(section)
        elif section in ("rating_widget", "signature"):
            section = "signature"
            ln.mark_all("signature")
        else:
            ln.mark_all(section)
    if len(body) > 1 and repost_comment(lines, body):
        lines[body.pop(0)].mark_all("forum_chrome")
    return trim_tail(lines, body)


#: Longest comment (characters) a poster sets over the article he reposts: a sentence, not a paragraph.
REPOST_COMMENT_MAX = 50
#: What the reposted article's own header leaves removed between the comment and its text: its source or
#: byline line, its headline again (the thread's subject); a board's anti-copy strings may stand between them.
_REPOST_HEADER = frozenset(("page_header", "byline", "dateline", "repeated_title"))
_REPOST_NOISE = frozenset(("jammer", "markup", None))


def repost_comment(lines: list[Line], body: list[int]) -> bool:
    """The first post's first line is the poster's own comment over the article he reposts ("转一篇某某日报的新闻,
    点个赞!"): a sentence or two, short, then the article's header (来源 line, byline, the headline again), all
    removed, then the article's text. A comment running straight into the text is the post's own first paragraph
    (the golds keep it), and a phrase with no sentence end over the header is the article's kicker."""
    ln = lines[body[0]]
    t = ln.text
    if len(t) > REPOST_COMMENT_MAX or not STOPS.match(t[-1]):
        return False
    kinds = [set(lines[j].kinds) for j in range(body[0] + 1, body[1]) if lines[j].touched]
    return (any(k & _REPOST_HEADER for k in kinds)
            and all(lines[j].blank for j in range(body[0] + 1, body[1]))
            and all(k <= _REPOST_HEADER | _REPOST_NOISE for k in kinds))


#: Longest one-line signature (characters) set between a post and its tool row: a motto, not a paragraph.
SIGNATURE_LINE_MAX = 30


def signature_over_tools(lines: list[Line], i: int) -> bool:
    """Line i is a poster's one-line signature: short, no sentence end, set apart from the post by an empty
    line of the page (not one a removed jammer left) or by the post's closing note, and directly over the post's
    tool row (回复 举报), where Discuz-like boards print the signature block ("踏踏实实干活,清清白白做人")."""
    ln = lines[i]
    if len(ln.text) > SIGNATURE_LINE_MAX or i == 0:
        return False
    noted = _after_closing_note(lines, i)
    apart = not lines[i - 1].raw.strip()
    if not apart and not forum.board_slogan(ln.folded) and not noted:
        # (the board's slogan line, 某某论坛——tagline, is its signature even under the text's last line; so is a
        # motto of no sentence under the post's edit stamp or source note when the page keeps no empty line, as a
        # text copy of its HTML does)
        return False
    if STOPS.search(ln.folded) and (STOPS.search(ln.folded[:-1]) or not noted or not apart):
        return False  # a sentence is the post's own, unless the post's edit stamp or source note closed the text
    if forum.reply_form_line(ln.folded) or chrome.tail_kind(ln.folded) is not None:
        return False  # a share bar or tool words of the post (分享到: QQ空间 微博): chrome of its own kind
    j = next_filled(lines, i)
    if j is None or j != i + 1:
        return False
    # (under a closing note the next poster's name may follow at once: boards that print no tool row per post)
    return forum.toolbar_line(lines[j].folded) or noted and (poster_name(lines, j) or forum.post_start(lines[j].folded))


def _after_closing_note(lines: list[Line], i: int) -> bool:
    """The last line with text before line i is the post's edit stamp (本帖最后由 X 于 … 编辑) or a reposted
    text's source note ((来源:某某公众号), 来源：某某日报) or credit, removed, standing after the post's text: the
    post's text ends there, so a one-sentence line below it ("某某人爱某某，有事来论坛说一声。") is the poster's
    signature, not its closing sentence."""
    k = prev_filled_raw(lines, i)
    if k is None or not lines[k].blank:
        return False
    raw = fold(lines[k].raw)
    # (the reposted text's own source field, 来源：某某日报, or its credit, (某某工会供稿), closes it as well)
    return forum.edit_notice(raw) is not None or chrome.source_note(raw) or byline.credit_line(raw) \
        or len(raw) <= SIGNATURE_LINE_MAX and chrome.header_labels(raw) == {"source"}


def _replies_follow(lines: list[Line], i: int) -> bool:
    """The next line after line i opens the thread's chrome (a reply's header, the reply form, the
    footer) or the page ends: line i closes the first post."""
    j = next_filled(lines, i)
    if j is None:
        return all(ln.blank for ln in lines[i + 1:])
    f = lines[j].folded
    return forum.post_start(f) or forum.reply_start(f) or forum.reply_form_line(f) or chrome.tail_kind(f) is not None


def section_labels(lines: list[Line], body: list[int]) -> list[int]:
    """Mark the section labels opening body paragraphs (a TV page's 【导语】 over its lead, 【正文】 over its text) as
    markup; the body without a line that held the label alone."""
    for i in body:
        ln = lines[i]
        if ln.folded[:1] == "[" and (end := byline.section_label(ln.folded)) is not None:
            ln.mark(0, end, "markup")
    return [i for i in body if not lines[i].blank]


def lead_and_trail(lines: list[Line], body: list[int]) -> None:
    """Bylines/datelines opening the first paragraph; names, credits, editors closing the last."""
    if not body:
        return
    # (an e-paper keeps the deck under its headline as text: the dateline opens the paragraph after it)
    for at, a, b, k in byline.lead_paragraph_spans([lines[i].folded for i in body[:byline.DECK_REACH + 1]]):
        lines[body[at]].mark(a, b, k)
    last = lines[body[-1]]
    tail = byline.trail_spans(last.folded)
    for a, b, k in tail:
        last.mark(a, b, k)
    if any(k in _ITEM_CREDITS for _, _, k in tail):
        # a roundup of short items, each closing with its own credit as the last one does (…参加。(通讯员 某某))
        for i in body[:-1]:
            if (ln := lines[i]).folded.endswith(")"):
                for a, b, k in byline.trail_spans(ln.folded):
                    if k in _ITEM_CREDITS:
                        ln.mark(a, b, k)


#: The closing marks of a last paragraph that its sibling items carry too (an editor's line closes the page only).
_ITEM_CREDITS = ("byline", "credit")


def repeated_title_captions(lines: list[Line], body: list[int], title: str | None) -> list[int]:
    """Mark every copy of a shortened headline set under each photo (aggregator and WeChat reposts): a short
    line, no sentence in it, given two or more times and made mostly of the headline's characters. The
    first copy goes too, wherever it stands. The body without them."""
    if not title:
        return body
    keys: dict[str, list[int]] = {}
    for i in body:
        t = lines[i].text
        if _SENTENCE_END.search(t):  # (first: a paragraph shows its stop early, norm would read all of it)
            continue
        k = tmod.norm(t)
        if CAPTION_MIN <= len(k) <= CAPTION_MAX:
            keys.setdefault(k, []).append(i)
    chars = set(tmod.norm(title))
    drop = [i for k, idx in keys.items() if len(idx) >= 2 and sum(c in chars for c in k) >= TITLE_SHARE * len(k)
            for i in idx]
    for i in drop:
        lines[i].mark_all("repeated_title")
    return [i for i in body if i not in drop] if drop else body


#: How long a repeated headline caption is (characters without punctuation), and how much of it is the headline's.
CAPTION_MIN, CAPTION_MAX, TITLE_SHARE = 6, 40, 0.75
_SENTENCE_END = lazyrx.cached(r"[。!?！？;；]")


def drop_duplicates(lines: list[Line], body: list[int]) -> list[int]:
    """Mark body paragraphs given twice (see ``duplicates``); the body without them."""
    body = [i for i in body if not lines[i].blank]
    drop = {body[k] for k in duplicate_paragraphs([lines[i].text for i in body])}
    captions = doubled_captions(lines, body, drop)
    for i in drop:
        lines[i].mark_all("duplicate")
    for i in captions:
        apply_kind(lines[i], CAPTION)
        drop.add(i)
    return [i for i in body if i not in drop]


def doubled_captions(lines: list[Line], body: list[int], dropped: set[int]) -> list[int]:
    """A photo's caption printed twice in a row (a page rendering the image's alt text and its caption both): the
    first copy of a caption-shaped line (one short sentence, or a phrase under an image placeholder) whose repeat
    right under it went as a duplicate. A paragraph given twice is longer or has clauses; it stays once."""
    return [a for a, b in zip(body, body[1:]) if b in dropped and a not in dropped and lines[a].text == lines[b].text
            and (_BARE_CAPTION.fullmatch(t := lines[a].text) or _SCENE_CAPTION.fullmatch(t))
            and (t.endswith("。") or _after_placeholder(lines, a))]


def unmarked_captions(lines: list[Line], body: list[int]) -> list[int]:
    """Mark photo captions set as a line of their own without a marker: one short sentence, no comma,
    between two full paragraphs ("学员展示结业证书。"); an article's own paragraphs are longer or
    punctuated. Also the lead photo's caption that points at a person, above the first paragraph.
    The body without them."""
    texts = [lines[i].text for i in body]
    drop = {body[k] for k in range(1, len(body) - 1)
            if len(texts[k]) <= CAPTION_MAX and (_BARE_CAPTION.fullmatch(texts[k]) or _SCENE_CAPTION.fullmatch(texts[k]))
            and len(texts[k - 1]) > CAPTION_NEIGHBOUR
            and _caption_follower(texts[k + 1], texts[k]) and texts[k - 1][-1] in _PARAGRAPH_END}
    # the lead photo's caption above the first paragraph, pointing at the person in it ("唐毅(右)接受记者采访。")
    if len(body) >= 2 and len(texts[1]) > CAPTION_NEIGHBOUR and byline.pointed_caption(lines[body[0]].folded):
        drop.add(body[0])
    # … or one short bare sentence right under the article's metadata or byline, over a full paragraph (a text copy
    # of a page that sets its lead photo first: "选手在比武中进行接线操作。")
    elif len(body) >= 2 and len(texts[1]) > CAPTION_NEIGHBOUR and texts[1][-1] in _PARAGRAPH_END \
            and len(texts[0]) <= CAPTION_MAX and _BARE_CAPTION.fullmatch(texts[0]) and _under_metadata(lines, body[0]):
        drop.add(body[0])
    # … and such a caption on a line of its own after a finished paragraph (a photo between paragraphs or
    # under the text, perhaps after a ▼ pointing down at it): no gold paragraph is one pointed sentence
    for k in range(1, len(body)):
        if texts[k - 1][-1] in _PARAGRAPH_END and len(texts[k - 1]) > CAPTION_NEIGHBOUR \
                and "(" in texts[k] and byline.pointed_caption(lines[body[k]].folded):
            drop.add(body[k])
    drop.update(_soundbite_captions(lines, body))
    drop.update(_dated_captions(lines, body, texts))
    drop.update(_lead_dated_caption(body, texts))
    drop.update(_spaced_captions(lines, body, texts))
    drop.update(_gallery_captions(lines, body, texts))
    for i in drop:
        apply_kind(lines[i], CAPTION)
    drop.update(_action_captions(lines, body, texts))
    return [i for i in body if i not in drop]


def _under_metadata(lines: list[Line], i: int) -> bool:
    """The line with text right above line i was removed whole as the article's byline or its labelled metadata row
    (来源：… 发布时间：…; a bare date over line i may be a blog's date header over the entry's own headline)."""
    k = prev_filled_raw(lines, i)
    if k is None or k != i - 1 or not lines[k].blank:
        return False
    kinds = set(lines[k].kinds) - {None}  # (the spaces between a row's fields keep no kind)
    return kinds == {"byline"} or kinds == {"page_header"} and bool(chrome.header_labels(fold(lines[k].raw)))


def _caption_follower(text: str, caption: str) -> bool:
    """True when the paragraph after a bare caption line is text, not the next item of a list of short lines: a
    full paragraph, or a finished one longer than the caption with a clause inside it (a quoted remark after a
    photo: "“车间里热，…。”挡车工某某说。")."""
    if len(text) > CAPTION_NEIGHBOUR:
        return True
    return len(text) > len(caption) + 8 and text[-1] in _PARAGRAPH_END and ("，" in text or "," in text)


def _action_captions(lines: list[Line], body: list[int], texts: list[str]) -> list[int]:
    """Short unmarked lines between two full paragraphs that say what the photo's people do ("校领导为冠军队颁奖"),
    on a page that captions another photo already ("比赛现场", "▲颁奖现场"): a page sets all its captions alike,
    while its short section headings are slogans (以赛促学强队伍). The lines marked."""
    found = [body[k] for k in range(1, len(body) - 1)
             if len(texts[k]) <= byline.ACTION_CAPTION_MAX and texts[k - 1][-1] in _PARAGRAPH_END
             and len(texts[k - 1]) > CAPTION_NEIGHBOUR and len(texts[k + 1]) > CAPTION_NEIGHBOUR
             and byline.action_caption(lines[body[k]].folded)]
    if not found or not any(ln.touched and CAPTION in ln.kinds for ln in lines):
        return []
    for i in found:
        apply_kind(lines[i], CAPTION)
    return found


def _dated_captions(lines: list[Line], body: list[int], texts: list[str]) -> list[int]:
    """A photo's caption told by the page's layout: one short dated sentence (5月8日，县总工会工作人员在…送上…。)
    set apart by blank lines and left flush between two full paragraphs that carry the page's indent (a CMS
    sets its text indented and the caption under the image flush). The article's own paragraphs share the indent."""
    out = []
    for k in range(1, len(body) - 1):
        i, t = body[k], texts[k]
        if len(t) > _DATED_CAPTION_MAX or t[-1] != "。" or not _DATED_SENTENCE.match(t):
            continue
        a, b = lines[body[k - 1]], lines[body[k + 1]]
        if (_indented(a.raw) and _indented(b.raw) and not _indented(lines[i].raw) and 0 < i < len(lines) - 1
                and lines[i - 1].blank and lines[i + 1].blank and len(texts[k - 1]) > CAPTION_NEIGHBOUR
                and len(texts[k + 1]) > CAPTION_NEIGHBOUR and texts[k - 1][-1] in _PARAGRAPH_END):
            out.append(i)
    return out


#: How long a dated caption may be.
_DATED_CAPTION_MAX = 48
#: One sentence opened by the photo's date (5月8日，…。, 2024年5月8日上午，…。): no second sentence inside it.
_DATED_SENTENCE = lazyrx.cached(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上)?[,，][^。!?！？;；:：]+。$")


def _lead_dated_caption(body: list[int], texts: list[str]) -> list[int]:
    """The lead photo's caption above the text on a photo-news page: one short dated sentence (5月8日，工会干部为
    职工送上慰问品。) over a full paragraph opening on the same day (5月8日，某某市总工会…). An article's own short
    first paragraph is not followed by another opening on its date. The line to mark, if any."""
    if len(body) < 2 or len(texts[0]) > _DATED_CAPTION_MAX or texts[0][-1] != "。" or len(texts[1]) <= CAPTION_NEIGHBOUR:
        return []
    day, next_day = _LEAD_DAY.match(texts[0]), _LEAD_DAY.match(texts[1])
    if day is None or next_day is None or day[1] != next_day[1] or not _DATED_SENTENCE.match(texts[0]):
        return []
    return [body[0]]


#: The day a line opens on (month and day; the year may be given on one line and not the other).
_LEAD_DAY = lazyrx.cached(r"^(?:\d{4}年)?(\d{1,2}月\d{1,2}日)")


def _spaced_captions(lines: list[Line], body: list[int], texts: list[str]) -> list[int]:
    """A photo's caption told by the page's layout: a short line with no sentence end, set apart by blank lines
    (where the scraper dropped the image above it) between full paragraphs, on a page that runs its paragraphs on
    without blank lines (the paragraph before or after it has another right against it). The lines to mark."""
    out = []
    for k in range(1, len(body) - 1):
        i, t = body[k], texts[k]
        if not _SPACED_MIN <= len(t) <= _SPACED_MAX or not _SPACED_CAPTION.match(t) \
                or body[k - 1] != i - 2 or body[k + 1] != i + 2 or lines[i - 1].raw.strip() or lines[i + 1].raw.strip():
            continue
        if len(texts[k - 1]) <= CAPTION_NEIGHBOUR or texts[k - 1][-1] not in _PARAGRAPH_END \
                or len(texts[k + 1]) <= CAPTION_NEIGHBOUR or _NUMBERED_HEAD.match(t):
            continue
        if k >= 2 and body[k - 2] == i - 3 and len(texts[k - 2]) > CAPTION_NEIGHBOUR \
                or k + 2 < len(body) and body[k + 2] == i + 3 and len(texts[k + 2]) > CAPTION_NEIGHBOUR:
            out.append(i)
    return out


#: How long a caption set apart by blank lines may be (at most as long as one under a placeholder, short_caption's 30).
_SPACED_MIN, _SPACED_MAX = 6, 30
#: No sentence end, colon or closing bracket anywhere (a heading's or a label's line, a credit in brackets).
_SPACED_CAPTION = lazyrx.cached(r"^[^。!?！？;；:：]+(?<![)）\]】])$")


def _gallery_captions(lines: list[Line], body: list[int], texts: list[str]) -> list[int]:
    """A photo gallery's captions under a report: each photo's short line beside its counter (a caption, then
    "1/4"; or "1/4", then the caption: the side the last counter's neighbour in the text tells), the counters
    running 1..N. On a photo story whose text is an intro line the captions tell the story and stay: they are
    captions only where the report's own paragraphs outweigh them. The lines to mark."""
    # (the counters are marked as widgets by now: their raw text is read)
    counters = [(i, c) for i, ln in enumerate(lines) if "/" in ln.raw and len(ln.raw) <= 12
                and (c := chrome.gallery_counter(fold(ln.raw))) is not None]
    n = len(counters)
    if n < 2 or [c for _, c in counters] != [(k, n) for k in range(1, n + 1)]:
        return []
    counters = [i for i, _ in counters]
    kept = set(body)
    after = next_filled(lines, counters[-1], reach=2)
    step = next_filled if after in kept else prev_filled  # the caption's side of its counter
    caps = [step(lines, i, reach=2) for i in counters]
    if not all(c in kept and len(lines[c].text) <= _GALLERY_CAPTION_MAX for c in caps):
        return []
    own = sum(len(t) for i, t in zip(body, texts) if i not in caps)
    return caps if own > sum(len(lines[c].text) for c in caps) else []


#: How long a gallery photo's caption may be (a sentence or two under the picture).
_GALLERY_CAPTION_MAX = 80


def _soundbite_captions(lines: list[Line], body: list[int]) -> list[int]:
    """TV pages' speaker lines ([同期] 某某工会主席 某某) over the speaker's words in quotation marks: the sound
    bite's on-screen caption (its label marked as markup), the quote is the text. Over bare words (a transcript's
    speech, no quotation marks) the line stays: it is what tells the reader who speaks. So do they all where the
    page gives two sound bites or more: a transcript naming each speaker in turn. The lines marked."""
    bites = [(k, end) for k in range(len(body) - 1)
             if lines[body[k]].folded[:1] == "[" and (end := byline.soundbite_label(lines[body[k]].folded)) is not None]
    if len(bites) != 1:
        return []
    k, end = bites[0]
    if lines[body[k + 1]].text[:1] not in _QUOTE_OPEN:
        return []
    lines[body[k]].mark(0, end, "markup")
    return [body[k]]


#: How a quotation opens (the words of a sound bite after its speaker line).
_QUOTE_OPEN = frozenset("“「『\"")


#: One sentence of at most 30 characters, without a comma or a list mark, ended by a full stop; or one of
#: 14 to 30 characters with no mark at all (section headings without marks are shorter: 调解员队伍专业化; a
#: roundup's item heading is labelled in brackets: 【某某县】举办职工趣味运动会).
_BARE_CAPTION = lazyrx.cached(r"[^,，、;；:：。!?！？“”]{6,29}。|[^,，、;；:：。!?！？“”《》()（）【】\[\]\s]{14,30}")
#: A photo's caption naming the scene, then what its people do, in one short sentence (比武现场，选手们正在答题。):
#: the comma after 现场 is the caption's, where _BARE_CAPTION wants none.
_SCENE_CAPTION = lazyrx.cached(r"\p{Han}{1,8}现场[,，][^,，、;；:：。!?！？“”]{4,24}。")
#: The longest line either caption pattern takes (_BARE_CAPTION 30, _SCENE_CAPTION 8 + 2 + 1 + 24 + 1 = 36): a
#: paragraph skips both.
CAPTION_MAX = 36
#: How long the paragraphs around such a line must be (captions sit between paragraphs, not in a list).
CAPTION_NEIGHBOUR = 40
#: How the paragraph before a caption ends (else the short line is the rest of a hard-wrapped paragraph).
_PARAGRAPH_END = frozenset("。!?！？”」)）")


def salting(lines: list[Line], body: list[int], title: str | None) -> bool:
    """Remove title fragments salted into body sentences (anti-copy), once the body is known; True when it cut any."""
    if not title:
        return False
    paras = [lines[i] for i in body if not lines[i].blank]
    spans = salt_spans(title, [ln.text for ln in paras])
    for ln, sp in zip(paras, spans):
        ln.mark_spans(sp, "title_salt")
    return any(spans)


def removals(ln: Line) -> list[Removal]:
    """The line's removed runs in reading order (same-kind runs split by spaces joined)."""
    if not ln.touched:  # an untouched line: nothing removed
        return []
    raw, no = ln.raw, ln.no
    return [Removal(k, " ".join(raw[a:b].split()), no) for k, a, b in ln.groups() if k is not None and k != CAPTION]


def process(text: str) -> tuple[list[Line], int | None, list[int]]:
    """Run every stage on the page, then settle it on its own output (see ``settle``)."""
    page = split_lines(text)  # (split once: the paged-text test and the ordinary reading share the lines)
    if (paged := reflow.read_paged(page, process)) is not None:
        return paged  # hard-wrapped paged text (PDF): read as its paragraphs
    lines, title_idx, body = read_lines(page, salt=False)
    if lead_headline(lines, title_idx, body):
        return _read_split(text, body[0], process)  # the headline opens the first paragraph: read it as a line
    cut = salting(lines, body, _title_text(lines, title_idx))
    left = _salt_view(lines, title_idx, body)  # what title salting left
    for _ in range(SETTLE_ROUNDS):
        moved = settle(lines, title_idx, body)
        if moved is not None:
            title_idx, body = moved
        elif not cut:
            break  # a fixed point: a second reading and its salting change nothing
        if cut or _salt_view(lines, title_idx, body) != left:
            # salting reads the page again when it cut something (its cuts change its own page-level evidence:
            # a second pass finds the title words the first left) or when the settled page no longer has what
            # it read (junk, a moved title's neighbours), as cleaning the output would
            cut = salting(lines, body, _title_text(lines, title_idx))
            left = _salt_view(lines, title_idx, body)
        if moved is None and not cut:
            break
    return lines, title_idx, body


#: A headline in lenticular brackets opening a paragraph, then the text on the same line (a microblog's long post:
#: 【某某工会启动“夏送清凉”活动】6月17日，…): what the brackets hold, no sentence in it, and the text after.
_LEAD_HEADLINE = lazyrx.cached(r"^【([^【】。!?;！？；]{8,40})】(?=\S)")
#: What a dateline or label in such brackets ends with (【香港商报讯】, 【记者 某某 报道】, 【编者按】): no headline.
_LEAD_LABEL = lazyrx.cached(r"(?:讯|电|报道|导语|编者按|按)$")
#: How long the text after the bracketed headline is at least.
LEAD_TEXT_MIN = 20


def lead_headline(lines: list[Line], title_idx: int | None, body: list[int]) -> bool:
    """The first paragraph opens with the post's headline in brackets, and the title the page was read with is
    none, or only the account's bare name over the post (南宁工会): the bracketed headline is the title."""
    if not body or lines[body[0]].text[:1] != "【":
        return False
    t = lines[body[0]].text
    m = _LEAD_HEADLINE.match(t)
    if m is None or _LEAD_LABEL.search(m[1]) or len(t) - m.end() < LEAD_TEXT_MIN or not STOPS.search(t, m.end()):
        return False
    if title_idx is None:
        return True
    return _account_line(lines[title_idx])


def _headline_cut(raw: str) -> int:
    """Where the bracketed headline opening the raw line ends (after its 】)."""
    return raw.find("】", raw.find("【")) + 1


def _read_split(text: str, k: int, read) -> tuple[list[Line], int | None, list[int]]:
    """Read the page with line k cut after its bracketed headline (two lines, as the headline and the text under
    it), through ``read``; the marks come back onto the page's own line k (one line: the accounting stays the
    page's), which is then both the title and the first body line (``clean_page`` cuts it again)."""
    page = split_lines(text)
    raw = page[k].raw
    cut = _headline_cut(raw)
    rows = [ln.raw for ln in page]
    rows[k:k + 1] = [raw[:cut], raw[cut:]]
    vlines, vt, vb = read("\n".join(rows))

    def at(v: int) -> int:
        return v if v <= k else v - 1  # (virtual lines k and k + 1 are both page line k)

    out = [vl for v, vl in enumerate(vlines) if v not in (k, k + 1)]
    for vl, ln in zip(out, page[:k] + page[k + 1:]):
        vl.no = ln.no
    out.insert(k, Line(page[k].no, raw, vlines[k].kinds + vlines[k + 1].kinds))
    body = sorted({at(v) for v in vb})
    return out, at(vt) if vt is not None else None, [i for i in body if not out[i].blank]


def _split_title(lines: list[Line], title_idx: int, body: list[int]) -> tuple[str, list[str]] | None:
    """For a line read as both the title and the first paragraph (``_read_split``), its two kept halves as the title
    and the body's texts; None on other pages."""
    if not body or body[0] != title_idx:
        return None
    ln = lines[title_idx]
    cut = _headline_cut(ln.raw)

    def kept(a: int, b: int) -> str:
        return tidy("".join(ch for ch, kd in zip(ln.raw[a:b], ln.kinds[a:b]) if kd is None))

    head, rest = kept(0, cut), kept(cut, len(ln.raw))
    return head, ([rest] if rest else []) + [lines[i].text for i in body[1:]]


def _title_text(lines: list[Line], title_idx: int | None) -> str | None:
    """The title line's kept text (None without a title), with its second half when a dash line under it is one
    and is kept (headline / ——在…会议上的讲话, headline / ——访…: see ``title_part``)."""
    if title_idx is None:
        return None
    if (sub := title_part(lines, title_idx)) is not None and not lines[sub].touched:
        return lines[title_idx].text + lines[sub].text
    return lines[title_idx].text


def _salt_view(lines: list[Line], title_idx: int | None, body: list[int]) -> tuple:
    """What title salting reads: the title and the body's kept texts."""
    return _title_text(lines, title_idx), [(i, lines[i].text) for i in body]


#: Re-readings of the output at most (one is enough on every page seen; junk may need two).
SETTLE_ROUNDS = 3


def settle(lines: list[Line], title_idx: int | None, body: list[int]) -> tuple[int | None, list[int]] | None:
    """Clean the cleaned text again and carry its verdict back onto the page; the new zones, or None if unchanged.

    The first reading decides with context the cleaned text no longer has: a
    forum page's profile block and post header (its output reads as a news
    page), the chrome lines before the first paragraph, the title's place.
    Keeping what a second reading of the output removes (and the title and
    body it picks) makes the result a fixed point, so ``clean`` is idempotent.
    Title salting is not run again: it only cuts inside paragraphs, and costs
    half of a reading (its own idempotence is the salting package's).
    """
    # The cleaned text's lines, as the output gives them: the title, then the body with its cut paragraphs
    # wrap-joined (``clean_page`` writes them so; a junk line over a joined paragraph or the title repeated in
    # two cut halves reads differently then). Built from the kept texts directly (they are tidy already).
    units = [[title_idx], *_wrap_units(lines, body)]  # the page lines behind each line of the cleaned text
    out = [_unit_line(no, lines, u) for no, u in enumerate(units, 1)]
    again, t2, b2 = read_lines(out, salt=False)
    want_title = 0 if title_idx is not None else None
    if t2 == want_title and b2 == list(range(1, len(units))) and not any(ln.touched for ln in again):
        return None
    for ln, u in zip(again, units):
        if u[0] is None or not ln.touched:
            continue
        if len(u) == 1:
            for a, b, k in reversed(marked_runs(ln)):
                lines[u[0]].mark(a, b, k)
            continue
        carry_runs(ln, [(i, len(lines[i].text)) for i in u], lines)  # a joined paragraph: each part's share
    new_title = units[t2][0] if t2 is not None else None
    new_body = [i for j in b2 for i in units[j] if i is not None and not lines[i].blank]
    if t2 is not None and len(units[t2]) > 1:
        # the second reading took a wrap-joined paragraph as the title: the title is its first page line, and
        # the lines joined to it stay in the body (else they would be neither kept nor removed: text lost)
        rest = [i for i in units[t2][1:] if not lines[i].blank]
        new_body = sorted(set(new_body).union(rest))
    return new_title, new_body


def _wrap_units(lines: list[Line], body: list[int]) -> list[list[int]]:
    """The body's page lines grouped as ``join_wraps`` joins their texts in the output (one group a paragraph)."""
    return [[body[k] for k in g] for g in wrap_groups([lines[i].text for i in body])]


def _unit_line(no: int, lines: list[Line], unit: list[int | None]) -> Line:
    """The cleaned text's line ``no`` made of the page lines of ``unit`` (joined when there are several)."""
    if len(unit) == 1:
        return Line.kept_copy(no, lines[unit[0]] if unit[0] is not None else None)
    texts = [lines[i].text for i in unit]
    return Line(no, joined_group(texts, list(range(len(texts)))))


def read_page(text: str, *, salt: bool = True) -> tuple[list[Line], int | None, list[int]]:
    """One reading of the page by every stage (title salting optional): the marked lines, title and body indexes."""
    return read_lines(split_lines(text), salt=salt)


def read_lines(lines: list[Line], *, salt: bool = True) -> tuple[list[Line], int | None, list[int]]:
    """``read_page`` on the page already split into fresh (unmarked) lines."""
    span_stages(lines)
    is_forum = forum.is_forum([ln.folded for ln in lines if not ln.blank])
    title_idx = find_title(lines, is_forum)
    body = clean_lines(lines, title_idx, is_forum)
    body = section_labels(lines, [i for i in body if not lines[i].blank])
    lead_and_trail(lines, body)
    title = _title_text(lines, title_idx)
    body = repeated_title_captions(lines, body, title)
    body = drop_duplicates(lines, body)
    body = unmarked_captions(lines, body)
    if salt:
        salting(lines, body, title)
    return lines, title_idx, [i for i in body if not lines[i].blank]


def clean_page(text: str, *, path: str | None = None, id: str | None = None) -> Article:
    """Clean one page of text into an Article (no script conversion)."""
    lines, title_idx, body = process(text)
    art = Article(id=id or make_id(path, text), path=path)
    if (paged := reflow.joined(lines, title_idx, body)) is not None:
        # a paged text's cut lines joined again; the wrap joins run on its paragraphs as well, as they do when
        # the output is cleaned again (a paragraph reflow left opening with 。 continues the one before)
        art.title, art.body = paged[0], join_wraps(paged[1])
    elif title_idx is not None and (split := _split_title(lines, title_idx, body)) is not None:
        art.title, art.body = split[0], join_wraps(split[1])  # a headline that opened the first paragraph
    else:
        art.title = _title_text(lines, title_idx)
        art.body = join_wraps([lines[i].text for i in body])  # hard-wrapped paragraphs joined again
    for ln in lines:
        if ln.touched:  # untouched lines have no removals or captions
            art.captions.extend(ln.pieces(CAPTION))
            art.removed.extend(removals(ln))
    for i in dict.fromkeys([title_idx, *body] if title_idx is not None else body):
        for d in damage(lines[i].text):
            art.warnings.append(f"line {lines[i].no}: irreparable character damage {d!r} kept")
    return art


def explain_page(text: str) -> list[tuple[str, str | None]]:
    """The page as (segment, kind) runs; see ``unionkit.clean.explain``."""
    lines, _, _ = process(text)
    out: list[tuple[str, str | None]] = []
    for j, ln in enumerate(lines):
        out.extend(ln.runs())
        if j < len(lines) - 1:
            out.append(("\n", None))
    merged: list[list] = []
    for s, k in out:
        if merged and merged[-1][1] == k:
            merged[-1][0] += s
        else:
            merged.append([s, k])
    return [(s, k) for s, k in merged]
