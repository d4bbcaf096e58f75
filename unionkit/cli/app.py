"""The ``unionkit`` command: a thin typer layer over the library."""

from __future__ import annotations

import functools
import signal
import sys
from typing import Annotated, Optional


@functools.lru_cache(maxsize=1)
def _build():
    """The typer application, built on first use: the plain fast path below never imports typer."""
    global typer  # the callback's string annotations are read in this module's namespace
    import typer

    from ..output import plain_terminal
    from . import clean as clean_cmd
    from . import dask as dask_cmd
    from . import diff as diff_cmd
    from . import extract as extract_cmd
    from . import options
    from . import stats as stats_cmd

    app = typer.Typer(
        name="unionkit",
        help="Clean and extract Chinese trade-union news pages: clean | extract | stats | diff.",
        epilog="Example: unionkit clean --format jsonl pages/ | unionkit extract | unionkit stats",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        # NO_COLOR (or a dumb terminal): click's plain help and usage errors, since rich drops only the
        # colours and keeps its bold and dim codes
        **({"rich_markup_mode": None} if plain_terminal() else {}),
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    app.callback()(_main)
    for module in (clean_cmd, extract_cmd, stats_cmd, diff_cmd, dask_cmd):
        # The commands' typer signatures name their option types through ``o`` (string annotations, read
        # when typer builds the command): clean and extract leave that import to this layer.
        module.o = options
        app.command(name=module.NAME, help=module.HELP, epilog=module.EPILOG,
                    context_settings={"help_option_names": ["-h", "--help"]})(module.command)
    return app


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"unionkit {__version__}")
        raise typer.Exit()


# (String annotations, read by typer once _build has bound ``typer`` in this module.)
def _main(version: Annotated[Optional[bool], typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None) -> None:
    """Clean and extract Chinese trade-union news pages."""


def __getattr__(name: str):
    """``unionkit.cli.app.app``: the typer application (built on first access)."""
    if name == "app":
        return _build()
    raise AttributeError(name)


def _run_clean(files: list[str]) -> int:
    from .clean import clean

    return clean(files=files)


def _run_extract(files: list[str], **options: str) -> int:
    from .extract import extract

    return extract(files=files, **options)


#: Commands whose plain form (``unionkit CMD FILE…``) runs without typer (not even imported).
_FAST = {"clean": _run_clean, "extract": _run_extract}
#: Options the fast path reads too, per command: the option word -> the command function's keyword.  Extract's
#: output file and format are what a pipeline's last step sets (unionkit extract -o records.jsonl pages/).
_FAST_OPTIONS = {"extract": {"-o": "output", "--output": "output", "-f": "fmt", "--format": "fmt"}}
#: The values of each fast option that typer takes as written (the command's Literal choices); any other falls back.
_FAST_VALUES = {"fmt": frozenset(("jsonl", "json", "table", "csv", "text"))}


def _fast_args(cmd: str, args: list[str]) -> tuple[list[str], dict[str, str]] | None:
    """The files and the options of ``unionkit CMD ARGS…`` when the fast path reads every word of them, else None.

    Only a plain option word, then its value as a word of its own (``-o FILE``, ``--format csv``), given once;
    any other form (``--output=FILE``, ``-oFILE``, ``--``, a value that opens with a dash) is typer's to parse."""
    words = _FAST_OPTIONS.get(cmd, {})
    files: list[str] = []
    options: dict[str, str] = {}
    i = 0
    while i < len(args):
        a = args[i]
        if a in words:
            key = words[a]
            if i + 1 == len(args) or key in options:
                return None
            value = args[i + 1]
            if not value or value.startswith("-") or (key in _FAST_VALUES and value not in _FAST_VALUES[key]):
                return None
            options[key] = value
            i += 2
            continue
        if a.startswith("-") and a != "-":
            return None
        files.append(a)
        i += 1
    return (files, options) if files else None


def fast_path(argv: list[str]) -> int | None:
    """Exit code of ``unionkit clean|extract FILE…`` run directly, or None when typer must parse.

    Typer builds a pydantic validator for every parameter on each run (≈0.2 s
    of imports and schema building) and is itself ≈0.02 s to import; a Makefile
    that runs ``unionkit clean`` once per page should not pay that. Only the form with file
    arguments and the few options of _FAST_OPTIONS takes this path, so its behaviour is the same.
    """
    if len(argv) < 2 or argv[0] not in _FAST:
        return None
    got = _fast_args(argv[0], argv[1:])
    if got is None:
        return None
    files, options = got
    from .common import run_body

    return run_body(lambda: _FAST[argv[0]](files, **options))


def main() -> None:
    """Console-script entry point."""
    if hasattr(signal, "SIGPIPE"):
        # `| head` closes the pipe: die quietly like any Unix filter instead of raising.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from .. import interrupt

    interrupt.install()
    try:
        code = fast_path(sys.argv[1:])
        if code is not None:
            sys.exit(code)
        _build()()
    except KeyboardInterrupt:
        sys.stderr.write("unionkit: interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
