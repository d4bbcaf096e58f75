"""``unionkit diff``: compare two articles (pages or records)."""

from __future__ import annotations

from typing import Annotated, Literal

import typer

from . import options as o
from .common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Reporter, StrictStop, UsageError, articles, run

NAME = "diff"
HELP = ("Compare two articles after cleaning: inline changes and similarity (character 5-gram Jaccard and "
        "containment). Exit 0 when the texts are identical, 1 when they differ, 2 on trouble.")
EPILOG = "Examples:  unionkit diff a.txt b.txt  ·  unionkit diff -f json a.txt b.jsonl | jq .similarity"


def command(
    a: Annotated[str, typer.Argument(help="First page or record file ('-' for stdin).", show_default=False)],
    b: Annotated[str, typer.Argument(help="Second page or record file.", show_default=False)],
    fmt: Annotated[Literal["text", "json"], o.format_option()] = "text",
    output: o.Output = None,
    encoding: o.Encoding = None,
    debug: o.Debug = False,
) -> None:
    run(lambda: diff(a=a, b=b, fmt=fmt, output=output, encoding=encoding), debug=debug)


def _one(path: str, encoding: str | None):
    reporter = Reporter(strict=True)
    for art in articles([path], reporter, encoding=encoding, clean=True):
        return art
    raise UsageError(f"{path}: no article")


def diff(*, a: str, b: str, fmt: str = "text", output: str | None = None, encoding: str | None = None) -> int:
    """Diff the first article of ``a`` against the first of ``b``; exit 0 same, 1 different."""
    from ..diff import diff_texts, similarity, word_diff
    from ..output import article_text, dumps, open_output

    try:
        art_a, art_b = _one(a, encoding), _one(b, encoding)
    except StrictStop:  # the failed input was named on stderr; for diff that is trouble
        return EXIT_USAGE
    ta, tb = article_text(art_a), article_text(art_b)
    ops = diff_texts(ta, tb)
    sim = similarity(ta, tb)
    with open_output(output) as fh:
        if fmt == "json":
            fh.write(dumps({"a": a, "b": b, "similarity": sim,
                            "ops": [o.__dict__ for o in ops]}) + "\n")
        else:
            fh.write(f"similarity: jaccard {sim['jaccard']:.3f}, containment {sim['containment']:.3f}\n")
            fh.write(word_diff(ops) + "\n")
    return EXIT_OK if ta == tb else EXIT_FAILED
