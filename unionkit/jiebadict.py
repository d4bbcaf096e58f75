"""Where jieba's data files are, found without importing jieba (its import builds a 0.5 s trie).

The people finder reads its ``dict.txt`` as bytes, the keyword statistics read it with ``idf.txt``;
both ask here so that the look-up lives in one place."""

from __future__ import annotations

import importlib.util
import pathlib


def jieba_dir() -> pathlib.Path | None:
    """jieba's package directory, or None when jieba is not installed."""
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return pathlib.Path(next(iter(spec.submodule_search_locations)))
