"""``unionkit extract``: the record of each article — meta and entities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

if TYPE_CHECKING:  # ``o`` (the shared typer options) is bound by the typer layer, cli/app.py
    from . import options as o
from .common import Reporter, articles, run
from .progress import wanted

NAME = "extract"
HELP = ("Fill each article's record: publish time, source, author, reporter, editor, views, site, url, "
        "credit; unions, people with titles, places (province/city/county), campaigns, figures. "
        "Reads raw pages (cleaned on the way) or records from 'unionkit clean'. The csv's characters are the "
        "body's non-whitespace characters, as stats counts them.")
EPILOG = ("Examples:  unionkit extract page.txt  ·  unionkit clean -f jsonl pages/ | unionkit extract > records.jsonl"
          "  ·  unionkit extract -f csv pages/ > meta.csv (one row per article: meta, then counts n_unions … n_figures)  ·  unionkit extract pages/ | jq -r .meta.published")

CSV_META = ("published", "source", "author", "reporter", "editor", "views", "site", "url", "credit")
#: The csv columns: id, title, meta, then counts (``characters``: non-whitespace, as stats counts them).
CSV_COLUMNS = ("id", "title", *CSV_META, "n_unions", "n_people", "n_places", "n_campaigns", "n_figures",
               "paragraphs", "characters")


def command(
    files: o.Files = None,
    fmt: Annotated[Literal["jsonl", "json", "table", "csv", "text"], o.format_option()] = "jsonl",
    output: o.Output = None,
    encoding: o.Encoding = None,
    jobs: o.Jobs = 1,
    strict: o.Strict = False,
    debug: o.Debug = False,
) -> None:
    run(lambda: extract(files=files, fmt=fmt, output=output, encoding=encoding, jobs=jobs, strict=strict),
        debug=debug)


def extract(*, files: list[str] | None, fmt: str = "jsonl", output: str | None = None,
            encoding: str | None = None, jobs: int = 1, strict: bool = False) -> int:
    """Extract every input's record and write it; returns the exit code."""
    from ..output import RecordWriter, open_output, write_rows

    reporter = Reporter(strict)
    records = articles(files, reporter, encoding=encoding, clean=True, extract=True, jobs=jobs,
                       show_progress=wanted(output))
    with open_output(output) as fh:
        if fmt in ("jsonl", "json", "text"):
            writer = RecordWriter(fh, fmt if fmt != "text" else "jsonl")
            for rec in records:
                if fmt == "text":
                    fh.write(record_text(rec) + "\n\n")
                else:
                    writer.write(rec)
            if fmt != "text":
                writer.close()
        elif fmt == "csv":
            _stream_csv(records, fh)
        else:
            for rec in records:
                write_rows(record_rows(rec), "table", fh, columns=["field", "value"], title=rec.id)
    return reporter.code


def csv_row(rec) -> dict:
    """One CSV row per article: id, title, the meta fields, then counts: n_unions, n_people, n_places,
    n_campaigns, n_figures (how many of each entity; the names are in jsonl/table), paragraphs, characters
    (the body's non-whitespace characters, as ``stats`` counts them)."""
    from ..record import visible_chars

    row = {"id": rec.id, "title": rec.title}
    row.update({k: getattr(rec.meta, k) for k in CSV_META})
    e = rec.entities
    row.update(n_unions=len(e.unions), n_people=len(e.people), n_places=len(e.places),
               n_campaigns=len(e.campaigns), n_figures=len(e.figures), paragraphs=len(rec.body),
               characters=sum(visible_chars(p) for p in rec.body))
    return row


def _stream_csv(records, fh) -> None:
    """The header, then one row per record as it comes (the header also when no input gave a record)."""
    import csv

    w = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    w.writeheader()
    for rec in records:
        w.writerow({k: ("" if v is None else v) for k, v in csv_row(rec).items()})
        fh.flush()


def record_rows(rec) -> list[dict]:
    """A readable field/value view of one record (the table format)."""
    rows = [{"field": "title", "value": rec.title}]
    rows += [{"field": k, "value": getattr(rec.meta, k)} for k in CSV_META]
    e = rec.entities
    rows.append({"field": "unions", "value": [u.name for u in e.unions]})
    rows.append({"field": "people", "value": [p.name + (f" ({', '.join(p.titles)})" if p.titles else "")
                                               for p in e.people]})
    rows.append({"field": "places", "value": ["/".join(x for x in (p.province, p.city, p.county) if x) or p.name
                                               for p in e.places]})
    rows.append({"field": "campaigns", "value": e.campaigns})
    rows.append({"field": "figures", "value": [f.text for f in e.figures]})
    return rows


def record_text(rec) -> str:
    """A plain 'field: value' block per record."""
    from ..output import _cell

    return "\n".join(f"{r['field']}: {_cell(r['value'])}" for r in record_rows(rec) if r["value"] not in (None, []))
