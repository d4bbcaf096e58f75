"""Bylines and credits: reporters, correspondents, authors and photo credits from a byline row."""

from __future__ import annotations

import regex

from ... import lazyrx
from .base import _LABEL_FIELD, _TRIM, normalise_line
from .labels import _LABEL_RX, labelled_fields
from .values import COMMENT_LABEL, join_spaced_pair, name_list, single_value

_DECOR = " \t□■●◆▲★☆※◇○·•>»-—"
# (a column's credit to the body that co-runs it, 本栏目由某某工会法律部协办, is the page's credit too)
_CREDIT_WORDS = lazyrx.compile(r"供稿|供图|供圖|提供|图片来源|圖片來源|摄影|攝影|图/|圖/|图：|图:|^本(?:栏目|欄目|专栏|專欄)由")
_PHOTO_TAIL = lazyrx.compile(r"\s*(?:摄|攝)\s*[)）\]】]?\s*$")
_AFTER_CORRESPONDENT = lazyrx.compile(r"(?:本报|本報)?(?:记者|記者)|摄影|攝影|编辑|編輯")

_PHOTO_CREDIT = lazyrx.compile(r"\p{Han}\s*(?:摄|攝)\s*[)）\]】]?\s*$")
# A role with a credit word where its name would be, the whole rest of the piece ((通讯员 供图), (记者 供稿)): the
# picture's or text's credit to a role, naming no one; the role's names never start so.
_NO_NAME = r"(?!(?:供图|供圖|供稿|提供|摄影|攝影)\s*[)）\]】]?\s*$)"
_PAREN = lazyrx.compile(r"^[(（\[【](.+)[)）\]】]$")
_REPORTER_RX = lazyrx.compile(r"(?:本报|本報|本台|本刊)?(?:特约|特約|见习|見習|实习|實習)?(?:记者|記者)\s*[:：]?\s*" + _NO_NAME +
                             r"(?P<names>[\p{Han}A-Za-z](?:[\p{Han}A-Za-z\s、,，]|[·・•‧](?=\p{Han}))*)")
_AUTHOR_MARK = lazyrx.compile(r"(?:^|[\s(（])(?:文字|文|作者|撰文|撰稿)\s*[/／|｜丨:：]\s*"
                             r"(?P<names>[\p{Han}A-Za-z](?:[\p{Han}A-Za-z\s、]|[·・•‧](?=\p{Han}))*)")
# (本报 may open any staff role: 本报记者 邹倩 本报通讯员 熊敏 → the reporter is 邹倩 alone)
# (a TV station's credit row names its camera operator and cutter after the reporters: 记者：A B　摄像：C)
_ROLE_SPLIT = lazyrx.compile(r"(?:本报|本報)?(?:记者|記者|通讯员|通訊員)|实习生|實習生|摄影|攝影|摄像|攝像|剪辑|剪輯|见习记者|編輯|编辑|图|圖")

# 文/图 X (text and photos by X) and 文/X name the author; the reporter is the one a 记者 role names.
_TEXT_AND_PHOTO = lazyrx.compile(r"(?:^|[\s(（])(?:文/图|文／图|文/圖|图/文|圖/文|文图|文圖)\s*[/／:：]?\s*"
                                r"(?P<names>[\p{Han}A-Za-z](?:[\p{Han}A-Za-z\s、]|[·・•‧](?=\p{Han}))*)")  # (古丽米热·艾买提)
# A header row opening with the 文/图 credit, set off from the name, and no clause (文/图　高雪梅　　2024.09.20　点击数：278).
# (or the writer alone, 文/X, on a row under the text that goes on with its source: 文/储某  来源：某某融媒体中心)
_CREDIT_ROW = lazyrx.compile(r"^\s*(?:文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文)(?:\s*[:：]\s*|\s+)\p{Han}[^，。！？；,;]*$"
                             r"|^\s*文\s*[/／]\s*(?![图圖])\p{Han}{2,4}(?:\s+[^，。！？；,;]*)?$")
# The bars between a header row's parts (2024.06.18 ｜ 来源：X ｜ 文/图：Y ｜ 浏览量：386).
_ROW_BARS = lazyrx.compile(r"[|｜丨]")


# A paragraph closing with its own bracketed credit, a role and a name or names alone (…（通讯员 李某）, …（王某 张某）):
# a roundup of items by different writers, each credited under its own item.
_ITEM_CREDIT = lazyrx.compile(r"\p{Han}.*[（(](?:(?:通讯员|通訊員|记者|記者)[ \u3000]*\p{Han}{2,3}"
                              r"|\p{Han}{2,3}(?:[ \u3000]+\p{Han}{2,3}){1,3})[）)]\s*\Z")


def _items_credited(body: list[str]) -> bool:
    """Some paragraph of ``body`` closes with its own item's credit (（通讯员 李某）, （王某 张某）): a bracketed credit
    removed under the last item is that item's, not the article's byline."""
    return any(p.endswith(("）", ")")) and _ITEM_CREDIT.search(p) is not None for p in body)


def _credit_row(t: str) -> bool:
    """Whether the header row credits its writer with the text and photos, or with the text alone: the whole row
    (文/图　高雪梅　2024.09.20, 文/储某  来源：X) or one part of a barred row (2024.06.18 ｜ 来源：X ｜ 文/图：Y)."""
    if _CREDIT_ROW.match(t):
        return True
    return ("图" in t or "圖" in t) and any(_CREDIT_ROW.match(p) for p in _ROW_BARS.split(t)[1:])


# A staff reporter named before a correspondent or an intern on one line (记者 张三 通讯员 李四, 记者 张三 实习生 李四):
# the contributor is neither a reporter nor the author.
_STAFF_THEN_CORRESPONDENT = lazyrx.compile(r"(?:记者|記者)[^()（）\[\]【】]{1,30}?(?:通讯员|通訊員|实习生|實習生)")
# A paper's dateline whose bracket names correspondents only (本网讯（通讯员 杜文斌）, 本报讯(通讯员 杨晓峰)): the golds
# take them as the reporters there (three of three), where a 作者:通讯员 X field or a closing (通讯员 X) signs as the author.
_TAG_THEN_CORRESPONDENT = lazyrx.compile(r"^\s*\p{Han}{0,14}?(?:讯|訊)\s*[(（]\s*(?:本报|本報|本网|本網)?(?:通讯员|通訊員)")
# A paper's dateline tag opening the piece, its credits after it in brackets or in the open (本报讯（…）, 某某日报讯 …).
_DATELINE_TAG = lazyrx.compile(r"^\s*\p{Han}{0,14}?(?:讯|訊)(?=\s*[(（]|\s)")
# 通讯员 X: a correspondent signs the piece; kept as the author when nothing else is.
_CORRESPONDENT = lazyrx.compile(r"(?:通讯员|通訊員)\s*[:：]?\s*" + _NO_NAME +
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


def _row_editor(t: str) -> dict[str, str]:
    """The editor a credit row labels beside its writer (文字:X | 图片:Y | 编辑:Z, a WeChat article's closing row), as
    {"editor": Z}, else {}: the row's author is read above, and its other fields are never asked for."""
    v = next((v for f, v in labelled_fields(t) if f == "editor"), None)
    editor = name_list(v) if v else None
    return {"editor": editor} if editor else {}


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
        if "编辑" in t or "編輯" in t:
            out.update(_row_editor(t))
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
    if inner and (_PHOTO_CAPTION.match(body) or body.endswith(_NEWS_TAG) or t.startswith("【")):
        # (图为…): a photo's caption in brackets, the picture described, never a signer; 【香江商報訊】: a paper's
        # tag opening its dateline, the outlet, never a signer; 【文字稿】, 【同期声】: lenticular brackets box a
        # section's label or a button, never a bare signer
        return out
    if not inner and (sp := _POSTS_AND_NAME.fullmatch(body)) is not None:
        out["author"] = sp["name"]  # a speech's speaker line: the speaker's posts, then the name
    elif inner and (ut := _UNIT_AND_NAME.fullmatch(body) or _glued_unit_and_name(body)) is not None:
        out["author"] = ut["name"]
    elif inner and 2 <= len(body) <= 12 and _SIGNER.fullmatch(body) and not _PAGE_CONTROL.search(body) \
            and not _READER_NOTE.search(body) and not COMMENT_LABEL.match(body) and not body.startswith(_SOURCE_WORDS):
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
_UNIT = (r"\p{Han}{2,20}(?:工会|工會|委员会|委員會|局|中心|办公室|辦公室|部|公司|学校|學校|医院|醫院|街道|社区|社區"
         # an association's office (某某行业协会研究室): 室 ends a section's name the way 部 does
         r"|协会|協會|室)")
# A speaker's posts, then the name, on a byline line of its own under a speech's title (市人大常委会副主任、市总工会
# 主席 某某某): each post ends with a post's word; the name is set apart by a space.
_POST = r"\p{Han}{0,16}?(?:主席|书记|書記|主任|部长|部長|局长|局長|厅长|廳長|市长|市長|县长|縣長|区长|區長|省长|省長|会长|會長|院长|院長|校长|校長|董事长|董事長|经理|經理|委员|委員|常委)"
# (the name of a Mongolian, Tibetan or Uyghur speaker runs longer, 宝音某某某某: four to eight characters, no post's
# word among them)
_POSTS_AND_NAME = lazyrx.compile(rf"{_POST}(?:[、，,]{_POST})*\s+(?P<name>\p{{Han}}{{2,3}}|(?!.*{_POST})\p{{Han}}{{4,8}})")
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
    from ..people import is_person_name, is_word  # (only for the rare glued signature)

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
    if " " in value.strip():  # (the unit and the person are set apart by a space: 护理部 刘芳 is one signer)
        ut = _UNIT_AND_NAME.fullmatch(value.strip(_TRIM))
        if ut and not _SECTION_END.search(ut["name"]):
            return ut["name"]
    return name_list(value)


# A source's label opening a bracket with no colon after it ((转自某某融媒体中心), (来源某某日报)): a repost's or
# reprint's note names where the text was taken from, never who signs it.
_SOURCE_WORDS = tuple(lab for lab, f in _LABEL_FIELD.items() if f == "source")
# A page's buttons in brackets ([关闭本页], [打印本页], 【返回顶部】): no signer.
_PAGE_CONTROL = lazyrx.compile(r"关闭|關閉|打印|列印|返回|收藏|本页|本頁|窗口|視窗|顶部|頂部")
# A note to the reader in brackets closing a text ((完整报告见附件), （全文详见附件）, (未完待续)): an instruction
# about the text, no signer.
_READER_NOTE = lazyrx.compile(r"附件|全文|详见|詳見|参见|參見|见下|見下|未完|待续|待續|点击|點擊|下载|下載|原文")

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


# The 编审 (editing and review) label and its name: beside 责任编辑 it is the review chain's, no one's editor; alone
# on a row of credits it is the only editor the page names.
_REVIEW_EDITOR = lazyrx.compile(r"(?:^|[\s|｜丨])(?:编审|編審)\s*[:：|｜]\s*([^\s|｜丨:：,，;；]{2,12})")


def _review_editor(text: str) -> str | None:
    """The name after a 编审: label on a credits row, for a page that names no other editor."""
    t = normalise_line(text)
    mt = _REVIEW_EDITOR.search(t) if "审" in t or "審" in t else None
    return name_list(mt[1]) if mt else None


def _outlet_reporter(value: str) -> str | None:
    """The reporter an author label names with its outlet and role (作者:某某日报全媒体记者 X → X), else None."""
    if "记者" not in value and "記者" not in value:
        return None
    return parse_byline(value).get("reporter")
