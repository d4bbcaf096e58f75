"""``unionkit stats``: what is in a corpus."""

from __future__ import annotations

import sys
from typing import Annotated, Literal, Optional, TextIO

from . import options as o
from .common import Reporter, UsageError, articles, run
from .progress import wanted

NAME = "stats"
HELP = ("Summarise a corpus of pages or records in one streaming pass: articles, paragraphs, Han and other "
        "characters, pages and characters per kind of damage, articles by year, province, city, site and "
        "source, top unions, people, places, campaigns and keywords. --by gives one row per group, "
        "--per-article one row per article. Raw pages are cleaned and records lacking meta and entities "
        "are extracted on the way. Characters are non-whitespace characters, as extract's csv counts them.")
EPILOG = ("Examples:  unionkit stats examples/  ·  unionkit stats --by year --chart pages/  ·  "
          "unionkit clean -f jsonl pages/ | unionkit extract | unionkit stats --by province -f csv  ·  "
          "unionkit stats --per-article -f jsonl pages/ | jq 'select(.removed > 500)'")

By = Literal["year", "month", "province", "city", "site", "source", "union"]


def command(
    files: o.Files = None,
    fmt: Annotated[Literal["table", "csv", "json", "jsonl"], o.format_option()] = "table",
    output: o.Output = None,
    by: Annotated[Optional[By], o.typer.Option(
        "--by", help="One row per group (articles, paragraphs, characters, removed, top campaigns).",
        show_default=False)] = None,
    per_article: Annotated[bool, o.typer.Option(
        "--per-article", help="One row per article: id, title, published, site, paragraphs, characters, "
                              "removed characters, damage kinds.")] = False,
    top: Annotated[int, o.typer.Option(
        "--top", "-n", min=1, help="How many items in each top list of the summary.")] = 10,
    chart: Annotated[bool, o.typer.Option(
        "--chart", help="Also draw bar charts of articles by year and province (or by the --by groups); "
                        "on stdout, or on stderr when stdout carries csv/json.")] = False,
    keywords: Annotated[Literal["sample", "all", "none"], o.typer.Option(
        "--keywords", help="Keywords (jieba dictionary words, longest match, scored by TF-IDF) from a systematic "
                           "sample of articles (cost grows with the log of the corpus; counts are estimates), "
                           "from every article, or none.")] = "sample",
    encoding: o.Encoding = None,
    jobs: o.Jobs = 1,
    strict: o.Strict = False,
    debug: o.Debug = False,
) -> None:
    run(lambda: stats(files=files, fmt=fmt, output=output, by=by, per_article=per_article, top=top,
                      chart=chart, keywords=keywords, encoding=encoding, jobs=jobs, strict=strict),
        debug=debug)


def stats(*, files: list[str] | None, fmt: str = "table", output: str | None = None, by: str | None = None,
          per_article: bool = False, top: int = 10, chart: bool = False, keywords: str = "sample",
          encoding: str | None = None, jobs: int = 1, strict: bool = False) -> int:
    """Accumulate the statistics over all inputs in one pass and write them; returns the exit code."""
    from ..output import open_output
    from ..stats import Summary

    if by and per_article:
        raise UsageError("--by and --per-article each give their own table: use one of them")
    reporter = Reporter(strict)
    # the summary and --per-article list no group's campaigns; --by lists its own group's only
    summary = Summary(keywords=keywords if not (by or per_article) else "none", group_campaigns=(by,) if by else ())
    stream = records(files, reporter, encoding, jobs, show_progress=wanted(output, streams_stdout=per_article))
    with open_output(output) as fh:
        if per_article:
            _per_article(stream, summary, fmt, fh)
        else:
            for art in stream:
                summary.add(art)
            if by:
                from ..stats import group_columns

                _write(summary.groups[by].rows(3), fmt, fh, group_columns(by), f"articles by {by}")
            else:
                from ..stats import SUMMARY_COLUMNS

                _write(summary.rows(top), fmt, fh, SUMMARY_COLUMNS, None)
        if chart:
            fh.flush()
            to_stdout = fmt == "table" or output not in (None, "-")
            draw_charts(summary, by, fh if fmt == "table" else sys.stdout if to_stdout else sys.stderr)
    for note in summary.notes():
        sys.stderr.write(f"unionkit: note: {note}\n")
    return reporter.code


def records(files, reporter: Reporter, encoding: str | None, jobs: int = 1, show_progress: bool = False):
    """Cleaned articles from the inputs, extracted when they carry neither meta nor entities."""
    return articles(files, reporter, encoding=encoding, clean=True, extract="auto", jobs=jobs,
                    show_progress=show_progress)


def _write(rows, fmt: str, fh: TextIO, columns, title) -> None:
    from ..output import write_rows

    write_rows(rows, fmt, fh, columns=list(columns), title=title)


def _per_article(stream, summary, fmt: str, fh: TextIO) -> None:
    """Per-article rows, streamed as they come for csv/jsonl/json (a table needs them all first)."""
    import csv

    from ..output import _cell, dumps
    from ..stats import ARTICLE_COLUMNS, article_row

    cols = list(ARTICLE_COLUMNS)
    table = []
    writer = None
    if fmt == "csv":
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(cols)
    n = 0
    for art in stream:
        row = article_row(art, summary.add(art))
        if fmt == "csv":
            writer.writerow([_cell(row[c]) for c in cols])
        elif fmt == "jsonl":
            fh.write(dumps(row) + "\n")
        elif fmt == "json":
            fh.write(("[\n" if n == 0 else ",\n") + dumps(row))
        else:
            table.append(row)
        n += 1
    if fmt == "json":
        fh.write("[]\n" if n == 0 else "\n]\n")
    elif fmt == "table":
        _write(table, "table", fh, cols, None)


def bar_rows(series: list[tuple[str, int]], width: int = 40) -> list[tuple[str, str, int]]:
    """(label, bar, count) per item: bars scaled to the largest count, in eighths of a block."""
    biggest = max((n for _, n in series), default=0)
    out = []
    for label, n in series:
        eighths = round(n * width * 8 / biggest) if biggest else 0
        bar = "█" * (eighths // 8) + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[eighths % 8]
        out.append((label, bar or ("▏" if n else ""), n))
    return out


def draw_charts(summary, by: str | None, fh: TextIO) -> None:
    """Bar charts of articles over time and by province (or by the --by groups), drawn with rich."""
    from rich.console import Console
    from rich.table import Table

    from ..output import use_color

    charts = [by] if by else ["year", "province"]
    console = Console(file=fh, force_terminal=use_color(fh), no_color=not use_color(fh),
                      width=100 if not use_color(fh) else None)
    for key in charts:
        table = Table(title=f"articles by {key}", show_header=False, box=None, pad_edge=False)
        table.add_column(key, no_wrap=True)
        table.add_column("bar", style="cyan", no_wrap=True)
        table.add_column("articles", justify="right")
        for label, bar, n in bar_rows(summary.groups[key].series()):
            table.add_row(label, bar, str(n))
        console.print(table)
