"""Tiny runner for scoring: ``python -m unionkit.clean PAGE.txt`` prints title then body lines."""

import sys

from . import clean_text


def main(argv: list[str]) -> int:
    """Print the cleaned title and body paragraphs of the page at argv[1], one per line."""
    with open(argv[1], encoding="utf-8", errors="replace") as fh:
        art = clean_text(fh.read(), path=argv[1])
    sys.stdout.write("\n".join([art.title or "", *art.body]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
