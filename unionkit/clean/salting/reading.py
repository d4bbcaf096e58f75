"""The entry point: salt_spans, the final spans of a page and what is given back when unsupported."""

from __future__ import annotations

from .base import _cut, _with_splits
from .title import prepare_title
from .chain import title_memo
from .unions import subject_unions, clause_subjects, short_levels, possessive_pairs, list_heads, level_unions
from .marked import marked_tiling
from .tails import missing_tile, carried_tiles, carried_laps
from .stops import stop_pieces, gapped_chunks, ordered_stops, closing_tiling
from .copies import real_copies, name_parts, own_words, quoted_heads
from .recut import recut_pieces, _doubled_only, moved_openings, crossing_spans
from .fills import list_fills
from .quotes import title_quotes
from .splits import split_spans
from .salad import word_salad
from .passes import _salt_spans
from .variants import folded
from .cutwords import cut_words, cut_within


def salt_spans(title: str, paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) spans of salted title fragments to remove: the readings'
    spans (``_salt_spans``) plus the pieces a salter glued right before sentence ends (``stop_pieces``),
    the latter kept only when the cut page is a fixed point of the reading (idempotent). Spans the final passes
    give back to the text (a union's name, a list item's head) are the page's evidence no longer: when a reading
    of the page with them masked finds no salt, the rest goes too (``_unsupported``). Last, of a title word's copies
    the sentence's own is given back for the salter's (``crossing_spans``, ``real_copies``), when the page so cut
    reads as clean. The title's characters written in the other script are read as the title's (``folded``). A page
    with nothing found may show a light salter's few pieces (``_light``)."""
    paragraphs = folded(title, paragraphs)
    out = _salt_spans_read(title, paragraphs)
    if not any(out):
        return _light(title, paragraphs, out)
    t = prepare_title(title or "")
    # (both at once first: the text's own copy a span took keeps the crossing word's reading as salt; with no
    # crossing word the two choices are one, read once)
    crossed = crossing_spans(out, paragraphs, t)
    for base in ((crossed, out) if crossed is not out else (out,)):
        new = real_copies(base, paragraphs, t)
        if new != out and not any(_salt_spans_read(title, [_cut(par, sp) for par, sp in zip(paragraphs, new)])):
            return new
    return out


def _light(title: str, paragraphs: list[str], out: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """On a page where nothing else is salt, the few cut title pieces of a light salter (``cut_words``), when the page
    cut by them reads as clean (idempotent)."""
    t = prepare_title(title or "")
    light = cut_words(paragraphs, t, title_memo(title).gate)
    if not any(light):
        return out
    cut = [_cut(par, sp) for par, sp in zip(paragraphs, light)]
    return out if any(_salt_spans_read(title, cut)) or any(cut_words(cut, t)) else light


def _salt_spans_read(title: str, paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """salt_spans before the choice between a title word's copies (``real_copies``, ``crossing_spans``)."""
    found, back = _final_spans(title, paragraphs)
    if any(back) and any(found) and _unsupported(title, paragraphs, back):
        return [[] for _ in paragraphs]
    t = prepare_title(title or "")
    return title_quotes(list_fills(recut_pieces(found, paragraphs, t), paragraphs, t), paragraphs, t)


def _unsupported(title: str, paragraphs: list[str], back: list[list[tuple[int, int]]]) -> bool:
    """A reading of the page with the given-back spans masked (written as non-title characters, so the sentence
    keeps its shape) finds no salt: what is left was found only with their help (教职工 of 广大教职工发扬, read as
    salt once the real 校工会 of 校工会主席 opened the gate; 举办 once 区工 of 区人社局、区工信局 did)."""
    masked = [_masked(par, sp) for par, sp in zip(paragraphs, back)]
    return not any(_final_spans(title, masked)[0])


def _masked(par: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with each span's characters written as MASK (offsets unchanged)."""
    for a, b in spans:
        par = par[:a] + MASK * (b - a) + par[b:]
    return par


MASK = "\u25a1"  # □: no title character, no clause mark, no word of the model


def _final_spans(title: str, paragraphs: list[str]) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int]]]]:
    """salt_spans before _unsupported's check: the spans, and per paragraph those the final passes gave back as a
    name or a list's item (the words own_words gives back are the page's salt evidence as often: 晉江 opening a
    paragraph next to a salter's chunks; so are those clause_subjects, possessive_pairs and short_levels give back,
    which the decoding takes where the page's salt continues the title's order: 劳模工匠 of ,劳模工匠们). Last, the heads
    of quoted names (``quoted_heads``), unless the page's salter cuts into words (``split_spans``) or glues its words
    anywhere (``word_salad``). The chunks a list cycled through the page lost (``carried_laps``) and pieces cut inside
    title words at both ends (``cut_within``) join once the page's salt is known, each when the cut page reads as clean."""
    memo = title_memo(title)

    def fixed(new: list[list[tuple[int, int]]]) -> bool:
        """The page with these spans cut out reads as clean (idempotent)."""
        return not any(_salt_spans(title, [_cut(par, sp) for par, sp in zip(paragraphs, new)], memo=memo))

    out = _salt_spans(title, paragraphs, memo=memo)
    t = prepare_title(title or "")
    stops = stop_pieces(paragraphs, t)
    heads = level_unions(out, paragraphs)
    if heads != out and fixed(heads):
        out = heads
    trimmed = gapped_chunks(out, paragraphs, t)
    if trimmed != out and fixed(trimmed):
        out = trimmed
    tiled = missing_tile(out, paragraphs, t)  # (on the trimmed chunks: a gapped span tiles no title stretch)
    if tiled != out and fixed(tiled):
        out = tiled
    if not any(stops):
        stops = ordered_stops(paragraphs, t, out)
    if any(stops):
        both = _with_splits(out, stops)
        if both != out and fixed(both):
            out = both
    carried = carried_tiles(out, paragraphs, t)  # (after the stop pieces: a carried list's last chunk is often one)
    if carried != out and fixed(carried):
        out = carried
    for rule in (carried_laps, cut_within):
        more = rule(out, paragraphs, t)
        if more != out and fixed(more):
            out = more
    if not any(out) or _doubled_only(out, paragraphs):
        # nothing read as salt but doubled names: a salter carrying one chunk list through the page shows as a tiling
        tiled = marked_tiling(paragraphs, t)
        if any(tiled):
            tiled = _with_splits(out, tiled)
            if fixed(tiled):
                out = tiled
    closing = closing_tiling(paragraphs, t)  # (a carried list put at clause ends: the readings find parts of it)
    if any(closing):
        both = _with_splits(out, closing)
        if both != out and fixed(both):
            out = both
    named = name_parts(out, paragraphs)
    kept = subject_unions(list_heads(named if named != out and fixed(named) else out, paragraphs), paragraphs)
    back = [[sp for sp in a if sp not in b] for a, b in zip(out, kept)]
    kept = short_levels(possessive_pairs(clause_subjects(kept, paragraphs, t), paragraphs), paragraphs)
    own = own_words(kept, paragraphs, t)
    if own != kept:
        moved = moved_openings(own, kept, paragraphs, t)
        if moved != own and fixed(moved):
            own = moved
    quoted = quoted_heads(own, paragraphs, t)
    # (a salter cutting into words, or gluing its words anywhere in no title order, puts them after quotes too)
    if quoted != own and not any(split_spans(paragraphs, t)) and not any(word_salad(paragraphs, t)):
        own = quoted
    return own, back
