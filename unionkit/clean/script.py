"""Chinese script detection and conversion (simplified / traditional) with OpenCC.

Pages come in either script (mainland sites in simplified, some local sites in
traditional).  OpenCC (the official ``opencc`` binding) is imported on first use
and each converter is built once.

``is_traditional`` is a cheap heuristic on a bounded sample: the share of Han
characters that OpenCC's t2s conversion changes against the share that s2tw
changes.  Text in traditional script has many characters t2s rewrites
(網→网) and few that s2tw rewrites; simplified text the other way round.
"""

from __future__ import annotations

import regex

_HAN = regex.compile(r"\p{Han}")
_CONVERTERS: dict[str, object] = {}
# Traditional output uses Taiwan-standard character forms (為, 眾, 群 rather than OpenCC's
# internal 爲, 衆, 羣), without Taiwan phrase substitutions: what traditional-script
# news pages use.  t2s reads both standards.
_TARGETS = {"simplified": "t2s", "traditional": "s2tw"}

#: Characters looked at by is_traditional: a window at the start, middle and end.
SAMPLE_WINDOW = 1500
#: Minimum share of sampled Han characters that t2s must change.
MIN_SHARE = 0.02


def _converter(config: str):
    """The cached OpenCC converter for a configuration name (t2s, s2tw)."""
    conv = _CONVERTERS.get(config)
    if conv is None:
        import opencc  # imported on first use (~10 ms)

        conv = _CONVERTERS[config] = opencc.OpenCC(config)
    return conv


def _sample(text: str, window: int = SAMPLE_WINDOW) -> str:
    """Up to three windows of `text` (start, middle, end), so big inputs cost no more than small ones."""
    if len(text) <= 3 * window:
        return text
    mid = len(text) // 2 - window // 2
    return text[:window] + text[mid:mid + window] + text[-window:]


def _changed(a: str, b: str) -> int:
    """Number of characters a conversion changed (position by position; OpenCC keeps lengths)."""
    if len(a) != len(b):
        return abs(len(a) - len(b)) + sum(x != y for x, y in zip(a, b))
    return sum(x != y for x, y in zip(a, b))


def script_shares(text: str) -> tuple[int, float, float]:
    """(Han characters sampled, share changed by t2s, share changed by s2tw)."""
    s = _sample(text)
    han = len(_HAN.findall(s))
    if not han:
        return 0, 0.0, 0.0
    t = _changed(s, _converter("t2s").convert(s))
    k = _changed(s, _converter("s2tw").convert(s))
    return han, t / han, k / han


def is_traditional(text: str) -> bool:
    """Whether `text` is written in traditional characters (sampled: cost is bounded for long texts)."""
    han, t, s = script_shares(text)
    return han > 0 and t >= MIN_SHARE and t > s


def to_simplified(text: str) -> str:
    """The text converted to simplified characters (OpenCC t2s)."""
    return _converter("t2s").convert(text) if text else text


def to_traditional(text: str) -> str:
    """The text converted to traditional characters (OpenCC s2tw: Taiwan-standard forms, no phrase changes)."""
    return _converter("s2tw").convert(text) if text else text


def convert(text: str, to: str) -> str:
    """The text converted to script `to`: "simplified" or "traditional"."""
    try:
        config = _TARGETS[to]
    except KeyError:
        raise ValueError(f"unknown script {to!r}: expected 'simplified' or 'traditional'") from None
    return _converter(config).convert(text) if text else text
