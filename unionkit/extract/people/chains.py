"""Title chains before a name (红桥区总工会党组书记、主席孙玉龙): the organ cut off the clause before the chain,
the roles split at 、, and the union a bare role inherits (_title_chain, _titles).
"""

from __future__ import annotations

import functools
import re

from ... import lazyrx
from ... import recode
from ...record import Place, Union
from .roles import _CLAUSE_CONJ, _LONG_CUTS, _ORG_CUT, _ROLE_LENS, _ROLE_SET, _TRADES
from .dictionary import _dictionary_parts, _either_script, _FIRST_CHARS, is_word
from .shape import _HAN_RUN_BEFORE
from .boundaries import _is_verb, _word_at
from .minority import _AFTER_ROLE_FIRST, _YI_FIRST


#: The most characters of an organ read before a title (a run with no cut word may hold prose before the organ).
_ORGAN_MAX = 16


def _organ_tail(org: str) -> str:
    """The last _ORGAN_MAX characters of ``org``, reaching back to the start of a word or a place the cut would split
    (a firm of 17 characters, 芜湖伯特利汽车安全系统股份有限公司: not 湖伯特利…; 中信重工…, not 信重工…; 二连浩特市总工会
    职工法律援助工作站: not 特市…): only a two-character word, or a place the gazetteer names, is read whole."""
    k = len(org) - _ORGAN_MAX
    if k <= 0:
        return org
    if _word_at(org, k - 1):
        k -= 1
    from .. import places  # (loaded already when extract runs: it finds the places first)

    return org[next((m.start for m in places.scan(org) if m.start < k < m.end), k):]


@functools.lru_cache(maxsize=8192)  # (a pure verdict on a short string: words recur across paragraphs)
def _cut_org(org: str) -> str:
    """``org`` trimmed of the prose before the organ (近日红桥区总工会 → 红桥区总工会).

    A one-character cut word inside a word is no cut (经费审查委员会, 劳动关系科, 和平区总工会): the next cut to its
    left is tried.  Of two union names run together (…区总工会唐山市总工会劳动保护部), the later one is the organ."""
    mt = _ORG_CUT.match(org)
    while (mt and mt.end() - mt.start("cut") == 1 and _cut_in_word(org, mt.start("cut"))
           and org[mt.start("cut") - 1:mt.end()] not in _LONG_CUTS):
        mt = _ORG_CUT.match(org, 0, mt.start("cut"))
    if mt:
        org = org[mt.end():]
        if mt["cut"] in _CLAUSE_OPENERS:
            org = _drop_opening_verb(org)
    k = org.find("总工会") if "总工会" in org else org.find("總工會")
    if k >= 0 and ("总工会" in org[k + 3:] or "總工會" in org[k + 3:]):
        org = org[k + 3:]
    return org


# Cut words after which a clause goes on with its verb (并协调, 还邀请, 同时组织): the verb is prose, not the organ.
_CLAUSE_OPENERS = frozenset(_CLAUSE_CONJ) | frozenset("还還又")


def _drop_opening_verb(org: str) -> str:
    """``org`` without the two-character verb that opens it after a clause's conjunction (协调|山西晋卫律师事务所):
    a title never opens with a conjunction and a verb."""
    if len(org) > 3 and _either_script(_is_verb, org[:2]):
        return org[2:]
    return org


# Abbreviated organs that open with a cut character (经审会 of 经费审查委员会).
_ABBREVIATED_ORGANS = ("经审会", "經審會", "经审委", "經審委")


def _cut_in_word(org: str, p: int) -> bool:
    """True when the character at ``org[p]`` opens a word with the next one (经费, 和平) or, for 系 and 任, closes
    a noun with the one before it (关系, 责任; a preposition's pair, 人为 or 任由, is still a cut)."""
    if is_word(org[p:p + 2]) and p + 2 <= len(org):
        return True
    if org.startswith(_ABBREVIATED_ORGANS, p):
        return True  # (经审会: the abbreviated 经费审查委员会, no cut at its 经)
    if p > 0 and org[p] in "系任":
        parts = _dictionary_parts(org[p - 1:p + 1])
        return len(parts) > 2 and parts[2].startswith("n")
    return False


def _role_ending_at(text: str, at: int) -> str | None:
    """The longest role of _ROLES that ends right before ``text[at]``, else None."""
    return next((text[at - k:at] for k in _ROLE_LENS if text[at - k:at] in _ROLE_SET), None)


@functools.lru_cache(maxsize=8192)  # (a pure verdict on a short string: words recur across paragraphs)
def _split_role(seg: str) -> tuple[str, str] | None:
    """(organ, role) for a segment ending in a role, the organ trimmed of leading prose.

    A national honour (全国劳动模范) is held by no organ: a place written before it is where the
    person lives (叙州区全国劳动模范钟德华), not part of the title."""
    for k in _ROLE_LENS:  # longest first, as in _ROLES: a set look-up per length, not an endswith per role
        role = seg[-k:]
        if len(role) == k and role in _ROLE_SET:
            if role.startswith(("全国", "全國")):
                return "", role
            if seg[-k - 2:-k] in ("全国", "全國"):
                return "", seg[-k - 2:]  # 像全国技术能手: a national honour, whatever prose stands before it
            return _organ_tail(_cut_org(seg[: -len(role)])), role
    return None


def _title_chain(text: str, start: int) -> list[tuple[str, str]]:
    """The 、-separated (organ, role) segments that end at ``start``, left to right."""
    segs = []
    end = start
    while True:
        j = _HAN_RUN_BEFORE.match(text, 0, end).start()
        part = _split_role(text[j:end])
        if not part:
            break
        if j > 0 and text[j - 1].isdigit() and part[0] == text[j:end - len(part[1])]:
            part = ("", part[1])  # 90后徒弟: the Han run opens inside an age or a number, no organ
        segs.append(part)
        if j > 0 and text[j - 1] == "、":
            end = j - 1
            continue
        break
    return segs[::-1]


def _is_union(org: str) -> bool:
    """True for a union organ name (…工会, …總工會)."""
    return org.endswith(("工会", "工會"))


def _resolve(org: str, unions: list[Union] | None, places: list[Place] | None) -> str:
    """The full union name for a surface form (市总工会 → 攀枝花市总工会) when known; an organ under a union
    (市总工会网络工作部) has its union part written out the same way."""
    if org in _GROUP_BACKREFS:
        from ..unions import _own_company  # (loaded already when extract runs: it finds the unions first)

        return _own_company(org, {u.name for u in unions or []})
    if not _is_union(org):
        mt = _UNION_PART.match(org) if ("工" in org and unions) else None
        if mt and mt["rest"]:
            return _resolve(mt["union"], unions, places) + mt["rest"]
        if org in ("联合会", "聯合會") or not mt:
            return _page_union(org, unions) or org
        org = mt["union"]
    if org in _SCHOOL_KIND:
        return org  # 校工会主席: the title as written, though the unions name the school (most golds keep it so)
    for u in unions or []:
        if org in (u.surface, u.name):
            return u.name
    got = _page_union(org, unions)
    if got:
        return got
    if places:
        try:
            from ..unions import resolve_union_name

            return resolve_union_name(org, places) or org
        except Exception:  # noqa: BLE001 - the resolver is optional
            return org
    return org


#: A school's union named by its kind alone (校工会主席): a university union's site names it so.
_SCHOOL_KIND = frozenset(("校工会", "校工會", "学校工会", "學校工會"))


# The union that opens an organ's name (市总工会|网络工作部, 区家具产业工会联合会|): the last union head word.
_UNION_PART = lazyrx.compile(r"^(?P<union>\p{Han}*(?:工会联合会|工會聯合會|工会委员会|工會委員會|工会|工會))(?P<rest>\p{Han}*)$")


# Short forms that open with an administrative level or a generic unit (镇总工会, 区家具产业工会联合会, 集团工会):
# written out as the page writes that union in full.
_SHORT_UNION = lazyrx.compile(r"^(?:[省市区區县縣镇鎮乡鄉州旗盟]|街道|自治区|自治區|开发区|開發區|集团|集團|公司|联合会$|聯合會$)")


# How a railway or other group's page names its own group's union after writing it in full (集团公司工会主席):
# unions.backrefs._BARE_GROUP_UNION, resolved by unions.fullnames._own_company (exported as unions._own_company).
_GROUP_BACKREFS = frozenset(("集团公司工会", "集團公司工會"))


def _page_union(org: str, unions: list[Union] | None) -> str | None:
    """The one union of the page whose full name ends with the short form ``org`` (镇总工会 → 金积镇总工会), else None."""
    if not unions or not _SHORT_UNION.match(org):
        return None
    names = {u.name for u in unions if u.name.endswith(org) and u.name != org}
    return names.pop() if len(names) == 1 else None


# A federation's own bodies (经费审查委员会, 女职工委员会, 权益保障部): after a 总工会 title in a chain, the same
# federation's (a company union's officer often holds a company post next: 公司工会主席、行政部经理).
# (no level or place word opens them, and no Party or government organ: 市委宣传部 stays as written)
_SUB_ORGAN = lazyrx.compile(r"(?![省市区區县縣镇鎮乡鄉州])(?:经费审查委员会|經費審查委員會|女职工委员会|女職工委員會|"
                            r"[^委]{2,6}(?:部|办公室|辦公室))")


def _titles(segs: list[tuple[str, str]], unions, places) -> list[str]:
    """Title strings from chain segments; a bare role inherits the union of the segment before."""
    out, prev_org = [], ""
    for org, role in segs:
        if not org and _is_union(prev_org):
            org = prev_org
        elif org and ("总工会" in prev_org or "總工會" in prev_org) and _SUB_ORGAN.fullmatch(org):
            org = prev_org + org  # 黄石市总工会党组成员、经费审查委员会主任: the union's own committee
        if org:
            prev_org = org
        out.append(_resolve(org, unions, places) + role if org else role)
    return out


# The last character of a trade noun with a surname or a transliterated name after it (maybe after a byline's
# space): one character-class scan finds the candidates, and set look-ups then check for a whole trade noun.
_TRADE_AT = recode.compile("[%s](?=[ \u3000]?[%s])" % (re.escape("".join(sorted({t[-1] for t in _TRADES}))),
                                                   re.escape("".join(sorted(_FIRST_CHARS | _AFTER_ROLE_FIRST | _YI_FIRST)))))
_TRADE_TAILS = frozenset(t[-2:] for t in _TRADES)
