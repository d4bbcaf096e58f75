"""Reading a titled name (_titled_name): a second title in brackets, a quoted label, names without a
surname after an office (主任明华), and titles that are also surnames (者, 都).
"""

from __future__ import annotations

from ... import recode
from ...record import Person
from .surnames import SURNAMES, _TITLE_SURNAMES
from .roles import _FOLLOW_WORDS, _NOT_GIVEN, _ORG_END, _ROLE_SET, _TRADE_SET, _WEAK_ROLES
from .dictionary import _FIRST_CHARS, _NOT_NAME_TAGS, _RARE_WORD, _raw_common, _raw_line, _raw_tag, _simplified
from .shape import _function_word, _given_ok, _IS_HAN
from .boundaries import _everyday_word, _name_may_end
from .minority import (
    _AFTER_ROLE_FIRST, _hui_number_name, _HUI_SURNAMES, _STEPPE_HEADS, _steppe_name_at, _TIBETAN_ENDS, _TIBETAN_PARTS,
    _verb_after_name, _YI_CLANS, _YI_FIRST)
from .chains import _title_chain
from .after_role import _after_role, _ended_names, _titled_and_listed, _translit_after_role


# A short bracketed note on a post (（挂职）, （兼）, （主持工作）, （女）) between a title and the name.
_ROLE_NOTE = recode.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")


def _bracketed_second_title(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(end, role) of the title before a bracket that holds a second title ending at ``end`` (仪表工程师（高级技师）
    乌日娜: the name follows the bracket, the title before it leads to the name), else None."""
    o = start - 1
    if o < 1 or text[o] not in "（(":
        return None
    segs = _title_chain(text, o)
    return (o, segs[-1][1]) if segs else None


#: Quotes that open and close a short label: a product's, a service's or a campaign's name (“骑手关爱保”).
_LABEL_OPENS = "“「『"
_LABEL_CLOSES = "”」』"


#: Han characters at most between a label's opening quote and the role inside it (“新就业骑手关爱保”).
_LABEL_LEAD = 6


#: A copula, particles and pronouns: a quoted sentence, not a label, runs up to the role (“我们站里的骑手王磊”).
_SENTENCE_CHARS = frozenset("是的了我你他她们們在说說")


def _quoted_label(text: str, start: int, stop: int) -> bool:
    """The role from ``start`` and the name read after it up to ``stop`` fill the end of a short quoted label
    (“骑手关爱保”, “职工暖心卡”): a product's or a campaign's name, whose tail only looks like a name.  The quote
    closes right after the name and opens at most a few Han characters before the role, with no copula, particle or
    pronoun between (“他是骑手王磊”, “我们站里的骑手王磊” are sentences quoted, their names a person's)."""
    if stop >= len(text) or text[stop] not in _LABEL_CLOSES:
        return False
    for q in range(start - 1, max(start - 2 - _LABEL_LEAD, -1), -1):
        c = text[q]
        if c in _LABEL_OPENS:
            return not any(ch in _SENTENCE_CHARS for ch in text[q + 1:start])
        if not _IS_HAN[c]:
            return False
    return False


def _titled_name(text: str, end: int, at: int, role: str, unions, places, found: list[tuple[int, Person]]) -> None:
    """Add to ``found`` the person named at ``text[at]`` after the title ``role`` ending at ``end``, unless the
    role and the name end a quoted label (“骑手关爱保”: an insurance product's name, no rider named 关爱保)."""
    k = len(found)
    _read_titled_name(text, end, at, role, unions, places, found)
    if len(found) > k and _quoted_label(text, end - len(role), at + len(found[k][1].name)):
        del found[k:]


def _read_titled_name(text: str, end: int, at: int, role: str, unions, places,
                      found: list[tuple[int, Person]]) -> None:
    """Add to ``found`` the person named at ``text[at]`` after the title ``role`` ending at ``end``: a Yi name
    (副主席吉克阿依, though 吉 opens Chinese names too), else a Chinese name, else a transliterated one where no
    surname follows (配送员买买提江, 学员次仁卓玛; 边巴次仁: 边 is a surname too)."""
    c, k = text[at:at + 1], len(found)
    if c in _YI_FIRST and text[at:at + 2] in _YI_CLANS and _translit_after_role(text, end, at, unions, places, found):
        return
    amdo = _amdo_name(text, at)
    if amdo:
        _titled_and_listed(text, end, at, amdo, unions, places, found)
        return
    if c in _HUI_SURNAMES and (hui := _hui_number_name(text, at)):
        _titled_and_listed(text, end, at, hui, unions, places, found)  # (保安员马六十三说)
        return
    steppe = _steppe_name_at(text, at, True) if text[at:at + 2] in _STEPPE_HEADS else None
    if steppe and (len(steppe) >= 4 or c not in _FIRST_CHARS):  # (骑手巴图孟和: not the Chinese reading 巴图孟)
        _titled_and_listed(text, end, at, steppe, unions, places, found)
        return
    if c in _FIRST_CHARS:
        _after_role(text, end, at, role, unions, places, found)
    if len(found) == k and steppe:  # (班长那日苏带着: 那 is a surname only in a strong slot)
        _titled_and_listed(text, end, at, steppe, unions, places, found)
    elif len(found) == k and c in _AFTER_ROLE_FIRST:
        _translit_after_role(text, end, at, unions, places, found)
    if len(found) == k and c in _TITLE_SURNAMES and role not in _WEAK_ROLES:
        name = _title_surname_name(text, at)
        if name:
            _titled_and_listed(text, end, at, name, unions, places, found)
    if len(found) == k and _office_title(role):
        _unsurnamed_after_title(text, end, at, unions, places, found)
    if len(found) == k and role in _TRADE_SET and (lone := _lone_tibetan_after_job(text, at)):
        _titled_and_listed(text, end, at, lone, unions, places, found)  # (工地安全员拉巴表示)


def _lone_tibetan_after_job(text: str, at: int) -> str | None:
    """A Tibetan name of one two-character element at ``text[at]`` right after a trade noun (安全员拉巴表示): many
    people in Tibet go by one element.  Only where a name may end right after it, no second element or closing
    character follows, and no Chinese surname opens it (王清, 向巴 read otherwise); an everyday word stays out."""
    el = text[at:at + 2]
    if el not in _TIBETAN_PARTS or el[0] in _FIRST_CHARS or text[at + 2:at + 4] in _TIBETAN_PARTS \
            or text[at + 2:at + 3] in _TIBETAN_ENDS:
        return None
    return el if _name_may_end(text, at + 2) and not _everyday_word(el) else None


# Characters that close a woman's name of Amdo (Qinghai, Gansu) after a Tibetan name element, also behind a Chinese
# surname (卓玛草, 拉毛措, 李卓玛草): 草 and 措 follow an element only in a name, or in a word jieba lists (草原).
_AMDO_ENDS = frozenset("草措")


def _amdo_name(text: str, at: int) -> str | None:
    """An Amdo woman's name at ``text[at]`` after a title: a Tibetan name element and a closing character of
    _AMDO_ENDS, behind a Chinese surname (主席李卓玛草进行座谈) or alone (护士道吉草获得一等奖), where a name may end
    or a verb follows."""
    for i in ((at + 1, at) if text[at:at + 1] in SURNAMES else (at,)):
        if text[i:i + 2] in _TIBETAN_PARTS and text[i + 2:i + 3] in _AMDO_ENDS:
            e = i + 3
            if _name_may_end(text, e) or _verb_after_name(text, e):
                return text[at:e]
    return None


# Office titles after which a name with no Chinese surname is taken (主席, 书记, 主任, 市长, 部长 …): not trade or
# people nouns, after which a plain word often stands (木工师傅, 司机微信群).
_OFFICE_ENDS = ("主席", "书记", "書記", "主任", "长", "長")
_OFFICE_END_LAST = frozenset(w[-1] for w in _OFFICE_ENDS)


def _office_title(role: str) -> bool:
    """True when ``role`` is an office of _OFFICE_ENDS and no plain people noun: a name with no surname may follow."""
    return role.endswith(_OFFICE_ENDS) and role not in _WEAK_ROLES


# Characters right after a name that end it (才让东周与…, 求吉措毛向…) besides punctuation and _FOLLOW_WORDS.
_UNSURNAMED_END = frozenset("与與向和及在对對为為将將把同")


# jieba's tags a pair inside a name may carry: names, places, and (past the first pair) a time word (才让东周: 东周).
_NAME_PAIR_TAGS = ("nr", "ns")


def _unsurnamed_name(text: str, at: int) -> str | None:
    """A Tibetan, Mongolian or Yi name of three to five characters at ``text[at]`` right after a title, whatever its
    first character (主席才让东周与, 副市长呼格吉勒图，, 线路工巴音满达介绍): it ends where names end (punctuation,
    a word that follows names), holds no function character, and no pair of it is a common word but a name, a
    place or, past the first pair, a time word (主席高度重视, 书记实地察看 are no names)."""
    n = len(text)
    for k in (5, 4, 3):
        j = at + k
        if j > n:
            continue
        if j < n and _IS_HAN[text[j]] and text[j] not in _UNSURNAMED_END and not text.startswith(_FOLLOW_WORDS, j) \
                and not _adverb_at(text, j):
            continue
        if j < n and _adverb_at(text, j - 1):
            continue  # (副局长保德荣一同为…揭牌: 一同 is the adverb after the name, 一 no part of it)
        name = text[at:j]
        if not all(_IS_HAN[ch] for ch in name):
            continue
        name = _simplified(name)  # (jieba's dictionary and the character lists are simplified: 和協商, 宣講團)
        if set(name) & _NOT_GIVEN or name[0] in _UNSURNAMED_END or _ORG_END.search(name):
            continue
        if _raw_line(name) or name in _ROLE_SET:
            continue
        if all(_pair_in_name(name[i:i + 2], i) for i in range(k - 1)):
            return text[at:j]
    return None


def _adverb_at(text: str, j: int) -> bool:
    """True when a common two-character adverb (jieba's tag d: 一同, 一并, 共同) opens at ``text[j]``: it stands
    between a subject's name and its verb."""
    pair = text[j:j + 2]
    return len(pair) == 2 and _IS_HAN[pair[1]] and _raw_tag(pair) == "d" and _raw_common(pair)


def _pair_in_name(pair: str, i: int) -> bool:
    """True when a pair at offset ``i`` of a candidate name is no common word, or one tagged a name or place (or,
    past the first pair, a time word: 东周)."""
    parts = _raw_line(pair).split()
    if len(parts) < 3 or (parts[1].isdigit() and int(parts[1]) < _RARE_WORD):
        return True
    return parts[2].startswith(_NAME_PAIR_TAGS) or (i > 0 and parts[2] == "t")


# Two-character verbs of speech after which a one-element name may end (副主席扎约表示): a name of two characters
# with no Chinese surname is read only before one of these (not before 说, which 笑着说, 接着说 also end in).
_PAIR_NAME_SAY = frozenset(w for w in ("表示", "指出", "强调", "強調", "介绍", "介紹", "认为", "認為", "坦言", "透露")
                           if len(w) == 2)


def _unsurnamed_pair(text: str, at: int) -> str | None:
    """A two-character name with no Chinese surname at ``text[at]`` right after an office title, before a verb of
    speech (常务副主席扎约表示: a Lahu, Wa or Jingpo name of one element): no dictionary word in either script
    but a rare one or a name (主席再次表示, 书记首先指出 are adverbs), no function character, no organ ending."""
    if text[at + 2:at + 4] not in _PAIR_NAME_SAY:
        return None
    name = text[at:at + 2]
    if len(name) < 2 or name[0] in _FIRST_CHARS or not (_IS_HAN[name[0]] and _IS_HAN[name[1]]):
        return None
    simple = _simplified(name)
    if set(simple) & _NOT_GIVEN or simple[0] in _UNSURNAMED_END or _ORG_END.search(simple) or simple in _ROLE_SET:
        return None
    return name if _pair_in_name(simple, 0) and _pair_in_name(name, 0) else None


def _unsurnamed_after_title(text: str, end: int, at: int, unions, places, found: list[tuple[int, Person]]) -> None:
    """Add the name of _unsurnamed_name (else _unsurnamed_pair) at ``text[at]`` after the title ending at ``end``,
    if one stands there."""
    name = _unsurnamed_name(text, at) or _unsurnamed_pair(text, at)
    if name:
        _titled_and_listed(text, end, at, name, unions, places, found)


def _title_surname_name(text: str, at: int) -> str | None:
    """A name at ``text[at]`` right after a title whose surname is a very common character (_TITLE_SURNAMES:
    副局长要志刚陪同, 部长都兰在): the given part one or two name characters, the name ending where names end
    (punctuation, a word that follows names), neither the surname pair nor the whole a common word."""
    name = next(_ended_names(text, at), None)  # (only the first, longest ending name is judged)
    if name is not None:
        return name if _title_surname_shape(name) else None
    name = text[at:at + 3]  # 律师要建平提供法律援助: a three-character name before a verb
    if len(name) == 3 and _given_ok(name[1:]) and _verb_after_name(text, at + 3) and _title_surname_shape(name):
        return name
    return None


def _title_surname_shape(name: str) -> bool:
    """True when ``name``, opened by a surname of _TITLE_SURNAMES, is no word: neither the surname pair nor the
    whole a common word, the given part no verb, adverb or function word, no organ ending."""
    if _function_word(name[1:]) or _ORG_END.search(name):
        return False
    # (主席要带头: the given part is a verb or an adverb, the surname the modal 要)
    return not (_raw_common(name[:2]) or _raw_common(name) or _raw_tag(name[1:])[:1] in _NOT_NAME_TAGS)
