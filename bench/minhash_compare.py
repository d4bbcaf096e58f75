"""Which MinHash to use for `unionkit diff --reprints`: speed and accuracy of three implementations.

    python bench/minhash_compare.py            # pure-Python ones only
    (a Python with numpy + datasketch also measures those)

Texts: the cleaned example bodies and mutated copies (abridged, sentences
dropped), so the Jaccard values span 0..1.  Accuracy: mean absolute error of the
estimate against the exact 5-gram Jaccard over all pairs.
"""

from __future__ import annotations

import pathlib
import random
import statistics
import sys
import time
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unionkit.diff.minhash import normalise, normalised_hashes, signature  # noqa: E402

K = 128
P = (1 << 61) - 1


def texts() -> list[str]:
    """Example bodies (cleaned when the cleaner imports) and abridged copies of them."""
    try:
        from unionkit.clean import clean_text

        bodies = ["\n".join(clean_text(p.read_text("utf-8")).body) for p in sorted((ROOT / "examples").glob("*.txt"))]
    except Exception:  # noqa: BLE001 - measuring needs text, not a particular cleaner
        bodies = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    rng = random.Random(5)
    out = list(bodies)
    for b in bodies:
        sents = b.replace("。", "。\n").split("\n")
        for keep in (0.9, 0.7, 0.5, 0.3):
            out.append("".join(s for s in sents if rng.random() < keep))
    return out


def kperm_python(hs: set[int]) -> list[int]:
    """k independent universal hashes (a·h + b mod p), the textbook MinHash, in pure Python."""
    rng = random.Random(1)
    params = [(rng.randrange(1, P), rng.randrange(P)) for _ in range(K)]
    return [min((a * h + b) % P for h in hs) for a, b in params]


def exact(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def measure(name, fn, docs, hsets):
    t = time.perf_counter()
    sigs = [fn(d, h) for d, h in zip(docs, hsets)]
    dt = (time.perf_counter() - t) / len(docs)
    errs = []
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            est = sum(x == y for x, y in zip(sigs[i], sigs[j])) / len(sigs[i])
            errs.append(abs(est - exact(hsets[i], hsets[j])))
    chars = statistics.mean(len(d) for d in docs)
    print(f"{name:34s} {dt * 1000:7.2f} ms/doc ({chars:.0f} chars)  MAE {statistics.mean(errs):.4f}  max {max(errs):.3f}")


def main() -> None:
    docs = [normalise(t) for t in texts()]
    hsets = [normalised_hashes(d) for d in docs]
    print(f"{len(docs)} texts, {len(docs) * (len(docs) - 1) // 2} pairs, k={K}")
    measure("one-permutation, densified (ours)", lambda d, h: signature(normalised_hashes(d)), docs, hsets)
    measure("k-permutation, pure Python", lambda d, h: kperm_python(normalised_hashes(d)), docs, hsets)
    try:
        import numpy as np
    except ImportError:
        print("numpy not installed: numpy and datasketch not measured")
        return
    rng = np.random.default_rng(1)
    a = rng.integers(1, P, K, dtype=np.uint64)
    b = rng.integers(0, P, K, dtype=np.uint64)

    def kperm_numpy(d, _h):
        hs = np.fromiter(normalised_hashes(d), dtype=np.uint64)
        return ((np.outer(hs, a) + b) % np.uint64(P)).min(axis=0).tolist()

    measure("k-permutation, numpy", kperm_numpy, docs, hsets)
    try:
        from datasketch import MinHash
    except ImportError:
        print("datasketch not installed")
        return

    def ds(d, _h):
        m = MinHash(num_perm=K, seed=1)
        m.update_batch([d[i:i + 5].encode("utf-8") for i in range(max(1, len(d) - 4))])
        return m.hashvalues.tolist()

    measure("datasketch MinHash", ds, docs, hsets)


if __name__ == "__main__":
    main()
