"""RecordWriter flushes per record only for a terminal; pipes and files get normal buffering."""

from __future__ import annotations

import io

from unionkit.output import RecordWriter
from unionkit.record import Article


class Stream(io.StringIO):
    """A text stream that counts flushes and says whether it is a terminal."""

    def __init__(self, tty: bool):
        super().__init__()
        self.tty, self.flushes = tty, 0

    def isatty(self) -> bool:
        return self.tty

    def flush(self) -> None:
        self.flushes += 1
        super().flush()


def _write(stream: Stream, fmt: str, n: int = 3) -> None:
    w = RecordWriter(stream, fmt)
    for i in range(n):
        w.write(Article(id=f"a{i}", title="标题", body=["正文。"]))
    w.close()


def test_terminal_gets_each_record_at_once():
    for fmt in ("jsonl", "text"):
        s = Stream(tty=True)
        _write(s, fmt)
        assert s.flushes == 3


def test_pipe_is_buffered_and_complete():
    s = Stream(tty=False)
    _write(s, "jsonl")
    assert s.flushes == 0
    assert s.getvalue().count("\n") == 3


def test_json_array_never_flushes_per_record():
    s = Stream(tty=True)
    _write(s, "json")
    assert s.flushes == 0 and s.getvalue().startswith("[\n")
