"""The shipped gazetteer.state holds exactly the tables built from gazetteer.tsv, and a stale or broken state
file is ignored (the tables are then built from the TSV)."""

import pickle

import pytest

from unionkit.extract.places import divisions as P

TEXT = P._DATA.read_text(encoding="utf-8")


def same_tables(a: P.Gazetteer, b: P.Gazetteer) -> None:
    """Every table of two gazetteers is equal (the automaton by its keys and values)."""
    for name in P._TABLES:
        if name == "automaton":
            assert list(a.automaton.items()) == list(b.automaton.items())
        else:
            assert getattr(a, name) == getattr(b, name), name
    assert a.opener.pattern == b.opener.pattern


def test_shipped_state_is_current():
    """Rebuild with scripts/build_gazetteer_state.py when this fails after an edit of gazetteer.tsv."""
    assert P._saved_tables(P._STATE, TEXT) is not None


def test_shipped_state_equals_a_build():
    same_tables(P.Gazetteer(), P.Gazetteer(state=None))


def test_state_round_trip(tmp_path):
    path = tmp_path / "g.state"
    P.write_state(path)
    tables = P._saved_tables(path, TEXT)
    assert tables is not None
    built = P.build_tables(TEXT)
    for name in P._TABLES:
        if name != "automaton":
            assert tables[name] == built[name], name


@pytest.mark.parametrize("damage", ["stale", "truncated", "format", "missing", "hollow"])
def test_bad_state_is_ignored(tmp_path, damage):
    path = tmp_path / "g.state"
    P.write_state(path)
    raw = path.read_bytes()
    if damage == "stale":  # made from another TSV
        saved = pickle.loads(raw)
        saved["source"] = P._digest(TEXT + "K\t某某县\t\t\t\t某省\t某市\n")
        path.write_bytes(pickle.dumps(saved))
    elif damage == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "format":
        saved = pickle.loads(raw)
        saved["format"] = "unionkit-gazetteer-state 0"
        path.write_bytes(pickle.dumps(saved))
    elif damage == "missing":
        path.unlink()
    elif damage == "hollow":  # an automaton that lost its words
        import ahocorasick

        saved = pickle.loads(raw)
        saved["tables"]["automaton"] = ahocorasick.Automaton()
        path.write_bytes(pickle.dumps(saved))
    assert P._saved_tables(path, TEXT) is None
    same_tables(P.Gazetteer(state=path), P.Gazetteer(state=None))
