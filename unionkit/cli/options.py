"""Options shared by the commands, declared once (as sqlite-utils' output_options)."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

import typer

Files = Annotated[Optional[list[str]], typer.Argument(
    help="Pages or record files; directories are walked (sorted; one holding no pages fails, exit 1); "
         "'-' or nothing reads stdin.",
    show_default=False, metavar="FILES")]
Output = Annotated[Optional[str], typer.Option(
    "--output", "-o", help="Write to FILE instead of stdout (written whole or not at all).",
    metavar="FILE", show_default=False)]
Encoding = Annotated[Optional[str], typer.Option(
    "--encoding", help="Decode pages with this encoding instead of detecting it (e.g. gb18030, big5); "
                       "an unknown name is a usage error (exit 2).",
    show_default=False)]
Strict = Annotated[bool, typer.Option("--strict", help="Stop at the first bad input or record.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show the Python traceback of an internal error.")]
Script = Annotated[Optional[Literal["simplified", "traditional"]], typer.Option(
    "--to", help="Convert the output's script.", show_default=False)]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (output stays in input order).")]


def format_option() -> object:
    """The --format/-f option; each command gives its own choices as a Literal type."""
    return typer.Option("--format", "-f", help="Output format.", show_default=True)
