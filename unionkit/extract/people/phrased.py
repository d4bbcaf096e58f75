"""Names in fixed phrasings: a studio's name (王刚劳模创新工作室), a role in brackets, a Latin name with its
Chinese one, 当选为…的 and 选举…为 (elected people), …是 clauses, self-introductions (我叫王刚).
"""

from __future__ import annotations

import functools

from ... import lazyrx
from ... import recode
from ...record import Person
from .surnames import _CONTEXT_SURNAMES, _SINGLE, SURNAMES
from .roles import _NOT_GIVEN, _ORG_END, _WEAK_ROLES, _WIN_VERBS
from .dictionary import _any_entry, _either_script, is_word, _listed, _rare_entry
from .shape import _IS_HAN, is_person_name, _opens_with_word
from .boundaries import _everyday_word, _name_after, _time_word_at
from .minority import _is_translit, _steppe_name, _tibetan_name, _YI_CLANS, _yi_name
from .chains import _role_ending_at, _title_chain, _titles


# A studio named after a model worker or a master of a skill (江苏某公司谭振宇劳模创新工作室, “罗建军劳模创新工作室”,
# 推广中心戚秀兰工匠人才创新工作室): the name right before the studio's kind is a person's.
# (standard re, the kind then 工作室; the name before it is read in code)
_STUDIO = recode.compile(r"(?:劳模工匠|勞模工匠|劳模|勞模|技能大师|技能大師|职工|職工|工匠人才|工匠)(?:创新|創新)?工作室")


# What may stand right before such a name: no Han character, or the end of a 的-phrase or of a list item.
_STUDIO_BEFORE = frozenset("的、")


def _studio_names(text: str, found: list[tuple[int, Person]]) -> None:
    """Add to ``found`` each person a studio is named after (…有限公司谭振宇劳模创新工作室): a name of two or three
    characters right before the studio's kind, after no Han character, a 的 or 、, or an organ's name."""
    for mt in _STUDIO.finditer(text):
        i = mt.start()
        for k in (3, 2):
            st = i - k
            if st < 0:
                continue
            name = text[st:i]
            before = text[st - 1] if st > 0 else ""
            opens = (not before or not _IS_HAN[before] or before in _STUDIO_BEFORE
                     or _ORG_END.search(text[max(0, st - 4):st]) is not None)
            if opens and is_person_name(name) and not is_word(name):
                found.append((st, Person(name, [])))
                break


# A bracketed note that names the person of a role with a colon, the name ending the field
# (曾庆林技能大师工作室（领衔人：曾庆林，南康区家具行业首席技师）, （负责人：王刚）).
# (standard re, opening with a bracket: the engine skips ahead to it)
_BRACKET_ROLE_NAME = recode.compile(r"[（(](?P<role>[\u4e00-\u9fff]{2,8})[:：]\s*"
                                r"(?P<name>[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{1,8}[·・][\u4e00-\u9fff]{1,8})(?=[，,；;、）)])")


# A person who goes by a Latin name gives the Chinese one in brackets (职工Kevin Li(李嘉豪)): the bracket
# holds a name, and a role right before the Latin name is the person's title.
# A familiar form (老周, 小李, the southern 阿陈) then the full name in brackets, opening with the same surname
# (forum posts: 厂工会主席老周（周国平）): the bracket names the person; a note there (老王（化名）) repeats no surname.
_FAMILIAR_THEN_FULL = lazyrx.compile(r"[老小阿](?P<sur>[%s])\s?[（(](?P<name>(?P=sur)\p{Han}{1,2})[）)]" % _SINGLE)


# A foreign guest named in Latin letters right after an office (该企业总经理Thomas Becker表示): a given name and a
# family name, each capitalised, between the role and the Han prose that goes on; a bracket after it holds the
# Chinese form (_LATIN_THEN_HAN's case), and a word in capitals (KUKA, DJI Osmo) is a brand or model, no name.
# A family name spelt in pinyin (David Chen, Lily Zhao) makes it a Chinese worker's English name, which the page
# names no person by unless it gives the Chinese one: only a foreign family name (Becker, Keller) is taken.
_LATIN_AFTER_ROLE = recode.compile(r"(?<=[\u4e00-\u9fff])(?P<name>[A-Z][a-z]+ (?P<family>[A-Z][a-z]+))"
                                   r"(?=[\u4e00-\u9fff，,。])")


@functools.lru_cache(maxsize=1)
def _surname_syllables() -> frozenset[str]:
    """The pinyin syllables (no tone) that the listed one-character surnames are read with."""
    from ...clean.pinyin import readings  # (the cleaner's table, loaded only when a Latin name is met)

    return frozenset(base for ch in SURNAMES for base, _ in readings(ch))


def _pinyin_surname(family: str) -> bool:
    """True when ``family`` (Chen, Zhao) is how a Chinese surname is spelt in pinyin."""
    return family.lower() in _surname_syllables()
_LATIN_THEN_HAN = lazyrx.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]*\.?){0,2}\s?[（(](?P<name>\p{Han}{2,4})[）)]")


# The holder of an office just elected or taken up (当选为行业工会联合会主席的殷晓蕾是…): the role, then 的 and
# the name, which ends the clause or is followed by what follows names.
# (its first test: the verbs alone, _takes_office)
_TAKE_OFFICE = ("当选", "當選", "担任", "擔任", "出任", "新任")


def _takes_office(text: str) -> bool:
    """``text`` holds a verb of _TAKE_OFFICE: the first test of _ELECTED_AS (six substring tests, which run at
    memory speed, cost about half a scan by a pattern of the six)."""
    return "当选" in text or "當選" in text or "担任" in text or "擔任" in text or "出任" in text or "新任" in text


_ELECTED_AS = lazyrx.compile(r"(?:当选为|當選為|%s)(?P<chain>\p{Han}{2,24}?)的(?=[%s])" % ("|".join(_TAKE_OFFICE), _SINGLE))


# A person elected, named opening the clause (…全委会上，宫晓东当选为新区总工会主席，): the office after the verb,
# up to the clause's end, is the title when it ends in a role.  Names listed with 、 before the last one are elected
# to the same office (韩冬梅、栾志勇当选为副主席).
_ELECTED_NAME = lazyrx.compile(r"(?:^|(?<=[，,。;；:：！？!?\s]))(?P<list>(?:\p{Han}{2,6}、){0,9})(?P<name>\p{Han}{2,6}?)"
                               r"(?:同志)?(?:当选为|當選為|当选|當選)"
                               r"(?P<chain>\p{Han}{2,24}?)(?=[，,。;；、]|$)")


# The clause punctuation before a clause-initial subject.
_CLAUSE_OPEN = frozenset("，,。；;！？!?：:\n")
_CLAUSE_CLOSE = recode.compile(r"[，,。；;！？!?]|$")


def _is_clause_names(text: str, found: list[tuple[int, Person]]) -> None:
    """Add the clause-initial name of ``NAME是…ROLE`` (冯岩是国网虎林市供电公司的高级技师，): a person introduced by
    what they are, the clause ending in an office or job that is no plain people noun."""
    k = text.find("是", 2)
    while k > 0:
        for n in (3, 2):
            st = k - n
            if st < 0 or (st > 0 and text[st - 1] not in _CLAUSE_OPEN):
                continue
            end = _CLAUSE_CLOSE.search(text, k + 1).start()
            role = _role_ending_at(text, end) if end - k <= 31 else None
            name = text[st:k]
            if role and role not in _WEAK_ROLES and is_person_name(name) and not _opens_with_word(name):
                found.append((st, Person(name, [role])))
            break
        k = text.find("是", k + 1)


# Phrasings that introduce a person with no title before the name: an ordinal introduction (第二位是冯国栋，…;
# 另一位是…), the object of an election or appointment (选举谷玉兰为经审会主任), and the entrant of a contest
# from a unit or district in a list (来自嘉定区的蓟小川、来自…的…获得一等奖).
_ORDINAL_IS = lazyrx.compile(r"(?:第[一二三四五六七八九十\d]{1,3}位|另一位|还有一位|還有一位|最后一位|最後一位)是"
                             r"(?P<name>\p{Han}{2,5}?)(?=[，,。；;（(]|$)")
_ELECT_VERBS = ("选举", "選舉", "推选", "推選", "任命", "聘任", "增补", "增補")  # (what _ELECT_OBJECT opens with)
_ELECT_OBJECT = lazyrx.compile(r"(?:%s)(?P<name>\p{Han}{2,4}?)(?:同志)?(?:为|為)"
                               r"(?P<chain>\p{Han}{2,24}?)(?=[，,。;；、]|$)" % "|".join(_ELECT_VERBS))
_FROM_UNIT = lazyrx.compile(r"(?:来自|來自)\p{Han}{2,14}?的(?=\p{Han})")


def _whole_name(name: str) -> bool:
    """True when ``name`` reads as one person's name: a Chinese name (a surname that is also a word allowed,
    as the phrasing says a person stands there) or a name with no Chinese surname (Yi, Tibetan, Mongolian,
    transliterated)."""
    return (is_person_name(name, True) and not _opens_with_word(name)) or _is_translit(name) or _steppe_name(name) \
        or _tibetan_name(name)


def _phrased_names(text: str, unions, places, found: list[tuple[int, Person]]) -> None:
    """Add the people of the phrasings of _ORDINAL_IS, _ELECT_OBJECT and _FROM_UNIT (each scanned only when the
    text holds the words it must match: most texts here hold one of them)."""
    for mt in (_ORDINAL_IS.finditer(text) if "位是" in text else ()):
        if _whole_name(mt["name"]):
            found.append((mt.start("name"), Person(mt["name"], [])))
    for mt in (_ELECT_OBJECT.finditer(text) if any(v in text for v in _ELECT_VERBS) else ()):
        name = mt["name"]
        if not _whole_name(name):
            continue
        segs = _title_chain(text, mt.end("chain"))
        titles = _titles(segs, unions, places) if segs and segs[-1][1] not in _WEAK_ROLES else []
        if titles:  # (选举产生为…: only an office makes the object a person)
            found.append((mt.start("name"), Person(name, titles)))
    for mt in (_FROM_UNIT.finditer(text) if "来自" in text or "來自" in text else ()):
        at = mt.end()
        name = _name_after(text, at, True)
        j = at + len(name) if name else at
        if name and (j >= len(text) or text[j] in "、，,。；;和与與及" or text.startswith(_WIN_VERBS, j)
                     or _time_word_at(text, j)) and _whole_name(name):  # (…的王雨萱今年考上: the clause's subject)
            found.append((at, Person(name, [])))


# A writer or speaker who names themself (我叫李红梅，在…工作; “我是王建军。”): the name right after 我叫 (我名叫) or 我是
# up to the clause's end; a word there (我是党员，, 我是车主。) is what they are, no name.
# (standard re, opening with the literal 我: the engine skips ahead to it)
_SELF_NAMED = recode.compile(r"我(?:名?叫|是)(?P<name>[\u4e00-\u9fff]{2,3})(?=[，,。；;！!？?：:（(\s”」]|$)")


def _self_named(text: str, found: list[tuple[int, Person]]) -> None:
    """Add the person of each self-introduction of _SELF_NAMED whose name is a whole Chinese name and no word."""
    for mt in _SELF_NAMED.finditer(text):
        name = mt["name"]
        if is_person_name(name) and not _opens_with_word(name):
            found.append((mt.start("name"), Person(name, [])))


def _elected_name(name: str) -> bool:
    """True when ``name``, opening a clause before 当选, reads as a person's name.  The slot is strong: the opening
    pair may be a rare dictionary entry (杨淑, 2 in jieba), only no everyday word (高温当选), and a surname that is a
    common character (_CONTEXT_SURNAMES: 字国荣当选为主席) stands when its pair is no dictionary entry at all."""
    if name[:1] in _CONTEXT_SURNAMES and name[:1] not in SURNAMES:
        return len(name) == 3 and is_person_name(name, True) and not _either_script(_listed, name[:2])
    return is_person_name(name) and not (_opens_with_word(name) and _everyday_word(name[:2])
                                         and not _rare_entry(name[:2], _UNCOMMON_WORD))


# Below this count in jieba's dictionary an opening pair is too uncommon a word to outweigh the 当选 slot (金学 31,
# of 金学文; 高温 is 1515, 林业 1032).
_UNCOMMON_WORD = 100


def _listed_yi_name(item: str) -> bool:
    """True when a whole list item is a four-character Yi name, a clan name and two given characters (沙玛阿支)."""
    return len(item) == 4 and item[:2] in _YI_CLANS and _yi_name(item, 0) == item


def _elected_subject(text: str, mt, unions, places, found: list[tuple[int, Person]]) -> None:
    """Add the clause-initial person of ``<name>当选为<office>``, titled with the office when it ends in a role."""
    name = mt["name"]
    items = mt["list"][:-1].split("、") if mt["list"] else []
    all_names = bool(items) and all(map(_elected_item, items))  # (工会、企业当选为… lists no people)
    chinese, minority = _elected_name(name), _minority_name(name)
    if (len(name) > 4 or not chinese) and not minority:
        # (额尔敦巴雅尔当选为市总工会主席: a Mongolian name has no surname; 夏吾才让、娘本当选为: the list's last
        # item is one name element beside whole names)
        if not (all_names and _bare_name(name) and any(map(_minority_name, items))):
            return
    segs = _title_chain(text, mt.end("chain"))
    titles = _titles(segs, unions, places) if segs and segs[-1][1] not in _WEAK_ROLES else []
    if items and not titles and not chinese and not minority:
        return  # (a bare item stands only when the office after 当选为 is a role)
    found.append((mt.start("name"), Person(name, titles)))
    if all_names and titles:
        for it in items:
            found.append((mt.start("list"), Person(it, list(titles))))


def _minority_name(s: str) -> bool:
    """True when ``s`` is one whole Mongolian or Tibetan name (巴图孟和, 索南卓玛, 拉毛措), with no Chinese surname."""
    return _steppe_name(s) or _tibetan_name(s)


def _elected_item(it: str) -> bool:
    """True when one item of a 、-list before 当选为 reads as a whole name (Chinese, Mongolian, Tibetan or Yi)."""
    return (len(it) <= 4 and is_person_name(it) and not _opens_with_word(it) or _minority_name(it)
            or _listed_yi_name(it))


def _bare_name(s: str) -> bool:
    """True when ``s`` (two Han characters) is no dictionary entry in either script and has no function
    character: in a list of Tibetan or Mongolian names, one more name element (娘本)."""
    return (len(s) == 2 and _IS_HAN[s[0]] and not _either_script(_any_entry, s)
            and not any(c in _NOT_GIVEN for c in s))  # (a common word is an entry: is_word needs no own test)


def _elected_holder(text: str, mt, unions, places, found: list[tuple[int, Person]]) -> None:
    """Add the person named after ``当选为 <role>的`` when the chain really ends in a role."""
    end = mt.end("chain")
    segs = _title_chain(text, end)
    if not segs or segs[-1][1] in _WEAK_ROLES:
        return
    at = mt.end()
    name = _name_after(text, at)
    if name and is_person_name(name):
        found.append((at, Person(name, _titles(segs, unions, places))))
