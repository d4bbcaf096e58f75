"""Local features of a candidate fragment and the page's local table of scored candidates."""

from __future__ import annotations

import bisect
import math

from .base import HAN_RUNS, BOUND_SUFFIX, MAX_FORCED, OPEN_QUOTES
from .words import _simplifier, Segmenter, _han_word
from .title import Title, prepare_title, Cand, _cand_spans, _verbatim_ext, left_is_mark, right_is_mark, _dangling
from .boundaries import title_boundaries


# --------------------------------------------------------------------------- features


def features(par: str, run: str, seg: Segmenter, off: int, c: Cand, t: Title, tbounds: set[int]) -> dict[str, float]:
    """Local evidence about one candidate span; ``run`` is its Han run (simplified), starting at ``off``."""
    return _with_reading(_span_features(par, seg, off, c.start, c.end, t), c.t0, c.t1, tbounds)


def _span_features(par: str, seg: Segmenter, off: int, a: int, b: int, t: Title) -> tuple:
    """The features of the span par[a:b] that do not depend on which title characters it reads
    (computed once per span: a span often has several title readings)."""
    run = seg.s
    i, j, n = a - off, b - off, b - a
    f, bk = seg.f, seg.b
    full = f[len(run)]
    without = seg.cost_without(i, j)
    forced_i = f[i] + bk[i] - full
    forced_j = f[j] + bk[j] - full
    merge = f[i] + bk[j] - without
    alone = seg.alone(i, j)
    wc = seg.word_cost(run[i:j])
    free = forced_i + forced_j < 0.5
    return (
        min((full - without) / n, 15.0),
        min(forced_i + forced_j, 20.0),
        min(merge, 20.0),
        min(alone / n, 15.0),
        1.0 if wc is not None else 0.0,
        min(wc, 20.0) if wc is not None else 0.0,
        n,
        1.0 if left_is_mark(par, a) else 0.0,
        1.0 if right_is_mark(par, b) else 0.0,
        1.0 if _dangling(par, a, b) else 0.0,
        1.0 if free else 0.0,
        1.0 if free and wc is not None else 0.0,
        1.0 if _verbatim_ext(par, a, b, t.text) else 0.0,
        1.0 if n == 2 else 0.0,
        max(0, n - 3),
        1.0 if a > 0 and par[a - 1] in t.where else 0.0,
        1.0 if b < len(par) and par[b] in t.where else 0.0,
        1.0 if a > 0 and par[a - 1] in QUOTE_OPENERS else 0.0,
    )


def _opens_on_particle(par: str, a: int, b: int) -> bool:
    """par[a:b] opens a clause and the particle 的 follows it (表示，晉江|的做法): cut, the clause would open on 的,
    which a sentence never does, so a word there is the clause's own modifier (的确 and 的士 open clauses: words).
    A longer piece may still hold a salter's chunk before the modifier (,四届|职工的知情权): the caller asks for a word."""
    return par[b:b + 1] in PARTICLES and left_is_mark(par, a) and not _han_word(par[b:b + 2])


PARTICLES = frozenset("的")  # a particle ending the phrase before it: no clause opens on it


def _resumes_title(par: str, b: int, t1: int, han: str, tb) -> bool:
    """The text after a span goes on with the title's next characters, two or more, to one of the title's word
    boundaries (舉辦職工|冰雪運動會 of 舉辦|第三屆|職工|冰雪|運動會): a gapped reading of it may be the sentence restating
    the title without a word (an ordinal), no salter's odd pick; one stopping inside a title word (送位|促就餐饮 of
    促|就业) is the rest of a longer chunk. A feature of weight 0: ``chain.tiled_chain`` asks for it."""
    k = 0
    while b + k < len(par) and t1 + 1 + k < len(han) and par[b + k] == han[t1 + 1 + k]:
        k += 1
    return k >= 2 and t1 + 1 + k in tb


QUOTE_OPENERS = frozenset(OPEN_QUOTES + "‘")  # what opens a quotation (a span right after one opens it)


def _with_reading(s: tuple, t0: int, t1: int, tbounds) -> dict[str, float]:
    """The feature dict of one candidate: its span's features plus those of its title reading."""
    return {
        "gain_pc": s[0],
        "forced": s[1],
        "merge": s[2],
        "alone_pc": s[3],
        "is_word": s[4],
        "word_cost": s[5],
        "contiguous": 1.0 if t1 - t0 + 1 == s[6] else 0.0,
        "title_aligned": 1.0 if (t0 in tbounds and t1 + 1 in tbounds) else 0.0,
        "left_mark": s[7],
        "right_mark": s[8],
        "dangling": s[9],
        "free": s[10],
        "free_word": s[11],
        "verbatim_ext": s[12],
        "len2": s[13],
        "len_long": s[14],
        "left_title": s[15],
        "right_title": s[16],
        "quote_open": s[17],
    }


#: Logistic weights for the local evidence (fitted on generated pages, see tests/salt_gen.py).
LOCAL_W = {'bias': -6.086, 'alone_pc': 0.1492, 'contiguous': 0.6833, 'dangling': 6.0, 'forced': 0.0396, 'free': 1.5784, 'free_word': -0.3652, 'gain_pc': 0.2947, 'is_word': 0.0097, 'left_mark': 1.3502, 'left_title': -0.2945, 'len2': 0.4827, 'len_long': -0.2296, 'merge': -0.0861, 'right_mark': -1.4679, 'right_title': -0.5481, 'title_aligned': -0.7482, 'verbatim_ext': -1.5909, 'word_cost': -0.0141}


def _logit(w: dict[str, float], x: dict[str, float]) -> float:
    """Linear score of a feature dict."""
    return w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in x.items())


def _sigmoid(z: float) -> float:
    """Logistic function, clipped."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def local_table(title: str, paragraphs: list[str], only=None, segs: dict | None = None) -> tuple[Title, list[tuple[Cand, dict]]]:
    """Every candidate of the page (or of the paragraphs in ``only``) with its local features
    (``segs``: Segmenters by run text, shared by the readings of one page)."""
    t = prepare_title(title)
    simp = _simplifier()
    tb = title_boundaries(t)
    segs = {} if segs is None else segs
    rows = []
    for pi, par in enumerate(paragraphs):
        if only is not None and pi not in only:
            continue
        spans = _cand_spans(par, t)
        if not spans:
            continue
        spar = bounds = heads = None  # worked out for the first span that needs them
        r0 = r1 = -1  # the Han run of the last span read, and its Segmenter (spans come run by run)
        text, width = t.text, len(par) + 1
        done: dict[int, tuple | None] = {}  # span -> its features, None when quoted or glued
        for a, b, t0, t1 in spans:
            key = a * width + b
            x = done.get(key, ())
            if x == ():
                x = None
                if not _verbatim_ext(par, a, b, text):
                    if spar is None:
                        spar = simp(par)
                        bounds = [m.span() for m in HAN_RUNS.finditer(par)]  # words never cross a non-Han character
                        heads = [h for h, _ in bounds]
                    if not r0 <= a < r1:
                        r0, r1 = bounds[bisect.bisect_right(heads, a) - 1]
                        run = spar[r0:r1]
                        seg = segs.get(run)
                        if seg is None:
                            seg = segs[run] = Segmenter(run)
                        f, bk = seg.f, seg.b
                    full = f[r1 - r0]
                    i, j = a - r0, b - r0
                    # spans glued into words of their context are never salt: skip the costlier features
                    # (a plural suffix binds to the noun before it: 职工|们 is the sentence's own 职工)
                    if (f[i] + bk[i] + f[j] + bk[j] - 2 * full <= MAX_FORCED and par[b:b + 1] not in BOUND_SUFFIX
                            and not (_opens_on_particle(par, a, b) and seg.word_cost(run[i:j]) is not None)):
                        x = _span_features(par, seg, r0, a, b, t)
                done[key] = x
            if x is not None:
                fx = _with_reading(x, t0, t1, tb)
                fx["resumes_title"] = 1.0 if not fx["contiguous"] and _resumes_title(par, b, t1, t.han, tb) else 0.0
                rows.append((Cand(pi, a, b, t0, t1, par[a:b]), fx))
    return t, rows
