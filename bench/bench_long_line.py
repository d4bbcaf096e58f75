"""Time and peak memory of clean and extract on a page whose whole article is one line, at growing sizes.

    python bench/bench_long_line.py                        # 250 kB, 500 kB, 1 MB; both kinds; clean + extract
    python bench/bench_long_line.py --sizes 250 1000 4000  # sizes in kB
    python bench/bench_long_line.py --kinds repeated --cmds clean

Scraped text dumps sometimes lose every line break, so one paragraph holds the whole article. Two kinds of
body line, each under a one-line title: ``repeated`` (one sentence over and over: every title-word pass finds
a hit in each clause) and ``varied`` (the paragraphs of the test layout pages run together, no separator).
Each run is a child process (``python -m unionkit``); its CPU seconds and peak RSS come from ``os.wait4``.
The start-up cost (the same command on a two-line page) is subtracted, then each size's CPU time is compared
with the smallest size's scaled by the size ratio: ``scaling`` 1.0 is linear, 2.0 at 4x the size would be a
pass growing with the square. ``rss_per_mb`` is the peak RSS above start-up per MB of input. Commands:
``clean`` (text out), ``extract`` (the raw page) and ``extract-rec`` (extract of clean's JSON record).
Prints a table (or JSON with --json); nothing is asserted: timings belong here, not in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "data" / "layouts"
TITLE = "某市总工会举办职工技能竞赛活动"
SENTENCE = "工会组织开展职工技能竞赛活动，广大职工积极参与。"


def body(kind: str, size: int) -> str:
    """A body line of about ``size`` UTF-8 bytes (cut at a character boundary)."""
    if kind == "repeated":
        unit = SENTENCE
    else:  # the layout pages' longer lines (paragraphs), glued together as a text dump leaves them
        unit = "".join(line.strip() for p in sorted(LAYOUTS.glob("*.txt"))
                       for line in p.read_text(encoding="utf-8").splitlines() if len(line.strip()) >= 20)
    data = (unit * (size // len(unit.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return data.decode("utf-8", "ignore")


def run(cmd: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak RSS (MB) of one child process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit {code}\n{err}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def command(cmd: str, page: pathlib.Path, work: pathlib.Path) -> list[str]:
    """The unionkit command line of a run (extract-rec first writes clean's record of the page)."""
    py = [sys.executable, "-m", "unionkit"]
    if cmd != "extract-rec":
        return py + [cmd, str(page)]
    rec = work / (page.stem + ".jsonl")
    if not rec.exists():
        run(py + ["clean", "-f", "jsonl", "-o", str(rec), str(page)])
    return py + ["extract", str(rec)]


def measure(kinds: list[str], sizes: list[int], cmds: list[str], repeat: int) -> list[dict]:
    """One row per kind, command and size (the best of ``repeat`` runs)."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        tiny = work / "tiny.txt"
        tiny.write_text(TITLE + "\n" + SENTENCE + "\n", encoding="utf-8")
        for cmd in cmds:
            base_cpu, base_rss = min(run(command(cmd, tiny, work)) for _ in range(repeat))
            for kind in kinds:
                first = None
                for kb in sizes:
                    page = work / f"{kind}-{kb}k.txt"
                    if not page.exists():
                        page.write_text(TITLE + "\n" + body(kind, kb * 1000) + "\n", encoding="utf-8")
                    cpu, rss = min(run(command(cmd, page, work)) for _ in range(repeat))
                    net = max(cpu - base_cpu, 1e-3)
                    first = first or (kb, net)
                    rows.append({"cmd": cmd, "kind": kind, "kb": kb, "cpu_s": round(cpu, 2), "net_s": round(net, 2),
                                 "scaling": round(net / first[1] / (kb / first[0]), 2),
                                 "peak_rss_mb": round(rss, 1),
                                 "rss_per_mb": round(max(rss - base_rss, 0) / (kb / 1000), 1)})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000], help="sizes in kB")
    ap.add_argument("--kinds", nargs="+", choices=["repeated", "varied"], default=["repeated", "varied"])
    ap.add_argument("--cmds", nargs="+", choices=["clean", "extract", "extract-rec"],
                    default=["clean", "extract", "extract-rec"])
    ap.add_argument("--repeat", type=int, default=1, help="runs per point (the best is kept)")
    ap.add_argument("--json", action="store_true", help="one JSON object per row")
    args = ap.parse_args(argv)
    rows = measure(args.kinds, sorted(args.sizes), args.cmds, args.repeat)
    if args.json:
        for r in rows:
            print(json.dumps(r))
        return 0
    cols = ["cmd", "kind", "kb", "cpu_s", "net_s", "scaling", "peak_rss_mb", "rss_per_mb"]
    print("  ".join(f"{c:>11}" for c in cols))
    for r in rows:
        print("  ".join(f"{r[c]:>11}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
