"""Build unionkit/data/wordfreq.bin from the installed jieba's dictionary (run by hand, not at install)."""

import pathlib

from unionkit.clean.wordfreq import dump, from_jieba

out = pathlib.Path(__file__).resolve().parent.parent / "unionkit" / "data" / "wordfreq.bin"
table = from_jieba()
out.write_bytes(dump(table))
print(f"{out}: {len(table.words)} words, total {table.total}, {out.stat().st_size} bytes")
