"""``unionkit diff``: compare two articles, audit what clean removed from a page, or find reprints."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

import typer

from . import options as o
from .common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Reporter, StrictStop, UsageError, articles, run
from .progress import wanted

NAME = "diff"
HELP = ("Compare two articles after cleaning: sentence-aligned inline changes, similarity of the bodies "
        "(character 5-gram Jaccard and containment) and metadata differences. Exit 0 when the texts are "
        "identical, 1 when they differ, 2 on trouble.  --removed PAGE shows what clean took out of a page, "
        "by kind (exit 1 when something was removed).  --reprints FILES... clusters the same story across "
        "a corpus and names the earliest published copy (exit 0, or 1 when some inputs failed; json/jsonl name "
        "articles by id, with original_path and each member's path).")
EPILOG = ("Examples:  unionkit diff a.txt b.txt  ·  unionkit diff -f json a.txt b.jsonl | jq .similarity  ·  "
          "unionkit diff -f html -o d.html a.txt b.txt  ·  unionkit diff --removed page.txt  ·  "
          "unionkit diff --reprints -j 2 records.jsonl")

Format = Literal["text", "json", "jsonl", "html"]


def command(
    files: Annotated[Optional[list[str]], typer.Argument(
        help="A B (two pages or record files); with --removed one PAGE; with --reprints any FILES "
             "or directories ('-' for stdin).", show_default=False, metavar="A B | PAGE | FILES...")] = None,
    removed: Annotated[bool, typer.Option("--removed", help="Show what clean removed from PAGE, by kind.")] = False,
    reprints: Annotated[bool, typer.Option(
        "--reprints", help="Cluster near-duplicate articles among FILES (MinHash + LSH, verified exactly).")] = False,
    fmt: Annotated[Format, o.format_option()] = "text",
    full: Annotated[bool, typer.Option("--full", help="Show every line, not only the changed ones.")] = False,
    output: o.Output = None,
    encoding: o.Encoding = None,
    jobs: o.Jobs = 1,
    debug: o.Debug = False,
) -> None:
    run(lambda: diff(files=files or [], removed=removed, reprints=reprints, fmt=fmt, full=full,
                     output=output, encoding=encoding, jobs=jobs), debug=debug)


def diff(*, files: list[str], removed: bool = False, reprints: bool = False, fmt: str = "text",
         full: bool = False, output: str | None = None, encoding: str | None = None, jobs: int = 1) -> int:
    """Dispatch on the mode after checking the arguments fit it (usage errors exit 2 with one line)."""
    if removed and reprints:
        raise UsageError("--removed and --reprints cannot be combined")
    if reprints:
        if fmt == "html":
            raise UsageError("--format html is for A B diffs; use text, json or jsonl with --reprints")
        return diff_reprints(files=files, fmt=fmt, output=output, encoding=encoding, jobs=jobs)
    if fmt == "jsonl":
        raise UsageError("--format jsonl is for --reprints; use text, json or html")
    if removed:
        if len(files) != 1:
            raise UsageError(f"--removed takes one PAGE, got {len(files)}")
        if fmt == "html":
            raise UsageError("--format html is for A B diffs; use text or json with --removed")
        return diff_removed(page=files[0], fmt=fmt, output=output, encoding=encoding)
    if len(files) != 2:
        raise UsageError(f"diff takes two files A B, got {len(files)} (or use --removed PAGE, --reprints FILES...)")
    return diff_pair(a=files[0], b=files[1], fmt=fmt, full=full, output=output, encoding=encoding)


# --- A B ---------------------------------------------------------------------------------

def _one(path: str, encoding: str | None, *, clean: bool = True, extract: bool | str = False):
    """The single article of ``path`` (an input holding several is a usage error: use --reprints)."""
    reporter = Reporter(strict=True)
    found = []
    for art in articles([path], reporter, encoding=encoding, clean=clean, extract=extract):
        found.append(art)
        if len(found) > 1:
            raise UsageError(f"{path}: holds several articles; diff compares one with one (see --reprints)")
    if not found:
        raise UsageError(f"{path}: no article")
    return found[0]


def _label(path: str, article) -> str:
    """How the diff header names a side: its path, or ``<stdin>`` as every message names stdin."""
    return path if path != "-" else "<stdin>"


def diff_pair(*, a: str, b: str, fmt: str = "text", full: bool = False, output: str | None = None,
              encoding: str | None = None) -> int:
    """Diff the article in ``a`` against the one in ``b``; exit 0 same text, 1 different."""
    from ..diff import body_text, diff_texts, meta_differences, similarity
    from ..diff.render import render_html, render_text
    from ..output import article_text, dumps, open_output, use_color

    try:
        # metadata as extract, stats and --reprints read it: pages and records lacking extracted data are
        # extracted (a record whose meta is only partly filled would otherwise show differences that are not)
        art_a, art_b = _one(a, encoding, extract="auto"), _one(b, encoding, extract="auto")
    except StrictStop:  # the failed input was named on stderr; for diff that is trouble
        return EXIT_USAGE
    ta, tb = article_text(art_a), article_text(art_b)
    ops = diff_texts(ta, tb)
    ba, bb = body_text(art_a), body_text(art_b)
    sim = similarity(ba, bb) if (ba or bb) else similarity(ta, tb)
    meta = meta_differences(art_a, art_b)
    la, lb = _label(a, art_a), _label(b, art_b)
    with open_output(output) as fh:
        if fmt == "json":
            fh.write(dumps({"a": a, "b": b, "identical": ta == tb, "similarity": sim,
                            "meta": [{"field": n, "a": x, "b": y} for n, x, y in meta],
                            "ops": [op.to_dict() for op in ops]}) + "\n")
        elif fmt == "html":
            fh.write(render_html(ops, label_a=la, label_b=lb, sim=sim, meta=meta))
        else:
            fh.write(render_text(ops, label_a=la, label_b=lb, sim=sim, meta=meta,
                                 color=use_color(fh), full=full))
    return EXIT_OK if ta == tb else EXIT_FAILED


# --- --removed ---------------------------------------------------------------------------

def diff_removed(*, page: str, fmt: str = "text", output: str | None = None, encoding: str | None = None) -> int:
    """The raw page against its own cleaned article: removed pieces marked with their kind.

    The figures come from the cleaned record's ``removed`` list (pieces, and characters counted as ``stats``
    counts them: non-whitespace), so they agree with ``stats``; pieces an HTML page lost before its text
    was laid out have no line and are listed after the page."""
    from ..clean import clean_article, explain
    from ..diff.render import diff_mark, removed_lines, unplaced_lines
    from ..output import dumps, open_output, use_color
    from ..record import visible_chars

    try:
        art = _one(page, encoding, clean=False)
    except StrictStop:
        return EXIT_USAGE
    if art.raw is None:
        raise UsageError(f"{page}: a cleaned record has no page left to compare; give the page itself")
    segments = explain(art.raw)
    pieces = clean_article(art).removed
    counts: dict[str, list[int]] = {}
    for r in pieces:
        c = counts.setdefault(r.kind, [0, 0])
        c[0] += 1
        c[1] += visible_chars(r.text)
    with open_output(output) as fh:
        if fmt == "json":
            fh.write(dumps({"page": page, "removed": [{"kind": r.kind, "text": r.text, "line": r.line}
                                                    for r in pieces],
                            "by_kind": {k: {"pieces": n, "chars": ch} for k, (n, ch) in counts.items()}}) + "\n")
        else:
            color = use_color(fh)
            fh.write(f"--- {page} (page)\n+++ {page} (cleaned)\n")
            order = sorted(counts, key=lambda k: -counts[k][0])
            summary = ", ".join(f"{k} {counts[k][0]} ({counts[k][1]} chars)" for k in order)
            fh.write(f"removed: {summary or 'nothing'}\n\n")
            view = removed_lines(segments, color)
            view += unplaced_lines(pieces, lambda text, kind: diff_mark(text, kind, color))
            fh.write("\n".join(view) + "\n")
    return EXIT_FAILED if counts else EXIT_OK


# --- --reprints --------------------------------------------------------------------------

def _members(files: list[str], reporter: Reporter, encoding: str | None, show_progress: bool = False):
    """(Member, body) for every article of the inputs, dated as ``extract`` dates it (raw pages and
    records lacking entities are extracted on the way, as ``stats`` does)."""
    from ..diff import body_text
    from ..diff.reprints import Member

    for k, art in enumerate(articles(files, reporter, encoding=encoding, clean=True, extract="auto",
                                     show_progress=show_progress)):
        yield Member(k, art.id, art.path, art.title, art.meta.published), body_text(art)


def diff_reprints(*, files: list[str], fmt: str = "text", output: str | None = None,
                  encoding: str | None = None, jobs: int = 1) -> int:
    """Cluster the same story across the inputs; print each cluster with similarities and likely original."""
    from ..diff.reprints import find_reprints
    from ..output import dumps, open_output

    reporter = Reporter()
    counter = {"n": 0}

    def counted():
        for item in _members(files, reporter, encoding, wanted(output, streams_stdout=False)):
            counter["n"] += 1
            yield item

    clusters = find_reprints(counted(), workers=jobs)
    with open_output(output) as fh:
        if fmt in ("json", "jsonl"):
            data = [_cluster_dict(c) for c in clusters]
            if fmt == "jsonl":
                for d in data:
                    fh.write(dumps(d) + "\n")
            else:
                fh.write(dumps({"articles": counter["n"], "clusters": data}, indent=1) + "\n")
        else:
            fh.write(_reprints_text(clusters, counter["n"]))
    return reporter.code


def _name(m) -> str:
    """A member as people find it: its page file, or its record id when it came from a records file."""
    if m.path and not m.path.lower().endswith((".jsonl", ".ndjson", ".json", ".warc", ".gz")):
        return m.path
    return m.id


def _cluster_dict(c) -> dict:
    """A cluster as data: members named by id in every run (pages and records alike; ``original_path`` and
    each member's ``path`` say where it came from). The text form names page files by path, for people."""
    orig = c.members[c.original]
    return {"size": len(c.members), "original": orig.id, "original_path": orig.path,
            "members": [{"id": m.id, "path": m.path, "title": m.title, "published": m.published}
                        for m in c.members],
            "pairs": [{"a": c.members[p.a].id, "b": c.members[p.b].id,
                       "jaccard": p.jaccard, "containment": p.containment} for p in c.pairs]}


def _short(s: str | None, n: int = 36) -> str:
    s = (s or "").strip()
    return s if len(s) <= n else s[: n - 1] + "…"


def _reprints_text(clusters, n: int) -> str:
    """Clusters for people: members in date order, the likely original starred, then the pair figures."""
    in_clusters = sum(len(c.members) for c in clusters)
    lines = [f"{len(clusters)} cluster{'s' if len(clusters) != 1 else ''} of reprints among {n} articles "
             f"({in_clusters} articles in clusters)"]
    for k, c in enumerate(clusters, 1):
        orig = c.members[c.original]
        lines += ["", f"cluster {k}: {len(c.members)} articles; likely original: {_name(orig)}"
                      f" ({orig.published or 'no date'})"]
        width = max(len(_name(m)) for m in c.members)
        for i, m in enumerate(c.members):
            star = "*" if i == c.original else " "
            lines.append(f"  {star} {_name(m):<{width}}  {m.published or '(no date)':<19}  {_short(m.title)}")
        for p in c.pairs:
            lines.append(f"    {_name(c.members[p.a])} ~ {_name(c.members[p.b])}: "
                         f"Jaccard {p.jaccard:.3f}, containment {p.containment:.3f}")
    return "\n".join(lines) + "\n"
