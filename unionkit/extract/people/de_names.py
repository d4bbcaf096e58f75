"""A name after a 的-phrase (车间的王刚说): the shapes of such a name and the contexts that confirm it
(_de_names, _de_minority_names, _quoted_honorific_names).
"""

from __future__ import annotations

import re

from ... import lazyrx
from ... import recode
from ...record import Person
from ..wordrx import trie_pattern
from .surnames import _COMPOUND, _CONTEXT_CLASS, _SINGLE
from .roles import _FOLLOW_CLASS, _FOLLOW_WORDS, _WIN_VERBS
from .dictionary import (
    _either_script, _FIRST_CHARS, _indexable, is_word, _listed, _proper_noun, _PROPER_TAGS, _rare_entry, _raw_line)
from .shape import _given_ok, _IS_HAN, is_person_name, looks_like_name, _surname_len
from .boundaries import _ASPECT, _everyday_word, _name_after, _name_may_end, _word_at
from .minority import _STEPPE_HEADS, _steppe_name_at, _TIBETAN_PARTS, _YI_CLANS, _yi_name
from .titled import _AMDO_ENDS, _amdo_name
from .phrased import _CLAUSE_CLOSE, _whole_name
from .lists import _LIST_RESULTS, _ORG_BEFORE_NAME, _UNIT_BEFORE_NAME


# A three-character name after a 的-phrase that describes the person (即将赴华南理工大学报到的梁俊熙向…):
# the name ends the clause or a word that follows names comes next.
# Verbs of coming in after such a name (…经营的苑德胜走进新落成的工会驿站): the person enters the scene.
_DE_ARRIVALS = ("走进", "走進", "来到", "來到", "走到", "赶到", "趕到")
_DE_NAME = recode.compile(r"的([%s][\u4e00-\u9fff]{2})(?![\u4e00-\u9fff])|的([%s][\u4e00-\u9fff]{2})(?=[%s]|%s)"
                      % (re.escape(_SINGLE), re.escape(_SINGLE), _FOLLOW_CLASS,
                         trie_pattern(_FOLLOW_WORDS + _DE_ARRIVALS)))


# A name of two or three characters after a 的-phrase, then the address a school or a party puts after a full name
# (考入某某大学的刘佳同学, 来自某公司的王刚同志): the address makes the run a person's name. A group's address
# (同学们, 同志们) or a word the address opens (同学会, 同学录) follows no name.
_DE_ADDRESSED = lazyrx.compile(r"的(?P<name>[%s]\p{Han}{1,2}?)(?:同学|同學|同志)(?![们們会會录錄])" % _SINGLE)


# A person after 的 who holds or handles something right away (务工的农建华拿着手机, 的李建华捧着奖状): a verb of the
# hands with the aspect 着 after the name.  A noun phrase after 的 (的李子树挂着, 的方向盘握着) opens with a word,
# which _held_names rules out; the page must name the person again, too (see there).
_HAND_VERBS = "拿握捧提抱举舉端揣攥扛背牵牽扶摸抚撫搀攙挥揮递遞接"
_DE_HOLDING = recode.compile(r"的([%s][\u4e00-\u9fff]{2})(?=[%s][着著])" % (re.escape(_SINGLE), _HAND_VERBS))


# A 、 list closed by a count and a measure word of places or things, then the noun (偏远的白银纳、三卡两个管护站,
# 的红星、新建三个村): its items are places or units, never people (people are counted with 名, 位 or 个人).
_COUNTED_THINGS = lazyrx.compile(r"(?:、\p{Han}{1,6}?){1,8}?[两兩二三四五六七八九十几幾\d]+(?:个|個|处|處|座|所|家|条|條|片|块|塊)"
                                 r"(?![人名位])\p{Han}")


def _joined_rare_given(text: str, mt, name: str) -> bool:
    """True when the given name is only a rare word (国强) and 和/与 joins the name to a second 的-phrase
    (新建镇的施国强和东方镇的楼晓东获奖): two units' people, named alike."""
    j = mt.end()
    return (mt.group(2) is not None and j < len(text) and text[j] in "和与與及"
            and "的" in text[j + 1:j + 10] and _rare_entry(name[1:]))


def _proper_given(given: str) -> bool:
    """True when a two-character given name is in the dictionary only as a proper noun (桂兰, a place): a
    name that ends its clause after 的 (第一名的彭桂兰，) may have such a given name, not an ordinary word."""
    if _indexable(given):
        return _proper_noun(given)
    parts = _raw_line(given).split()
    return len(parts) > 2 and parts[2] in _PROPER_TAGS


def _de_name_shape(name: str) -> bool:
    """True when a three-character name after 的 is a person's name whose surname pair is no word (的高温是,
    的金融和 are not): the first test of every 的-name."""
    return is_person_name(name) and not is_word(name[:2])


def _given_no_word(given: str) -> bool:
    """True when a two-character given name after 的 is no ordinary word: none at all, or a proper noun alone
    (桂兰); an ordinary word there (关怀) is mostly the clause's object."""
    return not is_word(given) or _proper_given(given)


# A number and a unit of size or weight just before 的 (口径12厘米的束口盏, 重3公斤的…): what 的 opens is a measured
# thing, never a person (an age, 27岁的, is no such unit).
_MEASURED_DE = lazyrx.compile(r"[0-9０-９.．一二三四五六七八九十百千两兩]"
                              r"(?:厘米|釐米|毫米|公分|公斤|千克|克|吨|噸|平方米|立方米|毫升|升)$")


def _measured_before(text: str, de: int) -> bool:
    """True when ``text[de]`` (a 的) closes a number and a unit of size or weight (see _MEASURED_DE)."""
    return text[de - 1:de] in "米分斤克吨噸升" and bool(_MEASURED_DE.search(text[max(0, de - 6):de]))


def _de_names(text: str) -> list[tuple[int, Person]]:
    """People named by a three-character name right after 的, which ends the clause or is followed by
    what follows names; neither the surname's pair nor the given name may be a word (的高温是, 的金融和), and
    the last character must not open a word with the one after it (工会组织的关怀送到: 送到 is a verb, and
    关怀, which jieba files as a name, is the object of the sentence)."""
    out = []
    for mt in _DE_NAME.finditer(text):
        name = mt.group(1) or mt.group(2)
        if (_de_name_shape(name)
                and (_given_no_word(name[1:]) or _joined_rare_given(text, mt, name)
                     or (mt.group(2) and _deed_after(text, mt.end())))
                and not (mt.group(2) and _word_at(text, mt.end() - 1))
                and not (text[mt.end():mt.end() + 1] == "、" and _COUNTED_THINGS.match(text, mt.end()))
                and not _measured_before(text, mt.start())):
            out.append((mt.start() + 1, Person(name, [])))
    if _DE_CONTEXT_PAIR.search(text) and _DE_CONTEXT_AT.search(text):
        for mt in _DE_CONTEXT_NAME.finditer(text):
            if _context_de_name(text, mt):
                out.append((mt.start("name"), Person(mt["name"], [])))
    if "同学" in text or "同志" in text or "同學" in text:
        out.extend((mt.start("name"), Person(mt["name"], [])) for mt in _DE_ADDRESSED.finditer(text)
                   if is_person_name(mt["name"]) and not is_word(mt["name"]))
    if "工作的" in text:
        out.extend(_work_de_names(text))
    if "”" in text or "」" in text:
        out.extend(_quoted_de_names(text))
    if _RESULTS_RX.search(text):  # (one pass for the verbs instead of a dozen 'in' scans)
        out.extend(_unit_de_names(text))
    if _DE_COMPOUND_AT.search(text):  # (most texts have none: the full pattern, with its look-ahead, is skipped)
        for mt in _DE_COMPOUND.finditer(text):
            if is_person_name(mt["name"]):
                out.append((mt.start("name"), Person(mt["name"], [])))
    return out


# Characters that never make the one-character verb of a verb and its aspect particle (报了, 拿着).
_NO_VERB = frozenset("的地得了着著过過")


# The third-person pronouns that open a later clause about the person just named (…报了短视频班，她说…).
_PERSON_PRONOUNS = ("，她", "，他", ",她", ",他")
_SENTENCE_END = recode.compile(r"[。！？!?]|$")
# 她 or 他 speaking after a clause's or a quotation's end, later in the paragraph (…领到1.2万元互助金。“…”她说。):
# the speaker is the person the paragraph has just named.  (其他说明 is no speech: punctuation before the pronoun;
# 他说服 is persuading)
_PRONOUN_SPEAKS = recode.compile(r"[，,。！？!?：:；;”」][她他](?:[\u4e00-\u9fff]{1,2}地|笑着|笑著)?"
                                 r"(?:说(?!服)|說(?!服)|表示|介绍|介紹|坦言|感慨|告诉记者|告訴記者)")


def _after_work_name(text: str, j: int) -> bool:
    """True when what stands at ``text[j]`` may follow a person named after a 工作的 phrase: an ordinary word or a
    one-character verb with its aspect particle (报了, 拿着), and a later clause of the sentence opening with 她 or
    他 (…报了短视频制作班，她说…), or 她 or 他 speaking later in the paragraph (…两次住院。“…”她说。): 的 + three
    characters is mostly a noun phrase, so the pronoun must confirm a person (在车间工作的王晓冬拿着工具，走向机床
    stays out)."""
    if j >= len(text) or not _IS_HAN[text[j]]:
        return False
    if not (_word_at(text, j) or (text[j + 1:j + 2] in _ASPECT and text[j] not in _NO_VERB)):
        return False
    end = _SENTENCE_END.search(text, j).start()
    return any(p in text[j:end] for p in _PERSON_PRONOUNS) or _PRONOUN_SPEAKS.search(text, j) is not None


# What ends the clause that follows a closing quotation mark.
_CLAUSE_END = recode.compile(r"[，,。；;！？!?：:“「]|$")


def _quoted_de_names(text: str) -> list[tuple[int, Person]]:
    """The speaker of a quotation named by a three-character name after a 的-phrase that opens the clause right
    after it, before a verb (“…冻手了。”从事环卫工作11年的王秀兰拿着暖心包，): no verb of speech there, the clause
    that follows a quotation is about its speaker.  The name has the shape _de_names asks, no word runs across
    its end, and an ordinary word or a one-character verb with its aspect particle follows it.  The clause's 的
    are tried from its last: its verb phrase may hold a 的 of its own (…工作的王秀兰一早就把上学的孩子送来)."""
    out = []
    for q in ("”", "」"):
        i = text.find(q)
        while i >= 0:
            end = _CLAUSE_END.search(text, i + 1).start()
            k = text.rfind("的", i + 1, end)
            while k > i + 1 and not _quoted_de_name_at(text, k + 1, end):
                k = text.rfind("的", i + 1, k)
            if k > i + 1:
                out.append((k + 1, Person(text[k + 1:k + 4], [])))
            i = text.find(q, i + 1)
    return out


def _quoted_de_name_at(text: str, at: int, end: int) -> bool:
    """True when a three-character name of _quoted_de_names' shape stands at ``text[at]``, before a word or a
    one-character verb and its aspect particle that the clause (ending at ``end``) goes on with."""
    name = text[at:at + 3]
    return (len(name) == 3 and all(_IS_HAN[c] for c in name) and "某" not in name
            and _de_name_shape(name) and _given_no_word(name[1:]) and not _word_at(text, at + 2)
            and at + 4 < end and (_word_at(text, at + 3) or (text[at + 4] in _ASPECT and text[at + 3] not in _NO_VERB)))


# The last character of a quoted honorific that names a kind of person (“工会法律明白人”, “最美快递员”, “盐城工匠”,
# “技术能手”): a person's name may follow it right after the closing quote.
_HONORIFIC_ENDS = frozenset("人者员員手匠师師兵")


def _quoted_honorific_names(text: str) -> list[tuple[int, Person]]:
    """People named right after a quoted honorific (“工会法律明白人”王丽萍正在为…), titled with it: the quote calls a
    person so, and the name follows its closing quote as it follows a title.  The name must be whole (its surname
    pair no word, after _whole_name), end where a name ends, and its given name be no everyday word (“新农人”同台竞技:
    同台 is a word)."""
    out = []
    for q, o in (("”", "“"), ("」", "「")):
        i = text.find(q)
        while i >= 0:
            at = i + 1
            if i > 0 and text[i - 1] in _HONORIFIC_ENDS and text[at:at + 1] in _FIRST_CHARS:
                name = _name_after(text, at)
                if name and _whole_name(name) and not _everyday_word(name[-2:]):
                    k = text.rfind(o, max(0, i - _HONORIFIC_MAX - 1), i)
                    title = text[k + 1:i] if k >= 0 and all(_IS_HAN[c] for c in text[k + 1:i]) else ""
                    out.append((at, Person(name, [title] if title else [])))
            i = text.find(q, at)
    return out


# The longest quoted honorific taken as a title (工会法律明白人: 7).
_HONORIFIC_MAX = 10


def _work_de_names(text: str) -> list[tuple[int, Person]]:
    """People named by a three-character name right after a phrase of where or what they work (在一家物流企业做财务
    工作的王晓婷报了…，她说…): 工作的 introduces a person, so the name may be followed by any verb.  The
    name has the shape _de_names asks (its surname pair and given name no word), no word runs across its end
    (工作的方法是, 工作的关键在 are no names), and it is no anonymised name (工作的杜某因工伤: 杜某)."""
    out, i = [], text.find("工作的")
    while i >= 0:
        at = i + 3
        name = text[at:at + 3]
        if (len(name) == 3 and all(_IS_HAN[c] for c in name) and "某" not in name and _de_name_shape(name)
                and _given_no_word(name[1:]) and not _word_at(text, at + 2) and _after_work_name(text, at + 3)):
            out.append((at, Person(name, [])))
        elif _work_de_pair(text, at):
            out.append((at, Person(text[at:at + 2], [])))
        i = text.find("工作的", at)
    return out


def _work_de_pair(text: str, at: int) -> bool:
    """True when a two-character name stands at ``text[at]`` after a 工作的 phrase (从事外卖配送工作的程浩领到礼包后说，
    他…): a surname and one given character that make no word, the given character opening no word with the
    next (工作的重点是, 工作的方式方法 are no names), then what _after_work_name asks, the pronoun included."""
    pair = text[at:at + 2]
    return (len(pair) == 2 and all(_IS_HAN[c] for c in pair) and pair[1] != "某" and _surname_len(pair) == 1
            and is_person_name(pair) and not _word_at(text, at + 1) and _after_work_name(text, at + 2))


# Words that open the clause's action right after a subject named after 的 (的次仁多吉每天…, 的巴特尔总是…), beside
# those _name_may_end already takes from _FOLLOW_WORDS (一边, 正在, 已经, 仍然, 依然).
_ACTION_OPENERS = ("每天", "总是", "總是")


def _de_minority_names(text: str) -> list[tuple[int, Person]]:
    """People named right after 的 by a whole Tibetan name of two elements (从事乡邮工作12年的次仁多吉一边…), an Amdo
    woman's name (an element, then 草 or 措: 卓玛草), or a Mongolian or Yi name, where a name may end after it or the
    clause's action opens: these names have no Chinese surname, so _de_names cannot read them (扎西镇, 格桑花,
    巴音郭楞 join an element to no other)."""
    out, i = [], text.find("的")
    heads, clans = _STEPPE_HEADS, _YI_CLANS
    while i >= 0:
        j = i + 1
        pair = text[j:j + 2]
        if pair in heads or pair in clans:
            name = None
            if pair in _TIBETAN_PARTS and text[j + 2:j + 4] in _TIBETAN_PARTS:
                e = j + 4
                if _name_may_end(text, e) or text.startswith(_ACTION_OPENERS, e):  # (not 扎西多吉酒店: a firm)
                    name = text[j:e]
            elif pair in _TIBETAN_PARTS and text[j + 2:j + 3] in _AMDO_ENDS:
                name = _amdo_name(text, j)  # (考入大学的央金草深情地说: an Amdo woman's name, an element and 草)
            elif pair in clans:
                name = _yi_name(text, j)
            else:
                name = _steppe_name_at(text, j)
                if name and len(name) < 3:
                    name = None
            if name and not is_word(name):
                out.append((j, Person(name, [])))
        i = text.find("的", j)
    return out


# Verbs of a contest's result or of a life's work right after a 的-phrase's name (…公司的潘金花获得一等奖, 今年46岁的
# 潘金花从事银饰锻制): they make the slot strong enough for a given name that is also a noun (金花, a flower).
_DEEDS = _WIN_VERBS + ("从事", "從事")
# (the gate of _unit_de_names in _de_names: a verb of _DEEDS or of a list's results, 分获)
_RESULTS_RX = recode.compile("|".join(map(re.escape, sorted(set(_DEEDS + _LIST_RESULTS)))))


def _deed_after(text: str, j: int) -> bool:
    """True when a verb of _DEEDS opens at ``text[j]``."""
    return text.startswith(_DEEDS, j)


# A unit or a department whose 的 may introduce one of its people (…有限公司的, 售后服务部的, 设备维修车间的).
_UNIT_DE = _UNIT_BEFORE_NAME + ("部", "处", "處", "室", "队", "隊", "班组", "班組")


def _unit_de_names(text: str) -> list[tuple[int, Person]]:
    """People named by a three-character name right after a unit's or a department's 的, in a clause with a verb of
    a contest's result (售后服务部的方志远以综合成绩96.5分获得第一名): the unit and the deed make the slot strong
    enough for a surname pair that is a word (方志, a chronicle) and for any word after the name (以).  The name
    must be no word, nor its given part, and no word may run across its end (技术部的方案获得: 获得)."""
    out, i = [], text.find("的")
    while i >= 0:
        at = i + 1
        name = text[at:at + 3]
        if (len(name) == 3 and text.endswith(_UNIT_DE, 0, i) and all(_IS_HAN[c] for c in name) and "某" not in name
                and _surname_len(name) == 1 and is_person_name(name) and _given_no_word(name[1:])
                and not _word_at(text, at + 2) and _deed_in_clause(text, at + 3)):
            out.append((at, Person(name, [])))
        elif len(name) == 3 and text.endswith(_UNIT_DE, 0, i) and _paired_unit_pair(text, at):
            out.append((at, Person(text[at:at + 2], [])))
        i = text.find("的", at)
    return out


# What joins two units' people in a results sentence (装配车间的唐佳和维修车间的冯志强分获二、三名).
_PAIRED_UNIT_DE = recode.compile(r"[和与與及、][\u4e00-\u9fff]{1,12}?(?:%s)的[\u4e00-\u9fff]"
                                 % trie_pattern(_UNIT_DE))


def _paired_unit_pair(text: str, at: int) -> bool:
    """True when a two-character name stands at ``text[at]`` after a unit's 的 and is joined to another unit's
    的-phrase (…车间的唐佳和…车间的冯志强分获…): the parallel phrase and a verb of results in the clause say the pair
    is a person, though a two-character name alone after 的 is too often a word.  The pair must be a surname and a
    given character that make no word, its last character opening no word with the next."""
    pair = text[at:at + 2]
    return (_surname_len(pair) == 1 and is_person_name(pair) and not _word_at(text, at + 1)
            and _PAIRED_UNIT_DE.match(text, at + 2) is not None and _results_in_clause(text, at + 2))


def _results_in_clause(text: str, j: int) -> bool:
    """True when a verb of results (_LIST_RESULTS: 获得, 分获, 分列 …) stands in the clause from ``text[j]`` to its end."""
    end = _CLAUSE_CLOSE.search(text, j).start()
    return any(v in text[j:end] for v in _LIST_RESULTS)


# A surname that is a common character (_CONTEXT_SURNAMES: 粘, 拜, 达) and two given characters right after an
# organisation's 的 (…制衣有限公司的粘秀珠以总分…夺得), before what follows names: a contestant of that unit.
# (its first test: the organisation ending and 的 before such a surname; standard re)
_DE_CONTEXT_AT = recode.compile("(?:%s)的[%s]" % (trie_pattern(_ORG_BEFORE_NAME),
                                                _CONTEXT_CLASS))


# (the test before it: 的 and such a surname, a scan the engine skips through by the literal 的, where the
# organisation trie above is tried at every position; few texts pass it)
_DE_CONTEXT_PAIR = recode.compile("的[%s]" % _CONTEXT_CLASS)
_DE_CONTEXT_NAME = lazyrx.compile(r"(?:%s)的(?P<name>[%s]\p{Han}{2})(?=[^\p{Han}]|$|[%s]|%s)"
                                  % (trie_pattern(_ORG_BEFORE_NAME), _CONTEXT_CLASS,
                                     _FOLLOW_CLASS, trie_pattern(_FOLLOW_WORDS)))


def _context_de_name(text: str, mt) -> bool:
    """True when ``mt`` of _DE_CONTEXT_NAME holds a name: alone (no list) in a clause with a contest verb
    (_DEEDS), name-like in a strong slot, no word, its surname pair no
    dictionary entry at all in either script (公司的达到, 公司的拓展 are verbs), its given part no word."""
    name, j = mt["name"], mt.end("name")
    if text[j:j + 1] in ("、", "和", "与", "與", "及") or not _deed_in_clause(text, j):
        return False  # (合作社的拜彦龙、海原县的撒秀琴分获: a list with no count of people is not sure enough)
    return (looks_like_name(name, True) and _given_ok(name[1:]) and not is_word(name) and not is_word(name[1:])
            and not _either_script(_listed, name[:2]) and not _word_at(text, j - 1))


def _deed_in_clause(text: str, j: int) -> bool:
    """True when a verb of _DEEDS stands in the clause from ``text[j]`` to its end (以总分96.5分夺得)."""
    end = _CLAUSE_CLOSE.search(text, j).start()
    return any(v in text[j:end] for v in _DEEDS)


# A compound surname (and one or two given characters) after a 的-phrase, before what follows names or the
# clause's end (…有限公司的端木晓辉获得第一名).
# (its first test: 的 right before a compound surname; standard re, opening with the literal 的)
_DE_COMPOUND_AT = recode.compile("的(?:%s)" % "|".join(_COMPOUND))
_DE_COMPOUND = lazyrx.compile(r"的(?P<name>(?:%s)\p{Han}{1,2}?)(?=[^\p{Han}]|$|[%s]|%s)"
                              % ("|".join(_COMPOUND), _FOLLOW_CLASS,
                                 "|".join(_FOLLOW_WORDS)))
