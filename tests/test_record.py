"""The record: every key present, round trip, typed errors naming the field."""

from __future__ import annotations

import json

import pytest

from unionkit.record import Article, Meta, RecordError, Removal, from_dict, make_id, to_dict


def test_empty_record_has_every_key_with_null_or_empty():
    d = to_dict(Article(id="x"))
    assert set(d) == {"id", "path", "title", "body", "captions", "meta", "entities", "removed", "warnings", "schema"}
    assert set(d["meta"]) == {"published", "source", "author", "reporter", "editor", "views", "site", "url", "credit"}
    assert set(d["entities"]) == {"unions", "people", "places", "campaigns", "figures"}
    assert all(v is None for v in d["meta"].values())
    assert d["body"] == [] and d["removed"] == [] and d["schema"] == 1


def test_round_trip():
    art = Article(id="a", title="标题", body=["一", "二"], meta=Meta(views=3, source="中工网"),
                  removed=[Removal("jammer", "x$y", 4)])
    again = from_dict(json.loads(json.dumps(to_dict(art), ensure_ascii=False)))
    assert to_dict(again) == to_dict(art)


@pytest.mark.parametrize("bad, field", [
    ({"schema": 1, "body": "not a list"}, "body"),
    ({"schema": 1, "meta": {"views": "many"}}, "meta.views"),
    ({"schema": 1, "title": ["x"]}, "title"),
    ({"schema": 1, "removed": [{"kind": 1}]}, "removed[0]"),
])
def test_wrong_types_name_the_field(bad, field):
    with pytest.raises(RecordError, match=field.replace("[", r"\[").replace("]", r"\]")):
        from_dict(bad)


def test_crawler_object_becomes_a_raw_page():
    art = from_dict({"title": "题目", "content": "正文第一段。", "url": "http://x.cn/1"})
    assert art.raw.startswith("题目\n") and art.meta.url == "http://x.cn/1"


def test_crawler_object_without_text_is_an_error():
    with pytest.raises(RecordError):
        from_dict({"title": "only a title"})


def test_ids_are_file_stems_or_hashes():
    assert make_id("dir/001_abc.txt", "x") == "001_abc"
    assert make_id(None, "x") == make_id(None, "x") != make_id(None, "y")


def test_to_dict_equals_asdict_without_raw():
    import dataclasses

    from unionkit.record import Entities, Figure, Person, Place, Union

    art = Article(id="a", title="t", body=["b"], raw="page",
                  entities=Entities(unions=[Union("甲市总工会", "市总工会")], people=[Person("王刚", ["记者"])],
                                    places=[Place("甲市", "乙省", "甲市")], campaigns=["“x”"],
                                    figures=[Figure("3个", 3, "个", None)]),
                  removed=[Removal("jammer", "x", 2)], warnings=["w"])
    want = dataclasses.asdict(art)
    want.pop("raw")
    assert to_dict(art) == want and list(to_dict(art)) == list(want)
