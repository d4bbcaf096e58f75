"""Trade unions named on a page: 昆明市总工会, 攀钢工会, 中国海员建设工会 …

A union is found at each 工会/总工会/工会联合会/工会委员会 (either script) and
its name is read leftwards, from the nearest punctuation, as one of:

* a place (from the gazetteer) + optional industry: 铜仁市总工会, 四川省教育工会.
  Leading higher-level places are dropped (贵州铜仁市总工会, 昆明市盘龙区总工会
  → 铜仁市总工会, 盘龙区总工会);
* a bare level word (市总工会, 区总工会, 省教育工会), completed with the page's
  main place of that level (攀枝花市总工会 on a page about 攀枝花), keeping the
  written form in ``surface``;
* 中国/中华全国 + industry or 总工会 (中国海员建设工会, 中华全国总工会);
* a named body ending in an organisation word (钢城集团公司工会, 某某大学工会);
  items listed before it with 、 share its 工会 (攀钢、攀煤、钢城集团公司工会);
* a bare short place name (盘龙工会).

Everything else before 工会 is generic and not a union: 工会干部, 基层工会,
各级工会, 全市工会, 乡镇(街道)工会, 非公企业工会, "智慧工会", 工会+, and a
机关工会 of an unnamed body. "X工会第九次代表大会" names X's congress and so X
(a union that holds it); 中国工会 is the movement (《中国工会章程》), not an organisation. X工会 and X总工会
on one page are the same organisation and are merged to the 总工会 form (铜仁市工会 →
铜仁市总工会); a bare level the page's places leave open (州总工会) is the one full name
the page gives that ends the same way (昌吉州总工会).
"""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from unionkit.record import Place, Union
from .base import (_all_han, _BARE_BODIES, _CLOSE_QUOTES, _GENERIC_START, _HEAD, _HEAD_TAIL, _is_name_char, _LEVELS,
                   _NAME_TAIL, _PROSE_CHARS, _REGION_HINT, _segment_start)
from .locality import _Locality, _place_chain
from .units import _bare_body_after_verb
from .trades import _is_product, _product_after, _split_industry, _strip_lead
from .words import _CONJUNCTIONS
from .reading import _read_known, _read_name
from .lists import _bracket_start, _closing_bracket, _CORP_WORDS, _listed_before, _places_listed_before
from .fullnames import _own_company
from .merge import _merge
from .shortforms import _EVERY_LEVELS_BEFORE, _LABOUR_BODY, _LABOUR_BODY_HINT, _NAMED_AFTER, _short_forms, _SHORT_HINT


def find_unions(text: str, places: list[Place] | None = None, site: str | None = None) -> list[Union]:
    """Every trade-union organisation named in ``text``, resolved and deduplicated, in order.

    ``site``: the page's site name; a firm's own site (嘉鱼华兴纺织有限公司) names the body of a bare 公司工会."""
    short = bool(text) and _SHORT_HINT.search(text) is not None
    # (the region first: most pages name none, and the federation words are common)
    labour = bool(text) and _REGION_HINT.search(text) is not None and _LABOUR_BODY_HINT.search(text) is not None
    if not text or ("工会" not in text and "工會" not in text and "职工" not in text and "職工" not in text
                    and not short and not labour):
        return []
    loc = _Locality(text, places)
    found: list[tuple[int, Union]] = []
    pinned: set[str] = set()  # bare levels their own sentence resolved: no other full name replaces them
    levels: list[tuple[int, str, str]] = []  # (where, name, surface) of the bare levels the page's places completed
    places_key = tuple(loc.names.items())
    bodies_named = False  # (a bare 厂工会 took the factory named before it)
    floor = 0
    n = len(text)
    for m in _HEAD.finditer(text):
        (start, end), head = m.span(), m.group()
        prev_floor, floor = floor, end
        # (the cheap half of _is_product first: its quote rarely follows)
        if text.startswith(_NAMED_AFTER, end) or (end < n and text[end] in _CLOSE_QUOTES and _is_product(text, end)) \
                or _product_after(text, end):
            continue  # a website, an app or a rest station named after the union (工会网, 工会驿站, “海南工会云”APP)
        lo = max(prev_floor, start - 30)  # _segment_start, inlined
        s0 = _NAME_TAIL.search(text, lo, start).start() if lo < start else start
        before = text[s0 - 1] if s0 > 2 else "\n"  # (a bracket inside a company's name; a list's 、)
        bracket = ""  # (a bracketed company word closing the body's name right before its 工会)
        if before in ")）" and _EVERY_LEVELS_BEFORE.search(text, max(0, s0 - 14), s0):
            continue  # 实现各县（市、区）货车司机行业工会联合会全覆盖: every county's federation of a kind, no one body
        if before in ")）" and text.startswith(_CORP_WORDS, s0):
            s0 = _bracket_start(text, s0, prev_floor)
        elif before in ")）" and s0 == start:
            s0, bracket = _closing_bracket(text, start, prev_floor)
        if s0 == prev_floor and s0 and text[s0] in _CONJUNCTIONS and _joins_unions(text, s0, start, places):
            s0 += 1  # 海东市总工会和县总工会: 和 joins two unions; the second is the bare level 县, not 和县 (Anhui)
        got = _read_known(text[s0:start - len(bracket)], head, places_key)
        if got is None or bracket and got[2] != "org":
            continue
        name, surface, how = got
        if end < n and text[end] in "议議" and surface[-len(head) - 1:-len(head)] == "分":
            continue  # 机关分工会议: a meeting on the division of work (分工 + 会议), no branch union
        if bracket:  # 烟草专卖局（公司）工会: the bracket is part of the body's name
            name, surface = name[:-len(head)] + bracket + head, surface[:-len(head)] + bracket + head
        if how in ("place", "level") and head.endswith(_FED_COMMITTEE):
            # 新一届凤城市总工会委员会: the committee a federation's congress elects stands for the federation
            name, surface = name[:-3], surface[:-3]
        if how == "level" and _levels_listed(text, s0):
            continue  # 根据省、市总工会的部署: the federations of each level, not the page's own city's
        if how == "place" and surface.endswith(_PROVINCE_PLAIN) and text.startswith(_UNION_COMPOUNDS, end):
            continue  # 争创云南省工会法律服务示范站点: the province's 工会法律服务…, not its federation (省总工会)
        if how == "level" and before in ")）" and _level_alternation(text, s0):
            continue  # 县（市）区总工会: the unions of every county, city and district, not one of them
        if how == "level":
            own = _sentence_owner(text, s0, surface[0])
            if own:  # 屏山县委副书记…表示，将支持县总工会: a bare level is the place its sentence names before it,
                name = own + surface[1:]  # (在彬州市，市总工会…) over the page's main one, which is farther off
                pinned.add(name)
        if how == "level" and before == "、":
            own = _chain_owner(text, s0, surface[0], prev_floor)
            if own:  # 潍坊市委副书记、市总工会主席: the posts of one title chain are in one city
                name = own + surface[1:]
        if how == "org" and surface[0] in _BARE_BODIES and len(surface) == len(head) + 1:
            own = _body_named_before(text, s0, surface[0], head, places_key)
            if own:  # 在大山选矿厂，…。厂工会主席X说: the factory its paragraph names just before
                name, bodies_named = own, True
        if how == "national" and end < n and text[end] == "全" and text.startswith(_NATIONAL_COMMITTEE, end) \
                and head in ("工会", "工會"):
            tail = text[end:end + 5]  # 中国海员建设工会全国委员会: a national industry union's full name
            name, surface = name + tail, surface + tail
        if how != "national" and end < n and text[end] == "第":
            mb = _NUMBERED_BRANCH.match(text, end)
            if mb:  # 台灣石油工會第一分會: the numbered branch is the body the page names
                name, surface = name + mb.group(), surface + mb.group()
        if how == "place" and surface != name and (s0 == 0 or text[s0 - 1] == "\n") and _roster_row(text, end):
            name = surface  # a roster row names the unit officially, with its city (南阳市卧龙区总工会 扎西卓玛)
        listed = before == "、" and text.startswith(surface, s0)  # (a name cut from prose lists nothing before it)
        if how == "org" and listed:  # only a named body shares its 工会 with a list before it
            plain = _HEAD_TAIL.sub("", head)
            for item in _listed_before(text, s0, plain):
                found.append((start, Union(item, item)))
        elif listed and how == "place":
            industry = _split_industry(surface[:-len(head)])[1] if surface.endswith(head) else ""
            found.extend((start, u) for u in _places_listed_before(text, s0, head, places_key, industry))
        found.append((start, Union(name, surface)))
        if how == "level" and name != surface:
            levels.append((start, name, surface))
    if bodies_named:
        found = _bare_bodies_of_written(found)
    if levels:
        pinned |= _named_before_others(text, levels, found)
    if labour:
        for mt in _LABOUR_BODY.finditer(text):
            found.append((mt.start(), Union(mt.group(), mt.group())))
        found.sort(key=lambda x: x[0])
    if short:
        found.extend(_short_forms(text, loc))
        found.sort(key=lambda x: x[0])  # stable: in order of mention
    if ("总工会\n" in text or "總工會\n" in text) and "日" in text:
        found.extend(_signatures(text, places_key))
    if "分公司" in text:
        found = _branch_backrefs(text, found)
    if site and "公司工" in text and site.endswith("公司"):
        found = _site_company(text, site, found)
    if "公司工" in text:
        found = _company_backrefs(text, found, places_key)
    if site and ("校工会" in text or "校工會" in text) and site.endswith(_SCHOOL_UNION_SITE):
        found = _site_school(text, site, found)
    if places and len({p.city for p in places if p.city}) >= _MANY_CITIES:
        found = _cities_kept(found)
    first = text.find("\n")
    return _merge([u for _, u in found], pinned, _headline_only(found, first) if first > 0 else frozenset())


def _headline_only(found: list[tuple[int, Union]], end: int) -> frozenset[str]:
    """The names of ``found`` mentioned only before ``end``, in the headline (the text's first line)."""
    head = {u.name for at, u in found if at < end}
    return frozenset(head - {u.name for at, u in found if at >= end}) if head else frozenset()


#: Prefectures a page names when it reports from above them (a province's page listing its cities' units).
_MANY_CITIES = 3


def _city_of_county(name: str, surface: str) -> bool:
    """``surface`` is ``name`` after one prefecture written in full that holds the county (district) written in
    full opening ``name`` (株洲市 + 芦淞区服饰产业工会联合会, 张家口市 + 蔚县住建局工会)."""
    if len(surface) <= len(name) or not surface.endswith(name):
        return False
    city = _places.scan(surface[:-len(name)])
    if len(city) != 1 or city[0].start != 0 or city[0].end != len(surface) - len(name) or not city[0].full:
        return False
    county = _places.scan(name)
    if not county or county[0].start != 0 or not county[0].full:
        return False
    return any(d.level == "K" and d.city == c.name for d in county[0].divisions for c in city[0].divisions)


def _cities_kept(found: list[tuple[int, Union]]) -> list[tuple[int, Union]]:
    """``found`` with a county's union named with its prefecture, as written, on a page that names several
    prefectures (a province's page listing its cities' units: 赣州市章贡区总工会 beside 南昌市、九江市), where the city
    tells the reader which county is meant; a second mention without the city names the same union.  Not when the
    page first names the union without its city (a headline's 南海區總工會): that is the page's name for it."""
    full = {u.name: u.surface for _, u in found if u.surface and _city_of_county(u.name, u.surface)}
    if not full:
        return found
    first: dict[str, Union] = {}
    for _, u in found:
        first.setdefault(u.name, u)
    full = {k: v for k, v in full.items() if first[k].surface not in (None, k)}
    if not full:
        return found  # (南海區總工會 in the headline, 佛山市南海區總工會 later: the page's own name for it comes first)
    return [(start, Union(full[u.name], u.surface) if u.name in full else u) for start, u in found]


def _bare_bodies_of_written(found: list[tuple[int, Union]]) -> list[tuple[int, Union]]:
    """``found`` with each bare 厂工会 that took the factory named before it (_body_named_before) bare again when the
    page writes a factory's union in full (刘家峡水电厂工会 … 厂工会): that union is the one it names (_own_body)."""
    written = [u.name for _, u in found if u.surface == u.name or u.surface is None]
    out = []
    for start, u in found:
        s = u.surface
        if s and s != u.name and s[0] in _BARE_BODIES and any(len(w) > len(s) and w.endswith(s) for w in written):
            u = Union(s, s)
        out.append((start, u))
    return out


def _body_named_before(text: str, s0: int, body: str, head: str, places_key) -> str | None:
    """The union of the factory (mine) named nearest before a bare 厂工会 (矿工会) at ``s0`` in its paragraph
    (在大山选矿厂，…。厂工会主席…: 大山选矿厂工会), else None.  Only the nearest 厂 is tried: a union written in full
    there is the bare one's own (_own_body), and a body described, not named (一家加工厂), or named by its kind only
    (加工厂: fewer than four characters before 厂), names none."""
    lo = max(text.rfind("\n", 0, s0) + 1, s0 - 100)
    i = text.rfind(body, lo, s0)
    if i < 0 or text.startswith(head, i + 1):
        return None
    got = _read_known(text[_segment_start(text, i + 1, floor=lo):i + 1], head, places_key)
    if got is None or got[2] != "org" or len(got[0]) < len(head) + 5 or not got[0].endswith(body + head):
        return None
    return got[0]


def _joins_unions(text: str, s0: int, start: int, places: list[Place] | None) -> bool:
    """The conjunction at ``text[s0]``, right after another union's word, joins two unions: what it opens reads
    as a place (和县, 和平区) only with 和 and the page's places name no such place.  Else it is the place's name."""
    rest = text[s0 + 1:start]
    if not rest or rest[0] not in _LEVELS:
        return False  # (和平街道: 和 only joins when a bare level word follows it)
    mentions = _places.scan(text[s0:start])
    if not mentions or mentions[0].start != 0:
        return False
    word = mentions[0].text
    return not any(word in (p.county or "") or word in (p.city or "") or word in (p.province or "")
                   for p in places or [])


def _named_before_others(text: str, levels: list, found: list) -> set[str]:
    """The bare levels' completions (县总工会 → 三都水族自治县总工会) to keep over another union of that level the page
    writes in full only later (荔波县总工会 in the last paragraph): the bare name and its place both come first, so
    the page means its own place (a notice signed by 保定市总工会 at the top keeps that one instead)."""
    written = {u.name for _, u in found if u.surface is None or u.surface == u.name}
    out = set()
    for start, name, surface in levels:
        if name in written:
            continue
        own = name[:len(name) - len(surface) + 1]
        others = [w for w in written if w != name and w.endswith(surface)]
        if any(_same_place(w[:len(w) - len(surface) + 1], own) for w in others):
            continue  # 阿壩州總工會 written beside a bare 州總工會: the same prefecture, its short name
        at = [i for i in (text.find(w) for w in others) if i >= 0]
        if not at:
            continue
        first_other = min(at)
        place = text.find(own)
        if start < first_other and 0 <= place < first_other:
            out.add(name)
    return out


def _same_place(stem: str, full: str) -> bool:
    """True when the gazetteer reads ``stem`` (阿壩州) as the division named ``full`` (阿壩藏族羌族自治州)."""
    if stem == full:
        return True
    divs, _ = _places.gazetteer().lookup(stem)
    return any(full in (d.name, d.t_name) for d in divs)


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




#: A province's name and a plain 工会: a province's federation is always named 省总工会, so such a name with a noun
#: of union work glued after it reads province + (工会 + noun), the province's union legal service, cadres …
_PROVINCE_PLAIN = ("省工会", "省工會")
_UNION_COMPOUNDS = ("法律", "法援", "干部", "幹部", "工作", "经费", "經費", "会员", "會員", "系统", "系統", "组织", "組織",
                    "服务", "服務", "帮扶", "幫扶", "维权", "維權", "宣传", "宣傳", "理论", "理論", "志愿", "志願", "示范",
                    "示範")


#: A federation's head followed by 委员会: its elected committee (凤城市总工会委员会).
_FED_COMMITTEE = ("总工会委员会", "總工會委員會")
#: Level words that may be listed bare before a bare level union (省、市总工会, 市、县总工会).
_LEVEL_CHARS = set("省市州盟区區县縣旗乡鄉镇鎮")


def _levels_listed(text: str, s0: int) -> bool:
    """A bare level word and 、 end just before ``s0`` (省、 + 市总工会): the unions of each level, no one body.
    Not a place written in full before the 、 (攀枝花市、市总工会 lists a city and a union)."""
    if s0 < 2 or text[s0 - 1] != "、" or text[s0 - 2] not in _LEVEL_CHARS:
        return False
    seg = text[max(0, s0 - 14):s0 - 1]
    return not any(m.end == len(seg) and m.full for m in _places.scan(seg))


#: A bracketed level word written as an alternative inside a generic level name (县（市）区, 县(市、区)).
_LEVEL_ALT = lazyrx.compile(r"[省市州盟区區县縣旗乡鄉镇鎮][(（][省市州盟区區县縣旗乡鄉镇鎮、,，/]{1,7}[)）]$")


def _level_alternation(text: str, s0: int) -> bool:
    """A level word and a bracketed alternative level end just before ``s0`` (县（市）+ 区总工会)."""
    return _LEVEL_ALT.search(text, max(0, s0 - 10), s0) is not None


#: What follows a national industry union's name in its full name (中国海员建设工会全国委员会): the body the short
#: form (中国海员建设工会) stands for, named as the page writes it.
_NATIONAL_COMMITTEE = ("全国委员会", "全國委員會")


#: A union's numbered branch, written after the union's name (…工會第一分會, …工会第三分会).
_NUMBERED_BRANCH = lazyrx.compile(r"第[一二三四五六七八九十百\d]{1,4}分[会會]")


def _roster_row(text: str, end: int) -> bool:
    """The union's name opens a line that then gives only a person's name (郑州市总工会 王 磊): a row of a list of
    honourees and their units, where the unit is written with its city, as in the signature of a notice."""
    if end >= len(text) or text[end] not in " \t\u3000":
        return False
    nl = text.find("\n", end)
    tail = text[end:nl if nl >= 0 else len(text)].replace(" ", "").replace("\u3000", "").replace("\t", "")
    return 2 <= len(tail) <= 5 and _all_han(tail)


# A notice's signature: the issuer's name on a line of its own, then the date on the next line.
_SIGNATURE = lazyrx.compile(r"(?m)^(?P<raw>\p{Han}{2,24}?)(?P<head>总工会|總工會)\n"
                           r"(?=(?:\d{4}|[〇零一二三四五六七八九○]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日\s*$)")


#: Bodies of a place's party and government a person holds a post in (潍坊市委副书记, 区政府副区长).
_PLACE_ORGANS = ("委", "政府", "人民政府", "人大", "政协", "政協")


#: What ends a sentence: a bare level union is not read back across it.
_SENTENCE_ENDS = "。！？!?\n"


def _sentence_owner(text: str, s0: int, level: str) -> str | None:
    """The one place of the bare ``level`` (县, 区 …) written in full before ``s0`` in the same sentence
    (屏山县委副书记吉克曲布同志表示，将支持县总工会; 在彬州市，市总工会…), else None: the nearest locality, which
    wins over the page's main one."""
    want = _LEVELS.get(level)
    lo = max(0, s0 - 40)  # (a short segment: scan caches it)
    cut = max(text.rfind(c, lo, s0) for c in _SENTENCE_ENDS)
    seg = text[max(lo, cut + 1):s0]
    if level not in seg:
        return None  # (no place of the level can end in it: most bare levels)
    # (a county-level city written in full, 彬州市, is what a bare 市 after it in the sentence means)
    own = {m.text for m in _places.scan(seg) if m.full and m.text.endswith(level)
           and len(m.divisions) == 1 and (m.divisions[0].level == want or level == "市" and m.divisions[0].level == "K")}
    return own.pop() if len(own) == 1 else None  # (在榆中县和皋兰县，县总工会…: two such places leave it open)


def _chain_owner(text: str, s0: int, level: str, floor: int) -> str | None:
    """The place written in full that opens the title before a 、 at ``s0`` (潍坊市委副书记、市总工会主席) when it
    is of the bare union's ``level`` (市, 区, 县 …) and names a party or government body there, else None.

    A person's posts listed in one chain are the same place's: the bare level means that place, not the
    page's main one (a page naming a county-level city more often)."""
    j = _segment_start(text, s0 - 1, limit=16, floor=floor)
    seg = text[j:s0 - 1]
    for m in reversed(_places.scan(seg)):
        if m.full and m.text.endswith(level) and seg.startswith(_PLACE_ORGANS, m.end):
            want = _LEVELS.get(level)
            if any(d.level == want or (level == "市" and d.level == "K") for d in m.divisions):
                return m.text
            return None
    return None


def _signatures(text: str, places_key) -> list[tuple[int, Union]]:
    """The issuers a notice signs with a city before its district (淮安市清江浦区总工会), kept as written.

    The body's 清江浦区总工会 is the usual reading; the signature gives the full official name too."""
    out = []
    for mt in _SIGNATURE.finditer(text):
        got = _read_known(mt["raw"], mt["head"], places_key)
        if got is None or got[2] != "place":
            continue
        name, written = got[0], got[1]
        chain = _place_chain(mt["raw"])
        if written != name and chain and chain[1] == 0 and len(chain[0]) >= 2 and written == mt["raw"] + mt["head"]:
            out.append((mt.start(), Union(written, written)))
    return out


def resolve_union_name(surface: str, places: list[Place]) -> str:
    """The full name of a union as written (市总工会 → 攀枝花市总工会) given the page's places."""
    loc = _Locality("", places)
    for m in _HEAD.finditer(surface):
        if m.end() == len(surface):
            got = _read_name(surface, m.start(), m.end(), m.group(), loc)
            if got:
                return got[0]
    return surface
