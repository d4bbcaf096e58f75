"""Bare unit unions named by the site or the page's own header, and back-references to a firm or branch named before."""

from __future__ import annotations

from collections.abc import Iterable

from ... import lazyrx
from unionkit.record import Union
from .base import _all_han, _GENERIC_START, _is_name_char, _LEAD_TUPLE, _PROSE_CHARS, _segment_start
from .units import _bare_body_after_verb
from .trades import _strip_lead
from .reading import _read_known
from .context import _UNION_COMPOUNDS
from .shortforms import _LABOUR_BODY, _LABOUR_BODY_HINT


_BARE_BRANCH = ("分公司工会", "分公司工會")

#: A firm's union named by its kind alone (公司工会主席, 公司工會在…舉辦): the writer's own company's.
_BARE_COMPANY_UNION = ("公司工会", "公司工會")
#: A group company's union named by its kind alone (集团公司工会主席): the writer's own group's, written after (or
#: before) it in full (a bare 公司工会 is never read as a union: see _read_segment).
_BARE_GROUP_UNION = frozenset({"集团公司工会", "集團公司工會"})


def _site_company(text: str, site: str, found: list) -> list:
    """``found`` with the union of the firm whose own site the page is (``site``: 德陽旌誠重工機械有限公司) where the
    text names it only by its kind (公司工會主席…) and writes no company's union in full: an enterprise page names its
    firm in its header, then says 公司.  A group's site (某某集团有限公司) names its union 集团公司工会 the same way."""
    if len(site) < 6 or not _all_han(site):
        return found
    group = _drop_legal_form(site)[:-2]  # (某某集团: a union written under it, 某某集团工会, is the group's own)
    if not any(u.name.startswith(group) for _, u in found):
        union = "工會" if "集團公司工會" in text else "工会"
        found = _owned_kinds(text, found, {site + union}, _GROUP_KINDS)
    if any("公司" in u.name for _, u in found):
        return found
    got = _bare_company_union(text)
    return sorted(found + [(got[0], Union(site + got[1][2:], got[1]))], key=lambda x: x[0]) if got else found


#: A university's or college's union as the site's name (河南理工大学工会): the site of that union's own pages;
#: or the school's own name (某某职业技术学院), its site's name.
_SCHOOL_UNION_SITE = ("大学工会", "大學工會", "学院工会", "學院工會", "大学", "大學", "学院", "學院")
#: What may stand right before a unit's union named by its kind alone (。校工会, 、院工会主席, 由校工会主办,
#: 我校工会): a function word, a list's mark or "our"; not a word that makes another body of it (高校工会 are
#: universities' unions at large, 该校 another school, 中小学校工会 the schools', 党校, 分校, 学院工会, 医院工会).
_BEFORE_BARE_KIND = frozenset("、我由在和与與及向对對为為是从從将將经經")


def _site_school(text: str, site: str, found: list) -> list:
    """``found`` with the union of the university or college whose union's own site the page is (``site``: 扬州大学工会),
    or whose own site it is (某某职业技术学院), where the text names it only by its kind (校工会, 学校工会, 学院工会) and
    never writes that union in full: the school writes of itself as its readers know it, as a firm's site says 公司工会
    (_site_company)."""
    own = site if site.endswith(("工会", "工會")) else site + ("工會" if "學" in site[-2:] else "工会")
    if any(u.name == own for _, u in found):
        return found
    kind = own[-4:-2]  # (大学, 学院: the school's own kind, as its text names its union: 学院工会主席某某)
    for head in ("学校工会", "學校工會", "校工会", "校工會", kind + "工会", kind + "工會"):
        at = text.find(head)
        while at >= 0:
            before = text[at - 1] if at else ""
            if not (head[0] == "校" and before and before in "学學") and (not _is_name_char(before) or before in _BEFORE_BARE_KIND):
                return sorted(found + [(at, Union(own, head))], key=lambda x: x[0])
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
    before it (在湖南冷水江锑都有限公司，公司工会组织…) or in the headline (某某有限公司职代会决议 over a firm's own
    report; the headline may shorten it, 某某公司召开职代会): the writer names the firm once, then only its kind, as a
    bare 分公司工会 names the one branch (_branch_backrefs) and 厂工会 the factory (_body_named_before).  A bare
    集团公司工会 is the one group company's the page names anywhere before it: a group's own news calls itself 集团公司
    throughout (陕西某某集团有限公司第七届技能大赛… 由集团公司工会主办).  Not when the page writes a company's union in
    full or names two companies (groups), nor after a paragraph that names the firm in passing (某公司职工团队研发的…;
    公司工会 in the next paragraph is a speaker's own firm's)."""
    groups = [i for i, (_, u) in enumerate(found) if u.name in _BARE_GROUP_UNION and u.surface in (None, u.name)]
    if any("公司" in u.name for i, (_, u) in enumerate(found) if i not in groups):
        return found
    got = (found[groups[0]][0], found[groups[0]][1].name) if groups else _bare_company_union(text)
    if got is None:
        return found
    head = got[1][-2:]
    firms = _firms_named(text, head, places_key)
    if groups:  # (a group's union is a group company's: 某某集团有限公司, not a member firm)
        firms = [f for f in firms if _of_kind(f[0], _GROUP_TAILS)]
    if len(firms) != 1:
        return found
    firm, forms = firms[0]
    since = 0 if groups else text.rfind("\n", 0, got[0]) + 1
    if not any(text.find(f[:-len(head)], since, got[0]) >= 0 or _headline_names(text, f[:-len(head)]) for f in forms):
        return found
    if groups:
        return [(at, Union(firm, u.name) if i in groups else u) for i, (at, u) in enumerate(found)]
    return sorted(found + [(got[0], Union(firm, got[1]))], key=lambda x: x[0])


def _firms_named(text: str, head: str, places_key) -> list[tuple[str, list[str]]]:
    """The unions (``head``: 工会 or 工會) of the companies ``text`` names in full, each with the forms it is written in:
    a shorter form whose name the longer one holds, legal form and place left out (恒岳精密传动公司 in a headline,
    宝鸡恒岳精密传动有限公司 in the text), is the same firm, listed under its longest form."""
    names = set()
    at = text.find("公司")
    while at > 0:
        if _is_name_char(text[at - 1]) and text[at - 1] != "分":
            read = _read_known(text[_segment_start(text, at):at + 2], head, places_key)
            if read and read[2] == "org" and len(read[0]) >= len(head) + _FIRM_NAME_MIN \
                    and not any(c in _PROSE_CHARS for c in read[0]) and head not in read[0][:-len(head)]:
                names.add(read[0])  # (公司工会主席某某与公司: prose across a union's word names no firm)
        at = text.find("公司", at + 2)
    core = {n: _drop_legal_form(n[:-len(head)])[:-2] for n in names}
    longest = [n for n in names if not any(core[n] in core[m] and len(m) > len(n) for m in names)]
    return [(n, sorted((m for m in names if core[m] in core[n]), key=len)) for n in longest]


def _headline_names(text: str, stem: str) -> bool:
    """The text's first line is a headline (no sentence ends in it) that names ``stem``: the page is about that firm."""
    first = text[:text.find("\n")] if "\n" in text else text
    return stem in first and not any(c in first for c in "。！？!?")


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


#: A header's, column title's or footer's line (or piece of one) naming the union that runs the site:
#: 某某集团有限公司工会主办, 主办单位：某某医院工会, 版权所有：某某大学工会.  ``label`` marks an organiser; a piece
#: without one counts only as a line of its own (a column title), not as one of a row of links.
_ORGANISER = lazyrx.compile(
    r"(?P<label>(?:主办|主辦|承办|承辦)(?:单位|單位)?[:：]?|(?:版权所有|版權所有)[:：]?)?\s*"
    r"(?P<name>\p{Han}{3,30}?(?:工会|工會))(?P<tail>主办|主辦|版权所有|版權所有)?")

#: Kinds a page names its own unit's union by (院工会: the hospital's), longest first, and how the names of such
#: units end: a 校 is a 大学 or a 学院 as well, and 集团公司 stands for 集团有限公司 (_drop_legal_form); a bare 集团工会
#: is a group's too, the page's own unless the text names another group's union in short (恒泰集团工会).
_SCHOOLS = ("校", "大学", "大學", "学院", "學院", "中学", "中學", "小学", "小學")
_UNIT_KINDS = (("集团公司", ("集团公司",)), ("集團公司", ("集團公司",)),
               ("集团", ("集团公司", "集团")), ("集團", ("集團公司", "集團")), ("公司", ("公司",)),
               ("医院", ("医院",)), ("醫院", ("醫院",)), ("院", ("院",)),
               ("学校", _SCHOOLS), ("學校", _SCHOOLS), ("校", _SCHOOLS), ("厂", ("厂",)), ("廠", ("廠",)))
#: The kinds a group company's own site names its union by (集团公司工会, 集团工会: the group's, not a member firm's).
_GROUP_KINDS = _UNIT_KINDS[:4]
_GROUP_TAILS = tuple(t for _, tails in _UNIT_KINDS[:2] for t in tails)  # (a group company's names' endings)
#: Legal-form words a company's name holds before 公司 that its kind leaves out (集团有限公司 → 集团公司).
_LEGAL_FORMS = ("有限责任公司", "有限責任公司", "股份有限公司", "有限公司")


def _chrome_owner(text: str, found: list, chrome: Iterable[str], places_key) -> list:
    """``found`` with each union named by its unit's kind alone (集团公司工会, 院工会, 校工会, 厂工会, 公司工会) as the
    one union the page's own header, column title or footer names in full whose unit ends that way (某某局集团有限公司
    工会主办 over a railway group's page; a hospital's column 某某医院工会), keeping the bare form as the surface, the
    way a bare 市总工会 takes the page's city.  Not when two such unions compete, in the header or in the text."""
    owners = _organisers(chrome, places_key)
    groups = _group_lines(chrome, places_key) if "公司工" in text else set()
    if not owners and not groups:
        return found
    found = _owned_kinds(text, found, owners | groups, _UNIT_KINDS)
    return _own_union(text, found, owners) if owners else found


def _group_lines(chrome: Iterable[str], places_key) -> set[str]:
    """The unions of the group companies the removed lines ``chrome`` name alone on a line (a group's intranet opens
    its header with the group's name over the union's portal): a bare 集团公司工会 on such a page is the group's.
    No 本会 is read as theirs (_own_union): the line names the firm, not the union writing."""
    out = set()
    for line in chrome:
        name = line.strip()
        if not name.endswith("公司") or not _all_han(name):
            continue  # (a title's suffix, -某某集团有限公司, is the site's name after a dash: read elsewhere)
        head = "工會" if "團" in name else "工会"
        union = name + head
        if not _of_kind(union, _GROUP_TAILS):
            continue
        got = _read_known(name, head, places_key)
        if got and got[2] == "org" and got[0] == union:
            out.add(union)
    return out


#: How a union's own page names it in its text (本會熱線, 本会将): "this union", the writer; not inside another word
#: (本会计年度, 日本会社, 基本会, 成本会计).
_SELF = ("本會", "本会")
_NOT_SELF_AFTER = frozenset("计計议議社")
_NOT_SELF_BEFORE = frozenset("日基根资資成")


def _own_union(text: str, found: list, owners: set[str]) -> list:
    """``found`` with the one union the page's chrome names in full where the text names it only as 本会 (a union's
    own post: its account row and tab title name it, its text says 本會熱線); not when two compete."""
    if len(owners) != 1:
        return found
    own = next(iter(owners))
    if any(u.name == own for _, u in found):
        return found
    for head in _SELF:
        at = text.find(head)
        while at >= 0:
            if text[at + 2:at + 3] not in _NOT_SELF_AFTER and (not at or text[at - 1] not in _NOT_SELF_BEFORE):
                return sorted(found + [(at, Union(own, own))], key=lambda x: x[0])
            at = text.find(head, at + 2)
    return found


def _owned_kinds(text: str, found: list, owners: set[str], kinds) -> list:
    """``found`` with each union named by one of ``kinds`` alone (院工会) as the one of ``owners`` (the unions the
    page's chrome or site names in full) whose unit ends that way; not when two such unions compete."""
    written = {u.name for _, u in found if u.surface in (None, u.name)}
    out = found
    for kind, tails in kinds:
        heads = (kind + "工会", kind + "工會")
        if heads[0] not in text and heads[1] not in text:
            continue
        mine = {o for o in owners if _of_kind(o, tails)}
        if len(mine) != 1 or any(w not in mine and _of_kind(w, tails) for w in written):
            continue
        own = mine.pop()
        if any(u.name == own for _, u in out):
            continue  # (the text writes it in full, or a longer kind took it already: 学校 before 校)
        bare = [i for i, (_, u) in enumerate(out) if u.name in heads and u.surface in (None, u.name)]
        if bare:  # (集团公司工会, 厂工会: the reader lists them as written)
            out = [(at, Union(own, u.name)) if i in bare else (at, u) for i, (at, u) in enumerate(out)]
            continue
        got = _bare_kind_at(text, heads)
        if got is not None:
            out = sorted(out + [(got[0], Union(own, got[1]))], key=lambda x: x[0])
    return out


def _organisers(chrome: Iterable[str], places_key) -> set[str]:
    """The unions named in full by the removed lines ``chrome`` as the site's organiser or as a line of their own
    (a Hong Kong or Macau union's name ends in 總會 as well as 工會)."""
    out = set()
    for line in chrome:
        if "工会" not in line and "工會" not in line and _LABOUR_BODY_HINT.search(line) is None:
            continue
        pieces = line.replace("|", " ").replace("｜", " ").split()
        for piece in pieces:
            if len(pieces) == 1 and _LABOUR_BODY.fullmatch(piece):
                out.add(piece)  # 香港某某職工總會: a Hong Kong or Macau union's own account row
                continue
            m = _ORGANISER.fullmatch(piece)
            if m is None or len(pieces) > 1 and not (m.group("label") or m.group("tail")):
                continue
            name = m.group("name")
            got = _read_known(name[:-2], name[-2:], places_key)
            if got and got[2] == "org" and got[0] == name:
                out.add(name)
    return out


def _of_kind(name: str, tails: tuple[str, ...]) -> bool:
    """``name`` is the union of a unit whose name ends with one of ``tails`` after a name of its own (中国铁路某局
    集团有限公司工会 of 集团公司)."""
    stem = _drop_legal_form(name[:-2])
    return any(stem.endswith(t) and len(stem) >= len(t) + 2 for t in tails)


def _drop_legal_form(stem: str) -> str:
    """``stem`` with the legal form before its closing 公司 left out (某某集团有限公司 → 某某集团公司)."""
    for form in _LEGAL_FORMS:
        if stem.endswith(form):
            return stem[:-len(form)] + "公司"
    return stem


def _bare_kind_at(text: str, heads: tuple[str, ...]) -> tuple[int, str] | None:
    """(where, how written) of the first of ``heads`` (院工会) ``text`` writes alone, after no name of a body (医院工会,
    学院工会 are other readings) but after punctuation, a function word or a lead verb (授权集团工会, 审议了院工会…),
    and before no noun of union work (院工会工作), else None."""
    for head in heads:
        at = text.find(head)
        while at >= 0:
            before = text[at - 1] if at else ""
            if (not _is_name_char(before) or before in _BEFORE_BARE_KIND or text.endswith(_LEAD_TUPLE, 0, at)) \
                    and not text.startswith(_UNION_COMPOUNDS, at + len(head)):
                return at, head
            at = text.find(head, at + len(head))
    return None
