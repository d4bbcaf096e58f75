"""Merging the unions found on a page to one entry per organisation."""

from __future__ import annotations

from unionkit.record import Union
from .base import _BARE_BODIES, _LEVELS
from .trades import _REGIONS
from .backrefs import _BARE_GROUP_UNION
from .fullnames import (_BARE_OWNERS, _company_shorts, _FEDERATION_TAILS, _full_place, _group_units,
                        _kind_backref, _official_form, _OFFICIAL_HEADS, _own_body, _own_company, _page_own,
                        _placed_federation, _short_prefecture, _SHORTENED_LEVELS, _written_own)


def _merge(found: list[Union], pinned: set[str] = frozenset(), headline: frozenset[str] = frozenset()) -> list[Union]:
    """Deduplicate by name; X工会 joins X总工会 when the page names both, and a bare level's union
    (州总工会, 镇织造行业工会联合会) the one full name the page gives it (昌吉州总工会).  ``headline``: names written
    only in the headline, whose short place form (南康家具产业工会联合会) joins the official name the text writes."""
    names = {u.name for u in found}
    written = {u.name for u in found if u.surface is None or u.surface == u.name}  # named in full on the page
    out: list[Union] = []
    seen: set[str] = set()
    # (a short form needs its full name on the page: a company's with 公司, a prefecture's with 自治州)
    joined = "|".join(written)
    # names written in full, also after a higher-level place the name drops (毕节市 + 威宁…自治县总工会)
    in_full = {u.name for u in found if u.surface is None or u.surface.endswith(u.name)}
    auto = "自治" in "|".join(in_full)  # (自治州, 自治县, 自治旗)
    short: dict[str, str] = {}
    officials: dict[str, str] = {}
    shorts = _company_shorts(written) if "公司" in joined else {}
    grouped = _group_units(written) if len(written) > 1 else {}
    # (each name once, at its first mention: a long page repeats its unions thousands of times, and scanning the
    # mentions once per mention made a whole article on one line quadratic)
    in_order = list(dict.fromkeys(v.name for v in found if v.name in written))  # (the names written in full, in order)
    full_order = list(dict.fromkeys(v.name for v in found if v.name in in_full))  # (the same, with those after a dropped place)
    backrefs: dict[str, str] = {}
    # (a page mixing scripts writes a union in one and completes a bare 市总工会 in the other: one organisation)
    twins = _script_twins(names, written) if "會" in joined and any("会" in n for n in names) else {}
    # (a Hong Kong or Macau union named by its trade alone, 建造業總工會, is the one the page writes with its region)
    regional = {n[2:]: n for n in names if n.startswith(_REGIONS)}
    for u in found:
        name = regional.get(u.name, u.name)
        if name[0] in _BARE_OWNERS:
            name = _page_own(name, names)
        elif u.surface and u.surface[0] in _LEVELS and name not in written and name not in pinned:
            name = _written_own(name, u.surface, written)
        if name[-3:] in _FEDERATION_TAILS and in_full:
            name = _placed_federation(name, in_full)
        if name[-2:] in _OFFICIAL_HEADS and (name not in written or name in headline) and in_full:
            official = officials.get(name)
            if official is None:  # (once per name: a page repeats its unions)
                official = officials[name] = _official_form(name, in_full)
            name = official
        if auto and name[-4:-3] in _SHORTENED_LEVELS:
            full = short.get(name)
            if full is None:  # (once per name: a page repeats its unions)
                full = short[name] = _short_prefecture(name, in_full)
            name = full
        elif shorts:
            name = shorts.get(name, name)
        if name in _BARE_GROUP_UNION and name in written:
            name = _own_company(name, written)
        if name[:-2] in _BARE_BODIES:
            name = _own_body(name, in_order)
        else:
            name = grouped.get(name, name)
        if len(name) <= 6 and name[-3:-2] not in "总總" and name in written:
            full = backrefs.get(name)
            if full is None:  # (once per name: a page repeats its unions)
                full = backrefs[name] = _kind_backref(name, full_order)
            name = full
        for plain, total in (("工会", "总工会"), ("工會", "總工會")):
            if name.endswith(plain) and not name.endswith(total):
                stem = name[: -len(plain)]
                if stem + total in names:
                    name = stem + total
                else:
                    full = _full_place(stem)
                    if full and full + total in names:
                        name = full + total
        name = twins.get(name, name)
        if name in seen:
            continue
        seen.add(name)
        out.append(Union(name, u.surface if u.surface != name else None))
    return out


def _script_twins(names: set[str], written: set[str]) -> dict[str, str]:
    """Each name the page does not write in full mapped to the one it writes in full in the other script (柳州市总工会,
    a bare 市总工会 completed in a simplified paragraph → 柳州市總工會 as the page writes it): the same organisation."""
    from ..people import _simplified  # (OpenCC, loaded only on a page mixing scripts)

    by_form: dict[str, set[str]] = {}
    for w in written:
        by_form.setdefault(_simplified(w), set()).add(w)
    out = {}
    for n in names - written:
        twin = by_form.get(_simplified(n), set())
        if len(twin) == 1:
            out[n] = next(iter(twin))
    return out
