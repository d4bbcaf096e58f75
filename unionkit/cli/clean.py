"""``unionkit clean``: recover each page's title and body, every removal accounted for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

if TYPE_CHECKING:  # ``o`` (the shared typer options) is bound by the typer layer, cli/app.py
    from . import options as o
from .common import Reporter, UsageError, articles, check_encoding, input_files, run
from .progress import wanted

NAME = "clean"
HELP = ("Recover the article (title, body paragraphs) from scraped pages. Text output: the title on the "
        "first line, then one paragraph per line; articles are separated by an empty line. That text is "
        "for people: extract and stats read text on stdin as ONE page, so pipe several articles with "
        "-f jsonl (a warning names text that looks like several). "
        "jsonl/json give the full record with every removed piece in 'removed'. --explain shows text only "
        "(with -f jsonl/json it is a usage error, exit 2).")
EPILOG = ("Examples:  unionkit clean page.txt  ·  unionkit clean --explain page.txt  ·  "
          "unionkit clean --format jsonl pages/ > clean.jsonl  ·  cat page.txt | unionkit clean --to simplified")


def command(
    files: o.Files = None,
    fmt: Annotated[Literal["text", "jsonl", "json"], o.format_option()] = "text",
    output: o.Output = None,
    explain: Annotated[bool, o.typer.Option(
        "--explain", help="Show each page with every removed span marked by its kind.")] = False,
    to: o.Script = None,
    encoding: o.Encoding = None,
    jobs: o.Jobs = 1,
    strict: o.Strict = False,
    debug: o.Debug = False,
) -> None:
    run(lambda: clean(files=files, fmt=fmt, output=output, explain=explain, to=to,
                      encoding=encoding, jobs=jobs, strict=strict), debug=debug)


def clean(*, files: list[str] | None, fmt: str = "text", output: str | None = None, explain: bool = False,
          to: str | None = None, encoding: str | None = None, jobs: int = 1, strict: bool = False) -> int:
    """Clean every input and write the articles; returns the exit code."""
    from ..output import RecordWriter, open_output

    reporter = Reporter(strict)
    if explain:
        if fmt != "text":
            raise UsageError(f"--explain shows the page as text; --format {fmt} is for the cleaned records")
        check_encoding(encoding)
        return _explain(files, output, encoding, reporter)
    stream = articles(files, reporter, encoding=encoding, clean=True, to=to, jobs=jobs,
                      show_progress=wanted(output))
    with open_output(output) as fh:
        writer = RecordWriter(fh, fmt)
        for art in stream:
            writer.write(art)
        writer.close()
    return reporter.code


def _explain(files, output, encoding, reporter: Reporter) -> int:
    """Each raw page with removed spans marked: coloured on a terminal, ``[-kind: text-]`` otherwise.
    Pieces removed before the page's text was read (an HTML page's markup, footers, link lists) have no
    place in that text: they follow the page under a heading, so every removed piece is shown."""
    from ..clean import explain
    from ..diff.render import unplaced_lines
    from ..inputs import Failure, read_inputs
    from ..output import open_output, use_color

    with open_output(output) as fh:
        color = use_color(fh)
        first = True
        for item in read_inputs(input_files(files), encoding=encoding):
            if isinstance(item, Failure):
                reporter.fail(item)
                continue
            if item.raw is None:
                reporter.fail(f"{item.path or '<stdin>'}: record {item.id} has no raw page to explain")
                continue
            if not first:
                fh.write("\n")
            first = False
            if item.path:
                fh.write(f"==> {item.path} <==\n")
            fh.write(render_explain(explain(item.raw), color) + "\n")
            extra = unplaced_lines(item.removed, lambda text, kind: render_explain([(text, kind)], color))
            if extra:
                fh.write("\n".join(extra) + "\n")
    return reporter.code


_STYLE = "\x1b[2;9;31m{text}\x1b[0m\x1b[33m‹{kind}›\x1b[0m"


def render_explain(segments, color: bool) -> str:
    """Join (text, kind) segments, marking removed ones."""
    out = []
    for text, kind in segments:
        if kind is None:
            out.append(text)
        elif color:
            out.append(_STYLE.format(text=text, kind=kind))
        else:
            out.append(f"[-{kind}: {text}-]")
    return "".join(out).rstrip("\n")
