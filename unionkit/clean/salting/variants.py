"""The title's characters written in the other script (讓 for a simplified title's 让), folded to the title's own."""

from __future__ import annotations

from functools import lru_cache


def folded(title: str, paragraphs: list[str]) -> list[str]:
    """The paragraphs with each character that writes one of the title's in the other script replaced by the title's
    (same length, so spans carry over): some salters convert their chunks' script (讓胡|路區 glued into a simplified
    page under the simplified title 让胡路区…), which then match no title character."""
    table, others = _variants(title)
    if not table:
        return paragraphs
    return [par.translate(table) if any(c in par for c in others) else par for par in paragraphs]


@lru_cache(maxsize=64)
def _variants(title: str) -> tuple[dict[int, str], tuple[str, ...]]:
    """The translate table from the other script's forms of the title's characters to the title's, and those
    forms (looked for one by one: a title has few, and a character class compiled per title cost more than the rest)."""
    from ..script import to_simplified, to_traditional

    table: dict[int, str] = {}
    for other in (to_traditional(title), to_simplified(title)):
        if len(other) != len(title):
            continue  # (a phrase converted to another length: no character pairs to read off)
        for mine, theirs in zip(title, other):
            if mine != theirs and theirs not in title:
                table[ord(theirs)] = mine
    return table, tuple(map(chr, table))
