"""Code against code on a loaded or changing machine: two source trees, pages handled by each in turn.

    python bench/lockstep.py OLD_TREE NEW_TREE [--stage clean|extract] [--corpus DIR] [--slice N]

Each tree runs in its own worker process (``PYTHONPATH=TREE``, so lazy imports stay in their own tree), warmed
on ten pages. The parent hands both workers the same slice of pages in turn, alternating which goes first, and
sums the CPU seconds each worker reports for its slices, so load swings and frequency changes hit both alike.
``extract`` is fed the records each tree's own clean makes of the page (only extract's time is counted).
"""

from __future__ import annotations

import argparse
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent

#: The worker: reads slices of page paths on stdin (one slice per line, tab-separated), prints CPU seconds spent.
WORKER = r"""
import sys, time, pathlib
from unionkit.clean import clean_text
from unionkit.extract import extract
stage = sys.argv[1]
def run(paths):
    texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in paths]
    if stage == "extract":
        arts = [clean_text(t) for t in texts]
        t0 = time.process_time()
        for a in arts:
            extract(a)
    else:
        t0 = time.process_time()
        for t in texts:
            clean_text(t)
    return time.process_time() - t0
for line in sys.stdin:
    print(f"{run(line.rstrip(chr(10)).split(chr(9))):.6f}", flush=True)
"""


def worker(tree: str, stage: str) -> subprocess.Popen:
    """A worker process running ``tree``'s unionkit."""
    env = {**os.environ, "PYTHONPATH": str(pathlib.Path(tree).resolve())}
    # (-P: ``python -c`` would put the working directory first on sys.path, so that run from a checkout both
    # workers imported that checkout's unionkit and compared it with itself)
    return subprocess.Popen([sys.executable, "-P", "-c", WORKER, stage], env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def ask(proc: subprocess.Popen, paths: list[str]) -> float:
    """CPU seconds ``proc`` spent on ``paths``."""
    proc.stdin.write("\t".join(paths) + "\n")
    proc.stdin.flush()
    return float(proc.stdout.readline())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--stage", choices=("clean", "extract"), default="clean")
    ap.add_argument("--corpus", default=str(HERE / "corpus" / "pages-5mb"), help="directory of .txt pages")
    ap.add_argument("--slice", type=int, default=25, help="pages per turn")
    args = ap.parse_args()
    paths = [str(p) for p in sorted(pathlib.Path(args.corpus).rglob("*.txt"))]
    procs = [worker(args.old, args.stage), worker(args.new, args.stage)]
    for p in procs:
        ask(p, paths[:10])                                   # warm-up: lazy loads, caches of the first pages
    total = [0.0, 0.0]
    for n, i in enumerate(range(0, len(paths), args.slice)):
        for k in ((0, 1) if n % 2 == 0 else (1, 0)):
            total[k] += ask(procs[k], paths[i:i + args.slice])
    for p in procs:
        p.stdin.close()
        p.wait()
    mb = sum(os.path.getsize(p) for p in paths) / 1e6
    print(f"{args.stage}: {len(paths)} pages, {mb:.1f} MB; old {total[0]:.3f} s, new {total[1]:.3f} s CPU; "
          f"new takes {100 * (total[1] / total[0] - 1):+.1f}%")


if __name__ == "__main__":
    main()
