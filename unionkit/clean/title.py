"""The headline: which line it is, its site suffix, and later lines repeating it.

Page titles often carry the site and channel after a separator
("标题 - 贵州 - 中工网", "标题_工会新闻_某某网", "标题 | 某某网"); forum
pages give the subject as "主题 : X". Headlines are then repeated as an h1, an
image title, or dropped between paragraphs (sometimes without their leading
place name), and those copies are removed.
"""

from __future__ import annotations

import difflib
from collections import Counter

import regex

from .. import lazyrx
from .chrome import DATE, TIME, is_header_line, is_nav_line, tail_kind
from .lines import HAN, STOPS, fold, line_cache

# Separators between headline and site name: " - ", "_", " | ", " -- ", " — " with spaces; app and portal
# title rows also bar the site off with 丨 or │ ("标题丨某某信息港"), and a small CMS's <title> with one or two
# bare hyphens between Han ("标题-某某网", "标题--某某工会在线").
SUFFIX_SEP = lazyrx.cached(r"\s+[-–—|]{1,2}\s+|\s*_\s*|\s*[|｜丨│]\s*|(?<=[\p{Han}”」)])-{1,2}(?=[\p{Han}A-Za-z])")
#: The characters one of which every SUFFIX_SEP separator holds (a dash, a bar, an underscore).
SEP_CHARS = "-–—|_｜丨│"
# (an office system's field table spaces its label out to the cell's width and may leave the colon out:
# "标　　题 公司启动…")
# (a board may set a bullet before its label, "* 帖子主题:", and an open-information catalogue names the
# document on its 信息名称 row)
# (a government message board names the citizen's message on its 留言标题 row: 来信标题, 咨询标题 …)
# (a feed reader's export numbers its items before the label: "[1] 标题:…"; a feed dumped by an English tool
# labels it "Title: …")
SUBJECT = lazyrx.cached(r"^\s*(?:(?:[*•·●◆■□>]|\[\d{1,3}\])\s*)?(?:(?:主题|标\s*题|帖子主题|帖子标题|查看主题|题目|文章标题"
                        r"|[Tt]itle|TITLE|(?:留言|来信|信件|咨询|投诉|诉求|问政)(?:标题|主题)"
                        r"|(?:信息|文件|文档|公文)?名\s*称)\s*[::]|标\s+题\s)\s*")
# A bare site or channel name shown above the headline (某某工会网, 职工论坛); e-papers brand their pages
# "某某日报 - 数字报" or "某某日报数字报刊平台".
SITE_NAME = lazyrx.cached(r"^[\p{Han}A-Za-z0-9]{2,8}\s?(?:[-–—|_]{1,2}\s?)?"
                          r"(?:网|网站|频道|论坛|首页|门户|客户端|数字报|电子报|数字报刊|电子版)(?:平台|系统)?$", regex.I)
#: The last characters of SITE_NAME's closing words (网, 频道, 客户端, …平台, …系统): its gate on a stripped line.
_SITE_LAST = frozenset("网站道坛页户端报刊版台统")
# A bilingual site's masthead: its Chinese name, then the same name in Latin words ("某某生态园 Some Eco Park"); a
# headline never closes on an English rendering of itself on one line.
SITE_BILINGUAL = lazyrx.cached(r"^\p{Han}{2,16}\s+[A-Z][A-Za-z'’&.\-]*(?:\s+[A-Za-z&][A-Za-z'’&.\-]*){1,8}$")
# A site's name and its slogan on the masthead line ("某某网 - 某某人的网上家园"): the site's name opens it,
# where a page's title row ends with it; a headline never opens with the site's name and a bar.
SITE_SLOGAN = lazyrx.cached(r"^[\p{Han}A-Za-z0-9]{1,8}(?:网|网站|在线|门户|论坛|信息港|新闻网)\s*(?:\s[-–—|]{1,2}|[|丨│])\s*"
                            r"[\p{Han}A-Za-z0-9]{2,16}$")
# A software credit or version tag among a page title's suffix segments (Powered by Discuz!, 手机版).
CMS_CREDIT = lazyrx.cached(r"(?:Powered\s+by\s+[\w.!-]{2,30}(?:\s+[\w.!-]{1,12})?|手机版|移动版|触屏版|电脑版)", regex.I)
PUNCT = lazyrx.cached(r"[\s\p{P}\p{S}]+")
# A reprint notes the headline the article first had: "原标题:海城区总工会开办暑期托管班".
ORIGINAL_TITLE = lazyrx.cached(r"^\s*[(\[]?\s*原(?:标)?题\s*[::]\s*\S.{0,80}$")
# Small patterns used inside the rules, compiled once (a module-level regex call pays a cache lookup).
_CLAUSE_MARK = lazyrx.cached(r"[。,,!?]")
_BOOK_TITLE = lazyrx.cached(r"《([^《》]{4,})》")
_DATE_CHARS = lazyrx.cached(r"[\d年月日时分秒号:./-]+")


@line_cache()
def norm(text: str) -> str:
    """Text reduced to letters and digits for comparisons (spaces, punctuation dropped)."""
    return PUNCT.sub("", text or "")


def split_suffix(text: str) -> tuple[str, int | None]:
    """The headline and the index where a site suffix starts (None when there is none).

    The headline is the first segment; the suffix is kept only when it looks
    like names (short segments), not a second half of a sentence.
    """
    if not any(map(text.__contains__, SEP_CHARS)):
        return text, None  # (every separator holds one of them: most lines are said without the pattern)
    parts = [(m.start(), m.end()) for m in SUFFIX_SEP.finditer(text)]
    if not parts:
        return text, None
    start = parts[0][0]
    head = text[:start].strip()
    rest = text[parts[0][1]:]
    segs = [s for s in SUFFIX_SEP.split(rest) if s.strip()]
    if not head or len(norm(head)) < 4 or not segs:
        return text, None
    # (a board's <title> row closes with its software's credit, "… - 某某论坛 - Powered by Discuz!",
    # "… - 手机版 - …": they name no words of the page and do not count against the headline's length)
    segs = [s for s in segs if not CMS_CREDIT.fullmatch(s.strip())]
    if not segs:
        return head, start  # "headline - Powered by Discuz!": the credit alone
    if any(len(norm(s)) > 20 for s in segs) or sum(len(norm(s)) for s in segs) > len(norm(head)):
        return text, None
    if any(_CLAUSE_MARK.search(s) for s in segs):
        return text, None
    return head, start


# A browser tab's title row as a social site sets it: the unread-notification count, the page's name, the post's
# headline in 【】, then the site ("(18) 某某工会 - 【headline】 | Facebook").
_COUNTED_TAB = lazyrx.cached(r"^\(\d{1,4}\)\s*[^\[\]]*?\[([^\[\]]{4,})\]\s*(?:[|丨│]\s*[^\[\]|]{1,24})?$")


def tab_headline(folded: str) -> tuple[int, int] | None:
    """For a browser title row with a notification count, "(18) Page - [headline] | Site" (folded), the span of
    the bracketed headline; None for any other line."""
    if not folded.startswith("("):
        return None
    m = _COUNTED_TAB.match(folded.rstrip())
    return m.span(1) if m else None


# A subtitle or kicker introduced by a dash ("——市总工会推动职工书屋向一线延伸"): newspapers print it
# above or under the headline; it is never the headline itself.
SUBTITLE = lazyrx.cached(r"^\s*[—―－]{1,2}\s*\S|^\s*-{2}\s*\S")


# A blog entry's title row with its posting stamp in brackets after it ("标题 (2015-05-01 21:36:18)", as Sina
# and Netease blogs print it): the date and clock time both, closing the line; a headline that names a date
# ("…大会(2024年5月)") has no clock time.
_DATED_ROW = lazyrx.cached(rf"\s*[(\[]\s*{DATE}\s*{TIME}\s*[)\]]\s*$")


def date_suffix(folded: str) -> int | None:
    """Where a blog title row's bracketed posting stamp starts ("标题 (2015-05-01 21:36:18)"), or None."""
    if not folded.endswith((")", "]")):
        return None
    m = _DATED_ROW.search(folded)
    return m.start() if m and len(norm(folded[:m.start()])) >= 4 else None


def posting_stamp(folded: str) -> bool:
    """A blog's bracketed posting stamp alone on its line ("(2015-05-01 21:36:18)"), under the entry's title."""
    return folded.endswith((")", "]")) and _DATED_ROW.match(folded) is not None


def subtitle_line(folded: str) -> bool:
    """A line opened by a dash: the headline's subtitle or kicker."""
    return bool(SUBTITLE.match(folded))


# A speech's subtitle naming its occasion ("——在全市工会工作会议上的讲话"): a leader's speech as printed, the
# headline over the occasion; unlike a feature's subtitle it is part of the title (the headline alone does not
# say it is a speech).
_SPEECH_SUBTITLE = lazyrx.cached(r"^\s*(?:[—―－]{1,2}|-{2})\s*在\S.{1,60}?(?:上|时|之际)的"
                                 r"(?:讲话|致辞|发言|报告|主题报告|工作报告|辅导报告|总结讲话|讲稿)\s*$")


def speech_subtitle(folded: str) -> bool:
    """A dash line naming a speech's occasion (——在…会议上的讲话): the second half of the speech's title."""
    return "在" in folded and bool(_SPEECH_SUBTITLE.match(folded))


# A report's or speech's subtitle on the headline's own line, after a dash ("…建功立业 ——某某工会2023年工作报告(摘要)",
# "… ——在全市职代会上的讲话"): e-papers print the report's title so, the speaker's line (职务 + name) under it.
_SPEECH_TAIL = lazyrx.cached(r"\S\s*(?:[—―－]{1,2}|-{2})\s*\S.{1,60}?(?:讲话|致辞|发言|报告)"
                             r"\s*(?:\((?:摘要|摘登|节选|全文)\))?\s*$")


def speech_title(folded: str) -> bool:
    """A headline closed by its report's or speech's subtitle after a dash (… ——某某工会工作报告(摘要))."""
    return ("—" in folded or "--" in folded or "―" in folded or "－" in folded) and _SPEECH_TAIL.search(folded) is not None


@line_cache()
def plausible_title(folded: str) -> bool:
    """A line that can be a headline: some Han text, not a menu, metadata or footer line."""
    t = folded.strip()
    if len(t) > 120 or len(norm(t)) < 4:
        return False
    if not HAN.search(t):
        return False
    # (a question ending the line is the headline's own: "…吗？能帮我讨回来吗？" asks twice)
    if len(STOPS.findall(t.rstrip("?!"))) >= 2 or t[-1:] in _SITE_LAST and SITE_NAME.match(t) or SITE_SLOGAN.match(t) \
            or SITE_BILINGUAL.match(t):
        return False  # (these two cheap tests before the line rules below, which cost more)
    return not (is_header_line(t) or is_nav_line(t) or tail_kind(t))


# A repost or original mark before a headline on blogs, boards and portals ("[转帖]标题", "【原创】标题", "(转载)标题"),
# or the medium of the item on TV and portal sites ("【视频】标题", "【组图】标题"): a mark, not the headline's wording.
REPOST_TAG = lazyrx.cached(r"^\s*[\[(](?:转帖|转贴|转载|转|原创|转发|推荐|视频|组图|图文|多图|直播|音频|微视频)[\])]\s*")
# What a document's title ends with (通知, 公示, 决定 …): such a document is signed with its issuer and date;
# a report or news story ("…活动开展情况") is not, and an issuer and date under it are its byline.
# ("关于…的", "印发《…》" name documents too, whatever they end with)
# (an office's own work summary and next year's work points, "某某总工会2023年工作总结及2024年工作要点", report on its
# work: the golds drop the issuer and date under them, as under a story)
DOCUMENT_TITLE = lazyrx.cached(r"(?:通知|通报|通告|公告|公示|决定|决议|意见|办法|方案|规定|细则|规则|制度|章程|纲要|规划|"
                               r"计划|报告|批复|请示|函|倡议书|倡议|公开信|告知书|慰问信|贺信|感谢信|声明|启事|简章|须知|"
                               r"指引|指南|名单|名录|纪要|命令)(?:\s*[(][^()]{1,12}[)])?$|关于|印发|转发|《")


# What a reply letter's title ends with: an office's answer to a deputy's proposal or a citizen's letter
# ("…对市人大二次会议第86号建议的答复", "关于…提案的复函", "…来信的回复").
REPLY_TITLE = lazyrx.cached(r"(?:答复|复函|答复函|回复函|回函|的回复)(?:意见)?\s*$")


def reply_title(title: str | None) -> bool:
    """The headline names a reply letter (答复, 复函): it closes with its office's contact block and signature."""
    return bool(title) and REPLY_TITLE.search(fold(title).strip()) is not None


def repost_tag(folded: str) -> int | None:
    """For a headline opened by a repost mark ([转帖]标题), where the headline starts."""
    m = REPOST_TAG.match(folded)
    return m.end() if m and len(norm(folded[m.end():])) >= 4 else None


def document_title(title: str | None) -> bool:
    """The headline names a document (a notice, a list, a decision …) rather than a report or a story."""
    return bool(title) and DOCUMENT_TITLE.search(fold(title).strip()) is not None


# The word a CMS's preview page puts before the headline in its <title> row ("预览 - Headline - Site 内容管理系统"):
# the back office's, no part of the headline.
PREVIEW_WORD = lazyrx.cached(r"^\s*(?:预览|文章预览|稿件预览|内容预览|新闻预览)\s*[-–—_|:]\s*")


def preview_word(folded: str) -> int | None:
    """For a headline row opened by a CMS preview's word (预览 - Headline - Site), where the headline starts."""
    m = PREVIEW_WORD.match(folded) if "预览" in folded[:8] else None
    return m.end() if m and len(norm(folded[m.end():])) >= 4 else None


def subject(text: str) -> int | None:
    """For a forum subject line "主题 : X", the index where X starts."""
    m = SUBJECT.match(text)
    if m and len(norm(text[m.end():])) >= 4:
        return m.end()
    return None


#: How far past twice the title's length ``repeats_title`` reads a long line's head first. ``norm`` drops
#: characters one by one, so the head's norm is a head of the line's: when it alone is over 4/3 of the title's,
#: so is the whole line's, and the line repeats no headline (prose has far fewer marks than half its length).
_HEAD_SLACK = 8


@line_cache()
def repeats_title(text: str, title: str) -> bool:
    """A line that repeats the headline: equal, a long tail/head of it, or the title plus a little."""
    b = norm(title)
    if len(text) > 2 * len(b) + _HEAD_SLACK and 3 * len(PUNCT.sub("", text[:2 * len(b) + _HEAD_SLACK])) > 4 * len(b):
        return False  # (too long already in its head: the test below, without normalising a whole paragraph)
    a = norm(text)
    # (every test below needs len(a) <= len(b) / 0.75: a long paragraph is said at once)
    if not a or not b or len(a) < 6 or 3 * len(a) > 4 * len(b) or len(_DATE_CHARS.sub("", a)) < 4:
        return False  # a date line ("2024年4月15日") repeats no headline, even one that holds the date
    if a == b:
        return True
    if "《" in title and any(norm(q) == a for q in _BOOK_TITLE.findall(title)):
        return False  # "关于印发《X》的通知" then X: the heading of the document the notice sends out
    if a in b and len(a) >= 0.6 * len(b):
        return True
    if b in a and len(b) >= 0.75 * len(a):
        return True
    if abs(len(a) - len(b)) <= 0.2 * len(b):
        # (the characters both hold, counted as a multiset, bound the matching blocks from above, as
        # SequenceMatcher.quick_ratio does: most lines of a similar length fail that cheap bound already)
        if 2.0 * (Counter(a) & Counter(b)).total() / (len(a) + len(b)) < 0.9:
            return False
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9
    return False
