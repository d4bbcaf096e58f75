"""``unionkit stats``: what is in a corpus."""

from __future__ import annotations

from typing import Annotated, Literal

from . import options as o
from .common import Reporter, articles, run

NAME = "stats"
HELP = "Summarise a corpus of pages or records: articles, characters, damage by kind, years, top unions."
EPILOG = ("Examples:  unionkit stats examples/  ·  unionkit clean -f jsonl pages/ | unionkit extract | "
          "unionkit stats -f csv > summary.csv")


def command(
    files: o.Files = None,
    fmt: Annotated[Literal["table", "csv", "json", "jsonl"], o.format_option()] = "table",
    output: o.Output = None,
    top: Annotated[int, o.typer.Option("--top", min=1, help="How many top items per list.")] = 10,
    encoding: o.Encoding = None,
    strict: o.Strict = False,
    debug: o.Debug = False,
) -> None:
    run(lambda: stats(files=files, fmt=fmt, output=output, top=top, encoding=encoding, strict=strict),
        debug=debug)


def stats(*, files: list[str] | None, fmt: str = "table", output: str | None = None, top: int = 10,
          encoding: str | None = None, strict: bool = False) -> int:
    """Accumulate the summary over all inputs and write it; returns the exit code."""
    from ..extract import extract as extract_article
    from ..output import open_output, write_rows
    from ..stats import Summary

    reporter = Reporter(strict)
    summary = Summary()
    for art in articles(files, reporter, encoding=encoding, clean=True):
        if not art.entities.unions and art.meta.published is None:
            art = extract_article(art)
        summary.add(art)
    with open_output(output) as fh:
        write_rows(summary.rows(top), fmt, fh, columns=["section", "item", "value"])
    return reporter.code
