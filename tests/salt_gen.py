"""Generate title-salted pages from clean paragraphs, for testing unionkit.clean.salting.

Models the damage seen on spam copies of union news: the title's Han characters are cut
into chunks (mostly 2 characters, sometimes 3-5 merged or a lone character, sometimes with
characters skipped),
and the chunks are inserted, in the title's order, into the first 1-3 paragraphs -- mostly
right after punctuation, sometimes between two words inside a clause, sometimes dangling
after the paragraph's last full stop. The same chunk sequence is reused in every salted
paragraph of a page (each paragraph gets a prefix of it), as on the real pages.

Deterministic for a given seed.
"""

from __future__ import annotations

import pathlib
import random
from dataclasses import dataclass

import regex

DATA = pathlib.Path(__file__).parent / "data" / "salting_clean.txt"
HAN = regex.compile(r"\p{Han}")
PUNCT_AFTER = set(",。、;:!?,;:!?")
SENTENCE_END = set("。!?!?")


@dataclass
class SaltedPage:
    """One generated page: the salted paragraphs, the clean ones and the inserted spans."""

    title: str
    clean: list[str]
    salted: list[str]
    spans: list[list[tuple[int, int]]]


def load_pages(path: pathlib.Path = DATA) -> list[tuple[str, list[str]]]:
    """Read the (title, paragraphs) groups of the clean test corpus."""
    pages: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T: "):
            pages.append((line[3:].strip(), []))
        elif line.startswith("P: "):
            pages[-1][1].append(line[3:].strip())
    return pages


def chunk_title(title: str, rng: random.Random) -> list[str]:
    """Cut the title's Han characters into ordered chunks, as salting spam does."""
    han = HAN.findall(title)
    chunks: list[str] = []
    i = 0
    while i < len(han) - 1:
        r = rng.random()
        if r < 0.12:                      # skip a character or two
            i += rng.choice((1, 2))
            continue
        if r < 0.16:                      # a lone character (rare: it reads as a typo)
            chunks.append(han[i])
            i += 1
            continue
        if r < 0.70:
            size = 2
        elif r < 0.85:
            size = rng.choice((3, 4, 5))
        else:                             # a sparse chunk: characters picked with gaps
            k = rng.choice((3, 4, 5))
            window = han[i:i + 2 * k]
            if len(window) < k:
                break
            keep = sorted(rng.sample(range(1, len(window)), k - 1))
            chunks.append(window[0] + "".join(window[j] for j in keep))
            i += keep[-1] + 1
            continue
        piece = han[i:i + size]
        if piece:
            chunks.append("".join(piece))
        i += size
    return chunks


def word_boundaries(text: str) -> list[int]:
    """Offsets between two Han words inside a clause (not next to punctuation)."""
    import jieba

    jieba.setLogLevel(60)
    out, pos = [], 0
    words = jieba.lcut(text, HMM=False)
    for a, b in zip(words, words[1:]):
        pos += len(a)
        if HAN.fullmatch(a[-1]) and HAN.fullmatch(b[0]):
            out.append(pos)
    return out


def punct_positions(text: str) -> list[int]:
    """Offsets right after a clause or sentence mark, not at the very end."""
    return [i + 1 for i, ch in enumerate(text[:-1]) if ch in PUNCT_AFTER]


def insert(text: str, pieces: list[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Insert (offset, piece) pairs (offsets in the clean text, ascending); return text and spans."""
    out, spans, last, shift = [], [], 0, 0
    for off, piece in pieces:
        out.append(text[last:off])
        start = off + shift
        spans.append((start, start + len(piece)))
        out.append(piece)
        shift += len(piece)
        last = off
    out.append(text[last:])
    return "".join(out), spans


def salt_paragraph(text: str, chunks: list[str], rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Insert a prefix of the chunk sequence into one paragraph, in order."""
    punct = punct_positions(text)
    words = [w for w in word_boundaries(text) if w not in punct]
    dangling = text[-1] in SENTENCE_END and rng.random() < 0.2
    n = min(len(chunks), len(punct) + len(words) // 3 + int(dangling))
    if n < 1:
        return text, []
    n = rng.randint(max(1, min(n, 3)), n)
    pieces = chunks[:n]
    tail = pieces.pop() if dangling else None
    k_mid = min(len(words), sum(rng.random() < 0.3 for _ in pieces))
    k_punct = min(len(punct), len(pieces) - k_mid)
    offsets = sorted(rng.sample(punct, k_punct) + rng.sample(words, k_mid))
    placed = list(zip(offsets, pieces))
    if tail:
        placed.append((len(text), tail))
    return insert(text, placed)


def salt_page(title: str, paragraphs: list[str], rng: random.Random) -> SaltedPage:
    """Salt the first 1-3 paragraphs of a page with the title's chunks."""
    chunks = chunk_title(title, rng)
    salted, spans = list(paragraphs), [[] for _ in paragraphs]
    m = rng.randint(1, min(3, len(paragraphs)))
    for i in range(m):
        if len(paragraphs[i]) < 30:
            continue
        salted[i], spans[i] = salt_paragraph(paragraphs[i], chunks, rng)
    return SaltedPage(title, list(paragraphs), salted, spans)


def to_traditional(page: SaltedPage) -> SaltedPage | None:
    """The same page in traditional script (None when conversion changes lengths)."""
    import opencc

    conv = opencc.OpenCC("s2t")
    title = conv.convert(page.title)
    clean = [conv.convert(p) for p in page.clean]
    salted = [conv.convert(p) for p in page.salted]
    if any(len(a) != len(b) for a, b in zip(salted, page.salted)):
        return None
    return SaltedPage(title, clean, salted, page.spans)


def generate(n: int, seed: int = 0, traditional_share: float = 0.15) -> list[SaltedPage]:
    """n salted pages drawn from the clean corpus with a fixed seed."""
    rng = random.Random(seed)
    corpus = load_pages()
    pages = []
    while len(pages) < n:
        title, paras = corpus[rng.randrange(len(corpus))]
        page = salt_page(title, paras, rng)
        if rng.random() < traditional_share:
            page = to_traditional(page) or page
        pages.append(page)
    return pages


# --------------------------------------------------------------------------- weight fitting
# Development helper: refit the logistic weights (LOCAL_W in unionkit/clean/salting/features.py) with
#   .venv/bin/python -c "import sys; sys.path.insert(0, 'tests'); import salt_gen; salt_gen.fit()"
# and the joint decoding's (JOINT_W, in joint.py) with salt_gen.fit_joint() (after LOCAL_W: it reads local scores).
# Trained on seeds other than the ones the tests use.


def _labelled(pages: list[SaltedPage]):
    """(page index, candidate, features, label) rows for salted pages and their clean twins."""
    from unionkit.clean import salting

    rows = []
    for k, p in enumerate(pages):
        for paras, spans in ((p.salted, p.spans), (p.clean, [[] for _ in p.clean])):
            _, table = salting.features.local_table(p.title, paras)
            gold = {(pi, a, b) for pi, sp in enumerate(spans) for a, b in sp}
            for c, x in table:
                rows.append((k, paras, c, x, 1.0 if (c.para, c.start, c.end) in gold else 0.0))
    return rows


def _fit_logistic(xs: list[dict], ys: list[float], l2: float = 1e-3, epochs: int = 300) -> dict:
    """Plain full-batch logistic regression with Adam, on standardised features."""
    import math

    keys = sorted({k for x in xs for k in x})
    n = len(xs)
    mean = {k: sum(x.get(k, 0.0) for x in xs) / n for k in keys}
    std = {k: (sum((x.get(k, 0.0) - mean[k]) ** 2 for x in xs) / n) ** 0.5 or 1.0 for k in keys}
    z = [[(x.get(k, 0.0) - mean[k]) / std[k] for k in keys] for x in xs]
    pos = sum(ys)
    wpos = 1.0
    w = [0.0] * (len(keys) + 1)
    m1 = [0.0] * len(w)
    m2 = [0.0] * len(w)
    for ep in range(1, epochs + 1):
        g = [0.0] * len(w)
        for row, y in zip(z, ys):
            s = w[0] + sum(a * b for a, b in zip(w[1:], row))
            p = 1.0 / (1.0 + math.exp(-max(-30, min(30, s))))
            d = (p - y) * (wpos if y else 1.0)
            g[0] += d
            for q, v in enumerate(row):
                g[q + 1] += d * v
        for q in range(len(w)):
            gq = g[q] / n + (l2 * w[q] if q else 0.0)
            m1[q] = 0.9 * m1[q] + 0.1 * gq
            m2[q] = 0.999 * m2[q] + 0.001 * gq * gq
            w[q] -= 0.05 * (m1[q] / (1 - 0.9 ** ep)) / ((m2[q] / (1 - 0.999 ** ep)) ** 0.5 + 1e-8)
    raw = {"bias": w[0] - sum(w[q + 1] * mean[k] / std[k] for q, k in enumerate(keys))}
    for q, k in enumerate(keys):
        raw[k] = w[q + 1] / std[k]
    return {k: round(v, 4) for k, v in raw.items()}


def fit(n: int = 120, seed: int = 9001) -> dict:
    """Fit the local weights on generated pages; print them for pasting."""
    from unionkit.clean import salting

    pages = generate(n, seed=seed)
    rows = _labelled(pages)
    local = _fit_logistic([r[3] for r in rows], [r[4] for r in rows])
    print("LOCAL_W =", local)
    return local


def fit_joint(n: int = 400, seed: int = 9001) -> dict:
    """Fit the joint decoding's member weights (JOINT_W) on generated pages; print them for pasting.

    Each chunk the final joint decoding takes is labelled by whether it is exactly an inserted span."""
    from unionkit.clean import salting

    xs, ys = [], []
    for page in generate(n, seed=seed):
        salting.joint.TRACE = []
        try:
            salting.salt_spans(page.title, page.salted)
            gold = {(pi, a, b) for pi, sp in enumerate(page.spans) for a, b in sp}
            for key, x in salting.joint.TRACE:
                xs.append(x)
                ys.append(1.0 if key in gold else 0.0)
        finally:
            salting.joint.TRACE = None
    w = _fit_logistic(xs, ys)
    print("JOINT_W =", w)
    return w
