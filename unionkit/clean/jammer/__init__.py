"""Anti-copy "jammer" strings: runs of random printable ASCII hidden in a page.

Some forum and news sites defeat copying by printing short random ASCII runs
(``e &3#2_``, ``V2Y$yV8g1``, ``%F5 =n"``) in invisible text, either after a
paragraph (separated by a space) or on a line of their own.  Scraped as plain
text they show up as garbage after the sentence's final punctuation.

The decision is made on the *shape* of the run, not on a list of strings:
the run is split into whitespace-separated tokens and each token is classed as

* legit — it has the structure of real Latin text: a word with a plausible
  case pattern (``iPhone``, ``WeChat``, ``APPs``), a number with separators or a
  unit (``3.5%``, ``2024-04-18``, ``10km``), a code (``COP15``, ``H1N1``), words
  joined by connectors (``1+8+X``, ``Ctrl+Enter``, ``TCP/IP``), a URL, e-mail,
  hashtag, quoted short code, or an emoticon;
* neutral — a lone separator such as ``-``, ``|``, ``/``, ``&``;
* junk — anything else: punctuation in random places (``&3#2_``, ``%F5``),
  random case flips (``XGIpUz``, ``yV8g1``), random letter/digit/case mixes.

A run is jammer when it contains at least one junk token.  Only runs in the
positions jammers take are looked at: the ASCII tail of a line after the
text (separated from it by whitespace), or a line that is ASCII only.

Span convention: a trailing jammer's span starts at the whitespace that
separates it from the text and runs to the end of the line (trailing blanks
included), so ``line[:start]`` is the cleaned line.  A jammer line's span is
the whole line.  Whitespace inside a span is not jammer text: count
non-whitespace characters when accounting for removals.

Where each step lives (a module imports only modules listed before it):

* ``base``: the token patterns (URL, e-mail, number, emoticon), word tables, bracket pairs, ``_after_sentence``;
* ``tokens``: whether a token is legit Latin, a neutral separator or junk (``token_class``);
* ``spelling``: whether lowercase letters spell as English or read as pinyin (``_english_runs``, ``_pinyin``);
* ``tails``: per-line jammers: a line's ASCII tail or an ASCII-only line (``jammer_spans``, ``is_jammer_line``,
  ``strip_jammers``) and junk runs inside Chinese text (``inline_jammer_spans``);
* ``shapes``: shapes of short random strings read on a jammed page only (digit lines, glued and wedged runs,
  lowercase and letter codes, the halves of jammer pairs);
* ``page``: on a page the per-line rules found jammed, the weaker shapes in a jammer's places (``jammed_page_spans``);
* ``codes``: random strings of Latin capitals or other cased alphabets, full-width ones folded (``code_jammer_spans``);
* ``lower``: random a-z strings between paragraphs, told from pinyin and English (``lower_jammer_spans``);
* ``punct``: random strings of full-width punctuation with some ASCII, ending a line (``punct_jammer_spans``).
"""

from __future__ import annotations

from .tokens import token_class
from .tails import NUMBER_UNITS, jammer_spans, inline_jammer_spans, is_jammer_line, strip_jammers
from .page import MIN_JAMMED, BRACKETED_MAX, jammed_page_spans
from .codes import CODES_MIN, CODES_RANDOM_MIN, code_jammer_spans
from .lower import LOWER_RANDOM_MIN, lower_jammer_spans
from .punct import punct_jammer_spans
