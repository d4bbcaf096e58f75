"""People named in an article, with the titles they are given.

Names are only taken where the context says "this is a person":
- a title chain right before a name (``红桥区总工会党组书记、主席孙玉龙``): the
  strong case, titles are split at 、 and a bare role inherits the union named
  in the segment before it (党组书记、主席 → 红桥区总工会主席); a bare role after
  a non-union organ stays bare (市委常委、秘书长 → 秘书长);
- a quotation verb right after a whole clause-initial name (``孙玉龙说:``);
- bylines and editor lines from the removed pieces (记者 王刚 → [记者],
  责任编辑:朱晶晶 → [责任编辑], a trailing (喻娟) → []).
A candidate must start with a Chinese surname (single or compound, both
scripts), have no function characters in its given name, and must not be an
ordinary word of jieba's dictionary (焦点, 休闲, 项目; words tagged as person
names there, like 高峰, still pass).  The dictionary is read lazily as a text
file, without importing jieba; jieba's segmentation and POS tags are not used.
"""

from __future__ import annotations

import re

from ... import lazyrx
from ... import recode
from ...record import Article, Meta, Person, Place, Removal, Union
from ..meta import join_spaced_pair, joined_removals
from .surnames import COMPOUND_SURNAMES, _CONTEXT_SURNAMES, _SINGLE, SURNAMES
from .roles import _FOLLOW_CHARS, _FOLLOW_WORDS, _NOT_GIVEN, _ORG_END, _ROLE_SET, _WEAK_ROLES
from .dictionary import (
    _any_entry, _either_script, _entry, is_word, _PLACE_WORD, _place_word, _proper_noun, _rare_word, _raw_line,
    _raw_tag)
from .shape import _given_ok, _IS_HAN, is_person_name, looks_like_name, _surname_len
from .boundaries import _name_may_end, _word_at
from .minority import _is_translit, _steppe_name, _tibetan_name, _TIBETAN_PARTS, _TRANSLIT_FIRST
from .chains import _cut_org, _is_union, _resolve, _role_ending_at, _split_role, _title_chain, _titles
from .after_role import _BYLINE_ROLES
from .phrased import _minority_name
from .dotted import _DOT_NAME_CHARS, _DOT_RX, _DOTTED, _dotted_names
from .lists import _ORG_BEFORE_NAME
from .de_names import _DE_HOLDING, _de_name_shape, _given_no_word
from .jobs import _contacts
from .offices import _DEPT_NAME, _NOT_IN_DEPT
from .scan import _from_text
from .dictionary import _dictionary_parts, _simplified, is_common_word


def _department_staff(texts: list[str], unions: list[Union], places) -> list[Person]:
    """People named right after a union's department (市总工会劳动保护部黄志强，), titled with the union's full name
    and the department.  Only the positions of the union word are tried (a look-up per 工会, no page scan)."""
    out = []
    for text in texts:
        for word in ("工会", "工會"):
            i = text.find(word)
            while i >= 0:
                mt = _DEPT_NAME.match(text, i + 2)
                if (mt and not _NOT_IN_DEPT.intersection(mt["dept"]) and is_person_name(mt["name"], True)
                        and not _ROLE_WORD.fullmatch(mt["name"])):
                    j = i
                    while j > 0 and _IS_HAN[text[j - 1]] and i - j < 20:
                        j -= 1
                    org = _cut_org(text[j:i + 2])
                    if _is_union(org):
                        out.append(Person(mt["name"], [_resolve(org, unions, places) + mt["dept"]]))
                i = text.find(word, i + 2)
    return out


def _from_bylines(article: Article, meta: Meta | None = None, joined: list[Removal] | None = None) -> list[Person]:
    """Reporters, authors and editors named in the removed byline and editor pieces (``meta``: already extracted;
    ``joined``: joined_removals(article.removed), already made)."""
    if meta is None:
        from ..meta import extract_meta

        meta = extract_meta(article)
    m = meta
    trad = _traditional_bylines(article)
    out = []
    for names, role in ((m.reporter, "reporter"), (m.author, None), (m.editor, "editor")):
        found = _byline_names(names or "")
        if not found and names and _lone_slot_name(article, role, names.strip()):
            found = [names.strip()]
        if not found and names and _tibetan_name(names.strip()):
            found = [names.strip()]  # 作者：拉毛措: a Tibetan name, with no Chinese surname
        if not found and names and _slot_shaped_name(names.strip()):
            found = [names.strip()]  # 记者 敏学军: a surname the list lacks, in a slot that only holds names
        for name in found:
            if role == "reporter":
                titles = [_role_before(article, name, _REPORTER_WORD) or ("記者" if trad else "记者")]
            else:
                titles = [_editor_title(article, trad, name)] if role else []
            out.append(Person(name, titles))
    for r in joined if joined is not None else joined_removals(article.removed):  # (a line that carried pinyin comes in parts: 審|(shěn)|核：郝建平)
        if r.kind in ("editor_line", "credit", "byline", "dateline", "page_header"):
            out.extend(_staff(r.text))  # a header line may carry them too (来源：… | 编辑：黄丽 | 审核：覃海)
            if r.kind in ("byline", "credit") and r.text.strip()[-1:] in "）)":
                out.extend(_signature(r.text.strip()))
            if "：" in r.text or ":" in r.text:
                out.extend(_unit_credits(r.text))  # (作者：宜昌市总工会 向丹: the unit, then the writer)
            if r.kind == "byline":
                out.extend(p for _, p in _contacts(r.text))  # a reply letter's contact block, removed under its text (联系人：李志刚)
        elif r.kind == "navigation" and _only_credits(r.text.strip()):
            out.extend(_staff(r.text))  # a WeChat tail line filed with the menus: only whole 文字｜邱雨涵 credits
        elif r.kind == "navigation" and _PROFESSIONS_END.search(r.text):
            out.extend(_answerer(r.text.strip()))
        if r.kind in ("navigation", "page_header", "byline", "dateline") and ("布" in r.text or "佈" in r.text):
            out.extend(Person(mt["name"], []) for mt in _POSTER.finditer(r.text) if is_person_name(mt["name"]))
    handles = (_poster_handles(article) | _profile_handles(article, out)) if out else set()
    if out and any(_nickname_pen_name(p.name) for p in out):
        out = [p for p in out if not _nickname_pen_name(p.name)]  # (责任编辑：茶小二: a content farm's pen name)
    return [p for p in out if p.name not in handles] if handles else out


# A professional's title that heads a Q&A answer on a line of its own (粤法援律师王振华): the answerer.
_PROFESSIONS = ("律师", "律師", "法官", "医生", "醫生", "医师", "醫師", "教授", "讲师", "講師", "咨询师", "諮詢師",
                "心理咨询师", "心理諮詢師")
_PROFESSIONS_END = recode.compile(r"(?:%s)\S{2,4}$" % "|".join(_PROFESSIONS))


def _answerer(line: str) -> list[Person]:
    """The person of a removed line that is nothing but a professional's title and a name (粤法援律师王振华, the
    header of an answer on a Q&A page, filed with the menus): the name must close the line."""
    if len(line) > 16:
        return []
    got = _from_text(line, [], [])
    return [p for p in got if line.endswith(p.name) and p.titles and p.titles[-1].endswith(_PROFESSIONS)
            and line == p.titles[-1] + p.name]


# Nickname prefixes of pen names (小林, 老树, 阿青; 茶小二 after a word-like surname).
_NICK_PREFIX = frozenset("小老阿")


def _nickname_pen_name(name: str) -> bool:
    """True for a staff value shaped like a content farm's pen name rather than a person's: a surname that is also
    an ordinary character (茶, 那: only _CONTEXT_SURNAMES lists it) before a 小/老/阿 + one character nickname
    (茶小二 = 店小二).  A listed surname keeps such a given name (雷小军, 王小丫 are people)."""
    return (len(name) == 3 and name[1] in _NICK_PREFIX and name[0] in _CONTEXT_SURNAMES
            and name[0] not in SURNAMES and name[0] not in _TRANSLIT_FIRST)


def _slot_shaped_name(value: str) -> bool:
    """True for a lone reporter, author or editor value shaped like a name though its surname is not listed:
    a Han character then a plain given name (敏学军, 仓晓东: rare regional surnames), or a Tibetan name
    element then two characters (索南文江).  The slot says a name stands there; the value must be no
    word, role or organ, and its first pair no dictionary entry at all (敏学 passes; 综合, 新华 do not)."""
    if len(value) not in (3, 4) or not all(_IS_HAN[c] for c in value) or _ROLE_WORD.search(value) \
            or _ORG_END.search(value) or is_word(value) or value[0] in _NOT_GIVEN or value[0] in _NICK_PREFIX:
        return False  # (阿輝哥, 小魚兒, 老巷口: a 阿/小/老 nickname opens a forum poster's handle, no rare surname)
    if len(value) == 4:
        return value[:2] in _TIBETAN_PARTS and _given_ok(value[2:]) and not is_word(value[2:])
    if value[-1] in "人宣" and not is_person_name(value):
        return False  # 仙梅人 (a poster's handle), 赣工宣 (a place's union publicity office): pen names
    return _given_ok(value[1:]) and not _either_script(_any_entry, value[:2])


# A forum or portal poster's field (發佈者:梅花香): the user name of an account, a person's name or a handle.
_POSTER_FIELD = lazyrx.compile(r"(?:发布者|發佈者|發布者|发佈者)\s*[:：]\s*(?P<name>\p{Han}{3})(?!\p{Han})")


# From this count up, both pairs of a three-character value are common words (梅花 959, 花香 131): a phrase.
_HANDLE_PAIR = 100


def _poster_handles(article: Article) -> set[str]:
    """The poster fields' values that read as a phrase of two common words (梅花香 = 梅花 + 花香), a forum handle
    rather than a person's name (吴静, 扎西 stay people)."""
    out = set()
    for r in article.removed:
        if "者" not in r.text:
            continue
        for mt in _POSTER_FIELD.finditer(r.text):
            name = mt["name"]
            if all(_common_pair(name[k:k + 2]) for k in (0, 1)):
                out.add(name)
    return out


def _profile_handles(article: Article, people: list[Person]) -> set[str]:
    """The names of ``people`` that open a removed poster's profile piece (寧江風離線, 渤海老铁 当前离线: the
    account's name over its level, UID and post counts): a forum thread's poster is an account, not a person."""
    profiles = [r.text.lstrip() for r in article.removed if r.kind == "user_profile"]
    return {p.name for p in people if any(t.startswith(p.name) for t in profiles)} if profiles else set()


def _common_pair(pair: str) -> bool:
    """True when jieba's dictionary lists ``pair`` (in either script) with a count of at least _HANDLE_PAIR."""
    parts = _entry(pair)
    return len(parts) > 1 and parts[1].isdigit() and int(parts[1]) >= _HANDLE_PAIR


# The poster of an intranet (OA) notice, in its info table (发 布 人 韦丹, 发布人：张华): a person when a name,
# not an office (发布人：矿区工会), stands in the field.
_POSTER = lazyrx.compile(r"(?:发|發)\s?(?:布|佈)\s?(?:人|者)\s*[:：]?\s*(?P<name>\p{Han}{2,3})(?=[\s|｜]|$)")


# The writer's signature that ends a report, in brackets: the unit, a space, the name
# (（湛江市总工会网络工作部 符晓玲）); the unit must end like an organ.
_SIGNATURE = lazyrx.compile(r"^[（(]\s*(?P<unit>\p{Han}{2,30}?)[\s\u3000]+(?P<name>\p{Han}{2,3})\s*[）)]$")


def _signature(text: str) -> list[Person]:
    """The writer of a bracketed signature line (unit + name), untitled like the writer of 文字：X."""
    mt = _SIGNATURE.match(text)
    if mt and (_ORG_END.search(mt["unit"]) or _is_union(mt["unit"])) and is_person_name(mt["name"], True):
        return [Person(mt["name"], [])]
    return []


# A labelled credit whose value is the writer's or answerer's unit, then the person set off by a space (作者：宜昌市总工会
# 向丹 on a portal's header; （解答律师：湖南湘楚律师事务所 彭立新） under a legal-aid answer): the unit must end like an
# organ.  The writer's labels carry no title, as 文字：X; an answerer's label is the title as written.
_UNIT_CREDIT = lazyrx.compile(r"(?<!\p{Han})(?P<role>作者|撰稿|撰文|执笔|執筆|\p{Han}{0,2}(?:律师|律師)|解答人?|答疑人?|答复人|答覆人)"
                              r"\s*[:：]\s*(?P<unit>\p{Han}{2,30}?)[ \u3000]+(?P<name>\p{Han}{2,3})(?![\p{Han}·・•‧])")
_WRITER_LABELS = frozenset(("作者", "撰稿", "撰文", "执笔", "執筆"))


# Above this length a body paragraph is prose, not a credit line left in the text (（解答律师：…律师事务所 彭立新）).
_CREDIT_LINE = 60


def _unit_credits(text: str) -> list[Person]:
    """The people of ``text``'s labelled unit-and-name credits (作者：宜昌市总工会 向丹), titled as _UNIT_CREDIT says."""
    out = []
    for mt in _UNIT_CREDIT.finditer(text):
        unit, name = mt["unit"], mt["name"]
        if (_ORG_END.search(unit) or _is_union(unit)) and is_person_name(name, True) and not _ROLE_WORD.fullmatch(name):
            out.append(Person(name, [] if mt["role"] in _WRITER_LABELS else [mt["role"]]))
    return out


def _credit_paragraphs(body: list[str]) -> list[Person]:
    """The people of unit-and-name credits on short body paragraphs (a credit line the cleaner kept as text)."""
    out = []
    for para in body:
        if len(para) <= _CREDIT_LINE and ("：" in para or ":" in para):
            out.extend(_unit_credits(para))
            if para.startswith(_BYLINE_LABELS) and _byline_paragraph(para):
                out.extend(_staff(para))
    return out


#: The byline roles that open a byline line (记者：郭瑞 …).
_BYLINE_LABELS = tuple(_BYLINE_ROLES)


def _byline_paragraph(para: str) -> bool:
    """True when ``para`` is a byline the cleaner kept as text: a byline role, its names, and at most a last name
    with its role in brackets (记者：郭瑞 杨帆（摄像）) or the work done (摄, 报道)."""
    mt = _STAFF_RX.match(para)
    if mt is None or mt["role"] not in _BYLINE_ROLES:
        return False
    end = _spaced_names_end(para, mt.end())
    noted = _NOTED_NAME.match(para, end)
    rest = para[noted.end() if noted else end:].strip()
    return not rest or _CREDIT_TAIL.fullmatch(rest) is not None


# A news outlet's short name glued to 记者 at the start of a credit line (津云记者 彭雨桐 通讯员 郄敏).
# An app's name may end in a plus (冰城+记者 赵婧 通讯员 韩冬).
_OUTLET = lazyrx.compile(r"\p{Han}{2,6}[+＋]?")


# A bullet glyph opening an e-paper's byline (■ 本报记者 …) and the separators set between its credits (/ | ｜).
_BULLETS = "■□●○◆◇▲△★☆▶►·• \u3000"
_CREDIT_SEPS = frozenset(("/", "／", "|", "｜"))


# What a byline may end with after its credits: the work they did (文/图, 文图, 摄, 报道).
_CREDIT_TAIL = lazyrx.compile(r"(?:文|图|圖)\s*[/／]\s*(?:图|圖|文)|文图|文圖|报道|報道|摄|攝")


def _only_credits(text: str) -> bool:
    """True when ``text`` is nothing but staff credits separated by spaces (文字 | 冉晓雪　图片 | 苟明亮); the first
    may be a reporter's, the outlet glued to its 记者 (津云记者 彭雨桐).  A credit may list more names set off by
    spaces (记者 毕　然 聂文君 通讯员 张云鹤 文/图), and the line may end with the work done (文/图, 摄)."""
    text = join_spaced_pair(text).lstrip(_BULLETS)  # (毕　然: a two-character name padded with a space)
    at = 0
    for mt in _STAFF_RX.finditer(text):
        gap = text[at:mt.start()].strip()
        if gap in _CREDIT_SEPS and at > 0:
            gap = ""  # (本报记者 韦秋燕 / 通讯员 邓雅琴: a slash or bar between two credits)
        if gap and not (at == 0 and mt["role"] in ("记者", "記者") and _OUTLET.fullmatch(gap)
                        and text[mt.start() - 1] == gap[-1]):
            return False
        at = _spaced_names_end(text, mt.end())
    rest = text[at:].strip()
    return at > 0 and (not rest or _CREDIT_TAIL.fullmatch(rest) is not None)


def _spaced_names_end(text: str, at: int) -> int:
    """Where the names _spaced_names would add after ``text[at]`` end (``at`` when it adds none)."""
    return _spaced_run(text, at)[1]


def _lone_slot_name(article: Article, role: str | None, value: str) -> bool:
    """True when a reporter's or editor's whole slot value, which _byline_names left out, is still a name:
    the slot's form or the word's rarity leaves no doubt (区楚瑶, 付强, 【责任编辑：方可】, 记者 方圆)."""
    if role == "editor":
        return (_editor_slot_name(value) or _rare_word_name(value) or _bracketed_editor(article, value)
                or _name_word_in_slot(value) or _beside_named_slot(article, value))
    if role is None:  # 作者：单红: an author slot's rare word (单红, 2) is the name, as in an editor slot
        return _rare_word_name(value)
    return role == "reporter" and _spaced_reporter(article, value)


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
    slot that holds a plain person's name (编辑：高原　审核：王振): a roster of the page's staff, where every slot holds
    a name, unlike a lone (责任编辑:焦点), which may be a section's or a pen name.  Role words and organs stay out."""
    if not looks_like_name(name) or not _plain_slot_value(name):
        return False
    for r in article.removed:
        if r.kind != "editor_line" or name not in r.text:
            continue
        values = [mt["names"] for mt in _STAFF_RX.finditer(r.text)]
        if name in values and any(v != name and is_person_name(v, True) for v in values):
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
    # a meeting's minute-taker in the minutes' head (主持：刘志刚 记录：詹琳): only as a label, with its colon
    r"(?<!\p{Han})(?:记录人|記錄人|记录|記錄)(?=\s*[:：])|"
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
_SUPPLIED_LABEL = lazyrx.compile(r"(?:供稿|供圖|供图)\s*[:：]\s*(?:(?P<unit>\p{Han}{2,30}?)[ \u3000]+)?"
                                 r"(?P<name>\p{Han}{1,8}(?:[·・•‧]\p{Han}{1,8})+|\p{Han}{2,4})(?![\p{Han}·・•‧])")
_PHOTO_BY = lazyrx.compile(r"(?<![\p{Han}·])(?P<names>\p{Han}{2,4}(?:[、，, ]\p{Han}{2,4}){0,3})\s*/?\s*(?P<role>摄|攝)(?!\p{Han})")


# More names after a credit's first one, each set off by spaces (通讯员 柴秀兰 李朋 发布时间…): two or three
# characters with a space, the line's end or the bracket that closes the byline after them (（通讯员 黄春燕 凌志强）);
# a Mongolian or Uyghur name written without a dot runs to six (通讯员：张丽 苏日古嘎).
_SPACED_NAME = lazyrx.compile(r"[ \u3000]+(?P<name>\p{Han}{2,6})(?=[ \u3000）)]|$)")


# A byline's last name followed by its own role in brackets (记者：郭瑞 杨帆（摄像）): a video report's crew.
_NOTED_NAME = lazyrx.compile(r"[ \u3000]+(?P<name>\p{Han}{2,3})[（(](?P<role>摄像|攝像|摄影|攝影|剪辑|剪輯|通讯员|通訊員|"
                             r"实习生|實習生)[）)]")


def _spaced_name_ok(name: str) -> bool:
    """True for a name set off by spaces after a credit's names: a Chinese name of two or three characters, or a
    transliterated one of four to six (苏日古嘎, 巴图孟和) that no surname opens and no place of the gazetteer
    spells (克拉玛依, 图木舒克: where the byline was filed); never a role word."""
    if _ROLE_WORD.fullmatch(name):
        return False
    if len(name) <= 3:
        return is_person_name(name, True)
    if not (_translit_word(name) or _steppe_name(name, True) or _is_translit(name)):
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
        if ((is_person_name(name, True) or _DOTTED.fullmatch(name) and not _ORG_END.search(name)
             or _is_translit(name)) and not _ROLE_WORD.fullmatch(name)):
            out.extend(Person(x, []) for x in [name] + _spaced_names(text, mt.end()))
    return out


# Credits whose names carry no title (the writer's and photographer's labels, as the page's author is untitled).
_UNTITLED_CREDITS = frozenset(("文字", "文", "图", "圖", "文/图", "文／图", "文/圖", "文／圖"))


def _staff(text: str) -> list[Person]:
    """People named after a staff role in an editor line or credit, titled with that role as written."""
    out = []
    text = join_spaced_pair(text)  # (终审:杨 波: a two-character name padded with a space)
    if "摄" in text or "攝" in text:
        for mt in _PHOTO_BY.finditer(text):
            if text[:mt.start()].rstrip().endswith(_STAFF_ROLES):
                continue  # 新华社记者 张涛 摄: the role before the name is the title
            for name in _NAME_SEP.split(mt["names"]):
                if (is_person_name(name, True) or _is_translit(name)) and not _ROLE_WORD.fullmatch(name):
                    out.append(Person(name, ["攝影" if mt["role"] == "攝" else "摄影"]))
    if "供" in text:
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
            if ((is_person_name(name, True) or _DOTTED.fullmatch(name) or _is_translit(name)
                 or name in _TIBETAN_PARTS or _rare_word_name(name) or _steppe_name(name, True)
                 or _translit_word(name) or name == last and _photo_slot_word(text, mt, name))
                    and not _ROLE_WORD.fullmatch(name)):
                # the writer credited by 文字：X (or 文/图 X) is the author, who carries no title
                out.append(Person(name, [] if mt["role"] in _UNTITLED_CREDITS else [mt["role"]]))
        if noted and is_person_name(noted["name"], True):
            out.append(Person(noted["name"], [noted["role"]]))  # 记者：郭瑞 杨帆（摄像）: the last name's own role
    return out


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


# A letter's salutation on a line of its own (王丽华代表：, 张建国委员：, 李明同志：): a reply to a deputy's proposal or
# a member's motion on a government portal addresses one person by name and role.
_SALUTATION = recode.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<role>代表|委员|委員|同志)[:：]\Z")
_SALUTATION_LINE = 8  # (the longest such line: a three-character name, a two-character role, the colon)


def _salutations(body: list[str]) -> list[Person]:
    """The person a letter's salutation line addresses (王丽华代表：), titled with the role; not a group (各位代表：,
    职工代表：: no surname opens them)."""
    out = []
    for line in body:
        if len(line) <= _SALUTATION_LINE and line.endswith(("：", ":")):
            mt = _SALUTATION.fullmatch(line)
            if mt and is_person_name(mt["name"], True):
                out.append(Person(mt["name"], [mt["role"]]))
    return out


def find_people(article: Article, unions: list[Union] | None = None,
                places: list[Place] | None = None, meta: Meta | None = None,
                joined: list[Removal] | None = None) -> list[Person]:
    """People in the article (title, captions, body, bylines) with their titles.

    ``meta`` is the article's extracted metadata when the caller has it already (saves a second pass), and
    ``joined`` its joined_removals(article.removed) (saves a second join).
    """
    people: list[Person] = []
    texts = [_fold_speech(t) for t in [article.title or "", *article.captions, *article.body] if t]
    said: set[str] = set()
    for text in texts:
        people.extend(_from_text(text, unions, places, said))
    people.extend(_word_names(texts, said, unions, places))
    people.extend(_honour_list(article.body))
    body = _fold_speech("\n".join(article.body))  # (one string for the whole-body tests and _recurring_subjects)
    if "名单" in body or "名單" in body:
        people.extend(_labelled_name_list(article.body))
    people.extend(_from_bylines(article, meta, joined))
    people.extend(_credit_paragraphs(article.body))
    people.extend(_salutations(article.body))
    if unions:
        people.extend(_department_staff(texts, unions, places))
    people.extend(_recurring_subjects(body))
    people.extend(_he_names(texts, unions, places))
    people.extend(_held_names(texts))
    if places:
        people = _drop_place_names(people, places)
    return _merge(_drop_cut_dotted(people, article))  # (it returns at once when no text holds a dot)


#: Variant forms of the speech verb (説, the Hong Kong and Japanese form of 說: 李志強説：): folded one for one, so
#: positions stay, to the form the speech patterns know.
_SPEECH_VARIANTS = str.maketrans({"説": "說"})


def _fold_speech(text: str) -> str:
    """``text`` with the speech verb's variant forms written as 說 (same length); most texts have none."""
    return text.translate(_SPEECH_VARIANTS) if "説" in text else text


_PLACE_SUFFIX = recode.compile(r"(?:省|市|区|區|县|縣|自治州|州|盟|旗)$")


_BANNER_COUNTY = frozenset("旗县縣")


def _drop_place_names(people: list[Person], places: list[Place]) -> list[Person]:
    """People less those whose name is one of the page's places, with or without its suffix (将代表秦皇岛参加:
    代表 is a verb there, and a city is never a person)."""
    forms = set()
    for pl in places:
        for v in (pl.name, pl.province, pl.city, pl.county):
            if v:
                forms.add(v)
                short = _PLACE_SUFFIX.sub("", v)
                if len(short) >= 2:
                    forms.add(short)
                if len(short) >= 3 and v[-1] in _BANNER_COUNTY:
                    forms.add(v[0] + v[-1])  # 莫力达瓦达斡尔族自治旗 → 莫旗: a banner's or county's short form
    return [p for p in people if p.name not in forms]


def _word_names(texts: list[str], cands: set[str], unions, places) -> list[Person]:
    """People whose name is also an ordinary word (甘露, 方圆), where two strong contexts agree: the name is the
    speaker of a quotation (”甘露说。, 甘露说：; ``cands``, gathered by _speakers_and_titled) and, somewhere in
    the article, it stands right after a title or job noun that is no plain people noun (焊工甘露，), followed
    by punctuation or a word that follows names."""
    out = []
    for name in sorted(cands):
        for text in texts:
            at = text.find(name)
            while at > 0:
                after = at + len(name)
                ends = after >= len(text) or not _IS_HAN[text[after]] or text[after] in _FOLLOW_CHARS
                role = _role_ending_at(text, at)
                if ends and role and role not in _WEAK_ROLES:
                    out.append(Person(name, _titles(_title_chain(text, at), unions, places)))
                    break
                at = text.find(name, at + 1)
            if out and out[-1].name == name:
                break
    return out


# 和 is a Naxi and Lisu surname (和丽萍) but mostly the conjunction, so it is left out of the surname lists; a
# name only in the strongest slot: right after a title or job noun and right before a verb of speech, or of
# attending an event (副主席和丽萍表示, 职工和丽萍说, 副主席和丽萍出席开幕式).
_HE_NAME = recode.compile(r"[和](?P<given>[\u4e00-\u9fff]{2})(?=说|說|表示|介绍|介紹|指出|强调|強調|认为|認為|告诉"
                          r"|出席|参加|參加|主持|致辞|致辭|讲话|講話)")


def _he_names(texts: list[str], unions, places) -> list[Person]:
    """People with the surname 和, where a title or job noun stands before and a verb of speech after."""
    out = []
    for text in texts:
        if "和" not in text:
            continue
        for mt in _HE_NAME.finditer(text):
            at, given = mt.start(), mt["given"]
            role = _role_ending_at(text, at)
            if (role and _given_ok(given) and given not in _ROLE_SET and not is_word(given)
                    and not is_word("和" + given[0]) and not is_word(text[at:at + 3])):
                out.append(Person("和" + given, _titles(_title_chain(text, at), unions, places)))
    return out


def _held_names(texts: list[str]) -> list[Person]:
    """People named after 的 and before a verb of the hands with 着 (务工的农建华拿着手机), when the page names them
    again where a name may end (农建华等人向…): 的 + three characters is mostly a noun phrase, so one such
    clause alone is not enough (在车间工作的王晓冬拿着工具 alone stays out)."""
    out = []
    for k, text in enumerate(texts):
        if "的" not in text or not ("着" in text or "著" in text):
            continue
        for mt in _DE_HOLDING.finditer(text):
            name = mt.group(1)
            if (_de_name_shape(name) and not _word_at(text, mt.end() - 1) and _given_no_word(name[1:])
                    and _named_again(texts, name, (k, mt.start(1)))):
                out.append(Person(name, []))
    return out


def _named_again(texts: list[str], name: str, skip: tuple[int, int]) -> bool:
    """True when ``name`` stands in one of ``texts`` where a name may end after it, other than at ``skip`` (the
    index of the text and the offset where it was found)."""
    for k, text in enumerate(texts):
        at = text.find(name)
        while at >= 0:
            if (k, at) != skip and _name_may_end(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
    return False


def _credit_texts(article: Article) -> list[str]:
    """The removed byline, credit and editor pieces, which name the page's writers in full."""
    return [r.text for r in article.removed if r.kind in ("byline", "credit", "editor_line")]


def _drop_cut_dotted(people: list[Person], article: Article) -> list[Person]:
    """People without a name that is only the part before the dot of a dotted name (热依拉 of 热依拉·买买提), or
    only its last part (施密特 of 克劳斯·施密特); a byline's dotted name counts too ((文/图 古丽米热·艾买提))."""
    texts = [t for t in [article.title or "", *article.captions, *article.body, *_credit_texts(article)]
             if _DOT_RX.search(t)]
    if not texts:
        return people
    found = [(name, left) for t in texts for _, name, left in _dotted_names(t)]
    full = {name for name, _ in found}
    cut = {left for _, left in found}
    # a later mention by the last part alone (克劳斯·施密特 … 施密特说) is the same person: the full form stands
    last = {_DOT_RX.split(name)[-1] for name in full}
    return [p for p in people if p.name in full or not (p.name in last or any(c.startswith(p.name) for c in cut))]


# A three-character name opening a clause (李秀云准时走进…, 今年4月，李秀云被授予…), and the characters after it.
# The lookbehind sits after the surname (the text's start or clause punctuation before it, written as
# "not a non-punctuation character before"), so the engine can skip ahead to surname characters.
_CLAUSE_NAME = recode.compile(r"[%s](?<![^，,。；;：:！？!?“”\n].)[\u4e00-\u9fff]{2}" % re.escape(_SINGLE))


# Three Han characters between a pair of quotes (only the opening quote is consumed: a straight quote both closes
# one term and opens the next; every branch opens with a literal, so the engine skips ahead to the quotes).
_QUOTED_THREE = recode.compile(r'“(?=([\u4e00-\u9fff]{3})”)|「(?=([\u4e00-\u9fff]{3})」)|『(?=([\u4e00-\u9fff]{3})』)'
                           r'|"(?=([\u4e00-\u9fff]{3})")')


def _quoted_terms(text: str) -> set[str]:
    """The three-Han-character terms ``text`` writes between quotes (“杨梅季”, 「…」): the page's names for a campaign
    or a season, which read like a surname + given name where they open a clause (see _recurring_subjects)."""
    if not ("“" in text or "「" in text or "『" in text or '"' in text):
        return set()
    return {a or b or c or d for a, b, c, d in _QUOTED_THREE.findall(text)}


def _recurring_subjects(text: str) -> list[Person]:
    """Full names that open at least two clauses, once before a verb or particle that follows names.

    Profiles and feature stories name their subject this way, with no title or speech verb;
    two clause-initial uses plus the dictionary and surname checks keep words out.
    ``text`` is the body joined with newlines.
    """
    seen: dict[str, list[bool]] = {}
    quoted = None
    n = len(text)
    for mt in _CLAUSE_NAME.finditer(text):
        name = mt.group()
        if name[:2] in COMPOUND_SURNAMES:  # the surname is compound: not a single surname + two
            continue
        if quoted is None:
            quoted = _quoted_terms(text)
        if name in quoted:
            continue  # (设立“杨梅季”服务点 … 说，杨梅季用工集中: a term the page puts in quotes is no name)
        e = mt.end()
        follows = e >= n or text[e] in _FOLLOW_CHARS or text.startswith(_FOLLOW_WORDS, e)
        seen.setdefault(name, []).append(follows)
    return [Person(n, []) for n, uses in seen.items()
            if len(uses) >= 2 and any(uses) and is_person_name(n)]


# A line of an honour list or a name list: the name (a two-character name may be padded to three with a space:
# 王　刚), a space, then the person's unit or job (张建华　市供电公司运维检修部班长).
# A numbered list (1. 张卫东　宝鸡机床集团有限公司数控车工) puts its item number before the name.
# (an honour list may mark a winner's sex or nationality after the name: 王秀梅（女）, 马占山（回族）)
# A table flattened to lines puts the row number, a space, then the name (1 谭国栋 潍柴动力…钳工).
# A Uyghur or Kazakh name keeps its middle dot (吾斯曼江·肉孜(维吾尔族)　国网…班长).
# A winner may hold two posts, joined by 、 (王海峰　…采油一厂采油工、高级技师): each is a title.
_LIST_LINE = lazyrx.compile(r"^(?:\d{1,3}[.．、]\s*|\d{1,3}[\u3000 \t]+|[（(]\d{1,3}[）)]\s*)?"
                           r"(?P<name>\p{Han}{1,8}[·・•‧]\p{Han}{1,8}|\p{Han}{2,4}|\p{Han}[\u3000 ]\p{Han})"
                           r"(?:[（(][\p{Han}，,、]{1,10}[）)])?[\u3000 \t]+"
                           r"(?P<unit>\p{Han}[\p{Han}\dA-Za-z（）()·]{1,40}(?:、\p{Han}[\p{Han}\dA-Za-z（）()·]{1,20}){0,3})$")


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


def _honour_list(body: list[str]) -> list[Person]:
    """People of a list of "name  unit/job" lines: two such lines in a row make a list, one alone does not.
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
