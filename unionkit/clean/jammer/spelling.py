"""Whether a run of lowercase letters spells as English or as pinyin (``_english_runs``, ``_pinyin``): what tells a
random draw of letters from a word, read by the lowercase and the mixed-case jammer shapes."""

from __future__ import annotations

from ... import recode

#: One pinyin syllable (ü written v): an initial or none, then a final. Pinyin written without spaces (gonghui,
#: zhigongzhijia, laomo) parses as a row of them; random letters and English words almost never do.
_PINYIN_SYLLABLE = (r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan"
                    r"|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)"
                    r"|ang|eng|ai|ao|an|ei|en|er|ou|a|o|e")  # (a syllable with no initial opens with a, o or e)
_PINYIN_WORD = recode.compile(f"(?:{_PINYIN_SYLLABLE})+")
#: Consonant runs between vowels (y a vowel), and the digraphs English writes as one consonant (read as one, b).
_CONSONANTS = recode.compile(r"[b-df-hj-np-tv-xz]+")
_DIGRAPH = recode.compile(r"ng|th|gh|ch|sh|ph|ck")
#: Consonant clusters English opens a syllable with, and closes one with (a run inside a word is a close and an
#: open: down|load, hand|shake, sub|scribe; a word's first run an open, its last a close, a plural s after it).
_ONSETS = frozenset("bl br cl cr dr fl fr gl gr pl pr sc sk sl sm sn sp st sw tr tw wh th sh ch ph scr spr str "
                    "spl thr shr sch".split())
#: Clusters English opens a word with only (know, write, rhythm, gnome).
_WORD_ONSETS = frozenset("kn wr rh gn".split())
_CODAS = frozenset("ck ct ft ld lf lk lm lp lt mb mp nd ng nk ns nt pt rb rc rd rf rg rk rl rm rn rp rs rt rv sk sp "
                   "st xt wn wl sh ch th ph gh ght nch tch rch lch nth ngth lth rth rst nct mpt lfth mph lpt rpt pth "
                   "ghth thm".split())


def _pinyin(t: str) -> bool:
    """The token parses as a row of pinyin syllables (gonghui, zhigong, laomo)."""
    return _PINYIN_WORD.fullmatch(t) is not None


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
