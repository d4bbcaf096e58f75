"""Comparing articles: aligned character-level diffs, similarity figures, cleaning audits, reprints.

API:
    diff_texts(a, b) -> list[Op]            sentence-aligned character operations turning a into b
    apply_ops(a, ops) -> str                 b again, from a and the operations
    similarity(a, b) -> {"jaccard", "containment"}   over character 5-grams
    word_diff(ops) -> str                    the plain ``[-removed-]{+added+}`` form
    meta_differences(article_a, article_b) -> list[(field, a, b)]
    removed_segments(text) -> list[(segment, kind)]  a page against its own cleaned article
    find_reprints(articles) -> list[Cluster] MinHash + LSH + exact verification (reprints.py)
"""

from __future__ import annotations

from dataclasses import fields

from ..record import Article, Meta
from .align import Op, apply_ops, diff_texts, sentences
from .minhash import normalise, shingles

__all__ = ["Op", "diff_texts", "apply_ops", "similarity", "word_diff", "meta_differences", "sentences",
           "shingles", "normalise", "body_text"]


def body_text(article: Article) -> str:
    """The body paragraphs as one text: what reprints share (titles get rewritten)."""
    return "\n".join(article.body)


def similarity(a: str, b: str, n: int = 5) -> dict[str, float]:
    """Jaccard and containment (share of the smaller text's n-grams found in the other) over character n-grams.

    Both texts are compared as letters and digits only (punctuation and spacing
    differ between reprints); two empty texts are identical.
    """
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
            continue
        if o.a:
            out.append(f"[-{o.a}-]")
        if o.b:
            out.append(f"{{+{o.b}+}}")
    return "".join(out)


def meta_differences(a: Article, b: Article) -> list[tuple[str, object, object]]:
    """Metadata fields whose values differ between two articles: (field, value in a, value in b)."""
    ma, mb = a.meta or Meta(), b.meta or Meta()
    return [(f.name, getattr(ma, f.name), getattr(mb, f.name)) for f in fields(Meta)
            if getattr(ma, f.name) != getattr(mb, f.name)]
