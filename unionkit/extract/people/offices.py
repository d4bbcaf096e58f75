"""A name before an office or a title word (援助中心的覃振华主任, 王刚律师), and department staff (宣传部王刚)."""

from __future__ import annotations

from ... import lazyrx
from ... import recode
from ...record import Person
from ..wordrx import trie_pattern
from .surnames import SURNAMES
from .roles import _ORG_END
from .dictionary import _FIRST_CHARS, is_word
from .shape import _IS_HAN, is_person_name
from .chains import _cut_org, _is_union, _resolve


# A professional title written after the name (接待我们的是罗志刚律师): the name starts a clause or follows
# a word that introduces a person (是, 由, 找, 请 …); never a firm or a body named after the title (律师事务所).
_TITLE_WORDS = ("律师", "律師", "医生", "醫生", "医师", "醫師", "教授", "法官", "检察官", "檢察官", "工程师", "工程師",
                "会计师", "會計師")


# The last character of an organ's name, which may stand right before a name + office (城市管理局覃志勇副局长).
_ORGAN_LAST = frozenset("局委会會院司部厂廠校所站办辦处處")
_TITLE_WORD = recode.compile(trie_pattern(_TITLE_WORDS))
_INTRO_CHARS = set("，,。;；:：！？!?“”\"「」『』 \u3000\t、（(是的由和与與及跟请請找给給被为為向")
_NOT_A_PERSON_AFTER = ("事务所", "事務所", "协会", "協會", "学会", "學會", "学院", "學院", "团队", "團隊", "工作室",
                       "事务", "事務", "楼", "樓", "们", "們")


def _name_before_office(text: str, start: int, word: str, found: list[tuple[int, Person]],
                        unions=None, places=None) -> None:
    """Add to ``found`` the person named right before the office ``word`` at ``start`` (的覃振华主任), titled with it;
    an organ named before the 的 is the office's organ (市总工会的林海波副主席 → 市总工会副主席)."""
    # (a name of two to four characters opens with a surname character after a clause break or a word
    # that introduces a person: one of these three; _name_before_title checks it again)
    for k in (2, 3, 4):
        if start >= k and text[start - k] in _FIRST_CHARS and (start == k or text[start - k - 1] in _INTRO_CHARS):
            got = _name_before_title(text, start, start + len(word))
            if got:
                org = _organ_before_de(text, got[0])
                found.append((got[0], Person(got[1], [_resolve(org, unions, places) + word if org else word])))
            return
    if start >= 5 and text[start - 4] in _ORGAN_LAST and text[start - 3] in SURNAMES:
        _name_after_organ(text, start, word, found, unions, places)


def _name_after_organ(text: str, start: int, word: str, found: list[tuple[int, Person]], unions, places) -> None:
    """Add to ``found`` the three-character name between an organ and its office (县城市管理局覃志勇副局长)."""
    name = text[start - 3:start]
    if (not is_person_name(name) or is_word(name) or is_word(name[:2])
            or text.startswith(_NOT_A_PERSON_AFTER, start + len(word))):
        return
    j = start - 3
    while j > 0 and _IS_HAN[text[j - 1]] and text[j - 1] not in "和与與及" and start - 3 - j < 24:
        j -= 1  # (蓝凤英和县城市管理局: the organ starts after the 和 that joins two people)
    org = _cut_org(text[j:start - 3])
    if org and _ORG_END.search(org):
        found.append((start - 3, Person(name, [_resolve(org, unions, places) + word])))


def _organ_before_de(text: str, at: int) -> str:
    """The organ named in the 的-phrase that ends right before ``text[at]`` (温岭市总工会的|林海波), else ""."""
    if at < 3 or text[at - 1] != "的":
        return ""
    j = at - 1
    while j > 0 and _IS_HAN[text[j - 1]] and at - 1 - j < 24:
        j -= 1
    org = _cut_org(text[j:at - 1])
    return org if len(org) >= 3 and (_is_union(org) or _ORG_END.search(org)) else ""


def _name_before_title(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(position, name) of a person named just before a title word at ``start:end`` (罗志刚律师), if any."""
    if text.startswith(_NOT_A_PERSON_AFTER, end):
        return None
    for k in (3, 2, 4):
        st = start - k
        if st < 0 or (st > 0 and text[st - 1] not in _INTRO_CHARS):
            continue
        name = text[st:start]
        if is_person_name(name):
            return st, name
    return None


# A union's department written right after the union, then a person's name closed by punctuation (联系人：市总工会劳动
#保护部黄志强，联系电话…): a contact or staff member, titled with the department.
_DEPT_NAME = lazyrx.compile(r"(?P<dept>\p{Han}{2,6}?(?:部|处|處|科|室))(?P<name>\p{Han}{2,3})(?=[，,。；;、）)\s]|\Z)")
_NOT_IN_DEPT = frozenset("的了在是和与與及把被将將为為")
