"""Which metadata labels (time, source, author, views …) a line carries, a label alone or its value, a row of fields."""

from __future__ import annotations

from ... import lazyrx
from ..lines import STOPS
from .base import AUTHOR_LABEL, LABELS, SOURCE_LABEL, TIME_LABEL, VIEWS_LABEL


def header_labels(folded: str) -> set[str]:
    """Which metadata labels (time, source, author, views) a folded line carries."""
    folded = spaced_field(folded)
    if not may_have_label(folded):
        return set()
    t = _label_text(folded)
    has = t.__contains__
    return {name for name, rx, needs in _LABEL_GATES if any(map(has, needs)) and rx.search(t)}


def label_text(folded: str) -> str:
    """The line as the label patterns read it: a field set apart by spacing alone given its colon (spaced_field),
    spaced labels closed up, glosses dropped, barred fields given colons."""
    return _label_text(spaced_field(folded))


def _label_text(folded: str) -> str:
    """label_text of a line spaced_field has read already."""
    if " " in folded and ":" in folded:  # (a cheap test before the regex: a spaced label needs both)
        folded = despace_label(folded)
    folded = drop_glosses(folded)  # (a gloss is set off by a space: a line without one is left as it is)
    if "|" in folded and len(_BARRED_FIELD.findall(folded)) >= 2:  # 发稿时间|2024.05.20 供稿部门|… 阅读|596
        folded = _BARRED_FIELD.sub(r"\1:", folded)
    return folded


#: Each label's pattern with the strings one of which every match of it holds (SEP's colon; 发表于/发布于/编辑于
#: for the colonless time; 版 or 字数 for the edition; a views word's first character …): a line without any of
#: them skips that search (edition and views cost most, yet few lines hold their words).
_LABEL_NEEDS = {"time": (":", "于"), "source": (":",), "author": (":",), "edition": ("版", "字数"),
                "catalogue": (":",), "views": ("点", "浏", "阅", "人气", "访问", "查看"), "url": (":",),
                "region": ("属地",), "barred": ("|",)}
_LABEL_GATES = tuple((name, rx, _LABEL_NEEDS[name]) for name, rx in LABELS.items())


#: A field's label barred from its value (发稿时间|2024.05.20, 阅读|596): a union site's info row sets every label so,
#: two of them at least (a single "时间 | 地点" is a menu or a table's head).
_BARRED_FIELD = lazyrx.cached(rf"((?:{TIME_LABEL}|{SOURCE_LABEL}|{VIEWS_LABEL}))\s*\|\s*(?=[^\s|])")
#: An English gloss between a label and its colon on bilingual pages ("发布日期 Date:", "来源 Source:").
_GLOSS = lazyrx.cached(r"(?<=\p{Han})\s+(?!https?[::]//)[A-Za-z]{2,12}(?=\s*[::](?!//))")


def drop_glosses(folded: str) -> str:
    """The line without the English glosses of its labels (文字 Text:王静 → 文字:王静), as a bilingual page sets them."""
    # (a gloss is closed by a colon: a line without one is left as it is, unsearched; the space before a gloss may be
    # any whitespace, so it is no gate: hypothesis found 比武\u3000Date:)
    return _GLOSS.sub("", folded) if ":" in folded else folded


#: A label spaced out letter by letter to fill a table cell (government disclosure tables: "索 引 号:", "文  号:"),
#: also after the value of the cell before it on a table row's line (a TRS portal's "作  者: 胡晓岚 点 击 数: 1326").
_SPACED_LABEL = lazyrx.cached(r"(?:^|(?<=\s))\p{Han}(?:\s+\p{Han}){1,4}(?=\s*:)")


def _closed_up(m) -> str:
    """A spaced-out run closed up (点 击 数 → 点击数)."""
    return "".join(m.group(0).split())


def despace_label(folded: str) -> str:
    """The line with each label spaced out letter by letter (索 引 号:) closed up (索引号:), so label rules read it."""
    return _SPACED_LABEL.sub(_closed_up, folded) if ":" in folded else folded


def may_have_label(t: str) -> bool:
    """False when no label can match: time/source/author need a colon (or a bar), edition a 版, views one of its words."""
    return (":" in t or "版" in t or "点击" in t or "浏览" in t or "阅读" in t or "点阅" in t or "人气" in t
            or "访问" in t or "查看" in t or "|" in t or "属地" in t or "于" in t)


# A field's label alone on its line (发布时间, 来源：, 责任编辑, 发布机构：): a right-column info box or a disclosure
# table flattened to text sets each value on the next line.
_LONE_FIELD_LABEL = lazyrx.cached(rf"^(?:{TIME_LABEL}|{SOURCE_LABEL}|{AUTHOR_LABEL}|{VIEWS_LABEL}|记者|通讯员|摄影|摄像|"
                                  r"责任编辑|审核|索引号|发布机构|发文机关|发文单位|公开方式|公开范围|成文日期|生成日期|"
                                  r"主题分类|体裁分类|信息分类|发文字号|文号|有效性)\s*[::]?$")


def lone_field_label(folded: str) -> bool:
    """The line is only a metadata field's label (发布时间, 来源:, spaced out: 阅  读), its value on the next line."""
    t = folded.strip()
    if " " in t and len(t) <= _LONE_SPACED_MAX and _LONE_SPACED.match(t):
        t = "".join(t.split())
    return 0 < len(t) <= 8 and _LONE_FIELD_LABEL.match(t) is not None


#: The longest line read as a field's label and its value set apart by spacing alone (a cheap gate).
_SPACED_FIELD_MAX = 40
#: What no value read after a spaced label holds: a sentence's punctuation, a colon other than a clock's (another
#: field's label, or the label's own: that line is read as labelled already), a bar (barred fields have their rule:
#: "时间 | 地点" alone is a table's head).
_NO_VALUE = lazyrx.cached(r"[,;!?。，；|]|(?<!\d):|:(?!\d)")


def spaced_field(folded: str) -> str:
    """"label:value" for a line that is only a field's label and a short value set apart by spacing (a table or a
    <dl> info box saved as text by a browser: 发布单位 德清县总工会, 作　　者 潘晓东 with the label padded to four,
    来源<tab>某某日报); any other line as it is (a sentence opening with 来源 or 作者 as a word has no gap after it)."""
    t = folded.strip()
    if not (" " in t or "\t" in t) or len(t) > _SPACED_FIELD_MAX:
        return folded
    parts = t.split()
    # the label is the first part, or its letters spaced out to the box's width (作 者), one a part
    for k in range(1, min(len(parts) - 1, 4) + 1):
        if k > 1 and len(parts[k - 1]) != 1:
            break
        label, value = "".join(parts[:k]), " ".join(parts[k:])
        if len(label) >= 2 and label[-1] != ":" and _LONE_FIELD_LABEL.match(label) and _plain_value(parts[k:]):
            return f"{label}:{value}"
    return folded


def _plain_value(parts: list[str]) -> bool:
    """The parts after a spaced label are one short value: no sentence, no other field's label (a table row of
    several fields, 发布机构 X 生成日期 Y, is the disclosure table's, read by its own rules), no bare count (阅读 268 is
    a counter row the views rules read)."""
    return not (len(parts) == 1 and parts[0].isdigit()) and not any(
        _NO_VALUE.search(p) or _LONE_FIELD_LABEL.match(p) for p in parts)


#: A label alone on its line spaced out letter by letter to the width of its box's longest (an app's <dl> info box
#: pads 作者 and 阅读 to four characters: 作　　者 / 潘晓东, 阅　　读 / 3472), maybe with its colon.
_LONE_SPACED = lazyrx.cached(r"^\p{Han}(?:\s+\p{Han}){1,4}\s*:?$")
_LONE_SPACED_MAX = 12


# A row of labelled fields, each a short label and its value, spaced apart: a case or message record's field table
# flattened to one line (类型:建言  领域:劳动社保  状态:已办理; 工单编号:… 诉求类型:… 所属区域:…).
_FIELD_ROW = lazyrx.cached(r"^(?:\p{Han}{2,6}\s*:\s*[^\s:]{1,30}\s+)+\p{Han}{2,6}\s*:\s*[^\s:]{1,30}$")


def field_row(folded: str) -> bool:
    """Two or more "label:value" fields spaced apart on one line: a record's field table, never a headline."""
    t = folded.strip()
    if ":" not in t and (" " in t or "\t" in t) and len(t) <= 100 and _celled_fields(t):
        return True
    return t.count(":") >= 2 and len(t) <= 100 and _FIELD_ROW.match(t) is not None


#: The longest cell read as a field's value in a row of label and value cells.
_CELL_MAX = 30


def _celled_fields(t: str) -> bool:
    """A row of two fields or more, each a known label's cell and one value's cell, set apart by spacing and no
    colon: a disclosure table's row as a browser saves it to text (索引号<tab>X<tab>发布机构<tab>Y)."""
    cells = t.split()
    return len(cells) >= 4 and len(cells) % 2 == 0 and all(
        _LONE_FIELD_LABEL.match(lab) and len(val) <= _CELL_MAX for lab, val in zip(cells[::2], cells[1::2]))


def field_value(folded: str) -> bool:
    """A short line that can be a stacked field's value (a date, a name, a count): no sentence, no label."""
    t = folded.strip()
    return 0 < len(t) <= 40 and not STOPS.search(t) and not lone_field_label(t)
