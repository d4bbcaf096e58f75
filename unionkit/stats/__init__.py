"""Corpus statistics, accumulated one article at a time (memory holds counters, never the corpus).

API:
    Summary(keywords="sample").add(article)        # feed cleaned, extracted articles
    Summary.rows(top=10) -> list[dict]              # the corpus summary (section, item, count, characters)
    Summary.groups[by].rows(top=3) -> list[dict]    # one row per year|month|province|city|site|source|union
    article_row(article) -> dict                    # one row per article (id, title, …, damage kinds)
    article_counts(article) -> Counts               # the per-article numbers everything else sums

Characters are non-whitespace characters of the body paragraphs (title and
captions excluded); removed characters are the non-whitespace characters of
each removal. Names (unions, people, places, campaigns, provinces, cities,
sites, sources) are counted in simplified script, so 廣元市 and 广元市 are one
place, and each is counted once per article that names it. Every list is
ordered by count, ties broken by name; years and months in time order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..record import REMOVAL_KINDS, Article, visible_chars
from .counter import TopCounter
from .keywords import Keywords

__all__ = ["Summary", "Grouping", "Counts", "article_counts", "article_row", "group_keys",
           "GROUP_BY", "UNKNOWN", "ARTICLE_COLUMNS", "SUMMARY_COLUMNS", "group_columns"]

#: The ``--by`` choices, in the order the summary lists them.
GROUP_BY = ("year", "month", "province", "city", "site", "source", "union")
#: Key of the group of articles that lack the grouped field (no date, no place, …).
UNKNOWN = "(unknown)"
SUMMARY_COLUMNS = ("section", "item", "count", "characters")
ARTICLE_COLUMNS = ("id", "title", "published", "site", "paragraphs", "characters", "removed", "damage")

_HAN_RUN = regex.compile(r"\p{Han}+")
_YEAR = regex.compile(r"(\d{4})(?:-(\d{2}))?")
_KIND_ORDER = {k: i for i, k in enumerate(REMOVAL_KINDS)}


@lru_cache(maxsize=65536)
def name(text: str) -> str:
    """A name as counted: stripped, in simplified script (cached: names repeat across a corpus)."""
    from .keywords import simplified

    text = text.strip()
    return simplified(text) if _HAN_RUN.search(text) else text


@dataclass
class Counts:
    """The numbers of one article that the corpus counters add up."""

    paragraphs: int
    han: int
    other: int
    removed: dict[str, int]   # kind -> non-whitespace characters removed

    @property
    def characters(self) -> int:
        return self.han + self.other

    @property
    def removed_total(self) -> int:
        return sum(self.removed.values())


def article_counts(art: Article) -> Counts:
    """Paragraphs, Han and other body characters, and characters removed per damage kind."""
    text = "".join(art.body)
    han = sum(map(len, _HAN_RUN.findall(text)))
    by_kind: dict[str, list[str]] = {}
    for r in art.removed:
        by_kind.setdefault(r.kind, []).append(r.text)
    # visible_chars() adds up over concatenation, so each kind's texts are measured in one go
    removed = {kind: visible_chars("".join(texts)) for kind, texts in by_kind.items()}
    return Counts(len(art.body), han, visible_chars(text) - han, removed)


def damage_kinds(counts: Counts) -> list[str]:
    """The kinds of removed text on a page, in the record's reading order (unknown kinds last)."""
    return sorted(counts.removed, key=lambda k: (_KIND_ORDER.get(k, len(_KIND_ORDER)), k))


def _date_parts(published: str | None) -> tuple[str, str]:
    m = _YEAR.match(published or "")
    if not m:
        return UNKNOWN, UNKNOWN
    return m.group(1), f"{m.group(1)}-{m.group(2)}" if m.group(2) else UNKNOWN


def group_keys(art: Article, by: str) -> list[str]:
    """The groups an article belongs to: one per distinct value, or ``UNKNOWN`` when it has none."""
    if by in ("year", "month"):
        year, month = _date_parts(art.meta.published)
        return [year if by == "year" else month]
    if by in ("site", "source"):
        v = getattr(art.meta, by)
        return [name(v)] if v and v.strip() else [UNKNOWN]
    if by in ("province", "city"):
        keys = sorted({name(getattr(p, by)) for p in art.entities.places if getattr(p, by)})
    elif by == "union":
        keys = sorted({name(u.name) for u in art.entities.unions if u.name.strip()})
    else:
        raise ValueError(f"cannot group by {by!r}; choose one of {', '.join(GROUP_BY)}")
    return keys or [UNKNOWN]


def article_row(art: Article, counts: Counts | None = None) -> dict:
    """One row per article: id, title, published, site, paragraphs, characters, removed, damage kinds."""
    c = counts or article_counts(art)
    return {"id": art.id, "title": art.title, "published": art.meta.published, "site": art.meta.site,
            "paragraphs": c.paragraphs, "characters": c.characters, "removed": c.removed_total,
            "damage": damage_kinds(c)}


def group_columns(by: str) -> tuple[str, ...]:
    """Columns of the ``--by`` table."""
    return (by, "articles", "paragraphs", "characters", "removed", "campaigns")


@dataclass
class _Group:
    articles: int = 0
    paragraphs: int = 0
    characters: int = 0
    removed: int = 0
    campaigns: TopCounter = field(default_factory=lambda: TopCounter(64))


class Grouping:
    """Articles, paragraphs, characters, removed characters and campaigns per group of one field."""

    def __init__(self, by: str, cap: int = 20_000, *, campaigns: bool = True):
        self.by, self.cap = by, cap
        self.track_campaigns = campaigns  # off: rows() list no campaigns, and adding costs less
        self.groups: dict[str, _Group] = {}
        self.pruned = 0

    def add(self, keys: list[str], counts: Counts, campaigns: set[str]) -> None:
        """Count one article in each of its groups."""
        for k in keys:
            g = self.groups.get(k)
            if g is None:
                g = self.groups[k] = _Group()
                if len(self.groups) > self.cap:
                    self._prune()
                    g = self.groups.setdefault(k, _Group())
            g.articles += 1
            g.paragraphs += counts.paragraphs
            g.characters += counts.characters
            g.removed += counts.removed_total
            if self.track_campaigns:
                g.campaigns.update(campaigns)

    def _prune(self) -> None:
        # Thousands of one-article groups (unions, sites) would grow without bound: drop the smallest half.
        keep = sorted(self.groups.items(), key=lambda kv: (-kv[1].articles, kv[0]))[: self.cap // 2]
        self.pruned += len(self.groups) - len(keep)
        self.groups = dict(keep)

    def ordered(self) -> list[tuple[str, _Group]]:
        """Groups in output order: time order for year/month, else by articles then name; unknown last."""
        items = [(k, g) for k, g in self.groups.items() if k != UNKNOWN]
        if self.by in ("year", "month"):
            items.sort(key=lambda kv: kv[0])
        else:
            items.sort(key=lambda kv: (-kv[1].articles, kv[0]))
        if UNKNOWN in self.groups:
            items.append((UNKNOWN, self.groups[UNKNOWN]))
        return items

    def rows(self, top: int = 3) -> list[dict]:
        """One row per group, with its ``top`` campaigns."""
        return [{self.by: k, "articles": g.articles, "paragraphs": g.paragraphs, "characters": g.characters,
                 "removed": g.removed, "campaigns": [c for c, _ in g.campaigns.top(top)]}
                for k, g in self.ordered()]

    def series(self) -> list[tuple[str, int]]:
        """(group, articles) pairs in output order, for charts."""
        return [(k, g.articles) for k, g in self.ordered()]


class Summary:
    """Counters over a stream of cleaned, extracted articles."""

    def __init__(self, keywords: str = "sample", *, cap: int = 100_000,
                 group_campaigns: tuple[str, ...] = GROUP_BY):
        """``group_campaigns``: the groupings whose rows list top campaigns (the CLI asks only for its --by)."""
        self.articles = 0
        self.paragraphs = 0
        self.han = 0
        self.other = 0
        self.damaged = 0
        self.damage_pages: dict[str, int] = {}
        self.damage_chars: dict[str, int] = {}
        self.groups = {by: Grouping(by, campaigns=by in group_campaigns) for by in GROUP_BY}
        self.unions = TopCounter(cap)
        self.people = TopCounter(cap)
        self.places = TopCounter(cap)
        self.campaigns = TopCounter(cap)
        self.keywords = Keywords(keywords)

    def add(self, art: Article, counts: Counts | None = None) -> Counts:
        """Count one article; returns its per-article counts (for per-article rows)."""
        c = counts or article_counts(art)
        self.articles += 1
        self.paragraphs += c.paragraphs
        self.han += c.han
        self.other += c.other
        self.damaged += bool(c.removed)
        for kind, n in c.removed.items():
            self.damage_pages[kind] = self.damage_pages.get(kind, 0) + 1
            self.damage_chars[kind] = self.damage_chars.get(kind, 0) + n
        e = art.entities
        campaigns = {name(x) for x in e.campaigns if x.strip()}
        for by, grouping in self.groups.items():
            grouping.add(group_keys(art, by), c, campaigns)
        self.unions.update({name(u.name) for u in e.unions if u.name.strip()})
        self.people.update({name(p.name) for p in e.people if p.name.strip()})
        self.places.update({name(p.name) for p in e.places if p.name.strip()})
        self.campaigns.update(campaigns)
        self.keywords.add_article(art.title, art.body)
        return c

    @property
    def characters(self) -> int:
        return self.han + self.other

    def rows(self, top: int = 10) -> list[dict]:
        """The summary as (section, item, count, characters) rows in a stable order.

        ``count`` is articles (pages for damage, occurrences for keywords);
        ``characters`` is body characters, or characters removed for damage rows.
        """
        def row(section, item, count, characters=None):
            return {"section": section, "item": item, "count": count, "characters": characters}

        removed = sum(self.damage_chars.values())
        rows = [row("corpus", "articles", self.articles, self.characters),
                row("corpus", "paragraphs", self.paragraphs),
                row("corpus", "han characters", self.han, self.han),
                row("corpus", "other characters", self.other, self.other),
                row("corpus", "pages with damage", self.damaged, removed)]
        for kind in sorted(self.damage_pages, key=lambda k: (-self.damage_pages[k], k)):
            rows.append(row("damage", kind, self.damage_pages[kind], self.damage_chars[kind]))
        for by, limit in (("year", None), ("province", None), ("city", top), ("site", top), ("source", top)):
            ordered = self.groups[by].ordered()
            if limit is not None and len(ordered) > limit:
                # the top names, and the unknown group (listed last) however small: how much is unknown shows
                unknown = ordered[-1:] if ordered[-1][0] == UNKNOWN else []
                ordered = [kv for kv in ordered if kv[0] != UNKNOWN][:limit] + unknown
            rows += [row(by, k, g.articles, g.characters) for k, g in ordered]
        for section, counter in (("union", self.unions), ("person", self.people),
                                 ("place", self.places), ("campaign", self.campaigns)):
            rows += [row(section, k, n) for k, n in counter.top(top)]
        rows += [row("keyword", w, n) for w, n, _ in self.keywords.top(top)]
        return rows

    def notes(self) -> list[str]:
        """Caveats a reader of the figures should know (sampling, pruned long tails)."""
        out = []
        kw = self.keywords
        if kw.mode == "sample" and kw.sampled < kw.seen:
            out.append(f"keywords estimated from a systematic sample of {kw.sampled} of {kw.seen} articles "
                       "(--keywords all to segment every article)")
        for label, counter in (("unions", self.unions), ("people", self.people), ("places", self.places),
                               ("campaigns", self.campaigns), ("keywords", kw.tf)):
            if counter.pruned:
                out.append(f"{label}: {counter.pruned} rare names dropped to bound memory; "
                           "counts of the top ones are lower bounds")
        for by, g in self.groups.items():
            if g.pruned:
                out.append(f"--by {by}: {g.pruned} small groups dropped to bound memory")
        return out

