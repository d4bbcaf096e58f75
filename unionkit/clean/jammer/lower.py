"""Lowercase jammers: random a-z strings between paragraphs, told from pinyin and English words
(``lower_jammer_spans``)."""

from __future__ import annotations

from ... import recode
from ..lines import HAN
from .base import _after_sentence
from .shapes import _filled, _HAN_MIN, _PARAGRAPH_MIN

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
