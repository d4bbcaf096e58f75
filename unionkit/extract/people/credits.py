"""The names of a byline or credit line (_staff): the roles it gives, the slot values that are names, and the
merging of a person found twice (_merge).
"""

from __future__ import annotations

from ... import lazyrx
from ... import recode
from ...record import Article, Person
from ..meta import drop_glosses, join_spaced_pair
from .surnames import _CONTEXT_SURNAMES
from .roles import _ORG_END
from .dictionary import (
    _either_script, is_word, _PLACE_WORD, _place_word, _proper_noun, _rare_word, _raw_common, _raw_line, _raw_tag)
from .shape import _given_ok, is_person_name, looks_like_name, _surname_len
from .minority import _is_translit, _steppe_name, _tibetan_pair, _TIBETAN_PARTS
from .chains import _is_union
from .after_role import _BYLINE_ROLES, _dai_name
from .dotted import _DOT_NAME_CHARS, _DOTTED


# Nickname prefixes of pen names (小林, 老树, 阿青; 茶小二 after a word-like surname).
_NICK_PREFIX = frozenset("小老阿")


def _rare_word_name(value: str) -> bool:
    """True for a staff slot's value that is name-shaped and only a rare dictionary word (责任编辑：付强): the slot
    says a name stands there, and a word that rare is no ordinary word (焦点, 方圆, 方可 are common)."""
    if not looks_like_name(value) or _ROLE_WORD.fullmatch(value) or not is_word(value):
        return False  # (no word at all: is_person_name has taken it already)
    return _either_script(_rare_word, value)


def _spaced_reporter(article: Article, name: str) -> bool:
    """True when a byline writes ``name`` (a dictionary word: 方圆) as a reporter set off by spaces
    (本报讯 通讯员 陈晓 记者 方圆 …): the slot leaves no doubt that a name stands there."""
    if not looks_like_name(name):
        return False
    for r in article.removed:
        if r.kind == "byline":
            k = r.text.find(name)
            if k > 0 and r.text[:k].rstrip().endswith(("记者", "記者")) and r.text[k - 1].isspace() \
                    and (k + len(name) == len(r.text) or r.text[k + len(name)].isspace()):
                return True
    return False


# A news portal's editor slot: the label and one value alone in square or lenticular brackets (【责任编辑：方可】,
# [责任编辑：苏雅]).  That template always holds a staff editor's name; the parenthesised (责任编辑:焦点) of
# other templates may hold a section or a pen name, so there a dictionary word stays out.
_BRACKET_EDITOR = lazyrx.compile(r"[【\[]\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*(?P<name>\p{Han}{2,3})\s*[】\]]")


def _bracketed_editor(article: Article, name: str) -> bool:
    """True when an editor line writes ``name`` (a dictionary word: 方可) alone in a bracketed editor slot
    (【责任编辑：方可】): the slot leaves no doubt that a name stands there."""
    if not looks_like_name(name) or _ROLE_WORD.fullmatch(name):
        return False
    for r in article.removed:
        if r.kind == "editor_line" and ("【" in r.text or "[" in r.text):
            if any(mt["name"] == name for mt in _BRACKET_EDITOR.finditer(r.text)):
                return True
    return False


def _beside_named_slot(article: Article, name: str) -> bool:
    """True when an editor line writes ``name`` (a dictionary word: 高原) as one slot's whole value beside another staff
    slot that holds a person's name as a slot reads it (编辑：高原　审核：王振; 记者：乌兰图雅　编辑：高原, a Mongolian name
    no surname opens): a roster of the page's staff, where every slot holds a name, unlike a lone (责任编辑:焦点),
    which may be a section's or a pen name.  Role words and organs stay out."""
    if not looks_like_name(name) or not _plain_slot_value(name):
        return False
    for r in article.removed:
        if r.kind != "editor_line" or name not in r.text:
            continue
        values = [mt["names"] for mt in _STAFF_RX.finditer(r.text)]
        if name in values and any(v != name and _byline_names(v) == [v] for v in values):
            return True
    return False


# Surnames too ambiguous for running text (区 is a district everywhere; 代 of Sichuan and Chongqing opens 代表,
# 时代 holds it) that an editor slot still shows (责任编辑:代丽娜).
_SLOT_SURNAMES = frozenset("区區代")
_TWO_OR_THREE_HAN = lazyrx.compile(r"\p{Han}{2,3}")


def _plain_slot_value(v: str) -> bool:
    """True for a stripped slot value of two or three Han characters that is no role word and no organ: the shape
    every lone editor-slot name has."""
    return bool(_TWO_OR_THREE_HAN.fullmatch(v)) and not _ROLE_WORD.fullmatch(v) and not _ORG_END.search(v)


def _editor_slot_name(value: str) -> bool:
    """True for a lone editor value that is a name though no common surname opens it: a Cantonese 区 surname
    (区楚瑶), a surname that is a common character (代丽娜, 展晓明), or a two-character Mongolian or other name jieba files as a proper noun (乌兰)."""
    v = value.strip()
    if not _plain_slot_value(v):
        return False
    if v[0] in _SLOT_SURNAMES or (len(v) == 3 and v[0] in _CONTEXT_SURNAMES):
        return _given_ok(v[1:]) and not is_word(v)  # (a context surname only before a two-character given name)
    if _surname_len(v) or len(v) != 2 or v[0] in _NICK_PREFIX:
        return False  # 小林, 老树: a pen name, not a person's name
    parts = _raw_line(v).split()
    if len(parts) > 2 and parts[2] == "ns" and parts[1].isdigit() and int(parts[1]) >= _PLACE_WORD:
        return False  # 责任编辑:天山: a common place or region as a pen name (the seeds' 责任编辑:焦点), no person
    if _noun_compound(v):
        return False  # 责任编辑:秋雨, 雪梨: jieba files them as names, yet they read as things (a pen name)
    return len(parts) > 2 and parts[2] in ("nr", "nrfg", "nrt", "ns")


def _name_word_in_slot(value: str) -> bool:
    """True for a lone editor value of a single surname and a given part that jieba files as a person's name though
    it is also a word (责任编辑：洪亮, loud): the slot says a name stands there.  Pen names that read as things
    (秋雨) and role words stay out."""
    v = value.strip()
    if not _plain_slot_value(v) or _surname_len(v) != 1 or v[0] in _NICK_PREFIX or not _given_ok(v[1:]) \
            or _noun_compound(v):
        return False
    parts = _raw_line(v).split()
    return len(parts) > 2 and parts[2] in ("nr", "nrfg")


# Tags of a character that is a thing or a time on its own (雨 n, 秋 t): two of them make a noun, not a name.
_THING_TAGS = frozenset(("n", "t", "s", "ng", "tg"))


def _noun_compound(v: str) -> bool:
    """True when each character of a two-character value is a noun or time word on its own in jieba's dictionary
    (秋 t + 雨 n, 雪 n + 梨 n): the value reads as a thing (autumn rain, a pear), a pen name, whatever tag the
    whole gets; a name without a listed surname has name characters (乌 nr + 兰 nr: a Mongolian name)."""
    return all(_raw_tag(c) in _THING_TAGS for c in v)


# Names in a byline value: space- or 、-separated (王伟、李娜, 刘洋 陈静).
_NAME_SEP = lazyrx.compile(r"[\s、,，]+")


def _byline_names(value: str) -> list[str]:
    """The people of a reporter/author/editor value.

    The slot says "a name goes here", so a name that is also a dictionary word still counts where the
    slot leaves no doubt: listed beside a real name (记者 孟佳、高远), or a lone name the dictionary files
    as a proper noun (于洋, tagged as a place there).  A lone common word stays out (责任编辑：焦点)."""
    items = [x for x in _NAME_SEP.split(value) if x]
    clear = [x for x in items if is_person_name(x, True) or _DOTTED.fullmatch(x) or _is_translit(x)
             or x in _TIBETAN_PARTS  # (发布者：扎西: many Tibetans go by one name element)
             or (len(x) >= 3 and _steppe_name(x, True))]  # (作者：娜仁高娃)
    out = []
    for x in items:
        if x in clear or (looks_like_name(x) and not _ROLE_WORD.fullmatch(x)
                          and (clear or (_proper_noun(x) and not _place_word(x)))):
            out.append(x)
    return out


# Staff named in an editor line or a photo credit, with the role as written: 审核：胡斌, 校对：施鋆,
# 图片编辑：蒋立冬, (新华社记者 李明 摄), (摄影 王刚).  The role word itself is never a name.
_STAFF_RX = lazyrx.compile(
    r"(?P<role>责任编辑|責任編輯|图片编辑|圖片編輯|美术编辑|美術編輯|视频编辑|視頻編輯|责编|責編|编辑|編輯|审核|審核|審覈|审覈|"
    r"美编|美編|录入|錄入|监制|監製|监审|監審|"
    # the chief editor beside the duty editor on a news app's editor line (责编：X　主编：Y)
    r"主编|主編|"
    r"审校|審校|校对|校對|编审|編審|初审|初審|复审|複審|终审|終審|二审|二審|三审|三審|记者|記者|摄影|攝影|通讯员|通訊員|实习生|實習生|"
    # a video report's cameraman (记者：乌兰 摄像：其其格)
    r"摄像|攝像|"
    # and its editor among the crew, only as a label with its colon (剪辑：王刚; 剪辑 is also the verb of the work)
    r"(?<!\p{Han})(?:剪辑|剪輯)(?=\s*[:：丨｜|])|"
    # a meeting's minute-taker in the minutes' head (主持：刘志刚 记录：詹琳): only as a label, with its colon
    r"(?<!\p{Han})(?:记录人|記錄人|记录|記錄)(?=\s*[:：])|"
    # a layout's designer among the closing credits (设计：X above 校对：Y): only as a label, with its colon
    r"(?<!\p{Han})(?:设计|設計)(?=\s*[:：])|"
    # (a WeChat tail may bar the role from the name: 责编丨孙悦, 编辑｜陈可欣)
    # 文字：X credits the writer (WeChat tails): only as a label of its own, with its colon or bar
    # (文：X, the writer on a portal's header line: 来源：江门工会 文：司徒嘉欣 阅读：…)
    r"(?<!\p{Han})文字?(?=\s*[:：丨｜|])|"
    # a byline's 文/X credits the writer as 图/X the photographer (作者：文/刘颖 图/谢安); 文/图 and 文/本报记者 X
    # are left to their own patterns
    r"(?<!\p{Han})文(?=\s*[/／]\s*(?![图圖]|\p{Han}{0,3}(?:记者|記者|通讯员|通訊員|摄影|攝影)))|"
    # 图片：X credits the photographer the same way (文字:谷丰 图片:郑鸣)
    r"(?<!\p{Han})(?:图片|圖片)(?=\s*[:：丨｜|])|"
    # a byline's 图/X credits the photographer (文/集团工会 张三 图/李四); 图/本报记者 X leaves X to 记者
    r"(?<!\p{Han})(?:图|圖)(?=\s*[/／:：]\s*(?!\p{Han}{0,3}(?:记者|記者|通讯员|通訊員|摄影|攝影)))|"
    # a bracketed byline's 文/图 credits the writer and photographer, its names set off by spaces (（文/图 郭茜 段晓峰）)
    r"(?<=[（(][ \u3000]{0,2})(?:文/图|文／图|文/圖|文／圖)(?=\s)|"
    # a portal header's poster (发布者：扎西): mostly an account (admin, 组宣部), which no name test passes
    r"(?<!\p{Han})(?:发布者|发布人|發佈者|發布者|發佈人|發布人)(?=\s*[:：]))\s*[:：丨｜|/／]?\s*"
    r"(?P<names>%s(?:[、，,]%s){0,3})(?![\p{Han}·・•‧])" % ((r"(?:\p{Han}{1,8}(?:[·・•‧]\p{Han}{1,8})+|\p{Han}{2,6})",) * 2))


# (up to six characters: Mongolian and Uyghur names without a dot run to five or six, 责任编辑：额尔德木图)


# A credit's name glued to the next credit's role (李思遠通訊員): the name, then a byline role that ends the value.
_GLUED_ROLE = lazyrx.compile(r"(?P<name>\p{Han}{2,3}?)(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)")


_STAFF_ROLES = ("记者", "記者", "通讯员", "通訊員", "摄影", "攝影", "编辑", "編輯", "摄影师", "攝影師")


# A photo credit that puts the role after the names: （何勇 摄）, 王刚、李娜/摄.
# A contributor's credit puts the name, maybe after the unit, right before 供稿 (（南康区总工会 钟慧敏 供稿）).
_SUPPLIED_BY = lazyrx.compile(r"(?<![\p{Han}·])(?P<name>\p{Han}{2,4})\s*(?:供稿|供圖|供图)(?!\p{Han})")


# A contributor's credit may instead put 供稿 first, as a label, then the unit and the name set off by a space
# (（供稿：县总工会 马玉兰）, 供稿：李明): the unit must end like an organ; a bare unit (供稿：县总工会) names no one.
# (来稿 and 撰稿 label the text's writer the same way; the next credit's label after the name, 供稿：李明　摄影：王刚,
# is no name: a name is never followed by a colon)
_SUPPLIED_LABEL = lazyrx.compile(r"(?:供稿|供圖|供图|来稿|來稿|撰稿)\s*[:：]\s*(?:(?P<unit>\p{Han}{2,30}?)[ \u3000]+)?"
                                 r"(?P<name>\p{Han}{1,8}(?:[·・•‧]\p{Han}{1,8})+|\p{Han}{2,4})(?![\p{Han}·・•‧]|\s*[:：])")
_PHOTO_BY = lazyrx.compile(r"(?<![\p{Han}·])(?P<names>\p{Han}{2,4}(?:[、，, ]\p{Han}{2,4}){0,3})\s*/?\s*(?P<role>摄|攝)(?!\p{Han})")


# More names after a credit's first one, each set off by spaces (通讯员 柴秀兰 李朋 发布时间…): two or three
# characters with a space, the line's end or the bracket that closes the byline after them (（通讯员 黄春燕 凌志强）);
# a Mongolian or Uyghur name written without a dot runs to six (通讯员：张丽 苏日古嘎).
_SPACED_NAME = lazyrx.compile(r"[ \u3000]+(?P<name>\p{Han}{2,6})(?=[ \u3000）)]|$)")


# A byline's last name followed by its own role in brackets (记者：郭瑞 杨帆（摄像）): a video report's crew.
_NOTED_NAME = lazyrx.compile(r"[ \u3000]+(?P<name>\p{Han}{2,3})[（(](?P<role>摄像|攝像|摄影|攝影|剪辑|剪輯|通讯员|通訊員|"
                             r"实习生|實習生)[）)]")


def _spaced_name_ok(name: str) -> bool:
    """True for a name set off by spaces after a credit's names: a Chinese name of two or three characters, a
    Mongolian or Tibetan one (萨仁, 其其格: one name element may stand alone in a crew's byline), or a
    transliterated one of four to six (苏日古嘎, 巴图孟和) that no surname opens and no place of the gazetteer
    spells (克拉玛依, 图木舒克, 乌兰: where the byline was filed); never a role word."""
    if _ROLE_WORD.fullmatch(name):
        return False
    if len(name) <= 3 and is_person_name(name, True):
        return True
    if not (_steppe_name(name, True) or len(name) >= 4 and (_translit_word(name) or _is_translit(name))):
        return False
    from .. import places  # (loaded already when extract runs: it finds the places first)
    return not any(m.start == 0 and m.end == len(name) for m in places.scan(name))


def _spaced_names(text: str, at: int) -> list[str]:
    """Up to two more names after a credit's names that end at ``text[at]``, separated by spaces only; a
    candidate that is no person name (a role word, 报道) ends the run."""
    return _spaced_run(text, at)[0]


def _spaced_run(text: str, at: int) -> tuple[list[str], int]:
    """(names, end) of the run _spaced_names reads after ``text[at]``: one scan serves both the names and where
    they end (``at`` when there are none)."""
    out = []
    while len(out) < 2:
        mt = _SPACED_NAME.match(text, at)
        if not mt or not _spaced_name_ok(mt["name"]):
            break
        out.append(mt["name"])
        at = mt.end()
    return out, at


def _translit_word(name: str) -> bool:
    """True for a staff slot's whole value of three to six transliteration characters that is no word (编辑:米娜瓦尔):
    a Uyghur or Mongolian name written without a dot."""
    return 3 <= len(name) <= 6 and all(c in _DOT_NAME_CHARS for c in name) and not is_word(name)


def _labelled_supplier(text: str) -> list[Person]:
    """The contributors of ``供稿：[unit ]name`` credits, untitled like those of ``name 供稿``."""
    out = []
    for mt in _SUPPLIED_LABEL.finditer(text):
        unit, name = mt["unit"], mt["name"]
        if unit and not (_ORG_END.search(unit) or _is_union(unit)):
            continue
        if _slot_name(name) and not (_DOTTED.fullmatch(name) and _ORG_END.search(name)):
            out.extend(Person(x, []) for x in [name] + _spaced_names(text, mt.end()))
    return out


# Credits whose names carry no title (the writer's and photographer's labels, as the page's author is untitled).
_UNTITLED_CREDITS = frozenset(("文字", "文", "图", "圖", "文/图", "文／图", "文/圖", "文／圖"))


def _staff(text: str) -> list[Person]:
    """People named after a staff role in an editor line or credit, titled with that role as written."""
    out = []
    # (终审:杨 波: a two-character name padded with a space; 摄影 Photo:孙浩: a bilingual page glosses its labels)
    text = join_spaced_pair(drop_glosses(text))
    if "摄" in text or "攝" in text:
        for mt in _PHOTO_BY.finditer(text):
            if text[:mt.start()].rstrip().endswith(_STAFF_ROLES):
                continue  # 新华社记者 张涛 摄: the role before the name is the title
            for name in _NAME_SEP.split(mt["names"]):
                if (is_person_name(name, True) or _is_translit(name)) and not _ROLE_WORD.fullmatch(name):
                    out.append(Person(name, ["攝影" if mt["role"] == "攝" else "摄影"]))
    if "供" in text or "稿" in text:  # (供稿, 供图, 来稿, 撰稿)
        for mt in _SUPPLIED_BY.finditer(text):
            if is_person_name(mt["name"], True) or _is_translit(mt["name"]):
                out.append(Person(mt["name"], []))  # (the contributor carries no title, as the writer of 文字：X)
        out.extend(_labelled_supplier(text))
    at = 0
    while (mt := _STAFF_RX.search(text, at)) is not None:
        at = mt.end()
        glued = _GLUED_ROLE.fullmatch(mt["names"])
        if glued and is_person_name(glued["name"], True):
            # 記者：李思遠通訊員：周婷: the spaces between two credits lost (a line cut at its pinyin glosses and
            # joined again): the name ends where the next role starts, which is read on its own
            at = mt.start("names") + glued.end("name")
            out.append(Person(glued["name"], [] if mt["role"] in _UNTITLED_CREDITS else [mt["role"]]))
            continue
        listed = _NAME_SEP.split(mt["names"])
        last = listed[-1]
        spaced, end = _spaced_run(text, mt.end())
        noted = _NOTED_NAME.match(text, end)
        for name in listed + spaced:
            if _slot_name(name) or name == last and _photo_slot_word(text, mt, name) and not _ROLE_WORD.fullmatch(name):
                # the writer credited by 文字：X (or 文/图 X) is the author, who carries no title
                out.append(Person(name, [] if mt["role"] in _UNTITLED_CREDITS else [mt["role"]]))
        if noted and is_person_name(noted["name"], True):
            out.append(Person(noted["name"], [noted["role"]]))  # 记者：郭瑞 杨帆（摄像）: the last name's own role
    return out


def _slot_name(name: str) -> bool:
    """True when ``name``, the value of a staff or contributor credit's slot (摄影：X, 供稿：X), is a person's name:
    a Chinese one, or a dotted, transliterated, Tibetan or Mongolian one, or a rare word the slot makes a name; never
    a role word.  (A pair of Tibetan syllables opening with a nickname's prefix, 阿青, is a pen name.)"""
    return (is_person_name(name, True) or _DOTTED.fullmatch(name) is not None or _is_translit(name)
            or name in _TIBETAN_PARTS or _tibetan_pair(name) and name[0] not in _NICK_PREFIX or _rare_word_name(name)
            or _steppe_name(name, True) or _translit_word(name) or _dai_slot_value(name)) \
        and not _ROLE_WORD.fullmatch(name)


def _dai_slot_value(name: str) -> bool:
    """True for a Dai name filling a credit's slot whole (图片:岩香, 文字:玉罕: no surname, see _dai_name) that no
    common dictionary entry spells (玉米, 岩石, 玉溪: 玉 and 岩 open no surname, so the word index misses them)."""
    return _dai_name(name, 0) == name and not _either_script(_raw_common, name) and not _raw_common(name[:2])


# A byline's photo credit closes with 摄 after the last name (记者 A B 通讯员 C 摄): the name there sits between a
# byline role and the credit's verb, a slot that holds nothing but a name.
_PHOTO_CLOSE = lazyrx.compile(r"\s*[/／]?\s*[摄攝](?!\p{Han})")


def _photo_slot_word(text: str, mt, name: str) -> bool:
    """True when ``name``, the last name after a byline role (记者, 通讯员, 摄影), is a name-shaped dictionary word
    that the credit's closing 摄 follows (通讯员 甘露 摄): the slot, not the dictionary, says what it is."""
    return (mt["role"] in _BYLINE_ROLES or mt["role"] in ("摄影", "攝影")) and looks_like_name(name, True) \
        and _PHOTO_CLOSE.match(text, mt.end()) is not None


# Role words that must never come out as a name (記者 on a traditional page, 编辑, 通讯员 …).
_ROLE_WORD = recode.compile(r"(?:本报|本報)?(?:记者|記者|编辑|編輯|责编|責編|通讯员|通訊員|摄影|攝影|审核|審核|審覈|审覈|校对|校對|监制|監製|监审|監審)")


def _traditional_bylines(article: Article) -> bool:
    """True when the page writes its bylines in traditional script (記者, 編輯)."""
    text = "".join(r.text for r in article.removed if r.kind in ("byline", "dateline", "editor_line", "page_header"))
    return ("記者" in text or "編輯" in text or "責編" in text) and not ("记者" in text or "编辑" in text or "责编" in text)


def _editor_title(article: Article, trad: bool = False, name: str = "") -> str:
    """The editor's label as the page writes it just before the name (编辑：张琳 责编：高峰 → 张琳 is 编辑,
    高峰 责编; 責任編輯 on a traditional line, whatever script other lines use); 编辑 in the page's script
    when no line shows the name after a label."""
    return _role_before(article, name, _ANY_EDITOR_LABEL) or ("編輯" if trad else "编辑")


def _role_before(article: Article, name: str, roles) -> str | None:
    """The last of ``roles`` written before ``name`` on the first removed line (or closing paragraph) that
    names it after one: a title is given as written, never in another script or spelling."""
    if not name:
        return None
    for text in _staff_texts(article):
        at = text.find(name)
        if at > 0:
            labels = list(roles.finditer(text, 0, at))
            if labels:
                return labels[-1].group()
    return None


def _staff_texts(article: Article):
    """The removed lines that can name staff, then the body's last two paragraphs (an editor line left there)."""
    for r in article.removed:
        if r.kind in ("editor_line", "page_header", "byline", "dateline", "credit", "navigation"):
            yield r.text
    yield from article.body[-2:]


_ANY_EDITOR_LABEL = lazyrx.compile(r"责任编辑|責任編輯|责编|責編|编辑|編輯")
_REPORTER_WORD = lazyrx.compile(r"记者|記者|通讯员|通訊員")  # a correspondent a dateline names as reporter keeps that title


def _merge(people: list[Person]) -> list[Person]:
    """One Person per name, first-seen order, titles united in order."""
    by: dict[str, Person] = {}
    for p in people:
        q = by.setdefault(p.name, Person(p.name, []))
        for t in p.titles:
            if t not in q.titles:
                q.titles.append(t)
    return list(by.values())
