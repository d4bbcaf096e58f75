"""The gazetteer: TSV rows, AMENDMENTS, spelling index, automaton, the precomputed state file, and its Divisions."""

from __future__ import annotations

import functools
import hashlib
import itertools
import pathlib
import pickle
import re
import types
from dataclasses import dataclass

from unionkit.record import Place

from ... import recode
from .base import _MUNICIPALITIES, _SAR, written_as


_DATA = pathlib.Path(__file__).resolve().parent.parent.parent / "data" / "gazetteer.tsv"

#: The Gazetteer's tables precomputed from the TSV: a pickle written by ``write_state`` (run by
#: scripts/build_gazetteer_state.py), used only while the digest it records is the TSV's.
_STATE = _DATA.with_name("gazetteer.state")
_STATE_FORMAT = "unionkit-gazetteer-state 4"  # 2: autonomous counties' short name + 县; 3: 巴州 full; 4: 阜蒙县

#: What build_tables computes: the attributes of a Gazetteer.
_TABLES = ("rows", "t_of", "index", "trad_keys", "trad_chars", "automaton", "starts", "pairs", "opener_source",
           "full_opens", "inner_opens")


@dataclass(frozen=True)
class Division:
    """One administrative division of the gazetteer."""

    level: str            # P province-level, C prefecture-level, K county-level
    name: str
    province: str | None
    city: str | None
    t_name: str
    t_province: str | None
    t_city: str | None

    def __post_init__(self):
        # the generated hash, computed once: divisions are dict keys in every page's vote count
        object.__setattr__(self, "_hash", hash((self.level, self.name, self.province, self.city,
                                                 self.t_name, self.t_province, self.t_city)))

    def __hash__(self) -> int:
        return self._hash

    def place(self, written: str, trad: bool) -> Place:
        """The Place for a mention written as ``written`` (trad: use traditional parents)."""
        prov, city = (self.t_province, self.t_city) if trad else (self.province, self.city)
        # a full name is kept as written: a traditional page may write a name with a character both scripts use
        # (昆山市 beside the gazetteer's 崑山市)
        # (and so is one written with another variant character than the gazetteer's: 雙峰縣 for 雙峯縣, 湖里區 for 湖裏區)
        own = (written if written in (self.name, self.t_name) or written_as(written, self.t_name)
               else self.t_name if trad else self.name)
        if self.level == "P":
            # municipalities are their own city too (天津市/天津市)
            return Place(written, own, own if self.name in _MUNICIPALITIES else None, None)
        if self.level == "C":
            return Place(written, prov, own, None)
        if city is None and self.province in _SAR:
            city = prov  # a region's district: the region stands as its city, as a municipality does (觀塘區)
        return Place(written, prov, city, own)


class Gazetteer:
    """The loaded gazetteer: rows, an index from every spelling to rows, and the automaton.

    Its tables come precomputed from ``gazetteer.state`` (~7 ms) when that file was
    made from the same TSV, else they are built from the TSV (~25 ms); ``Division``
    objects are made only for the names a page actually contains.
    """

    def __init__(self, path: pathlib.Path = _DATA, state: pathlib.Path | None = _STATE):
        text = path.read_text(encoding="utf-8")
        tables = _saved_tables(state, text) if state is not None else None
        if tables is None:
            tables = build_tables(text)
        for name in _TABLES:
            setattr(self, name, tables[name])
        self.opener = recode.compile(self.opener_source)
        self._divs: dict[int, Division] = {}
        self._found: dict[str, tuple[list[Division], bool]] = {}

    def division(self, i: int) -> Division:
        """The Division of row ``i`` (made once)."""
        div = self._divs.get(i)
        if div is None:
            level, name, _s, trad, _ts, prov, city = self.rows[i]
            div = Division(level, name, prov or None, city or None, trad or name,
                           self.t_of.get(prov, prov) or None, self.t_of.get(city, city) or None)
            self._divs[i] = div
        return div

    def lookup(self, key: str) -> tuple[list[Division], bool]:
        """Divisions spelled ``key`` and whether ``key`` is a full (suffixed) name.

        When a spelling is the full name of some division and the short name of
        others (吉林市 / 吉林), the full reading wins.
        """
        rows = self.index.get(key, [])
        full = [i for i in rows if i >= 0]
        if full:
            return [self.division(i) for i in full], True
        return [self.division(~i) for i in rows], False

    def found(self, key: str) -> tuple[list[Division], bool]:
        """lookup() of an automaton key, made once per key and shared (the scan's Mentions never change it)."""
        hit = self._found.get(key)
        if hit is None:
            hit = self._found[key] = self.lookup(key)
        return hit

    @property
    def full(self) -> dict[str, list[Division]]:
        """Full-name spellings only (for tests and look-ups by name)."""
        return {k: self.lookup(k)[0] for k, v in self.index.items() if any(i >= 0 for i in v)}


#: County-level changes the shipped TSV's source predates (checked against the State Council's approvals):
#: (name, old name, province, city, year). Applied to the TSV's rows when the tables are built (so the
#: precompiled gazetteer.state holds them; its digest covers this table): the division takes its new name and
#: the short names, and the old name stays a full name of its own row, so pages written before the change
#: still give the county as they write it. The TSV row replaced is the one of that city with the same stem
#: (the source lists 凤翔 as 凤翔市, a name it never had).
AMENDMENTS = (
    ("米林市", "米林县", "西藏自治区", "林芝市", 2023),  # 米林县 -> county-level city
    ("错那市", "错那县", "西藏自治区", "山南市", 2023),  # 错那县 -> county-level city
    ("凤翔区", "凤翔县", "陕西省", "宝鸡市", 2021),  # 凤翔县 -> a district of 宝鸡市
    ("长泰区", "长泰县", "福建省", "漳州市", 2021),  # 长泰县 -> a district of 漳州市 (with 龙海市 -> 龙海区, listed)
)

#: Traditional form of a county-level suffix (an amended name's traditional form is its row's stem + this).
_TRAD_SUFFIX = {"市": "市", "区": "區", "县": "縣", "旗": "旗"}


def amend_rows(rows: list[list[str]], amendments=AMENDMENTS) -> list[list[str]]:
    """``rows`` with each amendment's county row (same province, city and stem) replaced by a row of the new name,
    carrying the short names, and a row of the old name without them (a bare 米林 means the division now)."""
    out = list(rows)
    for name, old, prov, city, _year in amendments:
        stem = name[:-1]
        at = [i for i, r in enumerate(out) if r[0] == "K" and r[5] == prov and r[6] == city and r[1][:-1] == stem]
        if not at:
            continue  # (a TSV already without the division: nothing to amend)
        r = out[at[0]]
        t_stem = (r[3] or r[1])[:-1]
        t_name, t_old = t_stem + _TRAD_SUFFIX[name[-1]], t_stem + _TRAD_SUFFIX[old[-1]]
        new_row = ["K", name, r[2], "" if t_name == name else t_name, r[4], prov, city]
        old_row = ["K", old, "", "" if t_old == old else t_old, "", prov, city]
        for i in reversed(at):
            del out[i]
        out[at[0]:at[0]] = [new_row, old_row]
    return out


def _nation_spellings(rows: list[list[str]], index: dict[str, list[int]]) -> list[tuple[str, int, bool]]:
    """(spelling, row, traditional) of each autonomous county's customary short form of two characters + 县, the
    first of its stem and the first of its people (阜蒙县 for 阜新蒙古族自治县, 杜蒙县 for 杜尔伯特蒙古族自治县): a full
    spelling where neither it nor its two characters spell another division (三水 of 三水区, 丰满 of 丰满区), and
    no other county makes the same one (大厂回族, 大通回族: 大回县 says neither)."""
    made: dict[str, list[tuple[int, bool]]] = {}
    for i, r in enumerate(rows):
        if r[0] != "K" or not r[1].endswith("自治县"):
            continue
        for name, col, trad in ((r[1], r[2], False), (r[3], r[4] or r[2], True)):  # (no traditional column: the same)
            for stem in (col.split("/") if col and name else ()):
                # (the stem the name opens with, a people's name of two or more characters after it)
                if len(stem) >= 2 and name.startswith(stem) and len(name) - len(stem) >= 5:
                    made.setdefault(stem[0] + name[len(stem)] + name[-1], []).append((i, trad))
    return [(spelling, *found[0]) for spelling, found in made.items()
            if len({i for i, _ in found}) == 1 and spelling not in index and spelling[:2] not in index]


def build_tables(text: str) -> dict:
    """The Gazetteer's tables from the TSV's text: rows, spelling index, automaton, character-pair sets."""
    import ahocorasick  # imported here: only pages that need places pay for it

    t = types.SimpleNamespace()
    t.rows = amend_rows([line.split("\t") for line in text.split("\n") if line and line[0] != "#"])
    t.t_of = {r[1]: r[3] or r[1] for r in t.rows}
    # spelling -> row numbers; ~row for a short name, row for a full name
    index: dict[str, list[int]] = {}
    t.trad_keys = set()
    for i, r in enumerate(t.rows):
        index.setdefault(r[1], []).append(i)
        if r[3]:
            index.setdefault(r[3], []).append(i)
            t.trad_keys.add(r[3])
        for col, trad in ((r[2], False), (r[4], True)):
            if col:
                for short in col.split("/"):
                    if len(short) >= 2:
                        index.setdefault(short, []).append(~i)
                        if trad:
                            t.trad_keys.add(short)
    # An autonomous prefecture is written as its short name + 州 (大理州 for 大理白族自治州, 恩施州): a
    # full spelling of its own, where no other division is spelled that way.
    for i, r in enumerate(t.rows):
        if r[0] == "C" and r[1].endswith("自治州"):
            for col in (r[2], r[4]):
                for short in (col.split("/") if col else ()):
                    if len(short) >= 2 and short + "州" not in index:
                        index[short + "州"] = [i]
                        if col is r[4]:
                            t.trad_keys.add(short + "州")
    # A short name that already ends in 州 (巴州 for 巴音郭楞蒙古自治州, 克州, 海南州) is that spelling itself: full,
    # over another division's bare short name (巴州 of 巴中's 巴州区, which a page writes 巴州区 in full).
    for i, r in enumerate(t.rows):
        if r[0] == "C" and r[1].endswith("自治州"):
            for col in (r[2], r[4]):
                for short in (col.split("/") if col else ()):
                    rows = index.get(short, [])
                    if len(short) >= 2 and short.endswith("州") and not any(j >= 0 for j in rows):
                        index[short] = [i] + [j for j in rows if j != ~i]
                        if short in (r[2] or "").split("/"):
                            t.trad_keys.discard(short)  # (克州: the same in both scripts, simplified writing too)
    # An autonomous county or banner is written as its short name + 县/旗 (威宁县 for 威宁彝族回族苗族自治县, 巴里坤县):
    # a full spelling of its own, where no other division is spelled that way.
    for i, r in enumerate(t.rows):
        if r[0] == "K" and r[1].endswith(("自治县", "自治旗")):
            for col, word in ((r[2], r[1][-1]), (r[4], (r[3] or r[1])[-1])):
                for short in (col.split("/") if col else ()):
                    if len(short) >= 2 and short + word not in index:
                        index[short + word] = [i]
                        if col is r[4]:
                            t.trad_keys.add(short + word)
    for spelling, i, trad in _nation_spellings(t.rows, index):
        index[spelling] = [i]
        if trad:
            t.trad_keys.add(spelling)
    t.index = index
    # Characters traditional spellings use (a name the same in both scripts counts): a simplified spelling made
    # only of them (昆山市, where the gazetteer writes 崑山市) is also traditional writing.
    t.trad_chars = {c for r in t.rows for col in (r[3] or r[1], r[4]) for c in col} - set("/")
    auto = ahocorasick.Automaton()
    for key in index:
        auto.add_word(key, key)
    auto.make_automaton()
    t.automaton = auto
    # Every name has two or more characters.  ``starts`` holds the first two
    # characters of each name, ``pairs`` every adjacent pair inside a name;
    # ``opener`` lists (a superset of) the pairs a name can begin with, overlapping.
    keys = [k for k in index if "\x00" not in k]
    t.starts = {k[:2] for k in keys}
    t.pairs = {k[i:i + 2] for k in keys for i in range(len(k) - 1)}
    firsts = "".join(sorted({k[0] for k in keys}))
    seconds = "".join(sorted({k[1] for k in keys}))
    t.opener_source = "(?=([%s][%s]))" % (re.escape(firsts), re.escape(seconds))
    # First two characters of full names: a full name overlapping a short-name hit starts with one of
    # them, across the hit's end or inside it (short names with such a pair inside: inner_opens).
    opens = {k[:2] for k, v in index.items() if max(v) >= 0}  # (full rows are >= 0, short ones < 0)
    t.full_opens = opens
    t.inner_opens = {k for k, v in index.items() if len(k) > 2 and max(v) < 0
                     and any(k[p:p + 2] in opens for p in range(1, len(k) - 1))}
    return {name: getattr(t, name) for name in _TABLES}


def _digest(text: str) -> str:
    """The fingerprint of the TSV and AMENDMENTS, recorded in the state file."""
    return hashlib.sha256((text + "\n" + repr(AMENDMENTS)).encode("utf-8")).hexdigest()


def _saved_tables(state: pathlib.Path, text: str) -> dict | None:
    """The tables of the state file when it was written from ``text`` and reads back sound, else None."""
    try:
        with open(state, "rb") as f:
            saved = pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, truncated or from another pyahocorasick build: build instead
        return None
    if not isinstance(saved, dict) or saved.get("format") != _STATE_FORMAT or saved.get("source") != _digest(text):
        return None
    tables = saved.get("tables")
    if not isinstance(tables, dict) or any(name not in tables for name in _TABLES):
        return None
    # an automaton pickled by another pyahocorasick build must still hold every spelling (checked on a sample)
    auto, index = tables["automaton"], tables["index"]
    if len(auto) != len(index) or any(auto.get(k, None) != k for k in itertools.islice(index, 0, None, 97)):
        return None
    return tables


def write_state(path: pathlib.Path = _STATE, source: pathlib.Path = _DATA) -> None:
    """Write the state file for the TSV at ``source`` (after the TSV changes; see scripts/build_gazetteer_state.py)."""
    text = source.read_text(encoding="utf-8")
    saved = {"format": _STATE_FORMAT, "source": _digest(text), "tables": build_tables(text)}
    path.write_bytes(pickle.dumps(saved, protocol=pickle.HIGHEST_PROTOCOL))


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The package gazetteer, loaded once on first use."""
    return Gazetteer()
