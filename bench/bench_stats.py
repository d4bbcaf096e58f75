"""Benchmark ``unionkit stats``: throughput per core and peak memory, on raw pages and on records.

    python bench/bench_stats.py                            # 50 MB of raw pages; records at 50 and 500 MB
    python bench/bench_stats.py --pages 50,500 --records 50,500
    python bench/bench_stats.py --pages 5 --records 50 --profile 1

Each run is ``python -m unionkit stats -f json INPUT`` in a child process; CPU
time and peak RSS come from the child's rusage, so MB/s per core is input MB
over CPU seconds. Raw pages exercise the whole path (decode, clean, extract,
count); records (already extracted) exercise stats alone. ``--profile MB``
profiles the raw path in-process and says where the time goes. Results are
also written to bench/out/stats.json. Corpora come from bench/corpus.py.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pathlib
import pstats
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402


def input_bytes(path: pathlib.Path) -> int:
    """Bytes of a file, or of the page files under a directory."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*.txt"))


def run_stats(path: pathlib.Path, extra: list[str] | None = None) -> dict:
    """One ``unionkit stats`` child process: wall and CPU seconds, peak RSS (its own rusage), MB/s per core."""
    import tempfile

    cmd = [sys.executable, "-m", "unionkit", "stats", "-f", "json", *(extra or []), str(path)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        rows, errors = out.read(), err.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    mb = input_bytes(path) / 1e6
    return {"cmd": " ".join(cmd[2:]), "returncode": proc.returncode, "input_mb": round(mb, 1),
            "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "mb_per_core_s": round(mb / cpu, 2) if cpu else None,
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "rows": len(json.loads(rows)) if rows.strip() else 0, "stderr_tail": errors[-400:]}


def profile_pages(mb: float) -> list[tuple[str, float]]:
    """Where the time goes on ~``mb`` MB of raw pages: cumulative seconds in each stage."""
    from unionkit.cli.stats import stats

    path = corpus.ensure_pages(mb)
    prof = cProfile.Profile()
    devnull = open(os.devnull, "w")
    saved, sys.stdout = sys.stdout, devnull
    try:
        prof.runcall(stats, files=[str(path)], fmt="json")
    finally:
        sys.stdout = saved
        devnull.close()
    st = pstats.Stats(prof)
    from unionkit.stats import Summary
    from unionkit.stats.keywords import Keywords

    def cum(path_end: str, fn: str, line: int | None = None) -> float:
        """Cumulative seconds of one unionkit function (``line`` tells same-named methods of a file apart)."""
        return round(sum(v[3] for k, v in st.stats.items() if k[0].endswith(path_end) and k[2] == fn
                         and (line is None or k[1] == line)), 2)

    total = cum("cli/stats.py", "stats")
    stats_all = cum("stats/__init__.py", "add", Summary.add.__code__.co_firstlineno)
    keywords = cum("stats/keywords.py", "add", Keywords.add.__code__.co_firstlineno)
    return [("total", total),
            ("read+decode", cum("unionkit/inputs.py", "read_inputs")),
            ("clean", cum("clean/__init__.py", "clean_article")),
            ("extract", cum("extract/__init__.py", "extract")),
            ("stats (Summary.add, all)", stats_all),
            ("  of which keywords", keywords),
            ("    of which table load", cum("stats/segment.py", "default_table")),
            ("    of which segmentation", cum("stats/segment.py", "words")),
            ("  of which counting", round(stats_all - keywords, 2)),
            ("stats: output rows", cum("stats/__init__.py", "rows"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", default="50", help="comma-separated MB of raw pages to run on ('' for none)")
    ap.add_argument("--records", default="50,500", help="comma-separated MB of records to run on ('' for none)")
    ap.add_argument("--profile", type=float, default=0, help="profile the raw path on this many MB (0: skip)")
    args = ap.parse_args()
    sizes = lambda s: [float(x) for x in s.split(",") if x.strip()]  # noqa: E731
    results: dict = {"pages": [], "records": [], "profile": None}
    for mb in sorted(sizes(args.records)):
        r = run_stats(corpus.ensure_records(mb))
        results["records"].append(r)
        print(f"records {r['input_mb']:>7} MB: {r['mb_per_core_s']} MB/s per core, peak RSS {r['peak_rss_mb']} MB, "
              f"wall {r['wall_s']} s, exit {r['returncode']}", flush=True)
    for mb in sorted(sizes(args.pages)):
        r = run_stats(corpus.ensure_pages(mb))
        results["pages"].append(r)
        print(f"pages   {r['input_mb']:>7} MB: {r['mb_per_core_s']} MB/s per core, peak RSS {r['peak_rss_mb']} MB, "
              f"wall {r['wall_s']} s, exit {r['returncode']}", flush=True)
    for kind in ("records", "pages"):
        rs = results[kind]
        if len(rs) >= 2:
            ratio = rs[-1]["peak_rss_mb"] / rs[0]["peak_rss_mb"]
            print(f"{kind}: peak RSS at {rs[-1]['input_mb']} MB / at {rs[0]['input_mb']} MB = {ratio:.2f}")
    if args.profile:
        results["profile"] = profile_pages(args.profile)
        print(f"profile on {args.profile} MB of pages (cumulative seconds):")
        for label, secs in results["profile"]:
            print(f"  {label:<26} {secs}")
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "stats.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
