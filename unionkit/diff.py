"""Comparing two articles: character-level operations and similarity figures."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass
class Op:
    op: str          # equal, insert, delete, replace
    a: str
    b: str
    a_start: int
    b_start: int


def diff_texts(a: str, b: str) -> list[Op]:
    """Character-level operations turning ``a`` into ``b``."""
    sm = SequenceMatcher(None, a, b, autojunk=False)
    return [Op(tag, a[i1:i2], b[j1:j2], i1, j1) for tag, i1, i2, j1, j2 in sm.get_opcodes()]


def shingles(text: str, n: int = 5) -> set[str]:
    """Character n-grams of the text without whitespace."""
    t = "".join(text.split())
    return {t[i:i + n] for i in range(max(1, len(t) - n + 1))} if t else set()


def similarity(a: str, b: str, n: int = 5) -> dict[str, float]:
    """Jaccard and containment (of the smaller in the larger) over character n-grams."""
    sa, sb = shingles(a, n), shingles(b, n)
    if not sa and not sb:
        return {"jaccard": 1.0, "containment": 1.0}
    inter = len(sa & sb)
    return {"jaccard": round(inter / len(sa | sb), 4),
            "containment": round(inter / (min(len(sa), len(sb)) or 1), 4)}


def word_diff(ops: list[Op]) -> str:
    """The plain inline form: ``[-removed-]{+added+}`` like ``git diff --word-diff``."""
    out = []
    for o in ops:
        if o.op == "equal":
            out.append(o.a)
        else:
            if o.a:
                out.append(f"[-{o.a}-]")
            if o.b:
                out.append(f"{{+{o.b}+}}")
    return "".join(out)
