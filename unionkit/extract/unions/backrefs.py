"""Bare company and school unions named by the site, and back-references to a firm or branch named before."""

from __future__ import annotations

from unionkit.record import Union
from .base import _all_han, _GENERIC_START, _is_name_char, _PROSE_CHARS, _segment_start
from .units import _bare_body_after_verb
from .trades import _strip_lead
from .reading import _read_known
from .context import _UNION_COMPOUNDS


_BARE_BRANCH = ("分公司工会", "分公司工會")

#: A firm's union named by its kind alone (公司工会主席, 公司工會在…舉辦): the writer's own company's.
_BARE_COMPANY_UNION = ("公司工会", "公司工會")


def _site_company(text: str, site: str, found: list) -> list:
    """``found`` with the union of the firm whose own site the page is (``site``: 德陽旌誠重工機械有限公司) where the
    text names it only by its kind (公司工會主席…) and writes no company's union in full: an enterprise page names its
    firm in its header, then says 公司."""
    if len(site) < 6 or not _all_han(site) or any("公司" in u.name for _, u in found):
        return found
    got = _bare_company_union(text)
    return sorted(found + [(got[0], Union(site + got[1][2:], got[1]))], key=lambda x: x[0]) if got else found


#: A university's or college's union as the site's name (河南理工大学工会): the site of that union's own pages.
_SCHOOL_UNION_SITE = ("大学工会", "大學工會", "学院工会", "學院工會")
#: What may stand right before a school's union named by its kind alone (。校工会, 、校工会主席, 由校工会主办,
#: 我校工会): a function word, a list's mark or "our"; not a word that makes another school of it (高校工会 are
#: universities' unions at large, 该校 another school, 中小学校工会 the schools', 党校, 分校, 各学校).
_BEFORE_BARE_SCHOOL = frozenset("、我由在和与與及向对對为為是从從将將经經")


def _site_school(text: str, site: str, found: list) -> list:
    """``found`` with the union of the university or college whose union's own site the page is (``site``: 扬州大学工会)
    where the text names it only by its kind (校工会, 学校工会) and never writes that union in full: the school's union
    writes of itself as its readers know it, as a firm's site says 公司工会 (_site_company)."""
    if any(u.name == site for _, u in found):
        return found
    for head in ("学校工会", "學校工會", "校工会", "校工會"):
        at = text.find(head)
        while at >= 0:
            before = text[at - 1] if at else ""
            if not (head[0] == "校" and before and before in "学學") and (not _is_name_char(before) or before in _BEFORE_BARE_SCHOOL):
                return sorted(found + [(at, Union(site, head))], key=lambda x: x[0])
            at = text.find(head, at + len(head))
    return found


def _bare_company_union(text: str) -> tuple[int, str] | None:
    """(where, how written) of the first union ``text`` names by its kind alone (公司工会主席…, 该公司工会), else None.
    A 公司工会 before a noun of union work (公司工会工作报告) names no body."""
    for head in _BARE_COMPANY_UNION:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            seg = text[_segment_start(text, at, limit=20):at]
            if (not seg or _strip_lead(seg + "公司") == "公司" or _bare_body_after_verb(seg + "公司")) \
                    and not text.startswith(_UNION_COMPOUNDS, end):
                return at, head
            at = text.find(head, end)
    return None


def _company_backrefs(text: str, found: list, places_key) -> list:
    """A bare 公司工会 is the union of the one company the page names in full, in the paragraph of the bare name and
    before it (在湖南冷水江锑都有限公司，公司工会组织…): the writer names the firm once, then only its kind, as a bare
    分公司工会 names the one branch (_branch_backrefs) and 厂工会 the factory (_body_named_before).  Not when the page
    writes a company's union in full or names two companies, nor after a paragraph that names the firm in passing
    (某公司职工团队研发的…; 公司工会 in the next paragraph is a speaker's own firm's)."""
    if any("公司" in u.name for _, u in found):
        return found
    got = _bare_company_union(text)
    if got is None:
        return found
    head = got[1][2:]
    firms = set()
    at = text.find("公司")
    while at > 0:
        if _is_name_char(text[at - 1]) and text[at - 1] != "分":
            read = _read_known(text[_segment_start(text, at):at + 2], head, places_key)
            if read and read[2] == "org" and len(read[0]) >= len(head) + _FIRM_NAME_MIN \
                    and not any(c in _PROSE_CHARS for c in read[0]) and head not in read[0][:-len(head)]:
                firms.add(read[0])  # (公司工会主席某某与公司: prose across a union's word names no firm)
        at = text.find("公司", at + 2)
    if len(firms) != 1:
        return found
    firm = next(iter(firms))
    if text.find(firm[:-len(head)], text.rfind("\n", 0, got[0]) + 1, got[0]) < 0:
        return found
    return sorted(found + [(got[0], Union(firm, got[1]))], key=lambda x: x[0])


#: How long a company's name is at the least (公司 included) to be the firm a bare 公司工会 means (锑都有限公司: a
#: name before the legal form; 该公司, 这家公司 name none).
_FIRM_NAME_MIN = 6


def _branch_backrefs(text: str, found: list) -> list:
    """A bare 分公司工会 (the branch's union, named by its kind) is the union of the one branch company the page names
    in full (在云南农垦集团勐腊分公司，… 分公司工会主席): the writer names the branch once, then only its kind."""
    if not any(u.name in _BARE_BRANCH for _, u in found):
        return found
    names = set()
    at = text.find("分公司")
    while at > 0:
        if _is_name_char(text[at - 1]):
            seg = _strip_lead(text[_segment_start(text, at, limit=20):at])
            if 4 <= len(seg) and not seg.startswith(_GENERIC_START) and not any(c in _PROSE_CHARS for c in seg):
                names.add(seg + "分公司")
            else:
                return found  # a branch the reader cannot delimit may be a second one: leave the bare name
        at = text.find("分公司", at + 3)
    if len(names) != 1:
        return found
    own = names.pop()
    return [(i, Union(own + u.name[3:], u.name) if u.name in _BARE_BRANCH else u) for i, u in found]
