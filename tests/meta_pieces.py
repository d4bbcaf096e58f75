"""A test helper shared by the meta tests: extract_meta of an article built from removed pieces."""

from __future__ import annotations

from unionkit.extract.meta import extract_meta
from unionkit.record import Article, Removal


def meta_of(*pieces, title="标题", body=("正文。",)):
    """extract_meta of an article whose removed pieces are (kind, text), one per line in order."""
    removed = [Removal(kind, text, i + 1) for i, (kind, text) in enumerate(pieces)]
    return extract_meta(Article(id="t", title=title, body=list(body), removed=removed))
