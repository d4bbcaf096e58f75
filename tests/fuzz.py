"""Fuzzing input recognition, decoding, cleaning and extraction (``make fuzz``).

    python tests/fuzz.py --cases 100000            # the make target
    python tests/fuzz.py --cases 2000 --seed 7     # a quick run
    python tests/fuzz.py --replay 123456           # rerun one case by number and show its traceback

A mutational fuzzer over the example pages (seeded, so every case number can be
rerun): byte-level damage to pages in several encodings (flips, inserted runs,
NULs, BOMs, truncation, splices of two encodings), random Unicode text from the
alphabets scraped pages are made of, and JSON Lines records with wrong shapes.
Each case goes through the same path as the CLI: ``read_stream`` (recognition
and decoding), then ``clean`` and ``extract``, and the clean invariants are
checked (kept + removed = input characters; cleaning a clean record changes
nothing). A case that raises, breaks an invariant or takes longer than
``--timeout`` seconds is saved under tests/regressions/ (replayed by
tests/test_properties.py) and counted; the run prints a one-line summary and
exits 1 when anything was found.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import json
import pathlib
import random
import signal
import sys
import time
import traceback

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unionkit.inputs import Failure, read_stream  # noqa: E402
from unionkit.record import to_dict  # noqa: E402

REGRESSIONS = pathlib.Path(__file__).resolve().parent / "regressions"

#: Characters scraped Chinese pages are made of, by family (weights favour Han and ASCII).
ALPHABETS = [
    ("han", [chr(c) for c in range(0x4E00, 0x4E00 + 3000)], 30),
    ("ascii", [chr(c) for c in range(32, 127)], 20),
    ("cjk_punct", list("，。、；：？！“”‘’（）《》【】—…·「」『』〔〕～￥％＋－＝"), 10),
    ("fullwidth", [chr(c) for c in range(0xFF01, 0xFF5F)], 4),
    ("space", list(" \t\u3000\xa0\u2002\u2003\u200b\u200c\u200d\ufeff\u2028\u2029\x85\x0b\x0c\r\n"), 8),
    ("newline", ["\n", "\r\n", "\n\n", "\r"], 8),
    ("pinyin", list("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"), 3),
    ("control", [chr(c) for c in range(0, 32)] + [chr(0x7F)] + [chr(c) for c in range(0x80, 0xA0)], 2),
    ("combining", [chr(c) for c in range(0x300, 0x370)], 1),
    ("astral", ["𠀀", "𪚥", "😀", "🇨🇳", "\U0010FFFF", "𝐀"], 2),
    ("private", [chr(c) for c in range(0xE000, 0xE010)], 1),
    ("traditional", list("體會職業團結創新廣東臺灣萬與爲時從來對開門"), 4),
    ("chrome", ["来源:", "作者:", "责任编辑:", "点击:", "发布时间:", "首页", " | ", "版权所有", "楼主", "发表于",
                "UID:", "(记者 ", "供图)", "相关阅读", "上一篇:", "当前位置:首页 > ", "总工会", "工会",
                "2024-04-18 06:04:03", "年", "月", "日", "万元", "%", "http://www.example.org/a.htm"], 10),
]


def rand_text(rng: random.Random, n: int) -> str:
    """Random text of about ``n`` pieces drawn from the page alphabets."""
    fams = [a for _, a, _ in ALPHABETS]
    weights = [w for _, _, w in ALPHABETS]
    out = []
    for _ in range(n):
        fam = rng.choices(fams, weights)[0]
        run = rng.randint(1, 12)
        out.append("".join(rng.choice(fam) for _ in range(run)))
    return "".join(out)


def example_texts() -> list[str]:
    """The example pages (the user's sample input, kept in the repo)."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]


def encode(text: str, enc: str) -> bytes:
    return text.encode(enc, errors="replace" if enc in ("gbk", "big5") else "surrogatepass")


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """A few random byte-level damages."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(8)
        at = rng.randrange(len(b) + 1)
        if op == 0 and b:
            b[min(at, len(b) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            b[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            b[at:at] = b"\x00" * rng.randint(1, 4)
        elif op == 3:
            del b[at:at + rng.randint(1, 64)]
        elif op == 4:
            b = b[:at]
        elif op == 5:
            b[at:at] = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\n", b"\r", b"{", b"[", b"<html>",
                                   b'{"title": "x"}\n', b"\x1f\x8b", b"\x7fELF", b"MZ", b"\\ud800"])
        elif op == 6 and len(b) > 2:
            j = rng.randrange(len(b))
            b[at:at] = b[j:j + rng.randint(1, 200)]
        else:
            b[at:at] = rng.choice([b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xe4\xb8", b"\xf4\x90\x80\x80", b"\x80"])
    return bytes(b)


def gen_page_bytes(rng: random.Random, pages: list[str]) -> bytes:
    """An example page (or two spliced) in some encoding, damaged."""
    text = rng.choice(pages)
    if rng.random() < 0.5:
        lines = text.splitlines(keepends=True)
        a = rng.randrange(len(lines) + 1)
        text = "".join(lines[a:a + rng.randint(1, 40)])
    enc = rng.choice(ENCODINGS)
    data = encode(text, enc)
    if rng.random() < 0.2:  # two encodings in one file
        other = rng.choice(pages)
        data += encode(other[: rng.randint(0, len(other))], rng.choice(["gb18030", "big5", "utf-8"]))
    return mutate_bytes(rng, data) if rng.random() < 0.8 else data


def gen_text_page(rng: random.Random, pages: list[str]) -> bytes:
    """Random text, or example lines interleaved with random lines, as UTF-8 (lone surrogates replaced)."""
    if rng.random() < 0.5:
        text = rand_text(rng, rng.randint(0, 200))
    else:
        src = rng.choice(pages).splitlines()
        out = []
        for ln in src[: rng.randint(1, len(src))]:
            r = rng.random()
            if r < 0.15:
                out.append(rand_text(rng, rng.randint(1, 10)))
            elif r < 0.3:
                cut = rng.randrange(len(ln) + 1)
                out.append(ln[:cut] + rand_text(rng, rng.randint(1, 4)) + ln[cut:])
            elif r < 0.35:
                continue
            else:
                out.append(ln)
        text = rng.choice(["\n", "\r\n", "\n\n"]).join(out)
    return text.encode("utf-8", errors="replace")


def rand_json_value(rng: random.Random, depth: int = 0):
    r = rng.randrange(9 if depth < 3 else 6)
    if r == 0:
        return None
    if r == 1:
        return rng.choice([True, False])
    if r == 2:
        return rng.choice([0, -1, 2**70, 1.5, float("1e308")])
    if r in (3, 4, 5):
        return rand_text(rng, rng.randint(0, 8))
    if r in (6, 7):
        return [rand_json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["title", "content", "text", "body", "html", "url", "id", "schema", "meta", "entities",
                        "removed", "warnings", "captions", "path", "views", "name", "kind", "line", "people",
                        "unions", "places", "figures", "campaigns", "published"]): rand_json_value(rng, depth + 1)
            for _ in range(rng.randint(0, 5))}


def gen_jsonl(rng: random.Random, pages: list[str]) -> bytes:
    """JSON Lines mixing good crawler records, unionkit records, odd shapes and broken lines."""
    lines = []
    for _ in range(rng.randint(1, 5)):
        r = rng.random()
        if r < 0.3:
            rec = {"title": rand_text(rng, 3), "content": rng.choice(pages)[: rng.randint(0, 3000)],
                   "url": "http://example.org/x"}
        elif r < 0.45:
            rec = {"schema": 1, "id": "x", "title": rand_text(rng, 2),
                   "body": [rand_text(rng, 5) for _ in range(rng.randint(0, 3))]}
            if rng.random() < 0.5:
                rec[rng.choice(["meta", "entities", "removed", "body", "captions", "warnings"])] = \
                    rand_json_value(rng)
        else:
            rec = rand_json_value(rng)
            if not isinstance(rec, dict) and rng.random() < 0.7:
                rec = {"content": rec}
        line = json.dumps(rec, ensure_ascii=rng.random() < 0.3)
        if rng.random() < 0.15:
            line = line[: rng.randrange(len(line) + 1)]
        if rng.random() < 0.1:
            line = line.replace("\\u", "\\ud800\\u", 1) if "\\u" in line else line + '"\\udc00"'
        lines.append(line)
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    return mutate_bytes(rng, data) if rng.random() < 0.2 else data


GENERATORS = [(gen_page_bytes, 4), (gen_text_page, 4), (gen_jsonl, 2)]


def case_bytes(seed: int, index: int, pages: list[str]) -> bytes:
    """The input of case ``index`` (deterministic)."""
    rng = random.Random(seed * 1_000_003 + index)
    gen = rng.choices([g for g, _ in GENERATORS], [w for _, w in GENERATORS])[0]
    return gen(rng, pages)


def _visible(s: str) -> collections.Counter:
    """The multiset of non-whitespace characters (whitespace as the cleaner defines it)."""
    from unionkit.clean.whitespace import is_space

    return collections.Counter(c for c in s if not is_space(c))


def _kinds(c: collections.Counter) -> str:
    """Characters of a difference, grouped so one bug gives one signature."""
    import unicodedata

    return ",".join(sorted({unicodedata.category(ch) for ch in c})) or "-"


class Slow(Exception):
    """A case ran past the time limit."""


def check(data: bytes) -> list[str]:
    """Run one input through recognition, decoding, clean and extract; the problems found."""
    from unionkit.clean import clean_article, clean_text
    from unionkit.extract import extract

    problems = []
    for item in read_stream(io.BytesIO(data), "fuzz-input"):
        if isinstance(item, Failure):
            if "\n" in str(item):
                problems.append(f"failure message spans lines: {str(item)!r}")
            continue
        raw = item.raw
        art = clean_article(item)
        json.dumps(to_dict(art), ensure_ascii=False).encode("utf-8")
        if raw is not None:
            kept = (art.title or "") + "".join(art.body) + "".join(art.captions)
            got = _visible(kept) + _visible("".join(r.text for r in art.removed))
            want = _visible(raw)
            if got != want:
                problems.append(f"accounting: kept + removed != input characters (missing {_kinds(want - got)}, "
                                f"extra {_kinds(got - want)})")
            again = clean_text(art.text())
            if (again.title or "", again.body) != (art.title or "", art.body):
                problems.append("clean is not idempotent: cleaning the cleaned text changed it")
        extract(art)
    return problems


def run_case(data: bytes, timeout: float) -> str | None:
    """None when the case is fine, else a one-paragraph description (traceback included)."""
    def alarm(*_):
        raise Slow(f"took longer than {timeout} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        problems = check(data)
    except Exception:  # noqa: BLE001 - every exception is a finding
        return traceback.format_exc()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    return "; ".join(problems) or None


def save(data: bytes, report: str) -> pathlib.Path:
    """Keep a finding as regression data: the input bytes and what went wrong."""
    REGRESSIONS.mkdir(exist_ok=True)
    key = hashlib.sha1(data).hexdigest()[:12]
    path = REGRESSIONS / f"fuzz-{key}.bin"
    path.write_bytes(data)
    (REGRESSIONS / f"fuzz-{key}.txt").write_text(report, encoding="utf-8")
    return path


def signature(report: str) -> str:
    """What makes two findings the same bug: the exception line and the innermost unionkit frame."""
    import re

    lines = [x.strip() for x in report.strip().splitlines()]
    frames = [x for x in lines if x.startswith("File ") and "unionkit" in x]
    last = re.sub(r"(position|byte|line|offset) \d+", r"\1 N", lines[-1] if lines else "")
    return (frames[-1] if frames else "") + " | " + re.sub(r"'\\u[0-9a-f]{4}'", "'<surrogate>'", last)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20240418)
    ap.add_argument("--start", type=int, default=0, help="first case number (to resume or split a run)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds before a case counts as a hang")
    ap.add_argument("--replay", type=int, help="run one case number and print what happens")
    ap.add_argument("--keep", type=int, default=3, help="inputs kept per distinct bug")
    args = ap.parse_args(argv)
    pages = example_texts()
    if args.replay is not None:
        data = case_bytes(args.seed, args.replay, pages)
        print(repr(data[:400]))
        print(run_case(data, args.timeout) or "ok")
        return 0
    found: dict[str, int] = collections.Counter()
    t0 = time.monotonic()
    for i in range(args.start, args.start + args.cases):
        data = case_bytes(args.seed, i, pages)
        report = run_case(data, args.timeout)
        if report:
            sig = signature(report)
            found[sig] += 1
            if found[sig] <= args.keep:
                path = save(data, f"case {i} seed {args.seed}\n{report}")
                print(f"case {i}: {sig} -> {path.name}", flush=True)
        if (i - args.start + 1) % 5000 == 0:
            print(f"{i - args.start + 1} cases, {sum(found.values())} findings, "
                  f"{time.monotonic() - t0:.0f} s", flush=True)
    total = sum(found.values())
    print(f"fuzz: {args.cases} cases in {time.monotonic() - t0:.0f} s; {total} findings, {len(found)} distinct")
    for sig, n in found.most_common():
        print(f"  {n:6d}  {sig}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
