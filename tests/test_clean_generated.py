"""~200 generated pages (news, forum, portal; simplified and traditional): body recovered, chrome gone."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from clean_metrics import char_f1, noise_removed  # noqa: E402
from clean_pagegen import make_page  # noqa: E402

from unionkit.clean import clean_text  # noqa: E402

N = 200


def _run():
    rows = []
    for seed in range(N):
        text, exp = make_page(seed)
        art = clean_text(text)
        gold = [exp["title"], *exp["body"]]
        out = [art.title or "", *art.body]
        rows.append((seed, exp, art, char_f1(gold, out), noise_removed(text, gold, out)))
    return rows


ROWS = _run()


def test_generated_mean_f1_and_noise():
    f1 = sum(r[3] for r in ROWS) / N
    noise = sum(r[4] for r in ROWS) / N
    print(f"generated pages: mean char F1 {f1:.4f}, noise removed {noise:.4f}")
    assert f1 >= 0.99
    assert noise >= 0.98


def test_generated_worst_page():
    worst = min(ROWS, key=lambda r: r[3])
    assert worst[3] >= 0.95, (worst[0], worst[1]["style"])


def test_generated_titles_and_captions():
    for seed, exp, art, *_ in ROWS:
        assert art.title == exp["title"], (seed, exp["style"])
        assert art.captions == exp["captions"], (seed, exp["style"])


def test_generated_styles_all_present():
    styles = {r[1]["style"] for r in ROWS}
    assert {"news", "forum", "portal", "news-trad", "forum-trad", "portal-trad"} <= styles
