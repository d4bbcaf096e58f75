"""``unionkit dask clean|extract``: the same pipeline on a Dask cluster (the ``unionkit[dask]`` extra)."""

from __future__ import annotations

import glob
import os
from typing import Annotated, Literal, Optional

import typer

from . import options as o
from .common import Reporter, UsageError, check_encoding, input_files, run

NAME = "dask"
HELP = ("Run clean or extract on a Dask cluster: inputs are read as a dask.bag (files grouped into "
        "partitions, big JSON Lines files cut into line ranges), the same record functions run on the "
        "workers, and the records come back in input order as JSON Lines on stdout, or are written by "
        "the workers as OUTDIR/part-00000.jsonl … with -o. Needs: pip install 'unionkit\\[dask]'.")
EPILOG = ("Examples:  unionkit dask clean --local 4 pages/ > clean.jsonl  ·  "
          "unionkit dask extract --scheduler tcp://10.0.0.5:8786 -o /shared/records /shared/pages/  ·  "
          "see docs/dask.md for a Slurm recipe")


def command(
    action: Annotated[Literal["clean", "extract"], typer.Argument(
        help="What to run: clean (records of cleaned pages) or extract (cleaned and extracted).",
        show_default=False)],
    files: Annotated[Optional[list[str]], typer.Argument(
        help="Pages or record files the workers can open; directories are walked (sorted).",
        show_default=False, metavar="FILES")] = None,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Address of a running Dask scheduler (tcp://HOST:8786); workers must see FILES "
        "and OUTDIR at the same paths.", metavar="ADDRESS", show_default=False)] = None,
    local: Annotated[Optional[int], typer.Option(
        "--local", min=1, help="Start a local cluster of N worker processes on loopback instead "
        "(the default, with one per core).", metavar="N", show_default=False)] = None,
    outdir: Annotated[Optional[str], typer.Option(
        "--output", "-o", help="Write OUTDIR/part-NNNNN.jsonl (one per partition, in input order) "
        "instead of streaming to stdout.", metavar="OUTDIR", show_default=False)] = None,
    to: o.Script = None,
    encoding: o.Encoding = None,
    files_per_partition: Annotated[int, typer.Option(
        "--files-per-partition", min=1, help="Whole files (pages) per partition.")] = 64,
    lines_per_partition: Annotated[int, typer.Option(
        "--lines-per-partition", min=1, help="Lines per partition of a big JSON Lines file.")] = 1000,
    strict: o.Strict = False,
    debug: o.Debug = False,
) -> None:
    run(lambda: dask_run(action=action, files=files, scheduler=scheduler, local=local, outdir=outdir, to=to,
                         encoding=encoding, files_per_partition=files_per_partition,
                         lines_per_partition=lines_per_partition, strict=strict), debug=debug)


def dask_run(*, action: str, files: list[str] | None, scheduler: str | None = None, local: int | None = None,
             outdir: str | None = None, to: str | None = None, encoding: str | None = None,
             files_per_partition: int = 64, lines_per_partition: int = 1000, strict: bool = False) -> int:
    """Clean or extract FILES on a Dask cluster; returns the exit code."""
    if scheduler and local:
        raise UsageError("give --scheduler ADDRESS or --local N, not both")
    if action == "extract" and to:
        raise UsageError("--to applies to clean only")
    check_encoding(encoding)
    paths = input_files(files)
    if "-" in paths:
        raise UsageError("Dask workers cannot read stdin: give files or directories they can open")
    if outdir:
        _check_outdir(outdir)
    try:
        from .. import dask as ud
    except ImportError as e:
        raise UsageError(f"the Dask extra is not installed ({e.name} is missing): "
                         "pip install 'unionkit[dask]'") from None

    reporter = Reporter(strict)
    bag = ud.read_bag(paths, encoding=encoding, files_per_partition=files_per_partition,
                      lines_per_partition=lines_per_partition)
    bag = ud.clean_bag(bag, to=to) if action == "clean" else ud.extract_bag(bag)
    with _client(scheduler, local):
        if outdir:
            return _write(ud, bag, outdir, reporter)
        return _stream(ud, bag, reporter)


def _check_outdir(outdir: str) -> None:
    """OUTDIR must not hold part files of an earlier run (they would mix with this run's)."""
    if os.path.exists(outdir) and not os.path.isdir(outdir):
        raise UsageError(f"{outdir}: not a directory")
    if glob.glob(os.path.join(glob.escape(outdir), "part-*.jsonl")):
        raise UsageError(f"{outdir}: already holds part-*.jsonl files; remove them or choose another directory")


def _client(scheduler: str | None, local: int | None):
    """A Client on the given scheduler, or on a new loopback-only LocalCluster (closed with it)."""
    import contextlib
    import logging
    import warnings

    from distributed import Client, LocalCluster

    stack = contextlib.ExitStack()
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as e:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
        stack.enter_context(client)
        return stack
    with warnings.catch_warnings():
        # The scheduler's small HTTP server (health, metrics) moves off port 8787 when another
        # local cluster holds it: not the user's concern.
        warnings.filterwarnings("ignore", message="Port .* is already in use")
        cluster = stack.enter_context(LocalCluster(
            n_workers=local or os.cpu_count() or 1, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR))
    stack.enter_context(Client(cluster))
    return stack


def _stream(ud, bag, reporter: Reporter) -> int:
    """Records back in input order, as JSON Lines on stdout; failures named on stderr."""
    import sys

    from ..inputs import Failure
    from ..output import RecordWriter

    writer = RecordWriter(sys.stdout, "jsonl")
    for item in ud.iter_ordered(bag):
        if isinstance(item, Failure):
            reporter.fail(item)
        else:
            writer.write(item)
    return reporter.code


def _write(ud, bag, outdir: str, reporter: Reporter) -> int:
    """Workers write the part files; the client names the failures, then one summary line."""
    from .common import err

    try:
        results = ud.write_partitions(bag, outdir)
    except OSError as e:
        from ..output import OutputError

        raise OutputError(f"{outdir}: cannot write ({(e.strerror or str(e)).lower()})") from None
    total = 0
    for _path, n, failures in results:
        total += n
        for f in failures:
            reporter.fail(f)
    err(f"wrote {total} records in {len(results)} part files to {outdir}")
    return reporter.code
