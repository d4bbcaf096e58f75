"""The HTML reader honours the page's own <style> rules that hide text or ink it invisibly (simple selectors)."""

from unionkit.html import html_to_lines
from unionkit.html.lines import css_hidden_ids
from unionkit.html.regions import css_ink_selectors, css_painted, invisible_ink

PARA = ("<p>12月18日，{a}县总工会党组书记带领工作人员前往边境口岸，{b}为一线职工送去慰问金和棉衣、"
        "棉被等物资。</p>")


def page(style: str, a: str, b: str, body_extra: str = "") -> str:
    """A small article page with a <style> block and one paragraph holding two inserted elements."""
    return (f"<html><head><style>{style}</style></head><body><h1>县总工会送温暖</h1>"
            f"{PARA.format(a=a, b=b)}{body_extra}</body></html>")


def test_class_inked_white_and_tiny_is_a_jammer():
    lines, removed = html_to_lines(page(".jm{color:#fff;font-size:1px}",
                                        '<span class="jm">pban94a</span>', '<span class="jm">58whrnc</span>'))
    text = "\n".join(lines)
    assert "pban94a" not in text and "58whrnc" not in text
    assert "12月18日，县总工会党组书记" in text
    assert [(r.kind, r.text) for r in removed if r.kind == "jammer"] == [("jammer", "pban94a"), ("jammer", "58whrnc")]


def test_tag_class_and_id_ink_selectors():
    lines, _ = html_to_lines(page("font.x{color:white} #j2{font-size:0.5px}",
                                  '<font class="x">q8rtw1</font>', '<i id="j2">zz81k</i>'))
    text = "\n".join(lines)
    assert "q8rtw1" not in text and "zz81k" not in text


def test_tag_class_selector_applies_to_its_tag_only():
    lines, _ = html_to_lines(page("font.x{color:#ffffff}", '<span class="x">可见文字</span>', ""))
    assert "可见文字" in "\n".join(lines)


def test_white_text_on_a_painted_box_stays():
    style = ".w{color:#fff} .banner{background:#c00}"
    html = page(style, "", "", '<div class="banner">通知：<span class="w">职工服务热线</span>开通</div>')
    assert "职工服务热线" in "\n".join(html_to_lines(html)[0])


def test_white_rule_with_its_own_background_is_shown():
    html = page(".tag{color:#fff;background:#1a5fb4}", '<span class="tag">原创</span>', "")
    assert "原创" in "\n".join(html_to_lines(html)[0])


def test_descendant_and_pseudo_ink_selectors_are_not_read():
    assert css_ink_selectors(".nav a{color:#fff} a:hover{color:#fff} .x > .y{color:#fff}") == set()
    assert css_ink_selectors(".jm{color:#fff}, span.k{font-size:1px}") == {".jm", "span.k"}


def test_readable_sizes_and_colours_are_no_ink():
    assert not invisible_ink("font-size:12px;color:#333")
    assert not invisible_ink("font-size:10px")
    assert not invisible_ink("font-size:1em")
    assert not invisible_ink("background-color:#fff")
    assert invisible_ink("font-size:1px")
    assert invisible_ink("color:rgb(255,255,255)")
    assert invisible_ink("color:#fff;background:#fcfcfc")  # near-white box: still unreadable
    assert not invisible_ink("color:#fff;background:url(btn.png)")


def test_painted_names():
    assert css_painted("body{background:#222} .banner, #top{background-color:navy} .a .b{background:#000}"
                       " .light{background:#fafafa}") == {"body", ".banner", "#top", ".b"}


def test_ink_class_alone_in_its_block_is_left_to_the_cleaner():
    # White text that is all of its block may sit on a box painted by an external stylesheet: not judged here.
    html = page(".jm{color:#fff}", "", "", '<p><span class="jm">8m33xwk0</span></p>')
    assert "8m33xwk0" in html_to_lines(html)[0]


def test_id_rule_hiding_an_element():
    html = page("#ad3{display:none} div#k{visibility:hidden}", '<span id="ad3">x7dpyq</span>',
                '<span id="k">照常显示</span>')
    text = "\n".join(html_to_lines(html)[0])
    assert "x7dpyq" not in text and "照常显示" in text  # div#k names a div, not this span


def test_id_selectors_read():
    assert css_hidden_ids("#a{display:none} div#b.on{font-size:0} .c #d{display:none} #e:hover{display:none}"
                          " #f{color:red}") == {"#a", "div#b.on"}


def test_page_without_ink_rule_unchanged():
    lines, removed = html_to_lines(page(".jm{color:#333;font-size:14px}", '<span class="jm">HT-2000</span>', ""))
    assert "HT-2000" in "\n".join(lines) and not [r for r in removed if r.kind == "jammer"]
