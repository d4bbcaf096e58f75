"""What every step of the meta reader shares: line normalisation, the label table, and small helpers.

normalise_line folds the full-width and variant characters a header row may be written with and closes
spaced labels (来 源:) so that every reader sees one spelling; _first, _strip_keeping_pairs and the common
patterns (_HAN, _TRIM, _ORG_END) are used by several steps.
"""

from __future__ import annotations

import functools
import re

from ... import lazyrx
from ... import recode

# (zero-width spaces and joiners some editors leave after a counter, 閱讀 2306\u200b, are dropped; the variant 閲
# of Hong Kong and Taiwan fonts, 閲讀：1084, is read as the 閱 every label is written with)
# (the vertical forms ︱ and ∣ a page may bar a label with, 来源︱某某日报, are read as the bar, as the cleaner's fold
# reads them)
# (full-width colon and space, 閲, the zero-width marks, the no-break space and the bars as (character, replacement)
# pairs: no replacement is itself replaced, so one str.replace after another gives what a translate would)
_FW_PAIRS = (("：", ":"), ("\u3000", " "), ("閲", "閱"), ("\u200b", ""), ("\u200c", ""), ("\u200d", ""), ("\ufeff", ""),
             ("\u00a0", " "), ("︱", "|"), ("∣", "|"))
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
        from ...clean.pinyin import pinyin_spans  # (importing the cleaner costs ~0.1 s: only when needed)

        for a, b in sorted(pinyin_spans(s), reverse=True):
            s = s[:a] + s[b:]
    for a, b in _FW_PAIRS:  # (str.replace of the few the line holds: translate looks up every character)
        if a in s:
            s = s.replace(a, b)
    if " " not in s:
        return s
    s = drop_glosses(s)
    if len(s) <= _LEAD_SPACED_MAX:
        s = _SPACED_LEAD.sub(_closed_label, s)
    return _SPACED_LABEL.sub(_closed_label, s) if " " in s and (":" in s or len(s) <= _LONE_SPACED_MAX) else s


#: Two to five Han characters set apart by spaces (a label spaced to a cell's width: 作  者).
_SPACED_HAN = r"[\u4e00-\u9fff](?: +[\u4e00-\u9fff]){1,4}"
# A label spaced out letter by letter to fill a table cell, read on its row's line (作  者: 胡晓岚 点 击 数: 1326),
# or alone on its line over its value (an app's <dl> info box: 作　　者 / 潘晓东, padded to the width of four).
_SPACED_LABEL = recode.compile(r"(?<![\u4e00-\u9fff])" + _SPACED_HAN + r"(?= *:| *$)")
# The same label opening a short line with its value after a gap, no colon (a browser's text save of that info box
# puts each label and its value on one line: 作　　者 潘晓东).
_SPACED_LEAD = recode.compile(r"^ *" + _SPACED_HAN + r"(?= +[^ :])")
#: The longest line read as a spaced label opening a field's row (a cheap gate: the info box's rows are short).
_LEAD_SPACED_MAX = 40
#: The longest line read as a spaced label alone (a cheap gate: longer lines without a colon hold none).
_LONE_SPACED_MAX = 12


def _closed_label(m: "re.Match") -> str:
    """A spaced-out label closed up (点击数), when it is one; other spaced words (王 刚:) stay as they are."""
    word = m.group(0).replace(" ", "")
    return word if word in _LABEL_FIELD else m.group(0)


#: An English gloss between a label and its colon on bilingual pages ("发布日期 Date:", "来源 Source:").
_GLOSS = recode.compile(r"(?<=[\u4e00-\u9fff])\s+(?!https?[:：]//)[A-Za-z]{2,12}(?=\s*[:：](?!//))")


_HAN_RUN_END = recode.compile(r"[\u4e00-\u9fff]+$")


def drop_glosses(s: str) -> str:
    """``s`` without the English glosses of its labels (文字 Text:王静 → 文字:王静): a bilingual page's labels."""
    return _GLOSS.sub(_gloss_cut, s)


def _gloss_cut(m: "re.Match") -> str:
    """"" for a gloss after a label; the match itself after a field's value, the Han run before it right after a
    colon (来源:某市总工会 Source: …: the English field that follows the Chinese one, no gloss)."""
    run = _HAN_RUN_END.search(m.string, 0, m.start())
    return m.group(0) if run and run.start() and m.string[run.start() - 1] in ":：" else ""


# Every label a header line uses, both scripts, by the field it fills ("" = known but unused).
_FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "published": ("发布时间", "发稿时间", "發稿時間", "發布時間", "發佈時間", "发表时间", "發表時間", "发布日期", "發布日期",
                  "發佈日期", "发表于", "發表於", "发布于", "發布於", "發佈於", "更新时间", "更新時間",
                  "更新日期", "时间", "時間", "日期", "Posted", "Published", "Date"),
    # 来源于:X (an aggregator's header), 发布单位:X (a union portal names the department that posted it)
    # (a repost names where it was taken from: 转载自:X, 本文转自:X)
    # (解读机构:X, a government portal's policy interpretation names the body that interprets it)
    # (供稿单位:X, a railway or enterprise site's stamp row names the unit that sent the piece in;
    # 发布部门:X, an enterprise portal's or an OA platform's row names the department that posted it)
    "source": ("供稿单位", "供稿單位", "供稿部门", "供稿部門", "发布部门", "發布部門", "發佈部門", "本文转载自", "本文轉載自", "本文转自", "本文轉自", "转载自", "轉載自", "转自", "轉自", "来源于", "來源於", "发布单位", "發布單位", "發佈單位", "解读机构", "解讀機構", "解读单位", "解讀單位", "信息来源", "文章来源", "文章來源", "新闻来源", "新聞來源", "稿件来源", "本文来源", "资料来源",
               "來源", "来源", "稿源", "出处", "出處", "Source"),
    # (文:X, a portal's byline field; a one-character label is read only before a colon or a bar)
    # (文字:X, a credit row's text field beside 图片:Y and 编辑:Z)
    # (解读人:X, the writer of a policy interpretation, maybe after the department: 解读人：市总工会权益保障部 刘振华)
    "author": ("作者", "撰稿", "撰文", "解读人", "解讀人", "Author", "文字", "文"),
    # a CMS's poster (发布者:X, 发布人:X): the author when nothing else names one (the golds take the person,
    # 发布者:扎西, or the office, 发布人:矿区工会; a login name like admin is no one's: see _ACCOUNT_NAME)
    "poster": ("发布人", "發佈人", "發布人", "发布者", "發佈者", "發布者"),
    "reporter": ("本报记者", "本報記者", "记者", "記者"),
    # a correspondent (通讯员) signs as the author when no staff reporter is named beside (作者：记者 X 通讯员 Y);
    # an intern (实习生) contributes as one does (作者：记者 X 实习生 Y: the reporter is X alone)
    "correspondent": ("本报通讯员", "本報通訊員", "通讯员", "通訊員", "实习生", "實習生"),
    # (小编:X, a portal's or WeChat account's editor field; 小编 in a sentence, 小编提醒…, has no colon: no field)
    "editor": ("责任编辑", "責任編輯", "网络编辑", "網絡編輯", "本文编辑", "责编", "責編", "编辑", "編輯", "小编", "小編", "Editor"),
    # (…人次 = number of visits: 瀏覽人次：856 on a Taiwanese union's site; …人数 = number of readers:
    # 阅读人数：1436 on an OA platform's notice row)
    "views": ("阅读人数", "閱讀人數", "浏览人数", "瀏覽人數", "访问人数", "訪問人數", "浏览人次", "瀏覽人次", "阅读人次", "閱讀人次", "点击人次", "點擊人次", "访问人次", "訪問人次", "点击次数", "點擊次數", "点阅次数", "點閱次數", "阅读次数", "閱讀次數", "访问次数", "訪問次數", "点阅数", "點閱數", "点阅",
              "點閱", "阅览", "閱覽", "浏览数", "瀏覽數", "点击量", "點擊量", "点击数", "點擊數", "点击率", "點擊率", "点击", "點擊", "浏览次数", "瀏覽次數", "浏览量", "瀏覽量",
              "浏览", "瀏覽", "阅读量", "閱讀量", "阅读数", "閱讀數", "阅读", "閱讀", "访问量", "訪問量",
              "人气", "人氣", "查看", "Views", "Hits", "Reads"),
    # a video page's play count (播放:15326, 播放量：4.6万, 412播放): the page's views where no other count is read
    # (an article with a video inside counts its own reads under 阅读; see assembly)
    "plays": ("播放量", "播放次数", "播放次數", "播放"),
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

_TRIM = " \t:：,，;；。.、|｜()（）[]【】<>《》“”\"'"



_HAN = lazyrx.compile(r"\p{Han}")


def _strip_keeping_pairs(x: str, chars: str) -> str:
    """``x.strip(chars)``, but a bracket or quote mark paired with one inside the name stays: a closing one at
    its end (烟草专卖局（公司）: a body that is both a bureau and a company writes the second in brackets), an
    opening one at its start (“江宁工会”微信公众号: a repost names the account it was taken from in quotes)."""
    y = x.strip(chars)
    if not y:
        return y
    for o, c in _PAIRS:
        if y.count(o) > y.count(c):
            i = x.find(y) + len(y)
            if x[i:i + 1] == c:
                y += c
        elif y.count(c) > y.count(o) and o in _OPENERS_KEPT:
            i = x.find(y)
            if i > 0 and x[i - 1] == o:
                y = o + y
    return y


#: The brackets and quote marks a name may hold in pairs, opening and closing.
_PAIRS = (("（", "）"), ("(", ")"), ("《", "》"), ("“", "”"))
#: The opening marks kept at a name's start: a quoted or titled name opening it (“学习强国”平台).  A round bracket
#: opening a value is no part of the name (a reading cut by a jammer, (chuàng)工會新聞網, is dropped after).
_OPENERS_KEPT = ("“", "《")


_ORG_END = lazyrx.compile(r"(?:工会|工會|委员会|委員會|协会|協會|联合会|聯合會|报|報|网|網|台|社|局|厅|廳|办|辦|中心|部|处|處|"
                          r"公司|集团|集團|院|校|站|所|杂志|雜誌|新闻|新聞)$")


def _first(values) -> str | None:
    """The first non-empty value of an iterable."""
    for v in values:
        if v:
            return v
    return None
