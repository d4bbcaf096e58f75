"""Aligning two versions of an article: sentences first, then characters inside matched sentences.

Reprints reorder paragraphs, drop sentences (abridging) and retouch wording.
A plain character diff of two such texts pairs up stray characters across
unrelated sentences; aligning sentences first (a monotone dynamic-programming
alignment scored by character-bigram overlap) keeps each change inside the
sentence it belongs to, and a sentence deleted in one place and inserted in
another is reported as moved.  The result is a linear edit script over the
whole text: applying it to ``a`` gives ``b`` exactly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from difflib import SequenceMatcher

import regex

#: A sentence: text up to and including its end punctuation and closing quotes, or a line break alone.
_SENTENCE = regex.compile(r"[^\n。!?!?;;…]+(?:[。!?!?;;…]+[”’」』)）\"']*)?|[。!?!?;;…]+[”’」』)）\"']*|\n")

#: Below this bigram similarity two sentences are not the same sentence retouched.
MATCH_MIN = 0.35
#: Above this, a deleted and an inserted sentence are the same sentence moved.
MOVE_MIN = 0.8
#: Beyond this many sentence pairs, align by exact sentence equality only (keeps huge inputs fast).
DP_CELLS_MAX = 4_000_000


@dataclass
class Op:
    """One edit: ``a[a_start:a_end]`` (text ``a``) becomes ``b[b_start:b_end]`` (text ``b``)."""

    op: str          # equal, insert, delete, replace
    a: str
    b: str
    a_start: int
    b_start: int
    a_end: int = -1
    b_end: int = -1
    moved: bool = False  # a delete/insert whose text reappears elsewhere in the other version

    def __post_init__(self) -> None:
        if self.a_end < 0:
            self.a_end = self.a_start + len(self.a)
        if self.b_end < 0:
            self.b_end = self.b_start + len(self.b)

    def to_dict(self) -> dict:
        """JSON-ready form (``moved`` only when true)."""
        d = asdict(self)
        if not self.moved:
            d.pop("moved")
        return d


def sentences(text: str) -> list[str]:
    """The text cut into sentences and line breaks; joined they give the text back exactly."""
    parts = _SENTENCE.findall(text)
    assert "".join(parts) == text, "sentence split lost text"
    return parts


def _bigrams(s: str) -> frozenset[str]:
    s = "".join(s.split())
    return frozenset(s[i:i + 2] for i in range(len(s) - 1)) if len(s) > 1 else frozenset([s])


def sentence_similarity(x: frozenset[str], y: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets: 1 for the same sentence, near 0 for unrelated ones."""
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def align_sentences(sa: list[str], sb: list[str]) -> list[tuple[int | None, int | None]]:
    """A monotone alignment of two sentence lists: (i, j) matched, (i, None) deleted, (None, j) inserted."""
    n, m = len(sa), len(sb)
    if n * m > DP_CELLS_MAX:
        return _align_exact(sa, sb)
    ga = [_bigrams(s) for s in sa]
    gb = [_bigrams(s) for s in sb]
    # score[i][j]: best total similarity aligning sa[i:] with sb[j:]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = score[i], score[i + 1]
        na = sa[i] == "\n"
        for j in range(m - 1, -1, -1):
            best = below[j] if below[j] >= row[j + 1] else row[j + 1]
            nb = sb[j] == "\n"
            if na or nb:
                # Line breaks align with line breaks only, and weigh little: structure follows the text.
                s = 0.1 if na and nb else 0.0
            elif sa[i] == sb[j]:
                s = 1.0
            else:
                s = sentence_similarity(ga[i], gb[j])
                s = s if s >= MATCH_MIN else 0.0
            if s > 0 and below[j + 1] + s > best:
                best = below[j + 1] + s
            row[j] = best
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        here = score[i][j]
        if here == score[i + 1][j]:
            out.append((i, None))
            i += 1
        elif here == score[i][j + 1]:
            out.append((None, j))
            j += 1
        else:
            out.append((i, j))
            i += 1
            j += 1
    out.extend((k, None) for k in range(i, n))
    out.extend((None, k) for k in range(j, m))
    return out


def _align_exact(sa: list[str], sb: list[str]) -> list[tuple[int | None, int | None]]:
    """Alignment by identical sentences only (difflib over the sentence lists)."""
    out: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
        if tag == "equal":
            out.extend(zip(range(i1, i2), range(j1, j2)))
        else:
            out.extend((i, None) for i in range(i1, i2))
            out.extend((None, j) for j in range(j1, j2))
    return out


def _char_ops(a: str, b: str, a0: int, b0: int) -> list[Op]:
    """Character-level operations between two matched sentences, positioned in the whole texts."""
    sm = SequenceMatcher(None, a, b, autojunk=False)
    return [Op(tag, a[i1:i2], b[j1:j2], a0 + i1, b0 + j1) for tag, i1, i2, j1, j2 in sm.get_opcodes()]


def _merge(ops: list[Op]) -> list[Op]:
    """Adjacent operations joined: equal runs together, and any run of changes into one op."""
    out: list[Op] = []
    for o in ops:
        if not o.a and not o.b:
            continue
        if out:
            p = out[-1]
            both_equal = p.op == "equal" and o.op == "equal"
            both_change = p.op != "equal" and o.op != "equal" and p.moved == o.moved
            if both_equal or both_change:
                a, b = p.a + o.a, p.b + o.b
                kind = "equal" if both_equal else ("replace" if a and b else "delete" if a else "insert")
                out[-1] = Op(kind, a, b, p.a_start, p.b_start, moved=p.moved)
                continue
        out.append(o)
    return out


def _absorb_small_equals(ops: list[Op], max_len: int = 1) -> list[Op]:
    """A one-character equal between two changes folded into them: 「[-甲乙-]丙[-丁-]」 reads as noise."""
    out: list[Op] = []
    i = 0
    while i < len(ops):
        o = ops[i]
        if (o.op == "equal" and len(o.a) <= max_len and o.a != "\n" and out and out[-1].op != "equal"
                and i + 1 < len(ops) and ops[i + 1].op != "equal"
                and len(out[-1].a + out[-1].b + ops[i + 1].a + ops[i + 1].b) > 4 * len(o.a)
                and not out[-1].moved and not ops[i + 1].moved):
            out.append(Op("replace", o.a, o.b, o.a_start, o.b_start))
        else:
            out.append(o)
        i += 1
    return _merge(out)


def _mark_moves(ops: list[Op]) -> list[Op]:
    """Flag a deleted sentence that reappears (nearly) unchanged as an insert elsewhere, and that insert."""
    dels = [k for k, o in enumerate(ops) if o.op == "delete" and len(o.a.strip()) >= 4]
    ins = [k for k, o in enumerate(ops) if o.op == "insert" and len(o.b.strip()) >= 4]
    if not dels or not ins:
        return ops
    gi = {k: _bigrams(ops[k].b) for k in ins}
    used: set[int] = set()
    for d in dels:
        gd = _bigrams(ops[d].a)
        best, best_k = MOVE_MIN, None
        for k in ins:
            if k in used:
                continue
            s = sentence_similarity(gd, gi[k])
            if s >= best:
                best, best_k = s, k
        if best_k is not None:
            used.add(best_k)
            ops[d].moved = ops[best_k].moved = True
    return ops


#: A matched sentence pair this similar anchors the alignment; weaker pairs are diffed with their neighbours.
ANCHOR_MIN = 0.8
#: Regions whose character diff would cost more than this many comparisons are shown as delete + insert.
REGION_CELLS_MAX = 20_000_000


def diff_texts(a: str, b: str) -> list[Op]:
    """Operations turning ``a`` into ``b``: sentence-aligned, character-level inside matched regions."""
    if a == b:
        return [Op("equal", a, b, 0, 0)] if a else []
    sa, sb = sentences(a), sentences(b)
    pa, pb = _offsets(sa), _offsets(sb)
    ops: list[Op] = []
    region: list[tuple[int | None, int | None]] = []
    for i, j in align_sentences(sa, sb):
        if i is not None and j is not None and _anchor(sa[i], sb[j]):
            ops.extend(_region_ops(region, sa, sb, pa, pb, ops))
            region = []
            ops.extend(_char_ops(sa[i], sb[j], pa[i], pb[j]))
        else:
            region.append((i, j))
    ops.extend(_region_ops(region, sa, sb, pa, pb, ops))
    ops = _absorb_small_equals(_merge(ops))
    return _merge(_mark_moves(_split_sentence_ops(ops)))


def _anchor(x: str, y: str) -> bool:
    """A matched pair that stands on its own: identical, a line break, or nearly the same sentence."""
    return x == y or sentence_similarity(_bigrams(x), _bigrams(y)) >= ANCHOR_MIN


def _region_ops(region, sa, sb, pa, pb, done: list[Op]) -> list[Op]:
    """Operations for a run of unmatched or loosely matched sentences between two anchors.

    Split or merged sentences (an abridger cutting one sentence in two) land
    here: the run is compared character by character as a whole when its two
    sides are alike, and shown as deleted + inserted text when they are not.
    """
    if not region:
        return []
    ia = [i for i, _ in region if i is not None]
    jb = [j for _, j in region if j is not None]
    a0 = pa[ia[0]] if ia else (done[-1].a_end if done else 0)
    b0 = pb[jb[0]] if jb else (done[-1].b_end if done else 0)
    ta = "".join(sa[i] for i in ia)
    tb = "".join(sb[j] for j in jb)
    if not ta or not tb:
        return [Op("delete" if ta else "insert", ta, tb, a0, b0)]
    alike = sentence_similarity(_bigrams(ta), _bigrams(tb)) >= MATCH_MIN
    if alike and len(ta) * len(tb) <= REGION_CELLS_MAX:
        return _char_ops(ta, tb, a0, b0)
    return [Op("delete", ta, "", a0, b0), Op("insert", "", tb, a0 + len(ta), b0)]


def _offsets(parts: list[str]) -> list[int]:
    out, pos = [], 0
    for p in parts:
        out.append(pos)
        pos += len(p)
    return out


def _split_sentence_ops(ops: list[Op]) -> list[Op]:
    """Pure deletes/inserts cut back at sentence bounds, so a moved sentence can be recognised alone."""
    out: list[Op] = []
    for o in ops:
        if o.op == "delete" and not o.moved:
            pos = o.a_start
            for s in sentences(o.a):
                out.append(Op("delete", s, "", pos, o.b_start))
                pos += len(s)
        elif o.op == "insert" and not o.moved:
            pos = o.b_start
            for s in sentences(o.b):
                out.append(Op("insert", "", s, o.a_start, pos))
                pos += len(s)
        else:
            out.append(o)
    return out


def apply_ops(a: str, ops: list[Op] | list[dict]) -> str:
    """Rebuild ``b`` from ``a`` and the operations (checks that every ``a`` span matches)."""
    out, pos = [], 0
    for o in ops:
        d = o if isinstance(o, dict) else asdict(o)
        start, end = d["a_start"], d.get("a_end", d["a_start"] + len(d["a"]))
        if start != pos or a[start:end] != d["a"]:
            raise ValueError(f"operation at {start} does not match the text")
        if d["op"] in ("equal", "replace", "insert"):
            out.append(d["b"] if d["op"] != "equal" else d["a"])
        pos = end
    if pos != len(a):
        raise ValueError("operations do not cover the whole text")
    return "".join(out)
