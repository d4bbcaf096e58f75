"""A source's name with a byline role glued to it, and bracketed photo captions: what they must and must not give."""

import pytest

from unionkit.extract.meta import labelled_fields, parse_byline


@pytest.mark.parametrize("line, want", [
    # a template's source element and byline element adjoin with no space: the source ends before the role
    ("2024-08-29 16:42来源：南宁日报记者 陆思琪 通讯员 黄宇航",
     [("source", "南宁日报"), ("reporter", "陆思琪"), ("correspondent", "黄宇航")]),
    ("来源：工人日报记者 张三 李四", [("source", "工人日报"), ("reporter", "张三 李四")]),
    ("来源：伊犁日报记者 阿依古丽·吐尔逊", [("source", "伊犁日报"), ("reporter", "阿依古丽·吐尔逊")]),
    ("来源：市总工会编辑 王五", [("source", "市总工会"), ("editor", "王五")]),
    ("来源：晚报通讯员 赵六", [("source", "晚报"), ("correspondent", "赵六")]),
    # the same fields spaced apart read the same
    ("来源：南宁日报 记者 陆思琪", [("source", "南宁日报"), ("reporter", "陆思琪")]),
])
def test_role_glued_to_source_opens_its_own_field(line, want):
    assert labelled_fields(line) == want


@pytest.mark.parametrize("line, source", [
    ("来源：新华社记者站", "新华社记者站"),        # a role word inside a name: more of the name follows
    ("来源：市总工会编辑部", "市总工会编辑部"),
    ("来源：中国记者协会", "中国记者协会"),
    ("来源：南宁日报记者陆思琪", "南宁日报记者陆思琪"),  # no gap after the role: not told from a name
    ("来源：社会工作者 李四", "社会工作者 李四"),    # a title that ends in a role word
    ("来源：本报总编辑 王五", "本报总编辑 王五"),
])
def test_role_word_inside_a_source_name_stays(line, source):
    assert labelled_fields(line) == [("source", source)]


@pytest.mark.parametrize("text", ["（图为助学金发放现场）", "(圖為頒獎現場)", "（图中左一为王五）", "（上图为志愿者服务队）"])
def test_bracketed_photo_caption_names_no_author(text):
    assert "author" not in parse_byline(text)


@pytest.mark.parametrize("text, author", [("（张三）", "张三"), ("（市总工会 李四）", "李四"), ("（图门）", "图门")])
def test_bracketed_signer_still_read(text, author):
    assert parse_byline(text).get("author") == author


from unionkit.html import html_to_lines  # noqa: E402


@pytest.mark.parametrize("html, want", [
    # a time element, a labelled source and a byline set side by side with no space: each read apart
    ('<div class="meta"><time datetime="2024-08-29T16:42">2024-08-29 16:42</time><span>来源：某市日报</span>'
     '<span>记者 张三 通讯员 李四</span></div>', "2024-08-29 16:42 来源：某市日报 记者 张三 通讯员 李四"),
    ('<div><span>来源:某县日报</span><span>记者:王五</span><time>2024-03-28 16:45</time></div>',
     "来源:某县日报 记者:王五 2024-03-28 16:45"),
])
def test_adjacent_info_fields_are_spaced(html, want):
    assert html_to_lines(html)[0] == [want]


@pytest.mark.parametrize("html, want", [
    # one field alone, or a role word opening a sentence's span, stays as written
    ('<div><span>来源：某市日报</span><span>2024-08-29</span></div>', "来源：某市日报2024-08-29"),
    ('<p><span>记者从</span><span>市总工会获悉，</span><span>来源：</span></p>', "记者从市总工会获悉，来源："),
    ('<p><b>记者</b> <span>张三</span>报道</p>', "记者 张三报道"),
])
def test_lone_or_sentence_spans_stay_glued(html, want):
    assert html_to_lines(html)[0] == [want]


@pytest.mark.parametrize("line, want", [
    # an app's info bar opens with the outlet, then the outlet's 记者 glued to its name, the name, the date
    ("渝快讯 渝快讯记者 何佳怡 2024/7/3 14:20", ("reporter", "何佳怡")),
    ("某某日报记者 张三", ("reporter", "张三")),
])
def test_role_glued_to_an_outlet_opening_the_row(line, want):
    (field, value), = labelled_fields(line, header_row=True)
    assert field == want[0] and value.startswith(want[1])
    assert labelled_fields(line) == []  # (a body line's byline is read by the byline rules, not as a field row)


@pytest.mark.parametrize("line", ["中国记者节 座谈会", "市总工会编辑部 张三", "本报总编辑 王五"])
def test_role_word_inside_an_opening_name_is_no_field(line):
    assert labelled_fields(line, header_row=True) == []


@pytest.mark.parametrize("text, field, names", [
    # a role's names stop at the next labelled field of the row (the review chain signed after the writer)
    ("文/图：张晓燕\xa0\xa0审核：李振华", "author", "张晓燕"),
    ("文/图：张晓燕 责编：李振华", "author", "张晓燕"),
    ("记者：张三 审核：李振华", "reporter", "张三"),
    ("通讯员：张三 审核：李四", "author", "张三"),
    # names with no label after them are kept whole
    ("记者：张三 李四", "reporter", "张三 李四"),
    ("文/图 张晓燕 李明", "author", "张晓燕 李明"),
])
def test_names_stop_at_the_next_label(text, field, names):
    assert parse_byline(text)[field] == names


@pytest.mark.parametrize("value, source", [
    ("济南广播电视台2024-08-02 18:35:12", "济南广播电视台"),  # the stamp's span glued to the source's
    ("工人日报2024年8月2日", "工人日报"),
    ("人民网", "人民网"), ("某某12345", "某某12345"), ("2024-08-02", "2024-08-02"),
])
def test_source_without_a_glued_date(value, source):
    from unionkit.extract.meta import single_value
    assert single_value(value) == source
