"""Whether a string is shaped like a name: a surname, then a given name with no function character, and no
ordinary word (looks_like_name, is_person_name).
"""

from __future__ import annotations

import functools

from ... import lazyrx
from .surnames import COMPOUND_SURNAMES, _CONTEXT_SURNAMES, SURNAMES
from .roles import _NOT_GIVEN, _ORG_END, _ROLE_SET
from .dictionary import _common_entry, _dictionary_parts, _either_script, is_word, _listed, _raw_common, _simplified


def _surname_len(s: str, strong: bool = False) -> int:
    """Length of the surname that opens ``s`` (2 compound, 1 single, 0 none); ``strong``: the context says
    a name stands there, so a surname that is also a common word (那, 於, 丘) counts too."""
    if s[:2] in COMPOUND_SURNAMES:
        return 2
    c = s[:1]
    return 1 if c in SURNAMES or (strong and c and c in _CONTEXT_SURNAMES) else 0


# Forms of address after a surname (张师傅, 王姐, 李总): a person, but no name to record.
_ADDRESS = {"师傅", "師傅", "大姐", "大哥", "阿姨", "老师", "老師", "先生", "女士", "同志", "书记", "書記", "主任",
            "师", "師", "哥", "姐", "姨", "叔", "伯", "总", "總", "工", "老", "某", "某某",
            "大爷", "大爺", "大妈", "大媽", "妈妈", "媽媽", "阿婆", "婆婆", "大娘", "大叔", "大伯", "奶奶", "爷爷", "爺爺", "阿姨"}


_HAN = lazyrx.compile(r"\p{Han}")


class _HanChars(dict):
    """Whether a character is Han (_HAN), asked of the pattern once per character: the walks over a text's
    characters ask again and again, and a dict look-up is several times cheaper than a match."""

    def __missing__(self, c: str) -> bool:
        v = self[c] = _HAN.match(c) is not None
        return v


_IS_HAN = _HanChars()


# The run of Han characters that ends at a position (matched backwards from ``endpos``): where a title chain or an
# organ's name opens, found in one call instead of a walk back one character at a time.
_HAN_RUN_BEFORE = lazyrx.compile(r"(?r)\p{Han}*")
_GIVEN_RX = lazyrx.compile(r"\p{Han}{1,2}")


#: Given names opening with 向 (王向东, 李向阳): 向 is a preposition after a name elsewhere (李明向职工讲解),
#: so it stays a function character but for these common names.
_XIANG_GIVEN = frozenset("""向东 向東 向阳 向陽 向前 向红 向紅 向荣 向榮 向明 向华 向華 向军 向軍 向辉 向輝 向民
向群 向英 向伟 向偉 向平 向党 向黨 向南 向北 向林 向龙 向龍 向国 向國 向文 向春""".split())


#: Given names opening with 从 (李从富, 王从军): 从 is a preposition after a name elsewhere (李明从北京来), so it
#: stays a function character but for these names, none of which opens a place or a time (从云南, 从明天 are out).
_CONG_GIVEN = frozenset("""从军 從軍 从武 從武 从富 從富 从贵 從貴 从兵 從兵 从刚 從剛 从友 從友 从德 從德 从峰 從峰
从伟 從偉""".split())


#: 社 ends an organ (报社, 合作社) but is also a given character of the commune years (张建社, 王爱社, 李兴社).
_SHE = "社"


def _she_given(given: str) -> bool:
    """True when ``given`` is two characters with 社 that make no dictionary word (建社, 爱社): a given name, where
    an organ's tail (报社, 公社, 学社, 社会) is a word; the other character must be fit for a given name."""
    if len(given) != 2 or _SHE not in given or is_word(given):
        return False
    other = given.replace(_SHE, "", 1)
    return _IS_HAN[other] and other not in _NOT_GIVEN


@functools.lru_cache(maxsize=16384)  # (a pure verdict on a short string: words recur across paragraphs)
def _given_ok(given: str) -> bool:
    """True when ``given`` can be a given name: Han, no function characters, not a form of address."""
    if given in _XIANG_GIVEN or given in _CONG_GIVEN or _she_given(given):
        return True
    return (0 < len(given) <= 2 and all(_IS_HAN[c] for c in given)  # (_GIVEN_RX.fullmatch, by look-ups)
            and not (set(given) & _NOT_GIVEN) and given not in _ADDRESS)


# Rare surnames that are mostly verbs in running text (寻求, 寻找, 纳入, 占据): a name only where the surname
# and the next character are not a word (纳小军, 占晓峰 pass).
_VERB_SURNAMES = frozenset("寻尋纳納占")


# Surnames that open many ordinary words and names of things (普通, 海关, 凤凰 — which jieba even tags as a
# name): a name only where the surname and the next character are no dictionary entry at all (普志华, 海建平).
_WORD_SURNAMES = frozenset("普海凤鳳洪萧荀暴密沃疏喇木虢俸蒿贡貢宦把敏仓倉玄")
_DOMAIN_WORDS = frozenset({"普惠"})  # union-news words jieba lacks (普惠服务, 普惠性)


# Surnames that are also prepositions (律师向企业负责人讲解): where only the word after it ends the name
# (_full_name_before_word), the given part must not be an ordinary word (向晓燕 passes, 向企业 does not).
_PREP_SURNAMES = frozenset("向于於把")
# Of those, the ones whose object runs up to the clause's verb (律师向企业说明, 把问题讲清): even where a word that
# follows names ends the reading, a common noun after them is the object, no given name (see _prep_object).
# (于 and 於 stay out: 于海洋说 is a person; as prepositions they seldom stand before a noun and a verb.)
_OBJECT_PREPS = frozenset("向把")


# Abbreviated offices of a publicity department's pen name (X工宣 = X 工会宣传, X法宣 = X 法院宣传).
_PEN_OFFICES = frozenset("工法检檢公团團妇婦政纪紀组組文党黨")


@functools.lru_cache(maxsize=16384)  # (a pure verdict on a short string: words recur across paragraphs)
def looks_like_name(s: str, strong: bool = False) -> bool:
    """Surname + one or two given characters, with no organ ending.

    A role or job word after the surname (王律师, 李医生) is a form of address, not a name.  ``strong``: a
    title, verb of speech or staff slot says a name stands there (see _CONTEXT_SURNAMES)."""
    n = _surname_len(s, strong)
    if not (n > 0 and 1 <= len(s) - n <= 2 and _given_ok(s[n:]) and not (_ORG_END.search(s) and not _she_given(s[n:]))
            and s[n:] not in _ROLE_SET and s not in _ROLE_SET and s not in _ADDRESS):
        return False  # (师傅, which jieba tags as a name, is a form of address: 她的师傅、首席技师…)
    if s[0] == "把" and n == 1 and _object_of_ba(s[1:]):
        return False  # 工作人员把西瓜…, 书记把王强叫来: the preposition 把 before its object, no surname
    if n == 1 and len(s) == 3 and (s[:2] in _ADDRESS or s[:2] in _ROLE_SET):
        return False  # 劳模师傅一来: a form of address or a role (师傅, 司机) opens the run, no surname
    if len(s) == 2 and s[1] == "宣" and s[0] in _PEN_OFFICES:
        return False  # 文宣: a publicity office's pen name (文化宣传), like 岳工宣 below
    if s[-1] == "宣" and len(s) - n == 2 and s[n] in _PEN_OFFICES:
        return False  # 岳工宣, 鼓法宣: a correspondent's pen name (place + 工会/法院 … + 宣传), no person's name
    if s[0] in _WORD_SURNAMES or (n == 1 and s[0] in _CONTEXT_SURNAMES):
        if s[0] in _CONTEXT_SURNAMES and s[1:2] == s[0]:
            return False  # 么么哒: a reduplicated word, no surname
        if s[0] in _CONTEXT_SURNAMES and len(s) == 3 and _function_word(s[1:]):
            return False  # 於日前, 那一刻: the given part is a time, number or function word, the surname a preposition
        if s[:2] in _DOMAIN_WORDS:
            return False
        if strong:  # a title says a name stands here: a pair the dictionary barely knows (洪雅, 4) is no word
            return not _either_script(_common_entry, s[:2])
        return not _either_script(_listed, s[:2])
    return s[0] not in _VERB_SURNAMES or not is_word(s[:2])


def _object_of_ba(given: str) -> bool:
    """True when what follows 把 reads as the preposition's object: a common dictionary word (西瓜, 工作) or a
    person's name of its own (王强); a rare given name (永明, 16 in jieba's dictionary) leaves 把 a surname."""
    return _raw_common(given) or (len(given) >= 2 and looks_like_name(given))


# jieba's tags of time words, numerals, pronouns, adverbs, prepositions, conjunctions, particles, locatives,
# measure words: no given name is such a word (日前, 一刻, 这些).
_FUNCTION_TAGS = frozenset("t m r d p c u f q".split())


def _function_word(s: str) -> bool:
    """True when jieba's dictionary tags ``s`` (in either script) as a time, number or function word."""
    for w in dict.fromkeys((s, _simplified(s))):
        parts = _dictionary_parts(w)
        if len(parts) > 2 and parts[2] in _FUNCTION_TAGS:
            return True
    return False


@functools.lru_cache(maxsize=16384)  # (a pure verdict on a short string: words recur across paragraphs)
def is_person_name(s: str, strong: bool = False) -> bool:
    """A plausible person's name that is not an ordinary dictionary word (in either script); ``strong`` as
    for looks_like_name."""
    return looks_like_name(s, strong) and not is_word(s)


def _opens_with_word(name: str) -> bool:
    """True when a single surname and the first given character of a three-character name form a word
    (高温是, 文化宫): a compound surname (上官, 司马) is a word of its own, which says nothing."""
    return len(name) == 3 and _surname_len(name) == 1 and is_word(name[:2])
