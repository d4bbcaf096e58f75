"""Write unionkit/data/gazetteer.state, the Gazetteer's tables precomputed from gazetteer.tsv.

Run by hand after gazetteer.tsv changes (after scripts/build_gazetteer.py): the
places finder loads the state in a few milliseconds instead of building its
index and automaton (~25 ms a process), and ignores a state whose recorded
digest is not the TSV's (tests/test_gazetteer_state.py checks they match).
"""

from unionkit.extract.places.divisions import _STATE, Gazetteer, write_state

write_state()
print(f"{_STATE}: {len(Gazetteer().index)} spellings")
