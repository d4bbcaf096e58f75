"""Token classing: whether one whitespace-separated ASCII token is legit Latin text, a neutral separator or junk
(``token_class``)."""

from __future__ import annotations

from .base import (
    _ABBREV, _CAMEL_PREFIXES, _CAPS_PREFIXES, _CASE_RUN, _CLOSE, _CONTRACTIONS, _DOMAIN, _EMAIL, _EMOTICON, _FKEY,
    _INNER_PAREN_AFTER, _INNER_PAREN_BEFORE, _LOWER2, _NEUTRAL, _NUMBER, _PAIRS, _PIECE, _RUN, _TAG, _UNITS, _URL,
    _VOWEL,
)

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
        if len(prefix) >= 2:  # macOS, watchOS; a feed's or program's camel-case names (pubDate, lastBuildDate)
            return len(prefix) >= 3 and _has_vowel(prefix) and (
                len(pairs) == 1 and pairs[0][1] is None and 2 <= len(pairs[0][0]) <= 3
                or len(pairs) <= 2 and all(len(up) == 1 and low and len(low) >= 2 and _VOWEL.search(up + low)
                                           for up, low in pairs))
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
        # 3x4, 1280x800, 3v3: a times sign or a match-up's v between numbers; another letter there is a random
        # draw's (0q8, 7f7)
        return len(runs[1]) == 1 and runs[1] in "xXvV"
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
        elif s == ":":  # times, ratios, Tel:0839; a field's label, a written word, glued to a word of its value
            # (pubDate:Sat; capitals on both sides, QYU:FA, are a random string's)
            if not (b.isdigit() or a.isalpha() and len(a) >= 3 and not a.isupper() and _has_vowel(a) and b.isalpha()):
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
    """The token without balanced brackets/quotes, final sentence punctuation and a plural's possessive apostrophe
    (Workers' → Workers); whether it was quoted."""
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
    if j - i >= 3 and tok[j - 1] == "'" and tok[j - 2] in "sS":
        j -= 1  # English text's plural possessive (the Workers' Service Center, employees' rights)
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
