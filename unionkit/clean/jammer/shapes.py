"""Shapes of short random strings read on a jammed page only: digit lines, glued and wedged runs, lowercase
and letter codes, the halves of jammer pairs, mixed-case draws between paragraphs."""

from __future__ import annotations

from ... import lazyrx
from ... import recode
from ..lines import HAN
from .base import _CASE_RUN, _EMAIL, _EMOTICON, _is_han, _RUN, _URL
from .tokens import _letters_ok, token_class
from .tails import _ALNUM, _JUNK_SYMBOL, _number_edges, NUMBER_UNITS
from .spelling import _english_runs, _pinyin

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


def _between_paragraphs(ends: list[str], i: int) -> bool:
    """Line i stands between paragraphs: the lines around it hold Han text (_HAN_MIN characters or more) and one
    at least is paragraph-long; a forum's user name sits over a date stamp or a short reply."""
    around = [k for k in (_filled(ends, i, -1), _filled(ends, i, 1)) if k is not None]
    return bool(around) and all(len(HAN.findall(ends[k])) >= _HAN_MIN for k in around) \
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
                or pairs and (_random_words(e) or _symbol_words(e) or _digit_letter_words(e) or _word_digit(e))
                or (pairs or tails_common) and _lower_code_lone(e))


#: A capitalised token with a digit or two after it (Nyse0, Qlat47): a name or model written so (Mate60) alone on a
#: line is rare, and is taken only in a pair's second place on a page setting its jammers in pairs.
_WORD_DIGIT = recode.compile(r"[A-Z][a-z]{2,6}[0-9]{1,2}")


def _word_digit(t: str) -> bool:
    """A capitalised token closed by a digit or two (Nyse0), the own-line half of a pair drawn so."""
    return _WORD_DIGIT.fullmatch(t) is not None


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


#: A lone lowercase consonant between capitals (YgNJE's YgN): no syllable, as in an abbreviation of three (PhD).
_LONE_CONSONANT = recode.compile(r"[A-Z][b-df-hj-np-tv-xz][A-Z]")


def _flipped_five(t: str) -> bool:
    """Five letters of both cases that read as no word by case shape (``_letters_ok``) and either flip case four
    times or more (xGyTm, aBcDe) or set a lone lowercase consonant between capitals (YgNJE, XkTRP): ``_random_five``
    wants a digit, and five-letter words and names wedged into Han text keep one case or two or three case runs
    that read as syllables (Excel, GoPro's four runs read as a word, DeepL, macOS)."""
    if len(t) != 5 or not t.isalpha() or t.isupper() or t.islower():
        return False
    return (len(_CASE_RUN.findall(t)) >= 4 or _LONE_CONSONANT.search(t) is not None) and not _letters_ok(t)


#: A lone capital (no word or acronym after it) that the case flips back up to: after one or two lowercase letters
#: opening the token, maybe past digits (am8J), or right after a capital and one or two lowercase letters (QiU9).
#: Real text flips so into a word or acronym (iOS17, eSIM, iPhone15, WiFi6), after a word (vivoX9), in a unit after
#: a number (10kV, 240kW) or past a model's number (Mi6X).
_FLIP_UP = recode.compile(r"(?:^[a-z]{1,2}[0-9]*|(?<=[A-Z])[a-z]{1,2})[A-Z](?![A-Za-z])")


def _flipped_code(core: str) -> bool:
    """Four to six letters and digits, a digit among them, that read as no token and flip from lowercase back up to
    a lone capital (``_FLIP_UP``: am8J, QiU9): a short random draw glued into Han text. Codes, models and units keep
    one case (Mi14, 5G, ZL50G) or flip in the shapes ``_FLIP_UP`` leaves (iOS17, WiFi6, vivoX9, 10kV)."""
    if not (4 <= len(core) <= 6 and core.isascii() and core.isalnum()) or not any(c.isdigit() for c in core):
        return False
    return _FLIP_UP.search(core) is not None and token_class(core) < 0


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


#: A part of a camel-case token: a capital and the lowercase letters after it, or a lowercase run (We|Chat, i|Phone).
_CAMEL_PART = recode.compile(r"[A-Z]?[a-z]+")


def _random_cased(t: str) -> bool:
    """Letters of both cases drawn at random beyond doubt (VUtrboJZ): ``_random_mixed``'s shape with a capital past
    the first letter, and a camel part of three letters or more that English does not spell and pinyin does not
    read (Utrbo). The per-line rules read the case runs as a word's (VU|trbo|JZ like HTML|Parser); few vowels
    alone would take English and pinyin camel case (scrollHeight, PyTorch, PostgreSQL), whose parts spell, and a
    capitalised word (a foreign name: Wojcik) has no case flip to tell."""
    return _random_mixed(t) and not t[1:].islower() and any(len(p) >= 3 and not _english_runs(p.lower()) and not _pinyin(p.lower())
                                    for p in _CAMEL_PART.findall(t))


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
