"""Honour lists, prize lines and tables with a name column (名单如下：…, 一等奖 王刚（某公司）, 项目 姓名 单位): one
person a line or item."""

from __future__ import annotations

from ... import lazyrx
from ...record import Person
from .roles import _ORG_END
from .dictionary import is_word
from .shape import is_person_name, looks_like_name
from .chains import _is_union, _split_role
from .phrased import _minority_name
from .dotted import _DOT_NAME_CHARS, _DOT_RX, _DOTTED
from .lists import _ORG_BEFORE_NAME
from .credits import _ROLE_WORD


# A line of an honour list or a name list: the name (a two-character name may be padded to three with a space:
# 王　刚), a space, then the person's unit or job (张建华　市供电公司运维检修部班长).
# A numbered list (1. 张卫东　宝鸡机床集团有限公司数控车工) puts its item number before the name.
# (an honour list may mark a winner's sex or nationality after the name: 王秀梅（女）, 马占山（回族）)
# A table flattened to lines puts the row number, a space, then the name (1 谭国栋 潍柴动力…钳工).
# A Uyghur or Kazakh name keeps its middle dot (吾斯曼江·肉孜(维吾尔族)　国网…班长).
# A winner may hold two posts, joined by 、 (王海峰　…采油一厂采油工、高级技师): each is a title.
# A results list's row opens with the rank instead and may close with the score (第2名  王海峰  …公司  91.5分).
_LIST_LINE = lazyrx.compile(r"^(?:\d{1,3}[.．、]\s*|\d{1,3}[\u3000 \t]+|[（(]\d{1,3}[）)]\s*|第\d{1,3}名[\u3000 \t]+)?"
                           r"(?P<name>\p{Han}{1,8}[·・•‧]\p{Han}{1,8}|\p{Han}{2,4}|\p{Han}[\u3000 ]\p{Han})"
                           r"(?:[（(][\p{Han}，,、]{1,10}[）)])?[\u3000 \t]+"
                           r"(?P<unit>\p{Han}[\p{Han}\dA-Za-z（）()·]{1,40}(?:、\p{Han}[\p{Han}\dA-Za-z（）()·]{1,20}){0,3})"
                           r"(?:[\u3000 \t]+\d{1,3}(?:\.\d{1,2})?分)?$")


# A results list puts the prize first and the unit before the name (焊工第一名:检维修中心 徐海波).
_PRIZE_LINE = lazyrx.compile(r"^(?P<unit>\p{Han}{1,12}(?:第[一二三四五六七八九十\d]{1,3}名|[一二三等]等奖|金奖|银奖|铜奖|冠军|亚军|季军))"
                            r"\s*[:：]\s*\p{Han}{2,16}[\u3000 \t]+(?P<name>\p{Han}{2,4})$")


# A results table row puts the prize, then the name with the unit in brackets (个人第一名 柯振华（大冶市供电公司）):
# the unit is where the winner works, no title.
_PRIZE_NAME_UNIT = lazyrx.compile(r"^\p{Han}{0,8}(?:第[一二三四五六七八九十\d]{1,3}名|[一二三等]等奖|金奖|银奖|铜奖|冠军|亚军|季军"
                                 r"|優勝獎|[一二三]等獎|金獎|銀獎|銅獎)\s*[:：]?\s+(?P<name>\p{Han}{2,4})"
                                 r"[（(][^（()）]{2,30}[）)]$")


# A name list that puts the unit first (表彰名单: 郑州市总工会　王　磊, …公司工会　欧阳春燕): the unit ends like an
# organisation, the name may be padded to three characters with a space.
_UNIT_NAME_LINE = lazyrx.compile(r"^(?P<unit>\p{Han}[\p{Han}\d（）()·]{1,40}?)[\u3000 \t]+"
                                 r"(?P<name>\p{Han}{2,4}|\p{Han}[\u3000 ]{1,2}\p{Han})$")


def _minority_list_name(name: str) -> bool:
    """True when ``name`` is a whole Mongolian or Tibetan name of three or more characters (其木格, 巴音孟克,
    次仁多吉): a list line's name slot holds it, with no Chinese surname (place names such as 巴音郭楞 or 乌兰察布
    join an element to no other element, so they fail)."""
    return len(name) >= 3 and _minority_name(name)


def _list_name(name: str) -> bool:
    """True for the name of a list line: a Chinese name, or a three- or four-character transliterated name
    (扎西卓玛) that is no word, since the list's place says a name stands there."""
    if is_person_name(name, True):
        return True
    return 3 <= len(name) <= 4 and all(c in _DOT_NAME_CHARS for c in name) and not is_word(name)


# A unit left unnamed (诸城市一家车桥企业数控车工): only the job after it is the title.
_SOME_UNIT = lazyrx.compile(r"一家\p{Han}{0,12}?(?:企业|企業|公司|工厂|工廠|厂|廠|医院|醫院|学校|學校|酒店|商场|商場|超市|门店|門店)")


def _unit_title(unit: str) -> str:
    """The title of a list line's unit: the job after an unnamed unit (一家食品企业质检员 → 质检员), else all of it."""
    mt = _SOME_UNIT.search(unit) if "一家" in unit else None
    return unit[mt.end():] if mt and len(unit) - mt.end() >= 2 else unit


def _list_person(line: str) -> Person | None:
    """The person of one list line (name + unit, unit + name, prize: unit name, or prize name（unit）), if any."""
    mt = _PRIZE_NAME_UNIT.match(line)
    if mt:
        return Person(mt["name"], []) if is_person_name(mt["name"]) else None
    mt = _LIST_LINE.match(line)
    if mt:
        name = "".join(mt["name"].split())
        if is_person_name(name, True) or _DOT_RX.search(name) or _minority_list_name(name):
            return Person(name, [_unit_title(u) for u in mt["unit"].split("、")])  # (Uyghur names with a dot too)
    tail = line[-6:]  # (the name and its space end the line: a cheap test before the pattern)
    mt = _UNIT_NAME_LINE.match(line) if " " in tail or "\u3000" in tail or "\t" in tail else None
    if mt and (_is_union(mt["unit"]) or mt["unit"].endswith(_ORG_BEFORE_NAME) or _ORG_END.search(mt["unit"])):
        name = "".join(mt["name"].split())
        if _list_name(name) and not _split_role(mt["unit"]):
            return Person(name, [])
    mt = _PRIZE_LINE.match(line)
    return Person(mt["name"], [mt["unit"]]) if mt and is_person_name(mt["name"]) else None


# A results line that lists the winners of one prize, each with the unit in brackets
# (二等奖：肖海涛（于都县纺织服装产业园）、管丽萍（雪莱服饰有限公司）): the prize label says names follow.
_PRIZE_ITEM = r"\p{Han}{2,4}[（(][^（()）]{2,30}[）)]"
_PRIZE_ITEMS_LINE = lazyrx.compile(r"^\p{Han}{0,8}(?:第[一二三四五六七八九十\d]{1,3}名|[一二三]等[奖獎]|特等[奖獎]|优秀[奖獎]|"
                                   r"優秀獎|优胜[奖獎]|優勝獎|金[奖獎]|[银銀][奖獎]|[铜銅][奖獎]|冠军|冠軍|亚军|亞軍|季军|季軍)"
                                   r"\s*[:：]\s*(?P<items>%s(?:\s*[、，,；;]\s*%s)*)[。；;]?$" % (_PRIZE_ITEM, _PRIZE_ITEM))
_PRIZE_ITEM_NAME = lazyrx.compile(r"(?P<name>\p{Han}{2,4})[（(]")


def _prize_winners(line: str) -> list[Person]:
    """The people of one results line ``prize：name（unit）、name（unit）``, when every item reads so."""
    mt = _PRIZE_ITEMS_LINE.match(line)
    if not mt:
        return []
    out = []
    for it in _PRIZE_ITEM_NAME.finditer(mt["items"]):
        if is_person_name(it["name"]):
            out.append(Person(it["name"], []))
    return out


# A list's group heading with the group's count (吴兴区（3名）, 市直(1名)): the list goes on under it.
_GROUP_HEAD = lazyrx.compile(r"^\p{Han}{1,12}\s*[（(]\d{1,3}\s*[名人个個][）)]$")


def _honour_list(body: list[str]) -> list[Person]:
    """People of a list of "name  unit/job" lines: two such lines in a row make a list, one alone does not;
    the list's group headings (市直(1名)) do not break it, so a group of one under them still counts.
    A results line (prize：name（unit）) counts on its own."""
    out: list[Person] = []
    run: list[Person] = []
    for para in body:
        head = para[:16]  # (the prize label and its colon open the line: only its head is tested first)
        if ("：" in head or ":" in head) and ("奖" in head or "獎" in head or "名" in head or "军" in head
                                             or "軍" in head):
            out.extend(_prize_winners(para.strip()))
        person = _list_person(para.strip()) if " " in para or "\u3000" in para or "\t" in para else None
        if person:
            run.append(person)
            continue
        if run and para.rstrip()[-1:] in ")）" and _GROUP_HEAD.match(para.strip()):
            continue
        if len(run) >= 2:
            out.extend(run)
        run = []
    if len(run) >= 2:
        out.extend(run)
    return out


# A notice's list of candidates or winners after its label (候选人预备人选名单（按姓氏笔画排序）：, 名单如下：), on the
# label's line or on the lines after it: names separated by spaces, a two-character name padded to three
# with a space (马　丽　王新民 → 马丽, 王新民), transliterated names with a dot among them.
_LIST_LABEL = lazyrx.compile(r"(?:名单|名單)(?:如下)?(?:[（(][^（）()]{0,16}[）)])?\s*[:：]\s*(?P<rest>.*)$")
_SPACE_SEP = lazyrx.compile(r"[\s、，,；;]+")


def _list_items(line: str) -> list[str] | None:
    """The names of a line that holds nothing but names (None when any item is no name): single characters
    in a row are pairs of a padded two-character name."""
    tokens = [t for t in _SPACE_SEP.split(line.strip().rstrip("。")) if t]
    items: list[str] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if len(t) == 1:
            if k + 1 >= len(tokens) or len(tokens[k + 1]) != 1:
                return None
            t = t + tokens[k + 1]
            k += 1
        k += 1
        if not (_DOTTED.fullmatch(t) or _list_name(t) or (looks_like_name(t) and not _ROLE_WORD.fullmatch(t))):
            return None
        items.append(t)
    return items if len(items) >= 2 else None


def _labelled_name_list(body: list[str]) -> list[Person]:
    """People of a name list after a 名单 label: the rest of the label's line, or the lines after it while
    each holds only names."""
    out: list[Person] = []
    for i, para in enumerate(body):
        mt = _LIST_LABEL.search(para) if ("名单" in para or "名單" in para) else None
        if not mt:
            continue
        if mt["rest"].strip():
            lines = [mt["rest"]]
        else:
            lines = body[i + 1:i + 21]
        for line in lines:
            items = _list_items(line)
            if not items:
                break
            out.extend(Person(x, []) for x in items)
    return out


# A table flattened to lines, its cells one space apart: a header row of short labels, one of them 姓名 (项目 姓名 单位),
# then rows of as many cells; the cell under 姓名 is a person whatever the other cells hold (叉车驾驶 王丽 物流分工会:
# an event, not a job noun, before the name).
_CELL_SEP = lazyrx.compile(r"[\u3000 \t]+")
_HEADER_CELL = lazyrx.compile(r"\p{Han}{1,8}")
#: Rows read under one header at most (a table's end is the first row of another shape).
_TABLE_ROWS = 60


#: How a header cell naming the person's post ends (职务, 工作单位及职务, 單位職務).
_POST_LABELS = ("职务", "職務")


def _name_column_rows(body: list[str]) -> list[Person]:
    """People of the rows under a header row whose cells are short labels, one of them 姓名: in each following row
    of as many cells, the cell under 姓名 when it reads as a name (a two-character name padded to three with a space
    is joined; a Uyghur or Kazakh name keeps its middle dot), titled by the cell under a post column (职务, 工作单位及
    职务) when there is one.  The rows end at the first line of another shape."""
    out: list[Person] = []
    for i, para in enumerate(body):
        if "姓名" not in para:
            continue
        head = _CELL_SEP.split(para.strip())
        if not 2 <= len(head) <= 6 or head.count("姓名") != 1 or not all(_HEADER_CELL.fullmatch(c) for c in head):
            continue
        col = head.index("姓名")
        post = next((k for k, c in enumerate(head) if c.endswith(_POST_LABELS)), None)
        for row in body[i + 1:i + 1 + _TABLE_ROWS]:
            cells = _CELL_SEP.split(row.strip())
            if len(cells) == len(head) + 1 and len(cells[col]) == len(cells[col + 1]) == 1:
                cells[col:col + 2] = [cells[col] + cells[col + 1]]  # (孙　磊: a padded two-character name)
            if len(cells) != len(head) or not (_list_name(cells[col]) or _DOTTED.fullmatch(cells[col])):
                break
            out.append(Person(cells[col], [cells[post]] if post is not None else []))
    return out
