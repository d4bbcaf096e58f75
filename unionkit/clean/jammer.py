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
"""

from __future__ import annotations

import re

from .. import lazyrx
from .. import recode
from .lines import HAN

# The last character that is neither printable ASCII nor whitespace (reverse search).
_LAST_TEXT = lazyrx.cached(r"(?r)[^\x20-\x7e\s]")
_WS = recode.compile(r"\s+")
_TOKEN = recode.compile(r"\S+")

# Token shapes that are always legit.
_URL = recode.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]{1,9}://|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?(?:[/?#][\x21-\x7e]*)?")
# Domains are written in one case: www.workercn.cn, GOV.CN.
_DOMAIN = recode.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}(?::\d+)?(?:/[\x21-\x7e]*)?|(?:[A-Z0-9-]+\.)+[A-Z]{2,6}")
_EMAIL = recode.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_TAG = recode.compile(r"[#@]([A-Za-z][A-Za-z0-9_]+(?:[-.][A-Za-z0-9_]+)*|\d+)#?")
# Numbers: signed, currency, thousands separators, decimals, dates, times, ranges, percent.
_NUMBER = recode.compile(r"[-+~$]?\d+(?:[.,:/~-]\d+)*%?(?:[~-]\d+(?:\.\d+)?%?)?")
# A bracketed group inside a token: (0839)3262473, report(1).pdf, H(1)
_INNER_PAREN_AFTER = recode.compile(r"(?<=[A-Za-z0-9])\(([A-Za-z0-9]+)\)")
_INNER_PAREN_BEFORE = recode.compile(r"\(([A-Za-z0-9]+)\)(?=[A-Za-z0-9])")
# Emoticons that end forum posts: :-) ;) :P ^_^ T_T o_O
_EMOTICON = recode.compile(r"[:;=8][-o'^]?[)(\]\[DPpOo/\\|*3]{1,3}|\^[_.-]?\^|[Tt]_[Tt]|[oO]_[oO]|[xX]D")
_PIECE = recode.compile(r"[A-Za-z0-9]+|[^A-Za-z0-9]")
_RUN = recode.compile(r"[A-Za-z]+|[0-9]+")
_CASE_RUN = recode.compile(r"[A-Z]+|[a-z]+")
_VOWEL = recode.compile(r"[aeiouAEIOU]")
_LOWER2 = recode.compile(r"[a-z]{2}")
_FKEY = recode.compile(r"F\d{1,2}")
_CONTRACTIONS = frozenset("s t d m ll re ve S T D M LL RE VE".split())
# One-letter lowercase prefixes of camel-case words (iPhone, eBay, jQuery) and of acronyms (iOS, eID, mRNA, tRNA).
_CAMEL_PREFIXES = frozenset("eij")
_CAPS_PREFIXES = frozenset("eimt")
# Vowel-less capitalised words that are real: title and key abbreviations.
_ABBREV = frozenset("Mr Mrs Ms Dr St Jr Sr Rd Mt Ft Ltd Ctrl Cmd Bldg Pvt".split())
# Units whose case or vowel pattern no word rule accepts.
_UNITS = frozenset(("kWh mAh MHz GHz kHz THz Hz Pa kPa MPa Wh Ah dB dBm mL kB KB Kb Mb Gb Tb Mbps Gbps kbps "
                    "mmHg pH mph kph rpm bps fps ppm ppb").split())
# Lone separators that legit Latin text uses between tokens.
_NEUTRAL = frozenset("- -- | / & + = : . ... > >> < << ~ -> => ! ? !! ?? !? ?!".split())
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", '"': '"', "'": "'"}
_CLOSE = {v: k for k, v in _PAIRS.items()}


def _has_vowel(w: str) -> bool:
    """Whether letters can be read as syllables (y counts in short words: by, Sky)."""
    return bool(_VOWEL.search(w)) or (len(w) <= 3 and "y" in w.lower())


def _letters_ok(w: str) -> bool:
    """Whether a run of ASCII letters has the case pattern of a real word or name.

    Random strings flip case at random (XGIpUz, wLMvC); real mixed-case words
    are camel-case segments that each read as a word (YouTube, iPhone, APPs).
    """
    if w.isupper() or w in _UNITS or w in _ABBREV:
        return True
    if w.islower():  # pinyin initials (yyds, xswl) and laughter (hhhh) are vowel-less too
        return True
    if len(w) == 3 and w[0].isupper() and w[1].islower() and w[2].isupper():
        return True  # PhD, CoV
    runs = _CASE_RUN.findall(w)
    if len(runs) > 6:
        return False
    prefix = runs[0] if runs[0].islower() else ""
    rest = runs[1:] if prefix else runs
    pairs = [(rest[i], rest[i + 1] if i + 1 < len(rest) else None) for i in range(0, len(rest), 2)]
    if prefix:
        if len(prefix) >= 2:  # macOS, watchOS
            return (len(prefix) >= 3 and _has_vowel(prefix) and len(pairs) == 1 and pairs[0][1] is None
                    and 2 <= len(pairs[0][0]) <= 3)
        for k, (up, low) in enumerate(pairs):
            if low is None:  # iOS, mRNA, eID
                if not (2 <= len(up) <= 3 and k == 0 and prefix in _CAPS_PREFIXES):
                    return False
            elif len(up) != 1 or len(low) < 2 or not _VOWEL.search(up + low) or prefix not in _CAMEL_PREFIXES:
                return False  # iPhone, eBay, jQuery
        return True
    if len(pairs) == 1 and pairs[0][1] is not None and pairs[0][0] == w[:1]:  # a capitalised word
        return _has_vowel(w)
    had_word = False
    for k, (up, low) in enumerate(pairs):
        last = k == len(pairs) - 1
        if low is None:  # trailing capitals: HTML at the end
            if len(up) < 2:
                return False
        elif len(low) >= 2:  # YouTube, HTMLParser, WeChat
            if not _VOWEL.search(up[-1] + low):
                return False  # camel segments read as syllables: not BrdYly
            if len(up) >= 2 and len(low) < 3:
                return False  # an acronym runs into a word: HTMLParser, not WZey
            had_word = had_word or len(low) >= 3
        elif last:  # APPs, LinkedIn
            if not ((low == "s" and len(up) >= 2) or (len(up) == 1 and had_word)):
                return False
        elif not (k == 0 and len(up) == 1 and (up + low == "Mc" or _VOWEL.search(up + low))
                  and len(pairs[1][0]) == 1 and pairs[1][1] and len(pairs[1][1]) >= 2):
            return False  # McDonald, DiCaprio, not GpEV, GjIpk
    return True


def _mixed(r: str) -> bool:
    """Letters that are neither one case nor a capitalised word."""
    return not (r.islower() or r.isupper() or (r[0].isupper() and r[1:].islower()))


def _atom_ok(a: str) -> bool:
    """Whether an alphanumeric run looks like a word, number or product code."""
    runs = _RUN.findall(a)
    if len(runs) == 1:
        return runs[0][0].isdigit() or _letters_ok(runs[0])
    if len(runs) > 4:
        return False
    for k, r in enumerate(runs):
        if r[0].isdigit() or r in _UNITS:
            continue
        if _mixed(r):
            if len(r) < 4 or not _letters_ok(r) or not _LOWER2.search(r):
                return False  # iPhone15 but not yV8, 1UqC, I5aHUQ
        elif r.islower():
            if len(r) >= 3 and not _has_vowel(r):
                return False  # x86, h264, 2nd but not crp11, 24xpc
        elif not r.isupper():  # capitalised: Win10, Qwen2, Mate60 but not Pu3, 4Tyur
            if len(r) < 3 or not _has_vowel(r) or (k > 0 and len(runs) < 3):
                return False
    letters = [r for r in runs if r[0].isalpha()]
    if len(runs) == 4:  # H1N1, H7N9
        return runs[0][0].isalpha() and all(r.isupper() for r in letters)
    if len(runs) == 3:
        if runs[0][0].isalpha():  # B2B, O2O, A320neo, Mate60Pro
            return all(r.isupper() for r in letters) or (
                runs[0][0].isupper() and len(runs[2]) >= 3 and not _mixed(runs[2]) and _has_vowel(runs[2]))
        return len(runs[1]) == 1  # 3x4
    return True


def _word_like(a: str, digits: bool = True) -> bool:
    """An operand of '+': a number, a capital, capitals, a capitalised word or a key (1+N, Ctrl+Enter, Alt+F4)."""
    if a.isdigit():
        return digits
    if _FKEY.fullmatch(a):
        return True
    return a.isalpha() and (a.isupper() or (a[0].isupper() and a[1:].islower() and len(a) >= 3))


def _compound_ok(core: str) -> bool:
    """Whether a token is alphanumeric atoms joined by single connectors (1+8+X, TCP/IP, don't, No.1, C++)."""
    pieces = _PIECE.findall(core)
    i, n = 0, len(pieces)
    if pieces[0] == "." and n > 1 and pieces[1].isupper() and len(pieces[1]) >= 2:  # .NET
        i = 1
    elif pieces[0] == "$" and n > 1 and pieces[1][0].isdigit():  # $1.5M
        i = 1
    if core.endswith("++") and n >= 3:  # C++
        n -= 2
    elif n >= 2 and pieces[-1] in "+#%":  # 1+, AI+, Disney+, C#, 3.5%
        n -= 1
        last = pieces[-2]
        if not ((pieces[-1] == "+" and _word_like(last) and not (last.isupper() and len(last) > 2))
                or (pieces[-1] == "#" and len(last) == 1) or (pieces[-1] == "%" and last.isdigit())):
            return False
    atoms = pieces[i:n:2]
    seps = pieces[i + 1:n:2]
    if not atoms or len(atoms) > 8 or len(atoms) != len(seps) + 1:
        return False
    if not all(a[0].isalnum() for a in atoms) or not all(len(s) == 1 and not s.isalnum() for s in seps):
        return False
    for s, a, b in zip(seps, atoms, atoms[1:]):
        if s in "-_/.":
            continue
        if s == "+":
            if not (_word_like(a) and _word_like(b)):
                return False
        elif s == "&":  # R&D, AT&T, Q&A
            if not (a.isupper() and b.isupper() and a.isalpha() and b.isalpha()):
                return False
        elif s == ":":  # times, ratios, Tel:0839
            if not b.isdigit():
                return False
        elif s == ",":  # 1,000
            if not (a.isdigit() and b.isdigit() and len(b) == 3):
                return False
        elif s == "'":  # don't, McDonald's, we're
            if not (a.isalpha() and b in _CONTRACTIONS):
                return False
        else:
            return False
    return all(_atom_ok(a) for a in atoms)


def _strip_edges(tok: str, before: str, after: str) -> tuple[str, bool]:
    """The token without balanced brackets/quotes and final sentence punctuation; whether it was quoted."""
    i, j = 0, len(tok)
    quoted = False
    while i < j - 1 and i < 2 and tok[i] in _PAIRS and _PAIRS[tok[i]] in tok[i + 1:] + after:
        quoted = quoted or tok[i] in "\"'"
        i += 1
    punct = False
    for _ in range(4):
        if j <= i:
            break
        c = tok[j - 1]
        if c in _CLOSE and _CLOSE[c] in before + tok[:j - 1]:
            j -= 1
        elif not punct and (c in ".,;" or (c == ":" and j - 2 >= i and tok[j - 2].isalpha()) or (
                c in "!?" and j - 2 >= i and tok[j - 2].islower())):
            j -= 1  # one sentence mark: day. UID: you!
            punct = True
        else:
            break
    return tok[i:j], quoted


def token_class(tok: str, before: str = "", after: str = "") -> int:
    """1 when a token is legit Latin text, 0 when a neutral separator, -1 when junk.

    `before` and `after` are the rest of the ASCII run, used to match brackets
    and quotes that span tokens: (Tom Lee).
    """
    if _URL.fullmatch(tok) or _EMAIL.fullmatch(tok) or _EMOTICON.fullmatch(tok):
        return 1
    if "(" in tok:
        tok = _INNER_PAREN_BEFORE.sub(r"\1-", _INNER_PAREN_AFTER.sub(r"-\1", tok))
    if tok in _NEUTRAL or (len(tok) >= 3 and len(set(tok)) == 1 and not tok[0].isalnum()):
        return 0  # separators and rules: -----, =====
    core, quoted = _strip_edges(tok, before, after)
    if not core:  # a lone closing bracket of a group opened before it ("阅读次数:[ 211 ]") separates; else junk
        return 0 if len(tok) == 1 and tok in _CLOSE and _CLOSE[tok] in before else -1
    if quoted and core.isalnum() or _EMOTICON.fullmatch(core):
        return 1  # "X7kP": a short code in quotes keeps any case mix; (^_^)
    if _NUMBER.fullmatch(core) or _DOMAIN.fullmatch(core) or _EMAIL.fullmatch(core) or _URL.fullmatch(core):
        return 1
    m = _TAG.fullmatch(core)
    if m:
        return 1 if _compound_ok(m.group(1)) else -1
    return 1 if _compound_ok(core) else -1


def _jammer_start(text: str, tokens: list[re.Match]) -> int | None:
    """Index of the first jammer token in a run of tokens, or None when it is legit text.

    A run with a junk token is jammer as a whole (``e &3#2_``, ``5Y-2 #``):
    random strings often contain legit-looking pieces.  Only URLs and e-mail
    addresses before the first junk token stay as text.
    """
    first = None
    for i, m in enumerate(tokens):
        if token_class(m.group(), text[:m.start()], text[m.end():]) < 0:
            first = i
            break
    if first is None:
        return None
    k = first
    while k > 0 and not (_URL.fullmatch(tokens[k - 1].group()) or _EMAIL.fullmatch(tokens[k - 1].group())):
        k -= 1
    return k


def jammer_spans(line: str) -> list[tuple[int, int]]:
    """Character spans of `line` that are jammer text (see the module doc for the span convention)."""
    end = len(line.rstrip())
    if end == 0 or line[end - 1] > "\x7e":
        return []  # the text ends in Han or CJK punctuation: no trailing jammer
    m = _LAST_TEXT.search(line, 0, end)
    if m is None:  # an ASCII-only line
        toks = list(_TOKEN.finditer(line, 0, end))
        k = _jammer_start(line, toks)
        if k is None:
            return []
        if k == 0:
            return [(0, len(line))]
        return [(toks[k - 1].end(), len(line))]
    tail = m.end()
    # A tail glued to the text (达97.2%) is part of it; the jammer starts after whitespace.
    ws = _WS.search(line, tail, end)
    if ws is None:
        return []
    toks = list(_TOKEN.finditer(line, ws.end(), end))
    k = _jammer_start(line, toks)
    if k is None:
        return []
    start = ws.start() if k == 0 else toks[k - 1].end()
    return [(start, len(line))]


# An ASCII run inside a line of Chinese text, long enough to be checked as a possible jammer.
_INLINE_RUN = recode.compile(r"[\x21-\x7e]{6,}")
# Characters random strings carry and written Latin text does not use inside a word.
# (Quotes, brackets and "_" are left out: quoted English, JSON-like labels and editor codes such as
# 李四_NBJ11823 use them.)
_JUNK_SYMBOL = recode.compile(r"[!#$%^*~={}|\\<>`;?@]")


_TEXT_MARKS = ",.;:?!\"'()[]"
_PERCENT = recode.compile(r"(?<=\d)%")
_ALNUM = recode.compile(r"[A-Za-z0-9]+")


def _strong_junk(tok: str) -> bool:
    """A token that is random beyond doubt: junk by shape, and a junk symbol inside, a letter run that
    reads as no word, or letters and digits alternating four times or more (DL0bc2, YdPVC2323).

    Stricter than the tail rule because a false hit inside a sentence deletes text: product names
    and codes (iPhone15ProMax, GB50016-2014, COVID-19) pass."""
    core, _ = _strip_edges(tok, "", "")
    if len(core) < 6 or sum(c.isalpha() for c in core) < 2 or token_class(tok) >= 0:
        return False  # numbers, times and separators glued together (14:22|, [211]) are not random strings
    if _JUNK_SYMBOL.search(_PERCENT.sub("", core)):
        return True
    for piece in _ALNUM.findall(core):
        runs = _RUN.findall(piece)
        if len(runs) >= 4 or any(r[0].isalpha() and not _letters_ok(r) for r in runs):
            return True
    return False


def inline_jammer_spans(line: str) -> list[tuple[int, int]]:
    """Spans of random ASCII strings glued into or between sentences ("抓手。YdPVC2323今年", "吗?DL0bc2"),
    each with the whitespace before it; the line's ASCII tail and ASCII-only lines are ``jammer_spans``' part."""
    out = []
    for m in _INLINE_RUN.finditer(line):
        run = m.group()
        # the sentence's own half-width marks around the run ("问题?WeChat", "3天;DeepSeek", "#COP15:引领")
        core = run.lstrip(_TEXT_MARKS)
        a = m.start() + len(run) - len(core)
        if core and _strong_junk(core.rstrip(_TEXT_MARKS)):
            while a > m.start() and line[a - 1] in ")]}" and _unopened(line, a - 1):
                a -= 1  # a closing bracket nothing opened is the random string's own first character (。)3$}a7]F)
            while a > m.start() and line[a - 1] in "([{" and _unclosed(line, a - 1, m.end()):
                a -= 1  # so is an opening bracket nothing after the run closes ((Ns7*bY 除了…)
            a = _keep_word(line, a, m.end())
            a, e = _number_edges(line, a, m.end())
            while a > 0 and line[a - 1] in " \t":
                a -= 1
            out.append((a, _pad_end(line, e)))
    return out


#: Latin words Chinese text glues to Han characters ("津工惠"APP领取, 5G网络, QC小组): a random string glued right
#: after one (APPFnkc$Udk) leaves the word.
_GLUED_WORD = recode.compile(r"(?:APP|App|app|5G|4G|AI|PLC|QC|VR|AR|GDP|PPT|LED|KTV|H5|ISO\d{0,5})(?=[A-Za-z0-9]*[^A-Za-z0-9\s])")


def _keep_word(line: str, a: int, e: int) -> int:
    """The start of the random string in the run line[a:e], past a real word it is glued to when what is left
    is random on its own."""
    w = _GLUED_WORD.match(line, a, e)
    if w and (a == 0 or not line[a - 1].isascii()) and _strong_junk(line[w.end():e].rstrip(_TEXT_MARKS)):
        return w.end()
    return a


#: Han characters a number is written before: counts, units and dates (2600余个, 623人, 800元, 2月26日).
NUMBER_UNITS = "余多个人名位家元万亿千百年月日号时点分秒岁次项所条座台辆吨米届期批场户栋间件份支"
_LEAD_DIGITS = recode.compile(r"\d+")
_TAIL_DIGITS = recode.compile(r"\d+$")


def _number_edges(line: str, a: int, e: int) -> tuple[int, int]:
    """The jammer span line[a:e] without the digits that belong to the Han text around it: a random string put
    between a number and its unit (提供岗位2600+JAM+余个) or before a date (JAM+2月26日) carries the text's digits
    at its edge. The digits stay when the Han character after the run is a count, unit or date word; random
    strings carry digits of their own (9iLZYerk4萝北县), so digits before other text go with the string."""
    after = line[e:e + 1]
    if not after or after not in NUMBER_UNITS:
        return a, e
    run = line[a:e]
    tail = _TAIL_DIGITS.search(run)
    if tail and tail.start() >= 2:  # JAM2月: the date's digits end the run
        return a, a + tail.start()
    lead = _LEAD_DIGITS.match(run)
    if lead and len(run) - lead.end() >= 4 and (a == 0 or not line[a - 1].isascii()):  # 2600JAM余个: a count
        return a + lead.end(), e
    return a, e


#: Full-width marks no space ever precedes in Chinese text.
_WIDE_MARKS = "，。、；：！？）》」』”"


def _pad_end(line: str, e: int) -> int:
    """The end of a random string with the padding after it when a full-width mark follows (…招聘会 zCx9k6 ，为…):
    the padding was the string's, as Chinese sets no space before its comma."""
    k = e
    while k < len(line) and line[k] in " \t":
        k += 1
    return k if k > e and k < len(line) and line[k] in _WIDE_MARKS else e


def _unopened(line: str, k: int) -> bool:
    """The closing bracket at line[k] closes nothing: no more openers than closers of its kind before it."""
    close = line[k]
    opener = _CLOSE[close]
    wide = {"(": "\uff08", "[": "\u3010"}.get(opener, opener)  # （…) and 【…] pairs across widths
    before = line[:k]
    return before.count(opener) + (before.count(wide) if wide != opener else 0) <= before.count(close)


def _unclosed(line: str, k: int, e: int) -> bool:
    """The opening bracket at line[k] is closed by nothing after position e (the end of the run it opens): no
    more closers than openers of its kind there, either width."""
    opener = line[k]
    close = _PAIRS[opener]
    wide_open, wide_close = {"(": ("\uff08", "\uff09"), "[": ("\u3010", "\u3011")}.get(opener, (opener, close))
    after = line[e:]
    closers = after.count(close) + (after.count(wide_close) if wide_close != close else 0)
    return closers <= after.count(opener) + (after.count(wide_open) if wide_open != opener else 0)


def is_jammer_line(line: str) -> bool:
    """Whether the whole (stripped) line is a jammer string."""
    return jammer_spans(line)[:1] == [(0, len(line))]


def strip_jammers(line: str) -> tuple[str, list[str]]:
    """The line without jammer text, and the removed jammer strings (stripped)."""
    spans = jammer_spans(line)
    if not spans:
        return line, []
    out, removed, pos = [], [], 0
    for s, e in spans:
        out.append(line[pos:s])
        removed.append(line[s:e].strip())
        pos = e
    out.append(line[pos:])
    return "".join(out), removed


# --------------------------------------------------------------------------- page-level shapes

#: Marks that end a sentence (both widths); a jammer put between two sentences follows one of them.
_SENTENCE_END = "。!?;\uff01\uff1f\uff1b"
_CLOSING_QUOTES = "”’」』"
# Letters (up to two inner spaces or hyphens, a digit after one, a final comma or dot): random strings drawn
# mostly from letters read like words by case shape (SFHgayubz like HTMLParser, "MV Vo" like "Li Ming",
# "Y-M osek", "hnzo y,"), so only the page's layout tells them.
# ("k/jkqge": a slash between letter runs reads like TCP/IP to the per-line rules, yet no sentence ends that way)
_LETTERS_TAIL = recode.compile(r"[A-Za-z]+(?:[ /-][A-Za-z0-9]+){0,2}[,.]?")
# An ASCII run glued between a sentence end and the next sentence's Han text (…服务。He<v.船员…).
_BETWEEN = lazyrx.cached(r"(?<=[。!?;\uff01\uff1f\uff1b])[\x21-\x7e]{4,}(?=\p{Han})")
# A token set off by spaces on both sides inside Chinese text (…以来， NGQYikb+e 深圳…), with its spaces: real
# Latin there (COP15, APP, 1+8+X, a URL) is a legit token, so junk-shaped ones only are taken.
_PADDED = lazyrx.cached(r"(?<=[\p{Han}，。、；：！？“”（）,;:])[ \t\u3000]+([\x21-\x7e]{3,24})[ \t\u3000]+(?=[\p{Han}“（])")
MIN_JAMMED = 2  # lines with jammers the strict rules found before the page counts as jammed
# A portal's or forum's counter (Discuz: 查看: 1583| 评论: 2): a number, a separator glued to it, after its label.
_COUNT = recode.compile(r"\d[\d,]*[|｜/]?")
_COUNTER_LABEL = lazyrx.cached(r"(?:查看|回复|回復|浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論)[ \t\u3000]*[:：]?[ \t\u3000]*$")


def _labelled_count(t: str, a: int, run: str) -> bool:
    """``run``, set off at ``t[a]``, is a page counter's number after its label (查看: 1583|): page data, no jammer."""
    return _COUNT.fullmatch(run) is not None and _COUNTER_LABEL.search(t, max(0, a - 8), a) is not None


def _after_sentence(text: str, k: int) -> bool:
    """text[:k] ends with a sentence end mark (a closing quote after it allowed)."""
    while k > 0 and text[k - 1] in _CLOSING_QUOTES:
        k -= 1
    return k > 0 and text[k - 1] in _SENTENCE_END


#: Brackets of both widths that close a bracketed line, with their openers.
_LINE_BRACKETS = {")": "(", "\uff09": "\uff08", "]": "[", "\u3011": "\u3010"}
#: The longest bracketed line taken as finished text (a credit or note: "(责任编辑:王刚)", "（来源：工人日报）").
BRACKETED_MAX = 40


def _text_end(text: str, k: int) -> int:
    """Where the line's text ends when its last non-ASCII character is at k - 1: after a half-width closing
    bracket glued to it ("(责任编辑:王刚)"), else k."""
    return k + 1 if text[k:k + 1] in ")]" else k


def _bracketed_line(text: str, k: int) -> bool:
    """text[:k] is one bracketed group and nothing else, short: a credit or note set off as a line of its own
    ("(责任编辑:王刚)"); what follows its closing bracket is outside the text, like what follows a sentence end.
    (Only a one-token tail is taken there: a name in letters may follow a credit, "(责任编辑:王刚) Wang Gang".)"""
    t = text[:k].strip()
    if not 3 <= len(t) <= BRACKETED_MAX or _LINE_BRACKETS.get(t[-1]) is None:
        return False
    close, opener = t[-1], _LINE_BRACKETS[t[-1]]
    return t[0] == opener and t.count(opener) == 1 and t.count(close) == 1


def jammed_page_spans(texts: list[str], jammed: list[bool], jam_lines: list[bool],
                      padded: list[bool] | None = None) -> list[list[tuple[int, int]]]:
    """Jammer spans that only the page shows, per line (``texts``: the lines' text once the per-line rules
    cut what they found; ``jammed``: the per-line rules found a jammer on the line; ``jam_lines``: the whole
    line was one; ``padded``: the raw line closed with two spaces or more). On a page with jammers on
    MIN_JAMMED lines or more:

    * a letters-only tail after a finished sentence, at the line end after whitespace, when the page puts
      jammers in pairs (the next non-blank line is a jammer line) or most sentence-final lines of the page
      carry a jammer tail (capitals: five or more, or ``_random_caps``: T+WLBQWC, not CCTV); so is a short
      digits-and-lowercase tail (146y) on a padded line;
    * a tail of five digits or more (no year or mobile number) after a finished sentence, when the page sets its
      tails in pairs or on most sentence-final lines and a jammer line follows this one (…全覆盖。  7542938);
    * a junk-shaped ASCII run of four or more characters glued between a sentence end and Han text, or closing
      the line after a sentence end with a jammer line under it (…該找誰。”/GV9Va'"h);
    * a line of one letters-only token right after a line that carried a jammer (pages that put a jammer
      after a paragraph and another on the next line draw some from letters only), or of one junk token in
      quotes there ('SZiF').

    Legit Latin after a sentence on a page without jammers is never looked at."""
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    if sum(jammed) < MIN_JAMMED:
        return out
    ends = [t.rstrip() for t in texts]
    lasts = [_LAST_TEXT.search(t, 0, len(e)) if e and not w else None for t, e, w in zip(texts, ends, jam_lines)]
    # lines whose text ends a sentence (an ASCII tail after it aside): how many carry a jammer
    finals = [i for i, m in enumerate(lasts) if m is not None and _after_sentence(texts[i], m.end())]
    tails_common = sum(jammed[i] for i in finals) * 2 > len(finals)
    pairs = _pairs_common(ends, jammed, jam_lines)
    # (the run patterns all want three printable ASCII characters in a row: Han prose without such a run is
    # said at once instead of scanned six times)
    ascii_runs = [_ASCII_RUN.search(t) is not None for t in texts]
    lower = [_lower_wedged_spans(t) if a else [] for t, a in zip(texts, ascii_runs)]
    lower_seen = any(lower)  # the page glues lowercase-and-digit strings into its sentences
    for i, t in enumerate(texts):
        m = lasts[i]
        if m is None and ends[i] and not jam_lines[i] and _prev_is_jammed(ends, jammed, jam_lines, i) \
                and _own_line_half(ends[i].strip(), pairs, tails_common):
            out[i].append((0, len(t)))  # the own-line half of a tail + line pair, drawn from letters (xzomq, E4fra)
            continue
        if m is None and (not ends[i] or jam_lines[i]):
            continue
        if m is not None:
            k = _text_end(t, m.end())
            ws = _WS.search(t, k, len(ends[i]))
            tail = t[ws.end():len(ends[i])] if ws else ""
            # (four capitals alone are an acronym, CCTV, APEC; five or more in capitals only are taken: SHDWE, OBCGP)
            if (tail and ws.start() == k and (_LETTERS_TAIL.fullmatch(tail)
                                              and sum(c.isalpha() for c in tail) >= (5 if tail.isupper() else 4)
                                              or _edged_tail(tail) or _random_caps(tail)
                                              or padded is not None and padded[i] and _mixed_short(tail))
                    and (_after_sentence(t, k) or " " not in tail and _bracketed_line(t, k))
                    and (tails_common or _next_is_jammer(ends, jam_lines, i))):
                out[i].append((ws.start(), len(t)))
            elif tail and ws.start() == k and _random_digit_tail(tail) and _after_sentence(t, k) \
                    and (tails_common or pairs) and _next_is_jammer(ends, jam_lines, i):
                out[i].append((ws.start(), len(t)))  # digits drawn for a pair's tail (…全覆盖。  7542938 / 9f11e9)
            elif ws is None and (_glued_lower_digits(t[k:len(ends[i])]) or _glued_lower_letters(t[k:len(ends[i])])) \
                    and _after_sentence(t, k) and (tails_common or lower_seen or _next_is_jammer(ends, jam_lines, i)):
                out[i].append((k, len(t)))  # glued to the sentence's end mark, closing the line (…参加。hn2ecn)
        ascii_run = ascii_runs[i]
        if ascii_run:
            for b in _BETWEEN.finditer(t):
                if token_class(b.group()) < 0 or _random_caps(b.group()):
                    out[i].append(b.span())
            for b in _GLUED_UNIT.finditer(t):
                if _random_glued(b.group(2)):
                    out[i].append(b.span(2))
            for b in _WEDGED.finditer(t):
                if _random_five(b.group()) or _flipped_five(b.group()):
                    out[i].append(b.span())
            out[i].extend(sp for sp in lower[i] if not any(a < sp[1] and sp[0] < e for a, e in out[i]))
            for b in _GLUED_RUN.finditer(t):
                span = _glued_junk(t, b.start(), b.end(), _next_is_jammer(ends, jam_lines, i), out[i])
                if span is not None and not any(a < span[1] and span[0] < e for a, e in out[i]):  # (not one taken above)
                    out[i].append(span)
        if _DIGIT_LINE.fullmatch(ends[i].strip()) and _random_digits(ends, jammed, i):
            out[i].append((0, len(t)))
            continue
        if ascii_run and " " in t:
            for b in _PADDED.finditer(t):
                if (token_class(b.group(1)) < 0 or _random_caps(b.group(1))) \
                        and not _labelled_count(t, b.start(), b.group(1)):
                    out[i].append(b.span())
        out[i].sort()
    return out


#: Three printable ASCII characters in a row: what _BETWEEN, _GLUED_UNIT, _WEDGED, _GLUED_RUN and _PADDED each
#: match at least (their runs are 4+, 5+, 5, 3+ and 3+ characters of \x21-\x7e).
_ASCII_RUN = lazyrx.cached(r"[\x21-\x7e]{3}")
#: An ASCII run glued into Han text, or closing a line after Han text (工业机器人[6:~x)系统, 主席]+xJ东方明亮,
#: 活力"X5;): looked at on a jammed page only.
_GLUED_RUN = lazyrx.cached(r"(?<=[^\x00-\x7e])[\x21-\x7e]{3,16}(?=[^\x00-\x7e]|$)")
#: A bracket or symbol no word, code or number inside Chinese text is written with.
_GLUED_SYMBOL = recode.compile(r"[\[\](){}<>~^=;:$|\\`@!?*+]")


def _junk_joined(core: str) -> bool:
    """Whether an ASCII run holding & has a part around it that reads as no token (T5q&y1Ue glued after a
    sentence's end, &nbsp): & joins words or codes (R&D, AT&T, Tom&Jerry, S&P500), so it is no symbol alone."""
    return any(not p or token_class(p) < 0 for p in core.split("&"))


#: A number at the end of a run, with its decimals (观看量达)G78P_]A3.1万: the 3.1 is the text's).
_TAIL_NUMBER = recode.compile(r"\d+(?:\.\d+)?$")


def _glued_junk(line: str, a: int, e: int, paired: bool = False, taken: list | None = None) -> tuple[int, int] | None:
    """The jammer span of the glued ASCII run line[a:e], if it is one: a run with a letter and a bracket or
    symbol whose core (the sentence's own marks at its edges aside) reads as no token (``token_class`` below
    zero: not COP15, C++, 1+8+X, R&D, gh_1234abcd), whatever its first character; a number at its end stays
    with the unit word after it. Random strings drawn from all of printable ASCII open with a bracket or a
    mark as often as with a letter. ``paired``: the run closes the line and a jammer line follows, so the
    whole run is judged (a short "X5; reads as a code once its marks are stripped). ``taken``: jammer spans
    found before it on the line (their brackets open nothing)."""
    run = line[a:e]
    num = _TAIL_NUMBER.search(run)
    if num and num.start() >= 3 and line[e:e + 1] and line[e] in NUMBER_UNITS:
        e -= len(num.group())
        run = line[a:e]
    core = run if paired and e == len(line) else run.strip(_TEXT_MARKS + "#+")
    # (a symbol inside the core, an & with junk beside it, or a closing bracket nothing opened before the run:
    # "]+xJ"; a quoted code, "X7kP", has none of them)
    if not any(c.isalpha() for c in core) or token_class(core) >= 0:
        return None
    if _GLUED_SYMBOL.search(core) or "&" in core and _junk_joined(core) \
            or run[0] in ")]}" and _unopened(_without(line[:a], taken or []) + run[0], a - _taken_len(a, taken or [])):
        return a, e
    # a junk run glued after a sentence's end (a closing quote allowed) closing the line, a jammer line under it: the
    # pair layout's tail set with no space, whatever its symbols (…該找誰。”/GV9Va'"h)
    return (a, e) if paired and e == len(line) and _after_sentence(line, a) else None


def _without(text: str, spans: list) -> str:
    """The text with the spans (that start inside it) cut out."""
    out, pos = [], 0
    for a, e in sorted(spans):
        if a >= len(text):
            break
        out.append(text[pos:a])
        pos = max(pos, min(e, len(text)))
    return "".join(out) + text[pos:]


def _taken_len(k: int, spans: list) -> int:
    """How many characters of the spans lie before position k."""
    return sum(max(0, min(e, k) - a) for a, e in spans if a < k)


#: A line of digits alone, maybe in groups set apart by spaces (67513140, 908 34 0).
_DIGIT_LINE = recode.compile(r"\d{2,12}(?: \d{1,6}){0,3}")
#: Numbers that are real on a line of their own: a year, a mobile phone number.
_REAL_NUMBER = recode.compile(r"(?:19|20)\d{2}|1[3-9]\d{9}")
#: Shortest line of text around a digit line that makes it a line between paragraphs (a table's cells are short).
_PARAGRAPH_MIN = 20
#: Han characters a line beside a digit jammer has at least (a heading between paragraphs; a cell has fewer).
_HAN_MIN = 8


def _random_digits(ends: list[str], jammed: list[bool], i: int) -> bool:
    """The digit line i is a jammer drawn from digits: five digits or more, no year or phone number, standing
    between paragraphs (the text lines around it long, or jammed): a table's cells, a count under a
    button and a number in a list have short lines or numbers beside them."""
    t = ends[i].strip()
    if sum(c.isdigit() for c in t) < 5 or _REAL_NUMBER.fullmatch(t.replace(" ", "")):
        return False
    around = [k for k in (_filled(ends, i, -1), _filled(ends, i, 1)) if k is not None]
    return bool(around) and all(jammed[k] or len(HAN.findall(ends[k])) >= _HAN_MIN for k in around) \
        and any(len(ends[k].strip()) >= _PARAGRAPH_MIN for k in around)


#: A tail of digits alone, as long as jammers are drawn (5 to 12).
_DIGIT_TAIL = recode.compile(r"\d{5,12}")


def _random_digit_tail(tail: str) -> bool:
    """A tail of five digits or more that is no year or mobile number: a jammer drawn from digits (hex and digit
    alphabets draw all-digit strings now and then). Numbers are precious, so only the strongest page evidence
    takes one (``jammed_page_spans``: the page sets its tails in pairs, or on most sentence-final lines, and a
    jammer line follows this one)."""
    return _DIGIT_TAIL.fullmatch(tail) is not None and _REAL_NUMBER.fullmatch(tail) is None


def _filled(ends: list[str], i: int, step: int) -> int | None:
    """The next non-blank line from line i in direction step (None at the page's edge)."""
    k = i + step
    while 0 <= k < len(ends):
        if ends[k]:
            return k
        k += step
    return None


#: Digits, then a letter run with a case mix, glued before a count or unit word (每人提供800+8SeztxfDt+元): a random
#: string put between a number and its unit that reads as a product code to the per-line rules (iPhone15).
_GLUED_UNIT = lazyrx.cached(r"(?<=\p{Han})(\d+)([A-Za-z][A-Za-z0-9]{3,15})(?=[" + NUMBER_UNITS + "])")

def _random_glued(t: str) -> bool:
    """Letters after a number that flip case more than a capitalised word does (8SeztxfDt's SeztxfDt, mV2Rudq):
    two capitals or more among lowercase letters, or a digit inside the letters."""
    letters = [c for c in t if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper < len(letters) and (upper >= 2 or (upper >= 1 and any(c.isdigit() for c in t)))


#: A five-character letters-and-digits run wedged into Han text (代表f5hUK协商, 黎美芬、yjB7C裴德胜): shorter than
#: the inline rule's six, so looked at only on a jammed page.
_WEDGED = lazyrx.cached(r"(?<=[\p{Han}、，；：])[A-Za-z0-9]{5}(?=\p{Han})")


def _random_five(t: str) -> bool:
    """Letters of both cases and digits alternating (f5hUK, yjB7C, Wux8T, Mi6N4): three runs, one of them letters
    of both cases, or four runs. Model numbers and names of five characters are one letter-run and one
    digit-run (Win10, iOS17) or keep each letter run in one case (A320n, H7N9x)."""
    if not (any(c.isdigit() for c in t) and any(c.islower() for c in t) and any(c.isupper() for c in t)):
        return False
    runs = _RUN.findall(t)
    return len(runs) >= 4 or len(runs) == 3 and any(r[0].isalpha() and r != r.lower() and r != r.upper() for r in runs)


#: A token of capitals (digits and single connectors allowed) with six capitals or more: T+WLBQWC, QZK-TRWX.
_CAPS_TOKEN = recode.compile(r"(?=(?:[^A-Z]*[A-Z]){6})[A-Z0-9]+(?:[+/_-][A-Z0-9]+)*")
#: Five capital consonants in a row (Y counts as a vowel): no acronym spoken as a word has them, and
#: spelled-out ones are shorter (CCTV, CPPCC, HTTPS).
_CAPS_CONSONANTS = recode.compile(r"[B-DF-HJ-NP-TV-XZ]{5,}")


def _random_caps(t: str) -> bool:
    """Capitals drawn at random (T+WLBQWC): six capitals or more, five consonants in a row and a fifth or fewer
    of them vowels. The per-line rules take capitals for an acronym (1+8+X, A+B, COP15), so this shape is only
    looked at on a jammed page; real acronyms and model numbers (APP, CCTV, GDP, PM2.5, RTX4090, ACFTU, UNESCO)
    are shorter or have vowels."""
    if not _CAPS_TOKEN.fullmatch(t) or not _CAPS_CONSONANTS.search(t):
        return False
    caps = sum(c.isupper() for c in t)
    return sum(c in "AEIOUY" for c in t) * 5 <= caps


#: A short token of digits and lowercase letters mixed (146y, aBf5): no model number (A320, COP15, H1N1: capitals).
_MIXED_SHORT = recode.compile(r"(?=[A-Za-z0-9]{4,8}$)(?=.*[0-9])(?=.*[a-z])")


def _mixed_short(tail: str) -> bool:
    """A short digits-and-lowercase tail (146y): too short for the per-line rules to judge, so taken only
    where the raw line closes with two spaces or more, as jammer generators pad their tails."""
    return _MIXED_SHORT.match(tail) is not None


#: A run of 5 to 12 lowercase letters and digits glued into Chinese text: Han or a mark (either width) on each side
#: (…12月18日，pban94a日土县…, …党组书记、58whrnc常务…).
_LOWER_WEDGED = lazyrx.cached(r"(?<=[\p{Han}，、；：。！？,;:!?])[a-z0-9]{5,12}(?=[\p{Han}，、；：。！？,;:!?])")
#: Lowercase letters a number is written with that ``_LOWER_UNITS`` lacks (110kv, 35kva, 100mbps).
_MORE_UNITS = frozenset("kv kva mw gw mwh gwh mpa kpa mbps gbps kbps".split())


def _random_lower(run: str) -> bool:
    """A lowercase-and-digits run drawn at random: letters and digits interleaved (pban94a, x7dpy: three runs or
    more), a number before four letters or more that are no unit (58whrnc), five letters or more with no vowel
    before a number (hbzbkj9), or six letters or more a fifth or fewer of them vowels (y counts) (cjlynjdn,
    qexlxhg). Codes of letters then digits (win10, html5, iphone15, covid19), numbers with units (110kv, 1080p,
    60fps) and words (wechat, python, excel) stay."""
    if run.isdigit():
        return False
    if run.isalpha():
        return len(run) >= 6 and sum(c in "aeiouy" for c in run) * 5 <= len(run) and len(set(run)) * 2 > len(run)
    runs = _RUN.findall(run)
    if len(runs) >= 3:
        return True
    if run[0].isalpha():  # a code's letters read as a word or an acronym (win10, html5); hbzbkj9's do not
        return len(runs[0]) >= 5 and not any(c in "aeiouy" for c in runs[0])
    return len(runs[1]) >= 4 and runs[1] not in _LOWER_UNITS and runs[1] not in _MORE_UNITS


def _lower_wedged_spans(t: str) -> list[tuple[int, int]]:
    """Spans of random lowercase-and-digit runs (``_random_lower``) glued between Han text and full-width marks, Han
    on one side at least: the anti-copy strings of a page whose hidden spans a text dump keeps (looked at on a
    jammed page only; a glued English word or code there is kept by its shape)."""
    out = []
    for b in _LOWER_WEDGED.finditer(t):
        a, e = b.span()
        if (_is_han(t[a - 1]) or _is_han(t[e])) and _random_lower(b.group()):
            out.append(_number_edges(t, a, e))
    return out


def _is_han(c: str) -> bool:
    """Whether a character is a CJK ideograph (the common block)."""
    return "\u4e00" <= c <= "\u9fff"


#: A line-closing run of 5 to 12 lowercase letters and digits (glued after a sentence's end mark: …情况。hbzbkj9).
_LOWER_RUN = recode.compile(r"[a-z0-9]{5,12}")


def _glued_lower_letters(run: str) -> bool:
    """A run of lowercase letters glued after a sentence's end mark at the line's end (…情况。bagiuzp): the glued
    twin of the letters-only tail (which wants whitespace before it), taken on the same jammed pages only; or a
    random lowercase-and-digits run (``_random_lower``: hbzbkj9, 58whrnc) there."""
    return _LONE_LETTERS.fullmatch(run) is not None or (
        _LOWER_RUN.fullmatch(run) is not None and _random_lower(run))


#: Lowercase letters and digits interleaved, 4 to 12 characters: a letter run, a digit run and another run at least
#: (hn2ecn, q7u3qh); a number with its unit (1080p, 10km) or a code of letters then digits (mp3, h264) has two runs.
_LOWER_DIGITS_INTERLEAVED = recode.compile(r"(?=[a-z0-9]{4,12}$)(?=.*[0-9])(?:[a-z]+[0-9]+[a-z]|[0-9]+[a-z]+[0-9])")


def _glued_lower_digits(run: str) -> bool:
    """A run of lowercase letters and digits interleaved (hn2ecn) glued after a sentence's end mark at the line's
    end: the tail rule wants whitespace before a tail, so a jammer drawn from lowercase and digits and set with no
    space stays; the letters-and-digits shapes written that way (1080p, mp3, x86, h264) have two runs, and a
    model name has a capital (A320neo, Mate60Pro)."""
    return _LOWER_DIGITS_INTERLEAVED.match(run) is not None


#: A line of two or three tokens of lowercase letters and digits (6f 3ht), 4 to 12 characters in all.
_LOWER_DIGIT_WORDS = recode.compile(r"(?=[a-z0-9 ]{4,12}$)[a-z0-9]+(?: [a-z0-9]+){1,2}")
#: Lowercase letters a number is written with on its own: units and ordinals (10km, 5g, 4k, 2nd, 60fps).
_LOWER_UNITS = frozenset("k m g t h s d w x p l km kg cm mm mg ml nm st nd rd th px pt am pm ms min fps kw kb mb gb "
                         "tb hz kwh mah mph kph rpm bps ppm".split())
#: A number with its letters after it (3ht, 10km) or a code of letters then digits (mp3, v2, h5).
_NUMBER_LETTERS = recode.compile(r"[0-9]+([a-z]+)")
_LETTERS_NUMBER = recode.compile(r"[a-z]{1,4}[0-9]+")


def _digit_letter_words(t: str) -> bool:
    """Two or three lowercase tokens with digits drawn at random (6f 3ht): the pair's own-line half drawn from
    lowercase and digits, which ``_random_words`` (letters only) does not read. Each token mixes digits and
    letters, one of them is no number with a unit or ordinal (2nd 3rd, 5g 4k, 10km 60fps) and no code (mp3 mp4,
    v1 v2), and none is a word (ok)."""
    if not _LOWER_DIGIT_WORDS.fullmatch(t):
        return False
    toks = t.split()
    if not all(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in toks):
        return False
    return any(not _LETTERS_NUMBER.fullmatch(w)
               and not ((m := _NUMBER_LETTERS.fullmatch(w)) and m.group(1) in _LOWER_UNITS) for w in toks)


def _own_line_half(e: str, pairs: bool, tails_common: bool) -> bool:
    """The stripped line ``e`` reads as the own-line half of a jammer pair: a random draw alone, quoted junk, and on a
    page setting its jammers in pairs random words, symbols or digit-letter words too; a lowercase code when the
    page sets them in pairs or after most sentences."""
    return bool(_random_lone(e) or _quoted_junk(e)
                or pairs and (_random_words(e) or _symbol_words(e) or _digit_letter_words(e))
                or (pairs or tails_common) and _lower_code_lone(e))


#: One token of 5 to 8 lowercase letters and digits, three letters or more and a digit (ejyb15, 7kqzt).
_LOWER_CODE = recode.compile(r"(?=[a-z0-9]{5,8}$)(?=.*[0-9])(?=(?:.*[a-z]){3})")


def _lower_code_lone(t: str) -> bool:
    """A lowercase-and-digits token alone on its line (ejyb15), taken as the own-line half of a pair on a page
    that sets its jammers in pairs or after most sentences: a number with its unit (1080p, 60fps) stays, and a
    code written alone there (a model, win10) is rarer than the generator's draws."""
    if _LOWER_CODE.match(t) is None:
        return False
    m = _NUMBER_LETTERS.fullmatch(t)
    return not (m and m.group(1) in _LOWER_UNITS)


def _flipped_five(t: str) -> bool:
    """Five letters whose case flips four times or more (xGyTm, aBcDe) and that read as no word by case shape
    (``_letters_ok``): ``_random_five`` wants a digit, and five-letter words and names wedged into Han text keep
    one case or two or three case runs (Excel, GoPro's four runs read as a word, DeepL, macOS)."""
    if len(t) != 5 or not t.isalpha() or t.isupper() or t.islower():
        return False
    return len(_CASE_RUN.findall(t)) >= 4 and not _letters_ok(t)


#: A line of one lowercase token (5 to 12 letters; names and acronyms have capitals: HTMLParser, Zhang), or such a
#: run glued after a sentence's end mark (``_glued_lower_letters``).
_LONE_LETTERS = recode.compile(r"[a-z]{5,12}")


def _random_letters(t: str) -> bool:
    """One token of letters drawn at random: few letters repeated (hhhhh, yyds are forum words) and a
    quarter or fewer of them vowels (words and names have more: admin, hello, Zhang; xzomq has one)."""
    if not _LONE_LETTERS.fullmatch(t) or len(set(t.lower())) < 0.8 * len(t):
        return False
    return sum(c in "aeiou" for c in t) <= 0.25 * len(t)


#: A short token with letters that a symbol opens or closes (.XO:, ~kT, Qe;), not a bracket, quote or a
#: sentence's own end mark closing it: no word, name or code after a sentence is written that way.
_EDGED = recode.compile(r"(?=[\x21-\x7e]{3,8}$)(?=.*[A-Za-z])(?:[^A-Za-z0-9(\[\"'][\x21-\x7e]*|[\x21-\x7e]*[^A-Za-z0-9)\]\"'.,!?%+#])")


def _edged_tail(tail: str) -> bool:
    """A short symbol-edged token (``_EDGED``) that is no emoticon (:-P) or hashtag (#APEC)."""
    return _EDGED.fullmatch(tail) is not None and _EMOTICON.fullmatch(tail) is None and tail[0] not in "#@"


#: One token of 6 to 16 letters with both cases.
_MIXED_LETTERS = recode.compile(r"(?=[A-Za-z]{6,16}$)(?=.*[a-z])(?=.*[A-Z])")
#: Three lowercase letters or more with no vowel (y counts: words have one: rhythm, HTMLParser's parser).
_VOWELLESS_LOWER = recode.compile(r"[b-df-hj-np-tv-xz]{3,}")


def _random_mixed(t: str) -> bool:
    """Letters of both cases drawn at random (NYXXGNApmq): a lowercase run that reads as no syllable and few
    vowels overall. Camel-case names (WeChat, HTMLParser, XGBoost) have a vowel in each lowercase part."""
    if not _MIXED_LETTERS.match(t) or not _VOWELLESS_LOWER.search(t):
        return False
    return sum(c in "aeiouAEIOU" for c in t) <= 0.25 * len(t)


#: One token of 5 to 12 characters: letters broken by a single digit (E4fra, kQ7mzX).
_LETTER_DIGIT_LETTER = recode.compile(r"(?=[A-Za-z0-9]{5,12}$)[A-Za-z]+[0-9][A-Za-z]+")


def _random_lone(t: str) -> bool:
    """A lone token drawn at random: ``_random_letters``, ``_random_mixed``, or letters of both cases broken
    by one digit (E4fra). Product codes on a line of their own carry a model number (A320neo, Mate60Pro) or
    one case (H1N1, w3school), and stay."""
    if _random_letters(t) or _random_mixed(t) or _random_caps(t):
        return True
    return _LETTER_DIGIT_LETTER.fullmatch(t) is not None and t != t.upper() and t != t.lower()


#: One token of letters in straight quotes, alone on its line ('SZiF').
_QUOTED_TOKEN = recode.compile(r"(['\"])([A-Za-z]{2,12})\1")


def _quoted_junk(t: str) -> bool:
    """A lone quoted token of letters that reads as junk once its quotes are off ('SZiF': no word's case
    shape): jammer generators draw quotes too, and ``token_class`` lets a quoted token pass as a code. A quoted
    word, acronym or name ('OK', 'APP', 'iPhone') reads as Latin and stays, and so does a code with digits
    ("X7kP", 'AB12': codes carry them); a quoted phrase has a space and is not looked at."""
    m = _QUOTED_TOKEN.fullmatch(t)
    return m is not None and token_class(m.group(2)) < 0


#: A line of two or three letter tokens (B Gaxgd, Qx Tpk fs), 5 to 16 letters in all.
_LETTER_WORDS = recode.compile(r"(?=(?:[A-Za-z] ?){5,16}$)[A-Za-z]+(?: [A-Za-z]+){1,2}")


def _random_words(t: str) -> bool:
    """Two or three letter tokens drawn at random: a lowercase run that reads as no syllable (xgd) and a quarter
    or fewer of the letters vowels. Names and words on a line of their own (Li Ming, Tom Lee, THE END, Hello
    World) have more vowels and no such run."""
    if not _LETTER_WORDS.fullmatch(t) or not _VOWELLESS_LOWER.search(t):
        return False
    letters = t.replace(" ", "")
    return sum(c in "aeiouAEIOU" for c in letters) <= 0.25 * len(letters)


#: A short line of two or three tokens (4 to 12 characters), as a jammer pair's second half is drawn.
_SHORT_TOKENS = recode.compile(r"(?=[\x21-\x7e ]{4,12}$)\S+(?: \S+){1,2}")
#: A word of letters with a vowel (Summit, Ming, Keller: ``_symbol_words`` asks four letters or more): what names
#: and words on a line hold.
_WORDISH = recode.compile(r"[A-Za-z]*[aeiouyAEIOUY][A-Za-z]*")


def _symbol_words(t: str) -> bool:
    """Two or three short tokens with a junk symbol and letters of both cases (#sm CA): the pair's second half
    drawn too short for ``_random_words``. A hashtag or mention with a word (#APEC Summit, @Li Ming), an
    e-mail, a URL or a line of one case (Q&A, THE END) stays."""
    if not _SHORT_TOKENS.fullmatch(t) or not _JUNK_SYMBOL.search(t):
        return False
    if not any(c.islower() for c in t) or not any(c.isupper() for c in t):
        return False
    if _URL.search(t) or _EMAIL.search(t):
        return False
    return not any(len(w) >= 4 and _WORDISH.fullmatch(w) for w in _ALNUM.findall(t))


def _pairs_common(ends: list[str], jammed: list[bool], jam_lines: list[bool]) -> bool:
    """Most lines that end with a jammer tail are followed by a jammer line: the page puts jammers in pairs,
    so a letters-only line in the pair's second place is one too."""
    tails = [i for i, (e, j, w) in enumerate(zip(ends, jammed, jam_lines)) if e and j and not w]
    return len(tails) >= MIN_JAMMED and sum(_next_is_jammer(ends, jam_lines, i) for i in tails) * 2 > len(tails)


def _prev_is_jammed(ends: list[str], jammed: list[bool], jam_lines: list[bool], i: int) -> bool:
    """The last non-blank line before line i is text that ended with a jammer (the tail of a pair)."""
    for k in range(i - 1, -1, -1):
        if ends[k]:
            return jammed[k] and not jam_lines[k]
    return False


def _next_is_jammer(ends: list[str], jam_lines: list[bool], i: int) -> bool:
    """The next non-blank line after line i is a jammer line."""
    for k in range(i + 1, len(ends)):
        if ends[k] or jam_lines[k]:
            return jam_lines[k]
    return False


# --------------------------------------------------------------------------- code jammers (capitals, other alphabets)

#: A letter code jammers are drawn from: a Latin capital, or a letter of either case of the other cased alphabets
#: (Greek, Cyrillic, Armenian: U+0370..U+058F). The per-line rules read printable ASCII only, so a random string of
#: such letters (бΘ4жξЦ) is never looked at there. Full-width letters are folded first (``_fold``); kana and Han are
#: no code letters.
_CODE_LETTER = r"[[A-Z\u0370-\u058f]&&\p{L}]"
#: A jammer drawn from code letters and digits (AUEU4YFE, 6SWVJJMQNF, T6KTX, бΘ4жξЦ): 5 to 10 characters, three
#: letters or more. The per-line rules read the capital ones as an acronym or a model code (COP15, H1N1, B2B).
_CODE = lazyrx.cached(r"(?V1)(?=(?:[0-9]*" + _CODE_LETTER + r"){3})(?:[0-9]|" + _CODE_LETTER + r"){5,10}")
#: Letters broken by digits inside (AUEU4YFE, DCZ4G4, M79H22B3, бΘ4жξЦ): model codes put their digits at one end
#: (ISO9001, RTX4090, CCTV13, 5GNR, МиГ29).
_INNER_DIGITS = lazyrx.cached(r"(?V1)" + _CODE_LETTER + r"[0-9]+" + _CODE_LETTER)
#: The alphabets a code's letters are told apart by (Latin capitals, Greek, Cyrillic, Armenian).
_ALPHABETS = tuple(lazyrx.cached(r) for r in (r"[A-Z]", r"\p{Greek}", r"\p{Cyrillic}", r"\p{Armenian}"))
#: Code tokens (own-line, line-opening or sentence-closing) a page shows before they are taken as its jammers,
#: and how many of them must read as random by shape (``_random_code``).
CODES_MIN = 4
CODES_RANDOM_MIN = 3


def _random_code(t: str) -> bool:
    """A code token drawn at random: digits inside the letters (AUEU4YFE, T6KTX, бΘ4жξЦ), letters of two
    alphabets mixed (ΞюНдρ: Greek and Cyrillic), or five Latin capitals or more a fifth or fewer of them vowels
    (6SWVJJMQNF, FJXPMD3). Acronyms, codes and words have their digits at one end (ISO9001, COP15, МиГ29), keep
    to one alphabet (Москва, ГАЗПРОМ, ΑΘΗΝΑ) and, in Latin capitals, have a vowel in about every other letter
    (HUAWEI, WELCOME)."""
    if _INNER_DIGITS.search(t):
        return True
    if sum(rx.search(t) is not None for rx in _ALPHABETS) >= 2:
        return True
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 5 and t.isascii() and sum(c in "AEIOU" for c in letters) * 5 <= len(letters)


#: Full-width forms of printable ASCII (ｑＷ７ｋ＃ｘ, ＡＰＰ, ２０２４): folded one character for one before a token is
#: judged, so a jammer set in them (as WeChat copies of some pages show) reads as the ASCII string it copies and spans
#: found on the folded token hold on the line. (NFKC folds more, ㎡ → m2, and changes lengths: not wanted here.)
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
#: Symbols random strings carry (``_JUNK_SYMBOL``, with ``_`` and ``&``) taken inside a token that mixes letters with
#: them (βk4%Ωz_Q, λ7#dΣq2, qW7k#x). Hyphens, dots, slashes, plus signs and brackets are left out: science and codes
#: write NF-κB, TGF-β1, Na+/K+, Wi-Fi with them.
_WIDE_SYMBOLS = r"!#$%^*~={}|\\<>`;?@_&"
#: A token of letters (Latin of either case, Greek, Cyrillic, Armenian), digits and those symbols, 4 to 12 characters,
#: three letters or more, opening and closing with a letter or digit: the wider set jammers are drawn from.
_WIDE_TOKEN = lazyrx.cached(r"(?V1)(?=(?:[^A-Za-z\u0370-\u058f]*[[A-Za-z\u0370-\u058f]&&\p{L}]){3})"
                             r"[[0-9A-Za-z\u0370-\u058f]&&[\p{L}\p{Nd}]]"
                             r"[0-9A-Za-z\u0370-\u058f" + _WIDE_SYMBOLS + r"]{2,10}"
                             r"[[0-9A-Za-z\u0370-\u058f]&&[\p{L}\p{Nd}]]")
_WIDE_SYMBOL = recode.compile("[" + _WIDE_SYMBOLS + "]")
#: The alphabets a wide-set token's letters are told apart by (Latin of either case here).
_WIDE_ALPHABETS = tuple(lazyrx.cached(r) for r in (r"[A-Za-z]", r"\p{Greek}", r"\p{Cyrillic}", r"\p{Armenian}"))
#: A letter (any of those alphabets, either case) with a digit after it and a letter after the digits.
_INNER_DIGITS_ANY = lazyrx.cached(r"[A-Za-z\u0370-\u058f][0-9]+[A-Za-z\u0370-\u058f]")
#: A token opening a line of text (WGPUY6 6月上旬，…, ｑＷ７ｋ＃ｘ 8月27日，…): with its whitespace, then Han, a digit
#: (either width) or an opening mark.
_LEAD = lazyrx.cached(r"(\S{4,12})[ \t\u3000]+(?=[\p{Han}0-9\uff10-\uff19“《（(【])")


def _fold(t: str) -> str:
    """The token with full-width ASCII forms folded to ASCII (same length)."""
    return t.translate(_FOLD) if any("\uff01" <= c <= "\uff5e" for c in t) else t


def _random_wide(t: str) -> bool:
    """A wide-set token (``_WIDE_TOKEN``, folded) drawn at random: letters of two alphabets (ЖqЁ7ψλ, βk4%Ωz_Q),
    or of one with a junk symbol or a digit inside, and, in Latin, both cases and no Latin token's shape (qW7k#x,
    ZfR2m, hT5j: ``token_class``). Words and codes keep to one alphabet and put digits at one end (Москва, МиГ29);
    Latin ones in one case or a word's case shape (w3school, AT&T, iPhone15)."""
    if sum(rx.search(t) is not None for rx in _WIDE_ALPHABETS) >= 2:
        return True
    if not (_WIDE_SYMBOL.search(t) or _INNER_DIGITS_ANY.search(t)):
        return False
    if not t.isascii():
        return True
    return t != t.lower() and t != t.upper() and token_class(t) < 0


def _token_kind(t: str) -> int:
    """How a line-edge token (folded) reads: 2 a random one (a code, ``_random_code``, or a wide-set token,
    ``_random_wide``), 1 a code token that is no random one (ISO9001, Москва: counted as the page's codes), 0 neither."""
    if 5 <= len(t) <= 10 and _CODE.fullmatch(t):
        return 2 if _random_code(t) else 1
    return 2 if _WIDE_TOKEN.fullmatch(t) and _random_wide(t) else 0


def _code_start(c: str) -> bool:
    """Whether a character can begin or end a code token: a digit, a Latin letter, a letter of another cased
    alphabet or a full-width letter or digit (a cheap test before any regex: most lines start and end with Han or
    a mark)."""
    return ("0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z" or "\u0370" <= c <= "\u058f"
            or "\uff10" <= c <= "\uff5a")


def _code_span(t: str) -> tuple[int, int, int, bool] | None:
    """The span of a code token that is the whole line, opens the line's Han text, or closes the line after
    whitespace (…交流。 ЯфΣ2ьβ): the places a jammer takes; with its kind (``_token_kind``) and whether the place
    is a strict one. A token closing the line after text that ends no sentence (a headline's, …不花钱 ЖqЁ7ψλ) is in
    a loose place: taken only when random and when the strict places give the page's evidence."""
    if not t:
        return None
    if _code_start(t[0]):
        s = t.strip()
        if 4 <= len(s) <= 12 and (kind := _token_kind(_fold(s))):
            return 0, len(t), kind, True
        m = _LEAD.match(t)
        if m and (kind := _token_kind(_fold(m.group(1)))):
            return 0, m.end(), kind, True
    end = len(t.rstrip()) if t[-1].isspace() else len(t)
    if end == 0 or not _code_start(t[end - 1]):
        return None  # (most lines are said here, with no regex)
    k = max(t.rfind(" ", 0, end), t.rfind("\t", 0, end), t.rfind("\u3000", 0, end))
    if k < 0 or not 4 <= end - k - 1 <= 12:
        return None
    kind = _token_kind(_fold(t[k + 1:end]))
    text_end = len(t[:k].rstrip(" \t\u3000"))
    if not kind or text_end == 0:
        return None
    if _after_sentence(t, text_end):
        return text_end, len(t), kind, True
    return (text_end, len(t), kind, False) if kind == 2 and t[text_end - 1] > "\x7e" else None


def code_jammer_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Jammer spans of a page that sets a random code token (capitals and digits, letters of other alphabets and
    digits, or letters of mixed alphabets, cases and symbols, full-width forms folded) on a line of its own, at
    the start of a paragraph or after a paragraph's last sentence (AUEU4YFE / WGPUY6 6月上旬，… / …交流。 бΘ4жξЦ /
    ｑＷ７ｋ＃ｘ 8月27日，… / βk4%Ωz_Q), per line. Taken only when the page shows CODES_MIN such tokens or more in
    those places, all different, CODES_RANDOM_MIN of them and half or more random by shape (``_random_code``,
    ``_random_wide``): a page with a model code, an English or Russian word at a line's edge (ISO9001 认证,
    CEO 王某, HUAWEI, Москва) shows one or repeats it, and its codes and words read as such. On such a page a
    random token closing a line after text that ends no sentence (a headline's) is one too."""
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    found = [(i, sp) for i, t in enumerate(texts) if (sp := _code_span(t)) is not None]
    strict = [(i, sp) for i, sp in found if sp[3]]
    if len(strict) < CODES_MIN:
        return out
    tokens = [_fold(texts[i][sp[0]:sp[1]].split()[0]) for i, sp in strict]
    randoms = sum(sp[2] == 2 for _, sp in strict)
    if len(set(tokens)) < len(tokens) or randoms < CODES_RANDOM_MIN or randoms * 2 < len(tokens):
        return out
    for i, (a, e, kind, _) in found:
        if kind == 2 or not _word_of_other_alphabet(_fold(texts[i][a:e].split()[0])):
            out[i].append((a, e))
    return out


def _word_of_other_alphabet(t: str) -> bool:
    """A token in Greek, Cyrillic or Armenian letters alone with a word's case shape (Москва, ГАЗПРОМ, ΑΘΗΝΑ): a
    Russian word after a sentence on a jammed page stays; the page's non-random Latin capitals (QPEKAR) do not."""
    return not t.isascii() and t.isalpha() and (t.islower() or t.isupper() or t.istitle())


# --------------------------------------------------------------------------- lowercase jammers (letters a-z only)

#: One pinyin syllable (ü written v): an initial or none, then a final. Pinyin written without spaces (gonghui,
#: zhigongzhijia, laomo) parses as a row of them; random letters and English words almost never do.
_PINYIN_SYLLABLE = (r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan"
                    r"|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)"
                    r"|ang|eng|ai|ao|an|ei|en|er|ou|a|o|e")  # (a syllable with no initial opens with a, o or e)
_PINYIN_WORD = recode.compile(f"(?:{_PINYIN_SYLLABLE})+")
#: A token of lowercase letters long enough to judge (forum slang, units and short words are shorter: yyds, hhhh).
_LOWER_TOKEN = recode.compile(r"[a-z]{6,16}")
#: Consonant runs between vowels (y a vowel), and the digraphs English writes as one consonant (read as one, b).
_CONSONANTS = recode.compile(r"[b-df-hj-np-tv-xz]+")
_DIGRAPH = recode.compile(r"ng|th|gh|ch|sh|ph|ck")
#: Letters English and pinyin never double (ii, hh, jj …; qq is a brand, QQ): a random string's draws repeat.
_ODD_DOUBLE = recode.compile(r"([ahijkuvwxy])\1")
#: Consonant clusters English opens a syllable with, and closes one with (a run inside a word is a close and an
#: open: down|load, hand|shake, sub|scribe; a word's first run an open, its last a close, a plural s after it).
_ONSETS = frozenset("bl br cl cr dr fl fr gl gr pl pr sc sk sl sm sn sp st sw tr tw wh th sh ch ph scr spr str "
                    "spl thr shr sch".split())
#: Clusters English opens a word with only (know, write, rhythm, gnome).
_WORD_ONSETS = frozenset("kn wr rh gn".split())
_CODAS = frozenset("ck ct ft ld lf lk lm lp lt mb mp nd ng nk ns nt pt rb rc rd rf rg rk rl rm rn rp rs rt rv sk sp "
                   "st xt wn wl sh ch th ph gh ght nch tch rch lch nth ngth lth rth rst nct mpt lfth mph lpt rpt pth "
                   "ghth thm".split())
#: Page-level evidence: lowercase tokens in jammer places that read as random by shape (``_random_lower_word``), all
#: different, before any is taken.
LOWER_RANDOM_MIN = 2


def _pinyin(t: str) -> bool:
    """The token parses as a row of pinyin syllables (gonghui, zhigong, laomo)."""
    return _PINYIN_WORD.fullmatch(t) is not None


def _random_lower_word(t: str) -> bool:
    """Lowercase letters drawn at random beyond doubt (hqmpdjbtrx, xfpfmiqrnrm): 6 to 16 letters, few repeated,
    a fifth or fewer of them vowels (y counts), five consonants in a row (an English digraph, ng th sh …, counted
    as one: strengths has four) and no pinyin reading. Words and names have more vowels and shorter runs
    (password, rhythm, nightstand); pinyin initials (hzszgh) are this shape, so it counts as page evidence only."""
    if not _LOWER_TOKEN.fullmatch(t) or len(set(t)) < 0.6 * len(t) or sum(c in "aeiouy" for c in t) * 5 > len(t):
        return False
    return any(len(r) >= 5 for r in _CONSONANTS.findall(_DIGRAPH.sub("b", t))) and not _pinyin(t)


def _odd_lower_word(t: str) -> bool:
    """Lowercase letters no word or pinyin reads (iihhoypaknluap): random beyond doubt (``_random_lower_word``),
    or no pinyin reading and a letter doubled that English and pinyin never double (ii, hh) or a consonant run
    English does not write (``_english_runs``). English words (download, subscribe, strengths) and pinyin
    (gonghui) stay."""
    if _random_lower_word(t):
        return True
    if not _LOWER_TOKEN.fullmatch(t) or _pinyin(t):
        return False
    return _ODD_DOUBLE.search(t) is not None or not _english_runs(t)


def _english_runs(t: str) -> bool:
    """Every consonant run of the word is one English writes there: an onset first, a coda last (a plural s
    after it), a coda then an onset inside (either may be empty or one consonant)."""
    runs = list(_CONSONANTS.finditer(t))
    for m in runs:
        r = m.group()
        if m.end() == len(t) and r.endswith("s") and len(r) > 1 and r != "ss":
            r = r[:-1]
        first, last = m.start() == 0, m.end() == len(t)
        if first and last:
            return False  # no vowel at all
        if first:
            ok = _onset(r) or r in _WORD_ONSETS
        elif last:
            ok = _coda(r)
        else:
            ok = any(_coda(r[:k]) and _onset(r[k:]) for k in range(len(r) + 1))
        if not ok:
            return False
    return True


def _onset(r: str) -> bool:
    """An English syllable may open with this cluster (none, one consonant, bl, str …)."""
    return len(r) <= 1 or r in _ONSETS


def _coda(r: str) -> bool:
    """An English syllable may close with this cluster (none, one consonant, nd, ght …)."""
    return len(r) <= 1 or r in _CODAS or (len(r) == 2 and r[0] == r[1])


def _lower_place(texts: list[str], ends: list[str], i: int) -> tuple[int, int] | None:
    """The span of a lowercase token in a jammer's place on line i: the whole line between two paragraphs, or
    the line's end after a finished sentence (after whitespace or glued to its end mark)."""
    t = ends[i]
    if not t or not "a" <= t[-1] <= "z":
        return None  # (most lines are said here)
    k = len(t)
    while k > 0 and "a" <= t[k - 1] <= "z":
        k -= 1
    if not _LOWER_TOKEN.fullmatch(t, k):
        return None
    if t[:k].strip() == "":
        return (0, len(texts[i])) if _between_paragraphs(ends, i) else None
    text_end = len(t[:k].rstrip(" \t\u3000\xa0"))
    return (text_end, len(texts[i])) if _after_sentence(t, text_end) else None


def _between_paragraphs(ends: list[str], i: int) -> bool:
    """Line i stands between paragraphs: the lines around it hold Han text (_HAN_MIN characters or more) and one
    at least is paragraph-long; a forum's user name sits over a date stamp or a short reply."""
    around = [k for k in (_filled(ends, i, -1), _filled(ends, i, 1)) if k is not None]
    return bool(around) and all(len(HAN.findall(ends[k])) >= _HAN_MIN for k in around) \
        and any(len(ends[k].strip()) >= _PARAGRAPH_MIN for k in around)


def lower_jammer_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Jammer spans of a page that draws its jammers from lowercase letters alone (…给予最高2万元奖励。 xfpfmiqrnrm /
    hqmpdjbtrx on a line between paragraphs), per line. The per-line rules read lowercase as words, pinyin or
    slang, so only the page tells: LOWER_RANDOM_MIN tokens or more in jammer places (``_lower_place``) random by
    shape (``_random_lower_word``) and all different; then every token there no word or pinyin reads
    (``_odd_lower_word``) goes. A page with an English word, a user name or pinyin at a line's end keeps it."""
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    # (a cheap gate first: most pages have no two lines closing with a lowercase letter)
    if sum(("a" <= t[-1] <= "z" or t[-1].isspace()) for t in texts if t) < LOWER_RANDOM_MIN:
        return out
    ends = [t.rstrip() for t in texts]
    found = [(i, sp) for i in range(len(texts)) if (sp := _lower_place(texts, ends, i)) is not None]
    if len(found) < LOWER_RANDOM_MIN:
        return out
    tokens = [ends[i][sp[0]:].strip() for i, sp in found]
    randoms = [w for w in tokens if _random_lower_word(w)]
    if len(set(randoms)) < LOWER_RANDOM_MIN or len(set(randoms)) < len(randoms):
        return out
    for (i, sp), w in zip(found, tokens):
        if _odd_lower_word(w):
            out[i].append(sp)
    return out
