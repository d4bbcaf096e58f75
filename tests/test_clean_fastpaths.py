"""The cleaner's shortcuts give the answers of the plain computations they skip.

Each shortcut (a literal pre-filter, an upper bound, a whole-run fast path in
``lines.Line``) is checked against a reference written the slow, obvious way,
on random strings built from the characters the rules care about.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from unionkit.clean import byline, chrome, forum, lines as L, title
from unionkit.clean.chrome import accounts, header
from unionkit.clean.salting import base as salt_base, seams
from unionkit.clean.chrome import widgets
from unionkit.clean.lines import marked_runs
from unionkit.clean.pipeline import removals
from unionkit.clean.whitespace import is_space, tidy, tidy_map

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of labels, footers, menus and widgets, punctuation, spaces (incl. NBSP, tab, zero-width) and Han text.
PIECES = (
    "时间 日期 发布 发表于 来源 作者 文 编辑 点击 浏览 阅读 人气 访问 查看 版次 第3版 版权所有 Copyright copyright ICP "
    "icp 公网安备 备案号 技术支持 © 首页 新闻 工会 English 打印 关闭 字号 大 中 小 分享 【 】 [ ] ( ) : | / "
    "2024-01-08 12 。 , ! ? 职工 会议 召开 p P"
).split() + [" ", "  ", "\u3000", "\xa0", "\t", "\u200b", "\x1c"]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def marks():
    """Random span marks on a line's current text: (start, end, kind) triples, or a whole-line removal."""
    span = st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["jammer", "navigation", "caption"]))
    return st.lists(st.one_of(span, st.sampled_from(["ALL:byline", "ALL:navigation"])), max_size=4)


@FAST
@given(texts)
@example("时间|时间|时间")  # (hypothesis found it: the raw line has no label, its barred reading has)
def test_label_prefilter_never_hides_a_label(t):
    # (the patterns read the line as label_text gives it: a barred row 时间|…|… gains its colons first)
    full = {name for name, rx in chrome.LABELS.items() if rx.search(chrome.labels.label_text(t))}
    assert chrome.header_labels(t) == full


@FAST
@given(texts)
def test_footer_prefilter_never_hides_a_footer(t):
    if chrome.STRONG_FOOTER.search(t):
        assert chrome.may_be_footer(t)


@FAST
@given(texts, st.sampled_from([0.5, 0.8]))
def test_menu_bound_agrees_with_coverage(t, share):
    assert chrome.nav_covered(t, share) == (chrome.nav_coverage(t) >= share)


def widget_reference(folded: str) -> bool:
    """``is_widget_line`` without its counting shortcut."""
    t = widgets._WIDGET_STRIP.sub("", folded)
    if not t or len(t) > 40:
        return False
    if widgets._COUNTER.match(t):
        return True
    rest = chrome.WIDGETS.sub("", widgets._WIDGET_SEPS.sub("", t))
    if "分享" in t:
        rest = widgets._SHARE_TARGETS.sub("", rest)
    return len(rest) <= 1


WIDGET_PIECES = "打印 关闭 字号 大 中 小 分享 收藏 返回 转发 [ ] ( ) 【 】 | / : x 职工书屋建设".split() + [" ", "\xa0", "\t"]


WIDGET_WORDS = "打印 关闭 字号 分享 收藏 返回 转发 [ ] ( ) |".split() + [" ", "\xa0"]
widgety = st.lists(st.sampled_from(WIDGET_WORDS), min_size=6, max_size=24).map("".join)


@FAST
@given(st.one_of(widgety, st.lists(st.sampled_from(WIDGET_PIECES), max_size=30).map("".join)))
def test_widget_shortcut_agrees(t):
    assert chrome.is_widget_line.__wrapped__(t) == widget_reference(t)


def reference_removals(ln: L.Line) -> list[tuple[str, str]]:
    """Removed runs computed character by character (the cleaner's original scan)."""
    out, cur_k, buf = [], None, []
    for ch, k in zip(ln.raw, ln.kinds):
        if is_space(ch):
            if buf:
                buf.append(ch)
            continue
        if k == cur_k and buf:
            buf.append(ch)
            continue
        if buf and cur_k not in (None, L.CAPTION):
            out.append((cur_k, " ".join("".join(buf).split())))
        cur_k, buf = k, [ch]
    if buf and cur_k not in (None, L.CAPTION):
        out.append((cur_k, " ".join("".join(buf).split())))
    return out


def reference_view(ln: L.Line) -> tuple[str, list[int]]:
    """The kept text and index map computed character by character."""
    keep = [i for i, k in enumerate(ln.kinds) if k is None]
    text, idx = tidy_map("".join(ln.raw[i] for i in keep))
    return text, [keep[j] for j in idx]


@FAST
@given(texts, marks())
def test_line_views_and_runs_agree_with_character_scans(raw, ops):
    ln = L.Line(1, raw)
    assert ln.text == tidy(raw) == tidy_map(raw)[0]
    for op in ops:
        if isinstance(op, str):
            ln.mark_all(op.split(":")[1])
        else:
            a, b, k = op
            ln.mark(a, b, k)
        text, idx = ln.view()
        assert (text, list(idx)) == reference_view(ln)
        assert ln.folded == L.fold(text) and ln.blank == (not text)
    assert [(r.kind, r.text) for r in removals(ln)] == reference_removals(ln)
    runs = marked_runs(ln)
    assert [k for k in ln.kinds if k is not None] == [k for a, b, k in runs for _ in range(a, b)]


@FAST
@given(texts)
def test_kept_copy_is_the_split_line(raw):
    src = L.Line(3, raw)
    copy, split = L.Line.kept_copy(7, src), L.split_lines(src.text)[0]
    assert (copy.raw, copy.text, copy.folded, copy.blank, copy.kinds) == (
        split.raw, split.text, split.folded, split.blank, split.kinds)


# Pieces of photo credits and captions, submitters' lines and reporters' bylines: their words, brackets, marks, names.
CREDIT_PIECES = ("供稿 供图 摄影 摄 出品 方 图片来源 图片 照片 图 文字 视频 设计 素材 本栏目由 本版由 协办 提供 解答律师 律师 "
                 "现场 合影 留念 留影 生前照片 工作照 近照 比赛 了 投稿 来稿 平台 工会 记者 通讯员 文/图 王刚 李明 某某县 "
                 "( ) [ ] : | / 、 , 。 ! “ ” 12").split() + [" ", "  ", "\n", "\u3000"]
credits = st.lists(st.sampled_from(CREDIT_PIECES), max_size=12).map("".join)


@FAST
@given(credits)
def test_credit_gates_never_hide_a_credit(t):
    if byline.CREDIT_WHOLE.match(t):
        assert byline._may_credit(t)
    if byline.SUBMITTED.match(t):
        assert "投稿" in t or "来稿" in t


@FAST
@given(credits)
def test_caption_end_gate_never_hides_a_caption(t):
    if byline.CAPTION_END.match(t):
        assert byline._ends_caption_word(t)


# Pieces of site names and title rows, account cards and profile status lines.
SITE_PIECES = ("某某 工会 网 网站 频道 论坛 首页 门户 客户端 数字报 电子报刊 电子版 平台 系统 在线 离线 隐身 当前在线 新闻 "
               "微信号 功能介绍 以下文章来源于 官方微信公众号 官方账号 微信公众号 篇原创内容 公众号 关注 了解 最新 资讯 "
               "- – — | _ ｜ 丨 │ . · , 。 ” A b 7 2024").split() + [" ", "  ", "\n"]
sites = st.lists(st.sampled_from(SITE_PIECES), max_size=10).map("".join)


@FAST
@given(sites)
def test_title_row_gates_never_hide_a_match(t):
    if title.SUFFIX_SEP.search(t):
        assert any(c in t for c in title.SEP_CHARS)
    s = t.strip()
    if title.SITE_NAME.match(s):
        assert s[-1:] in title._SITE_LAST
    if forum.ONLINE.match(s):
        assert s.endswith(("线", "身"))
    if accounts._ACCOUNT_CARD.match(s):
        assert accounts._may_be_card(s)


DATE_PIECES = "2024 1998 年 5 月 1 日 - / . 10:15 ( ) [ ] 《 工人日报 》 第 05 版 报 详见 某某".split() + [" ", "\n"]


@FAST
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=12).map("".join))
def test_dated_line_gate_never_hides_a_date(t):
    s = t.strip()
    if header.DATE_LINE.match(s) or header.PAPER_STAMP.match(s):
        assert s[:1] in header._DATED_FIRST


@FAST
@given(st.characters() | st.sampled_from(list("工会2０１９９年·“")) | st.just(""))
def test_character_tables_agree_with_their_patterns(ch):
    for table, rx in ((salt_base.is_han, salt_base.HAN), (salt_base.is_num_title, salt_base.NUM_TITLE),
                      (salt_base.is_digit, salt_base.DIGIT)):
        assert table(ch) == (rx.match(ch) is not None)
        assert table(ch) == (rx.match(ch) is not None)  # (the kept answer too)


def test_numbered_title_needs_digits_and_han():
    assert seams._numbered_title("启动2024年度“工会杯”") == "启动2024年度工会杯"
    assert seams._numbered_title("某某县总工会举办培训") == ""  # no digit: no number to cut
    assert seams._numbered_title("2024-05-01") == ""  # no Han character


# Pieces of captions between paragraphs and of bilingual labels: scene words, marks, Latin glosses, colons, spaces.
CAPTION_PIECES = ("比武 现场 选手们 正在 答题 学员 展示 结业证书 职工 趣味运动会 发布日期 Date Source 来源 文字 Text "
                  "王静 某某县 , ， 、 : : 。 ! “ ” 《 》 ( ) 【 】 http:// 12").split() + [" ", "  ", "\u3000"]
captions = st.lists(st.sampled_from(CAPTION_PIECES), max_size=16).map("".join)


@FAST
@given(captions)
@example("比武现场，选手们正在认真地答题并且互相讨论着题目。")  # (_SCENE_CAPTION's longest shape: 36 characters)
def test_caption_patterns_fit_their_length_gate(t):
    from unionkit.clean.pipeline import _BARE_CAPTION, _SCENE_CAPTION, CAPTION_MAX
    if _BARE_CAPTION.fullmatch(t) or _SCENE_CAPTION.fullmatch(t):
        assert len(t) <= CAPTION_MAX


@FAST
@given(captions)
def test_gloss_gate_never_hides_a_gloss(t):
    from unionkit.clean.chrome.labels import _GLOSS, drop_glosses
    assert drop_glosses(t) == _GLOSS.sub("", t)


@FAST
@given(texts | captions, st.integers(0, 60))
def test_norm_of_a_head_is_a_head_of_the_norm(t, k):
    # (repeats_title rejects a long line on the norm of its head alone)
    assert title.norm(t).startswith(title.PUNCT.sub("", t[:k]))


@FAST
@given(texts | captions, texts | captions)
@example("某某县总工会举办职工趣味运动会" * 3, "某某县总工会举办职工趣味运动会")
@example("，" * 40 + "某某县总工会举办职工趣味运动会", "某某县总工会举办职工趣味运动会")  # (marks fill the head)
def test_repeats_title_head_gate_agrees_with_whole_lines(t, head):
    # when the head alone is too long for a repeat of the title, so is the whole line (the test the gate skips)
    b = title.norm(head)
    k = 2 * len(b) + title._HEAD_SLACK
    if len(t) > k and 3 * len(title.PUNCT.sub("", t[:k])) > 4 * len(b):
        assert 3 * len(title.norm(t)) > 4 * len(b) and not title.repeats_title(t, head)
