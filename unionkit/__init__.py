"""unionkit: clean and extract Chinese trade-union news pages.

The Python API over the Article record (the CLI is a thin layer over it)::

    import unionkit
    for art in unionkit.read("pages/"):          # raw pages and records, one at a time
        art = unionkit.extract(unionkit.clean(art))
        print(art.title, art.meta.published, [u.name for u in art.entities.unions])

    art = unionkit.clean("标题\\n正文……")          # a page given as text
    unionkit.to_dict(art)                          # JSON-ready dict (docs/record.md)

Heavy dictionaries (jieba, OpenCC, pypinyin, the gazetteer) load on first use.
"""

from __future__ import annotations

from .api import ReadError, clean, extract, read
from .record import Article, from_dict, to_dict

__version__ = "0.1.0"
__all__ = ["Article", "read", "clean", "extract", "to_dict", "from_dict", "ReadError"]
