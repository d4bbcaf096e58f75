"""What every command shares at run time: failure reporting, exit codes, input wiring.

Exit codes (documented in README): 0 success; 1 some inputs failed (the rest
were processed; an empty file or a directory holding no pages is such a
failure) or, for ``diff``, the texts differ; 2 usage error (an unknown
--encoding, options that do not go together) or an output that cannot be
written; 3 internal error (a bug: run with --debug and report it); 130
interrupted.
"""

from __future__ import annotations

import functools
import os
import sys
from typing import Callable, Iterator

from .. import interrupt
from . import progress
from ..inputs import Failure, read_inputs
from ..output import OutputError
from ..record import Article

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class UsageError(Exception):
    """A mistake in how the command was called: one line on stderr, exit 2."""


class Reporter:
    """One stderr line per failed input; counts them for the exit code."""

    def __init__(self, strict: bool = False):
        self.failures = 0
        self.strict = strict

    def fail(self, failure: Failure | str) -> None:
        self.failures += 1
        err(str(failure))
        if self.strict:
            raise StrictStop()

    def warn(self, message: str) -> None:
        """Damage that was repaired (bad bytes replaced …): named on stderr, not a failure."""
        err(f"warning: {message}")

    @property
    def code(self) -> int:
        return EXIT_FAILED if self.failures else EXIT_OK


class StrictStop(Exception):
    """--strict: the first bad input ends the run."""


def err(message: str) -> None:
    """One line on stderr, prefixed with the program name (a progress line on screen erased first)."""
    progress.clear()
    sys.stderr.write(f"unionkit: {message}\n")
    sys.stderr.flush()


def input_files(files: list[str] | None) -> list[str]:
    """FILES as given; none means stdin, unless stdin is a terminal (a usage error, not a wait)."""
    if files:
        return files
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("no input: give FILES, a directory, or pipe pages on stdin (see --help)")
    return ["-"]


def check_encoding(encoding: str | None) -> None:
    """--encoding names a codec Python knows: a usage error before any input is read, not one per file."""
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(f"--encoding: unknown encoding {encoding!r} (e.g. utf-8, gb18030, big5)") from None


def articles(files: list[str] | None, reporter: Reporter, *, encoding: str | None = None,
             clean: bool = True, to: str | None = None, extract: bool | str = False,
             jobs: int = 1, show_progress: bool = False) -> Iterator[Article]:
    """Articles from the inputs: raw pages (and raw crawler records) cleaned when ``clean``,
    records extracted when ``extract``; ``jobs`` > 1 runs that work in a process pool;
    ``show_progress`` (see ``progress.wanted``) draws a progress line on a terminal's stderr.
    The arguments are checked here, before the first input is read."""
    check_encoding(encoding)
    return _articles(input_files(files), reporter, encoding=encoding, clean=clean, to=to,
                     extract=extract, jobs=jobs, show=progress.Progress(show_progress))


def _articles(files: list[str], reporter: Reporter, *, encoding: str | None, clean: bool, to: str | None,
              extract: bool | str, jobs: int, show: progress.Progress) -> Iterator[Article]:
    from ..parallel import ordered_map

    work = functools.partial(process, clean=clean, to=to, extract=extract)
    items = read_inputs(files, encoding=encoding, warn=reporter.warn)
    try:
        for item in ordered_map(work, items, jobs, passthrough=lambda x: isinstance(x, Failure)):
            failed = isinstance(item, Failure)
            show.tick(failed)
            if failed:
                reporter.fail(item)
                continue
            yield item
    finally:
        show.clear()


def process(item: Article, *, clean: bool = True, to: str | None = None,
            extract: bool | str = False) -> Article:
    """The per-article work of a command: a pure function, safe to run in a worker process.

    ``extract="auto"`` extracts only records that carry no extracted data yet."""
    if extract == "auto":
        extract = needs_extract(item)  # decided before cleaning, while a raw page still shows as one
    if clean and (item.raw is not None or to):
        from ..clean import clean_article

        item = clean_article(item, to=to)
    if extract:
        from ..extract import extract as extract_article

        item = extract_article(item)
    return item


def needs_extract(art: Article) -> bool:
    """True for a raw page or crawler record, and for a record with no entities (clean's output):
    what ``extract`` would give it is what stats and --reprints count. Meta alone does not make a
    record extracted: an HTML page's markup fills some meta (site) before any extraction."""
    if art.raw is not None:
        return True
    e = art.entities
    return not (e.unions or e.people or e.places or e.campaigns or e.figures)


def run(body: Callable[[], int], *, debug: bool = False) -> None:
    """Run a command body and turn every outcome into one stderr line and an exit code."""
    import typer  # the typer layer's exit; the plain fast path uses run_body and never imports typer

    raise typer.Exit(run_body(body, debug=debug))


def run_body(body: Callable[[], int], *, debug: bool = False) -> int:
    """The exit code of a command body, every failure turned into one stderr line (no typer needed)."""
    try:
        code = body()
        interrupt.check()
    except UsageError as e:
        err(str(e))
        code = EXIT_USAGE
    except OutputError as e:
        err(str(e))
        code = EXIT_USAGE
    except StrictStop:
        code = EXIT_FAILED
    except KeyboardInterrupt:
        err("interrupted")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        quiet_broken_pipe()
        code = EXIT_OK
    except Exception as e:  # noqa: BLE001 - the user gets one line, --debug the traceback
        if interrupt.seen():
            # Ctrl-C raised inside library code that turned it into another error (a worker pool, a
            # generator's cleanup): the run was interrupted, not broken.
            err("interrupted")
            return EXIT_INTERRUPTED
        if debug:
            import traceback  # (here: only a failing run loads it)

            traceback.print_exc()
        err(f"internal error: {type(e).__name__}: {e} (run with --debug for the traceback)")
        code = EXIT_INTERNAL
    return code


def quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, without a flush error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
