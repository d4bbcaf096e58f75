"""Write unionkit/data/regex.cache, the compiled patterns of the modules that make theirs through unionkit.lazyrx.

Run by hand after editing those patterns (tests/test_lazyrx.py says when the cache
misses some): a one-page run then unpickles its patterns instead of parsing them
with regex's pure-Python compiler (~60 ms a process). Patterns the cache lacks are
still compiled, only slower. The cache serves the regex version that wrote it only.
"""

from unionkit import lazyrx

n = lazyrx.build_cache()
print(f"{lazyrx.CACHE}: {n} patterns, regex {lazyrx.regex.__version__}, {lazyrx.CACHE.stat().st_size} bytes")
