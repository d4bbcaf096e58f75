"""Dask scale-out: a LocalCluster on loopback gives exactly the single-process records, in order.

Skipped when the ``unionkit[dask]`` extra (dask[bag], distributed) is not installed.
The generated corpus is the example pages replicated and mutated (numbers changed,
middle lines shuffled, cut to a window of lines), plus a JSON Lines file of crawler
objects with blank, malformed and unusable lines, split into line ranges.
"""

from __future__ import annotations

import json
import pathlib
import random
import re

import pytest

pytest.importorskip("dask.bag", reason="the unionkit[dask] extra is not installed (pip install 'dask[bag]')")
pytest.importorskip("distributed", reason="the unionkit[dask] extra is not installed (pip install distributed)")

from distributed import Client, LocalCluster  # noqa: E402

from unionkit import dask as ud  # noqa: E402
from unionkit.cli.common import process  # noqa: E402
from unionkit.inputs import Failure, read_inputs  # noqa: E402
from unionkit.output import dumps  # noqa: E402
from unionkit.record import to_dict  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PAGES = sorted(EXAMPLES.glob("*.txt"))
N_PAGES = 600  # enough for 13 page partitions over two directories; the clean pass is the cost
N_LINES = 300


# --------------------------------------------------------------------------- corpus


def mutate(text: str, rng: random.Random) -> str:
    """A variant of a page: numbers changed, two middle lines swapped, often cut to a window of lines."""
    text = re.sub(r"\d{2,4}", lambda m: str(rng.randint(10, 10 ** len(m.group()) - 1)), text)
    lines = text.split("\n")
    if len(lines) > 12:
        i = rng.randrange(3, len(lines) - 4)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
        if rng.random() < 0.7:  # a shorter page: the head and a run of body lines
            start = rng.randrange(3, len(lines) // 2)
            lines = lines[:3] + lines[start:start + rng.randint(4, 14)]
    return "\n".join(lines)


def make_corpus(top: pathlib.Path, n_pages: int = N_PAGES, n_lines: int = N_LINES, seed: int = 11) -> pathlib.Path:
    """``top/pages/dNN/*.txt`` mutated pages, an empty page, and ``top/crawl.jsonl``."""
    rng = random.Random(seed)
    models = [p.read_text(encoding="utf-8") for p in PAGES]
    for i in range(n_pages):
        d = top / "pages" / f"d{i // 500:02d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"p{i:05d}.txt").write_text(mutate(models[i % len(models)], rng), encoding="utf-8")
    (top / "pages" / "d00" / "p00007b.txt").write_bytes(b"")  # a named failure among the pages
    with open(top / "crawl.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n_lines):
            if i == 17:
                fh.write("\n")                       # blank: skipped, still counted
            elif i == 101:
                fh.write('{"title": "broken\n')      # malformed JSON: FILE:102:11
            elif i == 202:
                fh.write('{"url": "http://a/x"}\n')  # no page text: FILE:203
            else:
                text = mutate(models[rng.randrange(len(models))], rng)
                fh.write(json.dumps({"url": f"http://example.org/{i}", "content": text}, ensure_ascii=False) + "\n")
    return top


def baseline(files, **kw) -> list:
    """The single-process run: ``process`` over ``read_inputs``, Failures kept in place."""
    return [x if isinstance(x, Failure) else process(x, **kw) for x in read_inputs([str(f) for f in files])]


def lines(items) -> list[str]:
    """Items as comparable text: a record's JSON line, or a failure's message."""
    return [f"FAILURE {x}" if isinstance(x, Failure) else dumps(to_dict(x)) for x in items]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> pathlib.Path:
    return make_corpus(tmp_path_factory.mktemp("dask-corpus"))


# --------------------------------------------------------------------------- planning (no cluster)


def test_line_ranges_cover_the_file_at_newlines(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_bytes(b'{"a":1}\n\n{"a":3}\n{"a":4}\n{"a":5}')  # no final newline
    ranges = ud._line_ranges(str(f), 2)
    assert ranges == [(0, 9, 1), (9, 25, 3), (25, 32, 5)]
    data = f.read_bytes()
    assert b"".join(data[s:e] for s, e, _ in ranges) == data


def test_plan_groups_files_and_splits_big_jsonl(corpus):
    parts = ud.plan([str(corpus / "crawl.jsonl"), str(corpus / "pages")], files_per_partition=100,
                    lines_per_partition=50, split_bytes=1000)
    kinds = [u[0] for p in parts for u in p]
    assert kinds[:6] == ["lines"] * 6 and all(len(p) == 1 for p in parts[:6])  # 300 lines / 50
    assert kinds.count("file") == N_PAGES + 1
    assert max(len(p) for p in parts) == 100
    # A small JSON Lines file is read whole, as one unit.
    assert ud.plan([str(corpus / "crawl.jsonl")]) == [[("file", str(corpus / "crawl.jsonl"))]]


def test_stdin_is_refused():
    with pytest.raises(ValueError, match="stdin"):
        ud.plan(["-"])


# --------------------------------------------------------------------------- on the cluster


def test_examples_identical_to_single_process(client, tmp_path):
    want = lines(baseline(PAGES, clean=True, extract=True))
    bag = ud.extract_bag(ud.read_bag([str(EXAMPLES)], files_per_partition=2))
    assert bag.npartitions == 3
    assert lines(ud.iter_ordered(bag)) == want
    assert lines(bag.compute()) == want
    results = ud.write_partitions(ud.clean_bag(ud.read_bag([str(EXAMPLES)], files_per_partition=2)), str(tmp_path))
    assert [pathlib.Path(p).name for p, _, _ in results] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    written = "".join(pathlib.Path(p).read_text(encoding="utf-8") for p, _, _ in results).splitlines()
    assert written == lines(baseline(PAGES, clean=True))
    assert sorted(x.name for x in tmp_path.iterdir()) == [pathlib.Path(p).name for p, _, _ in results]  # no temp files


def test_generated_corpus_identical_to_single_process(client, corpus, tmp_path):
    inputs = [corpus / "pages", corpus / "crawl.jsonl"]
    want = lines(baseline(inputs, clean=True))
    assert len(want) == N_PAGES + 1 + N_LINES - 1  # pages + empty page failure + non-blank lines
    bag = ud.clean_bag(ud.read_bag([str(p) for p in inputs], files_per_partition=48,
                                   lines_per_partition=64, split_bytes=1000)).persist()  # cleaned once
    assert bag.npartitions == -(-(N_PAGES + 1) // 48) + -(-N_LINES // 64)
    got = lines(ud.iter_ordered(bag, window=3))
    assert got == want
    failures = [x for x in got if x.startswith("FAILURE")]
    crawl = str(corpus / "crawl.jsonl")
    assert failures[0].endswith("p00007b.txt: empty file; no page")
    assert [f.split(": ")[0] for f in failures[1:]] == [f"FAILURE {crawl}:102:11", f"FAILURE {crawl}:203"]

    # Partitioned output, then extract over the written records (as a Dask user would chain them).
    results = ud.write_partitions(bag, str(tmp_path / "clean"))
    assert sum(n for _, n, _ in results) == N_PAGES + N_LINES - 3  # less blank and 2 bad lines
    assert [f for _, _, fs in results for f in fs] == [f[len("FAILURE "):] for f in failures]
    parts = sorted((tmp_path / "clean").glob("part-*.jsonl"))
    assert [p.name for p in parts] == [ud.part_name(i) for i in range(bag.npartitions)]
    records = ud.extract_bag(ud.read_bag([str(p) for p in parts[:4]], files_per_partition=1))
    assert lines(records) == lines(baseline(parts[:4], extract=True))


def test_dictionaries_load_once_per_worker(client, corpus):
    ud.extract_bag(ud.read_bag([str(corpus / "pages" / "d00")], files_per_partition=16)).count().compute()
    per_worker = client.run(ud.loader_counts)
    assert len(per_worker) == 2
    for counts in per_worker.values():
        assert counts.get("unionkit.extract.places.divisions.gazetteer") == 1
        assert counts.get("unionkit.clean.salting.words._model") == 1
        assert all(n <= 1 for n in counts.values()), counts


def test_record_functions_are_picklable():
    import pickle

    bag = ud.clean_bag(ud.read_bag([str(PAGES[0])]))
    for fn in (ud.apply, ud.read_units, ud.write_part, ud.is_article, process):
        assert pickle.loads(pickle.dumps(fn)) is fn
    assert pickle.loads(pickle.dumps(bag.map(ud.is_article))).npartitions == 1


def test_cli_local_cluster_streams_and_writes(runner, app, tmp_path):
    from unionkit.cli.app import app as cli

    want = "".join(x + "\n" for x in lines(baseline(PAGES, clean=True, extract=True)))
    r = runner.invoke(cli, ["dask", "extract", "--local", "1", "--files-per-partition", "2", str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    assert r.stdout == want
    out = tmp_path / "out"
    r = runner.invoke(cli, ["dask", "clean", "--local", "1", "-o", str(out), str(EXAMPLES), str(tmp_path / "missing.txt")])
    assert r.exit_code == 1
    assert "missing.txt" in r.stderr
    assert "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("part-*.jsonl"))) == \
        "".join(x + "\n" for x in lines(baseline(PAGES, clean=True)))
    r = runner.invoke(cli, ["dask", "clean", "--local", "1", "-o", str(out), str(EXAMPLES)])
    assert r.exit_code == 2 and "already holds" in r.stderr


def test_bags_of_dicts_without_a_cluster():
    import dask
    import dask.bag as db

    raw = PAGES[0].read_text(encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        out = ud.clean_bag(db.from_sequence([{"content": raw, "url": "http://example.org/a"}, {"nope": 1}])).compute()
        want = process(next(iter(read_inputs([str(PAGES[0])]))), clean=True)
        assert out[0].path is None and out[0].meta.url == "http://example.org/a"
        assert (out[0].title, out[0].body) == (want.title, want.body)
        assert isinstance(out[1], Failure) and "no page text" in str(out[1])
        recs = ud.records(ud.extract_bag(ud.from_records(db.from_sequence([to_dict(want)])))).compute()
        assert recs == [to_dict(process(want, extract=True))]
