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


def _run_extract(files: list[str]) -> int:
    from .extract import extract

    return extract(files=files)


#: Commands whose plain form (``unionkit CMD FILE…``) runs without typer (not even imported).
_FAST = {"clean": _run_clean, "extract": _run_extract}


def fast_path(argv: list[str]) -> int | None:
    """Exit code of ``unionkit clean|extract FILE…`` run directly, or None when typer must parse.

    Typer builds a pydantic validator for every parameter on each run (≈0.2 s
    of imports and schema building) and is itself ≈0.02 s to import; a Makefile
    that runs ``unionkit clean`` once per page should not pay that. Only the form with nothing but file
    arguments (all defaults) takes this path, so its behaviour is the same.
    """
    if len(argv) < 2 or argv[0] not in _FAST:
        return None
    files = argv[1:]
    if any(a.startswith("-") and a != "-" for a in files):
        return None
    from .common import run_body

    return run_body(lambda: _FAST[argv[0]](files))


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
