"""HTML: what an inline script writes with document.write (an older CMS template printing the date and source),
read without running the script; any script beyond literals, variables and slices stays unread."""

from __future__ import annotations

import pytest

from unionkit.html import html_to_lines, parse
from unionkit.html.docwrite import written


@pytest.mark.parametrize("code, out", [
    ('document.write("2023-05-06 08:30:12".substring(0,16));', "2023-05-06 08:30"),
    ("var ly = '江城市总工会'; if (ly != '') { document.write('来源：' + ly); }", "来源：江城市总工会"),
    ('var zz = ""; if (zz != "") { document.write("作者：" + zz); }', ""),
    ('var zz = ""; if (zz !== "") document.write("作者：" + zz); else document.write("佚名");', "佚名"),
    ('document.writeln("\\u6765\\u6e90" + "：" + "x".substr(0, 1));', "来源：x"),
    ("<!--\nvar t = '2020-01-02'; // the day\ndocument.write(t.slice(0, 4));\n//-->", "2020"),
])
def test_literal_writes_are_read(code, out):
    assert written(code) == out


@pytest.mark.parametrize("code", [
    "document.write(new Date().toLocaleDateString());",  # a call: today's date, no part of the page
    "var t = '标题'; document.write(cutStr(t, 20));",
    "document.write(hits_123)",  # a variable the script does not set
    "document.write(531)",  # a number: a counter
    "function f() { document.write('x'); }",
    "for (var i = 0; i < 2; i++) document.write('x');",
    "var s = `模板`; document.write(s);",
    "var a = '甲'; alert(a); document.write(a);",  # any other statement leaves the script unread
])
def test_other_scripts_stay_unread(code):
    assert written(code) is None


def _lines(body: str) -> list[str]:
    return html_to_lines(f"<html><head><title>t</title></head><body>{body}</body></html>")[0]


def test_a_written_field_shows_where_its_script_stands():
    lines = _lines('<div>发布时间：<script>document.write("2023-05-06 08:30:12".substring(0,16));</script> '
                   '<span><script>var ly = "江城日报"; if (ly != "") document.write("来源：" + ly);</script></span></div>'
                   "<p>正文。</p>")
    assert lines[0] == "发布时间：2023-05-06 08:30 来源：江城日报"


def test_written_markup_is_parsed_and_its_script_kept_unread():
    tree = parse("<html><body><div><script>var p = '上期标题'; document.write('<p>上一篇：<a href=\"a.html\">' + p + '</a></p>');"
                 "</script></div></body></html>")
    assert tree.css_first("div p a").text() == "上期标题"
    assert "document.write" not in " ".join(_lines(tree.html))


def test_output_the_saved_page_already_shows_is_not_written_twice():
    """A page saved after its scripts ran keeps the script and its output after it."""
    lines = _lines('<div>时间：<script>document.write("2023-05-06");</script>2023-05-06</div>')
    assert lines[0] == "时间：2023-05-06"


def test_a_script_of_another_type_is_not_run():
    lines = _lines('<div>甲<script type="text/template">document.write("乙");</script></div>')
    assert lines[0] == "甲"


def test_a_count_given_again_in_noscript_is_written_once():
    """A counter's template writes the count and gives it again in <noscript> for browsers without script: where
    scripts run the noscript shows nothing, so the written count is the one the row shows."""
    lines = _lines('<p>来源：某区总工会 点击数：<script>document.write("208")</script><noscript>208</noscript></p>')
    assert lines == ["来源：某区总工会 点击数：208"]
