"""Corpus statistics, accumulated one article at a time (memory holds counters only)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from .record import Article

_HAN = regex.compile(r"\p{Han}")


@dataclass
class Summary:
    """Counters over a stream of articles."""

    articles: int = 0
    paragraphs: int = 0
    han: int = 0
    other: int = 0
    damage_pages: Counter = field(default_factory=Counter)
    damage_chars: Counter = field(default_factory=Counter)
    years: Counter = field(default_factory=Counter)
    unions: Counter = field(default_factory=Counter)

    def add(self, art: Article) -> None:
        self.articles += 1
        self.paragraphs += len(art.body)
        text = "".join(art.body)
        han = len(_HAN.findall(text))
        self.han += han
        self.other += len("".join(text.split())) - han
        kinds = set()
        for r in art.removed:
            self.damage_chars[r.kind] += len("".join(r.text.split()))
            kinds.add(r.kind)
        self.damage_pages.update(kinds)
        if art.meta.published:
            self.years[art.meta.published[:4]] += 1
        self.unions.update({u.name for u in art.entities.unions})

    def rows(self, top: int = 10) -> list[dict]:
        """The summary as (section, item, value) rows, ties broken by name for stable output."""
        rows = [{"section": "corpus", "item": k, "value": v} for k, v in (
            ("articles", self.articles), ("paragraphs", self.paragraphs),
            ("han characters", self.han), ("other characters", self.other))]
        for kind in sorted(self.damage_pages, key=lambda k: (-self.damage_pages[k], k)):
            rows.append({"section": "damage", "item": kind,
                         "value": f"{self.damage_pages[kind]} pages, {self.damage_chars[kind]} chars"})
        rows += [{"section": "year", "item": y, "value": n} for y, n in sorted(self.years.items())]
        rows += [{"section": "union", "item": u, "value": n} for u, n in _top(self.unions, top)]
        return rows


def _top(counter: Counter, n: int) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
