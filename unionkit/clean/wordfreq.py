"""jieba's word frequencies for the salting model: the table lives in ``unionkit.jiebadict`` (shared with the
people finder, which reads its tags, and importable without loading the cleaning pipeline)."""

from ..jiebadict import MAGIC, STEP, WordFreq, dumps, first_tags, from_jieba, load, loads  # noqa: F401
