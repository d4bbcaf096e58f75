"""The Python API: unionkit.read / clean / extract over the record."""

from __future__ import annotations

import pathlib

import pytest

import unionkit

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"


def test_clean_and_extract_stay_callable_after_their_subpackages_are_imported():
    import unionkit.clean  # noqa: F401 - rebinding unionkit.clean to the subpackage is the trap
    import unionkit.extract  # noqa: F401

    art = unionkit.extract(unionkit.clean((EXAMPLES / "004_6042d1559d0ce80e.txt").read_text(encoding="utf-8")))
    assert art.title == "贵州铜仁市总工会:奋力开创工会工作新局面"
    assert art.meta.editor == "朱晶晶"


def test_read_yields_raw_articles_in_order():
    arts = list(unionkit.read(str(EXAMPLES)))
    assert [a.id for a in arts] == sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert all(a.raw for a in arts)


def test_read_raises_or_skips_bad_inputs(tmp_path):
    with pytest.raises(unionkit.ReadError, match="nosuch"):
        list(unionkit.read(str(tmp_path / "nosuch.txt")))
    assert list(unionkit.read(str(tmp_path / "nosuch.txt"), errors="skip")) == []


def test_records_round_trip_through_dicts():
    art = unionkit.extract(next(unionkit.read(str(EXAMPLES / "003_2e9e3d142ba4f5f5.txt"))))
    again = unionkit.from_dict(unionkit.to_dict(art))
    assert unionkit.to_dict(again) == unionkit.to_dict(art)
    assert again.meta.reporter == "王刚"
