"""Build unionkit/data/wordfreq.bin from the installed jieba's dictionary (run by hand, not at install).

jieba 0.42's dictionary is MIT-licensed; the file holds its words with a positive
frequency and jieba's total, in the format described in unionkit/clean/wordfreq.py.
"""

import pathlib

from unionkit.clean.wordfreq import dumps, from_jieba, loads

out = pathlib.Path(__file__).resolve().parent.parent / "unionkit" / "data" / "wordfreq.bin"
table = from_jieba()
data = dumps(table)
again = loads(data)
assert (len(again), again.total, again.text[again.base:]) == (len(table), table.total, table.text)
out.write_bytes(data)
print(f"{out}: {len(table)} words, total {table.total}, {out.stat().st_size} bytes")
