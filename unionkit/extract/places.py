"""Places: China's administrative divisions named on a page, resolved to province/city/county.

The gazetteer (``unionkit/data/gazetteer.tsv``, built by ``scripts/build_gazetteer.py``)
lists every province-, prefecture- and county-level division with its short
names and traditional-script forms. One Aho-Corasick automaton finds all of
them in a page in a single leftmost-longest pass.

Rules (decided on the seed pages, meant for any page):

* Only names written with their administrative suffix are *places*
  (攀枝花市, 贵州省, 红桥区). Bare short names (攀枝花, 贵州, 天津 in a company
  name, 昆明 salted into a sentence) are only *context*: they help resolve
  ambiguous names and tell which city a page is about, but are never reported.
* A county name shared by several divisions (朝阳区, 鼓楼区) takes the province
  and city of the page's other mentions; with no such hint they stay null.
* Short county names (和县, 城区, 东区) and names that are also common words
  (新城区, 城关区) count only right after their own city or province, or
  standing alone between non-Han characters; this keeps 城区 in 核心城区/全市城区
  and 和县 in 市和县 out.
* A name used as the scope of a workers' event title (四川省职工志愿服务展示活动)
  is not a place mention by itself.
* The output keeps the page's script: a traditional page gives 廣元市 with
  city 廣元市 (province and city in the script of the mention).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import pathlib
import pickle
import re
import types
from collections.abc import Iterable
from dataclasses import dataclass

from unionkit.record import Place

from .. import recode

_DATA = pathlib.Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"

#: The Gazetteer's tables precomputed from the TSV: a pickle written by ``write_state`` (run by
#: scripts/build_gazetteer_state.py), used only while the digest it records is the TSV's.
_STATE = _DATA.with_name("gazetteer.state")
_STATE_FORMAT = "unionkit-gazetteer-state 3"  # 2: autonomous counties' short name + 县; 3: 巴州 full

#: What build_tables computes: the attributes of a Gazetteer.
_TABLES = ("rows", "t_of", "index", "trad_keys", "trad_chars", "automaton", "starts", "pairs", "opener_source",
           "full_opens", "inner_opens")

#: Suffix characters a county-level name ends with, and the char after them that
#: turns the suffix into a word of its own (区域 "region", 市场 "market").
_SUFFIX_WORDS = {"区": "域", "區": "域", "市": "场場", "县": "城级", "縣": "城級"}

#: County names whose stem is an ordinary word (城区 "urban area", 新城区 "new town").
_GENERIC_STEMS = {
    "城", "郊", "矿", "東", "东", "西", "南", "北", "中", "新", "新城", "老城", "市中",
    "城中", "城关", "城關", "城东", "城東", "城西", "城南", "城北", "大堂", "新华", "新華",
}

#: Words that make a mention the scope of an event title (X省职工…展示活动).
_EVENT_WORDS = ("活动", "活動", "大赛", "大賽", "竞赛", "競賽", "比赛", "比賽", "运动会", "運動會", "展演")
_TAKE_PART = ("参加", "參加", "参赛", "參賽", "晋级", "晉級", "出征", "角逐")
_CLAUSE_END = set(",，。;；、!！?？:：\n“”\"「」")
# (the end of a clause found by one C scan, not a character loop)
_CLAUSE_END_RX = recode.compile("[%s]" % re.escape("".join(sorted(_CLAUSE_END))))
_EVENT_WORD_RX = recode.compile("|".join(map(re.escape, _EVENT_WORDS)))  # (any of them in a span: one search)


def _clause_end(text: str, at: int) -> int:
    """Where the clause running from ``at`` ends: its first _CLAUSE_END character, or the text's end."""
    mt = _CLAUSE_END_RX.search(text, at)
    return mt.start() if mt else len(text)

#: Common characters whose simplified and traditional forms differ, to tell a page's script.
_TRAD_HINT = set("會區縣國們這個為與發時說職來對學華機經動員勞務")
_SIMP_HINT = set("会区县国们这个为与发时说职来对学华机经动员劳务")
_TRAD_RX = recode.compile("[%s]" % "".join(sorted(_TRAD_HINT)))
_SIMP_RX = recode.compile("[%s]" % "".join(sorted(_SIMP_HINT)))


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
        # (and so is one written with another variant character than the gazetteer's: 雙峰縣 for 雙峯縣)
        own = (written if written in (self.name, self.t_name) or fold_variants(written) == self.t_name
               else self.t_name if trad else self.name)
        if self.level == "P":
            # municipalities are their own city too (天津市/天津市)
            return Place(written, own, own if self.name in _MUNICIPALITIES else None, None)
        if self.level == "C":
            return Place(written, prov, own, None)
        return Place(written, prov, city, own)


_MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


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


@dataclass(slots=True)
class Mention:
    """One gazetteer hit in a text."""

    start: int
    end: int
    text: str
    divisions: list[Division]
    full: bool


def _is_han(ch: str) -> bool:
    """True for a CJK ideograph (the basic block and extension A cover place names)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def scan(text: str) -> list[Mention]:
    """All gazetteer hits in ``text``, leftmost-longest and non-overlapping.

    A page is scanned by find_places, locality_votes and the union reader in turn:
    the last text's hits are kept, and short texts (the name segments before each
    工会) are cached, since the same few recur on every page.  Callers get a fresh
    list; Mentions are never changed after they are made.
    """
    global _LAST_SCAN
    if len(text) <= _SHORT_TEXT:
        return list(_scan_short(text))
    last = _LAST_SCAN
    if last is not None and last[0] == text:
        return list(last[1])
    hits = _scan_folded(text)
    _LAST_SCAN = (text, hits)
    return list(hits)


#: 臺 and 台 are one character in place names (臺山市 and 台山市, 臺灣 and 台灣, 天臺 and 天台), where the
#: gazetteer spells each name one way only (台山市, but 煙臺市 and 臺灣省).
_TAI_FOLD = (("臺", "台"), ("台", "臺"))


#: Variant forms of the characters of the gazetteer's traditional names (made with OpenCC s2t): the Taiwan and
#: Hong Kong standards write them otherwise (雙峯縣 is written 雙峰縣, 啓 啟, 爲 為, 羣 群), and a traditional page
#: may use either form.  Page form -> gazetteer form; derived by OpenCC t2tw/t2hk/tw2t/hk2t of every character of
#: the traditional columns (tests/test_places.py checks it against the gazetteer), 臺/台 apart (_TAI_FOLD).
_VARIANTS = {"峰": "峯", "啟": "啓", "為": "爲", "群": "羣", "裡": "裏", "卧": "臥", "敍": "敘", "枴": "柺",
             "温": "溫", "税": "稅", "脱": "脫", "藴": "蘊", "衞": "衛", "棱": "稜"}
_VARIANT_MAP = str.maketrans(_VARIANTS)
_VARIANT_ITEMS = tuple(_VARIANTS.items())
_VARIANT_RX = recode.compile("[%s]" % "".join(sorted(_VARIANTS)))


def fold_variants(s: str) -> str:
    """``s`` with the variant characters of _VARIANTS written as the gazetteer writes them (same length).

    (one str.replace per variant the text holds: C passes, where translate looks up every character of a page in
    the map; the same result, as no gazetteer form is itself a variant of _VARIANTS)"""
    for page_form, gaz_form in _VARIANT_ITEMS:
        if page_form in s:
            s = s.replace(page_form, gaz_form)
    return s


def _scan_folded(text: str) -> list[Mention]:
    """_scan of ``text`` plus the names it spells with the other 臺/台 variant than the gazetteer (a page that
    writes 臺 as much as one that writes 台), or with another variant character than the gazetteer's
    traditional form (_VARIANTS, on a traditional page), kept as written; a hit of the text as it stands
    wins an overlap."""
    hits = _scan(text)
    if _VARIANT_RX.search(text) is not None and _page_is_trad(text):
        hits = _add_folded(text, hits, fold_variants(text), [mt.start() for mt in _VARIANT_RX.finditer(text)])
    for a, b in _TAI_FOLD:
        if a not in text or (a == "台" and not _page_is_trad(text)):  # (台 on a simplified page: as written; cached)
            continue
        hits = _add_folded(text, hits, text.replace(a, b), _positions(text, a))
    return hits


def _positions(text: str, c: str) -> list[int]:
    """Where ``c`` stands in ``text``, in order."""
    out, i = [], text.find(c)
    while i >= 0:
        out.append(i)
        i = text.find(c, i + 1)
    return out


def _add_folded(text: str, hits: list[Mention], folded: str, changed: list[int]) -> list[Mention]:
    """``hits`` plus the hits of ``folded`` (``text`` with the characters at ``changed`` replaced one for one)
    that the replacement made, kept as ``text`` writes them.  A hit of ``hits`` overlapping one wins, unless it
    lies inside it: a longer name is the leftmost-longest reading (雁峰區, the gazetteer's 雁峯區, over the short
    name 雁峰 that the Taiwan form spells as simplified writing does)."""
    extra, inside = [], set()
    for m in _scan_changed(folded, changed):
        if folded[m.start:m.end] == text[m.start:m.end]:
            continue
        over = [h for h in hits if m.start < h.end and h.start < m.end]
        if all(m.start <= h.start and h.end <= m.end and h.end - h.start < m.end - m.start for h in over):
            extra.append(Mention(m.start, m.end, text[m.start:m.end], m.divisions, m.full))
            inside.update(id(h) for h in over)
    if not extra:
        return hits
    return sorted([h for h in hits if id(h) not in inside] + extra, key=lambda m: m.start)


def _scan_changed(folded: str, changed: list[int]) -> list[Mention]:
    """_scan(folded)'s hits in the spans of _pieces that hold a position of ``changed`` (sorted), the only
    hits _add_folded can keep: a span without a replaced character reads as in the text itself.

    A span of _pieces is a maximal stretch of in-name pairs holding a name start, so the stretch around each
    changed position is found where it stands, with no scan of the whole text; _prefer_full stays inside a
    span (a full name is a stretch of in-name pairs), so the spans left out change nothing in the others."""
    gaz = gazetteer()
    starts, pairs = gaz.starts, gaz.pairs
    n = len(folded)
    out: list[Mention] = []
    cand: list[int] = []
    done = 0  # end of the last stretch
    for p in changed:
        if p < done:
            continue
        s = p
        while s > 0 and folded[s - 1:s + 1] in pairs:
            s -= 1
        e = p
        while e + 1 < n and folded[e:e + 2] in pairs:
            e += 1
        done = e + 1
        if not any(folded[i:i + 2] in starts for i in range(s, e)):
            continue  # (no name starts in the stretch: _pieces drops it)
        for rel, key, divs, full, maybe in _span_hits(folded[s:done], done == n):
            if maybe:
                cand.append(len(out))
            start = s + rel
            out.append(Mention(start, start + len(key), key, divs, full))
    return _prefer_full(folded, out, cand) if cand else out


_SHORT_TEXT = 40
_LAST_SCAN: tuple[str, list[Mention]] | None = None


@functools.lru_cache(maxsize=4096)
def _scan_short(text: str) -> tuple[Mention, ...]:
    """scan() of a short text, cached."""
    return tuple(_scan_folded(text))


def _pieces(gaz: Gazetteer, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` the automaton must read: maximal stretches of in-name pairs holding a name start.

    Between two characters that are adjacent in no name (or around a character
    in no name) the automaton has no transition from any state but its root, so
    it behaves exactly as at the sentinel: it reports what is pending and starts
    again.  A stretch without the first two characters of any name holds no hit
    and leaves nothing pending, so it is dropped; on a page only a few percent of
    the text survives, and the automaton's per-character cost goes with it.
    """
    starts, pairs = gaz.starts, gaz.pairs
    n = len(text)
    # findall + str.find are C loops: far cheaper than a Match object per candidate pair
    at: list[int] = []
    for pair in starts.intersection(gaz.opener.findall(text)):
        i = text.find(pair)
        while i >= 0:
            at.append(i)
            i = text.find(pair, i + 1)
    at.sort()
    spans: list[tuple[int, int]] = []
    done = 0  # end of the last span
    for i in at:
        if i < done:
            continue
        s = i
        while s > done and text[s - 1:s + 1] in pairs:
            s -= 1
        e = i + 1
        while e + 1 < n and text[e:e + 2] in pairs:
            e += 1
        done = e + 1
        spans.append((s, done))
    return spans


def _scan(text: str) -> list[Mention]:
    """The automaton pass behind scan(), over the spans of _pieces only.

    Each span is read on its own (_span_hits), as if followed by a sentinel that is in no name: between
    spans the automaton is back at its root, so this is the pass over the whole text.  The sentinel is left
    off after a span that ends the text: the automaton reports a pending hit at a mismatch but not always at
    the end of its input, and the result must be the same as a pass over the whole text.
    """
    spans = _pieces(gazetteer(), text)
    if not spans:
        return []
    n = len(text)
    out = []
    cand: list[int] = []  # short-name hits a full name may overlap (see _prefer_full)
    for s, e in spans:
        for rel, key, divs, full, maybe in _span_hits(text[s:e], e == n):
            if maybe:
                cand.append(len(out))
            start = s + rel
            out.append(Mention(start, start + len(key), key, divs, full))
    return _prefer_full(text, out, cand) if cand else out


@functools.lru_cache(maxsize=16384)
def _span_hits(span: str, at_end: bool) -> tuple[tuple[int, str, list[Division], bool, bool], ...]:
    """(start, key, divisions, full, maybe overlapped) of each automaton hit in one span of _pieces.

    Spans are a few characters (a place's name and what is glued to it) and recur: a page repeats its
    places, and pages of one region share them.  ``maybe overlapped``: a short name a full name may start
    inside of (_prefer_full's candidates); the character pair across the span's end is in no name, so
    the span alone decides it."""
    gaz = gazetteer()
    joined = span if at_end else span + _SENTINEL
    found, opens, inner = gaz.found, gaz.full_opens, gaz.inner_opens
    hits = []
    for end, key in gaz.automaton.iter_long(joined):
        start = end - len(key) + 1
        divs, full = found(key)
        maybe = not full and (key in inner or joined[start + len(key) - 1:start + len(key) + 1] in opens)
        hits.append((start, key, divs, full, maybe))
    return tuple(hits)


def _prefer_full(text: str, hits: list[Mention], cand: list[int]) -> list[Mention]:
    """``hits`` with a short name (at an index of ``cand``) given up for a full name that starts inside
    it and runs past it.

    Leftmost-longest reads 联合江西省 as 合江 (a county's short name) + 西省; the full 江西省 is the
    place the writer names (a suffixed name is written on purpose, a short one may be an accident of
    the characters around it).  Only a province or a prefecture wins so: a county's full name is
    short enough to be formed by chance across two words (振兴 + 和县 + 域 in 乡村振兴和县域经济)."""
    gaz = gazetteer()
    out = hits[:cand[0]]
    i = cand[0]
    todo = set(cand)
    while i < len(hits):
        m = hits[i]
        i += 1
        better = None
        if i - 1 in todo:
            base = m.start + 1
            for end, key in gaz.automaton.iter_long(text[base:m.end + _LONGEST_FULL]):
                start = base + end - len(key) + 1
                if start >= m.end:
                    break
                divs, full = gaz.found(key)
                if full and start + len(key) > m.end and (divs[0].level != "K" or _county_ends_word(text, start, key)):
                    better = Mention(start, start + len(key), key, divs, full)
                    break
        if better is None:
            out.append(m)
            continue
        out.append(better)
        while i < len(hits) and hits[i].start < better.end:
            i += 1  # hits the full name covers
    return out


_LONGEST_FULL = 16  # longer than any full name of the gazetteer (checked by the tests)


def _county_ends_word(text: str, start: int, key: str) -> bool:
    """A county's full name of three characters or more that ends where the word does (郊区和平定县、盂县:
    平定县 after the 和 of a list, where 和平 is a short name too), or, after such a conjunction, before a particle
    or its own union (和平定县的, 和平定县总工会); not one formed across two words and
    glued on to a third (振兴和县域经济), nor a two-character one (和县)."""
    end = start + len(key)
    if len(key) < 3:
        return False
    if end >= len(text) or not _is_han(text[end]):
        return True
    # a particle or the county's own union after it, when a conjunction stands before it (a list's 和)
    return (start > 0 and text[start - 1] in _CONJUNCTION_CHARS
            and (text[end] in _WORD_BOUNDS or text.startswith(_UNION_AFTER, end)))


#: Particles and conjunctions that close a name as punctuation does (和平定县的企业, 和平定县与盂县).
_WORD_BOUNDS = frozenset("的与與和及等")
_CONJUNCTION_CHARS = frozenset("和与與及")


_SENTINEL = "\x00"  # in no gazetteer name (Gazetteer drops it from the name characters)


def _page_is_trad(text: str) -> bool:
    """Whether the page is written in traditional characters (more traditional hints).

    find_places and the union reader both ask about the same page text: the last
    answer is kept (the count walks the whole text once per hint character).
    """
    global _LAST_TRAD
    last = _LAST_TRAD
    if last is not None and last[0] == text:
        return last[1]
    t = len(_TRAD_RX.findall(text))  # one pass per script instead of one per hint character
    trad = t > 0 and t > len(_SIMP_RX.findall(text))  # no traditional hint: simplified, without a second pass
    _LAST_TRAD = (text, trad)
    return trad


_LAST_TRAD: tuple[str, bool] | None = None


def _needs_parent(div: Division) -> bool:
    """County names that are too short or too word-like to trust alone (和县, 城区, 新城区)."""
    if div.level != "K":
        return False
    if len(div.name) == 2 and div.name[-1] == "市":
        return False  # 芒市: a county-level city's full name of two characters, no word of its own
    return len(div.name) <= 2 or div.name[:-1] in _GENERIC_STEMS


def _loose(m: Mention) -> bool:
    """Some reading of the mention needs its parent (_needs_parent); remembered per spelling."""
    v = _LOOSE.get(m.text)
    if v is None:
        v = _LOOSE[m.text] = any(_needs_parent(d) for d in m.divisions)
    return v


#: _loose by spelling: a spelling's divisions are the gazetteer's, the same on every page.
_LOOSE: dict[str, bool] = {}


def _suffix_is_word(text: str, m: Mention) -> bool:
    """The suffix belongs to the next character instead (河北区域, 广州市场)."""
    nxt = text[m.end] if m.end < len(text) else ""
    return bool(nxt) and nxt in _SUFFIX_WORDS.get(m.text[-1], "")


def _is_parent(prev: Mention | None, div: Division, m: Mention) -> bool:
    """``prev`` ends right where ``m`` starts and names ``div``'s city or province."""
    if prev is None or prev.end != m.start:
        return False
    return any(d.name in (div.city, div.province) for d in prev.divisions)


def _event_scope(text: str, m: Mention) -> bool:
    """The mention opens a workers' event title (X省职工…活动) rather than naming a place.

    Taking part in such an event (参加浙江省职工职业技能大赛) is going to that division's contest:
    there the division is a place the page's workers go to, and counts.
    """
    if not text.startswith(("职工", "職工"), m.end):
        return False
    if text.endswith(_TAKE_PART, 0, m.start):
        return False
    return _EVENT_WORD_RX.search(text, m.end, _clause_end(text, m.end)) is not None


def _accept(text: str, m: Mention, prev: Mention | None, cities: dict[str, float] | None = None,
            provs: dict[str, float] | None = None) -> bool:
    """Whether a suffixed-name hit is a real place mention (see module rules)."""
    if _suffix_is_word(text, m):
        return False
    div = m.divisions[0]
    if _loose(m):
        if (not any(_is_parent(prev, d, m) for d in m.divisions)
                and not _short_county_in_context(text, m, cities, provs)
                and not _before_own_union(text, m, cities) and not _framed_namesake(text, m, cities)
                and not _listed_with_sibling(text, m, cities)):
            before = text[m.start - 1] if m.start else ""
            after = text[m.end] if m.end < len(text) else ""
            if _is_han(before) or (len(div.name) <= 2 and _is_han(after) and after not in "委政人总總工"):
                return False
            if after.isdigit() or before in _CLAUSE_END:
                return False  # 城区32个 …, ，城区…: the common word opening a count or a clause
    if (m.start == 0 or text[m.start - 1] == "\n") and _comment_handle(text, m):
        return False
    return not _event_scope(text, m)


# A comment under a news app's article: the commenter's handle, a colon, the comment, the stamp with no year
# (夏县老王：盼着驿站早点建到我们村口 04-25 10:12): a handle opening with a place names no place of the story.
_COMMENT_LINE = recode.compile(r"[\u4e00-\u9fff]{1,3}[:：][^\n]{1,200}?\s\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}[ \t]*(?:\n|\Z)")


def _comment_handle(text: str, m: Mention) -> bool:
    """``m`` opens a commenter's handle on a comment line (夏县老王：… 04-25 10:12); a dateline's place right before
    its colon (运城：…) is no handle."""
    return text[m.end:m.end + 1] not in (":", "：") and _COMMENT_LINE.match(text, m.end) is not None


#: Union words right after a county's name: its own federation (新城区总工会).
_UNION_AFTER = ("总工会", "總工會", "工会", "工會")
#: Function characters a name may follow inside a clause (由新城区总工会主办, 向市中区总工会反映).
_FUNCTION_BEFORE = set("由在和与與及对對向将將为為是从從到经經据據同跟请請让讓使把被给給")


def _before_own_union(text: str, m: Mention, cities: dict[str, float] | None) -> bool:
    """A word-like county (新城区, 市中区) named as the owner of a union (新城区总工会): a place when it
    opens a clause or follows a function word, and the page names the city of one of its namesakes
    (呼和浩特市总工会 for 新城区, 济南市 for 市中区), so it can be resolved."""
    if not text.startswith(_UNION_AFTER, m.end) or not cities:
        return False
    before = text[m.start - 1] if m.start else ""
    if _is_han(before) and before not in _FUNCTION_BEFORE:
        return False
    return any(cities.get(d.city or "", 0.0) >= 2.0 for d in m.divisions if d.level == "K")


#: Stems of county names that are also prose for a part of town (在新城区, 在老城区, 在城东区): never read as a
#: district after a word of place alone.
_TOWN_PART_STEMS = ("城", "新城", "老城")


def _framed_namesake(text: str, m: Mention, cities: dict[str, float] | None) -> bool:
    """A word-like district of three characters or more (新华区, 市中区) after a word of place (他在新华区跑外卖),
    when the page names in full the city of one of its namesakes, which resolves it; not a stem that is also
    prose for a part of town (新城区, 城东区)."""
    if not cities or len(m.text) < 3 or not text.endswith(_TO_PLACE, 0, m.start) or text.endswith("、", 0, m.start):
        return False
    if any(d.level != "K" or d.name[:-1].startswith(_TOWN_PART_STEMS) for d in m.divisions):
        return False
    return sum(cities.get(d.city or "", 0.0) >= 2.0 for d in m.divisions) == 1


#: What joins the items of a list of districts (城东区、城中区, 城西区和城北区).
_LIST_JOINS = "、和与與及"


def _listed_with_sibling(text: str, m: Mention, cities: dict[str, float] | None = None) -> bool:
    """A word-like district (新城区, 城中区) joined by 、 to a county-level name of the same city as one of its
    namesakes (在新城区、长安区、临潼区开展宣讲): a list of that city's districts, which places it.  The sibling is a
    name written in full, or another word-like district when the page names that city in full (a notice's
    城东区、城中区、城西区、城北区各推荐2名 on a 西宁市 page): prose for parts of town (城东区、城西区) in a city that
    has no such districts shares no named city.  A name of three characters or more may be joined by a conjunction
    too (城西区和城北区)."""
    own = {d.city for d in m.divisions if d.level == "K" and d.city}
    if not own:
        return False
    near = []
    joins = _LIST_JOINS if len(m.text) >= 3 else "、"  # (城区和郊区: a two-character name joined by 和 is prose)
    if text[m.end:m.end + 1] in joins and m.end < len(text):
        after = scan(text[m.end + 1:m.end + 1 + _LONGEST_FULL])
        near += after[:1] if after and after[0].start == 0 else []
    if m.start >= 2 and text[m.start - 1] in joins:
        lo = max(0, m.start - 1 - _LONGEST_FULL)
        before = scan(text[lo:m.start - 1])
        near += before[-1:] if before and before[-1].end == m.start - 1 - lo else []
    for x in near:
        shared = {d.city for d in x.divisions if d.level == "K"} & own
        if x.full and shared and (not _loose(x) or any((cities or {}).get(c or "", 0.0) >= 2.0 for c in shared)):
            return True
    return False


#: Words after which a name is a place one goes to or is in (在黟县, 前往黟县, 来自攀枝花的), or one a place lies next
#: to (惠陽毗鄰深圳，: a verb of adjacency has a place as its object).
_TO_PLACE = ("在", "赴", "往", "到", "至", "于", "於", "从", "從", "、", "来自", "來自", "抵达", "抵達", "位于", "位於",
             "落户", "落戶", "毗邻", "毗鄰", "紧邻", "緊鄰", "邻近", "鄰近", "毗连", "毗連", "紧靠", "緊靠", "靠近")


def _short_county_in_context(text: str, m: Mention, cities: dict[str, float] | None,
                             provs: dict[str, float] | None = None) -> bool:
    """A two-character county (黟县) the page places itself: its own city is named on the page
    (a full name or two short ones) or its province is, or it owns the body named right after it (岷县总工会,
    漳县教育工会, 漳县人民政府); its stem is no ordinary word, and a word of place stands before it."""
    if len(m.divisions) != 1:
        return False
    div = m.divisions[0]
    if len(div.name) != 2 or div.name[0] in _GENERIC_STEMS or div.name[-1] not in "县縣":
        return False
    if _owns_body(text, m):
        return True
    if (cities or {}).get(div.city or "", 0.0) < 2.0 and (provs or {}).get(div.province or "", 0.0) < 2.0:
        return False
    return (m.start == 0 or not _is_han(text[m.start - 1]) or text.endswith(_TO_PLACE, 0, m.start)
            or _owns_union_after_word(text, m) or _after_conjunction(text, m))


#: Bodies of a county named right after its name (岷县总工会, 漳县教育工会, 漳县人民政府): the county's own.
_COUNTY_BODIES = _UNION_AFTER + ("教育工会", "教育工會", "人民政府", "县委", "縣委", "县政府", "縣政府", "融媒体中心",
                                 "融媒體中心", "人民医院", "人民醫院")


def _owns_body(text: str, m: Mention) -> bool:
    """A two-character county that owns the union or organ written right after it (岷县总工会), at the start of a
    clause or after a function word that makes no word with its stem: the county's body names the county even
    when the page names no city.  Not a stem that is a conjunction (海东市总工会和县总工会: 和 joins two unions),
    nor one glued after a word (示范县总工会: a 'model county')."""
    if not text.startswith(_COUNTY_BODIES, m.end) or m.text[0] in _CONJUNCTION_CHARS:
        return False
    if m.start == 0 or not _is_han(text[m.start - 1]):
        return True
    return text[m.start - 1] in _FUNCTION_BEFORE and not _dictionary_tag(text[m.start - 1:m.start + 1])


def _after_conjunction(text: str, m: Mention) -> bool:
    """A two-character county right after a conjunction that opens a 、-list of places with it (加强与单县、曹县等地的
    交流): the conjunction closes the word before, as 、 does; not when it forms a word with the stem (参与, 和平)."""
    return (m.start > 0 and text[m.start - 1] in _CONJUNCTION_CHARS and text.startswith("、", m.end)
            and not _dictionary_tag(text[m.start - 1:m.start + 1]))


def _owns_union_after_word(text: str, m: Mention) -> bool:
    """A two-character county glued after a word and owning the union after it (借鉴范县总工会的做法): the county's
    federation, so the county is named.  Not when the character before and the stem make a word (示范县总工会:
    a 'model county', 模范县)."""
    return text.startswith(_UNION_AFTER, m.end) and not _dictionary_tag(text[m.start - 1:m.start + 1])


#: After a bare prefecture name, what makes it a place in the sentence (在成都召开, 来自攀枝花的).
_AT_PLACE_AFTER = ("召开", "召開", "举行", "舉行", "举办", "舉辦", "开幕", "開幕", "闭幕", "閉幕", "的", "，", ",", "。",
                   "、", "；",
                   # setting out from it (从杭州出发), "a certain … there" (在合肥某汽车零部件企业上班)
                   "出发", "出發", "某")
#: After a bare province or prefecture: "within its borders" (安康境内的26个小站) names the area itself.
_WITHIN = ("境内", "境內")


#: After a bare province or prefecture, the end of a list of places (分赴江西、安徽、河南、贵州等地).
_LIST_END = ("等地", "等省", "等城市", "等市", "等省份", "等省区", "等省市")
#: The end of a list of bare counties the page confirms: any 等 (在府谷、横山等煤炭主产区), or "there"
#: (无为、湾沚那边的兄弟, 罗庄、沂南一带, 两地).
_LIST_CLOSE = ("等", "那边", "那邊", "一带", "一帶", "两地", "兩地", "地区", "地區")
#: After a bare province or prefecture: a school there (考上武汉一所大学, 联合天津一所职业技术学院, 考上了广州的大学).
_ONE_SCHOOL = ("一所", "的大学", "的大學")
#: Province-level names never read bare: the special administrative regions and Taiwan open the names
#: of their own unions and firms (香港物流業職工總會), which are not mentions of the region.
#: 吉林 and 海南 are also a city's and a prefecture's name (吉林市, 海南州): a bare one stays context.
_NOT_BARE = {"香港特别行政区", "澳门特别行政区", "台湾省", "吉林省", "海南省"}
#: The tail of a functional zone's name after the place that hosts it (张掖 + 经济技术开发区, 枣庄 + 高新区, 广州 +
#: 开发区): the zone is no division (_ZONE_ENDS), but the prefecture at its head is where it lies.
_ZONE_TAIL = re.compile(r"(?:(?:经济技术|經濟技術|经济|經濟|高新技术产业|高新技術產業|高新技术|高新技術)?(?:开发区|開發區)"
                        r"|高新区|高新區)(?!域)")  # (开发区域: "the area developed", no zone)


_ZONE_HEADS = ("经", "經", "高", "开", "開")  # (the first characters _ZONE_TAIL may open with: a cheap gate)


def _heads_zone(text: str, end: int) -> bool:
    """A functional zone's tail opens right at ``end`` (甘肃张掖|经济技术开发区) and the clause after the zone names
    no firm or institution (张掖经济技术开发区投资公司: the name of a firm, left alone like other firms' names)."""
    mt = _ZONE_TAIL.match(text, end)
    if mt is None:
        return False
    j = mt.end()
    while j < len(text) and text[j] not in _CLAUSE_END:
        j += 1
    return not any(w in text[mt.end():j] for w in _BODY_ENDS)


#: Provinces never read as the first half of a "province + prefecture" pair (a municipality has no prefecture).
_NOT_PAIRED = _MUNICIPALITIES | _NOT_BARE
#: What follows a bare place the sentence makes a place: an event verb, 的, a comma, the end of a list.
_PLACE_AFTER = _AT_PLACE_AFTER + _LIST_END


def _placed(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands after a word of place and before what follows a place (在成都召开, 来自贵州的)."""
    return text.endswith(_TO_PLACE, 0, start) and text.startswith(_PLACE_AFTER, end)


def _native_of(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is where a person comes from: 是 before it, 人 after it, then no Han character
    (她是广西人，…; 是新疆伊犁人，): a province or prefecture named as a person's home, which is a place.
    Not a demonym inside a word or a user name (新成都人, 我是郾城人在驿城)."""
    if not text.startswith("人", end) or not text.endswith("是", 0, start):
        return False
    return end + 1 >= len(text) or not _is_han(text[end + 1])


#: Verbs' last characters before a place someone goes or is sent back to (送回, 回到, 返回, 带回; 回 alone).
_BACK_TO = ("回", "到", "返", "在", "赴", "往")
#: Words for one's home right after the place it lies in (送回漳州老家, 回到福建家乡).
_HOME_WORDS = ("老家", "家乡", "家鄉", "故乡", "故鄉")


def _home_of(text: str, m: Mention) -> bool:
    """``m`` is where someone's home lies: a verb of going back before it, a word for home right after it
    (送回漳州老家, 回到福建老家): a place.  Not a name that is an ordinary word first (_word_first)."""
    return (text.startswith(_HOME_WORDS, m.end) and text.endswith(_BACK_TO, 0, m.start)
            and not _word_first(text, m))


def _opens_place_list(text: str, mentions: list[Mention], i: int) -> bool:
    """Mention ``i`` is the first item of a list of bare places closed by 等地 (宜昌、襄阳、黄石等地): every item
    after it is a gazetteer name standing alone between 、 marks."""
    hi = _list_last(text, mentions, i)
    return hi > i and text.startswith(_LIST_END, mentions[hi].end)


def _list_last(text: str, mentions: list[Mention], i: int) -> int:
    """Index of the last mention of the run joined by 、 marks (each right after one) that mention ``i`` opens."""
    hi = i
    while (hi + 1 < len(mentions) and mentions[hi].end + 1 == mentions[hi + 1].start
           and text[mentions[hi].end] == "、"):
        hi += 1
    return hi


def _bare_prefecture(text: str, m: Mention, nxt: Mention | None, listed: bool = False) -> bool:
    """A prefecture or province written without its suffix where the sentence makes it a place.

    A prefecture right before one of its own counties (成都武侯区); a prefecture or a province after a
    word of place and before an event verb, 的 or the end of a list (在成都召开, 来自贵州的职工, 分赴江西、
    安徽等地), or right before 一所 (考上武汉一所大学).  A name with several readings (吉林 province or city,
    海南) stays context; so does a name glued into a word (河南岸街道, 湖南建工集团, 送上海上安全)."""
    if m.full:
        return False
    div = m.divisions[0]
    if len(m.divisions) != 1 and not (div.name in _MUNICIPALITIES and all(d.name == div.name for d in m.divisions)):
        return False  # (a municipality is both a province and a city: one place)
    if div.level == "P":
        if div.name in _NOT_BARE:
            return False
        if _pair_city(text, m, nxt) is not None:
            return True
    elif div.level != "C":
        return False
    else:
        if nxt is not None and nxt.start == m.end and nxt.full and any(d.city == div.name for d in nxt.divisions):
            return True
        if text.startswith(_ZONE_HEADS, m.end) and _heads_zone(text, m.end):
            return True  # 在张掖经济技术开发区举行: the prefecture a development zone is named after
    if (text.startswith(_ONE_SCHOOL, m.end) or text.startswith(_WITHIN, m.end) or _native_of(text, m.start, m.end)
            or _home_of(text, m)):
        return True
    if listed:
        return True  # the first item of a list of places (宜昌、襄阳、黄石等地), which needs no word of place
    return _placed(text, m.start, m.end)


#: Words after which a bare prefecture is where something happens or someone comes from (在长沙落下帷幕, 从西宁来).
# (and where goods or people go: 卖到了成都, 运往西安; 到 is a verb of place whatever comes before it)
_FRAME_BEFORE = ("在", "从", "從", "赴", "来自", "來自", "前往", "回到", "抵达", "抵達", "到", "到了", "往")
#: What turns a bare prefecture into the modifier of another name (在成都银行办理, 在长沙南站): not a place mention.
_MODIFIED = ("银行", "銀行", "公司", "集团", "集團", "大学", "大學", "学院", "學院", "医院", "醫院", "日报", "日報",
             "晚报", "晚報", "电视", "電視", "广播", "廣播", "市场", "市場", "中心", "工会", "工會", "总工会", "總工會",
             "机场", "機場", "地铁", "地鐵", "火车", "火車", "高铁", "高鐵", "方言", "话", "話",
             "路", "街", "站", "港", "湾", "灣", "桥", "橋", "杯", "队", "隊", "籍")
#: jieba tags of a prefecture's short name that make it an ordinary word first (大同 d, 开封 v, 平凉 a).
_WORD_TAGS = {"v", "vn", "d", "a", "ad", "an", "c", "i", "l", "p", "m"}


def _sole_prefecture(m: Mention) -> Division | None:
    """The one prefecture ``m`` reads as, its other readings being only that prefecture's own namesake counties
    (长沙: 长沙市 and 长沙县), else None."""
    heads = [d for d in m.divisions if d.level == "C"]
    if len(heads) != 1 or any(d is not heads[0] and (d.level != "K" or d.city != heads[0].name) for d in m.divisions):
        return None
    return heads[0]


def _framed_prefecture(text: str, m: Mention, provs: dict[str, float]) -> Division | None:
    """A bare prefecture after a word of place (在长沙落下帷幕, 从西宁来) on a page that names its province
    in a suffixed name (湖南省, or 海东市 for 西宁), else None.

    The province on the page confirms which reading the writer means; the name must not be an ordinary
    word first (大同, 开封: jieba's tag), nor run on into a longer dictionary word or modify another name
    (在成都银行, 在安康杯竞赛中, 在长沙南站)."""
    if m.full or not (text.endswith(_FRAME_BEFORE, 0, m.start) or _route_start(text, m)):
        return None
    div = _sole_prefecture(m)
    if div is None:
        return None
    if provs.get(div.province or "", 0.0) < 2.0:
        return None
    return None if _word_first(text, m) else div  # (大同; 长治久安, 三明治: the start of another word)


def _sole_reading(m: Mention) -> Division | None:
    """The one division a bare name reads as (格尔木: 格尔木市; 长沙: the prefecture over its namesake county)."""
    return m.divisions[0] if len(m.divisions) == 1 else _sole_prefecture(m)


def _framed_pair(text: str, mentions: list[Mention], i: int) -> Division | None:
    """The reading of bare name ``i`` when it is one of two bare names joined by 和/与/及 after a word of place
    and closing the clause (家在格尔木和西宁，, 从西宁与格尔木。), each with one reading and neither an
    ordinary word first, else None: two places named side by side confirm each other, as a 、-list closed by
    等地 does, with no province on the page."""
    m = mentions[i]
    for a in (i - 1, i):
        if a < 0 or a + 1 >= len(mentions):
            continue
        x, y = mentions[a], mentions[a + 1]
        if x.full or y.full or y.start != x.end + 1 or text[x.end] not in _CONJUNCTION_CHARS:
            continue
        if not text.endswith(_FRAME_BEFORE, 0, x.start) or not (y.end == len(text) or text[y.end] in _CLAUSE_END):
            continue
        readings = [_sole_reading(x), _sole_reading(y)]
        if None in readings or _word_first(text, x) or _word_first(text, y):
            continue
        return readings[i - a]  # (m is x or y)
    return None


def _route_start(text: str, m: Mention) -> bool:
    """True when ``m`` opens a route to another name (跑一趟西宁到玛多, 西宁至格尔木): the start of a trip is a place."""
    return text.startswith(_ROUTE_TO, m.end) and m.end + 1 < len(text) and _is_han(text[m.end + 1]) \
        and text[m.end + 1] not in "了过過底处處位期时時今少多于於此场場达達"  # (至今, 至少, 到底, 到场: other words)


#: What follows the place of a dateline that opens a headline or a paragraph (宜昌：…, 寻乌:…).
_DATELINE_MARKS = ("：", ":")


def _dateline_place(text: str, m: Mention, firm: tuple[dict[str, float], dict[str, float]]) -> Division | None:
    """A bare name opening a line before a colon (宜昌：夷陵区总工会…, 寻乌：…), a local paper's or station's dateline:
    where the story is, when the page confirms it (``firm``: the votes of its suffixed names, for the province, or
    for the city of a prefecture or county).  One reading only, no word first (jieba), no county too short to stand
    alone; else None."""
    if m.full or not text.startswith(_DATELINE_MARKS, m.end):
        return None
    div = _sole_reading(m)
    if div is None or _needs_parent(div) or _dictionary_tag(m.text) in _WORD_TAGS:
        return None
    provs, cities = firm
    if div.level == "P":
        return div if div.name not in _NOT_BARE and provs.get(div.name, 0.0) >= 2.0 else None
    return div if cities.get((div.name if div.level == "C" else div.city) or "", 0.0) >= 2.0 else None


def _framed_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A county written without its suffix after a word of place and before a comma or a word that ends a place
    (在玉环，当地工会…; 在秀山，县总工会…), on a page that names its city in full, else None.

    Short county names are often words, so the page must place the county: one reading only is a county whose
    city is written in full, and the name is no ordinary word first nor the start of a longer one."""
    if m.full or not text.endswith(_FRAME_BEFORE, 0, m.start) or any(d.level != "K" for d in m.divisions):
        return None
    if m.end < len(text) and (text[m.end] == "、" or _is_han(text[m.end]) and not text.startswith(_PLACE_AFTER, m.end)):
        return None  # (a 、-list is a list of places only as _listed_county reads it)
    backed = [d for d in m.divisions if not _needs_parent(d) and cities.get(d.city or "", 0.0) >= 2.0]
    if len(backed) != 1 or _word_first(text, m):
        return None
    return backed[0]


#: What joins the two ends of a route (牡丹江至绥芬河), and what may follow its far end (…线路, …方向).
_ROUTE_TO = ("至", "到")
_ROUTE_AFTER = ("线路", "線路", "线", "線", "方向", "高速", "公路", "铁路", "鐵路", "航线", "航線", "班线", "班線", "的")


def _route_county(text: str, m: Mention, start: Mention, start_ok: bool, cities: dict[str, float]) -> Division | None:
    """A county written without its suffix as the far end of a route from ``start`` (牡丹江至绥芬河线路), on a page that
    names its city in full, else None.  The start is a place taken or one naming the county's city; only one
    reading is backed by the page, it is no ordinary word first, and a route word, punctuation or the text's end
    follows."""
    if m.full or any(d.level != "K" for d in m.divisions):
        return None
    if m.end < len(text) and _is_han(text[m.end]) and not text.startswith(_ROUTE_AFTER, m.end):
        return None
    backed = [d for d in m.divisions if not _needs_parent(d) and cities.get(d.city or "", 0.0) >= 2.0]
    if len(backed) != 1 or _word_first(text, m):
        return None
    city = backed[0].city
    if not start_ok and not any(d.name == city or d.city == city for d in start.divisions):
        return None
    return backed[0]


def _taken_before(out: list[Place], m: Mention) -> bool:
    """Some reading of ``m`` is a city or county already taken from the page (廉江 after 廉江市)."""
    return any(d.name in (p.city, p.county) for p in out for d in m.divisions)


def _route_prefecture(text: str, m: Mention) -> Division | None:
    """A prefecture written without its suffix as the far end of a route whose start was taken as a place (廉江至南宁
    线路), else None: a route joins two places.  One prefecture reading only, no ordinary word first, and a route
    word, punctuation or the text's end follows (至南宁银行 is a firm)."""
    if m.full or m.end < len(text) and _is_han(text[m.end]) and not text.startswith(_ROUTE_AFTER, m.end):
        return None
    div = _sole_prefecture(m)
    return None if div is None or _word_first(text, m) else div


#: Words after a bare county that name a sight of the county's own (正定古城文化体验, 赞皇嶂石岩景区 is no such word).
_SIGHTS = ("古城", "古镇", "古鎮", "景区", "景區", "风景区", "風景區")
#: Verbs of going before a bare county (去赞皇嶂石岩, 到赞皇): where someone goes is a place.
_GO_TO = ("去", "到", "赴", "前往")


def _backed_county(m: Mention, cities: dict[str, float]) -> Division | None:
    """The one 县 reading of bare ``m`` whose city the page writes in full, every reading being a county, else None.
    (A district's short name often names a park, hotel or street of its town: 去东湖公园, 去金牛宾馆.)"""
    if m.full or any(d.level != "K" for d in m.divisions):
        return None
    backed = [d for d in m.divisions if d.name[-1] in "县縣" and d.name[:-1] not in _GENERIC_STEMS
              and cities.get(d.city or "", 0.0) >= 2.0]
    return backed[0] if len(backed) == 1 else None


def _sight_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare county before a word for its old town or scenic area (正定古城文化体验) on a page that writes its city in
    full (石家庄市), else None: the sight is named after the county, a place even when its stem is a word (正定)."""
    if not text.startswith(_SIGHTS, m.end) or m.start and _is_han(text[m.start - 1]) \
            and not text.endswith(_GO_TO + _FRAME_BEFORE, 0, m.start):
        return None
    return _backed_county(m, cities)


def _gone_to_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare county after a verb of going (去赞皇嶂石岩) on a page that writes its city in full, whose name is no
    ordinary word first nor the start of a longer one (_word_first), nor a verb's word run on (到达日…: 到达, no 达日县)."""
    if not text.endswith(_GO_TO, 0, m.start) or _word_first(text, m) or _dictionary_tag(text[m.start - 1:m.start + 1]):
        return None
    return _backed_county(m, cities)


#: Time words or modifiers + 的 before a prefecture that closes its clause (七月的宜昌，, 夏日的宜昌。): the scene.
_SCENE_END = set("，,。；;！!")


def _scene_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture after 的 that ends its clause (七月的宜昌，午后…), the page confirming it (a county of it in
    full: 西陵区), else None: a literary opening names the city the story is in."""
    if m.full or not text.endswith("的", 0, m.start) or m.end >= len(text) or text[m.end] not in _SCENE_END:
        return None
    return _confirmed_prefecture(text, m, cities)


#: A count of one firm or school right after a bare prefecture (张掖一家物流公司, 武汉一所中学): one of its firms.
_ONE_OF = ("一家", "一所")


def _counted_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture right before a count of one firm or school (张掖一家物流公司的调度员), on a page that writes it
    or one of its counties in full (甘州区), else None: the firm is there, so the prefecture is the place named.
    Not an ordinary word first (jieba), and only a prefecture (a bare province so written stays context)."""
    if m.full or not text.startswith(_ONE_OF, m.end):
        return None
    div = _sole_prefecture(m)
    if div is None or cities.get(div.name, 0.0) < 2.0 or _dictionary_tag(m.text) in _WORD_TAGS:
        return None
    return div


#: Han characters at most between a bare prefecture and the union word that closes the name it opens (淮北 +
#: 矿业集团 + 工会).
_UNION_NAME_GAP = 12


def _confirmed_prefecture(text: str, m: Mention, cities: dict[str, float], firm: bool = False) -> Division | None:
    """The one prefecture bare ``m`` reads as, when the page writes it or one of its counties in full (杜集区 for
    淮北) and the name is no ordinary word first (jieba) nor the start of a longer one (长治久安), else None.
    ``firm``: ``m`` opens a firm's or an institution's name, which a page about that body may be the only place to
    write its city in (盐城供电公司工会): a page that writes no other prefecture in full need not confirm it."""
    div = _sole_prefecture(m)
    if div is None or _dictionary_tag(m.text) in _WORD_TAGS:
        return None
    if cities.get(div.name, 0.0) < 2.0 and not (firm and not any(c != div.name for c in cities)):
        return None
    return None if any(m.end + k <= len(text) and _dictionary_tag(text[m.start:m.end + k]) for k in (1, 2)) else div


def _opens_clause(text: str, m: Mention) -> bool:
    """``m`` opens a clause or the text, or follows a function character that makes no word with it (由淮北…)."""
    if m.start == 0 or not _is_han(text[m.start - 1]):
        return True
    return text[m.start - 1] in _FUNCTION_BEFORE and not _dictionary_tag(text[m.start - 1:m.start + 1])


def _union_owner_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture that opens a union's name (淮北矿业集团工会相关负责人表示): places inside union names count.
    The name opens a clause and runs in Han characters to 工会 within a few; the page confirms the prefecture (see
    _confirmed_prefecture).  A bare province so written (湖北宜化集团工会) stays context."""
    if m.full or not _opens_clause(text, m):
        return None
    j = m.end
    while j < len(text) and j - m.end <= _UNION_NAME_GAP and _is_han(text[j]) and not text.startswith(_UNION_AFTER, j):
        j += 1
    if j == m.end or not text.startswith(_UNION_AFTER, j):
        return None
    # (a railway group named by its bureau's seat, 南昌局集团公司, and a city's commercial bank, 成都银行, a brand that
    # works in many cities, are no body of the city's own: they must confirm it)
    firm = text.endswith(_OWN_BODY_ENDS, m.end, j) and not text.startswith("局", m.end)
    div = _confirmed_prefecture(text, m, cities, firm=firm)
    if div is None:
        sole = _sole_prefecture(m)
        if sole is not None and _listed_owner_sibling(text, m, j, sole.province):
            div = _confirmed_prefecture(text, m, {sole.name: 2.0})
    return div


def _item_owner(text: str, at: int, province: str | None) -> bool:
    """The item of a union list that starts at ``at`` opens with a bare prefecture of ``province`` (桂林车务段工会)."""
    hits = scan(text[at:at + _LONGEST_FULL])
    if not hits or hits[0].start != 0 or hits[0].full:
        return False
    sole = _sole_prefecture(hits[0])
    return sole is not None and sole.province == province


def _listed_owner_sibling(text: str, m: Mention, j: int, province: str | None) -> bool:
    """The union whose name bare ``m`` opens (its union word at ``j``) is an item of a 、-list of unions of which the
    next or the previous item opens with a bare prefecture of the same province (柳州工务段工会、桂林车务段工会、南宁车辆段
    工会): the list of a province's units confirms each other's prefectures, as a list of places closed by 等地 does."""
    end = next((j + len(w) for w in _UNION_AFTER if text.startswith(w, j)), j)
    if text.startswith("、", end) and _item_owner(text, end + 1, province):
        return True
    if m.start < 2 or text[m.start - 1] != "、" or not text.endswith(_UNION_AFTER, 0, m.start - 1):
        return False
    k = m.start - 1
    while k > 0 and _is_han(text[k - 1]) and m.start - 1 - k <= _UNION_NAME_GAP + 6:
        k -= 1
    return _item_owner(text, k, province) if k == 0 or not _is_han(text[k - 1]) else False


#: jieba tags of the word right after a clause-opening bare prefecture that make it the clause's subject: the noun it
#: modifies (定西气温持续走低) or an adverb before the predicate (连日来，绵阳持续高温; 绵阳再次入选).
_SUBJECT_NEXT = ("n", "d", "vd")


def _subject_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture opening a clause's subject, the noun it modifies right after it (入冬以来，定西气温持续走低:
    the place's weather, economy, districts) or an adverb of its predicate (绵阳持续高温), the page confirming the prefecture, and no firm, institution or body
    named in the clause (定西银行, 定西公司: a body's name, not the place; 苏州打工人: 打工 is a verb)."""
    if m.full or not (m.start == 0 or text[m.start - 1] in _CLAUSE_END):
        return None
    if _dictionary_tag(text[m.end:m.end + 2]) not in _SUBJECT_NEXT or not _is_han(text[m.end + 1:m.end + 2] or "a"):
        return None
    if text.startswith(_MODIFIED, m.end) or _clause_names_body(text, m.end):
        return None
    return _confirmed_prefecture(text, m, cities)


#: Verbs of coming back from a place, a few characters after 从 + the place (刚从广东运货回来的货车司机).
_BACK_FROM = ("回来", "回來", "归来", "歸來", "返回", "赶回", "趕回")


#: One-character verbs of going and coming right after 从 + a place (从上海来, 从广东回到家乡).
_COME_GO = set("来來回去到赴赶趕")


def _trip_origin(text: str, m: Mention) -> bool:
    """A bare province or municipality after 从 that a verb of coming back closes within a few characters
    (从广东运货回来), or that a verb follows at once (从广东返乡, 从上海来, 从江苏调入): where a trip or a move came from,
    a place.  One reading only, not a name never read bare (吉林, 海南), no word first, and no firm or body named in
    between (从湖南建工集团回来)."""
    if not _province_level(m) or not text.endswith(("从", "從"), 0, m.start):
        return False
    if _word_first(text, m):
        return False
    if text[m.end:m.end + 1] in _COME_GO or _dictionary_tag(text[m.end:m.end + 2]) in ("v", "vn"):
        return not _clause_names_body(text, m.end)
    j = m.end
    while j < len(text) and j - m.end <= 6 and _is_han(text[j]) and not text.startswith(_BACK_FROM, j):
        j += 1
    if not text.startswith(_BACK_FROM, j):
        return False
    return _BODY_WORD_RX.search(text, m.end, j) is None


#: A common word's count in jieba's dictionary (会同 859: "jointly with"), from which a county's stem read inside prose
#: may be that word.
_COMMON_STEM = 100
#: Adverbs and conjunctions that stand before a verb, not before a name (并会同, 还会同, 也会同): a county's stem right
#: after one is read as a verb.
_VERB_ADVERBS = set("并並还還也又再均都亦")
#: Last characters of a short organ name after a level word (县人社局, 县总工会, 县委, 县政府办).
_ORGAN_ENDS = set("局委办辦院会會府所站室部厅廳处處")


def _word_across_level(text: str, m: Mention, provs: dict[str, float], cities: dict[str, float]) -> bool:
    """A county's full name read across a word and a level word that opens a short organ name (并会同县人社局加强…:
    the verb 会同, then 县人社局, the page's own county's bureau).  The stem is a common dictionary word right after
    an adverb or conjunction that opens a verb phrase (并, 还, 也), an organ ends within a few characters after, and
    the page names nothing else of that county's city or province, while it names another city in full (晋中市, or
    one of its counties: 平遥县)."""
    if not m.start or text[m.start - 1] not in _VERB_ADVERBS:
        return False
    if len(m.divisions) != 1 or m.divisions[0].level != "K" or len(m.text) != 3:
        return False
    if not any(c in _ORGAN_ENDS for c in text[m.end:m.end + 4]):
        return False
    div = m.divisions[0]
    own = _votes(m)[0][2]
    if cities.get(div.city or "", 0.0) > own or provs.get(div.province or "", 0.0) > own:
        return False
    if not any(w >= 2.0 for c, w in cities.items() if c != div.city):
        return False  # (the page is about no other city: its one county may well be this one)
    from .people import _entry

    parts = _entry(m.text[:2])
    return len(parts) > 2 and parts[1].isdigit() and int(parts[1]) >= _COMMON_STEM and parts[2] != "ns"


def _province_before_county(text: str, m: Mention, nxt: Mention | None, cities: dict[str, float]) -> bool:
    """A bare province written right before one of its own counties, the page placing that county (黑龙江宝清经济开发区
    on a page that writes 宝清县 in full): the province is named as a place.  The county must read as that province's
    only, its city must have the weight of a full name on the page, and the clause must name no firm or institution
    (云南盘龙建设公司: a firm's name); a municipality is left out (天津红桥分公司)."""
    if nxt is None or nxt.start != m.end or not _sole_bare_province(m):
        return False
    prov = m.divisions[0].name
    own = [d for d in nxt.divisions if d.level == "K" and d.province == prov]
    if len(own) != 1 or len(nxt.divisions) != 1 or cities.get(own[0].city or "", 0.0) < 2.0:
        return False
    return not _clause_names_body(text, nxt.end)


def _province_level(m: Mention) -> bool:
    """``m`` is a bare province that may be read bare (_sole_bare_province), or a bare municipality (上海: a province
    and a city of one name)."""
    if _sole_bare_province(m):
        return True
    div = m.divisions[0] if m.divisions else None
    return (not m.full and div is not None and div.name in _MUNICIPALITIES
            and all(d.name == div.name and d.level in "PC" for d in m.divisions))


#: Verbs of going back and forth between two places (往返江山与上海之间, 往来于沪杭两地), and what closes such a pair.
_ROUTE_VERBS = ("往返", "来往", "來往", "往来", "往來", "穿梭", "奔波", "辗转", "輾轉")
_ROUTE_END = ("之间", "之間", "两地", "兩地")
_AND_PLACE = set("与和與及跟同")


def _route_end(text: str, m: Mention) -> bool:
    """A bare province or municipality named as one end of a route: right after a verb of going back and forth
    (往返上海与江山之间, 往返于上海和…), or joined by 与/和 to the other end before 之间 or 两地, or in a clause that opens
    with such a verb (往返于江山和上海).  No word first and no firm or body named after it (与上海交通大学之间)."""
    if not _province_level(m) or _word_first(text, m):
        return False
    k = m.start - 1 if text.endswith(("于", "於"), 0, m.start) else m.start
    if text.endswith(_ROUTE_VERBS, 0, k):
        return not _clause_names_body(text, m.end)
    if not m.start or text[m.start - 1] not in _AND_PLACE:
        return False
    if text.startswith(_ROUTE_END, m.end):
        return True
    lo = m.start - 1
    while lo > 0 and text[lo - 1] not in _CLAUSE_END and m.start - lo < 16:
        lo -= 1
    return any(v in text[lo:m.start] for v in _ROUTE_VERBS) and not _clause_names_body(text, m.end)


def _word_first(text: str, m: Mention) -> bool:
    """The bare name is an ordinary word first (jieba's tag), runs on into a longer dictionary word
    (长治久安, 武侯祠), or modifies another name (在成都银行)."""
    if _dictionary_tag(m.text) in _WORD_TAGS or text.startswith(_MODIFIED, m.end):
        return True
    return any(m.end + k <= len(text) and _dictionary_tag(text[m.start:m.end + k]) for k in (1, 2))


#: Words that end the name of a firm or an institution: a city and county glued before one name its branch
#: (佛山南海支行), not a place the page is in.
_BODY_ENDS = ("银行", "銀行", "支行", "分行", "公司", "集团", "集團", "医院", "醫院", "中心", "大学", "大學", "学院",
              "學院", "学校", "學校", "分局", "营业部", "營業部")
# A firm's, an institution's or a modified name's word anywhere in a span (_clause_names_body, _trip_origin): one search.
_BODY_WORD_RX = recode.compile("|".join(map(re.escape, _BODY_ENDS + _MODIFIED)))


#: The body words of _BODY_ENDS that end a firm's or an institution's own name (not a bank's: 成都银行).
_OWN_BODY_ENDS = tuple(w for w in _BODY_ENDS if not w.endswith("行"))


def _chain_county(text: str, head: Division, m: Mention) -> Division | None:
    """The county of a bare name written right after its own city as one place (佛山南海狮山，台州市玉环), else None.

    The city and its county are a place chain when the county reading is the mention's only one under that
    city, the name is no word first, and the chain ends within a short town name at a non-Han character,
    not in a firm's or institution's name (佛山南海支行)."""
    if m.full or head.level != "C":
        return None
    own = [d for d in m.divisions if d.level == "K" and d.city == head.name and not _needs_parent(d)]
    return own[0] if len(own) == 1 and _chain_ends(text, m) else None


@functools.lru_cache(maxsize=2048)
def _dictionary_tag(word: str) -> str:
    """jieba's tag for ``word`` ("" when its dictionary does not list it; a traditional word is looked up
    in simplified script)."""
    from .people import _dictionary_parts, _simplified

    parts = _dictionary_parts(word) or _dictionary_parts(_simplified(word))
    return parts[2] if len(parts) > 2 else ("?" if parts else "")


def _pair_city(text: str, m: Mention, nxt: Mention | None) -> Division | None:
    """The prefecture of a bare province written right before it as one place, else None.

    A dateline-style "province + its prefecture" (江西宜春：, 四川泸州：, 江西宜春市袁州区), or such a pair
    after a word of place and before an event verb, 的, a comma (来自湖南邵阳的骑手, 在新疆乌鲁木齐，) or a verb of
    what is done there (在广东东莞做了8年), or before a count of one firm or school (江西宜春一家公司的女职工): both
    are places.  Not a firm's branch name (天津红桥分公司: a
    municipality and a bare district glued to a word)."""
    if (nxt is None or nxt.start != m.end or m.full or len(m.divisions) != 1 or m.divisions[0].level != "P"
            or m.divisions[0].name in _NOT_PAIRED):
        return None
    prov = m.divisions[0].name
    own = [d for d in nxt.divisions if d.province == prov and d.level == "C"]
    if len(own) != 1:
        return None
    if (nxt.full or nxt.end >= len(text) or not _is_han(text[nxt.end])
            or _placed(text, m.start, nxt.end)
            or _pair_then_verb(text, m.start, nxt.end)
            or _pair_between(text, m.start, nxt.end)
            or _native_of(text, m.start, nxt.end)
            or _county_follows(text, nxt.end, own[0].name)
            or text.startswith(_ONE_OF, nxt.end)  # (江西宜春一家锂电公司: the firm is there)
            or text.startswith(_ZONE_HEADS, nxt.end) and _heads_zone(text, nxt.end)):  # (甘肃张掖经济技术开发区)
        return own[0]
    return None


def _pair_then_verb(text: str, start: int, end: int) -> bool:
    """The pair ``text[start:end]`` stands after a word of place and before a verb (在广东东莞做了8年服装, 在浙江杭州
    打工): where someone works or lives, a place; no firm or body named in the clause after it (在湖南长沙建设银行)."""
    if not text.endswith(_FRAME_BEFORE, 0, start) or _dictionary_tag(text[end:end + 1]) != "v" \
            and _dictionary_tag(text[end:end + 2]) not in ("v", "vn"):
        return False
    return not _clause_names_body(text, end)


#: The second half of "between A and B" (往返于准格尔旗和河北唐山之间): a conjunction before the pair, 之间 after it.
_BETWEEN_AND = ("和", "与", "與", "及", "同", "跟")
_BETWEEN = ("之间", "之間")


def _pair_between(text: str, start: int, end: int) -> bool:
    """The pair ``text[start:end]`` closes a span "between A and B" (往返于准格尔旗和河北唐山之间): the two ends of a
    route or a distance, places; _pair_then_verb's frame (a word of place before it) does not reach there, as the
    word of place (于) governs the first end."""
    return text.startswith(_BETWEEN, end) and text.endswith(_BETWEEN_AND, 0, start)


def _county_follows(text: str, at: int, city: str) -> bool:
    """A county of ``city`` is written in full at ``at`` (陕西榆林神木市: the chain down to the county)."""
    for m in scan(text[at:at + _LONGEST_FULL]):
        if m.start == 0 and m.full:
            return any(d.level == "K" and d.city == city for d in m.divisions)
        break
    return False


def _place_list(text: str, mentions: list[Mention], i: int, loose_end: bool = False) -> range | None:
    """Indexes of the bare 、-list closed by 等地 that mention ``i`` is in (泰宁、将乐、建宁等地), else None.

    Every item is a gazetteer name standing alone between 、 marks, the first after a word of place or
    a non-Han character (or after the province of a first prefecture: 江西赣州、瑞金等地), and there are
    two items at least.  ``loose_end``: any 等 closes the list (在府谷、横山等煤炭主产区, 在罗庄、沂南等7个
    县区), or a word for "there" (无为、湾沚那边), for counties the page itself must confirm."""
    lo = i
    while lo > 0 and mentions[lo - 1].end + 1 == mentions[lo].start and text[mentions[lo].start - 1] == "、":
        lo -= 1
    hi = _list_last(text, mentions, i)
    if hi == lo:
        return None
    counted = loose_end and _counted_list(text, mentions, lo, hi)
    if not counted and not text.startswith(_LIST_CLOSE if loose_end else _LIST_END, mentions[hi].end):
        return None
    first = mentions[lo].start
    if lo and mentions[lo - 1].end == first and _pair_city(text, mentions[lo - 1], mentions[lo]) is not None:
        first = mentions[lo - 1].start  # the list opens after its province (来自江西赣州、瑞金等地)
    if (first and _is_han(text[first - 1]) and not text.endswith(_TO_PLACE, 0, first) and not counted
            and not (loose_end and _typed_list(text, mentions, lo, hi)) and not _modified_list(text, mentions, first, hi)):
        return None
    return range(lo, hi + 1)


#: A list's own count and its items' level right after its last item (湾沚、繁昌、南陵、无为4家县公司, 府谷、横山两县):
#: a numeral, maybe a measure word, then a level word.
_COUNTED_END = recode.compile(r"(\d{1,2}|[两兩二三四五六七八九十])(?:个|個|家)?(?:县|縣|区|區|市|旗)")
_SMALL_NUMERALS = {c: n for n, cs in enumerate(("", "", "二两兩", "三", "四", "五", "六", "七", "八", "九", "十"))
                   for c in cs}


def _counted_list(text: str, mentions: list[Mention], lo: int, hi: int) -> bool:
    """The 、-list of mentions ``lo``..``hi`` is closed by its own count and a level word (湾沚、繁昌、南陵、无为4家县
    公司: four items, then 4 and 县), and every item is a bare name with a county-level reading: an enterprise page's
    list of its county branches names the counties by their short names.  A count that is not the list's length
    (…、无为8支代表队) says nothing about the items."""
    at = mentions[hi].end
    if at >= len(text) or not (text[at].isdigit() or text[at] in _SMALL_NUMERALS):
        return False  # (one cheap test: most lists end with 等 or a word)
    mt = _COUNTED_END.match(text, at)
    if mt is None:
        return False
    n = int(mt.group(1)) if mt.group(1).isdigit() else _SMALL_NUMERALS[mt.group(1)]
    return n == hi - lo + 1 and all(
        not mentions[j].full and any(d.level == "K" for d in mentions[j].divisions) for j in range(lo, hi + 1))


def _modified_list(text: str, mentions: list[Mention], first: int, hi: int) -> bool:
    """The list starting at ``first`` follows the 的 of a modifier and ends in 等地 (高速沿线的綦江、江津等地): the
    modifier says where, 等地 that the items are places."""
    return text[first - 1] == "的" and text.startswith(_LIST_END, mentions[hi].end)


#: The end of a list that names its items' level (与思明、集美等区的驿站, 东兰、凤山等县): 等 and the level word.
_TYPED_END = {"等区": "区", "等區": "區", "等县": "县", "等縣": "縣", "等旗": "旗"}


def _typed_list(text: str, mentions: list[Mention], lo: int, hi: int) -> bool:
    """The 、-list of mentions ``lo``..``hi`` ends with 等 and a level word (思明、集美等区) that some county reading
    of every item ends with: the list says what its items are, so it needs no word of place before it (与思明…)."""
    level = _TYPED_END.get(text[mentions[hi].end:mentions[hi].end + 2])
    return level is not None and all(
        not mentions[j].full and any(d.level == "K" and d.name.endswith(level) for d in mentions[j].divisions)
        for j in range(lo, hi + 1))


def _listed_prefecture(text: str, mentions: list[Mention], i: int) -> Division | None:
    """The prefecture a bare name means that is also its own namesake county's (南昌: 南昌市 and 南昌县), as an item
    of a 、-list of bare prefectures (分赴福州、厦门、南昌、赣州等地), else None: in a list of cities it is the city."""
    m = mentions[i]
    head = _sole_prefecture(m)
    if m.full or head is None:
        return None
    items = _place_list(text, mentions, i, loose_end=True)
    if items is None:
        return None
    others = [mentions[j] for j in items if j != i]
    if all(not x.full and any(d.level == "C" for d in x.divisions) and all(d.level in "CK" for d in x.divisions)
           for x in others) and any(len(x.divisions) == 1 for x in others):
        return head
    return None


def _sole_bare_province(m: Mention) -> bool:
    """``m`` is a bare name with one reading only, a province that may be read bare (not 吉林, 海南)."""
    return not m.full and len(m.divisions) == 1 and m.divisions[0].level == "P" and m.divisions[0].name not in _NOT_BARE


def _clause_names_body(text: str, at: int) -> bool:
    """The clause from ``at`` to its end names a firm, an institution or a body (湖南建工集团的, 新疆各级工会)."""
    return _BODY_WORD_RX.search(text, at, _clause_end(text, at)) is not None


def _province_of(text: str, m: Mention) -> bool:
    """A bare province after 是 that the clause makes a place of (城固是陕西茶叶主产区之一: "is one of Shaanxi's
    …"), as _native_of reads 是广西人: one reading only, not a name never read bare (吉林, 海南), no word first
    (jieba), and no firm or institution named after it in the clause (是湖南建工集团的)."""
    if not _sole_bare_province(m):
        return False
    if not text.endswith("是", 0, m.start) or m.end >= len(text) or not _is_han(text[m.end]):
        return False
    if _word_first(text, m):
        return False
    return not _clause_names_body(text, m.end)


#: Words before a bare province that make it what the phrase after it belongs to (作为新疆重要的…基地: "as Xinjiang's
#: important …").
_AS_BEFORE = ("作为", "作為")
#: Han characters at most between a bare province and the 的 of its phrase (新疆 + 重要 + 的, 广西 + 最大 + 的).
_PHRASE_GAP = 3
#: jieba tags of the word in that gap: an adjective, a distinguishing word, an adverb, a pronoun or a place word
#: (重要, 主要, 最, 各地, 当地).
_GAP_TAGS = ("a", "b", "d", "r", "s")


def _province_phrase(text: str, m: Mention) -> bool:
    """A bare province that opens a 的-phrase about it (作为新疆重要的优质棉生产基地, ，广西最美的…): after 作为, a
    word of place or a clause's start, then at most a short word before 的, as _native_of reads 是广西人.  One
    reading only, not a name never read bare (吉林, 海南), no word first (jieba), and no firm, institution or body
    named in the clause (湖南建工集团的钢筋工, 新疆各级工会)."""
    if not _sole_bare_province(m):
        return False
    if m.start and _is_han(text[m.start - 1]) and not text.endswith(_TO_PLACE + _AS_BEFORE, 0, m.start):
        return False
    j = text.find("的", m.end, m.end + _PHRASE_GAP + 1)
    if j < 0 or not all(_is_han(c) for c in text[m.end:j]) or _word_first(text, m):
        return False
    if j > m.end and not _dictionary_tag(text[m.end:j]).startswith(_GAP_TAGS):
        return False  # 湖北宜化的职工: a firm's short name, not a word about the province
    return not _clause_names_body(text, m.end)


#: What may follow a province's 工会 in a site's or app's name (浙江工会网, 江苏工会APP, 浙江工会之家): no prose there.
_SITE_AFTER_UNION = frozenset("网網之会會")


def _province_union_work(text: str, m: Mention) -> bool:
    """A bare province before 工会 as the province's union movement, the object of a verb and followed by what it
    does (擦亮浙江工会服务职工品牌: "polish the brand of Zhejiang's unions serving workers"): one reading only, a
    verb (jieba's v, vn) right before it, and prose after 工会, not a site's or app's name (浙江工会网, 江苏工会”APP)."""
    if not _sole_bare_province(m) or m.start < 2 or not text.startswith(("工会", "工會"), m.end):
        return False
    nxt = text[m.end + 2:m.end + 3]
    if not nxt or not _is_han(nxt) or nxt in _SITE_AFTER_UNION:
        return False
    return _dictionary_tag(text[m.start - 2:m.start]) in ("v", "vn")


#: Opening quotes of a festival's or campaign's name written right after a bare province (广西“三月三”).
_TITLE_OPEN = {"“": "”", "「": "」", "『": "』"}
#: Longest quoted name read as an event's (浙江“千万工程”, 广西“三月三”): a short title, not a quoted sentence.
_TITLE_LONGEST = 12


def _province_before_title(text: str, m: Mention) -> bool:
    """A bare province that owns the quoted festival or campaign named right after it (举办广西“三月三”民族体育项目展示,
    浙江“千万工程”): one reading only, not a name never read bare (吉林, 海南), after no Han character or after one
    Han character that makes a dictionary word with its first (举办广西“三月三”, 和广西“三月三”; not inside a word), a
    short quoted name closed, and no firm or institution named after it (广西“柳工”集团: the firm's name)."""
    close = _TITLE_OPEN.get(text[m.end:m.end + 1])
    if close is None or not _sole_bare_province(m):
        return False
    if m.start and _is_han(text[m.start - 1]) and _dictionary_tag(text[m.start - 1:m.start + 1]):
        return False
    j = text.find(close, m.end + 2, m.end + 2 + _TITLE_LONGEST)
    if j < 0 or _word_first(text, m):
        return False
    return not _clause_names_body(text, j + 1)


def _listed_county(text: str, mentions: list[Mention], i: int, cities: dict[str, float]) -> Division | None:
    """A county written without its suffix as an item of a list of places (在泰宁、将乐、建宁等地), else None.

    Short county names are often ordinary words, so the page must place the county itself: its city
    has the weight of a full name (the city, a sibling county named in full) outside the list."""
    m = mentions[i]
    counties = [d for d in m.divisions if d.level == "K"]
    if m.full or not counties:
        return None
    items = _place_list(text, mentions, i, loose_end=True)
    if items is None:
        return None
    own: dict[str, float] = {}  # the list's own votes, taken off the page's
    heads: set[str] = set()  # prefectures the list itself names as items (江西赣州、瑞金等地)
    for j in items:
        if not _loose(mentions[j]):
            for _p, c, w in _votes(mentions[j]):
                if c:
                    own[c] = own.get(c, 0.0) + w
        if j != i and len(mentions[j].divisions) == 1 and mentions[j].divisions[0].level == "C":
            heads.add(mentions[j].divisions[0].name)
    strict = text.startswith(_LIST_END, mentions[items[-1]].end)
    backed = [d for d in counties if d.name[:-1] not in _GENERIC_STEMS
              and (cities.get(d.city or "", 0.0) - own.get(d.city or "", 0.0) >= 2.0
                   or (strict and d.city in heads))]
    return backed[0] if len(backed) == 1 else None


def _context(mentions: list[Mention]) -> tuple[dict[str, float], dict[str, float]]:
    """Votes for provinces and cities from every unambiguous hit (full names weigh more)."""
    provs: dict[str, float] = {}
    cities: dict[str, float] = {}
    pget, cget = provs.get, cities.get
    for m in mentions:
        v = _VOTES_BY[m.full].get(m.text)  # (_votes inlined: a page has dozens of mentions)
        for p, c, w in (v if v is not None else _votes(m)):  # in the same order as ever: float sums bit-identical
            if p:
                provs[p] = pget(p, 0.0) + w
            if c:
                cities[c] = cget(c, 0.0) + w
    return provs, cities


def _votes(m: Mention) -> tuple[tuple[str | None, str | None, float], ...]:
    """(province, city, weight) that each division of a mention votes for; made once per spelling."""
    votes = _VOTES_BY[m.full]
    v = votes.get(m.text)
    if v is None:
        w = (2.0 if m.full else 1.0) / len(m.divisions)
        v = votes[m.text] = tuple((d.name if d.level == "P" else d.province, d.name if d.level == "C" else d.city, w)
                                  for d in m.divisions)
    return v


#: _votes by spelling, for bare [False] and full [True] mentions: a spelling's divisions are the gazetteer's, the
#: same on every page.
_VOTES_BY: tuple[dict[str, tuple[tuple[str | None, str | None, float], ...]], ...] = ({}, {})


def _choose(divs: list[Division], provs: dict[str, float], cities: dict[str, float]) -> Division | None:
    """The one division among namesakes that the page's context supports, else None."""
    if len(divs) == 1:
        return divs[0]
    for votes, attr in ((cities, "city"), (provs, "province")):
        scored = [(votes.get(getattr(d, attr) or "", 0.0), d) for d in divs]
        best = max(s for s, _ in scored)
        top = [d for s, d in scored if s == best]
        if best > 0 and len(top) == 1:
            return top[0]
    return None


def _is_trad_mention(key: str, page_trad: bool) -> bool:
    """Script of a mention: its own when its form differs between scripts, else the page's (made once per
    spelling and page script: the answer is the gazetteer's)."""
    v = _TRAD_MENTION.get((key, page_trad))
    if v is None:
        v = _TRAD_MENTION[key, page_trad] = _trad_mention(key, page_trad)
    return v


#: _is_trad_mention by (spelling, page script).
_TRAD_MENTION: dict[tuple[str, bool], bool] = {}


def _trad_mention(key: str, page_trad: bool) -> bool:
    """_is_trad_mention, computed."""
    gaz = gazetteer()
    if key in gaz.trad_keys:
        return True
    divs, _ = gaz.lookup(key)
    if any(key == d.name and d.t_name != d.name for d in divs):
        # the simplified spelling: simplified writing, unless a traditional page uses it too (昆山市 for 崑山市)
        # (a variant character the page's standard writes, 赤峰 for the gazetteer's 赤峯, is traditional writing too)
        return page_trad and all(c in gaz.trad_chars for c in fold_variants(key))
    return page_trad


def _resolved(m: Mention, div: Division | None, page_trad: bool) -> Place:
    """The Place for a mention, with null parents when its division stayed ambiguous."""
    trad = _is_trad_mention(m.text, page_trad)
    if div is not None:
        return div.place(m.text, trad)
    d0 = m.divisions[0]
    if d0.level == "K":
        return Place(m.text, None, None, d0.t_name if trad else d0.name)
    return Place(m.text, None, None, None)


#: Endings of the functional zones the gazetteer lists among counties (芜湖经济技术开发区, 长沙高新技术产业开发区,
#: 南阳市城乡一体化示范区): they carry statistics codes but are no administrative division, and no gold lists one.
_ZONE_ENDS = ("开发区", "产业园区", "示范区")


def find_places(text: str) -> list[Place]:
    """Administrative divisions named with their suffix in ``text``, in order of first mention."""
    if not text:
        return []
    mentions = scan(text)
    provs, cities = _context([m for m in mentions if not _loose(m)])
    page_trad = _page_is_trad(text)
    out: list[Place] = []
    seen: set[tuple] = set()
    bare_at: dict[tuple, int] = {}  # key -> index in out of a place so far named only bare
    prev: Mention | None = None
    pair: tuple[int, Division] | None = None  # the prefecture after a bare province taken as a pair (湖南邵阳)
    firm: tuple[dict[str, float], dict[str, float]] | None = None  # votes of suffixed names only, made when needed
    prev_ok, prev_div = False, None  # whether the last mention was taken, and its city when it names one
    for i, m in enumerate(mentions):
        div = None
        if m.full:
            ok = _accept(text, m, prev, cities, provs) and not _word_across_level(text, m, provs, cities)
        elif pair is not None and pair[0] == i:
            ok, div = True, pair[1]
        else:
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            listed = nxt is not None and nxt.start == m.end + 1 and text[m.end] == "、" and _opens_place_list(
                text, mentions, i)
            ok = _bare_prefecture(text, m, nxt, listed)
            if ok and nxt is not None and not nxt.full:
                city = _pair_city(text, m, nxt)
                if city is not None:
                    pair = (i + 1, city)
            if not ok and (text.startswith("、", m.end) or m.start and text[m.start - 1] == "、"):
                div = _listed_prefecture(text, mentions, i) or _listed_county(text, mentions, i, cities)
                ok = div is not None
            if not ok:
                ok = (_province_of(text, m) or _province_phrase(text, m) or _province_union_work(text, m)
                      or _province_before_title(text, m))
            if not ok:
                if firm is None:
                    firm = _context([x for x in mentions if x.full and not _loose(x)])
                div = _framed_prefecture(text, m, firm[0])
                ok = div is not None
            if not ok and (m.start == 0 or text[m.start - 1] == "\n"):
                div = _dateline_place(text, m, firm)  # 宜昌：夷陵区总工会…: a headline's or paragraph's dateline
                ok = div is not None
            if not ok:
                div = _framed_county(text, m, firm[1])
                ok = div is not None
            if not ok:
                div = _framed_pair(text, mentions, i)  # 家在格尔木和西宁，: two bare places side by side
                ok = div is not None
            if not ok:
                div = _counted_prefecture(text, m, firm[1]) or _union_owner_prefecture(text, m, firm[1]) \
                    or _subject_prefecture(text, m, firm[1]) or _scene_prefecture(text, m, firm[1]) \
                    or _sight_county(text, m, firm[1]) or _gone_to_county(text, m, firm[1])
                ok = div is not None
            if not ok and prev is not None and prev.end == m.start - 1 and text[prev.end] in _ROUTE_TO:
                div = _route_county(text, m, prev, prev_ok, firm[1])  # 牡丹江至绥芬河线路: a route's far end
                if div is None and (prev_ok or _taken_before(out, prev)):
                    div = _route_prefecture(text, m)  # 廉江至南宁线路: a bare prefecture at the far end
                ok = div is not None
            if not ok and m.divisions[0].level == "P":  # (a province first: most bare names are no province)
                ok = _trip_origin(text, m) or _route_end(text, m) or _province_before_county(text, m, nxt, cities)
            if not ok and prev_ok and prev is not None and prev.end == m.start and prev_div is not None:
                div = _chain_county(text, prev_div, m)  # 台州市玉环: a city, then its own county bare
                ok = div is not None
            if not ok:
                heads = [d for d in m.divisions if d.level == "C"]
                if len(heads) == 1 and nxt is not None and nxt.start == m.end:
                    county = None if nxt.full else _chain_county(text, heads[0], nxt)
                    if county is not None:  # 佛山顺德容桂，: a bare city, then its own county bare
                        ok, div, pair = True, heads[0], (i + 1, county)
                elif len(heads) == 1 and _stem_county(text, m.end, heads[0]) is not None:
                    ok, div = True, heads[0]  # 坐标佛山南海狮山: a bare city, then its own district's stem
        prev = m
        prev_ok = ok
        if not ok:
            continue
        if div is None:
            div = _choose(m.divisions, provs, cities)
        prev_div = div if div is not None and div.level == "C" else None
        if div is not None and div.level == "K" and div.name.endswith(_ZONE_ENDS):
            continue  # (a development zone has a statistics code, not a county's government: no place)
        _add_place(out, seen, bare_at, m, div, page_trad)
        if prev_div is not None and (i + 1 == len(mentions) or mentions[i + 1].start != m.end):
            stem = _stem_county(text, m.end, prev_div)
            if stem is not None:
                _add_place(out, seen, bare_at, Mention(m.end, m.end + len(stem[0]), stem[0], [stem[1]], False),
                           stem[1], page_trad)
    return _page_variants(out, text) if page_trad else out


def _page_variants(places: list[Place], text: str) -> list[Place]:
    """Traditional parents written with the page's variant characters: a page that writes 赤峰 (the Taiwan and
    Hong Kong form) gets 赤峰市 as the city of 寧城縣, not the gazetteer's 赤峯市 (names stay as written)."""
    own = {g: c for c, g in _VARIANTS.items() if c in text and g not in text}
    if not own:
        return places
    table = str.maketrans(own)
    for p in places:
        p.province, p.city, p.county = (x.translate(table) if x else x for x in (p.province, p.city, p.county))
    return places


def _add_place(out: list[Place], seen: set[tuple], bare_at: dict[tuple, int], m: Mention, div: Division | None,
               page_trad: bool) -> None:
    """Add the place of a taken mention to ``out`` once; a full name replaces the bare one written before it."""
    key = (div.level, div.name, div.province, div.city) if div else ("?", m.text)
    if key in seen:
        if m.full and key in bare_at and (div is None or m.text in (div.name, div.t_name) or div.level != "K"):
            # the full name, once written, names the place (江西宜春 … 江西省)
            out[bare_at.pop(key)] = _resolved(m, div, page_trad)
        return
    seen.add(key)
    if not m.full or div is not None and div.level == "K" and m.text not in (div.name, div.t_name):
        bare_at[key] = len(out)  # (an autonomous county's short name + 县, 威宁县, gives way to its name too)
    out.append(_resolved(m, div, page_trad))


@functools.lru_cache(maxsize=1)
def _county_rows() -> dict[str, list[int]]:
    """Gazetteer rows of the county-level divisions under each prefecture (by its simplified name): rows, not
    Divisions, so that a page pays for the Divisions of its own cities only."""
    out: dict[str, list[int]] = {}
    for i, r in enumerate(gazetteer().rows):
        if r[0] == "K" and r[6]:
            out.setdefault(r[6], []).append(i)
    return out


_STEMS: dict[str, dict[str, list]] = {}


def _stem_firsts(city: str) -> frozenset[str]:
    """First characters of the names of a city's county-level divisions, both scripts: a superset of the keys of
    _county_stems(city), read from the gazetteer's rows (no Division made). Built once per city."""
    v = _FIRSTS.get(city)
    if v is None:
        rows = gazetteer().rows
        v = _FIRSTS[city] = frozenset(name[0] for i in _county_rows().get(city, ()) for name in (rows[i][1], rows[i][3])
                                      if name)
    return v


_FIRSTS: dict[str, frozenset[str]] = {}


def _county_stems(city: str) -> dict[str, list[tuple[tuple[str, ...], Division]]]:
    """_stem_county's candidates under a city, by first character: each county's stems (its name and its
    traditional name without the suffix, in that order) when the name may stand alone. Built once per city."""
    if city not in _STEMS:
        out: dict[str, list] = {}
        gaz = gazetteer()
        for d in map(gaz.division, _county_rows().get(city, ())):
            stems = tuple(name[:-1] for name in dict.fromkeys((d.name, d.t_name))
                          if len(name) >= 3 and name[-1] in "区區县縣市旗")
            if stems and not _needs_parent(d):
                for first in dict.fromkeys(st[0] for st in stems):
                    out.setdefault(first, []).append((tuple(st for st in stems if st[0] == first), d))
        _STEMS[city] = out
    return _STEMS[city]


def _stem_county(text: str, at: int, city: Division) -> tuple[str, Division] | None:
    """(stem, county) when ``text`` writes at ``at``, right after ``city``, one of its districts or counties by
    its name without the suffix (佛山 + 南海 for 南海区, a stem the gazetteer lists no short form for), ending the
    chain as _chain_county asks; else None.  Read only right after the city, where the stem cannot be a word."""
    first = text[at:at + 1]
    if first not in _stem_firsts(city.name):
        return None  # (a city is mostly followed by a character none of its counties starts with: no table built)
    found = []
    for stems, d in _county_stems(city.name).get(first, ()):
        for stem in stems:
            if text.startswith(stem, at):
                found.append((stem, d))
                break
    if len(found) != 1:
        return None
    stem, d = found[0]
    probe = Mention(at, at + len(stem), stem, [d], False)
    return found[0] if _chain_ends(text, probe) else None


def _chain_ends(text: str, m: Mention) -> bool:
    """A city's bare county ``m`` ends the chain: it is no word first, and within a short town name (狮山) a
    non-Han character follows, not a firm's or institution's name (佛山南海支行)."""
    if _word_first(text, m):
        return False
    j = m.end
    while j < len(text) and j - m.end <= 4 and _is_han(text[j]):
        j += 1
    return j - m.end <= 4 and not text[m.end:j].endswith(_BODY_ENDS)


#: What only a Taiwanese page writes: a Republic of China year (民國113年), the state's name, its currency,
#: its labour ministry (勞動部), its sites' "printer-friendly" button (友善列印).
_TW_MARK = recode.compile(r"(?:民國|民国)\s*\d{2,3}\s*年|中華民國|新臺幣|新台幣|勞動部|友善列印")
#: A Republic of China date after a date label (發布日期：113-07-15): a three-digit year 100-199.
_ROC_LABELLED = recode.compile(r"(?:日期|時間)\s*[:：]\s*1\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?![\d.\-/])")


def taiwanese_page(text: str, header: Iterable[str] = ()) -> bool:
    """True for a page written in Taiwan: traditional script and a Taiwanese marker in the text or in its
    removed ``header`` lines (a ROC date, 中華民國, 新臺幣, 勞動部, 友善列印).

    Such a page names its own places (臺中市, 西屯區) the way the mainland gazetteer files them under 台湾省;
    the layouts' convention for Hong Kong, Macau and Taiwan pages is no places at all."""
    if not text or not _page_is_trad(text):
        return False
    blob = "\n".join((text, *header))
    return bool(_TW_MARK.search(blob) or _ROC_LABELLED.search(blob))


#: Taiwan's province as the gazetteer files it (simplified and traditional).
_TAIWAN_PROVINCE = ("台湾省", "臺灣省")


def taiwan_page_places(places: list[Place], text: str) -> list[Place]:
    """The places a Taiwanese page (``taiwanese_page``) lists: the mainland divisions in a province the page names
    (a cross-strait report on 晉江市 with 福建省 in the text), not its own places (filed under 台湾省) nor a
    mainland namesake of its own districts (大安區 read as 自貢市's, 中山區 as 大連市's), whose province the page
    never names."""
    kept = [p for p in places if p.province and p.province not in _TAIWAN_PROVINCE]
    if not kept:
        return []
    named = {name for d in locality_votes(text)["P"] for name in (d.name, d.t_name)}
    return [p for p in kept if p.province in named]


#: Endings of a city union's own site or account name (绍兴工会网, 芜湖工会).
_UNION_SITE = recode.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:总工会|總工會|工会网|工會網|工会|工會)$")


def site_place(site: str | None, text: str) -> Place | None:
    """The city a city union's site is named after (绍兴工会网 → 绍兴市) when the text names it too, or None.

    A bare city name in the text (推动绍兴高质量发展) is only context by itself; on a page of that city's
    own union site or account (named by the bare prefecture name: 绍兴工会网, 芜湖工会) it is the city the
    page is about.  A site alone, its city never named in the text, adds nothing.  Only a name that
    stands for exactly one prefecture-level city counts (not 江城, 朝阳, nor a province like 广东)."""
    mt = _UNION_SITE.match(site or "")
    if not mt or mt["name"] not in text:
        return None
    divs, full = gazetteer().lookup(mt["name"])
    cities = [d for d in divs if d.level == "C"]
    if full or len(cities) != 1 or len(divs) != 1:
        return None
    div = cities[0]
    trad = mt["name"] in gazetteer().trad_keys or _page_is_trad(text)
    return div.place(div.t_name if trad else div.name, trad)


def locality_votes(text: str) -> dict[str, dict[Division, float]]:
    """Mentions of each unambiguous division by level (a full name 2, a short one 1): the most-voted of each level is
    the page's main province, city and county (a page about 攀枝花 says 攀枝花 more often than 攀枝花市; it turns a
    bare 市总工会 into 攀枝花市总工会), and the votes tell whether the main county outweighs the main city (a page
    about a county-level city)."""
    votes: dict[str, dict[Division, float]] = {"P": {}, "C": {}, "K": {}}
    for m in scan(text):
        if len(m.divisions) != 1:
            continue
        d = m.divisions[0]
        if m.full and _needs_parent(d):
            continue
        votes[d.level][d] = votes[d.level].get(d, 0.0) + (2.0 if m.full else 1.0)
    return votes


def _simplified(name: str | None) -> str | None:
    """The simplified gazetteer spelling of a full division name (廣元市 → 广元市)."""
    if not name:
        return None
    divs, full = gazetteer().lookup(name)
    if not full:
        return name
    return divs[0].name if divs and name != divs[0].name and name == divs[0].t_name else name


def resolve_place(name: str, context: list[Place] | None = None) -> Place | None:
    """The Place a single name denotes (full or short form), using ``context`` for namesakes."""
    if not name:
        return None
    divs, _full = gazetteer().lookup(name)
    if not divs:
        return None
    provs: dict[str, float] = {}
    cities: dict[str, float] = {}
    for p in context or []:
        for votes, written in ((provs, p.province), (cities, p.city)):
            simp = _simplified(written)
            if simp:
                votes[simp] = votes.get(simp, 0.0) + 1
    div = _choose(divs, provs, cities)
    trad = _is_trad_mention(name, False)
    m = Mention(0, len(name), name, divs, True)
    return _resolved(m, div, trad)
