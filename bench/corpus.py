"""A large synthetic corpus for benchmarks: the example pages replicated and mutated.

Each generated page is one of ``examples/*.txt`` with, deterministically from a seed:
dates moved to another day (2015–2024), place names swapped for other places of
the same level from the gazetteer (so provinces and cities spread out), numbers
changed, the middle lines shuffled, and a line dropped or repeated. The pages
keep the damage of their model page (chrome, jammers, pinyin, salted titles), so
cleaning them costs what cleaning real pages costs.

    python bench/corpus.py --mb 50                 # bench/corpus/pages-50mb/ (raw pages, ~7 KB each)
    python bench/corpus.py --mb 500 --records      # bench/corpus/records-500mb.jsonl (extracted records)

Records mode cleans and extracts each example page once, then mutates the
records (dates, places, and union, people and campaign names drawn from a
long-tailed distribution so the number of distinct names grows with the
corpus): it measures stats alone, at sizes the cleaner would take too long on.

Library use: ``ensure_pages(mb) -> Path`` and ``ensure_records(mb) -> Path``
generate once and reuse (bench/corpus/ is git-ignored).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OUT = ROOT / "bench" / "corpus"
GAZETTEER = ROOT / "unionkit" / "data" / "gazetteer.tsv"
PER_DIR = 1000

_DATE = re.compile(r"(20\d\d)([-年/.])(\d{1,2})([-月/.])(\d{1,2})")
_YEAR = re.compile(r"20\d\d(?=年)")
_NUMBER = re.compile(r"(?<![\d-])\d{2,5}(?![\d-])")
_HAN = "的一是在不了有和人这中大为上们个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"


def gazetteer() -> dict[str, list[tuple[str, str, str]]]:
    """Place names by level (P province, C city, K county) with their province and city."""
    levels: dict[str, list[tuple[str, str, str]]] = {"P": [], "C": [], "K": []}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t") + [""] * 7
        level, name, province, city = cols[0], cols[1], cols[5], cols[6]
        if level in levels and len(name) >= 3:
            levels[level].append((name, province, city))
    return levels


def _places_in(text: str, levels) -> dict[str, list[str]]:
    """Gazetteer names (3+ characters) that occur in ``text``, by level."""
    return {lv: sorted({n for n, _, _ in names if n in text}, key=len, reverse=True) for lv, names in levels.items()}


def mutate_page(text: str, found: dict[str, list[str]], levels, rng: random.Random) -> str:
    """One variant of a page: new date, other places of the same level, new numbers, lines shuffled."""
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    text = _DATE.sub(lambda m: f"{year}{m.group(2)}{month:02d}{m.group(4)}{day:02d}", text)
    text = _YEAR.sub(str(year), text)
    for lv, names in found.items():
        for n in names:
            text = text.replace(n, rng.choice(levels[lv])[0])
    text = _NUMBER.sub(lambda m: str(rng.randint(10, 10 ** len(m.group()) - 1)), text)
    lines = text.split("\n")
    if len(lines) > 20:
        head, middle, tail = lines[:6], lines[6:-8], lines[-8:]
        i = rng.randrange(len(middle))
        if rng.random() < 0.5:
            del middle[i]
        else:
            middle.insert(i, middle[i])
        j = rng.randrange(len(middle) - 1)
        middle[j], middle[j + 1] = middle[j + 1], middle[j]
        lines = head + middle + tail
    return "\n".join(lines)


def write_pages(mb: float, out: pathlib.Path, seed: int = 7) -> tuple[int, int]:
    """Write ~``mb`` MB of mutated pages under ``out`` (1000 per subdirectory); returns (pages, bytes)."""
    levels = gazetteer()
    models = [(p.read_text(encoding="utf-8"),) for p in sorted(EXAMPLES.glob("*.txt"))]
    models = [(t, _places_in(t, levels)) for (t,) in models]
    rng = random.Random(seed)
    target, total, n = int(mb * 1_000_000), 0, 0
    while total < target:
        text, found = models[n % len(models)]
        data = mutate_page(text, found, levels, rng).encode("utf-8")
        d = out / f"{n // PER_DIR:04d}"
        if n % PER_DIR == 0:
            d.mkdir(parents=True, exist_ok=True)
        (d / f"{n:07d}.txt").write_bytes(data)
        total += len(data)
        n += 1
    return n, total


def _name(rng: random.Random, pool: str, k: int) -> str:
    return "".join(rng.choice(pool) for _ in range(k))


def _long_tail(rng: random.Random, n: int) -> int:
    """An index with a Zipf-like distribution: small ones common, any large one possible."""
    return int(rng.paretovariate(1.1)) % n


def mutate_record(rec: dict, levels, rng: random.Random, serial: int) -> dict:
    """One variant of an extracted record: new id, date, places, long-tailed names, shuffled body."""
    r = json.loads(json.dumps(rec))
    r["id"] = f"r{serial:08d}"
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    r["meta"]["published"] = f"{year}-{month:02d}-{day:02d}"
    body = r["body"]
    rng.shuffle(body)
    places = []
    for p in r["entities"]["places"]:
        lv = "K" if p.get("county") else "C" if p.get("city") else "P"
        name, province, city = rng.choice(levels[lv])
        places.append({"name": name, "province": province or (name if lv == "P" else None),
                       "city": city or (name if lv == "C" else None), "county": name if lv == "K" else None})
    r["entities"]["places"] = places
    ents = r["entities"]
    ents["unions"] = [{"name": (places[0]["name"] if places else _name(rng, _HAN, 2)) + "总工会"}] + [
        {"name": _name(random.Random(_long_tail(rng, 10 ** 6)), _HAN, 3) + "工会"} for _ in range(2)]
    ents["people"] = [{"name": _name(random.Random(_long_tail(rng, 10 ** 6)), _SURNAMES, 1)
                       + _name(random.Random(_long_tail(rng, 10 ** 6) + 1), _HAN, 2), "titles": []}
                      for _ in range(3)]
    ents["campaigns"] = [c for c in ents["campaigns"] if rng.random() < 0.6] + [
        _name(random.Random(_long_tail(rng, 10 ** 5)), _HAN, 4)]
    return r


def write_records(mb: float, out: pathlib.Path, seed: int = 7) -> tuple[int, int]:
    """Write ~``mb`` MB of mutated extracted records as JSON Lines to ``out``; returns (records, bytes)."""
    sys.path.insert(0, str(ROOT))
    import unionkit
    from unionkit.clean import clean_article
    from unionkit.extract import extract
    from unionkit.record import to_dict

    models = [to_dict(extract(clean_article(a))) for a in unionkit.read(str(EXAMPLES))]
    levels = gazetteer()
    rng = random.Random(seed)
    target, total, n = int(mb * 1_000_000), 0, 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        while total < target:
            line = json.dumps(mutate_record(models[n % len(models)], levels, rng, n), ensure_ascii=False) + "\n"
            fh.write(line)
            total += len(line.encode("utf-8"))
            n += 1
    return n, total


def ensure_pages(mb: float) -> pathlib.Path:
    """The directory of ~``mb`` MB of pages, generated on first use."""
    out = OUT / f"pages-{mb:g}mb"
    if not (out / ".done").exists():
        write_pages(mb, out)
        (out / ".done").write_text("ok\n")
    return out


def ensure_records(mb: float) -> pathlib.Path:
    """The JSON Lines file of ~``mb`` MB of records, generated on first use."""
    out = OUT / f"records-{mb:g}mb.jsonl"
    if not out.exists():
        tmp = out.with_suffix(".part")
        write_records(mb, tmp)
        tmp.replace(out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50, help="size to generate (MB of UTF-8)")
    ap.add_argument("--records", action="store_true", help="extracted records (JSON Lines) instead of raw pages")
    args = ap.parse_args()
    path = ensure_records(args.mb) if args.records else ensure_pages(args.mb)
    print(path)


if __name__ == "__main__":
    main()
