"""Page metadata (publish time, source, author, reporter, editor, views, site, url, credit).

Everything is read from what the cleaner removed (``article.removed``: header
lines, bylines, datelines, credits, editor lines, footers) plus the title; of the
article body only what the cleaner may have left at its edges is read (a byline
alone as the first paragraph, label-only or stamp lines as the last two), so a
date or 来源 inside a sentence can't leak in.  A header line carries several ``label:value`` fields side by
side (``时间:… 来源:蓝影头条 作者:休闲 点击:31次``); each value stops where the
next known label, a wide gap or a bar starts, so fields never run together.

Decisions (documented in the tests as well):
- several reporters (``记者 张三 李四``) are kept as written, space-separated: ``张三 李四``;
- a trailing parenthetical with no credit wording is the author, person or
  department alike (``(喻娟)``, ``(市总组宣部)``); with 供稿/供图 wording it is the credit;
- ``site`` is the site's own name as shown (title suffix, a header ``Name http://…``,
  a footer ``X版权所有``/``Copyright … X``), never the 来源 value and never a bare domain;
- ``url`` comes only from header lines, never from the footer, but for a labelled one (本文链接:…) anywhere;
- values already in ``article.meta`` (e.g. a crawler's url) are kept, but for a markup publish time naming
  another moment than the page's visible stamp: the stamp wins (see _shown_date).
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import replace

import regex

from .. import lazyrx
from .. import recode
from ..record import Article, Meta, Removal
from .dates import (PROVINCES, find_published, headline_stamp, is_rfc822, parse_datetime, rfc822_date, short_year_stamp, stamp_date,
                    year_from_footer, year_from_url)
from .wordrx import trie_pattern

# --- text normalisation ---------------------------------------------------------------

# (zero-width spaces and joiners some editors leave after a counter, 閱讀 2306\u200b, are dropped; the variant 閲
# of Hong Kong and Taiwan fonts, 閲讀：1084, is read as the 閱 every label is written with)
_FW = str.maketrans("：　閲", ": 閱", "\u200b\u200c\u200d\ufeff")
# The cleaner's reading pattern (clean.pinyin._ANNOTATION) without its lookbehind: a line it cannot
# match holds no reading. tests/test_meta.py checks that the two patterns stay in step.
_MAYBE_READING = recode.compile(r"[(（]([a-zA-Z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f:]{1,8}[0-5]?)[)）]")


@functools.lru_cache(maxsize=4096)
def normalise_line(s: str) -> str:
    """A removed line made easy to parse: pinyin readings dropped, full-width colon/space folded.

    Readings are the cleaner's (a valid reading of the character before it: 網(wǎng)), so a
    bracket the cleaner kept is kept here too. Cached: header lines are normalised several times.
    """
    if ("(" in s or "（" in s) and _MAYBE_READING.search(s):  # most lines have no bracketed Latin at all
        from ..clean.pinyin import pinyin_spans  # (importing the cleaner costs ~0.1 s: only when needed)

        for a, b in sorted(pinyin_spans(s), reverse=True):
            s = s[:a] + s[b:]
    s = s.translate(_FW).replace("\u00a0", " ")
    if " " not in s:
        return s
    s = _GLOSS.sub("", s)
    return _SPACED_LABEL.sub(_closed_label, s) if ":" in s and " " in s else s


# A label spaced out letter by letter to fill a table cell, read on its row's line (作  者: 胡晓岚 点 击 数: 1326).
_SPACED_LABEL = recode.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: +[\u4e00-\u9fff]){1,4}(?= *:)")


def _closed_label(m: "re.Match") -> str:
    """A spaced-out label closed up (点击数), when it is one; other spaced words (王 刚:) stay as they are."""
    word = m.group(0).replace(" ", "")
    return word if word in _LABEL_FIELD else m.group(0)


#: An English gloss between a label and its colon on bilingual pages ("发布日期 Date:", "来源 Source:").
_GLOSS = recode.compile(r"(?<=[\u4e00-\u9fff])\s+(?!https?[:：]//)[A-Za-z]{2,12}(?=\s*[:：](?!//))")


# --- labels ---------------------------------------------------------------------------

# Every label a header line uses, both scripts, by the field it fills ("" = known but unused).
_FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "published": ("发布时间", "发稿时间", "發稿時間", "發布時間", "發佈時間", "发表时间", "發表時間", "发布日期", "發布日期",
                  "發佈日期", "发表于", "發表於", "发布于", "發布於", "發佈於", "更新时间", "更新時間",
                  "更新日期", "时间", "時間", "日期", "Posted", "Published", "Date"),
    # 来源于:X (an aggregator's header), 发布单位:X (a union portal names the department that posted it)
    # (a repost names where it was taken from: 转载自:X, 本文转自:X)
    # (供稿单位:X, a railway or enterprise site's stamp row names the unit that sent the piece in)
    "source": ("供稿单位", "供稿單位", "供稿部门", "供稿部門", "本文转载自", "本文轉載自", "本文转自", "本文轉自", "转载自", "轉載自", "转自", "轉自", "来源于", "來源於", "发布单位", "發布單位", "發佈單位", "信息来源", "文章来源", "文章來源", "新闻来源", "新聞來源", "稿件来源", "本文来源", "资料来源",
               "來源", "来源", "稿源", "出处", "出處", "Source"),
    # (文:X, a portal's byline field; a one-character label is read only before a colon or a bar)
    # (文字:X, a credit row's text field beside 图片:Y and 编辑:Z)
    "author": ("作者", "撰稿", "撰文", "Author", "文字", "文"),
    # a CMS's poster (发布者:X, 发布人:X): the author when nothing else names one (the golds take the person,
    # 发布者:扎西, or the office, 发布人:矿区工会; a login name like admin is no one's: see _ACCOUNT_NAME)
    "poster": ("发布人", "發佈人", "發布人", "发布者", "發佈者", "發布者"),
    "reporter": ("本报记者", "本報記者", "记者", "記者"),
    # a correspondent (通讯员) signs as the author when a staff reporter is named beside (作者：记者 X 通讯员 Y)
    "correspondent": ("本报通讯员", "本報通訊員", "通讯员", "通訊員"),
    # (小编:X, a portal's or WeChat account's editor field; 小编 in a sentence, 小编提醒…, has no colon: no field)
    "editor": ("责任编辑", "責任編輯", "网络编辑", "網絡編輯", "本文编辑", "责编", "責編", "编辑", "編輯", "小编", "小編", "Editor"),
    # (…人次 = number of visits: 瀏覽人次：856 on a Taiwanese union's site)
    "views": ("浏览人次", "瀏覽人次", "阅读人次", "閱讀人次", "点击人次", "點擊人次", "访问人次", "訪問人次", "点击次数", "點擊次數", "点阅次数", "點閱次數", "阅读次数", "閱讀次數", "访问次数", "訪問次數", "点阅数", "點閱數", "点阅",
              "點閱", "阅览", "閱覽", "浏览数", "瀏覽數", "点击量", "點擊量", "点击数", "點擊數", "点击率", "點擊率", "点击", "點擊", "浏览次数", "瀏覽次數", "浏览量", "瀏覽量",
              "浏览", "瀏覽", "阅读量", "閱讀量", "阅读数", "閱讀數", "阅读", "閱讀", "访问量", "訪問量",
              "人气", "人氣", "查看", "Views", "Hits", "Reads"),
    # (关注人气:N, a blog's profile box counting its followers: no article's views; 总阅读：57.2万, a self-media
    # account's block counting the reads of all its articles)
    "": ("关注人气", "關注人氣", "总阅读", "總閱讀", "总浏览", "總瀏覽", "总访问", "總訪問", "总点击", "總點擊", "注册时间", "註冊時間", "最后登录", "最後登錄", "在线时间", "在線時間", "所属栏目", "栏目", "欄目",
         "字号", "字號", "字体", "字體", "分享到", "分享", "打印", "关闭", "關閉", "评论", "評論", "录入", "錄入", "审核", "審核", "摄影", "攝影", "摄像", "攝像",
         # the review chain a news site signs under the editor (责编：X | 审核：Y | 监审：Z): no author, no editor
         "监审", "監審", "终审", "終審", "初审", "初審", "复审", "複審", "编审", "編審",
         "校对", "校對", "责任校对", "審校", "审校",
         # other editors' roles: their names are not the article's editor (图片编辑：X beside 责任编辑：Y)
         "图片编辑", "圖片編輯", "美术编辑", "美術編輯", "视频编辑", "視頻編輯", "实习编辑", "實習編輯", "主编", "監製", "监制", "统筹", "策划", "级别", "UID", "主办", "主辦",
         "承办", "地址", "电话", "電話", "邮编", "郵編", "备案号", "備案號",
         # an e-paper's article table: 版次:05 版名:地方新闻 作者:… 字数:1,206
         "字数", "字數", "版次", "版名",
         # a credit row's picture field (文字:X 图片:Y 编辑:Z): the photographer, no author
         "图片", "圖片"),
}
_LABEL_FIELD = {lab: f for f, labs in _FIELD_LABELS.items() for lab in labs}
_ALT = "|".join(regex.escape(x) for x in sorted(_LABEL_FIELD, key=len, reverse=True))
# (a label glued to the value before it has two characters or more: 全文: is no 文: field)
_ALT_GLUED = "|".join(regex.escape(x) for x in sorted(_LABEL_FIELD, key=len, reverse=True) if len(x) > 1)
# A label at a boundary followed by a colon or a space; or any multi-character label
# glued to the previous value but followed by a colon (来源:中工网作者:张三).
# A portal may box its labels (【发布时间】2024-02-27 【浏览次数】3105) and a WeChat tail bars the label from
# its value (来源｜美兰工会, 责编丨孙悦): the closing bracket or the bar then ends the label.
_LABEL_RX = lazyrx.compile(
    rf"(?:(?<![\p{{Han}}A-Za-z])(?P<a>{_ALT})\s*(?::|(?=\s)|(?=\d)|(?=[|｜丨])|(?=[(（]\s*\d)|(?<=【(?:{_ALT}))】)"
    rf"|(?P<b>{_ALT_GLUED})(?<=\p{{Han}}{{2}})\s*:)"
)
# Any label as plain text (every _LABEL_RX reading holds one): a cheap first test, standard re over a trie.
_ANY_LABEL = recode.compile(trie_pattern(_LABEL_FIELD))
# Where a value ends even without a next label: a wide gap, a bar, a bracket opening a new part.
_HARD_END = lazyrx.compile(r"\s{2,}|\t|[|｜丨┃【\[]")
_BAR = ("|", "｜", "丨")
_TRIM = " \t:：,，;；。.、|｜()（）[]【】<>《》“”\"'"
# A value written inside square brackets right after its label (阅读次数：[ 211 ], 来源：【工人日报】).
_BOXED = lazyrx.compile(r"\s*[\[【]\s*([^\[\]【】\s|｜]{1,30})\s*[\]】]")


# A count written before its label, after a gap (a reprint library's row: 秦川书香 2024-02-28 | 346 阅读 | 12 转藏):
# the number right before a views label with no count of its own after it.
_COUNT_BEFORE = lazyrx.compile(r"(?:^|(?<=[\s|｜丨]))(\d[\d,]*(?:\.\d+)?\s*(?:万|萬)?)\s*$")
_NUM_FIRST = lazyrx.compile(r"\s*[:：]?\s*[\[【]?\s*\d")


# Labels that are also written as a value (作者:小编 点击:57次, an aggregator signing its posts): a label only before
# a colon or a bar (小编:晓雨).
_VALUE_TOO = frozenset({"小编", "小編"})


def labelled_fields(line: str, header_row: bool = False) -> list[tuple[str, str]]:
    """(field, value) pairs of a header line, each value cut at the next label or gap. ``header_row``: the line is a
    row of the page's header, where an outlet's name may open the row with its byline role glued to it."""
    return list(_labelled_fields(line, header_row))


@functools.lru_cache(maxsize=4096)
def _labelled_fields(line: str, header_row: bool) -> tuple[tuple[str, str], ...]:
    """labelled_fields, cached: a page asks about its header lines several times, a site's pages share them."""
    line = normalise_line(line)
    if not _ANY_LABEL.search(line):  # most removed lines hold no label at all
        return ()
    hits = []
    for mt in _LABEL_RX.finditer(line):
        lab = mt["a"] or mt["b"]
        if (len(lab) == 1 or lab in _VALUE_TOO) and not line[mt.start():mt.end()].rstrip().endswith((":", "|", "｜", "丨")):
            continue  # a one-character label (文) counts only before a colon or a bar, as does one that is a value too
        start = mt.start("a") if mt["a"] else mt.start("b")
        hits.append((start, mt.end(), _LABEL_FIELD[lab]))
    if (header_row or any(f == "source" for _, _, f in hits)) and _ROLE_CHARS.search(line):
        hits = _glued_role_hits(line, hits, header_row)
    out = []
    for i, (_, end, field) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(line)
        if (field in ("author", "editor") and i + 1 < len(hits) and hits[i + 1][2] == "reporter"
                and not line[end:stop].strip(_TRIM)):
            # 作者：本报记者 陈立 — the role word opens the value: the next label's names are this one's too
            stop = hits[i + 2][0] if i + 2 < len(hits) else len(line)
            end = hits[i + 1][1]
        value = line[end:stop]
        if field == "views" and (lead := _COUNT_BEFORE.search(line, hits[i - 1][1] if i else 0, hits[i][0])):
            if not _NUM_FIRST.match(value):  # 346 阅读 | 12 转藏: the count stands before its label, not after
                out.append((field, lead[1].strip()))
                continue
        if value.lstrip()[:1] in _BAR:  # 来源 | 泰州日报: a WeChat repost card bars the label from its value
            value = value.lstrip()[1:]
        if field in ("published",):
            value = value.strip()
        else:
            boxed = _BOXED.match(value)  # 阅读次数：[ 211 ]: the value inside a square bracket
            value = boxed[1] if boxed else _HARD_END.split(value.lstrip(), 1)[0]
        value = _strip_keeping_pairs(value, _TRIM)  # (运城广播电视台《运城新闻》: a programme's closing 》 stays)
        if field == "poster" and _ACCOUNT_NAME.match(value):
            continue
        if field and value:
            out.append((field, value))
    return tuple(out)


# A byline role glued to the end of a source's name, then a space and a name (来源：南宁日报记者 陆思琪, where a
# template sets the source and the byline in adjacent elements with no space): the source ends before the role,
# which opens a field of its own. The space after the role is required: a role word inside a name (记者协会,
# 编辑部, 记者站) is followed by more of the name, never by a gap; a title that ends in a role word (总编辑,
# 社会工作者) is no role glued to a source.
_GLUED_ROLE = lazyrx.compile(r"(?<=\p{Han}{2})(?P<role>本报记者|本報記者|记者|記者|本报通讯员|本報通訊員|通讯员|通訊員|"
                             r"(?<![总總主])(?:编辑|編輯)|(?<![工著])作者)(?=[ \u3000]+\p{Han}{2,4}(?:[·・•‧]\p{Han}{1,8})?(?:\s|$))")
# The first characters of those roles: a cheap test before the search.
_ROLE_CHARS = re.compile(r"[记記通编編作]")


def _glued_role_hits(line: str, hits: list[tuple[int, int, str]], header_row: bool) -> list[tuple[int, int, str]]:
    """``hits`` with a label hit added for each byline role glued to the end of a source value, and in a header
    row to the outlet's name opening the row before any label (an app's info bar: 渝快讯 渝快讯记者 何佳怡 2024/7/3)."""
    extra = []
    head = hits[0][0] if hits else len(line)
    if header_row and head >= 4 and (mt := _GLUED_ROLE.search(line, 0, head)):
        extra.append((mt.start("role"), mt.end("role"), _LABEL_FIELD[mt["role"]]))
    for i, (_, end, field) in enumerate(hits):
        if field != "source":
            continue
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(line)
        mt = _GLUED_ROLE.search(line, end, stop)
        if mt:
            extra.append((mt.start("role"), mt.end("role"), _LABEL_FIELD[mt["role"]]))
    return sorted(hits + extra) if extra else hits


# A CMS login posting for the site (admin, editor01, 管理员, 系统管理员): no author's name.
_ACCOUNT_NAME = lazyrx.compile(r"^(?:[A-Za-z][A-Za-z0-9_.-]*|\d+|(?:系统|網站|网站|超级)?(?:管理员|管理員))$")


# --- value shapes --------------------------------------------------------------------

_NUM = lazyrx.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:(万|萬|w|W|k|K|千)(?![A-Za-z]))?")
_HAN_NAME = lazyrx.compile(r"^\p{Han}{2,5}$")
# A transliterated name, its parts joined by a middle dot (艾力·买买提, 阿依古丽·吐尔逊).
DOTTED_NAME = lazyrx.compile(r"^\p{Han}{1,8}(?:[·・•‧]\p{Han}{1,8}){1,3}$")
_LATIN_NAME = lazyrx.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{1,30}$")
# Words after names in bylines that are not part of the name.
# (a photo credit's 图 glued to a Han name of two or three characters, 李明图; a longer token ending in 图, or
# one ending in 巴图, is a Mongolian name whose last syllable is 图: 额尔德木图, 苏和巴图, 巴图)
_BYLINE_TAIL = lazyrx.compile(r"(报道|報道|摄影|攝影|摄|攝|撰文|撰稿|整理|编译|編譯|供稿|文图|文圖|/图|(?:^|(?<=^\p{Han}{2,3})(?<!巴))图)$")


def parse_views(value: str) -> int | None:
    """A view count: ``31次`` → 31, ``2,286`` → 2286, ``1.2万`` / ``1.2w`` → 12000, ``1.2k`` / ``1.2千`` → 1200.
    A decimal without its unit is no count (its integer part alone would be a wrong one)."""
    mt = _NUM.search(value)
    if not mt:
        return None
    n = float(mt[1].replace(",", ""))
    if mt[2]:
        n *= 1000 if mt[2] in _THOUSAND else 10000
    elif "." in mt[1]:
        return None
    return int(round(n))


_THOUSAND = ("k", "K", "千")


# Role words standing before names in bylines (作者:本报记者 张三, 记者张三): not names themselves.
# (a media centre's staff grade may come first: 全媒体记者, 融媒体记者, 首席记者, 资深记者, as a county paper's
# portal signs its staff in the 作者 field)
_ROLE_PREFIX = lazyrx.compile(r"^(?:本报|本報|本台|本刊|本网|本網)?(?:全媒体|全媒體|融媒体|融媒體|新媒体|新媒體|全媒|融媒)?"
                             r"(?:特约|特約|见习|見習|实习|實習|首席|资深|資深)?"
                             r"(?:记者|記者|通讯员|通訊員|撰稿人|实习生|實習生)")
# Words that say "no author" (佚名 = anonymous): no value rather than a fake name.
_NO_NAME = {"佚名", "未知", "匿名", "不详", "不詳", "无", "無"}


_TOKEN_SEP = lazyrx.compile(r"[\s、,，/]+")
_DUN_LIST = lazyrx.compile(r"\p{Han}、\p{Han}")
# A portal editor's staff code glued to the name (李四_NBJ11823, 王五 NN123).
_STAFF_CODE = lazyrx.compile(r"(?<=\p{Han})[_\-]?[A-Za-z]{1,6}\d{2,}$")
# The same code written as a token of its own after the name (责任编辑：黎静 ZB026).
_CODE_TOKEN = lazyrx.compile(r"[A-Za-z]{1,6}\d{2,}")


# A two-character name padded with a space to the width of three (作者:覃 雯, 记者 莫 凡, 终审:杨 波): CMS bylines
# and e-paper credits align names that way; two lone characters between non-Han edges are one name.
_SPACED_PAIR = lazyrx.compile(r"(?<![\p{Han}])(\p{Han})[ \u3000](\p{Han})(?![\p{Han}])")


def join_spaced_pair(text: str) -> str:
    """``text`` with every space-padded two-character name joined (覃 雯 → 覃雯); other text unchanged."""
    return _SPACED_PAIR.sub(r"\1\2", text) if (" " in text or "\u3000" in text) else text


#: Closing brackets: a byline value in brackets ends where its bracket closes, (责任编辑:王刚) mksw.
_CLOSERS = (")", "）", "]", "】")


def name_list(value: str) -> str | None:
    """Person names from a byline value, stopping at the first non-name token.

    Names written as a 、-list keep that separator (王伟、李娜, as the page writes them); otherwise
    they are space-separated (记者 张三 李四 → 张三 李四)."""
    names = []
    value = join_spaced_pair(value.strip(_TRIM))
    for tok in _TOKEN_SEP.split(value):
        closed = tok.endswith(_CLOSERS)  # (the bracket the value sits in closes on this token)
        tok = _STAFF_CODE.sub("", tok.strip(_TRIM))
        if names and _REPORTED_FROM.search(tok):
            break  # 何嘉敏 深圳報道: where the reporter filed from, not a second name
        tok = _ROLE_PREFIX.sub("", tok.strip(_TRIM))
        if len(tok) >= 6 and tok.endswith(_FILED):
            tok = _name_before_place(tok[:-2])  # 何詠詩佛山報道: the name, then where it was filed from
        tok = _BYLINE_TAIL.sub("", tok)
        if not tok or tok in _NO_NAME:
            continue
        if names and _HAN.match(names[-1][-1]) and _CODE_TOKEN.fullmatch(tok):
            continue  # a staff code after a Chinese name, not a second (Latin) name
        if _HAN_NAME.match(tok) or _LATIN_NAME.match(tok) or DOTTED_NAME.match(tok):
            names.append(tok)
            if closed:
                break  # what follows the closing bracket is outside the value
        else:
            break
    sep = "、" if len(names) > 1 and _DUN_LIST.search(value) else " "
    return sep.join(names) or None


# A place and 报道 after the byline's names (记者 何嘉敏 深圳报道): where the story was filed from.
_REPORTED_FROM = lazyrx.compile(r"^\p{Han}{2,6}(?:报道|報道)$")
_FILED = ("报道", "報道")


def _name_before_place(glued: str) -> str:
    """The reporter's name of a name glued to the place it was filed from (何詠詩佛山 → 何詠詩, as a Hong Kong
    paper's dateline writes 記者何詠詩佛山報道): the first split, three characters for the name, then two, then four,
    whose rest is a place of the gazetteer; else ``glued`` as it is."""
    from .places import scan  # (the gazetteer is loaded for the page's places anyway)

    for n in (3, 2, 4):
        rest = glued[n:]
        if len(rest) >= 2 and (hits := scan(rest)) and hits[0].start == 0 and hits[0].end == len(rest):
            return glued[:n]
    return glued


# A link written after a source's name, in brackets (包河区总工会(http://www.…/)): not part of the name.
_LINK_AFTER = lazyrx.compile(r"\s*[(（\[【]\s*(?:https?://|www\.).*$")


# A date glued to the end of a name (来源：济南广播电视台2024-08-02 18:35:12, the source and the stamp in adjacent
# spans with no space between): the next field, not part of the name.
_GLUED_DATE = lazyrx.compile(r"(?<=\p{Han})(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月].*$")


def single_value(value: str) -> str | None:
    """A source/site-like value: up to the first space, trimmed, without a bracketed link or a glued date after it."""
    # (a closing bracket that closes one inside the value stays: 某某台《某某新闻》, 某某局（公司）)
    v = _strip_keeping_pairs(_LINK_AFTER.sub("", _strip_keeping_pairs(value, _TRIM).split(" ")[0]), _TRIM)
    v = _strip_keeping_pairs(_GLUED_DATE.sub("", v), _TRIM)  # (one short value a page)
    return v or None


# --- bylines, credits, forum posters -----------------------------------------------------

_DECOR = " \t□■●◆▲★☆※◇○·•>»-—"
_CREDIT_WORDS = lazyrx.compile(r"供稿|供图|供圖|提供|图片来源|圖片來源|摄影|攝影|图/|圖/|图：|图:")
_PHOTO_TAIL = lazyrx.compile(r"\s*(?:摄|攝)\s*[)）\]】]?\s*$")
_AFTER_CORRESPONDENT = lazyrx.compile(r"(?:本报|本報)?(?:记者|記者)|摄影|攝影|编辑|編輯")
_SUFFIX_START = lazyrx.compile(r"\s*[-_|｜–—·]")
_NAV_MARK = lazyrx.compile(r"[>›»|｜]")
_PHOTO_CREDIT = lazyrx.compile(r"\p{Han}\s*(?:摄|攝)\s*[)）\]】]?\s*$")
_PAREN = lazyrx.compile(r"^[(（\[【](.+)[)）\]】]$")
_REPORTER_RX = lazyrx.compile(r"(?:本报|本報|本台|本刊)?(?:特约|特約|见习|見習|实习|實習)?(?:记者|記者)\s*[:：]?\s*"
                             r"(?P<names>[\p{Han}A-Za-z](?:[\p{Han}A-Za-z\s、,，]|[·・•‧](?=\p{Han}))*)")
_AUTHOR_MARK = lazyrx.compile(r"(?:^|[\s(（])(?:文字|文|作者|撰文|撰稿)\s*[/／|｜丨:：]\s*"
                             r"(?P<names>[\p{Han}A-Za-z](?:[\p{Han}A-Za-z\s、]|[·・•‧](?=\p{Han}))*)")
# (本报 may open any staff role: 本报记者 邹倩 本报通讯员 熊敏 → the reporter is 邹倩 alone)
# (a TV station's credit row names its camera operator and cutter after the reporters: 记者：A B　摄像：C)
_ROLE_SPLIT = lazyrx.compile(r"(?:本报|本報)?(?:记者|記者|通讯员|通訊員)|实习生|實習生|摄影|攝影|摄像|攝像|剪辑|剪輯|见习记者|編輯|编辑|图|圖")
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


# A post's header naming its poster before the date (Discuz: "长江边的老冉 发表于 2024-7-29 16:48").
_POST_HEAD_NAME = lazyrx.compile(r"^\s*(?!楼主|沙发|板凳|地板|\d+楼)(?P<name>[^\s|:：]{2,20})\s+(?:发表于|發表於)\s*(?:19|20)\d\d")
# A poster's online status on a line of its own names no one.
_STATUS = lazyrx.compile(r"^(?:当前|當前)?(?:离线|在线|離線|在線|隐身|隱身)$")
# A poster's profile block may open with the bare name (Discuz: 铁皮饭盒 on a line of its own).
_BARE_POSTER = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9_\-.]{2,16})\s*$")
# 文/图 X (text and photos by X) and 文/X name the author; the reporter is the one a 记者 role names.
_TEXT_AND_PHOTO = lazyrx.compile(r"(?:^|[\s(（])(?:文/图|文／图|文/圖|图/文|圖/文|文图|文圖)\s*[/／:：]?\s*"
                                r"(?P<names>[\p{Han}A-Za-z](?:[\p{Han}A-Za-z\s、]|[·・•‧](?=\p{Han}))*)")  # (古丽米热·艾买提)
# A header row opening with the 文/图 credit, set off from the name, and no clause (文/图　高雪梅　　2024.09.20　点击数：278).
_CREDIT_ROW = lazyrx.compile(r"^\s*(?:文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文)(?:\s*[:：]\s*|\s+)\p{Han}[^，。！？；,;]*$")
# The bars between a header row's parts (2024.06.18 ｜ 来源：X ｜ 文/图：Y ｜ 浏览量：386).
_ROW_BARS = lazyrx.compile(r"[|｜丨]")


def _credit_row(t: str) -> bool:
    """Whether the header row credits its writer with the text and photos: the whole row (文/图　高雪梅　2024.09.20)
    or one part of a barred row (2024.06.18 ｜ 来源：X ｜ 文/图：Y ｜ 浏览量：386)."""
    if _CREDIT_ROW.match(t):
        return True
    return ("图" in t or "圖" in t) and any(_CREDIT_ROW.match(p) for p in _ROW_BARS.split(t)[1:])


# A staff reporter named before a correspondent on one line (记者 张三 通讯员 李四).
_STAFF_THEN_CORRESPONDENT = lazyrx.compile(r"(?:记者|記者)[^()（）\[\]【】]{1,30}?(?:通讯员|通訊員)")
# A paper's dateline whose bracket names correspondents only (本网讯（通讯员 杜文斌）, 本报讯(通讯员 杨晓峰)): the golds
# take them as the reporters there (three of three), where a 作者:通讯员 X field or a closing (通讯员 X) signs as the author.
_TAG_THEN_CORRESPONDENT = lazyrx.compile(r"^\s*\p{Han}{0,14}?(?:讯|訊)\s*[(（]\s*(?:本报|本報|本网|本網)?(?:通讯员|通訊員)")
# A paper's dateline tag opening the piece, its credits after it in brackets or in the open (本报讯（…）, 某某日报讯 …).
_DATELINE_TAG = lazyrx.compile(r"^\s*\p{Han}{0,14}?(?:讯|訊)(?=\s*[(（]|\s)")
# 通讯员 X: a correspondent signs the piece; kept as the author when nothing else is.
_CORRESPONDENT = lazyrx.compile(r"(?:通讯员|通訊員)\s*[:：]?\s*"
                               r"(?P<names>[\p{Han}A-Za-z](?:[\p{Han}A-Za-z\s、,，]|[·・•‧](?=\p{Han}))*)")


def _names_before_label(t: str, mt: "regex.Match") -> str:
    """A role's names up to the next labelled field of the row (文/图:X 审核:Y, 记者:X 责编:Y: the next label is
    no name)."""
    names, end = mt["names"], mt.end("names")
    if t[end:end + 2].lstrip()[:1] not in (":", "|", "｜", "丨"):  # (normalised: the label's colon stops the names)
        return names
    for lab in _LABEL_RX.finditer(t, mt.start("names")):
        if lab.start() >= end:
            break
        if lab.group().rstrip().endswith((":", "|", "｜", "丨")):
            return t[mt.start("names"):lab.start()]
    return names


def _clean_reporters(names: str) -> str | None:
    """The names after 记者, cut before any other role (通讯员 …)."""
    names = _ROLE_SPLIT.split(names, 1)[0]
    return name_list(names)


def parse_byline(text: str) -> dict[str, str]:
    """Fields in a byline/dateline/credit piece: reporter, author or credit."""
    t = normalise_line(text).strip(_DECOR)
    out: dict[str, str] = {}
    if _PHOTO_CREDIT.search(t):  # (新华社记者 李明 摄): a picture's credit; a photographer is not the reporter
        return _reporters_then_photo(t) or {"credit": t.strip(_TRIM)}
    mt = _REPORTER_RX.search(t)
    if mt:
        r = _clean_reporters(_names_before_label(t, mt).rstrip(")）]】"))
        if r:
            out["reporter"] = r
            if (ot := _BARRED_OUTLET.match(t)) is not None:
                out["source"] = ot["outlet"]  # an app's byline row: the outlet barred from its reporter
    mt = _TEXT_AND_PHOTO.search(t)
    if mt and "reporter" not in out:  # (文/图 X with no 记者 role: X wrote the piece; the reporter is a 记者)
        r = _clean_reporters(_names_before_label(t, mt).rstrip(")）]】"))
        if r:
            out["author"] = r
    mt = None if mt else _AUTHOR_MARK.search(t)
    if mt:
        names = _names_before_label(t, mt).split()
        if len(names) > 1 and names[-1] in _LABEL_FIELD:  # 文字:X 图片:Y, 文字 | X 图片 | Y: the next field's label
            names = names[:-1]
        names = " ".join(names)
        a = name_list(names)
        if a:
            out["author"] = a
    mt = _CORRESPONDENT.search(t)
    if mt and "author" not in out:
        a = name_list(_AFTER_CORRESPONDENT.split(_names_before_label(t, mt), 1)[0].rstrip(")）]】"))
        if a and "reporter" not in out and _TAG_THEN_CORRESPONDENT.match(t):
            out["reporter"] = a  # 本网讯（通讯员 X）: the paper's dateline credits its correspondent as the reporter
        elif a:
            out["author"] = a
    if "author" in out and (_STAFF_THEN_CORRESPONDENT.search(t) or "reporter" in out and _DATELINE_TAG.match(t)):
        # 记者 X 通讯员 Y (作者：记者 X 通讯员 Y): the staff reporter's piece, the correspondent contributing:
        # no author (the seeds' and layouts' gold); a correspondent named first (通讯员 Y 记者 X) still signs it on a
        # byline row, but not in a paper's dateline (本报讯（通讯员 Y 记者 X）: the golds have no author, 2 of 2)
        del out["author"]
    if out:
        return out
    inner = _PAREN.match(t)
    body = (inner[1] if inner else t).strip(_TRIM)
    if _CREDIT_WORDS.search(body):
        out["credit"] = body
        return out
    for f, v in labelled_fields(t):
        if f in ("author", "reporter", "editor", "source"):
            out.setdefault(f, author_names(v) if f == "author" else name_list(v) if f != "source" else single_value(v))
    if out:
        return {k: v for k, v in out.items() if v}
    # A bare trailing parenthetical: a person or a department signing the article; with the unit before
    # the name ("(射洪市总工会 蒲晓燕)") the person signs it.
    if inner and (_PHOTO_CAPTION.match(body) or body.endswith(_NEWS_TAG)):
        # (图为…): a photo's caption in brackets, the picture described, never a signer; 【香江商報訊】: a paper's
        # tag opening its dateline, the outlet, never a signer
        return out
    if inner and (ut := _UNIT_AND_NAME.fullmatch(body) or _glued_unit_and_name(body)) is not None:
        out["author"] = ut["name"]
    elif inner and 2 <= len(body) <= 12 and _SIGNER.fullmatch(body) and not _PAGE_CONTROL.search(body) \
            and not _READER_NOTE.search(body):
        out["author"] = body
    return out


# A byline naming the staff reporters, then a correspondent whose picture it is (记者 A B 通讯员 C 摄): the 摄
# closes the last role's part only; the 记者 part before it names the reporters.
_REPORTERS_THEN_PHOTO = lazyrx.compile(r"^(?:本报|本報)?(?:记者|記者)\s*[:：]?\s*(?P<names>\p{Han}{2,4}(?:[\s、,，]+\p{Han}{2,4}){0,5})\s*"
                                      r"(?:通讯员|通訊員|实习生|實習生)\s*[:：]?\s*(?P<photo>\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,3}\s*(?:摄|攝))$")


def _reporters_then_photo(t: str) -> dict[str, str] | None:
    """{reporter, credit} of a 记者 A B 通讯员 C 摄 byline (C took the picture), else None."""
    if "通" not in t and "实" not in t and "實" not in t:
        return None
    mt = _REPORTERS_THEN_PHOTO.match(join_spaced_pair(t.strip(_TRIM)))
    reporter = name_list(mt["names"]) if mt else None
    return {"reporter": reporter, "credit": mt["photo"]} if reporter else None


# The outlet an app's byline row puts before its reporter, barred off ("北京日报客户端 | 记者 邸若冰").
_BARRED_OUTLET = lazyrx.compile(r"^\s*(?P<outlet>[\p{Han}A-Za-z0-9+]{2,12})\s*[|｜丨]\s*(?:本报|本報)?(?:记者|記者)")
#: How a paper's news tag ends (【香港商報訊】, 【本報訊】).
_NEWS_TAG = ("讯", "訊")
# How a photo's caption opens (图为…, 上图为…, 左图：…, 图中…): it says what the picture shows, it names no signer.
_PHOTO_CAPTION = lazyrx.compile(r"^(?:[上下左右]?(?:图|圖)(?:为|為|中|片中)|[上下左右](?:图|圖)\s*[:：]?)")
_SIGNER = lazyrx.compile(r"[\p{Han}A-Za-z·\s]+")
#: A unit's name: Han characters, then what a union, bureau, centre … is called.
_UNIT = r"\p{Han}{2,20}(?:工会|工會|委员会|委員會|局|中心|办公室|辦公室|部|公司|学校|學校|医院|醫院|街道|社区|社區)"
# A unit (a union, bureau, centre …) and the writer's name signing the text.
_UNIT_AND_NAME = lazyrx.compile(_UNIT + r"\s+(?P<name>\p{Han}{2,4})")
# … with no space between (a page that wrote none, or a pinyin page whose reading stood before the space:
# "(縣(xiàn)總(zǒng)工會(huì) 宦麗娟)" comes back glued): the name, two or three characters, must read as a person's.
_UNIT_THEN_GLUED = lazyrx.compile(_UNIT + r"(?P<name>\p{Han}{2,3})")


# How a section of a unit ends (组宣部, 办公室, 宣传科): no signer's name.
_SECTION_END = lazyrx.compile(r"(?:部|局|委|办|辦|会|會|处|處|科|室|站|所|队|隊|组|組|院|校|股|中心)$")


def _glued_unit_and_name(body: str) -> "regex.Match | None":
    """A unit's name glued to the signer's ("縣總工會宦麗娟"), when what follows the unit reads as a name: a
    person's name, or (a rare surname) no dictionary word and no section of the unit (组宣部, 办公室)."""
    ut = _UNIT_THEN_GLUED.fullmatch(body)
    if ut is None or _SECTION_END.search(ut["name"]):
        return None
    from .people import is_person_name, is_word  # (only for the rare glued signature)

    name = ut["name"]
    return ut if is_person_name(name, True) or not is_word(name) else None


# A school or union site's 作者 field holding the text's and the photos' credits (作者：文/刘颖 图/谢安).
_TEXT_CREDIT = lazyrx.compile(r"^\s*(?:文字|文)\s*[/／]")


def author_names(value: str) -> str | None:
    """The authors of a 作者 value: its names (name_list), or the person after the unit that sends the piece
    (作者：宜昌市总工会 向丹 → 向丹; not a section of the unit: 作者：市总工会 办公室); of a credit pair in the field
    (作者：文/X 图/Y), the writer."""
    if _TEXT_CREDIT.match(value):
        return parse_byline(value).get("author")
    names = name_list(value)
    if names or " " not in value.strip():  # (the unit and the person are set apart by a space)
        return names
    ut = _UNIT_AND_NAME.fullmatch(value.strip(_TRIM))
    return ut["name"] if ut and not _SECTION_END.search(ut["name"]) else None


# A page's buttons in brackets ([关闭本页], [打印本页], 【返回顶部】): no signer.
_PAGE_CONTROL = lazyrx.compile(r"关闭|關閉|打印|列印|返回|收藏|本页|本頁|窗口|視窗|顶部|頂部")
# A note to the reader in brackets closing a text ((完整报告见附件), （全文详见附件）, (未完待续)): an instruction
# about the text, no signer.
_READER_NOTE = lazyrx.compile(r"附件|全文|详见|詳見|参见|參見|见下|見下|未完|待续|待續|点击|點擊|下载|下載|原文")


# --- site and url ---------------------------------------------------------------------

_HAN = lazyrx.compile(r"\p{Han}")
_URL = lazyrx.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+")
_DOMAINISH = lazyrx.compile(r"^[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
_GENERIC_SUFFIX = {"首页", "首頁", "正文", "新闻", "新聞", "详情", "詳情", "内容", "內容", "文章", "新闻中心",
                   "新聞中心", "工作动态", "工作動態", "本站", "网站", "網站",
                   # a paper's product words, not its name (工人日报 - 数字报)
                   "数字报", "數字報", "电子版", "電子版", "电子报", "電子報", "手机版", "手機版"}
_SUFFIX_SPLIT = lazyrx.compile(r"\s*[-_|｜丨│–—·]\s*|\s{2,}")  # (丨 │: an app or portal bars its site off)
_HEAD_SITE = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9]{2,20})\s+(?=https?://|www\.)")
_COPYRIGHT = (
    # X © 2024 版权所有 — the name before the sign, the words after the year (an aggregator's one-line footer,
    # whose link words follow: 关于我们 | 联系我们); read first: the patterns below would take the year or a link word
    lazyrx.cached(r"^\s*(?P<x>[^\s:,，|©]{2,28})\s*(?:©|\(c\)|\(C\))\s*(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\s*"
                  r"(?:版权所有|版權所有)"),
    # 版权所有:X — the holder named after a colon
    lazyrx.cached(r"(?:版权所有|版權所有)\s*:\s*(?:©|\(c\)|\(C\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?P<x>[^\s,，|]{2,30})"),
    # 主办:X版权所有 — the name glued to the words
    lazyrx.cached(r"(?:主办|主辦)(?:单位|單位)?\s*:?\s*(?P<x>[^\s:,，|]{2,30}?)(?:版权所有|版權所有)"),
    # X 版权所有, © 2023 X 版权所有
    lazyrx.cached(r"(?P<x>[^\s:,，|©]{2,30}?)\s*(?:版权所有|版權所有)"),
    # 版权所有 © 2023 X
    lazyrx.cached(r"(?:版权所有|版權所有)\s*(?:©|\(c\)|\(C\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?P<x>[^\s,，|]{2,30})"),
    lazyrx.cached(r"(?:Copyright|COPYRIGHT|copyright|©)\s*(?:©|\(c\)|\(C\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?:by\s+)?"
                  r"(?P<x>[^\s,，|]{2,30})"),
    # X © 2024 — a site's name before the sign (an app or county portal's one-line footer)
    lazyrx.cached(r"^\s*(?P<x>[^\s:,，|©]{1,28}(?:网|網|报|報|台|社|站|中心|工会|工會|论坛|論壇))\s*(?:©|\(c\)|\(C\))\s*(?:19|20)\d\d"),
)


# The link words a footer prints after its copyright (关于我们 | 联系我们 | 免责声明), and the copyright words
# themselves: never a site's name.
_FOOTER_LINK = lazyrx.compile(r"^(?:(?:关于|關於|关於|联系|聯繫|聯絡|联络|加入)(?:我们|我們|本站|本网|本網)"
                              r"|版权所有|版權所有|版权声明|版權聲明|免责声明|免責聲明|法律声明|法律聲明|隐私政策|隱私政策"
                              r"|网站地图|網站地圖|意见反馈|意見反饋|广告服务|廣告服務|使用条款|使用條款|服务条款|服務條款)")
# A blog or self-media platform's notice after © that the rights are its writers' (著作权归作者所有, 版权归原作者):
# whose rights, not whose site.
_RIGHTS_NOTICE = lazyrx.compile(r"著作权|著作權|(?:归|歸)(?:原)?(?:作者|作者本人)")
# An ICP filing or a public-security record number: a licence, never a name.
_LICENCE = lazyrx.compile(r"ICP|icp|备案|備案|公网安备|公網安備|\p{Han}(?:备|備|证|證)\d{5,}")


# A navigation word glued to a site's name by a mobile page's top bar (<a>返回</a><span>某某融媒</span><a>首页</a>,
# < 返回 某某网, 某某网 返回首页): the link, not part of the name.
_NAV_GLUE = lazyrx.compile(r"^\s*(?:[<＜‹«]\s*)?(?:返回(?:首页|首頁|上一页|上一頁|上页|上頁)?|回到首页|回到首頁|回首页|回首頁)\s*"
                           r"|\s*(?:返回(?:首页|首頁|顶部|頂部)?|回首页|回首頁)\s*$")


def _site_name(x: str | None) -> str | None:
    """``x`` when it reads as a site's name: Han text, not a domain, a year, or a page word."""
    if not x:
        return None
    x = _after_unopened_bracket(_strip_keeping_pairs(x, _TRIM + "©"))
    if "返" in x or "回" in x:  # (a mobile top bar's back link glued to the name: 返回某某融媒 → 某某融媒)
        x = _NAV_GLUE.sub("", x)
    if not (2 <= len(x) <= 20) or not _HAN.search(x):
        return None
    if _DOMAINISH.match(x) or "http" in x or "www." in x or x in _GENERIC_SUFFIX:
        return None
    if _LICENCE.search(x):  # a footer's licence number (皖ICP备09001234号) after a copyright year
        return None
    if _FOOTER_LINK.match(x):  # a footer's link word after the copyright (关于我们 | 联系我们) names no site
        return None
    if _RIGHTS_NOTICE.search(x):  # a platform's notice that its writers hold the rights (© 著作权归作者所有)
        return None
    if parse_datetime(x):
        return None
    return x


def _after_unopened_bracket(x: str) -> str:
    """What follows a closing bracket that nothing opened (àng)某某网: the rest of a reading cut in two by a jammer
    or another removal): a name never holds one, so what comes before it is no part of the name."""
    depth, cut = 0, 0
    for i, ch in enumerate(x):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                cut = i + 1
            else:
                depth -= 1
    return x[cut:].strip() if cut else x


def _strip_keeping_pairs(x: str, chars: str) -> str:
    """``x.strip(chars)``, but a closing bracket that closes one inside the name stays (烟草专卖局（公司）:
    a body that is both a bureau and a company writes the second in brackets at its end)."""
    y = x.strip(chars)
    for o, c in (("（", "）"), ("(", ")"), ("《", "》")):
        if y.count(o) > y.count(c):
            i = x.find(y) + len(y)
            if x[i:i + 1] == c:
                y += c
    return y


def site_from_suffix(suffix: str) -> str | None:
    """The last segment of a title suffix (`` - 贵州 - 中工网`` → 中工网), an edition word after it aside
    (… - 鹿邑论坛 - 手机版 - Powered by Discuz!: a forum's mobile pages name their edition last)."""
    parts = [p for p in _SUFFIX_SPLIT.split(normalise_line(suffix)) if p.strip() and not _ENGINE.match(p)]
    while len(parts) > 1 and _EDITION_WORD.match(parts[-1]):
        parts.pop()
    return (_platform_mark(parts[-1]) or _site_name(parts[-1])) if parts else None


# The edition a page belongs to, written after the site's name in its <title> (手机版, 触屏版, WAP版).
_EDITION_WORD = lazyrx.compile(r"^\s*(?:手机版|手機版|触屏版|觸屏版|移动版|移動版|(?i:wap)版|极速版|極速版)\s*$")


# The forum or CMS software's credit some sites end their <title> with (… - 某某论坛 - Powered by Discuz!).
_ENGINE = lazyrx.compile(r"(?i)\s*powered\s+by\b")


def site_from_header(line: str) -> str | None:
    """A header line that opens with the site's name and its address (廣元工會網 http://…)."""
    mt = _HEAD_SITE.match(normalise_line(line))
    return _site_name(mt["name"]) if mt else None


# Endings of a site's or a publisher's own name (江城新闻网, 工人日报, 江南省总工会, 香港職工會聯盟).
# (a government portal's logo or <title> is the government's name: 绥中县人民政府)
# (a union's portal named as the workers' home, 泉州职工之家, 黔南工友之家; a county's media centre, 某旗融媒体中心;
# a political consultative conference's portal, 杭州政协)
_SITE_END = lazyrx.compile(r"(?:网|網|网站|網站|报|報|工会|工會|联合会|聯合會|联盟|聯盟|总会|總會|电视台|電視台|新闻|新聞|在线|在線|"
                          r"频道|頻道|客户端|客戶端|人民政府|职工之家|職工之家|工友之家|融媒体中心|融媒體中心|政协|政協)$")
# Words that end a forum's or a section's name, not a site's (职工之家论坛, 工会动态).
# An app's prompt in the header (下载客户端, 打开APP): a button, not the site's name.
_APP_PROMPTS = ("下载", "下載", "打开", "打開", "关注", "關注", "登录", "登錄", "注册", "註冊", "订阅", "訂閱", "扫码", "掃碼")
_NOT_SITE = {"论坛", "論壇", "社区", "社區", "网站", "網站", "本站", "首页", "首頁", "登录", "登錄",
             "举报", "舉報",  # (a report button: 举报 ends in 报 like a paper's name)
             "门户", "門戶"}  # (an intranet menu's 门户首页, the portal's home, as 网站首页)
# Verbs that make a link word of 首页 (设为首页 | 加入收藏, 回到首页, 进入首页): never a site's name before it.
_HOME_VERBS = {"设为", "設為", "設爲", "设置为", "設置為", "回到", "返回", "进入", "進入", "访问", "訪問", "前往"}
# Self-media platforms whose logo opens a copied post's page (微博 on a line of its own, then the menu and the
# account): the platform is the site, the account the author.
_PLATFORMS = {"微博", "新浪微博", "今日头条", "今日頭條", "百家号", "百家號", "网易号", "網易號", "搜狐号", "搜狐號",
              "澎湃新闻", "澎湃新聞", "知乎", "抖音", "快手", "小红书", "小紅書", "哔哩哔哩", "嗶哩嗶哩",
              # (blog platforms: the blogger is the author)
              "简书", "簡書", "新浪博客",
              # (a learning platform carrying its 强国号 accounts' and provincial platforms' articles)
              "学习强国", "學習強國"}
# The Latin wordmarks those platforms print as their logo or last <title> segment (bilibili over an uploader's
# account, 标题_哔哩哔哩_bilibili): the platform's name, never the account's.
_PLATFORM_MARKS = {"bilibili": "哔哩哔哩", "weibo": "微博", "zhihu": "知乎", "douyin": "抖音", "toutiao": "今日头条",
                   "xiaohongshu": "小红书", "sohu": "搜狐", "jianshu": "简书"}


def _platform_mark(x: str) -> str | None:
    """The platform a Latin wordmark standing alone names (bilibili → 哔哩哔哩), else None."""
    return _PLATFORM_MARKS.get(x.strip().lower()) if x.isascii() else None
# A logo line: the name, then at most a Latin acronym or an edition word (香港職工會聯盟 HKCTU, 工人日报 电子版,
# 职工日报 数字报刊).
# (or a tagline after a middle dot: 华远能源集团工会 · 职工之家; or its sponsor after a dash: 山西工会网 - 山西省总工会主办,
# where the site is the name before the dash, not the sponsoring body; a newspaper portal's top bar adds a few
# link words after the sponsor: 岳阳网 · 岳阳日报社主办 数字报 岳阳发布; or a print view's header: the site, then
# the view, 某某区人民政府网站 —— 打印版)
_LOGO = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)(?P<home>首页|首頁)?(?P<edition>\s*(?:电子版|電子版|数字报刊|數字報刊|数字报|數字報|手机版|手機版)(?:平台|平臺)?)?"
                      r"(?:(?:\s+[A-Za-z][A-Za-z&.\-]{1,11}){1,4}|\s*[·•—–]\s*\p{Han}{2,12}"
                      r"|\s*[-–—|｜·•]\s*\p{Han}{2,24}(?:主办|主辦|承办|承辦)(?:\s+\p{Han}{2,6}){0,4}"
                      r"|\s*[-–—|｜]{0,2}\s*(?:打印版|打印页|打印頁|打印预览|打印預覽|列印版|列印頁))?\s*$")
# The first item of a breadcrumb or nav bar (新华网 | 首页 | 时政, 中工网 > 工会, 网易首页 > 网易号 > 正文).
_NAV_FIRST = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)\s?(?P<home>首页|首頁)?\s*(?:[>›»|｜]|&gt;|$)")
# A menu row opening with the site's name, then 首页 and the channels, spaced without bars (腾讯新闻  首页 要闻 财经 科技:
# a news platform's top bar over a copied account's post).
_NAME_THEN_MENU = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)\s+(?:首页|首頁)(?:\s+\p{Han}{2,4}){2,}\s*$")
# A site's name glued to the header fields that follow it (某市工會網  發布時間:…, after pinyin was cut out).
_SITE_THEN_LABEL = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)\s*(?:发布时间|發布時間|發佈時間|发布日期|發布日期|时间|時間|"
                                 r"来源|來源|日期)\s*[:：]")


def _own_site(x: str | None, home: bool = False) -> str | None:
    """``x`` when it names a site or publisher by its kind of ending (网, 报, 工会 …), not a section;
    ``home``: written as "X首页" (X's home page), which names the site whatever its ending."""
    x = _site_name(x)
    if not x or x in _NOT_SITE or x.endswith(("论坛", "論壇", "社区", "社區")) or x.startswith(_APP_PROMPTS):
        return None
    if home and x in _HOME_VERBS:  # 设为首页 (make this your home page), 返回首页: a link word, not X's home page
        return None
    if home or x in _PLATFORMS:
        return x
    end = _SITE_END.search(x)
    # The ending alone (工会, 新闻 as a menu item) names a kind of site, not one.
    return x if end and end.start() > 0 else None


@functools.lru_cache(maxsize=4096)
def site_from_logo(line: str) -> tuple[str | None, bool]:
    """(site, is_epaper) from a page's first header lines: a logo line, a nav bar's first item,
    or a site name glued to the date/source fields."""
    line = normalise_line(line)
    if "繁" in line:  # a traditional page's script switch after the logo (三明工會網 繁體 | 简体 首頁 > 基層動態)
        line = _SCRIPT_SWITCH.sub(" ", line)
    if "来源于" in line or "來源於" in line:
        return None, False  # a repost card (以下文章来源于泰州工会) names the source account, not the site
    if line.isascii() and (mark := _platform_mark(line)):
        return mark, False
    mt = _LOGO.match(line)
    if mt:
        return _own_site(mt["name"], bool(mt["home"])), bool(mt["edition"] and "手" not in mt["edition"])
    mt = _NAV_FIRST.match(line)
    if mt and _NAV_MARK.search(line):
        if _link_bar(line):
            return None, False
        return _own_site(mt["name"], bool(mt["home"])), False
    mt = _SITE_THEN_LABEL.match(line)
    if mt:
        return _own_site(mt["name"]), False
    mt = _NAME_THEN_MENU.match(line) if "首" in line else None
    if mt:
        return _own_site(mt["name"]), False
    mt = _SITE_THEN_HOST.match(line) if "主" in line else None
    if mt:
        return _own_site(mt["name"]), False
    return None, False


# The script switch a page prints beside its logo or menu (繁體 | 简体, 简体中文 / 繁體中文), with the gaps around it.
_SCRIPT_SWITCH = lazyrx.compile(r"\s*[|｜]?\s*(?:(?:繁體|繁体)(?:中文)?\s*[|｜/]\s*(?:简体|簡體)(?:中文)?"
                                r"|(?:简体|簡體)(?:中文)?\s*[|｜/]\s*(?:繁體|繁体)(?:中文)?)\s*")


# A digital edition's word alone on its row (数字报, 电子版): the e-paper's label under the paper's name, no name itself.
_EDITION_WORDS = frozenset({"数字报", "數字報", "电子报", "電子報", "电子版", "電子版", "数字版", "數字版", "数字报刊", "數字報刊"})


def _edition_under_logo(top: list[Removal], logos: list[tuple[str | None, bool]]) -> list[tuple[str | None, bool]]:
    """``logos`` (site_from_logo of each ``top`` row) with a paper's logo marked as an e-paper's when its edition
    word stands alone on the next line (东台日报 / 数字报: the masthead site_from_logo reads on one row, split in two),
    or when an issue page's row follows within a few lines (固原日报 / 2025年12月09日 星期二 / 第02版:综合新闻).
    (A menu's 数字报 item under a portal's sponsor line is no masthead: the name above must be a paper's.)"""
    out = logos
    for k, (a, b) in enumerate(zip(top, top[1:])):
        name = logos[k][0]
        if not name or logos[k][1] or not _PAPER_END.search(name) or a.line is None:
            continue
        if (b.line == a.line + 1 and normalise_line(b.text).strip() in _EDITION_WORDS) or any(
                c.line is not None and 0 < c.line - a.line <= 3 and "版" in c.text and _PAGE_ROW.match(normalise_line(c.text))
                for c in top[k + 1:]):
            out = out[:k] + [(name, True)] + out[k + 1:]
    return out


# An e-paper's page row under its masthead: the page's number and name (第02版:综合新闻, 第A3版：基层).
_PAGE_ROW = lazyrx.compile(r"^\s*第\s*[A-Za-z]?\d{1,3}\s*版\s*(?:[:：]|$)")


def _link_bar(line: str) -> bool:
    """A bar of three or more sites' names and nothing else (某某新闻网 | 某某人民政府 | 某某日报): a portal's links
    to its sister sites under the logo, whose first item is one of them, not the page's own site."""
    parts = [p for p in _LINK_SPLIT.split(line) if p.strip()]
    return len(parts) >= 3 and all(_own_site(p) for p in parts)


_LINK_SPLIT = lazyrx.compile(r"\s*[|｜丨]\s*")


# A masthead naming the site and then its sponsor (鹤城工会网 某市总工会主办): the …网 name is the site, the
# body before 主办 only runs it (see site_from_footer's _HOST_TAIL).
_SITE_THEN_HOST = lazyrx.compile(r"^(?P<name>\p{Han}{2,10}(?:网|網))\s+\p{Han}{2,20}(?:主办|主辦)(?:单位|單位)?$")


_HOST_WORD = lazyrx.compile(r"^(?:主办|主辦)(?:单位|單位)?:?")
# The same label after the name (四川工人日报社主办  版权所有): the body sponsoring the site, named without it.
_HOST_TAIL = lazyrx.compile(r"(?:主办|主辦)(?:单位|單位)?$")
#: Every _COPYRIGHT pattern needs one of these words: a line without them is skipped unread.
_COPYRIGHT_WORDS = ("版权所有", "版權所有", "Copyright", "COPYRIGHT", "copyright", "©")
_COPYRIGHT_HINT = recode.compile("|".join(map(re.escape, _COPYRIGHT_WORDS)))  # one search instead of six


# A contact field run into the holder's name (版權所有：某市總工會 地址：…, glued once a reading was cut out of the
# name and the line's parts were joined back): the label and what follows are no part of the name.
# (so may a licence number be, its province's character first: 版權所有：某某工會網黑ICP備…號)
_CONTACT_LABEL = lazyrx.compile(r"(?<=\p{Han})(?:(?:地址|电话|電話|邮编|郵編|传真|傳真|联系电话|聯繫電話)\s*[:：]"
                                r"|\p{Han}(?:ICP|icp)).*$")


def site_from_footer(line: str) -> str | None:
    """The site's name from a copyright line (主办:X版权所有, Copyright © 2023 X)."""
    line = normalise_line(line)
    if not _COPYRIGHT_HINT.search(line):
        return None
    for rx in _COPYRIGHT:
        mt = rx.search(line)
        if mt:
            name = _site_name(_HOST_TAIL.sub("", _HOST_WORD.sub("", _CONTACT_LABEL.sub("", mt["x"]))))
            if name:
                return name
    return None


# A forum's footer row naming the board before its software's credit, a licence number in brackets between them
# (某某论坛 ( 赣ICP备… ) Powered by Discuz!, … | 返回顶部 | 某某论坛 Powered by Discuz!): the board is the site.
# (A <title> row's "X - Y - Powered by" is read as a title suffix; the dash keeps it out of this pattern.)
_ENGINE_FOOTER = lazyrx.compile(r"(?:^|[|｜]\s*)(?P<x>[\p{Han}A-Za-z0-9]{2,20}?)\s*(?:[(（][^()（）]{0,40}[)）]\s*)?"
                                r"\s(?i:powered\s+by)\b")
_BOARD_END = ("论坛", "論壇", "社区", "社區")


def site_from_engine_credit(line: str) -> str | None:
    """The board named before a forum software's credit on the footer row (某某论坛 Powered by Discuz!), else None:
    only a name ending like a board's or a site's (论坛, 社区, 网 …), not a link word of the row."""
    mt = _ENGINE_FOOTER.search(normalise_line(line))
    x = _site_name(mt["x"]) if mt else None
    if not x or x in _NOT_SITE:
        return None
    return x if x.endswith(_BOARD_END) and len(x) > 2 or _own_site(x) else None


# A forum's own <title> row (its index page's, no thread subject in it): the board's name and its tagline set off
# by dashes, then the software's credit (某某论坛 - 某地生活 - Powered by Discuz!, 某某論壇 - … - Powered by phpwind).
_ENGINE_TITLE = lazyrx.compile(r"^(?P<parts>.{4,60}?)\s*[-_|｜–—]\s*(?i:powered\s+by)\b")


def site_from_engine_title(line: str) -> str | None:
    """The board named in a forum's title row before the software's credit: the last part ending like a board's
    name (论坛, 社区), wherever the tagline stands (a thread's title row names the board after the subject and
    the section); None when no part does."""
    mt = _ENGINE_TITLE.match(normalise_line(line))
    if not mt:
        return None
    for p in reversed([p.strip() for p in _SUFFIX_SPLIT.split(mt["parts"]) if p.strip()]):
        x = _site_name(p)
        if x and x.endswith(_BOARD_END) and len(x) > 2 and x not in _NOT_SITE:
            return x
    return None


# A government portal's footer names its sponsor, the government's office (主办:绥中县人民政府办公室): the portal
# is the government's own site.  (A union or paper named as sponsor is not read: a reposting site prints it too.)
_GOV_SPONSOR = lazyrx.compile(r"(?:主办|主辦)(?:单位|單位)?\s*[:：]?\s*(?P<x>\p{Han}{2,20}?(?:人民政府))(?:办公室|辦公室)")


def site_from_sponsor(line: str) -> str | None:
    """The government named as a portal's sponsor on a footer line (主办:X人民政府办公室 → X人民政府), else None."""
    if "主" not in line:
        return None
    mt = _GOV_SPONSOR.search(normalise_line(line))
    return _site_name(mt["x"]) if mt else None


# A name opening a header row: its first part before a tagline, a breadcrumb's arrow or a bar (化龙巷 - 常州第一
# 生活社区, 化龙巷 › 论坛 › …), or the whole row (a bureau's masthead: 绵阳市人力资源和社会保障局).
_HEAD_FIRST = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20})(?:\s*[-_|｜丨│–—·›>»]|\s|$)")
# A footer row opening with a name, maybe after the sponsor's or the holder's label (主办单位：X 承办：…, X ( 苏ICP备…号 )).
_FOOTER_LEAD = lazyrx.compile(r"^\s*(?:(?:主办|主辦)(?:单位|單位)?|版权所有|版權所有)?\s*:?\s*(?P<name>\p{Han}{2,20})(?:\s|[(（]|$)")
#: What marks a footer row: a licence number, a copyright or a sponsor's label (tested before the pattern).
_FOOTER_MARKS = ("ICP", "备", "備", "版权", "版權", "主办", "主辦", "©", "Copyright", "copyright")
_FOOTER_MARK_RX = recode.compile("|".join(map(re.escape, _FOOTER_MARKS)))  # (any of them: one search per row)


def _echoed_site(top: list[Removal], removed: list[Removal]) -> str | None:
    """The name a header row opens with when a footer row opens with it too, by a licence, a copyright or as the
    sponsor (a city BBS, 化龙巷 › 论坛 … over 化龙巷 ( 苏ICP备…号 ); a bureau's site, its name over 主办单位：its name):
    the site names itself at both ends of the page, whatever its name's ending. (A sponsor the header does not
    name is no site: a reposting portal prints its source's sponsor too.)"""
    heads: dict[str, Removal] = {}
    for r in top:
        mt = _HEAD_FIRST.match(normalise_line(r.text))
        name = _site_name(mt["name"]) if mt else None
        if name and name not in _NOT_SITE and name not in _HOME_VERBS and not name.startswith(_APP_PROMPTS):
            heads.setdefault(name, r)
    if not heads:
        return None
    for r in removed:
        if _FOOTER_MARK_RX.search(r.text) is None:
            continue
        mt = _FOOTER_LEAD.match(normalise_line(r.text))
        if mt and mt["name"] in heads and heads[mt["name"]] is not r:  # (another row than the one naming it)
            return mt["name"]
    return None


# A page's <title> row, the name and its tagline set off by a spaced dash or bar (化龙巷 - 常州人的网上家园), and a
# breadcrumb's head (化龙巷 › 巷子论坛 › 常州新闻 › …).
_TITLE_ROW = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9]{2,20}?)\s+[-–—|｜]\s+\p{Han}\S{1,30}\s*$")
_CRUMB_HEAD = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9]{2,20}?)\s*(?:[›»>]|&gt;)")


def _crumb_echo(top: list[Removal]) -> str | None:
    """The name a page's title row opens with (X - tagline) when its breadcrumb opens with it too (X › board › …):
    the site names itself twice over the post, whatever its name's ending (a city BBS, 化龙巷); None otherwise."""
    titles = {mt["name"] for r in top if "-" in r.text or "|" in r.text or "—" in r.text or "｜" in r.text
              if (mt := _TITLE_ROW.match(normalise_line(r.text)))}
    if not titles:
        return None
    return _first(_site_name(mt["name"]) for r in top
                  if (mt := _CRUMB_HEAD.match(normalise_line(r.text))) and mt["name"] in titles)


# A forum's link row at the foot of the page, its name closing the row (Discuz!: Archiver|手机版|小黑屋|某某论坛), maybe
# before its licence number, in brackets or not (…|小黑屋|某某社区 ( 浙ICP备…号-1 ), …|小黑屋|某某论坛 陕ICP备…号).
_LINK_ROW_TAIL = lazyrx.compile(r"[|｜]\s*(?P<name>[\p{Han}A-Za-z0-9]{2,20}?)\s*"
                                r"(?:[(（]\s*\p{Han}?ICP[^()（）]{0,30}[)）]|\p{Han}ICP\S{0,30})?\s*$")


def _forum_name_echo(header: list[Removal], top: list[Removal], removed: list[Removal]) -> str | None:
    """The name heading a thread's breadcrumb (某某论坛 » 论坛 › 版块 › subject) when the page's logo row is that
    name alone or its footer's link row ends with it (…|小黑屋|某某论坛): a forum names itself over and under the
    thread, whatever its name's ending (论坛 alone is refused as a portal's channel); a Q&A site's breadcrumb may
    use a plain > (某某知道 > 社会民生 > …); None otherwise."""
    crumbs = {_site_name(mt["name"]) for r in header if "»" in r.text or "›" in r.text or ">" in r.text
              if (mt := _CRUMB_HEAD.match(normalise_line(r.text)))} - {None}
    crumbs -= _NOT_SITE
    if not crumbs:
        return None
    for r in top:
        if (t := normalise_line(r.text).strip()) in crumbs:
            return t
    return _first(mt["name"] for r in removed if "|" in r.text or "｜" in r.text
                  if (mt := _LINK_ROW_TAIL.search(normalise_line(r.text))) and mt["name"] in crumbs)


# A logo alone on a page's first row, maybe a Latin brand glued before it (360doc个人图书馆), right over a menu bar that
# opens with 首页 (首页 阅览室 馆友 我的图书馆).
_LOGO_ALONE = lazyrx.compile(r"^\s*(?P<name>[A-Za-z0-9]{0,12}\p{Han}{2,12})\s*$")
_HOME_MENU = lazyrx.compile(r"^\s*(?:首页|首頁)(?:\s+\S{2,8}){2,}\s*$")


def _logo_over_menu(top: list[Removal]) -> str | None:
    """The name on the page's first row when the next row is a menu bar opening with 首页: the site's logo over
    its menu, whatever its name's ending (a reprint library's 360doc个人图书馆); None otherwise."""
    if len(top) < 2 or top[0].line is None or top[1].line != top[0].line + 1:
        return None
    mt = _LOGO_ALONE.match(normalise_line(top[0].text))
    if not mt or not _HOME_MENU.match(normalise_line(top[1].text)):
        return None
    name = mt["name"]
    return None if name in _NOT_SITE or name.startswith(_APP_PROMPTS) else _site_name(name)


# An app's banner over a shared page: its prompt to open or download it by name (打开某某云APP 阅读体验更佳,
# 下载某某新闻客户端).
_APP_BANNER = lazyrx.compile(r"^\s*(?:打开|打開|下载|下載)\s*(?P<name>\p{Han}[\p{Han}A-Za-z0-9]{1,11}?)\s*"
                             r"(?:APP|App|app|客户端|客戶端)(?:\s|[,，!！:：]|$)")


def _banner_apps(rows: list[Removal]) -> set[str]:
    """The apps the banners among ``rows`` prompt to open or download (打开某某云APP → 某某云), as written."""
    return {mt["name"] for r in rows if "开" in r.text or "開" in r.text or "下" in r.text
            if (mt := _APP_BANNER.match(normalise_line(r.text)))}


def _app_site(top: list[Removal], footer: list[Removal]) -> str | None:
    """The app whose page this is: named by the banner's prompt (打开某某云APP, over the page or at its foot:
    打开某某融媒APP 查看更多精彩内容) and again alone on a header row (the app's title bar, maybe after its back link:
    返回 某某网), whatever its name's ending; None otherwise."""
    names = {_site_name(name) for name in _banner_apps(top + footer)} - {None}
    if not names:
        return None
    # (the title bar may run the name on into the app's slogan: 某某云 + 河北人的新闻客户端, two spans read as one row,
    # or set its back link before it: 返回 某某新闻网)
    for r in top:
        t = normalise_line(r.text).strip()
        if "返" in t or "回" in t:
            t = _NAV_GLUE.sub("", t).strip()
        if "开" in t or "開" in t or "下" in t:
            t = _APP_BUTTON.sub("", t)
        if t in names:
            return t
        if "的" in t:
            for n in names:
                if t.startswith(n) and _SLOGAN.match(t, len(n)):
                    return n
    return None


# The app's own button after its name in the title bar (某某新闻　打开APP): the prompt, not part of the name.
_APP_BUTTON = lazyrx.compile(r"\s*(?:打开|打開|下载|下載)\s*(?:APP|App|app|客户端|客戶端)\s*$")


# An app's slogan after its name in the title bar: a phrase about whose app it is (河北人的新闻客户端, 你身边的新闻).
_SLOGAN = lazyrx.compile(r"\p{Han}{1,10}的\p{Han}{0,6}(?:客户端|客戶端|APP|App|平台|新闻|新聞|资讯|資訊)$")


# An app's or aggregator's note under a post naming the outlet it comes from, with the platform's disclaimer
# (本文来自【某某融媒】，仅代表作者观点; 免责声明：本文来自某某日报客户端，不代表本平台观点).
_FROM_NOTE = lazyrx.compile(r"本文(?:来|來)自\s*[【\[]?(?P<x>\p{Han}[\p{Han}A-Za-z0-9·]{1,19}?)[】\]]?\s*[,，]\s*"
                            r"(?:仅|僅|只)?(?:代表|不代表)")
# (… but a platform's account holder, 本文来自某某号作者, or the web at large, 网络转载, names no outlet)
_NO_OUTLET = lazyrx.compile(r"作者$|^网络|^網絡|^互联网|^互聯網")


def _note_source(line: str) -> str | None:
    """The outlet a post's disclaimer says it comes from (本文来自【X】，仅代表作者观点 → X), else None."""
    mt = _FROM_NOTE.search(normalise_line(line))
    x = mt["x"] if mt else None
    return None if not x or _NO_OUTLET.search(x) else _site_name(x)


# --- assembly -------------------------------------------------------------------------

_SPACES = lazyrx.compile(r"\s+")
_HEADER_KINDS = {"page_header", "navigation", "forum_chrome", "title_suffix", "repeated_title"}
_BYLINE_KINDS = {"byline", "dateline", "credit", "editor_line"}
_FOOTER_KINDS = {"site_footer", "related_links", "comment_form", "social_links", "reply_form",
                 "rating_widget", "signature"}


# Pieces cut out of the middle of a line (pinyin readings, jammer strings): they split a
# header line into several removals of one kind, which are joined back before parsing.
_SPLITTERS = {"pinyin", "jammer", "markup", "title_salt"}


def _join(a: str, b: str) -> str:
    """Two parts of one line: glued between Han characters (發|布時間), else one space apart."""
    if a and b and _HAN.match(a[-1]) and _HAN.match(b[0]):
        return a + b
    return a.rstrip() + " " + b.lstrip()


def joined_removals(removed: list[Removal]) -> list[Removal]:
    """Removed pieces in page order, the parts of one line of one kind joined back into one piece.

    Pieces without a line keep their place at the end.
    """
    # splitters dropped before the (stable) sort: the same order, fewer items to sort; _page_order's order
    # as one C-keyed sort of the pieces with a line, then those without in their order
    kept = [r for r in removed if r.kind not in _SPLITTERS]
    ordered = sorted((r for r in kept if r.line is not None), key=_LINE)
    if len(ordered) < len(kept):
        ordered += [r for r in kept if r.line is None]
    groups: list[list[Removal]] = []
    for r in ordered:
        last = groups[-1][-1] if groups else None
        if last and r.line is not None and last.line == r.line and last.kind == r.kind:
            groups[-1].append(r)
        else:
            groups.append([r])
    return [g[0] if len(g) == 1 else Removal(g[0].kind, _join_all([r.text for r in g]), g[0].line) for g in groups]


def _join_all(texts: list[str]) -> str:
    """_join folded over the parts from the left, in time linear in their length: a whole article on one line
    can leave thousands of pieces of one kind on it, and joining each to the growing text was quadratic."""
    parts: list[str] = [texts[0]] if texts[0] else []  # (no empty parts: parts[-1][-1] is the text's last character)
    for b in texts[1:]:
        if parts and b and _HAN.match(parts[-1][-1]) and _HAN.match(b[0]):
            parts.append(b)
            continue
        while parts and not parts[-1].rstrip():  # the text's rstrip, part by part
            parts.pop()
        if parts:
            parts[-1] = parts[-1].rstrip()
        parts.append(" ")
        if b.lstrip():
            parts.append(b.lstrip())
    return "".join(parts)


_LINE = operator.attrgetter("line")


def _page_order(r: Removal) -> tuple[bool, int]:
    """Sort key: by line, pieces without a line last."""
    return (r.line is None, r.line or 0)


def removals_from_raw(article: Article) -> list[Removal]:
    """Header/footer pieces guessed from ``raw`` when the cleaner recorded none."""
    if not article.raw:
        return []
    squash = lambda s: _SPACES.sub("", s)  # noqa: E731 - tiny local helper
    kept = {squash(x) for x in [article.title or "", *article.body, *article.captions] if x.strip()}
    lines = article.raw.splitlines()
    idx = [i for i, ln in enumerate(lines) if squash(ln) in kept and squash(ln)]
    if not idx:
        return []
    body_start = next((i for i in idx if squash(lines[i]) != squash(article.title or "")), idx[0])
    out = []
    for i, ln in enumerate(lines):
        if not ln.strip() or i in idx:
            continue
        kind = "page_header" if i < body_start else "site_footer" if i > idx[-1] else "byline"
        out.append(Removal(kind, ln.strip(), i + 1))
    return out


def _merge(old: Meta, new: Meta) -> Meta:
    """``new`` with every value already present in ``old`` kept."""
    kept = {k: v for k, v in vars(old).items() if v is not None and v != ""}
    return replace(new, **kept) if kept else new  # ``new`` is the caller's own fresh Meta: no copy needed


#: The record's warning when the publish year was read from the footer's copyright (the stamp had none).
FOOTER_YEAR_WARNING = "published: the year-less date's year taken from the footer's copyright year"


def extract_meta(article: Article) -> Meta:
    """The page's metadata from its removed header, byline, credit, editor and footer pieces."""
    return meta_and_warnings(article)[0]


def meta_and_warnings(article: Article, joined: list[Removal] | None = None) -> tuple[Meta, list[str]]:
    """The page's metadata, and the warnings a reader should see about how a value was inferred.

    ``joined``: joined_removals(article.removed) when the caller has it already (extract shares it with the
    byline reader of find_people: one join per page, not two)."""
    warnings: list[str] = []
    removed = joined if joined is not None and article.removed else \
        joined_removals(article.removed or removals_from_raw(article))
    end = _article_end(removed)
    header = [r for r in removed if r.kind in _HEADER_KINDS and (r.line is None or r.line < end)]
    other = [r for r in removed if r.kind not in _FOOTER_KINDS and r.kind not in _HEADER_KINDS]
    footer = [r for r in removed if r.kind in _FOOTER_KINDS]
    m = Meta()

    # (a thread's first post header, 某某 发表于 2024-12-3 10:26 | 只看该作者, may be filed with the poster's profile:
    # its 发表于 is read in page order with the header, so a reply floor's bare date under the post never wins)
    posts = [r for r in removed if r.kind == "user_profile" and (r.line is None or r.line < end) and _POST_HEAD.search(r.text)]
    dated = sorted(header + posts, key=_page_order) if posts else header
    replies = _reply_stamps(dated)  # (a thread's floors: the first post's stamp is the page's time, no reply's)
    replies |= _later_answer_stamps(dated)  # (a Q&A page's answers: the first one shown is the page's)
    m.published = find_published([normalise_line(r.text) for r in dated if r.kind != "title_suffix" and id(r) not in replies],
                                 bare=[normalise_line(r.text) for r in header
                                       if r.kind not in ("title_suffix", "navigation") and id(r) not in replies
                                       # a self-media date badge (2024-03-07 16:45 · 湖北 · account) may be
                                       # filed as navigation for its · separators: it is still the date line
                                       or _DATE_BADGE.match(r.text)])

    fields: dict[str, str] = {}
    for r in header + [r for r in other if r.kind in ("page_header", "editor_line")]:
        for f, v in labelled_fields(r.text, header_row=True):
            fields.setdefault(f, v)
    for f, v in _stacked_fields(header):  # a flattened info box: each label over its value (来源 / 湖南工人报)
        fields.setdefault(f, v)
    m.source = single_value(fields["source"]) if "source" in fields else None
    # (the card may be filed with any kind of chrome, the share bar's included: its wording says what it is)
    card = _first(_repost_card(r.text) for r in removed if "来源于" in r.text or "來源於" in r.text)
    m.author = author_names(fields["author"]) if "author" in fields else None
    if card:  # a WeChat repost card names the account the article comes from, and its author (a person or a body)
        m.source = m.source or card[0]
        m.author = m.author or card[1]
    # a thread's 楼主:X header names the first post's author; 作者:Y headers after it are replies' floors
    m.author = _first(_thread_starter(r.text) for r in header if r.kind in ("forum_chrome", "page_header")) or m.author
    m.reporter = name_list(fields["reporter"]) if "reporter" in fields else None
    if m.reporter is None and m.author is None and "author" in fields:
        m.reporter = _outlet_reporter(fields["author"])
    m.editor = name_list(fields["editor"]) if "editor" in fields else None
    m.views = parse_views(fields["views"]) if "views" in fields else None
    if m.views is None:  # a WeChat page's count under the article: a line of its own (阅读 3265), filed with the share bar
        m.views = _first(parse_views(mt[1] or mt[2]) for r in removed
                         if _VIEW_HINT.search(r.text) and (mt := _LONE_VIEWS.match(normalise_line(r.text))))
    if m.views is None:  # a blog's bar of counts in parentheses under the post (阅读(128)┊ 评论 (2)┊ 收藏(0))
        m.views = _first(_blog_bar_views(r.text) for r in removed
                         if ("(" in r.text or "（" in r.text) and ("阅" in r.text or "閱" in r.text))
    if m.views is None:  # a portal's counter as a phrase in the header row (已有528人浏览)
        m.views = _first(_views_phrase(r.text) for r in header + other
                         if r.kind in ("page_header", "navigation", "byline", "dateline"))
    if m.views is None:  # a personal library's row under the headline (清风徐来z 阅 325 转 6): 阅 alone as the label
        m.views = _first(_library_views(r.text) for r in header if "阅" in r.text or "閱" in r.text)
    if m.views is None:  # a counter under the editor line (阅读量 8362), or a thread's counter (查看: 2381 | 回复: 4)
        m.views = _late_views(removed, end)
    if m.source is None:  # a reprint's note of where it was taken from, filed as a credit line
        m.source = _first(_repost_source(r.text) for r in other if r.kind == "credit" and ("转" in r.text or "轉" in r.text))
    if m.source is None:  # an app's or aggregator's note naming where the post comes from (本文来自【某某融媒】，仅代表作者观点)
        m.source = _first(_note_source(r.text) for r in removed if "本文来" in r.text or "本文來" in r.text)
    if m.source is None:  # a portal's info row ending in 来自: X (Discuz! portal articles)
        m.source = _first(_info_row_from(r.text) for r in header if r.kind == "page_header" and "自" in r.text)
    if m.source is None:  # an e-paper article's citation line: 《工人日报》（2024年08月05日 03版）
        m.source = _first(mt["paper"] for r in header + other
                          if "版" in r.text and (mt := _CITATION.match(r.text)))  # (both forms end in 版)
    if any(_STAFF_THEN_CORRESPONDENT.search(normalise_line(r.text)) for r in header + other
           if r.kind in ("page_header", "navigation", "forum_chrome") and ("通" in r.text)):
        # 作者：记者 X 通讯员 Y in a header row: no author (see parse_byline)
        if m.author == m.reporter:
            m.author = None
    elif "correspondent" in fields and (m.author is None or m.author == m.reporter):
        m.author = name_list(fields["correspondent"]) or m.author
    if m.published is None and "published" in fields:
        m.published = parse_datetime(fields["published"])
    shown = m.published  # the page's own stamp over the article (not a footer's year, not a note's)
    if m.published is None:  # a Tieba thread stamps its first post below it: 来自Android客户端1楼2024-05-20 14:33
        m.published = _first(parse_datetime(mt[1]) for r in removed
                             if r.kind == "forum_chrome" and "1" in r.text and (mt := _FIRST_FLOOR.search(r.text)))
    if m.published is None:  # a note's stamp under its text (编辑于 2024-09-14 内蒙古, 2024-05-16 江苏), filed with
        # the tail or left in the body
        m.published = _first(stamp_date(normalise_line(t)) for t in [r.text for r in removed] + article.body[-2:])
    if m.published is None:  # a blog's headline row stamped in brackets, filed with the header's chrome
        m.published = _first(headline_stamp(normalise_line(r.text)) for r in header)
    if m.published is None:  # a platform post's stamp with a two-digit year (24-11-6 10:30 来自 微博网页版), over the
        # post, or taken for the headline of a post that has none
        m.published = _first(short_year_stamp(normalise_line(t)) for t in [r.text for r in header + other] + [article.title or ""])

    if m.published is None:  # a stamp with no year (12月03日 09:15) under a footer's single © year (see year_from_footer)
        m.published = year_from_footer(_stamp_rows(header), [normalise_line(r.text) for r in footer], article.body)
        if m.published is not None:
            warnings.append(FOOTER_YEAR_WARNING)

    for f, v in _tail_fields(article.body):
        if f in ("editor", "author", "reporter") and getattr(m, f) is None:
            setattr(m, f, name_list(v))
        elif f == "source" and m.source is None:
            m.source = single_value(v)
    if m.editor is None:  # a county media app's row signs its only editor as 编审 (记者：X 通讯员：Y | 编审：Z)
        m.editor = _first(_review_editor(r.text) for r in header + other if r.kind in ("page_header", "editor_line"))

    # Bylines and datelines first: a photo credit's 记者 (新华社记者 张涛 摄) is the reporter only when no byline names one.
    for r in sorted((r for r in removed if r.kind in _BYLINE_KINDS and r.kind != "editor_line"),
                    key=lambda r: r.kind == "credit" or bool(_PHOTO_CREDIT.search(normalise_line(r.text)))):
        for f, v in parse_byline(r.text).items():
            if getattr(m, f) is None:
                setattr(m, f, v)
    if m.reporter is None and article.body:  # a byline the cleaner left as the first paragraph
        m.reporter = _opening_byline(article.body[0])
    top = [r for r in header if r.kind != "title_suffix"][:_LOGO_TOP]
    named = _header_names(top)
    for f, v in named.items():
        if f != "site" and getattr(m, f) is None:
            setattr(m, f, v)
    bar = _first(_info_bar(r.text) or None for r in top if r.kind == "page_header")
    for f, v in (bar or {}).items():  # an app's info bar read part by part (outlet | 记者:X | date)
        if getattr(m, f) is None:
            setattr(m, f, v)
    if m.source is None:  # a portal's unlabelled row under the headline: date, organ, name, count
        for f, v in (_first(_bare_info_row(r.text) for r in header if r.kind == "page_header") or {}).items():
            if getattr(m, f) is None:
                setattr(m, f, v)
    if m.author is None:  # a header row crediting its writer with the text and photos (文/图 X 2024.09.20 点击数：278),
        # or one part of it between bars (2024.06.18 ｜ 来源：X ｜ 文/图：Y ｜ 浏览量：386)
        m.author = _first(parse_byline(r.text).get("author") for r in header
                          if r.kind == "page_header" and _credit_row(normalise_line(r.text)))
    over_date = _name_over_date(header) if m.author is None or m.source is None else {}
    if over_date:
        for f, v in over_date.items():
            if getattr(m, f) is None and v != m.source:
                setattr(m, f, v)
    if m.author is None and "poster" in fields:
        m.author = name_list(fields["poster"]) or _poster_unit(fields["poster"])
    if m.author is None:
        m.author = _forum_poster(removed)
    if m.author is None:  # a Q&A answer's card: the answerer's name, a bio, then the vote count (112 人赞同了该回答)
        m.author = _first(_answerer(header[:k], r) for k, r in enumerate(header) if "赞同了该" in r.text)
    if m.author is None:  # a blog's own name over the post (郑建民的博客): its owner writes the posts
        m.author = _first(_blog_owner(normalise_line(r.text)) for r in top if "的博客" in r.text)

    # (a shown title line's suffix; an HTML <title>'s, filed with no line, is the HTML reader's to weigh: it
    # takes the name only where the header's logo or brand confirms it, as the HTML golds do)
    m.site = _first(site_from_suffix(r.text) for r in removed if r.kind == "title_suffix" and r.line is not None)
    # The browser-title row (headline + " - 贵州 - 中工网") may be filed as navigation or a repeated title.
    m.site = m.site or _first(site_from_suffix(_after_title(r.text, article.title)) for r in top)
    m.site = m.site or _first(site_from_header(r.text) for r in header)
    if m.site is None or m.source is None:  # logo rows: read only when a field is still open
        logos = _edition_under_logo(top, [site_from_logo(r.text) for r in top])
        if any(name for name, _ in logos):  # (a channel's label over the headline, 党建工会, is an item of the menu bar)
            channels = _menu_items(top)
            logos = [(None if name in channels else name, epaper) for name, epaper in logos]
        logo = _first(name for name, _ in logos)
        if logo is not None and logo == m.source and over_date.get("source") == logo:
            logo = None  # the paper named over the date (an app's account line) is the source, not the site
        elif logo is not None and m.source and m.source.startswith(logo) and _name_row_over_date(header, logo):
            logo = None  # … and so it is when the source is read as the paper's app (本文来自包头日报客户端)
        if logo is not None and "的" in logo and (app := _app_site(top, footer)) is not None and logo.startswith(app):
            logo = app  # the app's name run on into its slogan (某某云河北人的新闻客户端): the name its banner prompts for
        m.site = m.site or named.get("site") or logo
        if m.source is None and any(epaper for _, epaper in logos):
            m.source = logo  # an e-paper (工人日报 电子版) publishes its own articles
    m.site = m.site or _media_brand(top, footer)
    # (an app's page: the app its banner prompts for, named again on its title bar, over the footer's copyright holder)
    m.site = m.site or _app_site(top, footer)
    holder = None if m.site else _first(site_from_footer(r.text) for r in footer + other)
    # (a newspaper company holding the copyright, 工人日报社版权所有, publishes the site: it is not the site's name)
    m.site = m.site or _short_site(top, holder) or (holder if holder and not holder.endswith("社") else None)
    m.site = m.site or _first(site_from_sponsor(r.text) for r in footer)
    m.site = m.site or _echoed_site(top, removed)
    m.site = m.site or _app_site(top, footer)
    m.site = m.site or _crumb_echo(top) or _logo_over_menu(top)
    m.site = m.site or _forum_name_echo(header, top, removed)
    # (a forum's footer row: the board's name before its software's credit, filed with the forum's chrome)
    m.site = m.site or _first(site_from_engine_credit(r.text) for r in removed if "owered" in r.text)
    # (… or the board's <title> row over the page: 某某论坛 - 某地生活 - Powered by Discuz!)
    m.site = m.site or _first(site_from_engine_title(r.text) for r in top if "owered" in r.text)
    # (a labelled article address, 本文地址：http://…/content_N.htm, outranks a bare site root on the logo row; the
    # label names this page wherever it stands: portals print 本文链接：… under the text, among the footer's rows)
    m.url = (_first(_labelled_url(r.text) for r in header + other if _url_label_hint(r.text))
             or _first(_labelled_url(r.text) for r in removed if _url_label_hint(r.text))
             or _first(_url(r.text) for r in header if r.kind != "title_suffix" and not _masthead_domain(r.text)))
    m.url = m.url or _first(_cached_url(t) for t in [r.text for r in removed] + article.body[:_CACHE_TOP] if _cache_hint(t))
    feed = _feed_item(_page_texts(removed, article), article.title) if _feed_page(removed, article.body) else None
    if feed is not None:  # an RSS dump: its item's labelled fields are the page's (the channel's address never is)
        m = replace(m, url=None) if m.url is not None and m.url == feed.get("channel_url") else m
        m = replace(m, **{k: v for k, v in feed.items() if k != "channel_url"})
    if m.published is None and article.meta.published is None:  # a year-less stamp filed under its day in the URL
        m.published = year_from_url(_stamp_rows(header), m.url or article.meta.url)
    if m.published is None and article.meta.published is None:  # a notice with no stamp but its signature's date
        m.published = _signature_date(article.body)
    return _shown_date(_merge(article.meta, m), shown), warnings


#: The body lines a search engine's cache banner may stand in when the cleaner kept it.
_CACHE_TOP = 4
# A search engine's cache banner naming the page it copied (百度快照: 百度和网页 http://… 的作者无关; Google: 这是 Google
# 对 http://… 的缓存 / This is Google's cache of http://…): the original page's address, the gold's url.
_CACHE_BANNER = lazyrx.compile(r"(?:和网页|和網頁|(?:对|對)|cache\s+of)\s*(?P<url>https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+?)"
                               r"\s*(?:的作者|的缓存|的快取|的頁庫存檔|[.。]?\s|$)")


def _cache_hint(text: str) -> bool:
    """A line that may be a cache banner (a cheap test before _CACHE_BANNER)."""
    return "http" in text and ("快照" in text or "缓存" in text or "快取" in text or "cache" in text)


def _cached_url(text: str) -> str | None:
    """The original page's URL a search engine's cache banner names, else None."""
    mt = _CACHE_BANNER.search(text)
    return mt["url"] if mt else None


# An RSS dump's labelled fields (a feed saved as text: the channel's header, then each item's 标题/链接/发布/作者 …,
# or the element names title/link/pubDate/author), each value running to the next label; an item's marker (条目 2/3).
_FEED_LABELS = ("频道链接", "頻道鏈接", "频道", "頻道", "描述", "最后更新", "最後更新", "标题", "標題", "链接", "鏈接",
                "发布时间", "發布時間", "发布", "發布", "作者", "分类", "分類", "正文", "pubDate", "link", "author",
                "title", "category", "description", "lastBuildDate")
_FEED_FIELD = lazyrx.compile(r"(?P<mark>(?:条目|條目|item)\s*\d+\s*/\s*\d+)|(?P<label>" + "|".join(_FEED_LABELS)
                             + r")\s*[:：]\s*(?P<value>.*?)\s*(?=(?:" + "|".join(_FEED_LABELS)
                             + r")\s*[:：]|(?:条目|條目|item)\s*\d+\s*/|-{5,}|\n|$)")
_FEED_FIELD_OF = {"频道链接": "channel_url", "頻道鏈接": "channel_url", "频道": "channel", "頻道": "channel",
                  "标题": "title", "標題": "title", "title": "title", "链接": "url", "鏈接": "url", "link": "url",
                  "发布时间": "published", "發布時間": "published", "发布": "published", "發布": "published", "pubDate": "published", "作者": "author", "author": "author"}
#: The item fields a new item starts again with.
_ITEM_FIELDS = ("title", "url", "published", "author")


def _feed_hint(text: str) -> bool:
    """A text that may open an RSS dump: the format named (RSS 2.0, <rss …>), or the channel's labelled title
    opening it (频道：…, a menu's 新闻频道 is no label) — a cheap test before _feed_item reads the page."""
    return "RSS" in text or "<rss" in text or text.lstrip().startswith(("频道:", "频道：", "頻道:", "頻道："))


def _feed_page(removed: list[Removal], body: list[str]) -> bool:
    """The page may be an RSS dump: its opening pieces, removed or kept, name the format or the channel."""
    return any(_feed_hint(r.text) for r in removed[:_FEED_TOP]) or any(_feed_hint(t) for t in body[:2])


#: The removed pieces a feed dump's header stands among.
_FEED_TOP = 8


def _page_texts(removed: list[Removal], article: Article) -> list[str]:
    """The removed pieces' texts in page order with the title on its line (joined to the rest of that line filed as
    its suffix), then the body: the page as far as the record can give it back."""
    out, title = [], article.title or ""
    for r in removed:
        if title and r.kind == "title_suffix" and r.line is not None:
            out.append(title + r.text)
            title = ""
        else:
            out.append(r.text)
    return out + ([title] if title else []) + article.body


def _feed_item(texts: list[str], title: str | None) -> dict[str, str] | None:
    """{url, published, author, site, channel_url} of an RSS dump's item (the one titled ``title``, else the
    first), read from its labelled lines wherever the cleaner filed them; None on any other page."""
    channel: dict[str, str] = {}
    items: list[dict[str, str]] = []
    marked = False
    for mt in _FEED_FIELD.finditer("\n".join(texts)):
        field = _FEED_FIELD_OF.get(mt["label"] or "")
        marked = marked or bool(mt["mark"])
        if mt["mark"] or field in _ITEM_FIELDS and (not items or field in items[-1]):
            items.append({})
        if field in ("channel", "channel_url") and not items:
            channel.setdefault(field, mt["value"])
        elif field in _ITEM_FIELDS and items and mt["value"]:
            items[-1][field] = mt["value"]
    items = [it for it in items if "url" in it or "published" in it]
    if not items or not marked and (len(items) < 2 or not any(is_rfc822(it.get("published", "")) for it in items)):
        return None  # (a feed lists its items numbered, or several stamped as feeds stamp them: RFC 822)
    item = next((it for it in items if title and it.get("title", "").strip() == title.strip()), items[0])
    out = {"url": _url(item.get("url", "")), "published": rfc822_date(item.get("published", "")),
           "author": name_list(item.get("author", "")),
           "site": _site_name(_SUFFIX_SPLIT.split(channel["channel"].strip())[0]) if channel.get("channel") else None,
           "channel_url": _url(channel.get("channel_url", ""))}
    return {k: v for k, v in out.items() if v}


def _url_label_hint(text: str) -> bool:
    """A row that may hold a labelled page address (a cheap test before _URL_LABEL)."""
    return "链接" in text or "鏈接" in text or "网址" in text or "網址" in text or "地址" in text


# A label alone on its removed line, maybe with its colon (来源, 责任编辑：): a flattened box's, its value on the next line.
_LONE_LABEL = lazyrx.compile(rf"^\s*(?P<label>{_ALT_GLUED})\s*[:：]?\s*$")
#: The longest lone label line looked at (a cheap test before the pattern).
_LONE_LABEL_MAX = 8


def _stacked_fields(rows: list[Removal]) -> list[tuple[str, str]]:
    """(field, value) pairs of a flattened info box: a bare label's removed line, then its value's on the next
    filled line, filed with the same kind (发布时间 / 2024年4月27日 09:30 / 来源 / 湖南工人报 / 浏览量 / 4,826)."""
    out = []
    for a, b in zip(rows, rows[1:]):
        if len(a.text) > _LONE_LABEL_MAX or a.line is None or b.line is None or not 0 < b.line - a.line <= 2 \
                or a.kind != b.kind:  # (the cleaner files a box's lines alike: a menu under a label is no value)
            continue
        mt = _LONE_LABEL.match(normalise_line(a.text))
        field = _LABEL_FIELD.get(mt["label"]) if mt else None
        value = normalise_line(b.text).strip(_TRIM)
        if field and value and not _LONE_LABEL.match(value) and not labelled_fields(value):
            out.append((field, value))
    return out


def _stamp_rows(header: list[Removal]) -> list[str]:
    """The header rows a year-less stamp may stand on (year_from_footer, year_from_url), normalised: not the
    title's site suffix, not a menu."""
    return [normalise_line(r.text) for r in header if r.kind not in ("title_suffix", "navigation")]


def _shown_date(meta: Meta, shown: str | None) -> Meta:
    """``meta`` with the page's visible stamp as the publish time when the markup's (og, JSON-LD, <meta>) names
    another moment: portals stamp the markup when a piece is pushed or re-indexed (the next morning's 08:00),
    and the HTML golds all take the date the page shows (tests/data/html: 10 of 10 where the two disagree)."""
    if shown is None or meta.published is None or meta.published == shown:
        return meta
    n = min(len(meta.published), len(shown), 19)  # (to the coarser precision of the two; a zone is no disagreement)
    return meta if meta.published[:n] == shown[:n] else replace(meta, published=shown)


# A menu bar: short items set off by spaces or bars (首页 关于我们 产品中心 党建工会 新闻中心 联系我们).
_MENU_SPLIT = lazyrx.compile(r"\s*[|｜丨·•]\s*|\s+")
_MENU_ITEM = lazyrx.compile(r"^\p{Han}{2,8}$")


def _menu_items(top: list[Removal]) -> set[str]:
    """The items after the first of every menu bar among the top rows: channel names, which a page repeats as
    the column's label over its headline (an enterprise site's 党建工会) and which name no site."""
    out: set[str] = set()
    for r in top:
        items = [x for x in _MENU_SPLIT.split(normalise_line(r.text).strip()) if x]
        if len(items) >= 3 and all(_MENU_ITEM.match(x) for x in items):
            out.update(items[1:])
    return out


_LOGO_TOP = 4  # the logo, nav bar and byline rows a page opens with

# A reporter named in the header, outlet first (澎湃新闻记者 钱思雨, 本报记者 刘畅): the whole line is the byline.
# (a paper and its news app may both be named, hyphened: 成都商报-红星新闻记者 李思远)
_HEAD_REPORTER = lazyrx.compile(r"^\s*(?:\p{Han}{2,8}\s*[-－–—]\s*)?\p{Han}{0,8}?(?:记者|記者)\s*[:：]?\s*(?P<names>\p{Han}{2,4}(?:[\s、，,]+\p{Han}{2,4}){0,3})\s*$")
_OPENING_BYLINE_MAX = 30


def _opening_byline(para: str) -> str | None:
    """The reporters of a first paragraph that is only a byline (成都商报-红星新闻记者 李思远), else None."""
    if len(para) > _OPENING_BYLINE_MAX or ("记者" not in para and "記者" not in para):
        return None
    mt = _HEAD_REPORTER.match(normalise_line(para))
    return _clean_reporters(mt["names"]) if mt else None


# A WeChat article's top line: 原创 [author] account date (原创 张晓红 江城工会 2024-07-15 20:30 发表于湖北).
_WECHAT = lazyrx.compile(r"^\s*(?:原创|原創)\s+(?:(?P<author>[^\s\d]{2,12})\s+)?(?P<account>[^\s\d]{2,20})\s+(?:19|20)\d\d")
# A WeChat article without 原创: the account's name shown twice, then the date (广东工会 广东工会 2024年10月12日 07:30).
_WECHAT_REPOST = lazyrx.compile(r"^\s*(?P<author>)(?P<account>[^\s\d]{2,20})\s+(?P=account)\s+(?:19|20)\d\d[-/.年]")
# A WeChat article's top line since 2022: account, date, time and the poster's province (泰州工会 2024年09月03日
# 18:30 江苏, or …21:05 发表于海南; 转载 before it on a reposted article); the account is the site (the 来源 of a
# repost card, when any, is the source).
_WECHAT_REGION = lazyrx.compile(
    r"^\s*(?:(?:转载|轉載)\s+)?(?P<author>)(?P<account>[^\s\d]{2,20})\s+(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d\d\s+"
    r"(?:发表于|發表於)?\s*" + PROVINCES + r"\s*$")
# An outlet in two dotted parts, the client and the paper (上游新闻·重庆晨报, 大众网·海报新闻).
_DOTTED_OUTLET = lazyrx.compile(r"^\p{Han}{2,10}[·・]\p{Han}{2,10}$")
# An app or news-client copy: the outlet, then the date (江城晚报 2024-01-08 06:50).
# (an app's meta row may run the name into the date: 安吉县融媒体中心2024-06-21 16:02 阅读 1.2万)
# (so run together only when the name ends as a publisher's does: not a badge such as 原创2024-01-12;
# or barred from the date: 湖南工人报 | 2024-04-29 08:05)
_OUTLET_DATE = lazyrx.compile(r"^\s*(?P<outlet>\p{Han}[\p{Han}A-Za-z]{1,15})(?:\s*[|｜丨]\s*|\s+|(?<=中心|报|報|网|網|台|社|新闻|新聞|客户端|客戶端))"
                             r"(?:19|20)\d\d[-/.年]")
# A self-media account: its name on a line of its own, then "date · badge" (2024-05-01 09:12 · 优质…创作者).
_ACCOUNT = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9_]{2,16})\s*$")
# A portal copy's date line ending in the outlet it reprints (2024年07月19日 09:46 潍坊日报): a paper, a news
# site or a client, unlabelled, as the line's only other word.
_DATE_OUTLET = lazyrx.compile(r"^\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s+"
                             r"(?P<outlet>\p{Han}{2,12}(?:报|報|网|網|新闻|新聞|客户端|客戶端))\s*$")
# (a news client's creator page writes "date time发布于<province><account>": 2024-03-29 11:06发布于山西河东职工官方账号)
_DATE_BADGE = lazyrx.compile(r"^\s*(?:19|20)\d\d[-/.年](?:[^·]{0,20}·|\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d\d\s*"
                            r"(?:发布于|發布於|发表于|發表於))")


# A WeChat repost card over the article: 以下文章来源于美兰工会 ，作者美兰区总工会.
_REPOST_CARD = lazyrx.compile(r"^\s*以下文章(?:来源于|來源於)\s*(?P<source>[^\s，,]{2,20})\s*"
                             r"(?:[，,]\s*(?:作者)\s*(?P<author>[^\s，,]{2,20}))?\s*$")


# A Discuz! portal article's info row ends with where the article comes from (2024-4-29 16:05| 发布者: X|
# 查看: 1025| 评论: 0|来自: 宣威市总工会). Forums print 来自 for other things: a poster's home town in the
# profile (来自: 广东深圳), a device (来自手机, 来自Android客户端), a Douban poster (来自: name date): so it is
# the source only as the last field of a row that holds the date and another labelled field, and only when
# an organisation's or a medium's name follows.
_FROM_TAIL = lazyrx.compile(r"(?:[|｜丨]|\s)\s*(?:来自|來自)\s*:\s*(?P<x>\p{Han}[\p{Han}A-Za-z0-9]{1,24})\s*$")
_ORG_END = lazyrx.compile(r"(?:工会|工會|委员会|委員會|协会|協會|联合会|聯合會|报|報|网|網|台|社|局|厅|廳|办|辦|中心|部|处|處|"
                          r"公司|集团|集團|院|校|站|所|杂志|雜誌|新闻|新聞)$")


def _info_row_from(text: str) -> str | None:
    """The organisation a portal's info row names in its last field, 来自: X (see _FROM_TAIL), else None."""
    t = normalise_line(text)
    mt = _FROM_TAIL.search(t) if "来自" in t or "來自" in t else None
    if not mt or not _ORG_END.search(mt["x"]):
        return None
    head = t[:mt.start()]
    return mt["x"] if parse_datetime(head) and labelled_fields(head) else None


# A forum thread's counter row (Discuz!: 查看: 2381 | 回复: 4), which a forum pass may file with the poster's
# profile: both counts labelled, nothing else on the row but the thread's own buttons, which PHPWind prints glued
# after the counts (阅读：1245 | 回复：2发帖 回复).
_THREAD_COUNTER = lazyrx.compile(r"^\s*(?:查看|查看数|查看數|阅读|閱讀|浏览|瀏覽)\s*:\s*(\d[\d,]*)\s*(?:[|｜丨/]\s*)?"
                                r"(?:回复|回復|回覆|回帖|评论|評論)\s*:\s*\d[\d,]*"
                                r"(?:\s*(?:发帖|發帖|发新帖|發新帖|回复|回復|回覆|发表回复|發表回覆))*\s*$")


# The 编审 (editing and review) label and its name: beside 责任编辑 it is the review chain's, no one's editor; alone
# on a row of credits it is the only editor the page names.
_REVIEW_EDITOR = lazyrx.compile(r"(?:^|[\s|｜丨])(?:编审|編審)\s*[:：|｜]\s*([^\s|｜丨:：,，;；]{2,12})")


def _review_editor(text: str) -> str | None:
    """The name after a 编审: label on a credits row, for a page that names no other editor."""
    t = normalise_line(text)
    mt = _REVIEW_EDITOR.search(t) if "审" in t or "審" in t else None
    return name_list(mt[1]) if mt else None


def _late_views(removed: list[Removal], end: float) -> int | None:
    """Views from a counter after the article's end (阅读量 8362 under 责任编辑: the tail's header kind, read
    for views only, never for a footer's source) or from a thread's counter row filed with forum chrome."""
    for r in removed:
        if r.kind == "page_header" and r.line is not None and r.line >= end:
            n = _first(parse_views(v) for f, v in labelled_fields(r.text) if f == "views")
            if n is not None:
                return n
        elif r.kind in ("user_profile", "forum_chrome") and "回" in r.text and ":" in (t := normalise_line(r.text)):
            mt = _THREAD_COUNTER.match(t)
            if mt:
                return parse_views(mt[1])
    return None


# A personal library's (360doc-like) counters after the reposter's name: 阅 N, then 转 N (times reposted) or 转藏 N,
# side by side or barred (阅 325　转 6, | 阅 56 | 转藏 3). 阅 is a label only there: alone it opens words (阅读, 阅览室).
_LIBRARY_VIEWS = lazyrx.compile(r"(?<!\p{Han})(?:阅|閱)\s*(\d[\d,]*)(?=\s*(?:[|｜丨]\s*)?(?:转藏|轉藏|转|轉)\s*\d)")


def _library_views(text: str) -> int | None:
    """The 阅 count of a personal library's row (阅 325 转 6), else None."""
    mt = _LIBRARY_VIEWS.search(normalise_line(text))
    return parse_views(mt[1]) if mt else None


def _views_phrase(text: str) -> int | None:
    """A view count written as a phrase (已有528人浏览, 1024人已读), not one about the whole site's visitors."""
    t = normalise_line(text)
    mt = _VIEWS_PHRASE.search(t) if "人" in t or "次" in t or "位" in t else None
    if not mt or _SITE_WIDE.search(t[:mt.start()]):
        return None
    return parse_views(mt[1] or mt[2])


# A reprint's one-line note of where it was taken from (filed as a credit by the cleaner): the account or paper after
# 转载自/转自, its name in quotes ("本文转载自“某某日报”微信公众号,原标题《…》") or, unquoted, as the page writes it with
# its kind (转自某某工会公众号,侵删).
_REPOST_KIND = r"微信公众号|微信公眾號|公众号|公眾號|客户端|客戶端|网站|網站|官网|官網|微博|头条号|頭條號"
_REPOST_FROM = lazyrx.compile(r"(?:转载自|轉載自|转自|轉自|转载于|轉載於|转发自|轉發自|转帖自|轉帖自)\s*[:：]?\s*"
                              rf"(?:“(?P<quoted>[^“”]{{2,20}})”(?:{_REPOST_KIND})?|(?P<plain>[^\s,，。;；()（）\[\]【】“”《》的了]{{2,20}}?(?:{_REPOST_KIND})?))"
                              r"(?=\s*(?:[,，;；。.)）\]】]|$))")


def _outlet_reporter(value: str) -> str | None:
    """The reporter an author label names with its outlet and role (作者:某某日报全媒体记者 X → X), else None."""
    if "记者" not in value and "記者" not in value:
        return None
    return parse_byline(value).get("reporter")


def _repost_source(text: str) -> str | None:
    """The source a reprint's note names (转载自“X”… → X; 转自X公众号,侵删 → X公众号), or None."""
    mt = _REPOST_FROM.search(normalise_line(text))
    return (mt["quoted"] or mt["plain"]).strip() if mt else None


def _repost_card(text: str) -> tuple[str, str | None] | None:
    """(source account, author or None) of a WeChat repost card line, else None."""
    mt = _REPOST_CARD.match(normalise_line(text))
    return (mt["source"], mt["author"]) if mt else None


# A blog's bar of counts under a post (新浪博客-style: 阅读(128)┊ 评论 (2)┊ 收藏(0) ┊转载(1)): each count in
# parentheses after its label; the reading count is a view count only where the comment count follows it so.
_BLOG_BAR = lazyrx.compile(r"^\s*(?:阅读|閱讀)\s*[(（]\s*(\d[\d,]*)\s*[)）]\s*[┊|｜丨¦]?\s*(?:评论|評論)\s*[(（]\s*\d")


def _blog_bar_views(text: str) -> int | None:
    """The 阅读 count of a blog's bar of parenthesised counts (阅读(128)┊ 评论 (2)┊…), else None."""
    mt = _BLOG_BAR.match(normalise_line(text))
    return parse_views(mt[1]) if mt else None


# A view count alone on a line (阅读 3265, 閱讀 10万+): what WeChat prints under an article.
# The row may go on with the other counts (阅读 892 赞 24 在看 5), and a self-media app puts the number
# first (1206阅读, 3.2万次浏览). An app's share page may glue the next count on (阅读 3562点赞 48). WeChat's bottom bar opens with the 阅读原文 link and may print a button with no
# count (阅读原文 阅读 4,516 赞 36 分享 在看 12). A self-media portal puts the count alone in brackets (阅读 (2351)).
_LONE_VIEWS = lazyrx.compile(r"^\s*(?:(?:(?:阅读原文|閱讀原文)\s+)?(?:阅读|閱讀)\s*[:：]?\s*[(（]?\s*"
                             r"(\d[\d,.]*\s*(?:万|萬|千|[kKwW])?)\+?\s*[)）]?"
                             r"(?:\s*(?:赞|點贊|点赞|在看|好看|分享|转发|轉發|评论|評論|收藏)(?:\s*\d[\d,.]*(?:万|萬)?\+?)?)*"
                             r"|(\d[\d,.]*\s*(?:万|萬|千|[kKwW])?)\+?\s*(?:次|人)?(?:阅读|閱讀|浏览|瀏覽))\s*$")
#: A character every _LONE_VIEWS reading holds (阅读, 閱讀, 浏览, 瀏覽): a cheap first test on each removed piece.
_VIEW_HINT = recode.compile("[阅閱閲览覽]")
# A view count written as a phrase in the header row (已有528人浏览, 1024人已读, 共326人阅读过): a portal's
# counter. (A line about the whole site, 本站已有N人访问, counts the site's visitors: not read.)
_VIEWS_PHRASE = lazyrx.compile(r"(?<![\d.,])(?:(?:已有|已經有|已经有|共有|共)\s*)?(\d[\d,]*)\s*(?:人次|人|次|位)\s*"
                               r"(?:浏览|瀏覽|阅读|閱讀|访问|訪問|已读|已讀|看过|看過|查看)(?:过|過|了)?(?!\p{Han})"
                               # (a Q&A question's count, in the passive: 被浏览 4,217 次)
                               r"|(?<!\p{Han})(?:已被|被)(?:浏览|瀏覽|阅读|閱讀|查看)\s*(\d[\d,]*)\s*次")
_SITE_WIDE = lazyrx.compile(r"本站|本网|本網|网站|網站|全站|站点|站點|访客|訪客")
# An e-paper's citation of the article: the paper in book-title marks, then its date and page in brackets.
# (or the name inside the brackets, before the date: （大众日报 2024年03月12日 05版）)
_CITATION = lazyrx.compile(r"^\s*《(?P<paper>\p{Han}{2,12}(?:报|報))》\s*[(（]\s*(?:19|20)\d\d年[^)）]{0,20}版\s*[)）]\s*$"
                           r"|^\s*[(（]\s*《?(?P<paper>\p{Han}{2,12}(?:报|報))》?\s*(?:19|20)\d\d年[^)）]{0,20}版\s*[)）]\s*$")
# The first floor's stamp with its date (1楼 2024-05-20 14:33): when the thread was posted.
_FIRST_FLOOR = lazyrx.compile(r"(?<!\d)1\s*[楼樓]\s*((?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d)?)")
# A forum post header's reply count (回复 2, 回帖:15): news apps count comments (评论), not replies.
_REPLY_COUNT = lazyrx.compile(r"(?:回复|回復|回覆|回帖)\s*[:：]?\s*\d")
_COUNTS = ("views", "")  # labels an outlet-and-date row may also hold (阅读 1.2万, 分享)
# What stamps a date rather than names anyone (最后编辑于 2024-06-21 08:40, 发表于 …, 修改时间 …): no outlet.
_STAMP_VERB = lazyrx.compile(r"(?:编辑|編輯|发表|發表|发布|發布|發佈|修改|更新|提交|回复|回覆)(?:于|於|时间|時間|在)?$|[于於]$")


def _header_names(top: list[Removal]) -> dict[str, str]:
    """Author, reporter, source and site written in the page's first header rows (outside label:value fields)."""
    out: dict[str, str] = {}
    for i, r in enumerate(top):
        t = normalise_line(r.text)
        # each pattern needs a literal of its own (记者, 原创, a year 19xx/20xx, a short line): tested first
        year = "20" in t or "19" in t
        mt = _HEAD_REPORTER.match(t) if "记者" in t or "記者" in t else None
        if mt:
            out.setdefault("reporter", _clean_reporters(mt["names"]) or "")  # (cut before 通讯员 …)
        mt = ((_WECHAT.match(t) if "原创" in t or "原創" in t else None)
              or (_WECHAT_REPOST.match(t) if year else None)
              or (_WECHAT_REGION.match(t) if year else None))
        if mt:
            if mt["author"]:
                out.setdefault("author", mt["author"])
            # (a news client's row names its outlet dotted, the app and the paper it carries: 上游新闻·重庆晨报
            # 2024-08-08 14:05 重庆; no account's name: the source, the app's own logo names the site)
            out.setdefault("source" if _DOTTED_OUTLET.match(mt["account"]) else "site", mt["account"])
            continue
        mt = (_OUTLET_DATE.match(t) or _DATE_OUTLET.match(t)) if year else None
        if (mt and mt["outlet"] not in _LABEL_FIELD and not _STAMP_VERB.search(mt["outlet"])
                and all(f in _COUNTS for f, _ in labelled_fields(t))):
            # (a view count may follow the date: 阅读 1.2万); a row that also counts replies heads a forum
            # post (仙梅人 2024-06-21 08:32 浏览 2,103 回复 2): the name is the poster's handle, the author
            field = "author" if _REPLY_COUNT.search(t) else "source"
            out.setdefault(field, mt["outlet"].strip())
        nxt = top[i + 1] if i + 1 < len(top) else None
        mt = _ACCOUNT.match(t) if len(t) <= 16 or len(t.strip()) <= 16 else None
        if (mt and nxt is not None and r.line is not None and nxt.line == r.line + 1
                and _DATE_BADGE.match(normalise_line(nxt.text))):
            own = site_from_logo(t)[0]
            # (a site-like name is the account only under a platform's bar naming another site: 腾讯新闻 首页 …
            # over 某县总工会 and its date badge)
            if not own or any((s := site_from_logo(p.text)[0]) and s != own for p in top[:i]):
                out.setdefault("author", mt["name"])
    return {k: v for k, v in out.items() if v}


# An app or mobile page's info bar under the headline (see clean.chrome.info_bar): parts set off by bars, dots or
# wide gaps, each a date-time, a labelled field or the outlet's bare name ("某某县融媒体中心 | 记者:张三 | 2023-11-18
# 15:40"). The golds take an unlabelled outlet before the date as the source, as for _OUTLET_DATE.
_INFO_SPLIT = lazyrx.compile(r"\s*[|｜丨┊│]\s*|\s+[·•・]\s+|\s{2,}")
_INFO_DATE = lazyrx.compile(r"^[\[(（]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*[\])）]?$")
_INFO_NAME = lazyrx.compile(r"^\p{Han}[\p{Han}A-Za-z0-9·]{1,19}$")


def _info_bar(text: str) -> dict[str, str]:
    """The bare parts of an info bar read part by part: its date (published) and the outlet before it (source)."""
    t = normalise_line(text)
    parts = [p for p in _INFO_SPLIT.split(t.strip()) if p]
    if not 2 <= len(parts) <= 6:
        return {}
    out: dict[str, str] = {}
    name = None
    dated = False
    for p in parts:
        if labelled_fields(p):  # (its labelled parts are read with the whole line's: only the bare ones are left)
            continue
        if _INFO_DATE.match(p):
            dated = True
            if (iso := parse_datetime(p)):
                out.setdefault("published", iso)
        elif name is None and not dated and _INFO_NAME.match(p) and p not in _LABEL_FIELD and not _STAMP_VERB.search(p):
            name = p  # the outlet: unlabelled, before the date
        else:
            return {}
    if name and dated and not _REPLY_COUNT.search(t):
        out.setdefault("source", name)
    return out


_DATE_FIRST = lazyrx.compile(r"^\s*(?:19|20)\d\d[-/.年]")
# A date (and time) opening a row, then the row's other parts (2025-05-27   德兴市总工会   汪丽萍   浏览:531次).
_ROW_DATE = lazyrx.compile(r"^\s*[\[(（]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                          r"(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*[\])）]?\s+(?P<rest>\S.*)$")
_BARE_COUNT = lazyrx.compile(r"^\d[\d,]*\s*(?:次|人次)?$")
# A view counter set off from its number by a space (阅读 3405, 浏览 1.2万): one part of the row, not two.
_ROW_COUNTER = lazyrx.compile(r"(?<!\S)(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:量|数|數)?\s+\d[\d,.]*\s*(?:万|萬)?\+?\s*(?:次|人次)?(?!\S)")


def _bare_info_row(text: str) -> dict[str, str] | None:
    """{source, author} of a portal's unlabelled info row under the headline (2025-05-27 德兴市总工会 汪丽萍
    浏览:531次): after the date, bare parts that are an organisation (…总工会, …日报, …融媒体中心) and a person's
    name, besides labelled fields and counts; any other part (a word, a sentence) and it is no such row."""
    if text.lstrip(" \t[(（")[:2] not in ("19", "20") or not _DATE_FIRST.match(text):  # (most header rows open with no date)
        return None
    mt = _ROW_DATE.match(normalise_line(text))
    if mt is None:
        return None
    org = name = None
    for p in _without_row_counters(mt["rest"]).split():
        if labelled_fields(p) or _BARE_COUNT.match(p):
            continue  # (its labelled parts are read with the whole line's)
        if org is None and name is None and len(p) >= 4 and _INFO_NAME.match(p) and _ORG_END.search(p):
            org = p
        elif org is not None and name is None and _HAN_NAME.match(p) and len(p) <= 4 and _person(p):
            name = p
        else:
            return None
    if org is None:
        return None
    return {"source": org, "author": name} if name else {"source": org}


def _without_row_counters(rest: str) -> str:
    """``rest`` with its spaced view counters (阅读 3405) blanked out, so a counter's word and number are not read
    as two parts of the row; the search runs only when a counter's character is there."""
    if _VIEW_HINT.search(rest) or "点" in rest or "點" in rest:
        return _ROW_COUNTER.sub(" ", rest)
    return rest


def _person(s: str) -> bool:
    """A person's name (the people extractor's test, loaded only for the rare unlabelled row)."""
    from .people import is_person_name

    return is_person_name(s, True)


_PAPER_END = lazyrx.compile(r"(?:报|報)$")


# A county media centre's short brand (某某融媒) alone on the page's first row or opening its nav bar (乳山融媒 | 首页 >
# 本地新闻): the logo of the centre's site or app, which its footer names by the centre's legal name.
_MEDIA_BRAND = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,10}融媒)\s*(?:[|｜>›»]|$)")
# A stamp opening a row, with or without its year (2024-04-23 17:45·河南, 12-03 09:15).
_STAMP_FIRST = lazyrx.compile(r"^\s*(?:(?:19|20)\d\d[-/.年]|\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d\d)")


def _media_brand(top: list[Removal], footer: list[Removal]) -> str | None:
    """The 某某融媒 brand on the page's first header row, as the site. The same name right over the date is the
    account posting the article on a platform (睢阳融媒 / 2024-04-23 17:45·河南 under a 今日头条 headline), and so is
    a brand under an app's prompt naming another app (打開某某新聞APP): no site."""
    if not top or "融媒" not in top[0].text or not (mt := _MEDIA_BRAND.match(normalise_line(top[0].text))):
        return None
    r, nxt = top[0], top[1] if len(top) > 1 else None
    if (nxt is not None and r.line is not None and nxt.line is not None and 0 < nxt.line - r.line <= 2
            and _STAMP_FIRST.match(normalise_line(nxt.text))):
        return None
    apps = _banner_apps(top + footer)
    return mt["name"] if not apps or mt["name"] in apps else None


def _name_row_over_date(header: list[Removal], name: str) -> bool:
    """Whether ``name`` stands alone on a header row right over the date row (an app's account line, however the
    cleaner filed it)."""
    for r, nxt in zip(header, header[1:]):
        if (r.line is not None and nxt.line is not None and 0 < nxt.line - r.line <= 2
                and normalise_line(r.text).strip() == name and _DATE_FIRST.match(normalise_line(nxt.text))):
            return True
    return False


def _name_over_date(header: list[Removal]) -> dict[str, str]:
    """The bare name line right above the header's date line (self-media, app and portal copies print
    the account or paper that way under the headline): a paper (…报) is the source, a site's own name is
    left to the site rules, any other name (an account: 工友视点) is the author."""
    for r, nxt in zip(header, header[1:]):
        if r.kind != "page_header" or nxt.kind != "page_header" or r.line is None or nxt.line is None:
            continue
        if not 0 < nxt.line - r.line <= 2:
            continue
        t = normalise_line(r.text)
        mt = _ACCOUNT.match(t)
        if not mt or not _DATE_FIRST.match(normalise_line(nxt.text)) or parse_datetime(t):
            continue
        if _LONE_LABEL.match(t):
            continue  # a flattened box's label over its value (发布时间 / 2024年4月27日), no name
        if t.strip() in _EDITION_WORDS:
            continue  # an e-paper's label over its issue date (东台日报 / 数字报 / 2024年01月18日): the paper is named above
        name = mt["name"]
        if _PAPER_END.search(name):
            return {"source": name}
        if site_from_logo(t)[0]:
            return {}
        return {"author": name}
    return {}


# A notice's signature: the issuer on a line of its own (a body's name, or bodies set off by spaces: 某县总工会
# 某县人社局), then the date alone on the next line, in figures or in Chinese numerals (二〇二四年四月二十五日).
_ISSUER = lazyrx.compile(r"^\p{Han}{2,30}(?:\s+\p{Han}{2,30}){0,3}$")
_SIGNED_DATE = lazyrx.compile(r"^(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                              r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$")
_ANNEX = ("附件", "附表")


def _signature_date(body: list[str]) -> str | None:
    """The date a notice is signed on, from its signature block in the body (the issuer, then the date alone):
    the block ends the body, or only the annex the notice names (附件：…名单) follows it, as a PDF's
    signature stands over the annexed list. (A date line under a name elsewhere, with prose after it, is no
    signature.)"""
    for i in range(len(body) - 1, 0, -1):
        d = body[i].strip()
        if "年" not in d or not d.endswith("日") or not _SIGNED_DATE.match(normalise_line(d).strip()):
            continue
        issuer = normalise_line(body[i - 1]).strip()
        if not _ISSUER.match(issuer) or not _ORG_END.search(issuer):
            continue
        if i + 1 < len(body) and not any(p.lstrip().startswith(_ANNEX) for p in body[max(0, i - 4):i + 2]):
            continue
        return parse_datetime(d)
    return None


_TAIL_LINE_MAX = 40
_SENTENCE_END = lazyrx.compile(r"[。！？!?]$")


def _tail_fields(body: list[str]) -> list[tuple[str, str]]:
    """Labelled fields of short last body paragraphs that are only labels (【纠错】 编辑:王小明) —
    what a cleaner may have left in the body."""
    out = []
    for para in body[-2:]:
        p = para.strip()
        if not p or len(p) > _TAIL_LINE_MAX:
            continue
        fields = labelled_fields(p)
        if fields and not _SENTENCE_END.search(p):
            out.extend(fields)
    return out


def _article_end(removed: list[Removal]) -> float:
    """The line where the page's tail starts (the editor line or the site footer); header kinds after it are footer."""
    ends = [r.line for r in removed if r.line is not None and r.kind in ("editor_line", "site_footer")]
    return min(ends) if ends else float("inf")


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


def _short_site(top: list[Removal], holder: str | None) -> str | None:
    """The short name a page's logo or nav bar opens with (镇海炼化 | 新闻中心) when the footer's copyright
    holder spells it out in full (中国石化镇海炼化分公司): the site calls itself by the short name."""
    if not holder:
        return None
    for r in top:
        t = normalise_line(r.text)
        mt = _LOGO.match(t) or (_NAV_FIRST.match(t) if _NAV_MARK.search(t) else None)
        name = _site_name(mt["name"]) if mt else None
        if name and len(name) >= 3 and name != holder and _short_for(name, holder) and name not in _NOT_SITE:
            return name
    return None


def _short_for(name: str, holder: str) -> bool:
    """``name`` is a short form of ``holder``: a part of it (镇海炼化 of 中国石化镇海炼化分公司), or its head and
    its tail with one stretch between left out (国网芜湖供电公司 of 国网安徽省电力有限公司芜湖供电公司: the
    province's company left out of a branch's name; 民和县总工会 of 民和回族土族自治县总工会)."""
    if name in holder:
        return True
    if len(name) < 5 or len(holder) <= len(name):
        return False
    return any(holder.startswith(name[:i]) and holder.endswith(name[i:]) for i in range(2, len(name) - 2))


# A Tianya-style thread header: 楼主:name 时间:… (with a colon: "楼主 电梯直达" and "只看楼主" are menus).
_THREAD_STARTER = lazyrx.compile(r"^\s*(?:楼主|樓主)\s*[:：]\s*(?P<name>[^\s:：|｜]{1,24})(?:\s|$)")


def _thread_starter(text: str) -> str | None:
    """The thread starter's name on a "楼主:X" post header, else None."""
    mt = _THREAD_STARTER.match(normalise_line(text)) if "主" in text else None
    return mt["name"] if mt else None


# The page's own address on a labelled line (本文链接:http://…, 原文网址：…): it names this page, where a bare
# domain on a logo or nav row names only the site.
_URL_LABEL = lazyrx.compile(r"(?:本文链接|本文鏈接|本页链接|本頁鏈接|文章链接|文章鏈接|原文链接|原文鏈接|本文网址|本文網址|"
                           r"原文网址|原文網址|本文地址|原文地址|文章地址|本页地址|本頁地址)\s*[:：]?\s*(?=https?://|www\.)")


def _labelled_url(text: str) -> str | None:
    """The URL after a "本文链接:" label on a line, else None."""
    t = normalise_line(text)
    mt = _URL_LABEL.search(t)
    return _url(t[mt.end():]) if mt else None


# A portal's domain on a row of its own under its name, written without a scheme (a government site's masthead:
# 吴忠市人民政府 / www.wuzhong.gov.cn): it names the site, not the page. (A domain with its scheme on the name's row,
# 某某工会网 http://www.….cn/, is read as the url, as the golds have it.)
_MASTHEAD_DOMAIN = lazyrx.compile(r"^\s*(?i:www)\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?\s*$")


def _masthead_domain(text: str) -> bool:
    """A header row holding only a bare www. domain (no scheme, no path)."""
    return text.lstrip()[:4].lower() == "www." and bool(_MASTHEAD_DOMAIN.match(text))


def _url(text: str) -> str | None:
    """The first URL written on a line."""
    mt = _URL.search(normalise_line(text))
    return mt[0].rstrip(".,;") if mt else None


def _after_title(line: str, title: str | None) -> str:
    """What follows the headline on a line that opens with it (its site suffix), else ""."""
    if not title:
        return ""
    want = "".join(title.split())
    i = n = 0
    while i < len(line) and n < len(want):
        if not line[i].isspace():
            if line[i] != want[n]:
                return ""
            n += 1
        i += 1
    rest = line[i:]
    # a suffix is set off by a separator (_ - | ·), never glued prose
    return rest if n == len(want) and _SUFFIX_START.match(rest) else ""


def _first(values) -> str | None:
    """The first non-empty value of an iterable."""
    for v in values:
        if v:
            return v
    return None
