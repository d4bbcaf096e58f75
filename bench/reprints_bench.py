"""Benchmark `unionkit diff --reprints` on a generated corpus of cleaned records (mutated examples).

    python bench/reprints_bench.py                 # 100 000 articles, 2 worker processes
    python bench/reprints_bench.py -n 20000 -j 1

Stories are the example pages' cleaned bodies with their Han characters
substituted by a per-story permutation (same shape and length as real union
news, different 5-grams), so stories share nothing but the odd digit run.
About 30 % of stories are single; the others have 2-8 copies among:
re-titled, abridged (30-50 % of sentences dropped), paragraphs reordered, and
cleaning residue (a few title fragments and junk characters the cleaner
missed, as after a salted/jammed spam copy).  The original is dated earliest.

The timed part is the CLI itself, reading the JSON Lines records, run as a
child process; peak memory is that process's (and its workers') maximum RSS.
Precision/recall are pairwise: pairs of articles put in one cluster vs pairs of
the same story.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pathlib
import random
import resource
import subprocess
import sys
import tempfile
import time

import regex

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HAN = regex.compile(r"\p{Han}")
SENT = regex.compile(r"[^。!?;]+[。!?;]?")


def bases() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of every example page, cleaned."""
    from unionkit.clean import clean_text

    out = []
    for p in sorted((ROOT / "examples").glob("*.txt")):
        art = clean_text(p.read_text("utf-8"))
        out.append((art.title or "", [x for x in art.body if x.strip()]))
    return out


def variant(kind: str, title: str, paras: list[str], rng: random.Random) -> tuple[str, list[str]]:
    """One copy of a story."""
    if kind == "retitled":
        return "转载:" + title[::-1], paras
    if kind == "abridged":
        keep = rng.uniform(0.5, 0.7)
        out = ["".join(s for s in SENT.findall(p) if rng.random() < keep) for p in paras]
        return title, [p for p in out if p] or paras[:1]
    if kind == "reordered":
        paras = list(paras)
        rng.shuffle(paras)
        return title, paras
    if kind == "residue":
        han = "".join(HAN.findall(title))
        out = []
        for p in paras:
            if rng.random() < 0.3 and len(han) > 2:
                i = rng.randrange(len(p) + 1)
                j = rng.randrange(len(han) - 1)
                p = p[:i] + han[j:j + 2] + p[i:]
            if rng.random() < 0.1:
                p = p + " " + "".join(rng.choice("abcdefXYZ0123#$%") for _ in range(3))
            out.append(p)
        return title, out
    return title, paras


def generate(path: pathlib.Path, n: int, seed: int = 1) -> dict[str, str]:
    """Write ``n`` records to ``path``; returns id -> story."""
    rng = random.Random(seed)
    base = bases()
    han = sorted({c for t, ps in base for x in [t, *ps] for c in HAN.findall(x)})
    story_of: dict[str, str] = {}
    s = 0
    with path.open("w", encoding="utf-8") as fh:
        while len(story_of) < n:
            title, paras = base[s % len(base)]
            shuffled = list(han)
            rng.shuffle(shuffled)
            table = {ord(a): b for a, b in zip(han, shuffled)}
            title = title.translate(table)
            paras = [p.translate(table) for p in paras]
            copies = 0 if rng.random() < 0.3 else rng.randint(1, 7)
            kinds = ["original"] + [rng.choice(["retitled", "abridged", "reordered", "residue", "copy"])
                                    for _ in range(copies)]
            for k, kind in enumerate(kinds):
                if len(story_of) >= n:
                    break
                t, ps = variant(kind, title, paras, rng)
                rid = f"s{s}-{k}-{kind}"
                story_of[rid] = f"s{s}"
                rec = {"schema": 1, "id": rid, "title": t, "body": ps,
                       "meta": {"published": f"2024-{1 + k:02d}-{1 + s % 28:02d}"}}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            s += 1
    return story_of


def score(clusters: list[dict], story_of: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision and recall, and the share of clusters whose original is the original."""
    predicted = set()
    right_original = 0
    for c in clusters:
        ids = sorted(m["id"] for m in c["members"])
        predicted.update(itertools.combinations(ids, 2))
        right_original += c["members"][0]["id"].split("-")[1] == "0"
    by_story: dict[str, list[str]] = {}
    for rid, st in story_of.items():
        by_story.setdefault(st, []).append(rid)
    truth = {p for ids in by_story.values() for p in itertools.combinations(sorted(ids), 2)}
    tp = len(predicted & truth)
    return (tp / len(predicted) if predicted else 1.0, tp / len(truth) if truth else 1.0,
            right_original / len(clusters) if clusters else 1.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100_000)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--dir", default=None, help="where to write the corpus (default: a temporary directory)")
    args = ap.parse_args()
    work = pathlib.Path(args.dir or tempfile.mkdtemp(prefix="unionkit-reprints-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, out = work / "corpus.jsonl", work / "clusters.jsonl"
    t = time.perf_counter()
    if corpus.exists() and os.environ.get("REUSE"):
        story_of = {json.loads(x)["id"]: "s" + json.loads(x)["id"].split("-")[0][1:]
                    for x in corpus.open(encoding="utf-8")}
    else:
        story_of = generate(corpus, args.n)
    print(f"generated {len(story_of)} records ({corpus.stat().st_size / 1e6:.0f} MB) in "
          f"{time.perf_counter() - t:.1f} s -> {corpus}")
    argv = ["unionkit", "diff", "--reprints", "-j", str(args.jobs), "-f", "jsonl", "-o", str(out), str(corpus)]
    # The CLI's own entry point, reporting the main process's CPU apart from its workers'.
    wrapper = ("import resource, sys\nfrom unionkit.cli.app import main\nsys.argv = " + repr(argv) +
               "\ntry:\n    main()\nfinally:\n    r = resource.getrusage(resource.RUSAGE_SELF)\n"
               "    sys.stderr.write(f'main-cpu {r.ru_utime + r.ru_stime:.1f}\\n')\n")
    cmd = [sys.executable, "-c", wrapper]
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    load = os.getloadavg()[0]
    if proc.returncode != 0:
        sys.exit(f"unionkit failed ({proc.returncode}): {proc.stderr}")
    clusters = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    p, r, orig = score(clusters, story_of)
    main_cpu = float(proc.stderr.rsplit("main-cpu ", 1)[1].split()[0])
    print(f"CPU: main process {main_cpu:.1f} s, workers {cpu - main_cpu:.1f} s; on an idle machine the wall "
          f"time is about max(main, all / jobs) = {max(main_cpu, cpu / args.jobs):.0f} s")
    print(f"clustered {len(story_of)} articles in {elapsed:.1f} s wall, {cpu:.1f} s CPU (all processes) "
          f"with -j {args.jobs}; peak RSS of one process {peak_mb:.0f} MB; load average {load:.1f} "
          f"on {os.cpu_count()} CPUs")
    print(f"{len(clusters)} clusters; pairwise precision {p:.4f}, recall {r:.4f}; "
          f"likely original right in {orig:.1%} of clusters")
    if os.environ.get("KEEP") is None and args.dir is None:
        corpus.unlink()
        out.unlink()


if __name__ == "__main__":
    main()
