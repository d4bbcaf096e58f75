"""``make bench``: unionkit against trafilatura and the machine's own limit, one table, one run.

    python bench/run.py                  # 50 MB of text pages (+ their HTML versions)
    python bench/run.py --size 5         # quicker, smaller corpus
    python bench/run.py --size 5 --no-trafilatura --traf-pages 300

Corpus: the example pages replicated and mutated (bench/corpus.py) to ``--size``
MB of UTF-8 text, and HTML versions of the same pages (tests/html_build.py:
chrome in nav/aside/footer, hidden anti-copy jammers). Everything runs as a
child process over a whole directory, so start-up is paid once; CPU seconds and
peak RSS come from each child's own rusage (``os.wait4``). MB/s per core is
input MB over CPU seconds (one process works on one core), and every row counts
MB of the *text* corpus, so rows compare. Rows:

* ``clean``, ``extract`` (on clean's JSON Lines), ``clean|extract`` (a real pipe);
* ``clean|extract html`` and ``trafilatura html`` (``trafilatura.extract`` with
  metadata, JSON output, one process) on the HTML versions: pages/s;
* ``regex pass``: read + decode + one ``regex`` ``findall`` over the text, the
  fastest any Python text tool can go on this machine;
* ``clean --jobs 2`` against ``--jobs 1`` (wall time, output compared byte for byte;
  the speed-up only shows on an otherwise idle machine — see the load average);
* ``clean`` on a corpus 10× smaller, for memory flat with input size;
* ``clean`` and ``clean|extract`` on the distinct test pages (tests/data/layouts): the replicated
  corpus repeats lines and paragraphs, which the per-line caches profit from, and its pages are
  longer (~6.7 kB) than these (~1.5 kB), so per-page costs weigh less there;
* cold start: ``unionkit clean one-page.txt``, ``--help``, ``--version`` against
  ``python3 -c pass`` (median wall of several runs), and which heavy modules
  (dictionaries, converters, gazetteer, validation) each one imported.

Writes bench/results.json (figures, targets, machine description). trafilatura
is a bench-only dependency: installed into the running interpreter on demand.
"""

from __future__ import annotations

import argparse
import datetime
import filecmp
import json
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

import corpus  # noqa: E402

UK = [sys.executable, "-m", "unionkit"]
ENV = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")
#: Modules that only some pages need: a cold start on a plain page should import none of them.
HEAVY = ("jieba", "opencc", "pypinyin", "ahocorasick", "selectolax", "unionkit.extract.places",
         "unionkit.clean.salting", "pydantic", "rich")


# ---------------------------------------------------------------- corpus

def page_files(root: pathlib.Path, suffix: str) -> list[pathlib.Path]:
    """The page files under a corpus directory, in name order."""
    return sorted(root.rglob(f"*{suffix}"))


def ensure_html(size: float) -> pathlib.Path:
    """HTML versions of the ``size`` MB text corpus (one .html per .txt), built once."""
    from html_build import build_bytes

    src = corpus.ensure_pages(size)
    out = corpus.OUT / f"html-{size:g}mb"
    if (out / ".done").exists():
        return out
    for n, p in enumerate(page_files(src, ".txt")):
        dest = out / p.parent.name / (p.stem + ".html")
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(build_bytes(p.read_text(encoding="utf-8"), seed=n)[0])
    (out / ".done").write_text("ok\n")
    return out


def corpus_size(root: pathlib.Path, suffix: str) -> tuple[int, int]:
    """(pages, bytes) of a corpus directory."""
    files = page_files(root, suffix)
    return len(files), sum(p.stat().st_size for p in files)


# ---------------------------------------------------------------- running children

def run_child(cmd: list[str], stdout=subprocess.DEVNULL, stdin=None) -> dict:
    """Run one child to completion: wall s, CPU s (user+sys), peak RSS MB, exit code."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stdin=stdin, stderr=subprocess.PIPE, env=ENV, cwd=ROOT)
    err = proc.stderr.read()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.stderr.write(f"bench: {' '.join(cmd)} exited {code}: {err[-600:].decode('utf-8', 'replace')}\n")
    return {"wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime, "peak_rss_mb": ru.ru_maxrss / 1024, "code": code}


def run_pipe(first: list[str], second: list[str], out_path: pathlib.Path) -> dict:
    """``first | second > out_path``: wall of the whole pipe, CPU summed, RSS of both at once (sum of peaks)."""
    t0 = time.perf_counter()
    with open(out_path, "wb") as out:
        a = subprocess.Popen(first, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
        b = subprocess.Popen(second, stdin=a.stdout, stdout=out, stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
        a.stdout.close()
        _, sa, ra = os.wait4(a.pid, 0)
        _, sb, rb = os.wait4(b.pid, 0)
    wall = time.perf_counter() - t0
    return {"wall_s": wall, "cpu_s": ra.ru_utime + ra.ru_stime + rb.ru_utime + rb.ru_stime,
            "peak_rss_mb": (ra.ru_maxrss + rb.ru_maxrss) / 1024,
            "code": max(os.waitstatus_to_exitcode(sa), os.waitstatus_to_exitcode(sb))}


def row(name: str, r: dict, mb: float, pages: int, note: str = "") -> dict:
    """One table row: throughput per core from CPU time, wall time as measured."""
    cpu = r["cpu_s"] or 1e-9
    return {"run": name, "mb": round(mb, 1), "pages": pages, "wall_s": round(r["wall_s"], 2),
            "cpu_s": round(r["cpu_s"], 2), "mb_s_core": round(mb / cpu, 2), "pages_s_core": round(pages / cpu, 1),
            "peak_rss_mb": round(r["peak_rss_mb"], 1), "exit": r["code"], "note": note}


# ---------------------------------------------------------------- the runs

_REGEX_CHILD = r"""
import pathlib, sys, time, regex, resource
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.txt"))
pat = regex.compile(r"\p{Han}+|[A-Za-z0-9]+")
n = 0
for p in files:
    n += len(pat.findall(p.read_bytes().decode("utf-8")))
print(n)
"""

_TRAF_CHILD = r"""
import pathlib, sys, trafilatura
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.html"))[: int(sys.argv[2])]
ok = 0
for p in files:
    out = trafilatura.extract(p.read_bytes(), with_metadata=True, output_format="json")
    ok += out is not None
print(ok, len(files))
"""


def ensure_trafilatura() -> bool:
    """trafilatura importable by this interpreter; installed with pip (bench-only dependency) when missing."""
    probe = [sys.executable, "-c", "import trafilatura"]
    if subprocess.run(probe, capture_output=True).returncode == 0:
        return True
    print("bench: installing trafilatura (bench-only dependency) …", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "trafilatura", "lxml_html_clean"])
    return subprocess.run(probe, capture_output=True).returncode == 0


def cold_start(page: pathlib.Path, repeat: int) -> dict:
    """Median wall seconds of short commands, and the heavy modules each one imports."""
    exe = pathlib.Path(sys.executable).parent / "unionkit"
    uk = [str(exe)] if exe.exists() else UK
    py3 = shutil.which("python3") or sys.executable
    cmds = {"python3 -c pass": [py3, "-c", "pass"],
            "python -c pass (venv)": [sys.executable, "-c", "pass"],
            "unionkit clean one-page.txt": [*uk, "clean", str(page)],
            "unionkit extract one-page.txt": [*uk, "extract", str(page)],
            "unionkit --help": [*uk, "--help"],
            "unionkit --version": [*uk, "--version"]}
    # pip compiles an installed package's modules to bytecode; an editable install (or a shell with
    # PYTHONDONTWRITEBYTECODE set) may not have, and would pay the compile of every module on each run
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "unionkit")], check=False,
                   env={k: v for k, v in ENV.items() if k != "PYTHONDONTWRITEBYTECODE"})
    out = {}
    for name, cmd in cmds.items():
        walls, cpus = [], []
        for _ in range(repeat):
            r = run_child(cmd)
            walls.append(r["wall_s"])
            cpus.append(r["cpu_s"])
        out[name] = {"wall_s": round(statistics.median(walls), 3), "cpu_s": round(statistics.median(cpus), 3),
                     "min_wall_s": round(min(walls), 3)}
    for name, args in (("unionkit clean one-page.txt", ["clean", str(page)]),
                       ("unionkit extract one-page.txt", ["extract", str(page)]), ("unionkit --help", ["--help"]),
                       ("unionkit --version", ["--version"])):
        p = subprocess.run([sys.executable, "-X", "importtime", "-c",
                            "import sys; from unionkit.cli.app import main; sys.argv=['unionkit', *sys.argv[1:]]; main()",
                            *args], capture_output=True, env=ENV, cwd=ROOT)
        mods = {ln.rsplit("|", 1)[-1].strip() for ln in p.stderr.decode("utf-8", "replace").splitlines()
                if ln.startswith("import time:")}
        out[name]["heavy_imports"] = sorted(m for m in mods if m in HEAVY)
    return out


def machine() -> dict:
    """What the figures were measured on."""
    model = ""
    try:
        for ln in open("/proc/cpuinfo", encoding="utf-8"):
            if ln.startswith("model name"):
                model = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return {"cpu": model, "cores": cores, "cpu_count": os.cpu_count(), "python": platform.python_version(),
            "implementation": platform.python_implementation(), "platform": platform.platform(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            "date": datetime.datetime.now().isoformat(timespec="seconds"), "commit": commit}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=float, default=50, help="MB of text pages (default 50)")
    ap.add_argument("--traf-pages", type=int, default=1000,
                    help="pages trafilatura and unionkit's HTML row run on (pages/s; default 1000)")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip trafilatura (no install)")
    ap.add_argument("--repeat", type=int, default=5, help="cold-start runs per command (median)")
    ap.add_argument("--results", default=str(HERE / "results.json"), help="where to write the results")
    args = ap.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    mach = machine()
    text_dir = corpus.ensure_pages(args.size)
    small_dir = corpus.ensure_pages(round(args.size / 10, 3))
    html_dir = ensure_html(args.size)
    pages, nbytes = corpus_size(text_dir, ".txt")
    mb = nbytes / 1e6
    rows: list[dict] = []
    print(f"bench: {pages} pages, {mb:.1f} MB text at {text_dir.relative_to(ROOT)}; "
          f"{mach['cores']} cores, load {mach['load_average_at_start']}", file=sys.stderr)

    clean1, clean2 = OUT / "clean-j1.jsonl", OUT / "clean-j2.jsonl"
    with open(clean1, "wb") as fh:
        r_clean = run_child([*UK, "clean", "--format", "jsonl", str(text_dir)], stdout=fh)
    rows.append(row("unionkit clean", r_clean, mb, pages, "text dir → JSON Lines"))
    with open(clean1, "rb") as src, open(OUT / "extract.jsonl", "wb") as fh:
        r_ext = run_child([*UK, "extract"], stdout=fh, stdin=src)
    rows.append(row("unionkit extract", r_ext, mb, pages, "clean's JSON Lines → records; MB of the text"))
    rec_mb = clean1.stat().st_size / 1e6  # what extract reads: clean's records (text, removed pieces, record keys)
    rows.append(row("unionkit extract (MB of records)", r_ext, rec_mb, pages, "the same run; MB of the JSON Lines read"))
    r_pipe = run_pipe([*UK, "clean", "--format", "jsonl", str(text_dir)], [*UK, "extract"], OUT / "pipe.jsonl")
    rows.append(row("unionkit clean | extract", r_pipe, mb, pages, "CPU and RSS of both processes"))

    with open(clean2, "wb") as fh:
        r_j2 = run_child([*UK, "clean", "--jobs", "2", "--format", "jsonl", str(text_dir)], stdout=fh)
    rows.append(row("unionkit clean --jobs 2", r_j2, mb, pages, "CPU of parent and workers; RSS of the largest"))
    identical = filecmp.cmp(clean1, clean2, shallow=False)  # streamed: keeps this process small

    s_pages, s_bytes = corpus_size(small_dir, ".txt")
    r_small = run_child([*UK, "clean", "--format", "jsonl", str(small_dir)])
    rows.append(row("unionkit clean (1/10 size)", r_small, s_bytes / 1e6, s_pages, "memory flat with input size?"))

    # The replicated corpus repeats paragraphs and lines, which the per-line caches profit from; the test
    # pages (each written separately, ~1.5 kB of text) show what distinct, short pages cost.
    distinct = OUT / "distinct"
    if distinct.exists():
        shutil.rmtree(distinct)
    distinct.mkdir()
    for p in page_files(ROOT / "tests" / "data" / "layouts", ".txt"):
        shutil.copyfile(p, distinct / p.name)
    d_pages, d_bytes = corpus_size(distinct, ".txt")
    r_dist = run_child([*UK, "clean", "--format", "jsonl", str(distinct)])
    rows.append(row("unionkit clean (distinct pages)", r_dist, d_bytes / 1e6, d_pages,
                    "tests/data/layouts: no page repeats another"))
    r_dpipe = run_pipe([*UK, "clean", "--format", "jsonl", str(distinct)], [*UK, "extract"], OUT / "distinct.jsonl")
    rows.append(row("unionkit clean | extract (distinct)", r_dpipe, d_bytes / 1e6, d_pages, "the same pages, both stages"))

    r_re = run_child([sys.executable, "-c", _REGEX_CHILD, str(text_dir)])
    rows.append(row("bare regex pass", r_re, mb, pages, "read + decode + one regex findall"))

    # HTML: the same first N pages for unionkit and trafilatura.
    n_html = min(args.traf_pages, pages)
    html_sub = OUT / "html-sample"
    if html_sub.exists():
        shutil.rmtree(html_sub)
    html_sub.mkdir()
    html_files = page_files(html_dir, ".html")[:n_html]
    for p in html_files:
        shutil.copyfile(p, html_sub / p.name)
    html_mb = sum(p.stat().st_size for p in html_files) / 1e6
    r_html = run_pipe([*UK, "clean", "--format", "jsonl", str(html_sub)], [*UK, "extract"], OUT / "html-pipe.jsonl")
    rows.append(row("unionkit clean | extract (HTML)", r_html, html_mb, n_html, "MB of HTML"))
    traf = None
    if not args.no_trafilatura and ensure_trafilatura():
        traf = run_child([sys.executable, "-c", _TRAF_CHILD, str(html_sub), str(n_html)])
        rows.append(row("trafilatura extract (HTML)", traf, html_mb, n_html, "with_metadata=True, JSON; MB of HTML"))

    cold = cold_start(page_files(corpus.EXAMPLES, ".txt")[0], args.repeat)
    big_rss, small_rss = r_clean["peak_rss_mb"], r_small["peak_rss_mb"]
    pipe_core = mb / r_pipe["cpu_s"]
    regex_core = mb / r_re["cpu_s"]
    speedup = r_clean["wall_s"] / r_j2["wall_s"]
    clean_core, ext_core = mb / r_clean["cpu_s"], mb / r_ext["cpu_s"]
    ext_rec = rec_mb / r_ext["cpu_s"]
    ext_cold = cold["unionkit extract one-page.txt"]["wall_s"]
    targets = [
        ("clean ≥ 10 MB/s per core", clean_core, clean_core >= 10, f"{clean_core:.2f} MB/s per core"),
        ("extract ≥ 10 MB/s per core (MB of records)", ext_rec, ext_rec >= 10,
         f"{ext_rec:.2f} MB/s of records ({ext_core:.2f} MB/s of the pages they came from)"),
        ("extract cold start ≤ 0.3 s", ext_cold, ext_cold <= 0.3, f"{ext_cold:.3f} s"),
        ("clean|extract ≥ 10 MB/s per core", pipe_core, pipe_core >= 10, f"{pipe_core:.2f} MB/s per core"),
        ("clean|extract ≥ 1/8 of bare regex", pipe_core / regex_core, pipe_core * 8 >= regex_core,
         f"{regex_core / pipe_core:.0f}× slower than regex (limit 8×)"),
        ("≥ 6× trafilatura pages/s", None, None, "trafilatura not run"),
        ("cold start ≤ 0.3 s", cold["unionkit clean one-page.txt"]["wall_s"],
         cold["unionkit clean one-page.txt"]["wall_s"] <= 0.3,
         f"{cold['unionkit clean one-page.txt']['wall_s']:.3f} s (python3 -c pass {cold['python3 -c pass']['wall_s']:.3f} s)"),
        ("peak RSS flat with size (10× input ≤ 1.5× RSS)", big_rss / small_rss, big_rss <= 1.5 * small_rss,
         f"{small_rss:.0f} MB → {big_rss:.0f} MB"),
        ("--jobs 2 ≥ 1.8× faster, identical output", speedup, speedup >= 1.8 and identical,
         f"{speedup:.2f}× wall, output {'identical' if identical else 'DIFFERENT'}"),
    ]
    if traf is not None:
        ratio = (n_html / r_html["cpu_s"]) / (n_html / traf["cpu_s"])
        targets[5] = ("≥ 6× trafilatura pages/s", ratio, ratio >= 6, f"{ratio:.1f}× trafilatura (per core)")

    from tabulate import tabulate

    cols = ["run", "mb", "pages", "wall_s", "cpu_s", "mb_s_core", "pages_s_core", "peak_rss_mb", "note"]
    print(tabulate([[r[c] for c in cols] for r in rows],
                   headers=["run", "MB", "pages", "wall s", "CPU s", "MB/s/core", "pages/s/core", "peak RSS MB", ""]))
    print()
    print(tabulate([[k, v["wall_s"], v["cpu_s"], ", ".join(v.get("heavy_imports", [])) or "-"] for k, v in cold.items()],
                   headers=["cold start (median)", "wall s", "CPU s", "heavy modules imported"]))
    print()
    print(tabulate([[t, "met" if ok else ("gap" if ok is not None else "n/a"), desc] for t, _, ok, desc in targets],
                   headers=["target", "", "measured"]))
    print(f"\nmachine: {mach['cpu']}, {mach['cores']} cores, Python {mach['python']}, {mach['platform']}, "
          f"load at start {mach['load_average_at_start']}")
    result = {"machine": mach, "command": " ".join(["python", "bench/run.py", *sys.argv[1:]]),
              "corpus": {"text_dir": str(text_dir.relative_to(ROOT)), "pages": pages, "mb": round(mb, 2),
                         "html_pages": n_html, "html_mb": round(html_mb, 2)},
              "rows": rows, "cold_start": cold, "jobs_identical_output": identical,
              "targets": [{"target": t, "value": (round(v, 3) if isinstance(v, float) else v), "met": ok,
                           "measured": d} for t, v, ok, d in targets]}
    pathlib.Path(args.results).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"written: {args.results}", file=sys.stderr)


if __name__ == "__main__":
    main()
