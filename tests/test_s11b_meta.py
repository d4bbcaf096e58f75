"""Session 11 fix wave 2, meta: bylines whose photo tail belongs to the last role, unlabelled info rows, dates."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import parse_byline


@pytest.mark.parametrize("text, want", [
    # staff reporters, then a correspondent whose picture it is: the reporters wrote the piece
    ("记者 詹雨桐 邬建华 通讯员 甘露 摄", {"reporter": "詹雨桐 邬建华", "credit": "甘露 摄"}),
    ("（记者 张三 通讯员 李四 摄）", {"reporter": "张三", "credit": "李四 摄"}),
    ("记者 张三、李四 实习生 王五 摄", {"reporter": "张三、李四", "credit": "王五 摄"}),
    ("本报记者 覃 雯 通讯员 李四摄", {"reporter": "覃雯", "credit": "李四摄"}),
    # look-alikes: a photographer alone is no reporter; a sentence between the roles is no list of names
    ("记者 龙海燕 摄", {"credit": "记者 龙海燕 摄"}),
    ("新华社记者 李明 摄", {"credit": "新华社记者 李明 摄"}),
    ("记者王刚摄", {"credit": "记者王刚摄"}),
    ("记者在现场看到的情景 通讯员 李四 摄", {"credit": "记者在现场看到的情景 通讯员 李四 摄"}),
    ("通讯员 李四 记者 张三 摄", {"credit": "通讯员 李四 记者 张三 摄"}),
])
def test_reporters_then_photographer(text, want):
    assert parse_byline(text) == want
