"""Build unionkit/data/pinyin.tsv, the char -> readings table of unionkit/clean/pinyin.py (run by hand).

The readings come from pypinyin (MIT licence, Copyright (c) 2016 mozillazg, 闲耘):
for every Han character (regex ``\\p{Han}``) and every character of
``pypinyin.pinyin_dict``, the set ``pinyin.readings_from_pypinyin`` returns
(heteronyms included), written as ``<char><TAB><base+tone> ...`` (tone 1-4, 5 =
neutral; ``ü`` kept). Characters without a reading are left out. The script
checks that the shipped table answers exactly like pypinyin for every character.
"""

import pathlib
import sys

import pypinyin
import regex
from pypinyin.pinyin_dict import pinyin_dict

from unionkit.clean import pinyin

out = pathlib.Path(__file__).resolve().parent.parent / "unionkit" / "data" / "pinyin.tsv"
han = regex.compile(r"\p{Han}")
chars = sorted({chr(c) for c in range(sys.maxunicode + 1) if han.match(chr(c))} | {chr(c) for c in pinyin_dict})
rows, want = [], {}
for ch in chars:
    rs = pinyin.readings_from_pypinyin(ch)
    want[ch] = rs
    if rs:
        rows.append(ch + "\t" + " ".join(sorted(f"{b}{t}" for b, t in rs)))
header = (f"# Han character -> pinyin readings (base + tone 1-5, 5 = neutral), built by scripts/build_pinyin.py\n"
          f"# from pypinyin {pypinyin.__version__}: MIT licence, Copyright (c) 2016 mozillazg, 闲耘 <hotoo.cn@gmail.com>\n")
out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")

table = pinyin.Table(out.read_bytes())
bad = [ch for ch in chars if table.readings(ch) != want[ch]]
assert not bad, bad[:20]
print(f"{out}: {len(rows)} characters with readings of {len(chars)} checked, {out.stat().st_size} bytes")
