"""Code jammers: random strings of Latin capitals or letters of other cased alphabets, full-width ones folded
first (``code_jammer_spans``)."""

from __future__ import annotations

from ... import lazyrx
from ... import recode
from .base import _after_sentence
from .tokens import token_class

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
