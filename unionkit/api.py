"""The Python API's functions (re-exported by ``unionkit``; see its docstring)."""

from __future__ import annotations

from typing import Iterator

from .record import Article


class ReadError(ValueError):
    """An input that could not be read (``read(..., errors="raise")``)."""


def read(*paths: str, encoding: str | None = None, errors: str = "raise") -> Iterator[Article]:
    """Articles from files, directories or '-' (stdin), not yet cleaned.

    ``errors="raise"`` raises ReadError at the first bad input; ``"skip"`` passes over it.
    """
    from .inputs import Failure, read_inputs

    for item in read_inputs(list(paths) or ["-"], encoding=encoding):
        if isinstance(item, Failure):
            if errors == "raise":
                raise ReadError(str(item))
            continue
        yield item


def clean(page: str | Article, *, to: str | None = None, path: str | None = None) -> Article:
    """The cleaned article of a page (text or HTML) or of a record read by ``read``."""
    from .clean import clean_article, clean_text

    if isinstance(page, Article):
        return clean_article(page, to=to)
    from .inputs import Failure, page_article

    art = page_article(page, path or "<stdin>")
    if isinstance(art, Failure):
        raise ReadError(str(art))
    return clean_article(art, to=to) if art.raw is not None else clean_text(page, path=path, to=to)


def extract(page: str | Article) -> Article:
    """The article with ``meta`` and ``entities`` filled (cleaned first if it is raw)."""
    from .extract import extract as _extract

    art = clean(page) if isinstance(page, str) or page.raw is not None else page
    return _extract(art)
