"""Regression snapshots over every test page: run a source tree's clean and extract, compare two runs, score one.

    python scripts/regress.py run TREE OUT        # records of TREE's code for tests/data (layouts, html, html .txt)
    python scripts/regress.py diff BASE OUT       # which records differ, field by field (--show N)
    python scripts/regress.py score OUT [SUBSTR]  # score.py's figures over OUT's records against the golds

A development tool (not part of the package): a change's every effect on the 2,300 test records is listed before it
lands, each changed record judged against its gold. TREE is a checkout (a git worktree of another commit, say); the
pages are this checkout's tests/data, so both runs read the same pages.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SETS = {"layouts": ("layouts", "*.txt"), "html": ("html", "*.html"), "htmltxt": ("html", "*.txt")}
META = ("published", "source", "author", "editor", "reporter", "views", "site", "url")


def run(tree: pathlib.Path, out: pathlib.Path) -> None:
    """Clean and extract every page of each set with ``tree``'s code (its own process, from a neutral directory so
    the working directory's package never shadows the tree's)."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(tree.resolve()))
    with tempfile.TemporaryDirectory() as cwd:
        for name, (folder, glob) in SETS.items():
            pages = sorted(str(p) for p in (DATA / folder).glob(glob) if p.name != "README.md")
            with open(out / f"{name}.clean.jsonl", "wb") as fh:
                subprocess.run([sys.executable, "-m", "unionkit", "clean", "--format", "jsonl", *pages],
                               stdout=fh, env=env, cwd=cwd, check=False)
            with open(out / f"{name}.clean.jsonl", "rb") as src, open(out / f"{name}.extract.jsonl", "wb") as fh:
                subprocess.run([sys.executable, "-m", "unionkit", "extract", "--format", "jsonl"],
                               stdin=src, stdout=fh, env=env, cwd=cwd, check=False)


def _records(path: pathlib.Path) -> dict:
    """A run's records keyed by their page's path below tests/data, so runs made from different checkouts (a
    helper's worktree against main's) compare page by page."""
    with open(path, encoding="utf-8") as fh:
        recs = list(map(json.loads, fh))
    for r in recs:
        r["path"] = r["path"].rpartition("tests/data/")[2]
    return {r["path"]: r for r in recs}


def diff(base: pathlib.Path, out: pathlib.Path, show: int) -> None:
    """Print how many records of each set and stage differ, and the first ``show`` of them field by field."""
    changed = total = 0
    for name in SETS:
        for stage in ("clean", "extract"):
            a, b = _records(base / f"{name}.{stage}.jsonl"), _records(out / f"{name}.{stage}.jsonl")
            keys = sorted(set(a) | set(b))
            differ = [k for k in keys if a.get(k) != b.get(k)]
            if stage == "extract":
                total, changed = total + len(keys), changed + len(differ)
            print(f"{name} {stage}: {len(differ)} of {len(keys)} records differ")
            for k in differ[:show]:
                print("  ", k)
                ra, rb = a.get(k) or {}, b.get(k) or {}
                for f in sorted(set(ra) | set(rb)):
                    if ra.get(f) != rb.get(f):
                        print(f"     {f}: {json.dumps(ra.get(f), ensure_ascii=False)[:300]}")
                        print(f"       -> {json.dumps(rb.get(f), ensure_ascii=False)[:300]}")
    print(f"TOTAL {changed} of {total} records changed")


def score(out: pathlib.Path, substr: str) -> None:
    """score.py's clean and extract figures over a run's records (tests/scoring.py restates its rules)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from scoring import f1, names, place_keys, pr, squash, stray_lines, wrong_meta

    for name in SETS:
        recs = [r for r in _records(out / f"{name}.extract.jsonl").values() if substr in r["path"]]
        rows = []
        for r in recs:
            page = DATA / r["path"]
            gold_path = page.with_name(page.stem + ".gold.json")
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            lines = [r["title"] or "", *r["body"]]
            accept = gold.get("accept", {})
            n = sum(1 for f in META if not (gold["meta"].get(f) is None and r["meta"].get(f) in (None, "", [])
                                            and f not in accept))
            e, ge = r["entities"], gold["entities"]
            rows.append((f1(gold, lines), len(stray_lines(gold, lines)), squash(r["title"]) == squash(gold["title"]),
                         n - len(wrong_meta(gold, r["meta"])), n,
                         pr(names(ge["unions"]), names(e.get("unions")), names(ge.get("optional_unions", []))),
                         pr(names(ge["people"]), names(e.get("people"))),
                         pr(place_keys(ge["places"]), place_keys(e.get("places")))))
        if not rows:
            continue
        mean = lambda k, i: sum(row[k][i] for row in rows) / len(rows)  # noqa: E731
        f1s = [row[0] for row in rows]
        print(f"{name}: {len(rows)} pages  F1 {sum(f1s) / len(rows):.4f} (median {statistics.median(f1s):.3f})  "
              f"titles {sum(row[2] for row in rows)}/{len(rows)}  stray {sum(row[1] for row in rows)}  "
              f"meta {sum(row[3] for row in rows)}/{sum(row[4] for row in rows)}  "
              + "  ".join(f"{k} {mean(i, 0):.3f}/{mean(i, 1):.3f}" for k, i in (("unions", 5), ("people", 6), ("places", 7))))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("tree", type=pathlib.Path)
    r.add_argument("out", type=pathlib.Path)
    d = sub.add_parser("diff")
    d.add_argument("base", type=pathlib.Path)
    d.add_argument("out", type=pathlib.Path)
    d.add_argument("--show", type=int, default=5)
    s = sub.add_parser("score")
    s.add_argument("out", type=pathlib.Path)
    s.add_argument("substr", nargs="?", default="")
    a = ap.parse_args()
    if a.cmd == "run":
        run(a.tree, a.out)
    elif a.cmd == "diff":
        diff(a.base, a.out, a.show)
    else:
        score(a.out, a.substr)


if __name__ == "__main__":
    main()
