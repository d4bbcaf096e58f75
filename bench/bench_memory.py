"""Peak memory (and throughput) of a unionkit command over a big generated input.

    python bench/bench_memory.py --size-mb 500                 # 500 MB of crawler JSON Lines through clean
    python bench/bench_memory.py --size-mb 50 --kind line      # one page that is a 50 MB single line
    python bench/bench_memory.py --size-mb 200 --cmd extract --jobs 2

The input is generated under bench/corpus/ (git-ignored) from the example pages,
reshuffled per record so no two records are the same; it is reused when present.
The command runs as a child process with ``-o`` into bench/out/; its peak resident
set size comes from ``getrusage(RUSAGE_CHILDREN)`` (the largest single process of
the run, workers included). Prints one JSON line with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import resource
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
OUT = ROOT / "bench" / "out"


def example_pages() -> list[list[str]]:
    """The example pages as lists of lines (the user's sample input kept in the repo)."""
    return [p.read_text(encoding="utf-8").splitlines() for p in sorted((ROOT / "examples").glob("*.txt"))]


def varied_page(rng: random.Random, pages: list[list[str]]) -> str:
    """An example page with its middle lines lightly reshuffled, so records differ."""
    lines = list(rng.choice(pages))
    if len(lines) > 12:
        mid = lines[6:-6]
        for _ in range(3):
            i, j = rng.randrange(len(mid)), rng.randrange(len(mid))
            mid[i], mid[j] = mid[j], mid[i]
        lines = lines[:6] + mid + lines[-6:]
    return "\n".join(lines)


def make_jsonl(path: pathlib.Path, size: int, seed: int = 1) -> None:
    """Crawler records ({"url", "title", "content"}) until the file reaches ``size`` bytes."""
    rng, pages = random.Random(seed), example_pages()
    tmp = path.with_suffix(".tmp")
    written, n = 0, 0
    with open(tmp, "w", encoding="utf-8") as fh:
        while written < size:
            rec = {"url": f"http://example.org/a/{n}.html", "content": varied_page(rng, pages)}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    tmp.replace(path)


def make_line(path: pathlib.Path, size: int, seed: int = 1) -> None:
    """One page whose text is a single line of ``size`` bytes (a page with its newlines lost)."""
    rng, pages = random.Random(seed), example_pages()
    tmp = path.with_suffix(".tmp")
    written = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        while written < size:
            chunk = " ".join(x for x in varied_page(rng, pages).splitlines() if x.strip()) + " "
            fh.write(chunk)
            written += len(chunk.encode("utf-8"))
    tmp.replace(path)


def corpus(kind: str, size_mb: int) -> pathlib.Path:
    """The generated input of this kind and size, made once."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    path = CORPUS / (f"crawl-{size_mb}mb.jsonl" if kind == "jsonl" else f"line-{size_mb}mb.txt")
    if not path.exists():
        (make_jsonl if kind == "jsonl" else make_line)(path, size_mb * 1024 * 1024)
    return path


def measure(cmd: list[str]) -> dict:
    """Run ``cmd``; its exit code, wall time and peak RSS (MB) of its largest process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    trace = []  # RSS over the run: flat means streaming, a slope means something accumulates
    while proc.poll() is None:
        trace.append(_rss_mb(proc.pid))
        time.sleep(1.0)
    stderr = proc.stderr.read()
    wall = time.monotonic() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    step = max(1, len(trace) // 10)
    return {"exit": proc.returncode, "seconds": round(wall, 1), "peak_rss_mb": round(max(peak, before) / 1024, 1),
            "rss_trace_mb": [x for x in trace[::step] if x is not None],
            "stderr_lines": len(stderr.splitlines()), "stderr_head": stderr.splitlines()[:3]}


def _rss_mb(pid: int) -> float | None:
    """Current resident set size of a process, from /proc (Linux), in MB."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=int, default=500)
    ap.add_argument("--kind", choices=["jsonl", "line"], default="jsonl")
    ap.add_argument("--cmd", choices=["clean", "extract", "stats"], default="clean")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    src = corpus(args.kind, args.size_mb)
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"{args.cmd}-{src.stem}.out"
    cmd = [sys.executable, "-m", "unionkit", args.cmd, "-o", str(out), "--jobs", str(args.jobs), str(src)]
    if args.cmd == "stats":
        cmd.remove("--jobs")
        cmd.remove(str(args.jobs))
    else:
        cmd[4:4] = ["-f", "jsonl"]
    res = measure(cmd)
    size = src.stat().st_size
    res.update(input=str(src.relative_to(ROOT)), input_mb=round(size / 2**20, 1), cmd=args.cmd, jobs=args.jobs,
               mb_per_s=round(size / 2**20 / max(res["seconds"], 1e-9), 3),
               output_mb=round(out.stat().st_size / 2**20, 1) if out.exists() else None)
    print(json.dumps(res, ensure_ascii=False))
    return 0 if res["exit"] in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
