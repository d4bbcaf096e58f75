"""Lowercase jammers: random a-z strings between paragraphs, told from pinyin and English words
(``lower_jammer_spans``)."""

from __future__ import annotations

from ... import recode
from .base import _after_sentence
from .shapes import _between_paragraphs
from .spelling import _CONSONANTS, _DIGRAPH, _english_runs, _pinyin

#: A token of lowercase letters long enough to judge (forum slang, units and short words are shorter: yyds, hhhh).
_LOWER_TOKEN = recode.compile(r"[a-z]{6,16}")
#: Letters English and pinyin never double (ii, hh, jj …; qq is a brand, QQ): a random string's draws repeat.
_ODD_DOUBLE = recode.compile(r"([ahijkuvwxy])\1")
#: Page-level evidence: lowercase tokens in jammer places that read as random by shape (``_random_lower_word``), all
#: different, before any is taken.
LOWER_RANDOM_MIN = 2


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
