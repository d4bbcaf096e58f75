"""Tests for the title-fragment salting detector (unionkit.clean.salting)."""

from __future__ import annotations

import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).parent))

import salt_gen  # noqa: E402
import regex  # noqa: E402
from unionkit.clean.salting import salt_spans  # noqa: E402
from unionkit.clean.salting.boundaries import title_boundaries  # noqa: E402
from unionkit.clean.salting.chunks import chunk_list  # noqa: E402
from unionkit.clean.salting.gate import cut_fragment, precheck  # noqa: E402
from unionkit.clean.salting.title import prepare_title  # noqa: E402
from unionkit.clean.salting.unions import keep_unions  # noqa: E402

# Seed page 000: the first two body paragraphs as published (salted) and as they should read.
SEED_TITLE = "昆明市盘龙区总工会“红船领航·建党百年工会行”拉开帷幕"
SEED_SALTED = [
    "2021年是昆明中国共产党成立100周年,也是市盘“十四五”开局之年。为庆祝建党100周年,龙区拉开聚焦中国共产党百年奋斗历程,"
    "总工弘扬红船精神和劳模精神,红航建会行深情回顾党的船领奋斗历史,热情讴歌党的党百光辉业绩。4月12日,年工盘龙区总工会"
    "“红船领航·建党百年工会行”系列活动拉开帷幕。帷幕",
    "盘龙区总工会“红船领航·建党百年工会行”系列活动将从今年三月一直持续到十二月,昆明引导全区广大职工群众坚定不移听党话、"
    "市盘跟党走,龙区拉开奋勇争先、总工勇担使命,红航建会行助推盘龙加快区域性国际中心城市核心城区建设,船领凝心聚力踏上工会新时代新征程。",
]
SEED_GOLD = [
    "2021年是中国共产党成立100周年,也是“十四五”开局之年。为庆祝建党100周年,聚焦中国共产党百年奋斗历程,"
    "弘扬红船精神和劳模精神,深情回顾党的奋斗历史,热情讴歌党的光辉业绩。4月12日,盘龙区总工会"
    "“红船领航·建党百年工会行”系列活动拉开帷幕。",
    "盘龙区总工会“红船领航·建党百年工会行”系列活动将从今年三月一直持续到十二月,引导全区广大职工群众坚定不移听党话、"
    "跟党走,奋勇争先、勇担使命,助推盘龙加快区域性国际中心城市核心城区建设,凝心聚力踏上工会新时代新征程。",
]
# Unsalted paragraphs of the same page that use the title's words heavily.
SEED_CLEAN = [
    "唱响一系列“最美歌声献给党”红歌会。5月区总工会将在工人力量主题公园举办“工会社工新力量最美歌声献给党”快闪红歌会,"
    "以歌声献礼建党100周年,展示盘龙职工心向党、同心共筑中国梦的精神风貌,激发盘龙工会社会化工作者永远跟党走,"
    "我心永向党的坚定信念和深厚情怀。同时按照昆明市总工会、盘龙区委宣传部的部署安排协办“咱们工人有力量最美歌声献给党”"
    "红歌会及盘龙职工“千人红歌会”。",
    "下一步,盘龙区总工会将以饱满的热情、丰富的活动、鲜活的事例,重温革命精神,弘扬传承红船精神,激发广大职工爱党、"
    "爱国热情,切实增强党工共建合力,引领盘龙职工积极投身盘龙发展的火热实践。",
]


def apply(par: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with the spans cut out."""
    out, last = [], 0
    for a, b in sorted(spans):
        out.append(par[last:a])
        last = b
    return "".join(out) + par[last:]


def test_seed_paragraphs_recovered_exactly():
    paras = SEED_SALTED + SEED_CLEAN
    spans = salt_spans(SEED_TITLE, paras)
    assert [apply(p, s) for p, s in zip(paras, spans)] == SEED_GOLD + SEED_CLEAN


def test_seed_paragraphs_recovered_in_traditional_script():
    opencc = pytest.importorskip("opencc")
    conv = opencc.OpenCC("s2t")
    title = conv.convert(SEED_TITLE)
    paras = [conv.convert(p) for p in SEED_SALTED + SEED_CLEAN]
    gold = [conv.convert(p) for p in SEED_GOLD + SEED_CLEAN]
    spans = salt_spans(title, paras)
    assert [apply(p, s) for p, s in zip(paras, spans)] == gold


def test_unsalted_pages_with_title_words_lose_nothing():
    for title, paras in salt_gen.load_pages() + [(SEED_TITLE, SEED_GOLD + SEED_CLEAN)]:
        assert salt_spans(title, paras) == [[] for _ in paras], title


def test_precheck_skips_pages_without_title_fragments():
    title = prepare_title(SEED_TITLE)
    assert not precheck(title, ["今天天气很好,我们去公园散步。", "职工之家建设稳步推进,服务水平不断提高。"])
    assert precheck(title, SEED_SALTED)
    assert salt_spans(SEED_TITLE, []) == []
    assert salt_spans("", ["正文"]) == [[]]


def test_spans_are_sorted_disjoint_and_inside_the_paragraph():
    for page in salt_gen.generate(40, seed=11):
        for par, spans in zip(page.salted, salt_spans(page.title, page.salted)):
            assert spans == sorted(spans)
            assert all(0 <= a < b <= len(par) for a, b in spans)
            assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:]))


# A page with one salted paragraph whose confident chunks (市總, 工職業技賽) share their stretch with weaker readings
# of it (湖市|總舉辦): the weaker chain must not make the paragraph's chunks go unread.
RECUT_TITLE = "湖州市總工會舉辦2023年職工職業技能大賽"
RECUT_SALTED = ("10月18日,由湖州市總工會、市人力社保局聯合主辦的2023年湖市總舉辦湖州市職工職業技能大賽在市技師學院開幕。"
                "年職本次大賽設電工、焊工、工職業技賽數控車工、育嬰員等8個比賽項目,來自全市各行業的312名選手參加比賽。")
RECUT_CLEAN = ("10月18日,由湖州市總工會、市人力社保局聯合主辦的2023年湖州市職工職業技能大賽在市技師學院開幕。"
               "本次大賽設電工、焊工、數控車工、育嬰員等8個比賽項目,來自全市各行業的312名選手參加比賽。")
# A chain tiling the title (武侯会|推进新就业|形态) whose middle chunk is whole title words scoring weakly alone.
TILED_TITLE = "武侯区总工会推进新就业形态劳动者入会工作"
TILED_SALTED = ("为进一步扩大工会组织覆盖面,武侯区总工会聚焦快递员、武侯会外卖送餐员、网约车司机等新推进新就业就业形态劳动者群体,"
                "集中开展“入会服务月”活动,通过设置流动服务站、开通线上入会通道等方式,形态方便劳动者就近就便加入工会组织。")
TILED_CLEAN = ("为进一步扩大工会组织覆盖面,武侯区总工会聚焦快递员、外卖送餐员、网约车司机等新就业形态劳动者群体,"
               "集中开展“入会服务月”活动,通过设置流动服务站、开通线上入会通道等方式,方便劳动者就近就便加入工会组织。")


def test_confident_chain_kept_when_weaker_chunks_recut_its_stretch():
    (spans,) = salt_spans(RECUT_TITLE, [RECUT_SALTED])
    cut = [RECUT_SALTED[a:b] for a, b in spans]
    assert "工職業技賽" in cut and any("市總" in x for x in cut)
    assert "湖州市總工會" not in cut and "大賽" not in cut  # the sentence's own name and words stay


def test_tiled_chain_keeps_its_weak_whole_word_member():
    (spans,) = salt_spans(TILED_TITLE, [TILED_SALTED])
    assert apply(TILED_SALTED, spans) == TILED_CLEAN


def test_letter_restating_its_title_inside_clauses_is_no_tiled_chain():
    """A letter asking its title's question again writes the title's words, in the title's order and one of them
    shortened (能入 of 能不能加入), inside its own clauses: weak whole title words there are no salter's chain."""
    letters = {
        "外卖小哥能不能加入工会?入会后有哪些帮助?":
            "主席您好!我是一名在城区送外卖的小哥,干了两年多了,平时挂靠在一家站点。听朋友说现在小哥也能入工会,"
            "想问一下我这种情况要到哪里去办?如果送餐时出了事故,工会能不能帮忙?谢谢!",
        "快递员能不能加入工会?入会后有哪些好处?":
            "您好!我是在县城跑快递的快递员,干了四年了,一直没签正式合同。听同事讲现在快递员也能入工会,"
            "想问我这种情况怎么办?如果丢件被罚款,工会能不能帮忙说话?谢谢!",
    }
    for title, par in letters.items():
        assert salt_spans(title, [par]) == [[]]


def test_chain_does_not_trade_a_clause_opening_chunk_for_the_sentence_subject():
    """A paragraph whose salter put its chunks at clause marks, out of the title's order (,城区|逐步 … 。体检), also
    opens on its subject union (城区总工会|主席…): the chain read in the title's order from that name over the
    sentence's own title words leaves the confident chunk out; without the subject's pieces it takes the chunk."""
    from unionkit.clean.salting.chain import decode
    from unionkit.clean.salting.title import Cand

    def row(pi, a, t0, t1, text, prob, marked=False):
        c = Cand(pi, a, a + len(text), t0, t1, text, prob, free=True, marked=marked)
        return c, {"left_mark": float(marked), "contiguous": 1.0, "title_aligned": 0.0, "verbatim_ext": 0.0,
                   "quote_open": 0.0}

    han = "林州市城区总工会组织一线职工开展体检活动"
    rows = [row(0, 5, 0, 1, "林州", 2.0, True), row(0, 20, 2, 3, "市城", 2.5, True), row(0, 40, 18, 19, "活动", 4.0, True),
            row(1, 0, 3, 7, "城区总工会", -0.8, True),  # the paragraph's subject: 城区总工会主席…
            row(1, 20, 10, 11, "一线", -1.5),  # the sentence's own word inside a clause
            row(1, 40, 3, 4, "城区", 1.9, True),  # a salter's chunk after a comma
            row(1, 60, 16, 17, "体检", 9.0, True)]  # dangling after the last full stop
    assert decode(rows, 2, han)[1] == [(0, 5), (20, 22), (60, 62)]
    assert decode(rows, 2, han, {id(rows[3][0])})[1] == [(40, 42), (60, 62)]


def test_unsalted_twins_of_recut_and_tiled_pages_lose_nothing():
    assert salt_spans(RECUT_TITLE, [RECUT_CLEAN]) == [[]]
    assert salt_spans(TILED_TITLE, [TILED_CLEAN]) == [[]]


def measure(pages) -> tuple[float, float]:
    """Share of inserted characters removed and of true characters lost over salted pages."""
    inserted = removed = true = lost = 0
    for page in pages:
        for par, gold, got in zip(page.salted, page.spans, salt_spans(page.title, page.salted)):
            g = {k for a, b in gold for k in range(a, b)}
            r = {k for a, b in got for k in range(a, b)}
            inserted += len(g)
            removed += len(g & r)
            true += len(par) - len(g)
            lost += len(r - g)
    return removed / inserted, lost / true


@pytest.mark.parametrize("seed", [0, 1])
def test_generated_pages_salt_removed_and_text_kept(seed):
    recall, loss = measure(salt_gen.generate(300, seed=seed))
    print(f"seed {seed}: salt removed {recall:.4f}, true text lost {loss:.5f} (300 pages)")
    # With lone_marks and whole-run sparse chunks in the gate: 0.9180 / 0.00292, 0.9127 / 0.00291.
    # With the page-pattern passes (chunk_overlaps, seam_tiles, mark_style): 0.9134 / 0.00292, 0.9080 / 0.00291
    # (before them 0.9123 / 0.00292, 0.9080 / 0.00292).
    # Measured at commit time (300 pages each): seed 0 0.9089 removed / 0.00292 lost, seed 1
    # 0.9068 / 0.00292 (clause_bound keeps whole title words restated inside a clause: before it
    # 0.9094 / 0.00326, 0.9071 / 0.00322; a union name's head no longer cut: before it 0.9105 / 0.00335, 0.9071 / 0.00330;
    # with the sequence gate; before it 0.9105 / 0.00335, 0.8992 / 0.00326;
    # before the joint chunk-list decoding 0.876 / 0.0057, 0.869 / 0.0054).
    # The issue's goal is >= 0.95 / <= 0.002 and is NOT reached yet; these bounds guard
    # against regressions.
    # With clause_words and marked_copies (batch 53/54 real pages): 0.9221 / 0.00255, 0.9134 / 0.00244.
    # With subject_unions (a union name before 主席/将/表示/联合 is the sentence's own): 0.9221 / 0.00230, 0.9134 / 0.00213;
    # with marked_tiling (a chunk list carried on through the page): 0.9221 / 0.00230, 0.9149 / 0.00219.
    # With the whole run a sparse chunk when the greedy walk cuts it short (株洲市工|模): 0.9252 / 0.00234,
    # 0.9149 / 0.00219; with list_gaps (the chunk another paragraph shows between the same two): 0.9259 / 0.00234,
    # 0.9161 / 0.00219; a title character before the chunk alone no longer marks it a name's part: 0.9263 / 0.00234,
    # 0.9164 / 0.00219; with cut_pieces (longer pieces, title punctuation) and own_words: 0.9275 / 0.00234,
    # 0.9164 / 0.00219; with name_parts, a counted word running on into a word (3名工会|法律顾问), 校工会主席 as a
    # subject and cut_pieces' whole-word copies only in paragraphs the cutting salted: 0.9275 / 0.00234, 0.9164 / 0.00215;
    # with slot_copies (a span glued into a word moved to a copy in the same stretch glued to none): 0.9275 / 0.00234,
    # 0.9171 / 0.00209; with _unsupported (no salt left once given-back names are masked), list_heads, listed_lones,
    # glued_gaps and whole list items in the gate (0.9276 / 0.00234, 0.9164 / 0.00215 alone), both: 0.9276 / 0.00234,
    # 0.9171 / 0.00209.
    # A paragraph's confident chain is kept when the pool's best chain reads its stretch as other chunks (湖市|總舉辦
    # over 市總, 武侯 over the tiling 武侯会|推进新就业|形态; decode's _recut): 0.9307 / 0.00234, 0.9171 / 0.00209.
    # Counted nouns (48家服饰企业), a union name going on past 工会 (工会联合会), the title's place between a preposition
    # and 的, and gapped tail words inside a clause (年轻匠人断档) given back: 0.9307 / 0.00231, 0.9171 / 0.00206.
    # carried_chunks leaving a piece running on into the title's union, chunk_tails and title_tail (real pages' kinds
    # the generator does not make): unchanged, 0.9307 / 0.00231, 0.9171 / 0.00206. With 各级工会 and traditional level
    # words (基層工會) in LEVEL_UNION and own_words giving back a title word ending a word the character before opens
    # (高|技能): 0.9307 / 0.00206, 0.9171 / 0.00187.
    # Whole title words opening a clause before 是/们 (clause_subjects), two spans only a 的 parts (possessive_pairs)
    # and a union name before 有关/相关负责人 given back: 0.9307 / 0.00192, 0.9171 / 0.00157; with a lone level word
    # after a preposition (在|市|技师学院, short_levels): 0.9307 / 0.00189, 0.9171 / 0.00147 (seed 7, which the test does
    # not use: 0.8963 / 0.00316 before these, 0.8956 / 0.00262 after).
    # With clause_heads (a cut chunk grown back to the clause mark before it, ，工会|岗位就): 0.9330 / 0.00189,
    # 0.9189 / 0.00147; with seq_gate taking a repeating paragraph whose own sequence is only the two it repeats:
    # 0.9330 / 0.00189, 0.9212 / 0.00147.
    # With doubled_words (a title piece doubled inside a clause loses one copy), mark_tails (a clause-opening span takes
    # the title scrap left after it), two-character doubled_spans (，清原|清原县总工会) and repeated_openings (a cut
    # title scrap opening clauses twice): 0.9359 / 0.00192, 0.9221 / 0.00147 (seed 7: 0.8970 / 0.00262 before,
    # 0.9026 / 0.00265 after; the added loss is a doubled word's other copy taken, the text reading the same).
    # With a sparse chunk of loose characters inside a clause opening the gate (_odd_inside; 区会开年 before the
    # sentence's 工会工作, which the greedy walk read as one run: _beside_words): 0.9373 / 0.00192, 0.9221 / 0.00145
    # (seed 7 unchanged, 0.9026 / 0.00265). With own_words giving back a span heading a longer run of the title
    # (,职工|运动会是: _heads_title_run; two real pages mended): 0.9371 / 0.00190, 0.9221 / 0.00145 (seed 7: 0.9024 / 0.00262).
    # With salad_openings, counted_nothing, quoted_doubles and stepped_back (real pages' kinds: clause-opening pieces in
    # no title order, a piece carrying the title's number, a quoted double, a piece before the title's union name):
    # 0.9374 / 0.00190, 0.9221 / 0.00145 (seed 7 unchanged).
    # With cut_pairs (two cut title pieces written apart that meet inside a title word: 莲湖区总 … 工会举办女) and
    # lone_marks taking every lone chunk of a stretch that goes on in the title's order (,山为户外 … ,市叮嘱):
    # 0.9416 / 0.00192, 0.9263 / 0.00147 (seed 7: 0.9024 / 0.00262 before, 0.9057 / 0.00261 after). Of what is
    # still missed, much cannot be told from text: a chunk written right beside the text's own copy (贵州贵州省, either
    # copy cut reads the same but the measure counts a miss and a loss), a cut X总 before the text's 工会 (，区总工会送来的:
    # real pages write ，县总工会将… as their subject), whole title words put once in order on a page (凝聚|职工|力量).
    # With quoted_heads (a span heading a quoted name, no loose copy, on a page whose salter cuts into no word), item_heads
    # and counted_doubles: 0.9416 / 0.00189, 0.9266 / 0.00147 (seed 7: 0.9061 / 0.00261 before, 0.9061 / 0.00253 after).
    # With conjunct_openings (a title word before a clause going on with 并): seed 1 0.9282 to 0.9285, nothing more lost.
    # With odd_repeats (an odd pick, sparse or cut at both ends, standing free in two paragraphs): 0.9416 / 0.00189 to
    # 0.9419 / 0.00189, 0.9300 / 0.00145 to 0.9333 / 0.00145 (seed 7: 0.9075 / 0.00258 to 0.9131 / 0.00258).
    # With closing_tiling (clause-closing pieces stepping through the title), variants.folded (title characters in
    # the other script) and guards on restated title words: 0.9422 / 0.00186, 0.9336 / 0.00145 (seed 7: 0.9141 /
    # 0.00255).
    # With a title piece opening on the 会 of 工会 no short form (会系统扎实, whole_words and cut_evidence), chunks tiling
    # a title stretch after its head placed as a salter's (tiles_placed), paragraphs opening clauses with title words
    # in order read once the page is open, and a repeated pick ending on a union name kept whole (兰|市总工会,
    # keep_unions): 0.9422 / 0.00186, 0.9371 / 0.00145 (seed 7: 0.9209 / 0.00255). With light salting (cut_words), a
    # list's laps (carried_laps) and pieces cut at both ends (cut_within): seed 1 0.9384 / 0.00145, the rest unchanged.
    # Still short of the goal: whole title
    # words inside clauses, pages salted in one paragraph with whole words only, and candidates read at their earliest
    # title copy only (工作议 of 年工会|工作会议 read from the first 工: keeping the tightest reading took 0.9457 / 0.9384 /
    # 0.9258, but lost more, 0.00210 on seed 0, and changed 22 real records, most for the worse).
    assert recall >= {0: 0.9415, 1: 0.9365}[seed]
    assert loss <= {0: 0.0020, 1: 0.0016}[seed]


def test_generated_unsalted_twins_lose_nothing():
    for page in salt_gen.generate(150, seed=2):
        assert salt_spans(page.title, page.clean) == [[] for _ in page.clean], page.title


def test_generator_is_varied():
    pages = salt_gen.generate(300, seed=0)
    chunks = [page.salted[pi][a:b] for page in pages for pi, sp in enumerate(page.spans) for a, b in sp]
    assert {len(c) for c in chunks} >= {1, 2, 3, 4, 5}
    assert {sum(1 for sp in page.spans if sp) for page in pages} >= {1, 2, 3}
    assert any("會" in page.title for page in pages)  # traditional script
    assert any(regex.search(r"[A-Za-z]", page.title) for page in pages)
    assert any(regex.search(r"[0-9]", page.title) for page in pages)
    assert any("“" in page.title for page in pages)


def test_cut_fragments_gate_the_word_model():
    title = prepare_title(SEED_TITLE)
    tb = title_boundaries(title)
    assert all(cut_fragment(p, title, tb) for p in SEED_SALTED)
    # whole title words and verbatim restatements of the title do not open the gate
    assert not any(cut_fragment(p, title, tb) for p in SEED_GOLD + SEED_CLEAN)
    assert not cut_fragment("盘龙区总工会“红船领航·建党百年工会行”系列活动将持续到十二月。", title, tb)
    # a title piece running on into a word of the sentence (帷|幕 is cut, 拉开帷幕 is not)
    assert not cut_fragment("活动正式拉开帷幕。", title, tb)
    assert cut_fragment("活动正式开始。拉开帷", title, tb)


def test_gate_passes_most_unsalted_generated_pages():
    pages = salt_gen.generate(150, seed=3)
    opened = 0
    for page in pages:
        t = prepare_title(page.title)
        tb = title_boundaries(t)
        opened += any(cut_fragment(p, t, tb) for p in page.clean)
    # measured 0.20-0.25 of pages (the corpus is written to be full of title words); the old
    # structural test opened 0.92
    assert opened / len(pages) <= 0.27


@pytest.mark.parametrize("seed", [0, 4])
def test_idempotent_on_cleaned_paragraphs(seed):
    for page in salt_gen.generate(150, seed=seed):
        spans = salt_spans(page.title, page.salted)
        cleaned = [apply(p, s) for p, s in zip(page.salted, spans)]
        assert salt_spans(page.title, cleaned) == [[] for _ in cleaned], page.title


def test_chunk_list_follows_the_page_order():
    # seed 000's salter put 拉开 (from the title's end) right after 龙区, in both paragraphs
    t = prepare_title(SEED_TITLE)
    found = {0: [(0, 2, "昆明"), (9, 11, "市盘"), (20, 24, "龙区拉开"), (30, 32, "总工")],
             1: [(3, 5, "昆明"), (12, 14, "市盘"), (22, 26, "龙区拉开"), (40, 42, "总工")]}
    assert [c.text for c in chunk_list(found, t)] == ["昆明", "市盘", "龙区", "拉开", "总工"]


def test_chunk_list_cuts_a_fragment_overlapping_a_repeated_chunk():
    title = "江北区总工会“职工之家”APP上线 300余项服务一键可办"
    t = prepare_title(title)
    # 之家上线 is seen in two paragraphs, so 江北区总上线 (a chunk grown into the sentence's own 上线) is cut
    found = {0: [(0, 6, "江北区总上线"), (10, 12, "职工")], 1: [(4, 6, "职工"), (20, 24, "之家上线")],
             2: [(7, 11, "之家上线")]}
    assert [c.text for c in chunk_list(found, t)] == ["江北区总", "职工", "之家上线"]


def test_level_union_name_stays_whole():
    title = "平顶山市总工会为一线户外劳动者送清凉"
    par = "受持续高温天气影响,平顶市总工会组织工作人员走访一线。"
    a = par.index("平顶")
    assert keep_unions([[(a, a + 6)]], [par], prepare_title(title).han) == [[(a, a + 2)]]
    # a chunk that is a verbatim piece of the title holding the name is salt as a whole
    par2 = "活动中,市总工会为劳动者送去清凉。"
    b = par2.index("市总工会为")
    assert keep_unions([[(b, b + 5)]], [par2], prepare_title(title).han) == [[(b, b + 5)]]


def test_word_cost_memo_is_capped(monkeypatch):
    from unionkit.clean import salting

    monkeypatch.setattr(salting.words, "MAX_COSTS", 100)
    salting.words._COSTS.clear()
    for k in range(20):
        salting.words.Segmenter("职工群众坚定不移听党话跟党走奋勇争先勇担使命" * (k % 3 + 1) + str(k))
    assert len(salting.words._COSTS) <= 100 + 60 * salting.base.MAX_WORD


def test_same_output_under_any_hash_seed():
    # set iteration order follows PYTHONHASHSEED: it once decided ties in the chunk list's order
    # (this page came out two ways depending on the process)
    import os
    import subprocess

    code = ("import sys; sys.path.insert(0, 'tests'); import salt_gen; from unionkit.clean.salting import salt_spans; "
            "p = salt_gen.generate(22, seed=1)[21]; print(salt_spans(p.title, p.salted))")
    root = pathlib.Path(__file__).parent.parent
    outs = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": s}).stdout for s in ("0", "2")}
    assert len(outs) == 1 and outs != {""}


def _reference_candidates(par, t):
    """The plain walk candidates() replaced (kept here to check the faster one against)."""
    where, out, n = t.where, [], len(par)
    for i in range(n - 1):
        starts = where.get(par[i])
        if not starts or par[i + 1] not in where:
            continue
        seen = set()
        for t0 in starts:
            tk, j = t0, i + 1
            while j < n and j - i < 6:
                nxt = next((q for q in where.get(par[j], ()) if tk < q <= tk + 7), None)
                if nxt is None:
                    break
                tk, j = nxt, j + 1
                if (j, tk) not in seen:
                    seen.add((j, tk))
                    out.append((i, j, t0, tk))
    return out


def test_candidates_match_the_plain_walk():
    from unionkit.clean.salting.title import candidates

    for page in salt_gen.generate(40, seed=7):
        t = prepare_title(page.title)
        for par in page.salted + page.clean:
            got = [(c.start, c.end, c.t0, c.t1) for c in candidates(par, t)]
            assert got == _reference_candidates(par, t), (page.title, par)


def test_gate_memos_do_not_leak_between_titles():
    # the gate memoises per title what each run of title characters holds: reading pages in another
    # order, or with every memo cleared first, must not change any paragraph's answer
    from unionkit.clean import salting

    pages = salt_gen.generate(40, seed=8)

    def answers(order):
        out = {}
        for k in order:
            page = pages[k]
            t = prepare_title(page.title)
            tb = title_boundaries(t)
            for pi, par in enumerate(page.salted + page.clean):
                out[k, pi] = (cut_fragment(par, t, tb), cut_fragment(par, t, tb, wide=True))
        return out

    first = answers(range(len(pages)))
    for f in (salting.gate._shapes, salting.runs._whole_piece, salting.runs._across, salting.boundaries._title_bounds,
              salting.title._title_chars):
        f.cache_clear()
    assert answers(reversed(range(len(pages)))) == first
    assert sum(a for a, _ in first.values()) > 10  # the gate does open on salted paragraphs


def test_run_shape_memo_is_capped(monkeypatch):
    from unionkit.clean import salting

    monkeypatch.setattr(salting.gate, "MAX_SHAPES", 5)
    t = prepare_title(SEED_TITLE)
    tb = title_boundaries(t)
    for par in SEED_SALTED + SEED_CLEAN + SEED_GOLD:
        cut_fragment(par, t, tb)
    assert len(salting.gate._shapes(t.han, tb)) <= 5


def test_one_character_dangling_after_the_last_full_stop_is_salt():
    # the salter's last chunk is often one character, left after the paragraph's final full stop
    paras = [SEED_SALTED[0], SEED_SALTED[1] + "幕"] + SEED_CLEAN
    spans = salt_spans(SEED_TITLE, paras)
    assert [apply(p, s) for p, s in zip(paras, spans)] == SEED_GOLD + SEED_CLEAN
    # on a page with no salt found, a lone title character after the full stop is left alone
    assert salt_spans(SEED_TITLE, [SEED_GOLD[1] + "幕"]) == [[]]


def test_title_character_left_touching_a_removed_chunk():
    from unionkit.clean.salting.leftovers import touching

    t = prepare_title("黄山市总工会：首批300名一线职工开启“劳模疗休养”之旅")
    par = "安排了健康体检、红色教育等内容，批名一费用由市总工会和职工所在单位共同承担。"
    a = par.index("批名")
    assert touching(par, {a, a + 1}, t) == [a + 2]  # 一 continues 批名 in the title and starts no word
    # a character that makes a word with the sentence on its other side stays (职|工 before 会开)
    t2 = prepare_title("南岗区总工会开展金秋助学活动")
    par2 = "南岗区总工会在区职工会开服务中心举办活动。"
    b = par2.index("会开")
    assert touching(par2, {b, b + 1}, t2) == []


# --------------------------------------------------------------------------- salt evidence (pages that only restate the title)

RESTATE_TITLE = "红花岗区总工会:让刺绣技艺在职工中传承"
# An unsalted paragraph that names the title's words in the title's order, and the spans a word model may take in it.
RESTATE_PAR = "红花岗区总工会副主席李文华介绍,区总工会将传统技艺传承纳入职工素质提升工程,今年计划开设刺绣、竹编等课程4期。"


def _spans_of(par, *texts):
    """The spans of the first occurrence of each text, searched left to right."""
    out, pos = [], 0
    for x in texts:
        a = par.index(x, pos)
        out.append((a, a + len(x)))
        pos = a + len(x)
    return out


def test_removals_need_salt_evidence():
    from unionkit.clean.salting.giveback import evidenced

    t = prepare_title(RESTATE_TITLE)
    restated = _spans_of(RESTATE_PAR, "区总工会", "技艺", "职工", "刺绣")
    assert evidenced([restated], [RESTATE_PAR], t) == [[]]  # whole title words in order: real text
    # the same paragraph with a title piece cut inside a title word (花岗区总 from 红花岗区|总工会)
    salted = "花岗区总" + RESTATE_PAR
    spans = [(0, 4)] + [(a + 4, b + 4) for a, b in restated]
    assert evidenced([spans], [salted], t) == [spans]
    # one chunk sequence repeated in two paragraphs is evidence for both (the salter reuses its chunk list)
    two = [RESTATE_PAR, "会上,区总工会通报了职工技能竞赛的结果。"]
    sp2 = [restated, _spans_of(two[1], "区总工会", "职工")]
    assert evidenced(sp2, two, t) == sp2


def test_cut_evidence_kinds():
    from unionkit.clean.salting.leftovers import cut_evidence

    t = prepare_title("石景山区总工会召开第四届职工代表大会")
    tb = title_boundaries(t)
    par = "日前,石景石景山区职工代表齐聚一堂。"
    assert cut_evidence(par, _spans_of(par, "石景"), t, tb)  # a word's head that is no short form
    par = "日前,石景山区职工代表齐聚一堂,石景山职工代表大会召开。"
    assert not cut_evidence(par, _spans_of(par, "石景山", "职工"), t, tb)  # the place's short form, whole words
    par = "大会审议了工作报告。会"
    assert cut_evidence(par, [(len(par) - 1, len(par))], t, tb)  # dangling after the last full stop
    # title characters with some skipped: loose characters are salt, two mid-clause characters that
    # read with the sentence are not (制|茶工 for a title holding 茶产业工会)
    t2 = prepare_title("兰州市总工会春送岗位促就业")
    par = "涉及物流、市春岗促就餐饮等行业。"
    assert cut_evidence(par, _spans_of(par, "市春岗促就"), t2, title_boundaries(t2))
    t3 = prepare_title("夷陵区成立茶产业工会联合会")
    par = "明确采茶工、制茶工等工种的最低工资标准。"
    a = par.index("茶工", par.index("制"))
    assert not cut_evidence(par, [(a, a + 2)], t3, title_boundaries(t3))


def test_title_head_tiled_into_chunks_is_evidence():
    from unionkit.clean.salting.giveback import tiles_head

    t = prepare_title("凝聚职工力量 助创文明城市")
    assert tiles_head(["凝聚", "职工", "力量助创"], t)
    assert not tiles_head(["凝聚", "力量"], t)  # two fragments are not enough
    assert not tiles_head(["职工", "力量", "文明"], t)  # not from the title's start, and 助创 skipped
    t2 = prepare_title(RESTATE_TITLE)
    assert not tiles_head(["区总工会", "刺绣", "技艺", "职工"], t2)


def test_marks_of_both_widths():
    from unionkit.clean.salting.base import CLAUSE_MARKS, SENTENCE_END
    from unionkit.clean.salting.title import left_is_mark

    assert set(",;:!?\uff0c\uff1b\uff1a\uff01\uff1f。、") <= CLAUSE_MARKS
    assert set("!?\uff01\uff1f。") <= SENTENCE_END
    assert left_is_mark("活动\uff0c职工", 3) and left_is_mark("活动,职工", 3)


def test_full_width_marks_read_like_ascii_ones():
    # width-normalised pages use , ; : ! ?, others their full-width forms: the same salt is found in both
    fw = str.maketrans(",;:!?", "\uff0c\uff1b\uff1a\uff01\uff1f")
    for page in salt_gen.generate(40, seed=12):
        want = salt_spans(page.title, page.salted)
        assert salt_spans(page.title.translate(fw), [p.translate(fw) for p in page.salted]) == want, page.title


def test_place_name_inside_a_longer_proper_name_stays():
    from unionkit.clean.salting.giveback import place_names

    t = prepare_title("鼓楼区职工诗歌朗诵会唱响劳动赞歌")
    par = "由徐州市鼓楼区总工会主办,鼓楼区职工代表参加。"
    a = par.index("鼓楼区")
    after_city, before_union = (a, a + 3), (0, 3)  # 徐州市|鼓楼区, and a paragraph opening 鼓楼区|总工会
    par2 = "鼓楼区总工会主办。"
    assert place_names([[after_city], [before_union]], [par, par2], t) == [[], []]
    # a copy of the place put between two words elsewhere is left to the decoder
    par3 = "来自鼓楼区全区机关的职工参加。"
    assert place_names([[(2, 5)]], [par3], t) == [[(2, 5)]]


def test_a_plural_suffix_binds_the_word_before_it():
    from unionkit.clean.salting.features import local_table

    title = "鼓楼区职工诗歌朗诵会唱响劳动赞歌"
    _, rows = local_table(title, ["会上,职工们用饱含深情的朗诵讴歌劳动者。"])
    assert not any(c.text == "职工" for c, _ in rows)  # 职工|们: the sentence's own word
    _, rows = local_table(title, ["会上,职工用饱含深情的朗诵讴歌劳动者。"])
    assert any(c.text == "职工" for c, _ in rows)


def test_level_union_name_keeps_its_place_before_it():
    # a title piece that is the place before the level (鼓楼区 of 鼓楼区总工会) is not cut out of the name
    par = "鼓楼区总工会持续开展职工文化活动。"
    assert keep_unions([[(0, 3)]], [par], "鼓楼区职工诗歌朗诵会") == [[]]
    # a chunk holding the whole name stays (区总工会 from a title that holds it)
    assert keep_unions([[(2, 6)]], ["盘龙区总工会启动活动。"], "盘龙区总工会启动活动") == [[(2, 6)]]


def test_whole_word_salt_repeated_after_clause_marks_opens_the_sequence_gate():
    from unionkit.clean.salting.gate import seq_gate

    t = prepare_title("贵州铜仁市总工会:奋力开创工会工作新局面")
    salted = ["今年以来,贵州全市各级工会围绕中心工作,铜仁团结动员广大职工,市总工会建功新时代,奋力推动高质量发展。",
              "会议强调,贵州要坚持以职工为中心,铜仁持续抓好服务工作,市总工会不断深化产业工人队伍建设改革。"]
    assert seq_gate(salted, t) == {0, 1}
    # one paragraph opening clauses with the title's words (a retelling of the title) is not enough
    t2 = prepare_title("工会帮我们追回了被拖欠的工资")
    retold = ["后来有人建议去找区总工会,工会的法律援助律师听了情况后,帮我们整理证据、申请劳动仲裁,前后不到两个月,工资全部追回来了。",
              "在这里说一声谢谢,也提醒工友们,遇到欠薪别慌,记得找工会。"]
    assert seq_gate(retold, t2) == set()
    assert salt_spans(t2.text, retold) == [[], []]


def test_segmenter_memo_is_shared_and_capped(monkeypatch):
    from unionkit.clean import salting

    monkeypatch.setattr(salting.chain, "MAX_SEGS", 3)
    paras = SEED_SALTED + SEED_CLEAN
    want = salt_spans(SEED_TITLE, paras)
    assert salt_spans(SEED_TITLE, paras) == want  # the second call reads Segmenters of the first
    salting.chain.Memo()
    assert len(salting.chain._SEGS) == 0  # over the cap: a new call starts afresh


def test_a_union_name_is_not_cut_after_its_head():
    # salt 区总工 put inside 选|手 and the sentence's own 区总工会: taking the head of the name leaves 会将把
    par = "她说，区总工会将把技能竞赛作为重要抓手。"
    a = par.index("区总工")
    assert keep_unions([[(a, a + 3)]], [par], "麦积区总工会举办第三届职工焊工技能大赛") == [[]]
    # nor its tail (总工会 of 县总工会还组织), which leaves the level word alone
    par = "培训结束后，县总工会还组织开展了缝纫工技能比武。"
    a = par.index("总工会")
    assert keep_unions([[(a, a + 3)]], [par], "于都县总工会送技能进园区") == [[]]


def test_title_runs_splitting_words_are_salt_when_the_page_shows_several():
    from unionkit.clean.salting.splits import split_spans
    t = prepare_title("晋江市总工会“心灵驿站”为职工送去心理关爱")
    pars = ["为一线职工提供心理测送去评、心理咨晋江市询和情绪疏导等服工会心务。",
            "她每周两次到驿站值班,为职工介职工绍心理知识。"]
    got = split_spans(pars, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, got)] == [["送去", "晋江市", "工会心"], ["职工"]]
    # one such run alone is chance (名|职工|将 reads 名将): nothing is taken
    assert split_spans(["共有500余名职工将从明天起参加培训。"], t) == [[]]


def test_title_run_between_two_whole_words_splits_no_word():
    """A title run whose neighbours each end a word of their own side (回应|一线职工|诉求) splits nothing, although
    the two neighbours read a word across it (应诉); a run between a word's halves (心理测|送去|评) still counts."""
    from unionkit.clean.salting.splits import _split_runs
    t = prepare_title("哈尔滨市总工会“冰城暖心驿站”守护冰雪一线职工")
    par = "各级工会要畅通服务渠道，及时回应一线职工诉求。"
    assert _split_runs(par, t) == []
    t = prepare_title("晋江市总工会“心灵驿站”为职工送去心理关爱")
    par = "为一线职工提供心理测送去评、心理咨晋江市询和情绪疏导等服务。"
    assert [par[a:b] for a, b in _split_runs(par, t)] == ["送去", "晋江市"]



def test_whole_title_words_the_cut_sentence_reads_between_two_words_split_no_word():
    """Whole title words between a word and a character (推动|职工读书|向基层) split no word although the two
    characters around them make one (动向): the sentence without them reads 推动|向. Whole words whose removal rejoins
    a word (打|读书|造 reads 打造) still count."""
    from unionkit.clean.salting.splits import _split_runs
    t = prepare_title("河西区总工会组织职工读书分享会")
    assert _split_runs("各单位要继续推动职工读书向基层延伸。", t) == []
    par = "全区职工努力打读书造学习型班组。"
    assert [par[a:b] for a, b in _split_runs(par, t)] == ["读书"]


def test_gapped_span_before_a_number_keeps_its_rest():
    """A span reading the title with a gap after a verbatim head (区总|开展 of 区总工会集中开展) keeps its rest when
    the rest runs on into no word of the text (a count follows): the salter's sparse chunk; before Han text the rest
    may be the sentence's own title word and is cut off as before."""
    from unionkit.clean.salting.recut import _verbatim_head
    t = prepare_title("江南区总工会集中开展快递骑手入会活动")
    par = "4月2日，区总开展120余名快递骑手现场填表入会。"
    a = par.index("区总")
    assert _verbatim_head(par, a, a + 4, t) == a + 4
    par = "4月2日，区总开展现场填表入会。"
    a = par.index("区总")
    assert _verbatim_head(par, a, a + 4, t) == a + 2

WORD_SALAD_TITLE = "青山区总工会为环卫工人送上冬季“暖心包”"
WORD_SALAD_PAGE = ["今年冬季,冬季青山区环卫工人青山区总工会共准备“暖心包”2000份,分批送到各环卫站点。",
                   "活动现场,工作人员还为大家讲暖心包总工会解了防寒保暖知识,开通123青山区45服务热线。",
                   "截至目前,全区已有3000余名劳暖心包送上环卫工人动者加入工会组织。"]


def test_whole_title_words_glued_in_no_title_order_or_splitting_words_are_salt():
    """A salter gluing whole title words in no title order anywhere (,冬季青山区环卫工人|青山区总工会…), inside a word
    (讲|暖心包总工会|解, 劳|暖心包送上环卫工人|动) or a number (123|青山区|45): the text's own title words at the run's end
    stay, and the page reads clean."""
    from unionkit.clean.salting.salad import word_salad
    t = prepare_title(WORD_SALAD_TITLE)
    want = [["冬季青山区环卫工人"], ["暖心包总工会", "青山区"], ["暖心包送上环卫工人"]]
    got = word_salad(WORD_SALAD_PAGE, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(WORD_SALAD_PAGE, got)] == want
    got = salt_spans(WORD_SALAD_TITLE, WORD_SALAD_PAGE)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(WORD_SALAD_PAGE, got)] == want


def test_word_salad_needs_the_page_and_leaves_restated_title_words():
    """One such run alone is no evidence (a page must show several, in two paragraphs); real text restating the
    title's words in its order, or reordered into a phrase of two (冬季环卫工人), keeps them."""
    from unionkit.clean.salting.salad import word_salad
    t = prepare_title(WORD_SALAD_TITLE)
    assert word_salad(WORD_SALAD_PAGE[:1], t) == [[]]
    clean = ["青山区总工会为环卫工人送上冬季“暖心包”,环卫工人纷纷点赞。",
             "冬季环卫工人起早贪黑,青山区总工会将持续关注他们的权益。", "今年冬季,青山区总工会共准备“暖心包”2000份。"]
    assert not any(word_salad(clean, t)) and not any(salt_spans(WORD_SALAD_TITLE, clean))


def test_word_salad_takes_the_run_that_leaves_the_texts_own_title_stretch():
    """Of the candidates in one run of title characters, the one whose removal rejoins the text's own title stretch
    (新就业|出台|形态劳动者) is the salt, not a longer run out of title order (新就业出台); a salter's glued words
    without the title's quote marks are no title stretch of the text (推动|送上冬季暖心包 under 送上冬季“暖心包”)."""
    from unionkit.clean.salting.salad import _salad_runs
    t = prepare_title("临江县总工会出台措施关爱新就业形态劳动者")
    p = "进一步加强新就业出台形态劳动者服务保障。"
    assert [p[a:b] for a, b, _ in _salad_runs(p, t.han, t.text)] == ["出台"]
    t = prepare_title(WORD_SALAD_TITLE)
    p = "推动送上冬季青山区暖心包企业落实防寒措施。"
    assert [p[a:b] for a, b, _ in _salad_runs(p, t.han, t.text)] == ["送上冬季青山区暖心包"]


def test_a_lone_title_character_splitting_words_twice_is_salt_where_it_is_loose():
    """A lone title character the salter put inside two dictionary words (参|馆|观, 培|馆|训) is salt there and where
    it makes no word with either neighbour (中心|馆|张明); the page's own use of it inside a word (博物馆) stays."""
    from unionkit.clean.salting.splits import lone_splits
    t = prepare_title("清河区总工会“书香职工”走进图书馆")
    pars = ["上午，百余名职工来到市博物馆参馆观，随后参加了阅读培馆训。",
            "活动由区职工服务中心馆张明主持，他介绍了今年的读书计划。"]
    got = lone_splits([[], []], pars, t)
    assert [[p[a - 1:b + 1] for a, b in sp] for p, sp in zip(pars, got)] == [["参馆观", "培馆训"], ["心馆张"]]
    # one split alone is chance: nothing is taken
    assert lone_splits([[], []], [pars[0][:pars[0].index("，")], pars[1]], t) == [[], []]


def test_a_lone_title_character_the_text_pairs_alike_or_uses_as_a_word_is_kept():
    """The character's pair with a neighbour repeated at its copies is the text's own word the dictionary lacks
    (拖欠|馆款 … 追回|馆款: 欠款, 回款 are no evidence); a character often a word on its own (了) sits between words as
    the sentence's."""
    from unionkit.clean.salting.splits import lone_splits
    t = prepare_title("清河区总工会“书香职工”走进图书馆")
    pars = ["有的单位拖欠馆款，工会出面协调。", "最终帮助会员追回馆款三万元。"]
    assert lone_splits([[], []], pars, t) == [[], []]
    t = prepare_title("春节我们过了个暖心年")
    pars = ["他说这回总算圆了梦，还把心得一条条记了下来。", "同事们都为他高兴了好几天。"]
    assert lone_splits([[], []], pars, t) == [[], []]


def test_a_counted_noun_written_twice_in_a_row_keeps_its_chunk():
    """A title word after a count's measure word is the noun the sentence counts (15名|职工|代表), given back; written
    twice in a row (15名|职工|职工代表) one copy is the salter's chunk, which stays salt."""
    from unionkit.clean.salting.copies import own_words
    t = prepare_title("清河区总工会为职工送清凉")
    par = "上周，工会组织15名职工代表前往园区参观。"
    a = par.index("职工")
    assert own_words([[(a, a + 2)]], [par], t) == [[]]
    par = "上周，工会组织15名职工职工代表前往园区参观。"
    a = par.index("职工")
    assert own_words([[(a, a + 2)]], [par], t) == [[(a, a + 2)]]


def test_two_spans_around_a_de_stay_salt_when_one_is_cut_inside_a_word():
    """Two spans only a 的 parts are a modifier and its head (女职工|的|健康), given back, also when the modifier carries
    a chunk glued before it (会举|女职工); when the head is a piece cut inside a word (走进|职 leaves a loose character)
    they are a salter's chunks and stay; a one-character span is no such sign."""
    from unionkit.clean.salting.unions import possessive_pairs
    par = "她为大家解答了女职工的健康咨询。"
    a, c = par.index("女职工"), par.index("健康")
    assert possessive_pairs([[(a, a + 3), (c, c + 2)]], [par]) == [[]]
    par = "她为大家解答了会举女职工的健康咨询。"
    a, c = par.index("会举"), par.index("健康")
    assert possessive_pairs([[(a, a + 5), (c, c + 2)]], [par]) == [[]]
    par = "他讲述了自己苦练本领园区的走进职成长经历。"
    a, c = par.index("园区"), par.index("走进职")
    assert possessive_pairs([[(a, a + 2), (c, c + 3)]], [par]) == [[(a, a + 2), (c, c + 3)]]
    par = "对因病致困的职工落实救助。"
    a, c = par.index("困"), par.index("职工")
    assert possessive_pairs([[(a, a + 1), (c, c + 2)]], [par]) == [[]]


def test_two_spans_a_conjunction_joins_are_the_sentences_nouns():
    """Two spans only a 和 (与, 及) parts are coordinated nouns (发挥|技师|和|工程师|团队), given back as the sentence's;
    apart by more than the conjunction they stay."""
    from unionkit.clean.salting.unions import possessive_pairs
    par = "要充分发挥技师和工程师团队的作用。"
    a, c = par.index("技师"), par.index("工程师")
    assert possessive_pairs([[(a, a + 2), (c, c + 3)]], [par]) == [[]]
    par = "要充分发挥技师作用和工程师团队的作用。"
    a, c = par.index("技师"), par.index("工程师")
    assert possessive_pairs([[(a, a + 2), (c, c + 3)]], [par]) == [[(a, a + 2), (c, c + 3)]]

def test_a_title_piece_spliced_inside_the_texts_title_words_is_salt():
    """A verbatim title piece inside a run of title characters that without it reads the title's words whole, cut inside
    one of them (清河区总工|图书|会), is salt; a run the title words fill whole, or a copy of the sides' own words beside
    them (清河|清河区|区总工会: a doubling), is not spliced."""
    from unionkit.clean.salting.splits import spliced_pieces
    t = prepare_title("清河区总工会“书香职工”走进图书馆")
    pars = ["5月8日，清河区总工图书会组织百余名职工读书。", "清河区总工会组织职工读书。", "清河清河区区总工会组织职工读书。"]
    got = spliced_pieces([[], [], []], pars, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, got)] == [["图书"], [], []]


def test_the_list_head_a_paragraph_lacks_is_the_longest_another_shows():
    """Ahead of a paragraph's first chunk, list_gaps looks for the list's head as far as any other paragraph shows it
    (one paragraph's reading may have missed the list's first chunks)."""
    from unionkit.clean.salting.marked import _list_between
    seqs = [["甲乙", "丙丁", "戊己"], ["庚辛", "壬癸", "甲乙", "丙丁"], ["丙丁", "子丑"]]
    assert _list_between(seqs, 2, None, "丙丁") == ["庚辛", "壬癸", "甲乙"]
    assert _list_between(seqs, 2, "丙丁", "子丑") == []


def test_a_quoted_name_reusing_title_words_opens_no_gate():
    # an unsalted page: the campaign's quoted name reuses the title's words (工匠 … 绝活)
    title = "个旧:锡都工匠的“绝活”传承"
    par = "6月1日,个旧市总工会在锡都劳模工匠学院举办“工匠绝活进课堂”活动,段家福现场演示了锡器錾刻技艺。"
    assert salt_spans(title, [par, "段家福一边示范一边告诉在场的青年职工。"]) == [[], []]


def test_split_spans_with_a_memo_answers_as_without_it():
    """The per-paragraph memo of split_spans (shared by the readings of one page) changes no answer,
    also when a later reading meets a paragraph text again or the page count changes."""
    from unionkit.clean.salting.words import _han_word
    from unionkit.clean.salting.splits import split_spans
    t = prepare_title("晋江市总工会“心灵驿站”为职工送去心理关爱")
    pars = ["为一线职工提供心理测送去评、心理咨晋江市询和情绪疏导等服工会心务。",
            "她每周两次到驿站值班,为职工介职工绍心理知识。"]
    memo: dict = {}
    assert split_spans(pars, t, memo) == split_spans(pars, t)
    assert split_spans(pars[:1], t, memo) == split_spans(pars[:1], t) == [[]]  # three runs: under SPLIT_MIN
    assert split_spans(pars + pars[:1], t, memo) == split_spans(pars + pars[:1], t)
    assert _han_word("介绍") and not _han_word("介a") and not _han_word("介绍"[0] + "。")


from unionkit.clean import salting  # noqa: E402


def test_title_word_boundaries_where_the_title_has_digits_or_quotes():
    """为30名劳模: 名 opens a word although 为名 join once the digits are dropped from the title's Han text."""
    t = salting.title.prepare_title("某县总工会为30名劳模送去“大礼包”")
    bounds = salting.boundaries.title_boundaries(t)
    assert t.han.index("名") in bounds and t.han.index("大") in bounds


def test_number_and_measure_word_from_the_title_is_no_salt():
    """An unsalted page that counts people the way its title does (95名劳模 under 为30名劳模) and names
    the union and the activity as the title does keeps every word."""
    title = "蕲春县总工会为30名劳模送去疗休养“大礼包”"
    pars = ["6月3日，蕲春县总工会组织的今年第二批劳模疗休养团从蕲春出发，前往恩施开展为期4天的疗休养活动，30名劳动模范参加。",
            "本批团员中有省劳动模范、乡村教师和环卫工人。",
            "蕲春县总工会副主席介绍，今年县总工会将组织劳模疗休养2批次，并为全县95名劳模开展免费健康体检。"]
    assert salting.salt_spans(title, pars) == [[], [], []]


def test_unsalted_page_using_the_titles_county_and_slogan_words():
    """A county's level character standing alone mid-clause (在县职工服务中心) and a quoted slogan whose halves a
    space sets apart (“书香润初心 阅读促成长”) are the text's own words, though the title holds them too."""
    title = "英山县“职工书屋+”让书香浸润车间班组"
    pars = ["4月23日是世界读书日，英山县总工会在县职工服务中心举办“书香润初心 阅读促成长”职工读书分享会，来自全县机关、企业的60余名职工参加。",
            "近年来，英山县总工会持续推进职工书屋建设，探索“职工书屋+”模式，把书屋建在车间、工地和职工宿舍。"]
    assert salting.salt_spans(title, pars) == [[], []]


def test_unsalted_page_restating_a_compound_title_words_tail():
    """A title word the dictionary barely prefers to its two words (职业技能 of 职业技能|竞赛) is restated by its tail
    (以劳动和技能竞赛为抓手): whole words, no cut piece opening the gate, so the page's own title words (a place before
    经济开发区, 一线职工 twice, the product opening a clause) stay."""
    title = "龙泉市举办2024年青瓷行业职工职业技能竞赛"
    pars = ["6月10日,由龙泉市总工会、龙泉市人力资源和社会保障局联合主办的2024年龙泉市青瓷行业职工职业技能竞赛在龙泉经济开发区"
            "举行。来自全市25家青瓷企业的98名一线职工同台竞技,比拼技艺。",
            "龙泉是“中国青瓷之乡”,青瓷产业是全市重要的特色产业,从业职工超过2万人。近年来,龙泉市总工会以劳动和技能竞赛为抓手,"
            "连续五年举办青瓷行业技能竞赛,推动一批一线职工获得职业技能等级证书。"]
    assert salt_spans(title, pars) == [[], []]
    t = prepare_title(title)
    tb = title_boundaries(t)
    assert not cut_fragment("近年来,市总工会以劳动和技能竞赛为抓手,连续五年举办比赛。", t, tb)
    # a piece ending inside that word is still a cut (年工会 of 年|工会工作 under a title read 工会工作|会议)
    t2 = prepare_title("东城区总工会召开2024年工会工作会议")
    assert cut_fragment("部署全年重点任务。年工会作议会议表彰了先进单位。", t2, title_boundaries(t2))


def test_a_title_piece_opening_on_the_last_character_of_gonghui_is_a_cut():
    """A piece opening on the last character of a title word plus whole title words is the short form of a name
    (区总工会 of 襄州区|总工会), but not when it opens on the 会 of 工会 (会系统扎实 of 工会|系统|扎实): a salter's chunk
    cut inside a word, which opens the gate and is cut evidence."""
    from unionkit.clean.salting.leftovers import cut_evidence

    t = prepare_title("襄阳市工会系统扎实推进职工之家建设")
    tb = title_boundaries(t)
    par = "今年以来，全市梳理了职工医疗互助、会系统扎实困难帮扶、子女托管等10项实事，逐项推动落实。"
    assert cut_fragment(par, t, tb)
    assert cut_evidence(par, _spans_of(par, "会系统扎实"), t, tb)
    t2 = prepare_title("襄阳市襄州区总工会扎实推进职工之家建设")
    assert not cut_fragment("今年以来，区总工会梳理了职工医疗互助、困难帮扶、子女托管等10项实事，逐项推动落实。", t2,
                            title_boundaries(t2))


def test_chunks_tiling_the_title_after_its_head_at_clause_openings_are_evidence():
    """evidenced keeps whole title words that tile a stretch of the title after its head (职工|智慧|共建 of 汇聚职工智慧
    共建…) when they sit as a salter's chunks, at clause openings; the same words run on into the sentences restating
    the title (全区职工积极…, 贡献智慧力量) are the text's."""
    from unionkit.clean.salting.giveback import evidenced

    t = prepare_title("汇聚职工智慧 共建美丽家园")
    par = "今年以来,职工全区各级工会围绕中心工作,智慧广泛发动群众参与,共建积极营造良好氛围。"
    spans = _spans_of(par, "职工", "智慧", "共建")
    assert evidenced([spans], [par], t) == [spans]
    par = "今年以来,全区职工积极献计献策,贡献智慧力量,共建共享美丽家园。"
    assert evidenced([_spans_of(par, "职工", "智慧", "共建")], [par], t) == [[]]


def test_whole_word_chunks_at_clause_openings_are_read_once_the_page_is_open():
    """A paragraph salted only with whole title words at clause openings (,职工… ,智慧… ,共建…) opens no gate of its
    own; once another paragraph opens the page, its title-ordered clause openings get it read, and its chunks (tiling
    the title after its head) are taken."""
    title = "汇聚职工智慧 共建美丽家园"
    pars = ["今年以来,职工全区各级工会围绕中心工作,智慧广泛发动群众参与,共建积极营造良好氛围。",
            "活动期间,区总工会组织志愿者深入社区,开展环境整治、慧共文明宣传等服务,受到居民欢迎。"]
    assert salt_spans(title, pars)[0] == _spans_of(pars[0], "职工", "智慧", "共建")


def test_a_repeated_pick_ending_on_a_union_name_stays_whole():
    """keep_unions keeps a pick of the title's characters that ends on a level union name (襄|市总工会 of 襄阳市总工会)
    whole when two paragraphs remove the same pick: the salter's repeated chunk. Alone it is cut back to what
    precedes the name, and so is a title place with the name's level (襄阳|市总工会 under 襄阳市樊城区总工会), a union
    the text names."""
    han = "襄阳市总工会夏送清凉进工地"
    pars = ["组织人员深入环卫、襄市总工会建筑等一线岗位。", "现场还设置了咨询台、襄市总工会法律援助等服务。"]
    spans = [[(9, 14)], [(10, 15)]]
    assert keep_unions(spans, pars, han) == spans
    assert keep_unions(spans[:1], pars[:1], han) == [[(9, 10)]]
    pars = ["活动当天,襄阳市总工会副主席出席。", "据了解,襄阳市总工会今年将在全市推广。"]
    assert keep_unions([[(5, 11)], [(4, 10)]], pars, "襄阳市樊城区总工会夏送清凉进工地") == [[(5, 7)], [(4, 6)]]


def test_restated_title_words_inside_a_clause_stay():
    """clause_bound: a removal right before a clause mark, or a paragraph's last removal that is a whole
    title word between two Han characters, seen in no other paragraph and skipping title characters after
    the span before it, is the sentence's own word; a tight continuation of the chunk before it is salt."""
    from unionkit.clean.salting.giveback import clause_bound

    t = prepare_title("兰州市总工会春送岗位促就业")
    par = "春节过后,兰州市总工会联合市人社局举办招聘会,春送吸引求职者入场应聘,现场初步达成就业意向1300余人。"
    spans = _spans_of(par, "春送", "就业")
    assert clause_bound([spans], [par], t) == [spans[:1]]  # 送岗|位促 skipped: 就业 is the sentence's
    par2 = "春节过后,兰州市总工会联合市人社局举办招聘会,春送吸引求职者入场应聘,现场初步岗位达成就业意向。"
    spans2 = _spans_of(par2, "春送", "岗位")
    assert clause_bound([spans2], [par2], t) == [spans2]  # 春送|岗位: the title's next word, a chunk
    # the same word removed in another paragraph too: the salter's chunk list
    assert clause_bound([spans, [(0, 2)]], [par, "就业指导进社区。"], t) == [spans, [(0, 2)]]
    par3 = "兰州市总工会举办招聘会,现场春送,达成意向1300余人。"
    assert clause_bound([_spans_of(par3, "春送")], [par3], t) == [[]]  # right before a comma
    # a piece across the place where the title puts digits is a cut, not a restatement (了|68|名)
    t2 = prepare_title("北流市总工会“金秋助学”圆了68名困难职工子女大学梦")
    par4 = "受助学生中,考入本科院校的52人,专科院校的了名16人。"
    sp4 = _spans_of(par4, "了名")
    assert clause_bound([sp4], [par4], t2) == [sp4]


def test_dangling_chunk_also_put_at_its_place_in_the_list():
    """dangling_twins: the dangling chunk's earlier copy right after a comma or 、, going on from the paragraph's
    previous removal in the title, is salt too; a copy opening a sentence, one that does not go on from the
    chunk before it, or one running on into a word of the sentence stays."""
    from unionkit.clean.salting.giveback import dangling_twins

    t = prepare_title("安平县总工会“夏送清凉”慰问一线环卫工人")
    par = "7月3日,安平县总工会走访城区,慰问为坚守岗位的职工送去绿豆汤、一线毛巾、环卫工人降温用品等物资。环卫工人"
    spans = _spans_of(par, "慰问", "一线") + [(len(par) - 4, len(par))]
    twin = par.index("环卫工人降温")
    assert dangling_twins([spans], [par], t) == [sorted(spans + [(twin, twin + 4)])]
    # after a full stop the copy is a sentence's subject
    par2 = par.replace("毛巾、环卫工人降温用品等物资。", "毛巾等物资。环卫工人降温用品也已送达。")
    sp2 = _spans_of(par2, "慰问", "一线") + [(len(par2) - 4, len(par2))]
    assert dangling_twins([sp2], [par2], t) == [sp2]
    # the dangling chunk does not go on from the chunk before it (清凉 .. 环卫: 慰问一线 skipped)
    par3 = par.replace("慰问为", "清凉为")
    sp3 = _spans_of(par3, "清凉", "一线")[:1] + [(len(par3) - 4, len(par3))]
    assert dangling_twins([sp3], [par3], t) == [sp3]
    # the copy runs on into a word of the sentence (环卫工人们: a plural suffix binds it; 工人|防空: 人防)
    for x in ("环卫工人们的降温用品", "环卫工人防暑用品"):
        par4 = par.replace("环卫工人降温用品", x)
        sp4 = _spans_of(par4, "慰问", "一线") + [(len(par4) - 4, len(par4))]
        assert dangling_twins([sp4], [par4], t) == [sp4]
    # no dangling removal: nothing to look for
    assert dangling_twins([spans[:2]], [par], t) == [spans[:2]]


def test_the_place_name_opening_a_union_name_is_not_the_chunks_copy():
    """_take: where a stretch holds the title's place name twice, the one opening the sentence's own union
    name (安平县总工会主席…) is not the salted copy, though it scores better at the paragraph's start
    (,安平县|县总工会将…: the copy doubles the level character); with no union name after it, the best copy."""
    from unionkit.clean.salting.title import Cand
    from unionkit.clean.salting.joint import _take

    par = "安平县总工会主席表示,安平县县总工会将持续开展送清凉活动。"
    a, b = par.index("安平县", 3), par.index("安平县", 3) + 3
    local = {(0, 0, 3): Cand(0, 0, 3, 0, 2, "安平县", prob=-1.0), (0, a, b): Cand(0, a, b, 0, 2, "安平县", prob=-2.0)}
    assert _take(par, "安平县", 0, len(par), 0, local, -8.0) == (a, b)
    par2 = "安平县职工代表表示,安平县县总工会将持续开展送清凉活动。"
    assert _take(par2, "安平县", 0, len(par2), 0, local, -8.0) == (0, 3)


def test_a_chunk_inside_a_quoted_name_the_title_quotes_is_not_taken():
    """_take: an occurrence of a listed chunk inside a quoted campaign name that the title quotes too, marks and all
    (今年的“金秋助学”活动 under a title holding “金秋助学”), is the page's own mention, never taken blind; the
    same chunk outside the quotes, or inside a quotation the title does not hold, still is."""
    from unionkit.clean.salting.joint import _take
    from unionkit.clean.salting.title import title_quoted_name

    title = "某县“金秋助学”走进山区 为百名学子送上助学金"
    par = "今年的“金秋助学”活动从七月持续到九月。"
    k = par.index("金秋")
    assert title_quoted_name(par, k, k + 2, title)
    assert _take(par, "金秋", 0, len(par), 0, {}, -8.0, blind=True, title=title) is None
    assert _take(par, "金秋", 0, len(par), 0, {}, -8.0, blind=True) == (k, k + 2)
    par2 = "今年的“金秋行动”活动从七月持续到九月，金秋助学。"
    assert not title_quoted_name(par2, par2.index("金秋"), par2.index("金秋") + 2, title)
    assert _take(par2, "金秋", 0, len(par2), 0, {}, -8.0, blind=True, title=title) == (4, 6)


def test_a_lone_character_opening_the_union_name_is_kept():
    """lone_char: the character whose removal reads best is not salt when it opens the sentence's naming of
    the title's union (于|都县总工会); other lone characters are still found."""
    from unionkit.clean.salting.joint import lone_char

    han = "于都县总工会送技能进园区"
    par = "于都县总工会党组书记表示,县总工会将把技能培训作为重要抓手。"
    assert lone_char(par, 0, 6, set("于都"), None, han) is None
    assert lone_char(par, 0, 6, set("于都"), None) == 0  # (without the title: the best gain, as before)
    par2 = "帮助职工总提技能、涨工资。"
    assert lone_char(par2, 0, len(par2), set("总"), None, han) == par2.index("总")


def test_a_tail_candidate_heading_a_listed_chunk_stays():
    """_chunk_head: after the paragraph's last chunk, a title word inside a clause that is the head of a longer
    chunk other paragraphs show (劳动 of 劳动者 in 高温天气劳动保护) is the sentence's own; after a clause mark,
    or when the longer chunk is seen once, it is not ruled out."""
    from unionkit.clean.salting.title import Cand
    from unionkit.clean.salting.chunks import Chunk
    from unionkit.clean.salting.joint import _chunk_head

    han = prepare_title("某市总工会慰问一线户外劳动者").han
    par = "推动企业落实高温天气劳动保护规定,劳动者权益得到保障。"
    k = par.index("劳动")
    c = Cand(0, k, k + 2, han.index("劳"), han.index("动"), "劳动")
    t1 = han.index("线")
    chunks = [Chunk("线户", han.index("线"), han.index("户"), 2), Chunk("劳动者", han.index("劳"), han.index("者"), 2)]
    assert _chunk_head(c, par, han, t1, chunks)
    k2 = par.index("劳动者")
    assert not _chunk_head(Cand(0, k2, k2 + 2, c.t0, c.t1, "劳动"), par, han, t1, chunks)
    assert not _chunk_head(c, par, han, t1, [chunks[0], Chunk("劳动者", c.t0, c.t0 + 2, 1)])


def test_a_title_piece_doubled_after_a_clause_mark_loses_its_first_copy():
    """doubled_spans: three or more title characters written twice in a row right after a clause mark are a
    chunk put before the sentence's own copy; two characters double by chance (免费健康|健康体检进), and a
    doubling mid-clause is not where the salter puts chunks."""
    from unionkit.clean.salting.seams import doubled_spans

    t = prepare_title("安平县总工会命名10个劳模创新工作室")
    par = "5月20日,安平县安平县总工会召开推进会,对工作室进行命名授牌。"
    assert doubled_spans([par], t) == [[(6, 9)]]
    assert salt_spans(t.text, [par]) == [[(6, 9)]]
    assert doubled_spans(["职工提供免费劳模劳模创新服务。", "他说安平县安平县很美。"], t) == [[], []]
    assert salt_spans(t.text, ["5月20日,安平县总工会召开推进会,对工作室进行命名授牌。"]) == [[]]
    # two characters count when the second copy runs on along the title: the sentence's own name after a chunk
    t2 = prepare_title("清原县总工会为环卫工人送温暖")
    assert doubled_spans(["12月2日,清原清原县总工会为全县环卫工人送上棉服。"], t2) == [[(6, 8)]]
    assert doubled_spans(["12月2日,清原清原的环卫工人收到棉服。"], t2) == [[]]


def test_a_span_running_into_the_next_chunks_head_is_cut_back_to_its_chunk():
    """chunk_overlaps: a span that is a chunk removed elsewhere plus the head of the paragraph's next span, itself
    a chunk seen elsewhere, gives the extra characters back to the sentence (,[工会为]民服务、[为职]…); when the
    next span is seen nowhere else, or the first one's head is no chunk seen elsewhere, nothing changes."""
    from unionkit.clean.salting.marks import chunk_overlaps

    t = prepare_title("某市总工会为职工办实事")
    par = "6月3日,工会为民服务站开放、为职困难职工得到帮助。"
    spans = _spans_of(par, "工会为", "为职")
    other = "活动当天,工会走访企业,为职工送去慰问品。"
    osp = _spans_of(other, "工会", "为职")
    assert chunk_overlaps([spans, osp], [par, other], t) == [[spans[0][:1] + (spans[0][1] - 1,), spans[1]], osp]
    assert chunk_overlaps([spans, osp[:1]], [par, other], t) == [spans, osp[:1]]  # 为职 seen nowhere else
    assert chunk_overlaps([spans, osp[1:]], [par, other], t) == [spans, osp[1:]]  # 工会 seen nowhere else


def test_chunks_tiling_the_title_from_a_later_chunk_at_clause_marks_are_salt():
    """seam_tiles: on a page that shows salt, a paragraph with none found whose clauses open with title pieces
    that cut a stretch of the title into consecutive chunks (,开展…,技能…,竞赛…) holds the chunk list from a
    later chunk; two such pieces, or three that skip title characters, are the sentence's."""
    from unionkit.clean.salting.marks import seam_tiles

    t = prepare_title("某市总工会开展职工技能竞赛")
    salted = "5月8日,某市总工会举办比赛。"
    par = "据介绍,开展此类比赛已有十年,职工参与热情高涨,技能水平不断提升,竞赛成绩逐年提高。"
    out = seam_tiles([[(6, 8)], []], [salted, par], t)
    assert [par[a:b] for a, b in out[1]] == ["开展", "职工", "技能", "竞赛"]
    skipped = par.replace(",职工参与", ",大家参与")  # 开展|技能|竞赛 skip 职工
    assert seam_tiles([[(6, 8)], []], [salted, skipped], t) == [[(6, 8)], []]
    assert seam_tiles([[], []], [salted, par], t) == [[], []]  # the page shows no salt (nothing to extend)


CARRIED_TITLE = "江北区总工会启动快递员暖心服务专项行动"
CARRIED_CLEAN = [
    "为进一步做好户外劳动者服务工作，近日，江北区总工会在万达广场启动暖心服务专项行动，为外卖骑手、快递员等群体送上清凉礼包。",
    "活动现场设置了政策宣传、法律咨询、健康义诊等服务区，志愿者通过发放宣传册、面对面讲解等方式，向劳动者介绍工会会员享有的普惠服务。",
    "据介绍，区总工会已在辖区建成户外劳动者服务站点42个，今年还将新建10个，实现主要商圈全覆盖。",
    "区总工会负责人表示，下一步将持续开展走访慰问活动，扩大服务覆盖面，让劳动者感受到工会组织的温暖。",
]
CARRIED_SALTED = [
    "为进一步做好户外劳动者服务工作，江北近日，江北区总工会在万达广场启动暖心服务专项行动，为外卖骑手、区总快递员等群体送上清凉礼包。",
    "活动现场设置了政策宣传、工会法律咨询、启动健康义诊等服务区，快递员志愿者通过发放宣传册、面对面讲解等方式，向劳动者介绍工会会员享有的普惠服务。",
    "据介绍，暖心区总工会已在辖区建成户外劳动者服务站点42个，服务今年还将新建10个，实现主要商圈全覆盖。",
    "区总工会负责人表示，专项下一步将持续开展走访慰问活动，扩大服务覆盖面，行动让劳动者感受到工会组织的温暖。",
]


def test_a_seam_tiling_ends_on_its_longest_piece_and_the_list_carries_on():
    """,工会… ,启动… ,快递员志愿者…: of two tilings of as many clause-opening pieces, the one tiling more of the title
    (快递员, not 快递 leaving 员 glued to the text); the chunk list then goes on from there through the next paragraphs
    (暖心, 服务, then 专项, 行动 in the last one), as continued_seams reads it."""
    from unionkit.clean.salting.marks import _seam_chain
    t = prepare_title(CARRIED_TITLE)
    par = CARRIED_SALTED[1]
    assert [par[a:b] for a, b in _seam_chain(par, t)] == ["工会", "启动", "快递员"]
    spans = salt_spans(CARRIED_TITLE, CARRIED_SALTED)
    assert [apply(p, sp) for p, sp in zip(CARRIED_SALTED, spans)] == CARRIED_CLEAN
    assert salt_spans(CARRIED_TITLE, CARRIED_CLEAN) == [[], [], [], []]


def test_title_words_inside_a_clause_after_a_gap_on_a_page_salted_at_marks_stay():
    """mark_style: where the page's salt all sits after clause marks, a whole title word inside a clause, two
    chunks or more on in the title from the paragraph's previous span, is the sentence's own; on a page that
    also salts inside clauses, or right after the chunk before it in the title, it stays salt."""
    from unionkit.clean.salting.marks import mark_style

    t = prepare_title("某县总工会开展牡蛎养殖行业技能竞赛")
    par = "4月17日,某县举办比赛,县总来自全市的选手参加,工会来自23家养殖企业的职工参加比赛。竞赛"
    spans = _spans_of(par, "县总", "工会", "养殖") + [(len(par) - 2, len(par))]
    marked = "比赛设置三个项目,某县选手参加,县总工会组织观摩,工会干部到场。"
    msp = _spans_of(marked, "某县", "县总") + [(marked.index(",工会") + 1, marked.index(",工会") + 3)]
    out = mark_style([spans, msp], [par, marked], t)
    assert [par[a:b] for a, b in out[0]] == ["县总", "工会", "竞赛"]
    assert mark_style([spans], [par], t) == [spans]  # 3 at marks for 1 inside: not enough to tell the style
    tight = par.replace("23家养殖", "23家开展")  # 工会|开展: the title's next chunk, a chain
    tsp = _spans_of(tight, "县总", "工会", "开展") + [(len(tight) - 2, len(tight))]
    assert mark_style([tsp, msp], [tight, marked], t) == [tsp, msp]


def test_a_span_inside_a_clause_moves_to_its_copy_opening_a_clause_on_a_page_salted_at_marks():
    """marked_twins: where the page's salt sits after clause marks, a span a chunk list took inside a clause (广大|矿工|在)
    is the sentence's own word when the paragraph holds one other copy of it opening a clause (,矿工县总工会…): the
    salter's. A copy running on into the title's next characters (,矿工送去…), bound to what follows by a particle
    (,矿工的…) or opening a quotation (,“矿工…) is the sentence's, and a page that also salts inside clauses keeps its
    spans."""
    from unionkit.clean.salting.marks import marked_twins

    t = prepare_title("某县总工会为一线矿工送去安康体检")
    par = "下一步,矿工县总工会还将联合市总工会,一线在全县推广服务模式,让广大矿工在家门口享受服务。安康"
    spans = [(par.index(",一线") + 1, par.index(",一线") + 3), (par.index("广大矿工") + 2, par.index("广大矿工") + 4),
             (len(par) - 2, len(par))]
    other = "11月6日,某县县总工会联合医院走进煤矿,县总为职工开展免费体检活动,工会首批职工接受了检查。体检"
    osp = [(other.index(",某县") + 1, other.index(",某县") + 3), (other.index(",县总") + 1, other.index(",县总") + 3),
           (other.index(",工会") + 1, other.index(",工会") + 3), (len(other) - 2, len(other))]
    out = marked_twins([spans, osp], [par, other], t)
    assert [par[a:b] for a, b in out[0]] == ["矿工", "一线", "安康"]
    assert out[0][0] == (par.index(",矿工") + 1, par.index(",矿工") + 3) and out[1] == osp
    for twin in (",矿工送去", ",矿工的", ",“矿工"):  # the title's next words, a particle, a quote: the sentence's own
        look = par.replace(",矿工县", twin)
        lsp = [(look.index(",一线") + 1, look.index(",一线") + 3), (look.index("广大矿工") + 2, look.index("广大矿工") + 4),
               (len(look) - 2, len(look))]
        assert marked_twins([lsp, osp], [look, other], t) == [lsp, osp]
    assert marked_twins([spans], [par], t) == [spans]  # 2 at marks for 1 inside: not enough to tell the style


def test_a_title_number_cut_by_salt_at_clause_seams_is_found():
    """digit_seams: a title holding a year, salted with a chunk list that cuts the year (启动|20|24|年度), shows
    as pieces of the title's Han characters and digits opening clauses in the title's order; the year written
    whole, or title pieces that leave the number whole, are the sentence's."""
    from unionkit.clean.salting.seams import digit_seams
    from unionkit.clean.salting import salt_spans

    title = "某县总工会启动2024年度“安康杯”竞赛活动"
    par = "主席在仪式上说,启动20今年的竞赛以安全为主题,24将围绕隐患排查开展,年度全年计划开展演练100场。"
    out = digit_seams([par], title)
    assert [par[a:b] for a, b in out[0]] == ["启动20", "24", "年度"]
    assert salt_spans(title, [par]) == out  # taken by the page reading too, and a fixed point
    cut = "".join(ch for k, ch in enumerate(par) if not any(a <= k < b for a, b in out[0]))
    assert salt_spans(title, [cut]) == [[]]
    whole = "主席说,2024年度竞赛以安全为主题,启动仪式上,年度计划开展演练100场。"  # the year written whole
    assert digit_seams([whole], title) == [[]]
    assert digit_seams([par], title.replace("2024", "")) == [[]]  # a title without a number: not this rule's


def test_a_number_cutting_chunk_list_spread_over_paragraphs_is_read_across_the_page():
    """digit_seams: a salter spreading one chunk list over the page (某县|总工会 in one paragraph, 启动20|24|年度 in
    the next, 安康 in a later one, the last chunk 动 dangling) is read as one chain in page order; the same title
    words opening clauses without a cut number somewhere on the page are the sentence's."""
    from unionkit.clean.salting.seams import digit_seams

    title = "某县总工会启动2024年度“安康杯”竞赛活动"
    pars = ["5月27日,某县举行仪式,总工会全县60余家企业参加。动",
            "主席说,启动20今年的竞赛以安全为主题,24将围绕隐患排查开展,年度全年计划开展演练。",
            "仪式上,总工会向企业发放手册。",
            "现场举行比赛,安康来自开发区的职工获得第一名。"]
    out = digit_seams(pars, title)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, out)] == [
        ["某县", "总工会", "动"], ["启动20", "24", "年度"], [], ["安康"]]
    # the year written whole after a clause mark, the title's words opening clauses: no cut number, no chain
    whole = ["5月27日,某县举行仪式,总工会全县60余家企业参加。", "主席说,启动仪式上,2024年度竞赛以安全为主题。",
             pars[2], pars[3]]
    assert digit_seams(whole, title) == [[], [], [], []]
    other = [pars[0], "会议指出,2023年各级工会取得新成效。", pars[2]]  # another year (2023), not a cut of 2024
    assert digit_seams(other, title) == [[], [], []]


def test_lone_title_character_at_a_clause_mark_in_chunk_order():
    """lone_marks: a one-character chunk after a clause mark between two found chunks in title order is salt;
    one that starts a word with the next character (、表达权) or has an equally good twin is the text's."""
    from unionkit.clean.salting.lones import lone_marks

    t = prepare_title("平顶山市总工会为一线户外劳动者送清凉")
    par = "连日来,平顶山市持续高温天气,平顶市总工会组织工作人员深入一线岗位,山为户外劳动者送去矿泉水,市叮嘱大家合理安排作息时间,为户劳动做好防暑降温工作。"
    spans = [(15, 17), (par.index("为户劳动"), par.index("为户劳动") + 4)]
    got = lone_marks([spans], [par], t)[0]
    assert (par.index("山为户"), par.index("山为户") + 1) in got
    par2 = "连日来,平顶高温天气,表达权利,为户劳动做好工作。"
    spans2 = [(4, 6), (par2.index("为户劳动"), par2.index("为户劳动") + 4)]
    assert lone_marks([spans2], [par2], t)[0] == spans2


def test_gate_opens_on_a_sparse_chunk_with_wide_skips_but_not_on_whole_title_words():
    """A run that is one chunk with title characters skipped wider than the greedy walk allows (武侯|会)
    opens the gate; whole title words side by side (为|从业者) and a place's level character (县|文印) do not."""
    t = prepare_title("武侯区总工会推进新就业形态劳动者入会工作")
    tb = title_boundaries(t)
    assert salting.gate.gate_level("工会聚焦快递员、武侯会外卖送餐员、网约车司机等群体。", t, tb) == salting.gate.NARROW
    t2 = prepare_title("新化县总工会为文印行业从业者送上“法律服务包”")
    tb2 = title_boundaries(t2)
    assert salting.gate.gate_level("针对这些问题,为从业者提供服务。", t2, tb2) != salting.gate.NARROW
    assert salting.gate.gate_level("联合县司法局、县文印行业协会举办活动。", t2, tb2) != salting.gate.NARROW


def test_a_word_of_a_near_best_reading_of_the_title_is_no_cut():
    """The title's best reading cuts 产业园|区, but 产业|园区 reads almost as well: the text's 园区 (and 服务 of
    服务站 beside it) is the text's own word, and a page restating the title's words loses nothing."""
    title = "弥勒市总工会：把“职工服务站”建到产业园区"
    t = prepare_title(title)
    tb = title_boundaries(t)
    assert not cut_fragment("现在园区里就有职工服务站，吃完晚饭过来打会儿乒乓球。", t, tb)
    assert not cut_fragment("设置了法律援助窗口，服务园区42家企业的6000余名职工。", t, tb)
    pars = [
        "今年以来，弥勒市总工会聚焦产业园区职工集中、服务需求多的实际，在高新技术产业园区建成2个职工服务站，服务园区42家企业。",
        "服务站实行“工会+园区+企业”共建共管模式，由园区工会联合会负责日常管理。",
        "州总工会负责人在调研时说，弥勒把服务阵地建到职工身边的做法很实在，各县市要结合园区布局，推动服务站延伸。",
    ]
    assert not any(salt_spans(title, pars))
    # the same kind of title from another place
    title2 = "开远市总工会：把“职工驿站”建到产业园区"
    pars2 = [p.replace("弥勒", "开远") for p in pars]
    assert not any(salt_spans(title2, pars2))


def test_the_pages_own_short_union_name_as_a_clause_subject_stays():
    """据了解，县总工会今年计划…: the level union name opening a clause, which the page uses as its own short name
    of the title's union elsewhere, is the sentence's subject, even beside salt chunks cut from the title."""
    title = "紫云自治县总工会为苗族刺绣女工开办技能培训班"
    pars = [
        "县总工会女职工委员会主任鲁莎莎说，紫云苗绣有着悠久的历史，女工们既能传承民族手工艺，又能在家门口实现就业增收。",
        "据了解，县总工会今年计划举办刺绣、蜡染等技能培训班4期，培训女职工200人次。为苗培训合格的族刺学员将被推荐到县内刺绣企业就业。",
    ]
    spans = salt_spans(title, pars)
    assert "县总工会今年计划" in apply(pars[1], spans[1])
    # the same name lost in another paragraph too is the salter's repeated chunk: no protection then
    from unionkit.clean.salting.giveback import own_unions
    t = prepare_title(title)
    a = pars[1].index("县总工会")
    rep = ["工作中，县总工会" + "推进各项任务。", pars[1]]
    out = [[(3, 7)], [(a, a + 4)]]
    assert own_unions(out, rep, t) == out
    alone = [pars[0], pars[1]]
    assert own_unions([[], [(a, a + 4)]], alone, t) == [[], []]


UNIT_TITLE = "王楼煤矿工会“亲情寄语”进区队 守牢安全生产底线"
UNIT_PARS = [
    "近日，王楼煤矿工会组织开展“亲情寄语进区队”活动，在各区队班前会上宣读职工家属寄语300余条，守牢安全防线。",
    "矿工会还邀请职工家属走进井口，与即将下井的职工面对面交流，叮嘱他们遵章作业、平安回家。",
    "王楼煤矿工会主席李建国说，下一步矿工会将把亲情帮教融入日常安全管理，持续巩固安全生产形势。",
]


def test_a_units_short_union_name_as_clause_subject_opens_no_gate():
    """矿工会还…, 矿工会将…: the mine's union named by its unit's one character (cut from the title's 煤矿|工会) as the
    sentence's subject is the text's own name, no cut chunk; it opened the gate, and the title's words restated in
    another paragraph (the union's full name, the quoted campaign) were then read as salt."""
    from unionkit.clean.salting.gate import gate_level
    t = prepare_title(UNIT_TITLE)
    tb = title_boundaries(t)
    assert [gate_level(p, t, tb) for p in UNIT_PARS] == [0, 0, 0]
    assert salt_spans(UNIT_TITLE, UNIT_PARS) == [[], [], []]
    # the same piece opening a clause on any verb is the sentence's subject too (矿工会组织…, 矿工会制定了…): cut out,
    # it would leave the clause without one
    assert gate_level("叮嘱他们遵章作业，矿工会组织职工家属走进井口。", t, tb) == 0
    # dangling after the full stop, with no clause after it, it is still a cut piece
    assert gate_level("叮嘱他们遵章作业，组织职工家属走进井口。矿工会", t, tb) >= 2


QUOTING_TITLE = "泸州市总工会:“职工学校”为港口码头装卸队“加油”"
QUOTING_PARS = [
    "6月12日,泸州泸州市总工会“泸州职工学校”2024年第一批市总港口码头装卸队技能班在东港区开班,工会来自全市18家港口及物流"
    "企业的职工学校120名一线职工走进课堂,为港学习安全生产和技能提升课程。口码头装卸队加油",
    "“泸州职工学校”由泸州市总工会联合市文旅局和港口企业共同建设,采取“工会选点、企业出资、港区管理”的方式,在码头、货场和"
    "宿舍区设立教学点。学校建成三年来,已累计培训职工2万余人次。",
    "在当天的开班仪式上,泸州泸州市总工会副主席王立群为首批“学校管理员”颁发聘书。港口码头装卸队代表刘海涛发言,职工学校他表示"
    "将把学习和岗位技能结合起来,为港口码头带动更多工友提升技能。装卸队加油",
    "据悉,今年泸州市总工会计划新建“泸州职工学校”示范点10个,并将学校向渔港和物流园区延伸。",
]


def test_a_paragraph_quoting_its_names_on_the_titles_words_keeps_them():
    """“泸州|职工学校”由…, 采取“工会|选点、…”: an unsalted paragraph whose only confident fragments open quotations (its
    own quoted name and slogan, on title words the salter used as chunks elsewhere: 泸州, 工会) is not salted, and the
    sentence-opening title word they would have anchored (学校建成…) stays too; the salted paragraphs are still read."""
    spans = salt_spans(QUOTING_TITLE, QUOTING_PARS)
    assert spans[1] == [] and spans[3] == []
    assert "工会来自" not in apply(QUOTING_PARS[0], spans[0]) and "为港学习" not in apply(QUOTING_PARS[0], spans[0])
    assert apply(QUOTING_PARS[2], spans[2]).endswith("提升技能。")


def test_a_union_named_by_its_unit_before_a_subjects_adverb_is_the_sentences():
    """刘敏表示，医院工会将…: a union named by its unit (医院, 学校, 煤矿) right before an adverb a subject takes is the
    clause's subject, whole title words or not; cut out, the clause would go on from 将 with no one doing it."""
    from unionkit.clean.salting.unions import subject_unions
    par = "刘敏表示，中心医院工会将以这次比赛为契机，持续开展岗位练兵。"
    a = par.index("医院工会")
    assert subject_unions([[(a, a + 4)]], [par]) == [[]]
    assert subject_unions([[(a - 2, a + 4)]], [par]) == [[]]  # the unit's full name with it
    # a salter's chunk ending on 工会 that no unit word heads stays a chunk (,技能工会将…)
    other = "刘敏表示，技能工会将以这次比赛为契机，持续开展岗位练兵。"
    assert subject_unions([[(5, 9)]], [other]) == [[(5, 9)]]
    # and one before a verb no subject needs to own stays too (,医院工会举办…: the title's verb after it)
    verb = "刘敏表示，医院工会举办这次比赛。"
    assert subject_unions([[(5, 9)]], [verb]) == [[(5, 9)]]


def test_salt_on_a_page_naming_its_units_union_short_is_still_found():
    """The same page with a salter's cut chunks (楼煤矿, 工会亲, 情寄) put at clause marks and between words is cleaned."""
    salted = [
        UNIT_PARS[0].replace("，在各", "，楼煤矿在各").replace("，守牢", "，工会亲守牢"),
        "矿工会还邀请职工家属走进井口，楼煤矿与即将下井的职工面对面交流，工会亲叮嘱他们遵章作业、情寄平安回家。",
        UNIT_PARS[2],
    ]
    spans = salt_spans(UNIT_TITLE, salted)
    assert apply(salted[1], spans[1]) == UNIT_PARS[1]
    assert "楼煤矿在" not in apply(salted[0], spans[0]) and "工会亲" not in apply(salted[0], spans[0])
    assert spans[2] == []


def test_whole_word_title_pieces_repeated_at_seams_in_no_order_are_salt():
    """A mirror site pastes long whole-word title pieces (quotes and digits included) after random commas, in no
    title order: three distinct pieces each opening clauses in two paragraphs are salt (and a longer piece holding
    one of them); a page restating one title phrase at a seam now and then loses nothing."""
    from unionkit.clean.salting.seams import seam_repeats
    title = "平江县总工会“调解+援助”为建筑工人讨回工资52万元"
    salted = [
        "今年以来，“调解+援助”平江县总工会发挥职工法律援助作用，累计为98名工人讨回工资52万元，平江县总工会其中调解结案占七成。",
        "县总工会法律援助站联合劳动监察大队介入，讨回工资律师多次约谈施工方，促成调解协议，为建筑工人讨回工资52万元15名工友拿到工资。",
        "县总工会在仲裁院设立了监督窗口，平江县总工会在城关镇设立了调解工作室，“调解+援助”聘请3名律师为职工服务。",
        "市总工会对平江县的做法给予肯定，讨回工资将其作为经验推广。下一步，县总工会将开展进工地活动，“调解+援助”推动制度落实。",
    ]
    gold = [
        "今年以来，平江县总工会发挥职工法律援助作用，累计为98名工人讨回工资52万元，其中调解结案占七成。",
        "县总工会法律援助站联合劳动监察大队介入，律师多次约谈施工方，促成调解协议，15名工友拿到工资。",
        "县总工会在仲裁院设立了监督窗口，在城关镇设立了调解工作室，聘请3名律师为职工服务。",
        "市总工会对平江县的做法给予肯定，将其作为经验推广。下一步，县总工会将开展进工地活动，推动制度落实。",
    ]
    t = prepare_title(title)
    assert [apply(p, sp) for p, sp in zip(salted, seam_repeats(salted, t))] == gold
    assert [apply(p, sp) for p, sp in zip(salted, salt_spans(title, salted))] == gold
    assert not any(seam_repeats(gold, t))
    # two repeated pieces are not enough (real text may open clauses with a title phrase twice)
    two = [p.replace("“调解+援助”", "") for p in salted]
    assert not any(seam_repeats(two, t))


def test_a_title_piece_cut_next_to_the_pages_chunk_stretch_at_a_clause_mark():
    """Chunks found tile a stretch of the title (为苗|族刺|绣女); the title's next characters cut at a non-boundary
    after a clause mark (、工开蜡染) are salt, and so is a title word said twice (。工会县总工会); whole title words
    opening a clause (，为苗族群众…) and the level union name stay."""
    from unionkit.clean.salting.lones import seam_neighbours
    title = "紫云自治县总工会为苗族刺绣女工开办技能培训班"
    t = prepare_title(title)
    pars = ["女工们实现就业增收。工会县总工会还与市总工会对接，推荐作品到展销会。",
            "据了解，县总工会今年计划举办刺绣、工开蜡染等培训班，为苗族群众服务。为苗培训合格的族刺学员就业。绣女"]
    out = [[], [(pars[1].index("为苗培"), pars[1].index("为苗培") + 2), (pars[1].index("族刺"), pars[1].index("族刺") + 2),
                (len(pars[1]) - 2, len(pars[1]))]]
    got = seam_neighbours(out, pars, t)
    assert [pars[0][a:b] for a, b in got[0]] == ["工会"]
    assert [pars[1][a:b] for a, b in got[1]] == ["工开", "为苗", "族刺", "绣女"]


def test_title_chars_same_runs_as_a_character_class():
    """_title_chars (charmap + one shared pattern) finds the runs a per-title character class finds, including
    beside '?', controls and astral characters, and for a title with more distinct characters than a charmap holds."""
    import random

    from unionkit.clean.salting.title import _title_chars

    def by_class(par, han):
        return tuple(m.span() for m in regex.compile("[" + regex.escape("".join(sorted(set(han)))) + "]{2,}").finditer(par))

    han = "东港区总工会为渔民工会会员送上海上安全护身符"
    pool = han + "，。？?\x00\x01ab12“”的了在是" + "\U00020000"
    rnd = random.Random(7)
    for _ in range(300):
        par = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 40)))
        assert _title_chars(par, han) == by_class(par, han)
    wide = "".join(chr(0x4E00 + k) for k in range(300))  # 300 distinct characters: the class fallback
    par = wide[10:20] + "?" + wide[250:252] + "x" + wide[299]
    assert _title_chars(par, wide) == by_class(par, wide) == ((0, 10), (11, 13))


ODD_TITLE = "滨河区总工会“匠心课堂”开讲 首批80名青年职工结业"


def test_odd_seams_pasted_after_semicolons_colons_and_in_headings():
    """Whole-word title pieces pasted after ；/：/、, after a doubled opening quote, at the end of a numbered heading
    or before a closing quote are taken when the page shows three or more; what follows them is the text's."""
    from unionkit.clean.salting.seams import odd_seams

    t = prepare_title(ODD_TITLE)
    pars = [
        "课程分为车工、钳工两个方向；青年职工结业学员全部来自一线班组。",
        "负责人提出要求：首批80名一要学以致用，二要互帮互学。",
        "一、课程安排滨河区总工会",
        "学员代表说：““匠心课堂”让我们受益匪浅。”",
    ]
    got = [[p[a:b] for a, b in sp] for p, sp in zip(pars, odd_seams(pars, t))]
    assert got == [["青年职工结业"], ["首批80名"], ["滨河区总工会"], ["“匠心课堂”"]]
    # two pieces only: real text restates the title now and then
    assert not any(odd_seams(pars[:2], t))


def test_odd_seams_leave_quotations_and_restatements():
    """A single opening quote, a heading number's 、 and a piece the sentence goes on restating are no seams."""
    from unionkit.clean.salting.seams import odd_seams

    t = prepare_title(ODD_TITLE)
    pars = [
        "本报推出系列报道“滨河区总工会匠心课堂”，敬请关注。",  # a quotation opening with the title's words
        "一、滨河区总工会“匠心课堂”开讲（3期）",  # the heading's number, then the title restated
        "附件：首批80名青年职工结业名单",  # the title restated to its end
        "他说：“青年职工结业后将回到岗位。”",
    ]
    assert not any(odd_seams(pars, t))


def test_cut_evidence_ignores_a_lone_two_character_word_inside_a_clause():
    """A two-character dictionary word the title only holds across two of its words (海上 in 送上海|上安全), inside
    a clause with no title character beside it, is no evidence of salt; beside other title characters it is."""
    from unionkit.clean.salting.leftovers import cut_evidence

    t = prepare_title("东港区总工会为渔民工会会员送上海上安全“护身符”")
    tb = title_boundaries(t)
    par = "区总工会还将组织渔民会员开展海上救生培训。"
    a = par.index("海上")
    assert not cut_evidence(par, [(a, a + 2)], t, tb)
    par2 = "区总工会还将组织渔民会员开展符海上救生培训。"  # 符 before it is a title character: a chunk's neighbour
    a2 = par2.index("海上")
    assert cut_evidence(par2, [(a2, a2 + 2)], t, tb)


def test_seam_pieces_same_as_a_walk_over_every_character():
    """_seam_pieces_at (starts from the memoised runs and one shared pattern) finds the pieces a walk over every
    character after a clause mark finds."""
    import random

    from unionkit.clean import salting as S

    def walk(par, t, tb):
        res = []
        for k in range(1, len(par) - 1):
            if par[k - 1] not in S.base.CLAUSE_MARKS or par[k] in S.base.CLAUSE_MARKS:
                continue
            best = None
            for e in range(k + 2, min(len(par), k + 3 * S.base.MAX_LEN)):
                piece = par[k:e]
                if piece not in t.text:
                    break
                han = "".join(S.base.HAN.findall(piece))
                if (len(han) >= S.seams.SEAM_PIECE and par[e] not in S.base.CLAUSE_MARKS and S.seams._balanced(piece)
                        and S.runs._on_bounds(han, t.han, tb) and not S.base.UNION_NAME.fullmatch(han)):
                    best = e
            if best is not None:
                res.append((k, best))
        return res

    t = prepare_title("铜鼓县总工会“法援+调解”为农民工追回欠薪86万元")
    tb = title_boundaries(t)
    pieces = ["铜鼓县总工会", "“法援+调解”", "为农民工", "追回欠薪86万元", "欠薪", "8", "“", "，", "、", "；", "的", "职工"]
    rnd = random.Random(11)
    for _ in range(400):
        par = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        assert S.seams._seam_pieces_at(par, t, tb) == walk(par, t, tb)


def test_bare_place_after_province_in_a_company_name_is_kept():
    """A title's place name without its level suffix, after a province name and running on into a
    company's name (湖南|冷水江|锑都有限公司), is the name's own, even among salt of the same title."""
    from unionkit.clean import salting as S
    title = "冷水江市总工会开展“安康杯”竞赛暨安全生产月活动"
    par = "在湖南冷水江锑都康杯有限公司,竞赛公司工会组织职工开展有限空间作业应急救援演练,暨安200余名职工参加。"
    t = S.title.prepare_title(title)
    a = par.index("冷水江")
    assert S.giveback._bare_place_in_name(par, a, a + 3, t)
    assert not S.giveback._bare_place_in_name("在冷水江锑都有限公司", 1, 4, t)  # no province before it
    out = S.giveback.place_names([[(a, a + 3), (par.index("康杯"), par.index("康杯") + 2)]], [par], t)
    assert [par[x:y] for x, y in out[0]] == ["康杯"]


def test_pieces_glued_before_sentence_ends_are_salt():
    """A salter that glues odd-cut title pieces right before sentence ends (借阅|杨林景。) in several
    paragraphs is caught; a real sentence ending on whole title words (在沈阳召开。) is not."""
    from unionkit.clean import salting as S
    title = "额济纳旗总工会为胡杨林景区一线职工建起“流动书屋”"
    pars = ["首批配送图书1200册，供景区保洁员等一线职工免费借阅杨林景。很难抽出时间去城里的图书馆纳旗总。",
            "还设置了法律知识、健康养生等专架，方便职工带孩子一起阅读动书。"]
    out = S.reading.salt_spans(title, pars)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, out)] == [["杨林景", "纳旗总"], ["动书"]]
    assert not any(S.reading.salt_spans(title, [S.base._cut(p, sp) for p, sp in zip(pars, out)]))
    real = ["2024年“安康杯”竞赛总结表彰会昨天在沈阳召开。", "会议对先进单位进行了表彰。", "大会在沈阳召开。"]
    assert not any(S.stops.stop_pieces(real, S.title.prepare_title("2024年“安康杯”竞赛总结表彰会在沈阳召开")))


def test_whole_title_words_glued_before_sentence_ends_in_no_order_are_salt():
    """A salter gluing whole title words right before sentence ends (…开展义诊|送健康。), different ones in three
    paragraphs and out of the title's order, is caught; the same sentences ending on the title's words in the title's
    order, as a text restating its title does, are not."""
    from unionkit.clean import salting as S
    title = "绵竹市总工会组织医疗专家走进企业 为一线职工送健康"
    pars = ["6月3日，绵竹市总工会联合市人民医院来到工业园区开展义诊送健康。",
            "专家们为职工测量血压、讲解慢性病防治知识医疗专家。不少职工排起了长队绵竹市。",
            "市总工会负责人表示，将把这项活动常态化开展下去走进企业。"]
    out = S.reading.salt_spans(title, pars)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, out)] == [["送健康"], ["医疗专家", "绵竹市"], ["走进企业"]]
    assert not any(S.reading.salt_spans(title, [S.base._cut(p, sp) for p, sp in zip(pars, out)]))
    t = S.title.prepare_title(title)
    ordered = ["前几天来到绵竹市。", "今天请来医疗专家。", "明天走进企业。后天送健康。"]
    words = [(pi, p.index(w), p.index(w) + len(w)) for pi, p, w in
             zip((0, 1, 2, 2), ordered[:2] + ordered[2:] * 2, ("绵竹市", "医疗专家", "走进企业", "送健康"))]
    assert not S.stops._word_stops(ordered, words, t.han)
    assert S.stops._word_stops(ordered, words[::-1], t.han)  # (the same pieces out of the title's order)


def test_one_title_word_ending_sentences_is_no_stop_salt():
    """The text ending several sentences on one title word (能不能入会。… 怎样入会。) repeats its own word, though the
    title's segmentation cuts it (入|会后): a salter gluing pieces before sentence ends cuts different ones."""
    from unionkit.clean import salting as S
    title = "网约车司机可以加入工会吗?入会后享受哪些服务?"
    pars = ["您好!我开网约车两年了,想知道我们这样的司机能不能入会。", "一、关于司机能否入会。只要以工资收入为主要生活来源,都可以申请入会。",
            "二、关于怎样入会。可以在手机上提交申请。"]
    assert not any(S.stops.stop_pieces(pars, S.title.prepare_title(title)))
    assert not any(salt_spans(title, pars))


def test_company_named_in_title_and_body_is_no_salt():
    """A title naming a company by its short form (金岭电力公司) and a body naming it in full
    (商丘金岭电力有限公司工会): the title words inside the body's name are the article's subject, so the
    gate stays shut and nothing is cut; a piece before no company ending, or a title that does not go on
    with one, still counts as a cut."""
    from unionkit.clean import salting as S
    title = "金岭电力公司“安康杯”竞赛推动安全生产提质增效"
    t = S.title.prepare_title(title)
    tb = S.boundaries.title_boundaries(t)
    par = "近日,商丘金岭电力有限公司工会召开2024年“安康杯”竞赛推进会,总结上半年竞赛开展情况。公司永城发电厂参加会议。"
    a = par.index("金岭电力")
    assert S.runs.names_org(par, a, a + 4, [0], t.han)
    assert S.gate.gate_level(par, t, tb) == 0
    assert not any(S.reading.salt_spans(title, [par, "今年以来,公司工会组织开展隐患排查、应急演练等活动。"]))
    # negatives: the text does not go on with a company ending, or the title does not
    assert not S.runs.names_org("近日,商丘金岭电力检修班召开推进会", 5, 9, [0], t.han)
    other = S.title.prepare_title("金岭电力检修班“安康杯”竞赛推动安全生产提质增效")
    assert not S.runs.names_org(par, a, a + 4, [0], other.han)
    # a salted paragraph holding the same name: the other cut pieces (竞赛推, 康杯) still open the gate
    salted = "近日,商丘金岭电力有限公司工会召开推进会,竞赛推总结上半年竞赛开展情况,康杯部署下半年重点工作。"
    assert S.gate.gate_level(salted, t, tb) == S.gate.NARROW


def test_company_union_short_name_opening_a_clause_is_kept():
    """On a salted page of a company's title (金岭电力公司…), the company's union named in its short form at a
    clause start (公司工会以…) stays; the salt chunks beside it go. Not kept: the company word before no union
    (公司永城…), or a title whose 公司 is no company word's end."""
    from unionkit.clean import salting as S
    title = "金岭电力公司“安康杯”竞赛推动安全生产提质增效"
    t = S.title.prepare_title(title)
    pars = ["近日,商丘金岭电力有限公司工会召开推进会,康杯竞总结上半年竞赛开展情况,赛推部署下半年重点工作。",
            "今年以来,公司工会以“安全生产月”为契机,动安组织开展隐患排查、应急演练等活动,全生全公司共查找各类隐患327项,"
            "产提整改率达100%。",
            "公司工会主席表示,要把“安康杯”竞赛与安全生产监督员队伍建设结合起来,质增发挥工会劳动保护监督检查作用。"]
    out = S.reading.salt_spans(title, pars)
    got = [[p[a:b] for a, b in sp] for p, sp in zip(pars, out)]
    assert "公司" not in got[1] and {"动安", "全生", "产提"} <= set(got[1])
    assert not any(S.reading.salt_spans(title, [S.base._cut(p, sp) for p, sp in zip(pars, out)]))
    p = pars[1]
    a = p.index("公司")
    assert S.giveback._company_name(p, a, a + 2, t)
    assert not S.giveback._company_name("部署,公司永城发电厂参加", 3, 5, t)  # no union or legal form after it
    other = S.title.prepare_title("公司化管理推动安全生产提质增效")  # 公司 opens the title's word 公司化: no company end
    assert not S.giveback._company_name(p, a, a + 2, other)


def test_repeated_cut_chunk_alone_in_a_paragraph_is_salt():
    """A salter that puts a few chunks of its list in any order: a chunk another paragraph's chain took (能大 of
    技能|大赛), cut inside the title's words and opening a clause, is salt on its own in a paragraph without the
    list's head; the cut page is a fixed point, and without the salted paragraph the page shows nothing."""
    from unionkit.clean import salting as S
    title = "南陵县职工技能大赛挖掘机操作比赛落幕"
    pars = ["10月24日,工技由南陵县总工会、能大县人社局联合主办的2024年南陵县职工技能大赛挖掘机操作比赛在县经济开发区落下帷幕,"
            "赛挖来自全县建筑施工、矿山企业的32名选手参加比赛。",
            "比赛分理论考试和实际操作两部分,实操设置了挖掘机“穿越障碍”“精准吊球”等项目,能大考验选手的操作精度和应变能力。",
            "根据规定,县职获得前三名的选手将由县总工会推荐申报“南陵县五一劳动奖章”,并优先推荐参加芜湖市职工技能大赛。"]
    out = S.reading.salt_spans(title, pars)
    got = [[p[a:b] for a, b in sp] for p, sp in zip(pars, out)]
    assert got[1] == ["能大"]
    assert "能大" in got[0]
    assert not any(S.reading.salt_spans(title, [S.base._cut(p, sp) for p, sp in zip(pars, out)]))
    # the same paragraph on an unsalted page: nothing
    clean = [S.base._cut(p, sp) for p, sp in zip(pars, out)]
    assert not any(S.reading.salt_spans(title, clean[1:]))


def test_title_phrase_shortened_by_one_character_is_no_cut():
    """An unsalted page retelling its title (邵武市举办…竹产业职工技能竞赛) in one sentence with the usual short
    form 竹业职工 (竹产业 less 产): 业职工 is no cut of the title, the page stays whole. A salted twin, the
    chunk 业职 put in after characters that do not restate the title's words before it, is still cut."""
    from unionkit.clean import salting as S
    title = "邵武市举办2024年竹产业职工技能竞赛"
    t = S.title.prepare_title(title)
    tb = S.boundaries.title_boundaries(t)
    par = ("邵武市总工会党组书记、主席吴晓燕表示,竹产业是邵武的特色优势产业,举办技能竞赛就是要以赛促学、以赛促训,"
           "引导广大竹业职工钻研技术、提升技能,为竹产业高质量发展提供技能人才支撑。")
    pars = ["10月26日,由邵武市总工会主办的竹产业职工技能竞赛在邵武经济开发区举行。", par, "南平市总工会相关负责人到场观摩指导。"]
    assert S.gate.gate_level(par, t, tb) < S.gate.NARROW
    assert not any(S.reading.salt_spans(title, pars))
    i = par.index("业职工")
    assert S.runs._dropped_one(par, i, 8, t.han, tb)
    assert not S.runs._dropped_one("引导广大业职工", 4, 8, t.han, tb)  # no title character before the skipped one
    twin = par.replace("引导广大竹业职工", "引导广大业职职工")  # the chunk 业职 after 大, no title character
    assert S.gate.gate_level(twin, t, tb) == S.gate.NARROW
    salted = ["10月26日,由邵武市总工会主办的竹产业职工技能竞赛,武市在邵武经济开发区举行,年竹来自全市的职工参加。",
              twin, pars[2]]
    out = S.reading.salt_spans(title, salted)
    assert [salted[0][a:b] for a, b in out[0]] == ["武市", "年竹"]


def test_title_ordered_pieces_before_sentence_ends_are_salt():
    """Paragraphs whose found salt reads as title chunks in order (桐城|市总|工会) and whose last sentence ends on a
    piece further on in the title (物品|凉慰。) hold a salt chunk at the sentence end: taken in two paragraphs. Not
    taken: the same paragraphs with no salt found in them (unsalted twin), or one paragraph only (a sentence that
    ends on the title's words)."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("桐城市总工会开展夏送清凉慰问活动")
    p1 = "7月15日,市总工会组织人员走访建筑工地,桐城看望高温下坚守岗位的一线职工,市总为他们送去防暑降温物品,工会叮嘱大家注意安全凉慰。"
    p2 = "走访中,开展工作人员与职工亲切交谈,夏送详细了解他们的工作和生活情况,清凉叮嘱大家合理安排作息时间问活。"
    found = [_spans_of(p1, "桐城", "市总", "工会"), _spans_of(p2, "开展", "夏送", "清凉")]
    got = S.stops.ordered_stops([p1, p2], t, found)
    assert [[p[a:b] for a, b in sp] for p, sp in zip([p1, p2], got)] == [["凉慰"], ["问活"]]
    assert not any(S.stops.ordered_stops([p1, p2], t, [[], []]))
    assert not any(S.stops.ordered_stops([p1, p2], t, [found[0], found[1][:2]]))  # two chunks: no title order shown
    real = "走访中,开展工作人员与职工亲切交谈,夏送详细了解他们的工作和生活情况,清凉叮嘱大家合理安排作息时间。"
    assert not any(S.stops.ordered_stops([p1, real], t, [found[0], _spans_of(real, "开展", "夏送", "清凉")]))


def test_gapped_span_gives_back_a_real_character():
    """A span read with a gap (县总|为 of 县总工会为…) whose skipped title words are another span of the page (工会) is
    cut back to its gapless part when the character given back reads as the sentence's own (为快递…); a salter's own
    gapped chunk (红航建 of 红船领航·建…), whose loose 红 reads as no word, and a span whose skipped words no span
    reads, stay whole."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("东平县总工会为快递小哥送清凉")
    p = "近日,东平东平县总工会联合邮政部门,县总为快递从业人员送去西瓜,工会和饮用水等防暑物品。"
    out = S.stops.gapped_chunks([_spans_of(p, "东平", "县总为", "工会")], [p], t)
    assert [p[a:b] for a, b in out[0]] == ["东平", "县总", "工会"]
    out = S.stops.gapped_chunks([_spans_of(p, "东平", "县总为")], [p], t)
    assert [p[a:b] for a, b in out[0]] == ["东平", "县总为"]
    t2 = S.title.prepare_title(SEED_TITLE)
    q = "勇担使命,红航建会行助推盘龙加快区域性国际中心城市核心城区建设,船领凝心聚力踏上新时代新征程。"
    out = S.stops.gapped_chunks([_spans_of(q, "红航建", "会行", "船领")], [q], t2)
    assert [q[a:b] for a, b in out[0]] == ["红航建", "会行", "船领"]


def test_gapped_span_over_several_chunks_gives_back_the_word_it_split():
    """A salt chunk put inside a word (区职|绥化|工服务中心) reads with the word's last character as a gapped span
    (绥化|工, skipping 市北林区总): when the skipped title characters are the page's other chunks (市北, 林区, 总工),
    the span is cut back to its chunk and the word's character stays; a gap no chunk covers leaves the span whole."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("绥化市北林区总工会启动冬季送温暖专项行动")
    p = "北林区总工会在区职绥化工服务中心举行启动仪式,市北现场为职工代表发放慰问林区金和棉衣、总工米面油等慰问品。"
    out = S.stops.gapped_chunks([_spans_of(p, "绥化工", "市北", "林区", "总工")], [p], t)
    assert [p[a:b] for a, b in out[0]] == ["绥化", "市北", "林区", "总工"]
    out = S.stops.gapped_chunks([_spans_of(p, "绥化工", "市北", "林区")], [p], t)  # 总 of the gap: no chunk covers it
    assert [p[a:b] for a, b in out[0]] == ["绥化工", "市北", "林区"]


def test_a_fragment_spelling_another_paragraphs_apart_chunks_is_those_chunks():
    """A paragraph's fragment that another paragraph shows as three chunks apart (竞秀区总工会, the sentence's own
    union name, where the first paragraph reads 技竞秀师 … 、区总数控 … 比工会拼) does not claim the title's head as one
    chunk: the list keeps the three; two side by side there (工会|开展尊) leave the fragment one chunk."""
    t = prepare_title("竞秀区总工会举办首届“竞秀工匠”技能大比武")
    found = {0: [(48, 50, "竞秀"), (80, 82, "区总"), (99, 101, "工会")],
             3: [(0, 6, "竞秀区总工会"), (14, 16, "工匠"), (65, 67, "技能"), (82, 85, "大比武")]}
    assert [c.text for c in chunk_list(found, t)] == ["竞秀", "区总", "工会", "工匠", "技能", "大比武"]
    found2 = {0: [(48, 50, "竞秀"), (50, 52, "区总"), (99, 101, "工会")], 3: found[3]}  # two side by side: no spelling
    assert [c.text for c in chunk_list(found2, t)][0] == "竞秀区总工会"
    t2 = prepare_title("省总工会开展“尊法守法·携手筑梦”农民工公益法律服务行动")
    found3 = {0: [(3, 5, "省总"), (9, 14, "工会开展尊")], 1: [(7, 9, "省总"), (13, 15, "工会"), (17, 20, "开展尊")]}
    assert "工会开展尊" in [c.text for c in chunk_list(found3, t2)]


def test_the_first_paragraphs_chunks_are_found_when_a_later_one_names_the_union():
    """A page whose first paragraph holds the list's head chunks inside words (技竞秀师, 比工会拼) and a later paragraph
    opening with the union's name the chunks spell: the first paragraph's chunks go, the name stays."""
    title = "竞秀区总工会举办首届“竞秀工匠”技能大比武"
    pars = ["11月5日,由竞秀区总工会、区人力资源和社会保障局联合举办的首届“竞秀工匠”技能大比武在保定市技竞秀师学院开赛,"
            "来自全区28家企业的216名职工围绕电工、焊工、区总数控车工、养老护理员4个工种展开比工会拼。",
            "比赛采取理论知识考试与实际操作考核相结合的方式进行。焊工比赛现场,举办焊花飞溅,首届选手们屏气凝神,"
            "严格按照工艺要求完成板对接、管对接等项目;养老护理员比赛现场,选手们围绕失能老人照护情境,熟练进行翻身、竞秀喂食、心理疏导等操作。",
            "竞秀区总工会主席杨晓东介绍,工匠本次大比武各工种前三名将被授予“竞秀工匠”称号,符合条件的推荐申报“保定市五一劳动奖章”,"
            "并优先推技能荐参加河北省职工职业技能大赛。大比武"]
    got = [[p[a:b] for a, b in sp] for p, sp in zip(pars, salt_spans(title, pars))]
    assert got == [["竞秀", "区总", "工会"], ["举办", "首届", "竞秀"], ["工匠", "技能", "大比武"]]


def test_the_one_title_piece_a_fixed_width_chunk_list_leaves_out_is_found_in_its_stretch():
    """Chunks of one width tiling the whole title but one piece (温暖): the piece is taken once in the paragraph holding
    the chunks around it, in their stretch (the salter swapped it with 季送); not inside the title's quoted words, not
    where the stretch holds it twice, and not on a page whose chunks vary in width (a salter skipping pieces)."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("绥化市北林区总工会启动“冬季送温暖”专项行动")
    p0 = "北林区总工会在区职绥化工服务中心举行仪式,市北现场为职工发放慰问林区金和棉衣、总工米面油等慰问品。"
    p1 = ("据介绍,会启今年“冬季送温暖”专项行动将持续到春节后,动冬区总工会共筹集资金温暖156万元,计划走访慰问困难职工、"
          "季送新就业形态劳动者和一线职工2800余人。慰问资金中,专项市总工会下拨专项资金40万元。行动")
    out = [_spans_of(p0, "绥化", "市北", "林区", "总工"), _spans_of(p1, "会启", "动冬", "季送", "专项", "行动")]
    got = S.tails.missing_tile(out, [p0, p1], t)
    assert [p1[a:b] for a, b in got[1]] == ["会启", "动冬", "温暖", "季送", "专项", "行动"]
    assert got[0] == out[0]
    twice = p1.replace("计划走访", "温暖计划走访")
    out2 = [out[0], _spans_of(twice, "会启", "动冬", "季送", "专项", "行动")]
    assert S.tails.missing_tile(out2, [p0, twice], t) == out2
    quoted = p1.replace("资金温暖156", "资金156")  # only the title's quoted words hold it: they stay
    out3 = [out[0], _spans_of(quoted, "会启", "动冬", "季送", "专项", "行动")]
    assert S.tails.missing_tile(out3, [p0, quoted], t) == out3
    p1w = p1.replace("会启今年", "总工会启今年")  # chunks of two widths: the salter may have skipped 温暖
    wide = [_spans_of(p0, "绥化", "市北", "林区"), _spans_of(p1w, "总工会启", "动冬", "季送", "专项", "行动")]
    assert S.tails.missing_tile(wide, [p0, p1w], t) == wide


def test_the_piece_chunks_of_varying_widths_leave_out_is_taken_at_a_clause_opening_beside_its_chunk():
    """Chunks of two widths tiling the title but 举办, a title word the title's 工会 surrounds (the second span of 工会 reads
    the title's second copy): the piece is taken where it opens a clause in the paragraph of a chunk beside it in the
    title, not where it sits inside a clause."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("江北区总工会举办“工会送法进企业”活动")
    p0 = "5月10日，江北全区各级工会联合司法部门开展普法活动，区总组织律师走进企业，工会为职工解答劳动合同问题。"
    p1 = "活动现场，送法律师们围绕加班费、工伤认定等问题进行讲解，进企并发放宣传资料500余份，业活动受到职工欢迎。"
    p2 = "据了解，工会江北区总工会下一步将在各街道设立法律服务点，举办每季度一次的集中咨询，帮助职工依法维权。"
    out = [_spans_of(p0, "江北", "区总", "工会"), _spans_of(p1, "送法", "进企", "业活动"), _spans_of(p2, "工会")]
    got = S.tails.missing_tile(out, [p0, p1, p2], t)
    assert [p2[a:b] for a, b in got[2]] == ["工会", "举办"]
    assert got[:2] == out[:2]
    inside = p2.replace("服务点，举办", "服务点并举办")
    out2 = out[:2] + [_spans_of(inside, "工会")]
    assert S.tails.missing_tile(out2, [p0, p1, inside], t) == out2


def test_the_union_of_a_level_word_stays():
    """A span that is just the 工会 of a union named by its level word (基层|工会, (街道)|工会) is the sentence's own
    (a chunk before it, 县总, goes on into it in the title); the same 工会 put after a clause mark, or a span running
    on past the name (基层|工会举), stays a span."""
    from unionkit.clean import salting as S
    par = "会上,县总并向基层工会发放读本,各乡镇(街道)工会负责人参加,工会会议要求落实。"
    spans = _spans_of(par, "县总", "工会", "工会", "工会")
    assert [par[a:b] for a, b in S.unions.level_unions([spans], [par])[0]] == ["县总", "工会"]
    assert S.unions.level_unions([spans[-1:]], [par]) == [spans[-1:]]
    run_on = "区42家基层工会举工会组织开展活动。"
    sp = [(run_on.index("工会举"), run_on.index("工会举") + 3)]
    assert S.unions.level_unions([sp], [run_on]) == [sp]


def test_a_paragraph_opening_union_name_stays():
    """A place name opening a paragraph right before a level union name, the two a verbatim piece of the title
    ([绥德]县总工会主席…), is the paragraph's subject; the same place name put after a comma stays a span."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("绥德县总工会走访慰问困难职工")
    par = "绥德县总工会主席綦明亮说,冬送今年活动共筹集资金68万元。"
    assert S.openings.opening_unions([_spans_of(par, "绥德", "冬送")], [par], t) == [_spans_of(par, "冬送")]
    salted = "据介绍,绥德县总工会主席綦明亮说,冬送今年活动共筹集资金68万元。"
    spans = _spans_of(salted, "绥德", "冬送")
    assert S.openings.opening_unions([spans], [salted], t) == [spans]


def test_parallel_list_items_stay():
    """Title words that make a list item parallel to another (困难职工、[困难]劳模和一线[职工]) are the list's own; the
    same words glued into a sentence without such a list (salted twin) stay spans."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("绥德县总工会走访慰问困难职工")
    par = "开展走访慰问活动,为困难职工、困难劳模和一线职工送去米、面、油和慰问金。"
    spans = [(par.index("困难劳模"), par.index("困难劳模") + 2), (par.index("职工送"), par.index("职工送") + 2)]
    assert S.lones.list_items([spans], [par], t) == [[]]
    salted = "开展走访慰问活动,为一线工人送去米、面、困难油和慰问金,职工送到家中。"
    sp2 = _spans_of(salted, "困难", "职工")
    assert S.lones.list_items([sp2], [salted], t) == [sp2]


def test_in_clause_words_after_an_in_word_cut_stay():
    """On a page salted at clause marks, a span inside a clause of four or more title characters that skips title
    characters after an in-word chunk (在重 … 还为[项目工地]配送), its words used elsewhere on the page, is the
    sentence's own; without the other use (salted twin) it stays."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("凌源市总工会在重点项目工地开展劳动竞赛")
    p0 = "今年以来,凌源凌源市总工会围绕全市重点项目建设,市总在11个重点项目工地开展劳动竞赛。"
    p1 = "竞赛以比安全为主要内容,工会采取月检查、季评比的方式,在重评选优胜班组。市总工会还为项目工地配送了物资。"
    s0 = [(p0.index(",凌源") + 1, p0.index(",凌源") + 3), (p0.index(",市总") + 1, p0.index(",市总") + 3)]
    out = [s0, _spans_of(p1, "工会", "在重", "项目工地")]
    got = S.marks.mark_style(out, [p0, p1], t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip([p0, p1], got)] == [["凌源", "市总"], ["工会", "在重"]]
    q0 = "今年以来,凌源凌源市总工会围绕全市建设,市总在11个工地开展劳动竞赛。"
    out = [[(q0.index(",凌源") + 1, q0.index(",凌源") + 3), (q0.index(",市总") + 1, q0.index(",市总") + 3)],
           _spans_of(p1, "工会", "在重", "项目工地")]
    assert S.marks.mark_style(out, [q0, p1], t) == out


def test_the_chunk_list_carries_on_into_later_paragraphs():
    """Title pieces opening clauses after the last salted paragraph, going on exactly where the found chunks stop
    tiling the title (武夷|山市 found, then ,[舉辦]… ,[岩茶]…), are the salter's; the unsalted twin keeps its text."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("武夷山市舉辦岩茶製作技能競賽")
    p0 = "10月18日,武夷由武夷山市總工會聯合主辦的技能競賽在星村鎮舉行,山市來自全市茶企的60名選手同臺比拼。"
    p1 = "競賽設理論考試和審評四個環節,舉辦重點考核選手的掌握程度。經過兩天激烈角逐,岩茶茶企職工祖文斌獲得第一名。"
    out = [_spans_of(p0, "武夷", "山市"), []]
    got = S.openings.continued_seams(out, [p0, p1], t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip([p0, p1], got)] == [["武夷", "山市"], ["舉辦", "岩茶"]]
    c1 = "競賽設理論考試和審評四個環節,重點考核選手的掌握程度。經過兩天激烈角逐,茶企職工祖文斌獲得第一名。"
    assert S.openings.continued_seams(out, [p0, c1], t) == out
    assert S.openings.continued_seams([[], []], [p0, p1], t) == [[], []]


def test_a_cut_piece_the_paragraph_uses_again_on_its_own_opens_no_gate():
    """The title's best reading cuts 葡萄酒|庄, but the text's 酒庄 is its own word: it comes back in the same
    paragraph on its own (a salter puts each chunk of its list into a paragraph once), so an unsalted page
    restating the title's words loses nothing. A chunk whose other copy sits inside a longer verbatim piece of
    the title (区总 beside 区总工会) still opens the gate, and so does a lone cut copy."""
    title = "贺兰县：葡萄酒庄里的品鉴大赛"
    t = prepare_title(title)
    tb = title_boundaries(t)
    par = "8月3日，贺兰县总工会在山下的一家酒庄举办品鉴大赛，来自全县12家酒庄的30名品酒师参加比赛。"
    assert salting.gate.gate_level(par, t, tb) != salting.gate.NARROW
    pars = [par,
            "获得一等奖的山下酒庄品酒师说，她从村里的葡萄园走进酒庄车间，如今已是酒庄的技术骨干。",
            "贺兰县总工会主席介绍，县总工会在酒庄集中的片区建立了职工之家，并推动6家酒庄建立工会组织。"]
    assert not any(salt_spans(title, pars))
    # the cut piece once in its paragraph: the gate opens
    assert salting.gate.gate_level("8月3日，贺兰县总工会在山下举办品鉴大赛，来自全县的30名品酒师参加，酒庄比赛。", t, tb) \
        == salting.gate.NARROW
    # a chunk whose other copy is inside the title's longer piece: still a cut
    t2 = prepare_title("江北区总工会职工之家上线")
    tb2 = title_boundaries(t2)
    assert salting.gate.gate_level("近日，江北区总工会召开会议，区总部署了新一年的工作。", t2, tb2) == salting.gate.NARROW


def test_a_sparse_chunk_the_greedy_walk_cuts_short_still_opens_the_gate():
    """,株洲市工模与…: the chunk skips six title characters (总工会开展劳) before 模, more than the greedy walk
    allows, so the walk stops at 株洲市工, whose 工 runs on into the word 工模; the whole run, one sparse chunk
    that is no tiling of whole title words, still opens the gate. Whole title words in its place (株洲市劳模)
    and the sentence without the chunk do not."""
    t = prepare_title("株洲市总工会开展劳模工匠进校园活动")
    tb = title_boundaries(t)
    head = "全国劳动模范等6名劳模工匠走上讲台,"
    tail = "与800余名师生分享自己的成长故事。"
    assert salting.gate.gate_level(head + "株洲市工模" + tail, t, tb) == salting.gate.NARROW
    assert salting.gate.gate_level(head + "株洲市劳模" + tail, t, tb) == 0
    assert salting.gate.gate_level(head + tail, t, tb) == 0


def test_a_sparse_chunk_inside_a_clause_before_the_titles_words_opens_the_gate():
    """一批湖总召年工作先进集体: the chunk 湖总召年 (title characters with some skipped, no word) sits inside a
    clause before the sentence's own 工作, which goes on in the title's order, so the greedy walk reads both as one
    run too long for a chunk; the chunk alone, glued to no word and not whole title words, opens the gate.
    Whole title words in its place (西湖工作) and the sentence without the chunk do not."""
    t = prepare_title("西湖区总工会召开年度工作会议")
    tb = title_boundaries(t)
    head, tail = "会上表彰了一批", "工作先进集体和先进个人。"
    assert salting.gate.gate_level(head + "湖总召年" + tail, t, tb) == salting.gate.NARROW
    assert salting.gate.gate_level(head + "西湖" + tail, t, tb) != salting.gate.NARROW
    assert salting.gate.gate_level(head + tail, t, tb) != salting.gate.NARROW


def test_whole_title_words_opening_a_clause_with_a_word_skipped_open_no_gate():
    """,职工清凉是…: the title's words 职工 and 清凉 side by side after a comma (送 of 职工送清凉 skipped) are the
    clause's own subject, not a sparse chunk; a sparse chunk cutting inside the title's words still opens it."""
    title = "江城区总工会为快递行业职工送清凉"
    t = prepare_title(title)
    tb = title_boundaries(t)
    assert salting.gate.gate_level("这些年江城的重要行业发展很快,职工清凉是企业发展的保障。", t, tb) != salting.gate.NARROW
    assert salting.gate.gate_level("这些年江城的重要行业发展很快,城总快递企业发展的保障。", t, tb) == salting.gate.NARROW


def test_a_cut_inside_whole_title_words_restated_mid_clause_is_given_back():
    """将把[制茶]技能大赛办成…: a span inside a longer verbatim run of whole title words that a clause restates
    (the run follows the sentence's own word) is given back; the same run right after a clause mark, where a
    salter's chunk joins the sentence's title words (,[商城]县总工会), keeps its span."""
    t = prepare_title("安远县总工会举办制茶技能大赛")
    par = "县总工会主席表示，将把制茶技能大赛办成常态化品牌。"
    a = par.index("制茶")
    assert salting.openings.restated_runs([[(a, a + 2)]], [par], t) == [[]]
    par2 = "会上,安远县总工会还与参赛企业代表签订了竞赛责任书。"
    b = par2.index("安远")
    assert salting.openings.restated_runs([[(b, b + 2)]], [par2], t) == [[(b, b + 2)]]
    # a span that is the whole run stays too
    c = par.index("制茶技能大赛")
    assert salting.openings.restated_runs([[(c, c + 6)]], [par], t) == [[(c, c + 6)]]


def test_whole_title_words_opening_a_paragraph_stay():
    """安远县是…: the title's place opening a paragraph is its subject (a salter puts chunks after marks and between
    words); a span there that cuts inside the title's words, or a whole word later on, stays cut."""
    t = prepare_title("安远县总工会举办制茶技能大赛")
    par = "安远县是大叶种茶的原产地，全县茶园面积超过30万亩。"
    assert salting.openings.paragraph_heads([[(0, 3)]], [par], t) == [[]]
    par2 = "远县是大叶种茶的原产地，全县茶园面积超过30万亩。"
    assert salting.openings.paragraph_heads([[(0, 2)]], [par2], t) == [[(0, 2)]]
    par3 = "全县茶园面积超过30万亩，安远县是大叶种茶的原产地。"
    k = par3.index("安远县")
    assert salting.openings.paragraph_heads([[(k, k + 3)]], [par3], t) == [[(k, k + 3)]]


def test_a_two_character_cut_piece_ending_a_word_the_page_repeats_opens_no_gate():
    """职工和挑货工送去: the title's 职工|送 read 工|送 as a cut piece, but its 工 closes the text's word 挑货工 (which
    the dictionary lacks) that the page uses again without 送: an unsalted page keeps its text. The same piece
    after a clause mark, or after characters the page does not repeat, still opens the gate."""
    title = "东兴市总工会走进码头为装卸职工送清凉"
    t = prepare_title(title)
    tb = title_boundaries(t)
    p1 = "入伏以来,东兴市各码头装卸繁忙。7月18日,市总工会组成慰问组走进码头,为坚守一线的职工和挑货工送去防暑用品。"
    p2 = "慰问组还看望了码头上的挑货工和叉车司机,叮嘱企业落实高温津贴。"
    assert salting.gate.gate_level(p1, t, tb) == salting.gate.NARROW  # the paragraph alone cannot tell
    assert salting.gate.page_gate([p1, p2], {0}, t, tb) == set()
    assert not any(salt_spans(title, [p1, p2]))
    # the page does not use 挑货工 elsewhere: no evidence, the gate stays open
    p2b = "慰问组还看望了码头上的叉车司机,叮嘱企业落实高温津贴。"
    assert salting.gate.page_gate([p1, p2b], {0}, t, tb) == {0}
    # the repeat followed by the piece's own second character is the same context, no evidence
    p2c = "慰问组还为码头上的挑货工送来西瓜,叮嘱企业落实高温津贴。"
    assert salting.gate.page_gate([p1, p2c], {0}, t, tb) == {0}
    # a chunk after a clause mark on the same page still opens it
    p3 = "慰问组还看望了码头上的挑货工和叉车司机,工送叮嘱企业落实高温津贴。"
    assert salting.gate.page_gate([p1, p3], {1}, t, tb) == {1}


def test_a_sparse_chunk_a_paragraph_of_the_page_writes_twice_opens_no_gate():
    """,黄骅港的…: the title's place and the head of its next word (黄骅|…|港口) read as a sparse chunk opening a
    clause, but the page writes 黄骅港 twice in another paragraph (the place's port, the text's own word; a salter
    puts each chunk of its list into a paragraph once): the unsalted page keeps its text. Written once elsewhere, the
    same chunk still opens the gate."""
    title = "黄骅市总工会为港口装卸工人建起暖心驿站"
    t = prepare_title(title)
    tb = title_boundaries(t)
    p1 = "4月8日,位于黄骅港综合港区的暖心驿站投入使用,这是市总工会联合黄骅港务公司工会建成的第二个驿站。"
    p2 = "每天有上千名装卸工人在码头作业,黄骅港的吞吐量位居河北前列。"  # no 是 after it: the subject rule cannot tell
    assert salting.gate.gate_level(p2, t, tb) == salting.gate.NARROW  # the paragraph alone cannot tell
    assert salting.gate.page_gate([p1, p2], {1}, t, tb) == set()
    assert not any(salt_spans(title, [p1, p2]))
    # written once in the other paragraph: no evidence, the gate stays open
    p1b = "4月8日,位于综合港区的暖心驿站投入使用,这是市总工会联合黄骅港务公司工会建成的第二个驿站。"
    assert salting.gate.page_gate([p1b, p2], {1}, t, tb) == {1}


def test_the_titles_place_and_one_character_opening_a_paragraph_opens_no_gate():
    """黄骅港的…: a paragraph opening with the title's place (黄骅 of 黄骅市) and one character more names something
    built on the place, the paragraph's subject, though it reads as a sparse chunk (黄骅|…|港口); salters put chunks
    after marks and between words. The same chunk after a clause mark, or a chunk opening the paragraph that is no
    place of the title (市总港), still opens the gate."""
    title = "黄骅市总工会为港口装卸工人建起暖心驿站"
    t = prepare_title(title)
    tb = title_boundaries(t)
    par = "黄骅港的吞吐量位居河北前列,每天有上千名装卸工人在码头作业。"  # no 是 after it: the subject rule cannot tell
    assert salting.gate.gate_level(par, t, tb) != salting.gate.NARROW
    assert not any(salt_spans(title, ["4月8日,位于综合港区的暖心驿站投入使用,这是市总工会建成的第二个驿站。", par]))
    assert salting.gate.gate_level("每天有上千名装卸工人在码头作业,黄骅港的吞吐量位居河北前列。", t, tb) == salting.gate.NARROW
    assert salting.gate.gate_level("市总港的吞吐量位居河北前列,每天有上千名装卸工人在码头作业。", t, tb) == salting.gate.NARROW


def test_the_titles_short_place_name_before_the_copula_opens_no_gate():
    """，铁东是…: the title's place without its level word (铁东 of 铁东区, a dictionary word; 铁东 alone is none)
    opening a clause right before 是 is the clause's subject, the short name the text calls its place by, though it is
    cut inside the title's word; it opened the gate on an unsalted page, whose restated union and verb (区总工会|把…,
    五年|举办…) were then read as the rest of a salter's chain. The same piece running on into another word still
    opens the gate."""
    title = "铁东区总工会举办焊工技能比武 30名选手同场竞技"
    t = prepare_title(title)
    tb = title_boundaries(t)
    par = "区总工会主席李明表示，铁东是老工业基地，钢铁产业是全区的支柱。近年来，区总工会把技能竞赛作为重要抓手，已连续五年举办焊工比武。"
    assert salting.gate.gate_level(par, t, tb) == 0
    assert salt_spans(title, ["4月2日，30名焊工在实训基地同场竞技。", par]) == [[], []]
    assert salting.gate.gate_level("区总工会主席李明表示，铁东老工业基地钢铁产业是全区的支柱。", t, tb) == salting.gate.NARROW


ICE_TITLE = "北湖县总工会走进水库冬钓现场 为渔工送温暖"


def test_a_paragraph_read_for_a_gated_fragment_that_only_uses_the_titles_words_is_given_back():
    """“冬钓一线…”活动 … 80名渔工送|去…: a paragraph the reading takes up only because it holds a gated paragraph's
    fragment, whose decoded pieces each open a quoted name or are cut pieces running on into the sentence's words,
    is the text using the title's words; it lost 冬钓 and 渔工送 to a chunk list decoded from other paragraphs. When
    every piece is one a gated paragraph shows too (the salter's list repeated), or a piece sits at a clause opening
    or as whole title words inside a clause, the spans stay."""
    from unionkit.clean.salting.passes import _restating
    t = prepare_title(ICE_TITLE)
    tb = title_boundaries(t)
    par = "1月9日，正值水库冬钓开幕之际，县总工会开展“冬钓一线送温暖”活动，为奋战在冰面上的80名渔工送去棉帽和手套。"
    spans = [_span(par, "冬钓", par.index("“")), _span(par, "渔工送")]
    gated = "冰面上一片忙碌，慰问组来县总到作业点，将工会走慰问品送到手中。"
    shown = [_span(gated, "县总"), _span(gated, "工会走")]
    assert _restating([spans, shown], [par, gated], {0}, t, tb) == [[], shown]
    repeated = "冰面上一片忙碌，慰问组来冬钓到作业点，将渔工送慰问品送到手中。"
    both = [_span(repeated, "冬钓"), _span(repeated, "渔工送")]
    assert _restating([spans, both], [par, repeated], {0}, t, tb) == [spans, both]
    opening = "1月9日，冬钓开幕之际，县总工会开展慰问活动，为奋战在冰面上的80名渔工送去棉帽和手套。"
    at_mark = [_span(opening, "冬钓"), _span(opening, "渔工送")]
    assert _restating([at_mark, shown], [opening, gated], {0}, t, tb) == [at_mark, shown]


def test_a_title_word_between_an_address_prefix_and_a_name_splits_no_word():
    """老|渔工|王大海: 老王 is a dictionary word (a surname addressed by its prefix), but the title word between them is
    the prefix's own noun (an old fisherman named Wang), no word a salter cut in two."""
    from unionkit.clean.salting.splits import _split_runs
    t = prepare_title(ICE_TITLE)
    assert _split_runs("“干了三十年，每年都有人来看我们。”老渔工王大海说。", t) == []
    par = "慰问组来渔工到作业点，将一件件慰问品送到手中。"
    assert _split_runs(par, t) == [_span(par, "渔工")]  # (来|渔工|到: the word 来到 cut in two)


def test_of_two_copies_of_a_chunk_the_one_inside_the_sentences_title_run_is_the_texts():
    """德令哈市总工会组织|6名|德令|省 … 技|组织|术: a paragraph restating the title's union and verb whole, with the same
    pieces put loose elsewhere, had both copies of each cut; a salter puts each chunk into a paragraph once, so the copy
    inside the verbatim title run is the sentence's own."""
    from unionkit.clean.salting.copies import own_words
    t = prepare_title("德令哈市总工会组织劳模工匠走进光伏企业开展技术帮扶")
    par = "10月8日，德令哈市总工会组织6名德令省、市级劳模工匠走进光伏园区，开展技组织术帮扶活动。"
    loose = [_span(par, "德令", par.index("6名")), _span(par, "组织", par.index("技组"))]
    spans = sorted([_span(par, "德令"), _span(par, "组织")] + loose)
    assert own_words([spans], [par], t) == [loose]


def test_a_clause_opening_sparse_piece_before_the_title_words_it_skips_is_stepped_back_salt():
    """,南宁集中|市总工会向…: on a page with salt, a clause-opening piece reading the title with one gap (南宁|…|集中 of
    南宁市|总工会|集中), followed right away by the gap's words naming the sentence's subject, is a salter's sparse chunk
    put before the sentence's own union name; without the gap's words after it (,南宁集中|工会向…) it is left alone."""
    from unionkit.clean.salting.doubles import stepped_back
    t = prepare_title("南宁市总工会集中开展快递员入会活动")
    first = "3月2日，南宁市总工会举行集中入会仪式，市总开展200余名快递员现场入会。"
    out = [[_span(first, "市总", first.index("，市"))], []]
    par = "仪式上，南宁集中市总工会向新会员赠送了暖心包。"
    assert stepped_back(out, [first, par], t) == [out[0], [_span(par, "南宁集中")]]
    other = "仪式上，南宁集中工会向新会员赠送了暖心包。"
    assert stepped_back(out, [first, other], t) == out


def test_a_clause_opening_title_word_before_the_subject_named_under_its_city_is_stepped_back_salt():
    """,慰问|襄阳市樊城区总工会联合…: on a page with salt, a clause-opening title word followed by the sentence's union
    name, which starts back in the title, is salt even when the sentence names the union under its city (襄阳市, a
    place the title lacks); a title word before a place of the title's own (,慰问|樊城区…) went so before, and one
    before a clause naming no subject of the title stays."""
    from unionkit.clean.salting.doubles import stepped_back
    t = prepare_title("樊城区总工会为环卫工人送去慰问品")
    first = "入冬以来，气温骤降。环卫工人"
    out = [[(len(first), len(first) + 2)], []]
    first += "慰问坚守岗位。"
    par = "12月1日，慰问襄阳市樊城区总工会联合区城管局走访环卫站点。"
    assert stepped_back(out, [first, par], t) == [out[0], [_span(par, "慰问")]]
    other = "12月1日，慰问襄阳市城管局走访环卫站点。"
    assert stepped_back(out, [first, other], t) == out


def _span(par: str, piece: str, start: int = 0) -> tuple[int, int]:
    """The span of piece's first copy in par from start."""
    k = par.index(piece, start)
    return (k, k + len(piece))


def test_a_cut_piece_glued_after_a_chunk_up_to_the_next_chunk_is_salt():
    """…第36天[总工会暖]心早。 with 餐惠 opening the next paragraph's salt: the title characters between the two chunks
    of the page's list (心早, cut inside 早餐), glued after the first and followed by a sentence end, are the list's
    chunk the reading took for the sentence's words. Whole title words there (心早餐 before 惠及), the sentence going
    on after them, or text not reaching the next chunk's start stay."""
    t = prepare_title("宜宾市总工会“暖心早餐”惠及2300名环卫工人")
    p0 = "4月25日，环卫工人领到热乎乎的早餐。这是活动开展的第36天总工会暖心早。"
    p1 = "今年3月，餐惠区总工会联合城管局设立爱心早餐点。"
    out = [[_span(p0, "总工会暖")], [_span(p1, "餐惠")]]
    assert salting.fills.glued_fills(out, [p0, p1], t) == [[_span(p0, "总工会暖"), _span(p0, "心早")], [_span(p1, "餐惠")]]
    # whole title words up to the next chunk (惠及): the sentence's own
    w0, w1 = p0.replace("心早。", "心早餐。"), p1.replace("餐惠", "惠及")
    out = [[_span(w0, "总工会暖")], [_span(w1, "惠及")]]
    assert salting.fills.glued_fills(out, [w0, w1], t) == out
    # the sentence goes on after the piece
    g0 = p0.replace("心早。", "心早到了。")
    out = [[_span(g0, "总工会暖")], [_span(p1, "餐惠")]]
    assert salting.fills.glued_fills(out, [g0, p1], t) == out
    # the next chunk starts past what is glued (心早 written, the list's gap is 心早餐)
    out = [[_span(p0, "总工会暖")], [_span(w1, "惠及")]]
    assert salting.fills.glued_fills(out, [p0, w1], t) == out


def test_a_sparse_span_after_its_head_and_skipped_characters_is_two_chunks():
    """建[市总]成工会[工打造]会驿站: the sparse reading 工打造 (会 skipped) leaves 成工会会驿站; the text writes the head and the
    skipped character (工会) right before it, from where the previous span 市总 stops in the title, so the list is
    市总|工会|打造 and the span's 工 is the sentence's (成工会驿站). Other text before the span, or a previous span that
    stops elsewhere in the title, leaves the span as it is."""
    t = prepare_title("泸州市总工会打造“15分钟职工服务圈”")
    par = "截至6月底，全市建市总成工会工打造会驿站210家。"
    c = par.index("工打造")
    out = [[_span(par, "市总"), (c, c + 3)]]
    assert salting.fills.sparse_splits(out, [par], t) == [[_span(par, "市总"), (c - 2, c), (c + 1, c + 3)]]
    other = "截至6月底，全市建市总成立工打造会驿站210家。"
    c = other.index("工打造")
    out = [[_span(other, "市总"), (c, c + 3)]]
    assert salting.fills.sparse_splits(out, [other], t) == out
    far = "截至6月底，泸州全市建成工会工打造会驿站210家。"
    c = far.index("工打造")
    out = [[_span(far, "泸州"), (c, c + 3)]]
    assert salting.fills.sparse_splits(out, [far], t) == out


def test_the_titles_number_between_two_chunks_of_a_paragraph_is_salt():
    """、[惠及]2300餐饮协会，[名环]…: the title's number, written whole, fills the title between two chunks of the
    paragraph (惠及|2300|名), glued after the first or right after a clause mark (,15初步形成 between 打造 and 分钟).
    The number with the title's unit after it (2300名, the text's count), inside a clause after other words, or another
    number holding its digits stays."""
    t = prepare_title("宜宾市总工会“暖心早餐”惠及2300名环卫工人")
    par = "今年3月，区总工会联合城管局、惠及2300餐饮协会，名环在城区设立早餐点。"
    out = [[_span(par, "惠及"), _span(par, "名环")]]
    assert salting.fills.title_numbers(out, [par], t) == [[_span(par, "惠及"), _span(par, "2300"), _span(par, "名环")]]
    for text in ("今年3月，区总工会联合城管局、惠及2300名餐饮从业者，名环在城区设立早餐点。",
                 "今年3月，区总工会联合城管局、惠及餐饮协会2300家，名环在城区设立早餐点。",
                 "今年3月，区总工会联合城管局、惠及23000名，名环在城区设立早餐点。"):
        out = [[_span(text, "惠及"), _span(text, "名环")]]
        assert salting.fills.title_numbers(out, [text], t) == out
    t2 = prepare_title("泸州市总工会打造“15分钟职工服务圈”")
    par2 = "截至6月底，打造建成驿站210家、托管班35个，15初步形成覆盖城乡分钟的服务网络。"
    out = [[_span(par2, "打造"), _span(par2, "分钟")]]
    assert salting.fills.title_numbers(out, [par2], t2) == [[_span(par2, "打造"), _span(par2, "15"), _span(par2, "分钟")]]
    # no chunks around it: nothing
    assert salting.fills.list_fills([[]], [par2], t2) == [[]]


def test_a_title_scrap_dangling_after_the_last_sentence_end_is_salt():
    """…获得二等奖。大赛: two to six title characters, one title piece or two (表|宜宾市总), left after a paragraph's
    final full stop are a salter's last chunk. A single character, text that is not the title's, a run that needs
    three pieces, or title words not after a sentence end stay."""
    t = prepare_title("屯昌县总工会举办割胶工技能大赛")
    pars = ["经过激烈角逐，来自枫木镇的胶工获得一等奖，另两人获得二等奖。大赛",
            "比赛分理论考试和实操两部分。赛",
            "比赛分理论考试和实操两部分。完",
            "比赛分理论考试和实操两部分。大赛县总技能",
            "比赛分理论考试和实操两部分，县总工会技能大赛",
            "比赛分理论考试和实操两部分。赛技能"]
    got = salting.seams.dangling_ends(pars, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, got)] == [["大赛"], [], [], [], [], ["赛技能"]]
    t2 = prepare_title("宜宾市总工会慰问一线职工和劳模代表")
    p2 = "今年各级工会共筹集资金1860万元，慰问各类职工群体2.3万人。表宜宾市总"
    assert [p2[a:b] for a, b in salting.seams.dangling_ends([p2], t2)[0]] == ["表宜宾市总"]


def test_a_dangling_title_scrap_cutting_the_titles_number_is_salt():
    """…参加比赛。赛48名, …共计万元。和20: a title holding a number is cut across it too, the scrap read on the title's Han
    characters and digits; a scrap opening on digits (a date or count line: 。2025年) or with a number the title does
    not hold stays."""
    t = prepare_title("城关区总工会2024年工作回顾和2025年工作安排 举办技能大赛 48名职工同场竞技")
    pars = ["来自全区各行业的职工参加了比赛。赛48名",
            "全年为职工追回欠薪120余万元。和20",
            "全年为职工追回欠薪120余万元。2025年",
            "全年为职工追回欠薪120余万元。和30",
            "全年为职工追回欠薪120余万元。大赛"]
    got = salting.seams.dangling_ends(pars, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, got)] == [["赛48名"], ["和20"], [], [], ["大赛"]]



def _inside(par, context, text):
    """The span of text inside the first occurrence of context."""
    a = par.index(context) + context.index(text)
    return (a, a + len(text))


def test_a_title_word_bound_to_a_number_inside_a_clause_stays():
    """On a page salted at clause marks, a dictionary word inside a clause against a number (共计[慰问]186户,
    12351[职工]服务热线) is the sentence's own; the chunks after a mark stay spans, and a salter's odd cut against
    a number (312名[工职]选手: no title word ends there) stays a span."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("建始县总工会开展冬送温暖慰问困难职工")
    p0 = "为他们送去慰问品,建始共计慰问186户、冬送发放慰问金,难职工拨打12351职工服务热线。"
    out = [[_inside(p0, ",建始", "建始"), _inside(p0, "计慰问1", "慰问"), _inside(p0, "、冬送", "冬送"),
            _inside(p0, ",难职工", "难职工"), _inside(p0, "1职工服", "职工")]]
    got = S.marks.clause_words(out, [p0], t)
    assert [p0[a:b] for a, b in got[0]] == ["建始", "冬送", "难职工"]
    t2 = S.title.prepare_title("某某市总工会举办职工职业技能大赛")
    p1 = "比赛于10月举行,市总共有312名工职选手参加,举办技能大赛,职业现场气氛热烈。"
    sp = [_inside(p1, ",市总", "市总"), _inside(p1, "名工职", "工职"), _inside(p1, ",举办", "举办"),
          _inside(p1, ",职业", "职业")]
    assert S.marks.clause_words([sp], [p1], t2) == [sp]


def test_copies_of_a_non_word_chunk_after_clause_marks_are_salt():
    """A found chunk no dictionary knows (难职工) put after several clause marks of a paragraph is salt at each mark;
    the same characters after a mark running on into a word (,慰问困难职工: 困难) and a chunk that is a word stay."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("建始县总工会开展冬送温暖慰问困难职工")
    par = "县总工会负责人询问了家庭收入、难职工子女上学情况,难职工叮嘱干部,慰问困难职工、难职工动态管理。"
    out = [[_inside(par, "、难职工子", "难职工")]]
    got = S.marks.marked_copies(out, [par], t)
    assert [par[a:b] for a, b in got[0]] == ["难职工", "难职工", "难职工"]
    assert all(S.title.left_is_mark(par, a) for a, _ in got[0])
    p2 = "深入业州镇、慰问困高坪镇等地,慰问困难职工,慰问困走访劳模。"
    got = S.marks.marked_copies([[_inside(p2, "、慰问困", "慰问困")]], [p2], t)
    assert got == [[_inside(p2, "、慰问困", "慰问困"), _inside(p2, ",慰问困走", "慰问困")]]


def test_subject_unions_keeps_a_union_name_before_an_officer_title_or_adverb():
    """A union name right before 主席/将/表示… is the sentence's subject: never cut as a chunk."""
    from unionkit.clean.salting.unions import subject_unions
    pars = ["区总工会主席在仪式上讲话，江孜县总工会将继续开展培训。", "会议指出，市总工会职工参加比赛。"]
    spans = [[(0, 4), (13, 19)], [(5, 9)]]
    assert subject_unions(spans, pars) == [[], [(5, 9)]]  # 市总工会职工: a chunk before the clause, cut
    pars = ["为提升职工技能，定安县总工会联合县人社局举办培训班。", "培训结束后，市总工会在全市推广。"]
    assert subject_unions([[(8, 14)], [(6, 10)]], pars) == [[], [(6, 10)]]  # 联合 follows a subject; 在 may follow salt


def test_salted_page_keeps_its_union_names_before_subject_words():
    """A salted page's own 区总工会副主席 and 宝安区总工会将 stay while the salt around them goes (a city
    portal's copy salted with its title's pieces; before subject_unions both names were cut)."""
    from unionkit.clean import clean_text
    page = pathlib.Path(__file__).parent / "data" / "layouts" / "crawl13_text_s01.txt"
    body = "\n".join(clean_text(page.read_text(encoding="utf-8")).body)
    assert "区总工会副主席周立群" in body
    assert "宝安区总工会将继续" in body


def test_carried_chunks_takes_the_pieces_before_the_first_salted_paragraph():
    """A salter carrying one chunk list through the page puts its first chunk in the paragraph before (铁力 | 市总,
    新就): taken when the earlier paragraph's clause-opening pieces tile the title's head up to the found chunks."""
    from unionkit.clean.salting.tails import carried_chunks
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("铁力市总工会为新就业形态劳动者送健康")
    pars = ["10月15日，市总工会联合市中医医院，铁力在工会驿站开展免费体检。",
            "体检项目包括血常规等，市总医生还针对骑手久坐等问题，新就现场提供健康建议。"]
    found = [[], [(11, 13), (26, 28)]]
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, found)] == [[], ["市总", "新就"]]
    got = carried_chunks(found, pars, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(pars, got)] == [["铁力"], ["市总", "新就"]]


def test_carried_chunks_leaves_a_paragraph_whose_clause_words_do_not_tile_the_title_head():
    """Clause-opening title words that do not reach the found chunks (工会 far from 铁力's head) stay."""
    from unionkit.clean.salting.tails import carried_chunks
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("铁力市总工会为新就业形态劳动者送健康")
    pars = ["10月15日，劳动者在工会驿站体检，健康档案同时建立。",
            "体检项目包括血常规等，市总医生还针对骑手久坐等问题，新就现场提供健康建议。"]
    found = [[], [(11, 13), (26, 28)]]
    assert carried_chunks(found, pars, t) == found


def test_marked_tiling_reads_a_chunk_list_carried_through_the_page():
    """Clause openings that tile the title from its head in page order (黎平 | 县总, then 慰问 | 侗寨 | 景区) are salt even
    though no paragraph repeats another's chunks; the title restated in full (黎平县总工会走进) is no piece."""
    from unionkit.clean.salting.marked import marked_tiling
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("黎平县总工会慰问侗寨景区一线职工")
    pars = ["2月10日，黎平县总工会走进景区，黎平为一线职工送去慰问金，县总共慰问职工85人。",
            "在游客服务中心，慰问县总工会副主席与讲解员交流，了解排班、侗寨用餐情况，景区叮嘱管理方保障休息。"]
    got = [[p[a:b] for a, b in sp] for p, sp in zip(pars, marked_tiling(pars, t))]
    assert got == [["黎平", "县总"], ["慰问", "侗寨", "景区"]]


def test_marked_tiling_leaves_a_title_restated_in_whole_words():
    """Clause openings that are the title's own words, whole (县总工会, 慰问, 景区), are a report retelling its title."""
    from unionkit.clean.salting.marked import marked_tiling
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("黎平县总工会慰问侗寨景区一线职工")
    pars = ["2月10日，黎平县组织活动，总工会领导参加。",
            "活动中，慰问组走访了商户，侗寨的保洁员收到年货，景区管理方表示感谢。"]
    assert not any(marked_tiling(pars, t))


def test_list_gaps_fills_in_the_chunk_another_paragraph_shows_between_the_same_two():
    """A salter reuses one chunk list (西城 | 就业 | 态劳) in each salted paragraph: where a paragraph's found chunks
    skip one (西城 … 态劳) that another shows between them, its one copy in that stretch is salt, and so is the list's
    head before a paragraph's first found chunk. A chunk the stretch holds twice, one that with the text after it
    names the title's union (区总|工会送来), and a paragraph alone on the page stay as they are."""
    from unionkit.clean.salting.marked import list_gaps
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("西城区总工会为新就业形态劳动者送上暖心包")
    p0 = "寒冬时节,西城区总工会走进快递网点,西城为骑手送去手套,就业并宣传入会政策,态劳当天共发放100份。"
    p1 = "冬天骑车送餐最怕手冻僵,西城骑手们说,手套就业正好用得上,态劳工会还为新会员赠送保险。"

    def spans(p, *xs):
        return [(p.index(x, p.index(c)), p.index(x, p.index(c)) + len(x)) for c, x in xs]

    out = [spans(p0, (",西城为", "西城"), (",就业", "就业"), (",态劳", "态劳")),
           spans(p1, (",西城骑", "西城"), (",态劳", "态劳"))]
    got = list_gaps(out, [p0, p1], t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip([p0, p1], got)] == [["西城", "就业", "态劳"],
                                                                       ["西城", "就业", "态劳"]]
    # the head of the list (all the chunks another paragraph shows before it) ahead of the first found chunk
    out_head = [out[0], spans(p1, (",态劳", "态劳"))]
    assert [p1[a:b] for a, b in list_gaps(out_head, [p0, p1], t)[1]] == ["西城", "就业", "态劳"]
    # twice in the stretch: no telling which copy is the salter's
    q1 = "冬天骑车送餐最怕手冻僵,西城骑手们说,手套就业正好用得上,就业也稳了,态劳工会还为新会员赠送保险。"
    out2 = [out[0], spans(q1, (",西城骑", "西城"), (",态劳", "态劳"))]
    assert list_gaps(out2, [p0, q1], t) == out2
    # a copy that names the title's union with the text after it is the sentence's
    r0 = "寒冬时节,西城区总工会走进快递网点,西城为骑手送去手套,区总并宣传入会政策,态劳当天共发放100份。"
    r1 = "冬天骑车送餐最怕手冻僵,西城骑手们说,区总工会送来的手套正好用得上,态劳还为新会员赠送保险。"
    out3 = [spans(r0, (",西城为", "西城"), (",区总", "区总"), (",态劳", "态劳")),
            spans(r1, (",西城骑", "西城"), (",态劳", "态劳"))]
    assert list_gaps(out3, [r0, r1], t) == out3
    # inside the union's name as the sentence writes it (西城|区总|工会), and after a title character that does not
    # run on along the title after the chunk (全省|总工|各级 of a 省总工会 title: the chunk)
    s1 = "冬天骑车送餐最怕手冻僵,西城骑手们说,西城区总工会送来的手套正好用得上,态劳还为新会员赠送保险。"
    out4 = [out3[0], spans(s1, (",西城骑", "西城"), (",态劳", "态劳"))]
    assert list_gaps(out4, [r0, s1], t) == out4
    t2 = prepare_title("省总工会开展尊法守法农民工法律服务行动")
    u0 = "近日,省总召开会议,总工部署法律服务,开展尊法守法活动。"
    u1 = "行动开展以来,省总全省总工各级工会举办讲座,开展尊法守法宣传。"
    out5 = [spans(u0, (",省总", "省总"), (",总工", "总工"), (",开展尊", "开展")),
            spans(u1, (",省总全", "省总"), (",开展尊", "开展"))]
    got5 = list_gaps(out5, [u0, u1], t2)[1]
    assert [u1[a:b] for a, b in got5] == ["省总", "总工", "开展"]
    assert list_gaps([out[1]], [p1], t) == [out[1]]


def test_marked_copy_moves_a_span_out_of_a_word_to_the_clause_opening_copy():
    """42名女|职工|和 (a word of the sentence) gives way to ，|职工|由… (a clause-opening copy that reads better cut)."""
    from unionkit.clean.salting.marked import marked_copy
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("五指山市黎锦技艺职工培训班开班")
    par = "4月16日，职工由市总工会主办的培训班在水满乡开班，来自全市的42名女职工和农民工参加培训。"
    inner = par.index("女职工") + 1
    got = marked_copy([[(inner, inner + 2)]], [par], t)
    assert got == [[(6, 8)]] and par[6:8] == "职工"


def test_marked_copy_leaves_a_span_with_no_clause_opening_copy():
    """With no copy of the piece after a clause mark, the span stays where the reading put it."""
    from unionkit.clean.salting.marked import marked_copy
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("五指山市黎锦技艺职工培训班开班")
    par = "4月16日，由市总工会主办的培训班在水满乡开班，来自全市的42名女职工和农民工参加培训。"
    inner = par.index("女职工") + 1
    assert marked_copy([[(inner, inner + 2)]], [par], t) == [[(inner, inner + 2)]]


def test_marked_copies_takes_a_word_chunk_opening_several_clauses():
    """A found chunk that is also a word (总工, cut from 总工会) is taken where it opens two clauses or more of a paragraph
    (,总工县农技中心… ,总工现场讲解…), and not where it opens one."""
    from unionkit.clean.salting.marks import marked_copies
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("乐东黎族自治县总工会送技能进芒果园")
    pars = ["11月中旬，乐东县总工会联合农业农村局，总工在基地举办培训班。",
            "培训中，总工县农技中心专家深入果园，总工现场讲解实用技术，总工手把手指导职工操作。",
            "培训后，总工程师还介绍了新品种。"]
    first = pars[0].index("，总工") + 1
    got = marked_copies([[(first, first + 2)], [], []], pars, t)
    assert [len(sp) for sp in got] == [1, 3, 0]
    assert all(pars[1][a:b] == "总工" for a, b in got[1])


# --------------------------------------------------------------------------- longer pieces and the text's own words

def test_cut_pieces_takes_longer_pieces_with_title_punctuation_and_dangling_ones():
    title = "第二回走进高原牧场，我在那曲住了七天"
    paragraphs = [
        "去年秋天单位通知我去西藏考察，第二回走说要带上相机和笔记本。到了拉萨以后，进高原还要先适应两天。",
        "我们一行十二人从拉萨出发，牧场，我沿途看见了成群的牦牛，向导介绍了当地的放牧习惯。",
        "第三天傍晚到了县城，住了七天当地干部给我们讲了草场保护的办法。",
        "离开那天，在那曲大家都依依不舍，约好明年再来。",
    ]
    got = salting.pieces.cut_pieces(paragraphs, salting.title.prepare_title(title))
    texts = [par[a:b] for par, sp in zip(paragraphs, got) for a, b in sp]
    assert "第二回走" in texts and "进高原" in texts and "牧场，我" in texts
    assert "住了七天" in texts and "在那曲" in texts


def test_cut_pieces_leaves_a_page_restating_the_title_in_whole_words():
    title = "滨河区总工会：园区车间里的“技术比武”决出新标兵"
    paragraphs = [
        "近日，滨河区总工会在园区举办技术比武，吸引了三十家企业参加。",
        "比武现场，区总工会负责人介绍了赛项设置，技术比武分为五个项目。",
        "据介绍，滨河区总工会将继续组织此类活动。",
    ]
    assert not any(salting.pieces.cut_pieces(paragraphs, salting.title.prepare_title(title)))


def test_cut_pieces_needs_three_distinct_cut_pieces():
    title = "滨河区总工会：园区车间里的“技术比武”决出新标兵"
    paragraphs = ["开赛前，滨河区总裁判组宣读了规则。", "比赛结束后，工会：园区的负责人讲了话。"]
    assert not any(salting.pieces.cut_pieces(paragraphs, salting.title.prepare_title(title)))


def test_own_words_keeps_a_word_inside_a_book_title():
    t = salting.title.prepare_title("江岸区总工会“法律进工地”送到项目部")
    par = "志愿者向工人发放了《工会维权手册》，讲解了相关条款。"
    a = par.index("工会")
    assert salting.copies.own_words([[(a, a + 2)]], [par], t) == [[]]


def test_quoted_name_head_is_the_sentences():
    # a clause-mark salter's list goes on 青山|区总|工会: the next 工会 heads the page's own quoted name
    title = "青山区总工会联合爱心企业为快递员送“清凉礼包”"
    paragraphs = ["6月12日上午,青山青山区总工会联合辖区内爱心企业,在城东广场等地设立区总“清凉驿站”,为正在派件的快递员送上清凉礼包。",
                  "区总工会相关负责人介绍,今年“清凉礼包”活动已发放礼包两千余份。青山下一步,区总工会将把活动延伸至外卖送餐员等区总"
                  "户外劳动者群体,并依托全区28个“工会书屋”,为户外劳动者提供更多服务。"]
    got = [[par[a:b] for a, b in sp] for par, sp in zip(paragraphs, salt_spans(title, paragraphs))]
    assert got == [["青山", "区总"], ["青山", "区总"]]


def test_quoted_heads_leaves_a_span_with_a_loose_copy_to_real_copies():
    t = salting.title.prepare_title("青山区总工会联合爱心企业为快递员送“清凉礼包”")
    par = "全区建成“工会书屋”28个,为户外劳动者提供服务。"
    a = par.index("工会")
    assert salting.copies.quoted_heads([[(a, a + 2)]], [par], t) == [[]]
    # another copy at a clause mark: real_copies moves the span there
    par = "全区建成“工会书屋”28个,工会为户外劳动者提供服务。"
    a = par.index("工会")
    assert salting.copies.quoted_heads([[(a, a + 2)]], [par], t) == [[(a, a + 2)]]


def test_quoted_heads_keeps_a_span_written_again_right_after_itself():
    """“|清凉|清凉礼包”: a quoted name does not double its head; the first copy is a salter's chunk put before the
    name's own words, and stays salt (one copy alone, “|清凉|礼包”, is given back as the name's head)."""
    t = salting.title.prepare_title("青山区总工会联合爱心企业为快递员送“清凉礼包”")
    par = "全区启动“清凉清凉礼包”发放活动,为户外劳动者提供服务。"
    a = par.index("清凉")
    assert salting.copies.quoted_heads([[(a, a + 2)]], [par], t) == [[(a, a + 2)]]
    par = "全区启动“清凉礼包”发放活动,为户外劳动者提供服务。"
    a = par.index("清凉")
    assert salting.copies.quoted_heads([[(a, a + 2)]], [par], t) == [[]]


def test_item_heads_takes_an_out_of_order_chunk_heading_a_list_item():
    t = salting.title.prepare_title("河口市举行“三八”妇女节暨巾帼标兵表彰会")
    par = "会上宣读了决定,授予陈丽、河口周敏、赵红梅、市举孙燕、标兵吴桂兰、妇女何芳等30名同志荣誉称号。"
    found = [[(par.index(w), par.index(w) + 2) for w in ("河口", "市举", "妇女")]]
    got = salting.lones.item_heads(found, [par], t)
    assert [par[a:b] for a, b in got[0]] == ["河口", "市举", "标兵", "妇女"]
    # with two found heads the list shows no salter's pattern
    assert salting.lones.item_heads([found[0][:2]], [par], t) == [found[0][:2]]
    # an item that is the title word alone, or one outside the found heads' stretch, is the list's own
    par = "授予陈丽、河口周敏、标兵、市举孙燕、妇女何芳等30名同志荣誉称号,巾帼标兵吴桂兰、表彰会上发言。"
    found = [[(par.index(w), par.index(w) + 2) for w in ("河口", "市举", "妇女")]]
    assert salting.lones.item_heads(found, [par], t) == found


def test_counted_doubles_takes_a_piece_before_a_count_naming_it_again():
    t = salting.title.prepare_title("河口区总工会携手志愿者为快递小哥送清凉")
    par = "河口河口区总工会组织快递30余名快递小哥参加,另有志愿者12名志愿者到场。"
    found = [[(0, 2)]]
    got = salting.doubles.counted_doubles(found, [par], t)
    assert [par[a:b] for a, b in got[0]] == ["河口", "快递", "志愿者"]
    # the piece alone before its count is the sentence's (快递30余名), as is any count on a page without salt
    par = "河口河口区总工会组织快递30余名参加,30名快递小哥到场。"
    assert salting.doubles.counted_doubles(found, [par], t) == found
    par = "区总工会组织快递30余名快递小哥参加。"
    assert salting.doubles.counted_doubles([[]], [par], t) == [[]]


def test_own_words_keeps_the_title_place_opening_a_paragraph():
    t = salting.title.prepare_title("南溪市总工会启动“家政能手”技能培训")
    paragraphs = ["南溪是全省重要的家政服务输出地，从业人员超过十万。", "近年来，南溪市总工会持续开展培训。"]
    assert salting.copies.own_words([[(0, 2)], []], paragraphs, t) == [[], []]
    # a chunk cut after a clause mark is no paragraph opening
    par = "近年来，南溪从业人员超过十万。"
    assert salting.copies.own_words([[(4, 6)]], [par], t) == [[(4, 6)]]


def test_own_words_keeps_a_lead_restating_its_headline():
    t = salting.title.prepare_title("青石煤矿工会“岗位安全互帮互学”让工人更放心")
    paragraphs = ["近日，青石煤矿工会在全矿推行“岗位安全互帮互学”机制，以“岗位互帮、师徒互学”为主要形式。",
                  "该矿工会把一线职工结成互帮对子。"]
    a = paragraphs[0].index("青石煤矿工会")
    assert salting.copies.own_words([[(a, a + 6)], []], paragraphs, t) == [[], []]
    # a piece doubled right before the restated words is salt
    par = "今年以来，青石煤矿青石煤矿工会推开了互帮机制。"
    a = par.index("青石煤矿")
    assert salting.copies.own_words([[(a, a + 4)]], [par], t) == [[(a, a + 4)]]


def test_name_parts_keeps_a_union_name_whole():
    paragraphs = ["”涪城区总工会副主席杨丽说，慰问将继续。", "九洲集团工会相关负责人介绍，已设休息点。"]
    a, b = paragraphs[0].index("工会"), paragraphs[1].index("工会")
    assert salting.copies.name_parts([[(a, a + 2)], [(b, b + 2)]], paragraphs) == [[], []]
    # a chunk put before the name, a chunk opening the name (、区总工会入会), or the whole name, stays
    par = "慰问，区总涪城区总工会将继续。"
    assert salting.copies.name_parts([[(3, 5)]], [par]) == [[(3, 5)]]
    par2 = "技能培训报名、区总工会入会等服务台。"
    k = par2.index("区总")
    assert salting.copies.name_parts([[(k, k + 2)]], [par2]) == [[(k, k + 2)]]
    k = par.index("区总工会")
    assert salting.copies.name_parts([[(k, k + 4)]], [par]) == [[(k, k + 4)]]


def test_subject_unions_keeps_a_union_word_before_an_officer_or_a_verb():
    paragraphs = ["开幕式上，校党委副书记、校工会主席周立华致辞。", "近年来，校工会坚持每年举办比赛。"]
    spans = [[(p.index("校工会"), p.index("校工会") + 3)] for p in paragraphs]
    assert salting.unions.subject_unions(spans, paragraphs) == [[], []]
    # a unit's union (its one character before 工会) going on into its clause is the subject whatever verb follows
    par = "室进行调解，校工会调解成功的可依法申请司法确认。"
    k = par.index("校工会")
    assert salting.unions.subject_unions([[(k, k + 3)]], [par]) == [[]]
    # a bare 工会 chunk before such a word is as often salt (,工会将绿豆…送到), and one before a word that is no
    # subject's verb stays too (,工会调解成功的…: a real page's salt)
    for par in ("在建项目工地,工会将绿豆、白糖送到职工手中。", "室进行调解，工会调解成功的可依法申请司法确认。",
                "室进行调解，区工会调解成功的可依法申请司法确认。"):
        k = par.index("工会") - (1 if "区工会" in par else 0)
        assert salting.unions.subject_unions([[(k, par.index("工会") + 2)]], [par]) == [[(k, par.index("工会") + 2)]]


def test_clause_words_keeps_a_counted_word_running_on_into_a_word():
    t = salting.title.prepare_title("平阳县总工会：“工会+法院”联手化解劳动争议")
    paragraphs = ["根据协议，平阳县法院将受理，县总在立案前委派，工会调解。", "表示，将选派和3名工会法律顾问常驻，县总做到。"]
    out = [[(5, 7), (13, 15), (23, 25)], [(paragraphs[1].index("工会"), paragraphs[1].index("工会") + 2),
                                          (paragraphs[1].index("县总"), paragraphs[1].index("县总") + 2)]]
    got = salting.marks.clause_words(out, paragraphs, t)
    assert got[1] == [out[1][1]] and got[0] == out[0]
    # a chunk put after a number's measure word, before a word it forms none with, stays (3名工会为…)
    par = "表示，将选派和3名工会为常驻，县总做到。"
    k = par.index("工会")
    assert salting.marks.clause_words([out[0], [(k, k + 2), (par.index("县总"), par.index("县总") + 2)]], [paragraphs[0], par], t)[1][0] == (k, k + 2)


def test_cut_pieces_leaves_whole_words_in_a_paragraph_the_cutting_did_not_salt():
    title = "安吉县总工会开展“春风送岗”专场招聘会"
    paragraphs = ["2月26日，安吉县总工由县总工会主办的招聘会举行，会开展春吸引了企业。招聘会",
                  "本次招聘聚焦主导产业，风送岗专场岗位涵盖多个类别。招聘会",
                  "据统计，招聘会当天共有1100余人次进场求职。"]
    got = salting.pieces.cut_pieces(paragraphs, salting.title.prepare_title(title))
    assert got[2] == []
    assert got[0] and got[1]
    assert paragraphs[1][got[1][-1][0]:got[1][-1][1]] == "招聘会"


# Undamaged real pages whose body must come back exactly (salting once cut their title words: 校工会主席 and 广大教职工,
# 区工信局 and 举办; 江山 before 经济开发区 and 一线职工 once 技能竞赛 of 职业技能|竞赛 opened the gate).
UNSALTED_LAYOUTS = ["crawl78_text_p08"]
UNSALTED_HTML = ["crawl79_html_p01", "crawl148_html_p01"]


@pytest.mark.parametrize("name", UNSALTED_LAYOUTS)
def test_unsalted_text_page_body_exact(name):
    import json
    from unionkit.clean import clean_text
    data = pathlib.Path(__file__).parent / "data" / "layouts"
    gold = json.loads((data / f"{name}.gold.json").read_text(encoding="utf-8"))
    art = clean_text((data / f"{name}.txt").read_text(encoding="utf-8"), path=f"{name}.txt")
    assert [ln for ln in art.body if ln.strip()] == gold["body"]


@pytest.mark.parametrize("name", UNSALTED_HTML)
def test_unsalted_html_page_body_exact(name):
    import json
    from unionkit.clean import clean_article
    from unionkit.html import decode_html, html_to_article
    data = pathlib.Path(__file__).parent / "data" / "html"
    gold = json.loads((data / f"{name}.gold.json").read_text(encoding="utf-8"))
    art = clean_article(html_to_article(decode_html((data / f"{name}.html").read_bytes()).text, path=f"{name}.html"))
    assert [ln for ln in art.body if ln.strip()] == gold["body"]


def test_name_parts_leaves_two_chunks_that_make_a_name_together():
    par = "会上，湖州市总工会为职工办实事。"
    a = par.index("市总")
    assert salting.copies.name_parts([[(a, a + 2), (a + 2, a + 4)]], [par]) == [[(a, a + 2), (a + 2, a + 4)]]


def test_slot_copies_moves_a_span_glued_into_a_word_to_a_free_copy_in_the_same_stretch():
    from unionkit.clean.salting.title import prepare_title
    from unionkit.clean.salting.slots import slot_copies
    t = prepare_title("石景山区总工会召开第四届职工代表大会")
    par = "日前,石景山区总工会召开第四届职工代表大会第二次会议。石景区总工会主席代表区总工会作工作报告。"
    glued, free = par.find("石景"), par.find("石景", par.find("石景") + 1)
    assert slot_copies([[(glued, glued + 2)]], [par], t) == [[(free, free + 2)]]
    # look-alike: no second copy in the stretch, and a span not glued into a word stays where it is
    alone = "日前,石景山区总工会召开第四届职工代表大会第二次会议。区总工会主席代表区总工会作工作报告。"
    assert slot_copies([[(3, 5)]], [alone], t) == [[(3, 5)]]
    assert slot_copies([[(free, free + 2)]], [par], t) == [[(free, free + 2)]]


def test_whole_words_found_only_with_a_given_back_union_name_stay():
    # 院工会 (校工会主席-like subject) opened the gate; once given back, the whole title word 教职工 has no evidence left
    # (the gate now reads such a subject as the sentence's own and stays closed: nothing is found in the first place)
    title = "我院工会举办2023年教职工乒乓球比赛"
    paragraphs = ["11月5日，某某学院工会主办的2023年教职工乒乓球比赛在体育馆举行，共有18支代表队参赛。",
                  "开幕式上，院党委副书记、院工会主席李明致辞，他希望广大教职工发扬拼搏精神，赛出风格。",
                  "近年来，院工会坚持每年举办教职工乒乓球比赛，教职工参与文体活动的积极性不断提高。"]
    a, b = paragraphs[1].index("院工会"), paragraphs[2].index("院工会")
    assert salting.reading._unsupported(title, paragraphs, [[], [(a, a + 3)], [(b, b + 3)]])
    assert salting.salt_spans(title, paragraphs) == [[], [], []]


def test_salt_found_with_a_given_back_union_name_still_goes_when_the_rest_shows_salt():
    # a union name given back (区总工会每年举办) while the page's other chunks are salt by their own shape
    title = "海淀区总工会举办第十届职工羽毛球比赛"
    paragraphs = [
        "11月9日海淀至10日,由海淀区总工会主办的第十届职工羽毛球比赛在区体育中心举行,来自全区42家基层工会的360余名职工"
        "参加比赛。工会比赛设男子单打、举办第工女子单打、男子双打、混合双打和团体赛五个项目。",
        "赛场上,职工们挥拍跳跃、海淀奋力拼搏,一次次精彩的扣杀赢得阵阵掌声。参赛的职工表示,区总工会每年举办羽毛球比赛,"
        "既锻炼了身体,又结识了不少朋友,大家都盼着下一届比赛早点工会到来。举办第工",
        "海淀区总工会有关负责人介绍,海淀职工羽毛球比赛已连续举办十届,成为全区职工文体活动的一张名片。工会今后,举办第工"
        "区总工会将继续羽毛球赛丰富职工文体活动,推动职工体育比赛常态化。"]
    found, back = salting.reading._final_spans(title, paragraphs)
    assert any(back)
    got = salting.salt_spans(title, paragraphs)
    assert got == found and all("举办第工" in [p[a:b] for a, b in sp] for p, sp in zip(paragraphs, got))


def test_list_heads_gives_back_the_head_of_an_item_shaped_like_the_one_before():
    par = "5月15日，某某区总工会联合区人社局、区工信局在培训中心举办比赛。"
    k = par.index("区工信")
    assert salting.unions.list_heads([[(k, k + 2)]], [par]) == [[]]
    # a chunk after 、 followed by words of another shape (区人社局、区工加强…), or one that is the whole item, stays
    for par in ("某某区总工会联合区人社局、区工加强职工服务。", "某某区总工会联合区人社局、区工局在培训中心。"):
        k = par.index("区工")
        assert salting.unions.list_heads([[(k, k + 2)]], [par]) == [[(k, k + 2)]]


def test_listed_lones_takes_one_character_chunks_the_page_shows_elsewhere():
    t = salting.title.prepare_title("盐城供电公司工会举办职工创新成果发布会")
    paragraphs = ["5月29日，盐盐城供电公司工会举办职工创新成果发布会，城来自基层班组的16项成果进行现场发布。布会",
                  "发布会上，盐变电检修中心发布的装置引起关注，可自动识别设备缺陷，城使巡检效率提升40%以上。布会"]
    p0, p1 = paragraphs
    out = [[(6, 7), (p0.index("城来"), p0.index("城来") + 1), (len(p0) - 2, len(p0))], [(len(p1) - 2, len(p1))]]
    got = salting.lones.listed_lones(out, paragraphs, t)
    assert [p1[a:b] for a, b in got[1]] == ["盐", "城", "布会"] and got[0] == out[0]
    # without one-character chunks elsewhere on the page, a lone character at a mark stays
    assert salting.lones.listed_lones([[(len(p0) - 2, len(p0))], out[1]], paragraphs, t)[1] == out[1]


def test_glued_gaps_fills_the_title_stretch_two_paragraphs_glue_before_a_chunk():
    t = salting.title.prepare_title("鄞州区总工会“鄞工匠心”劳模宣讲团走进社区")
    paragraphs = ["分享了操作法的由来，会鄞大家听得认真。工匠心劳他说：技术没有捷径。", "宣讲团会鄞围绕主题，工匠心劳已深入企业开展宣讲。"]
    out = [[(p.index("会鄞"), p.index("会鄞") + 2), (p.index("心劳"), p.index("心劳") + 2)] for p in paragraphs]
    got = salting.marks.glued_gaps(out, paragraphs, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(paragraphs, got)] == [["会鄞", "工匠", "心劳"]] * 2
    # glued before the chunk in one paragraph only: the sentence's word
    one = ["分享了操作法的由来，会鄞大家听得认真。工匠心劳他说：技术没有捷径。", "宣讲团会鄞围绕主题，心劳已深入鄞州工匠企业。"]
    out1 = [[(p.index("会鄞"), p.index("会鄞") + 2), (p.index("心劳"), p.index("心劳") + 2)] for p in one]
    assert salting.marks.glued_gaps(out1, one, t) == out1


def test_gate_leaves_a_whole_list_item_of_title_words():
    t = salting.title.prepare_title("鄞州区总工会“鄞工匠心”劳模宣讲团走进社区")
    tb = salting.boundaries.title_boundaries(t)
    assert salting.gate.gate_level("现有成员26人，均为省部级以上劳动模范、鄞州工匠和技术能手。", t, tb) == 0
    # the same characters running on into the sentence's words are a cut chunk
    assert salting.gate.gate_level("现有成员26人，均为省部级以上劳动模范、鄞州工匠技术能手。", t, tb) == salting.gate.NARROW


def test_own_words_gives_back_a_counted_noun_of_whole_title_words():
    t = salting.title.prepare_title("芦淞区总工会举办服饰行业职工技能大比武")
    tb = salting.boundaries.title_boundaries(t)
    par = "来自全区48家服饰企业的132名缝纫工同台竞技。"
    a = par.index("服饰")
    assert salting.copies.own_words([[(a, a + 2)]], [par], t) == [[]]
    # a piece cut inside a title word after the measure word is a salter's chunk (185個|平頂|戶外 of 平顶山市)
    t2 = salting.title.prepare_title("平顶山市总工会为户外劳动者送清凉")
    par2 = "全市依托185个平顶户外劳动者服务站开展活动。"
    b = par2.index("平顶")
    assert salting.copies.own_words([[(b, b + 2)]], [par2], t2) == [[(b, b + 2)]]
    # the same word after a clause mark stays salt
    par3 = "来自全区48家企业，服饰同台竞技。"
    c = par3.index("服饰")
    assert salting.copies.own_words([[(c, c + 2)]], [par3], t) == [[(c, c + 2)]]


def test_own_words_gives_back_a_noun_written_before_its_count():
    """Whole title words right before a count inside a clause (惠及|职工|3.6万人) are the noun the sentence counts; after
    的 the count stands alone (学校的|48人), and a noun the count names again (商户|15家爱心商户) is a salter's chunk."""
    t = salting.title.prepare_title("东湖区总工会为职工发放暖心消费券")
    par = "今年的消费券活动惠及职工3.6万人，带动消费两千余万元。"
    a = par.index("职工")
    assert salting.copies.own_words([[(a, a + 2)]], [par], t) == [[]]
    par3 = "发放给学校的职工48人。"
    b = par3.index("职工")
    assert salting.copies.own_words([[(b, b + 2)]], [par3], t) == [[(b, b + 2)]]
    t3 = salting.title.prepare_title("东湖区总工会联合爱心商户为职工发放消费券")
    par4 = "活动联合区内商户15家爱心商户共同参与。"
    c = par4.index("商户")
    assert salting.copies.own_words([[(c, c + 2)]], [par4], t3) == [[(c, c + 2)]]

def test_own_words_gives_back_the_title_place_owning_a_noun_after_a_preposition():
    t = salting.title.prepare_title("芦淞区总工会举办服饰行业职工技能大比武")
    par = "服饰产业是芦淞的立区之本，工会技能人才是关键。"
    a, r = par.index("芦淞"), par.index("区之")
    got = salting.copies.own_words([[(a, a + 2), (r, r + 1), (par.index("工会"), par.index("工会") + 2)]], [par], t)
    assert [par[x:y] for x, y in got[0]] == ["工会"]  # the lone 区 read against the place goes with it
    # the place glued after a word before 的 is a salter's chunk (发展|铜仁|的新形势)
    par2 = "围绕全市发展芦淞的新形势开展工作。"
    b = par2.index("芦淞")
    assert salting.copies.own_words([[(b, b + 2)]], [par2], t) == [[(b, b + 2)]]


def test_subject_unions_keeps_a_union_name_going_on_past_its_union():
    par = "由芦淞区服饰行业工会联合会承办，工会联合人社局开展竞赛。"
    a, b = par.index("工会联合会"), par.index("，工会") + 1
    got = salting.unions.subject_unions([[(a, a + 2), (b, b + 2)]], [par])
    assert got == [[(b, b + 2)]]  # a 工会 opening a clause before 联合 is no name's part


def test_tail_chunk_skipping_title_characters_is_no_salt_inside_a_clause():
    t = salting.title.prepare_title("章丘区总工会启动“章丘铁匠”技能人才培育计划")
    par = "全区现有企业170余家，区总从业人员5000余人，启动但年轻匠人断档等问题一直制约着产业发展。"
    cands = [c for c in salting.title.candidates(par, t) if c.text == "匠人"]
    assert cands and all(salting.joint._gapped_word(c, par, t.han) for c in cands)
    # a verbatim title piece continuing the list stays a candidate (技能 of 铁匠”技能人才)
    par2 = "全区现有企业170余家，区总从业人员5000余人，启动但年轻技能断档等问题一直制约着产业发展。"
    assert not any(salting.joint._gapped_word(c, par2, t.han) for c in salting.title.candidates(par2, t) if c.text == "技能")


def test_carried_chunks_leaves_a_clause_opening_piece_that_runs_on_into_the_title_union():
    """A clause-opening title piece the text runs on into the title's level union (,县总|工会工作人员) is the clause's
    subject named in full, no chunk carried into the paragraph before the first salted one; a piece running on into
    other words (,县总|为…) still is."""
    from unionkit.clean.salting.tails import carried_chunks
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("宁陵县总工会为环卫工人送上冬日暖心包")
    salted = "据了解，工会已连续五年开展送温暖活动。今年，环卫还在主要路段设立驿站。"
    found = [[], _spans_of(salted, "工会", "环卫")]
    named = ["活动现场，县总工会工作人员为环卫工人一一发放暖心包。", salted]
    assert carried_chunks(found, named, t) == found
    loose = ["活动现场，县总为环卫工人一一发放暖心包。", salted]
    got = carried_chunks(found, loose, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(loose, got)] == [["县总"], ["工会", "环卫"]]


def test_a_span_running_past_another_paragraphs_chunk_into_the_next_is_cut_to_its_head():
    """chunk_tails: a verbatim title span that holds a chunk removed elsewhere and ends inside the chunk after it
    ([業態勞動者]掃碼, chunks 勞動 and 者建 elsewhere) keeps only its head (業態); a span ending on a chunk boundary
    (業態勞動), or with no chunk of another paragraph inside, stays."""
    from unionkit.clean.salting.marks import chunk_tails
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("惠陽區總工會為新業態勞動者建暖蜂驛站")
    other = "他說，勞動以前午飯只能在路邊解決，者建現在可以到驛站熱飯。"
    osp = _spans_of(other, "勞動", "者建")
    par = "並張貼工會入會二維碼，業態勞動者掃碼即可在線加入工會。"
    sp = _spans_of(par, "業態勞動者")
    got = chunk_tails([sp, osp], [par, other], t)
    assert [par[a:b] for a, b in got[0]] == ["業態"] and got[1] == osp
    glued = "並張貼工會入會二維碼，業態勞動掃碼即可在線加入工會。"
    gsp = _spans_of(glued, "業態勞動")
    assert chunk_tails([gsp, osp], [glued, other], t) == [gsp, osp]
    alone = "他說，以前午飯只能在路邊解決，現在可以到驛站熱飯。"
    assert chunk_tails([sp, []], [par, alone], t) == [sp, []]


def test_title_tail_takes_the_last_chunk_after_a_list_carried_through_the_page():
    """title_tail: found chunks walking the title from its head to one character short of its end (玉州|区总|…|趣味运动)
    make the title's last piece opening a clause in a later paragraph (,运动会今年以来) the list's last chunk. A page
    whose chunks stop far from the title's end, or do not walk it from its head, keeps the same clause."""
    from unionkit.clean.salting.title import prepare_title
    from unionkit.clean.salting.tails import title_tail
    t = prepare_title("玉州区总工会开展“快乐五一 劳动最美”职工趣味运动会")
    p0 = "为庆祝劳动节，玉州丰富职工文化生活，区总4月28日，工会举办趣味运动会，开展来自全区的职工参加。"
    p1 = "本次比赛设置8个项目，快乐既考验体能，劳动更考验协作。赛场上，最美欢笑声此起彼伏，职工大家增进友谊。趣味运动"
    p2 = "副主席覃丽华介绍，运动会今年以来，区总工会已组织各类活动36场。"
    found = [_spans_of(p0, "玉州", "区总", "工会", "开展"), _spans_of(p1, "快乐", "劳动", "最美", "职工", "趣味运动"), []]
    got = title_tail(found, [p0, p1, p2], t)
    assert [p2[a:b] for a, b in got[2]] == ["运动会"] and got[:2] == found[:2]
    short = [found[0], found[1][:4], []]  # the chunks stop at 职工: the title's tail is far away
    assert title_tail(short, [p0, p1, p2], t) == short
    headless = [[], found[1], []]  # no chunk from the title's head
    assert title_tail(headless, [p0, p1, p2], t) == headless


def test_chunk_tails_gives_back_the_title_place_before_its_union_name():
    """A span that chunk_tails would cut back to the title's place right before the level union name it holds
    (石台|县总工会把…, chunk 县总 elsewhere) is the sentence's own name: the span goes, as keep_unions reads it."""
    from unionkit.clean.salting.marks import chunk_tails
    from unionkit.clean.salting.title import prepare_title
    t = prepare_title("石台县总工会精准帮扶困难职工暖人心")
    other = "在帮扶措施上，县总对因病致困的职工落实医疗救助。"
    osp = _spans_of(other, "县总")
    par = "岁末年初，石台县总工会把困难职工帮扶作为重要内容。"
    assert chunk_tails([_spans_of(par, "石台县总工会"), osp], [par, other], t) == [[], osp]


def test_level_unions_keeps_the_union_of_every_level_and_traditional_level_words():
    """A bare 工会 after 各级 or a traditional level word (基層) is the sentence's union named by its level; a 工会
    after another word (设置了|工会) is left to the other rules."""
    pars = ["全省各级工会共举办法律讲座260余场。", "來自全區42家基層工會的360餘名職工。", "现场还设置了工会服务台。"]
    spans = [[(pars[0].index("工会"),) * 2], [(pars[1].index("工會"),) * 2], [(pars[2].index("工会"),) * 2]]
    spans = [[(a, a + 2) for a, _ in sp] for sp in spans]
    assert salting.unions.level_unions(spans, pars) == [[], [], spans[2]]


def test_own_words_gives_back_a_title_word_ending_a_word_the_character_before_opens():
    """A two-character title word inside a clause that ends a dictionary word with the character before it
    (培养高|技能|人才: 高技能) is the sentence's; one that opens a word with the character after it (工会|法律援助:
    工会法) stays salt, as a chunk put before a word reads so."""
    t = salting.title.prepare_title("湖州市总工会举办2023年职工职业技能大赛")
    par = "职业技能大赛是培养高技能人才的重要平台。"
    a = par.index("高技能") + 1
    assert salting.copies.own_words([[(a, a + 2)]], [par], t) == [[]]
    t2 = salting.title.prepare_title("兰州市总工会春送岗位促就业")
    par2 = "招聘会现场还设置了工会法律援助台。"
    b = par2.index("工会")
    assert salting.copies.own_words([[(b, b + 2)]], [par2], t2) == [[(b, b + 2)]]


def test_subject_unions_keeps_a_union_name_before_its_officials():
    # 市总工会有关负责人表示: the union named as the head of "its officials", the sentence's own subject
    for par in ("活动结束后。市总工会有关负责人表示,将继续开展。", "据悉,区总工会相关负责人介绍了情况。"):
        k = par.index("总工会") - 1
        assert salting.unions.subject_unions([[(k, k + 4)]], [par]) == [[]]
    # the same name before 有关 that goes on into no official's title stays a span
    par = "活动结束后。市总工会有关部门将继续开展。"
    k = par.index("市总工会")
    assert salting.unions.subject_unions([[(k, k + 4)]], [par]) == [[(k, k + 4)]]


def test_clause_subjects_keeps_whole_title_words_opening_a_clause_before_a_copula_or_a_bound_suffix():
    t = prepare_title("株洲市总工会开展劳模工匠进校园活动")
    par = "活动中,劳模工匠们还带来了自己研制的技术成果。"
    k = par.index("劳模工匠")
    assert salting.unions.clause_subjects([[(k, k + 4)]], [par], t) == [[]]  # cut, the clause would open on 们
    par = "有关负责人表示,劳模工匠是技术工人队伍的骨干。"
    k = par.index("劳模工匠")
    assert salting.unions.clause_subjects([[(k, k + 4)]], [par], t) == [[]]
    # look-alikes that stay: a cut piece of the title (模工匠 cut inside 劳模), the same words inside a clause,
    # and whole words before another word (a clause may open on 已 or 将 after a salter's chunk)
    for par, piece in (("有关负责人表示,模工匠是技术工人队伍的骨干。", "模工匠"),
                       ("有关负责人表示这些劳模工匠是技术工人队伍的骨干。", "劳模工匠"),
                       ("近年来,劳模工匠已培育技术能手63人。", "劳模工匠")):
        k = par.index(piece)
        assert salting.unions.clause_subjects([[(k, k + len(piece))]], [par], t) == [[(k, k + len(piece))]]


def test_possessive_pairs_keeps_two_title_words_a_de_joins():
    par = "专家现场解答了女职工的健康咨询。"
    a, b = par.index("女职工"), par.index("健康")
    assert salting.unions.possessive_pairs([[(a, a + 3), (b, b + 2)]], [par]) == [[]]
    # two spans with another character between them, or with more than 的, stay
    for par in ("专家现场解答了女职工在健康咨询。", "专家现场解答了女职工的的健康咨询。"):
        a, b = par.index("女职工"), par.index("健康")
        assert salting.unions.possessive_pairs([[(a, a + 3), (b, b + 2)]], [par]) == [[(a, a + 3), (b, b + 2)]]


# A generated page whose salter put three chunks in its first paragraph; the same paragraph ends on 女职工的健康咨询,
# title words in the title's order that a modifier's 的 joins: the sentence's own.
DE_TITLE = "莲湖区总工会举办女职工健康知识讲座"
DE_SALTED = ("为增强女职工健康保健意识,莲湖日前,莲湖区总工会邀请西安市第四医院妇产科专家,为辖区百余名女职工举办健康知识讲座。"
             "区总专家结合典型病例,讲解了常见妇科疾病的工会预防、早期筛查和日常保健知识,并现场解答了女职工的健康咨询。")
DE_CLEAN = ("为增强女职工健康保健意识,日前,莲湖区总工会邀请西安市第四医院妇产科专家,为辖区百余名女职工举办健康知识讲座。"
            "专家结合典型病例,讲解了常见妇科疾病的预防、早期筛查和日常保健知识,并现场解答了女职工的健康咨询。")


def test_salted_page_keeps_a_noun_phrase_of_title_words_joined_by_de():
    (spans,) = salt_spans(DE_TITLE, [DE_SALTED])
    assert apply(DE_SALTED, spans) == DE_CLEAN
    assert salt_spans(DE_TITLE, [DE_CLEAN]) == [[]]


def test_short_levels_keeps_a_level_word_naming_a_body_after_a_preposition():
    # 在市技师学院, 联合市人社局: the sentence's short name of a body of the city's level
    for par in ("职业技能大赛在市技师学院开幕。", "市总工会联合市人社局举办招聘会。", "比赛在區體育中心舉行。"):
        k = par.index("技师" if "技师" in par else "人社" if "人社" in par else "體育") - 1
        assert salting.unions.short_levels([[(k, k + 1)]], [par]) == [[]]
    # a lone level word at a clause mark or after a noun, or two characters after the preposition, stay spans
    for par, piece in (("展统揽全局,市以庆祝建党100周年为主线。", "市"), ("工会送来的区手套和护膝。", "区"),
                       ("职业技能大赛在市总技师学院开幕。", "市总")):
        k = par.index(piece)
        assert salting.unions.short_levels([[(k, k + len(piece))]], [par]) == [[(k, k + len(piece))]]


def test_cut_chunk_grows_back_to_the_clause_mark_before_it():
    from unionkit.clean.salting.recut import clause_heads

    t = prepare_title("兰州市总工会春送岗位促就业")
    par = "发挥联系职工的桥梁作用,工会岗位就帮助更多职工实现就业。"
    a = par.index("岗位就")
    assert clause_heads([[(a, a + 3)]], [par], t) == [[(a - 2, a + 3)]]
    # the grown piece must still read the title in order (业务|岗位就 does not)
    par2 = "发挥联系职工的桥梁作用,业务岗位就帮助更多职工实现就业。"
    b = par2.index("岗位就")
    assert clause_heads([[(b, b + 3)]], [par2], t) == [[(b, b + 3)]]


def test_clause_head_naming_a_union_or_before_a_word_stays():
    from unionkit.clean.salting.recut import clause_heads

    # the head reads a union's name with the text after the span: the sentence's own subject
    t = prepare_title("宜昌市工会系统扎实开展我为职工办实事实践活动")
    par = "在实践活动中,宜昌市统展我总工会新建职工驿站35个。"
    a = par.index("统展我")
    assert clause_heads([[(a, a + 3)]], [par], t) == [[(a, a + 3)]]
    # a span that is a dictionary word, or one opening a clause itself, is left as it is
    t2 = prepare_title("江北区总工会“职工之家”APP上线 300余项服务一键可办")
    par2 = "职工在家就能享受工会服务。上线服务首周,注册用户已超过1.5万。"
    b = par2.index("服务首")
    assert clause_heads([[(b, b + 2)]], [par2], t2) == [[(b, b + 2)]]
    c = par2.index("上线")
    assert clause_heads([[(c, c + 2)]], [par2], t2) == [[(c, c + 2)]]


SEQ_TITLE = "江北区总工会“职工之家”APP上线 300余项服务一键可办"
SEQ_LONG = ("6月3日,江北区总工会“职工之家”APP正式上线运行。职工通过手机下载APP并完成实名认证后,即可在线办理入会、"
            "上线转会、困难帮扶申请、余项法律援助预约等300余项服务,真正实现“数据多跑路、服务职工少跑腿”。")


def test_sequence_gate_takes_a_repeat_as_short_as_two_chunks():
    from unionkit.clean.salting.gate import seq_gate

    t = prepare_title(SEQ_TITLE)
    short = "平台设置了“服务大厅”等栏目,职工在家就能享受工会服务。上线首周,注册用户已超过1.5万人。"
    assert seq_gate([SEQ_LONG, short], t) == {0}
    # no other paragraph repeating two of its chunks in the title's order: the gate stays closed
    swapped = "平台设置了“服务大厅”等栏目,上线首周,注册用户已超过1.5万人。职工在家就能享受工会服务。"
    assert seq_gate([SEQ_LONG, swapped], t) == set()
    assert seq_gate([SEQ_LONG], t) == set()


def test_shuffled_tails_takes_the_shuffled_rest_of_a_chunk_the_paragraphs_repeat():
    """A salter shuffling a title piece (会比技大能 of 技能大比) leaves the reading its head (会比): when two paragraphs
    follow the same span with the same title characters out of the title's order and part right after them, the
    rest is the chunk's. The title's words as written (会比|技能), a rest one paragraph alone shows, and a rest the
    paragraphs do not part after stay."""
    from unionkit.clean.salting.title import prepare_title
    from unionkit.clean.salting.tails import shuffled_tails
    t = prepare_title("天水市麦积区总工会“技能大比武”赛出职工精气神")

    def run(p0, p1):
        out = [[(p.index("会比"), p.index("会比") + 2)] for p in (p0, p1)]
        return [[p[a:b] for a, b in sp] for p, sp in zip((p0, p1), shuffled_tails(out, [p0, p1], t))]

    assert run("职工同台竞技，比拼技能，会比技大能展示风采。", "比赛现场，选手们沉着冷静、会比技大能精准操作。") == [
        ["会比技大能"], ["会比技大能"]]
    assert run("职工同台竞技，会比技能展示风采。", "比赛现场，选手们沉着冷静、会比技能精准操作。") == [["会比"], ["会比"]]
    assert run("职工同台竞技，会比技大能展示风采。", "比赛现场，选手们沉着冷静、会比精准操作。") == [["会比"], ["会比"]]
    assert run("职工同台竞技，会比技大能展示风采。", "比赛现场，选手们沉着冷静、会比技大能展示风采。") == [["会比"], ["会比"]]


MOVED_TITLE = "包头市总工会搭建“新八级工”技能等级认定平台"
MOVED_PARS = ["11月11日，包头市总工会联合市人社局在昆都仑区包头举行职业技能市总等级认定推进会，工会认定首批47家企业获评示范单位。",
              "“新八级工”制度将职业技能等级由过去的包头五级延伸为八级，在高级技师之上市总增设特级技师和首席技师。",
              "包头钢铁（集团）有限责任公司工会相关负责人介绍，该公司已有包头5名职工获评特级技师，市总企业对获评职工按月发放技能津贴。"]


def _cut_page(title, pars):
    return ["".join(ch for i, ch in enumerate(p) if not any(a <= i < b for a, b in sp))
            for p, sp in zip(pars, salt_spans(title, pars))]


def test_chunk_given_back_at_a_paragraph_opening_is_taken_at_its_copy_before_a_count():
    """The page's chunk list (包头 | 市总 | …) read at a paragraph's opening word (包头钢铁…, its subject: given back)
    is the salter's at its one copy further on glued before a count (已有|包头|5名); the opening word stays."""
    got = _cut_page(MOVED_TITLE, MOVED_PARS)[2]
    assert got == "包头钢铁（集团）有限责任公司工会相关负责人介绍，该公司已有5名职工获评特级技师，企业对获评职工按月发放技能津贴。"


def test_real_place_copy_after_a_given_back_opening_stays():
    """The place written after a preposition (在包头), or twice in the stretch, is the sentence's: nothing moves."""
    for old, new in (("已有包头5名", "在包头已有5名"), ("已有包头5名", "在包头已有包头5名")):
        par = MOVED_PARS[2].replace(old, new)
        got = _cut_page(MOVED_TITLE, MOVED_PARS[:2] + [par])[2]
        assert got.startswith("包头钢铁") and new in got, got


def test_a_dictionary_word_with_a_title_character_skipped_before_shi_is_the_clause_subject():
    """,铸造业是… under a title reading 铸造行业: the sector named short as the clause's subject (a word, before 是)
    opens no gate; a salter's sparse chunk there (铸行业, no word) still does, and so does the word before other
    characters."""
    title = "泊头铸造行业工资集体协商落地 1.8万名职工受益"
    t = prepare_title(title)
    tb = title_boundaries(t)
    own = "泊头是“中国铸造之乡”，铸造业是当地支柱产业。为推动协商取得实效，市总工会提前3个月深入企业开展调查。"
    assert salting.gate.gate_level(own, t, tb) < salting.gate.NARROW
    assert salt_spans(title, [own]) == [[]]
    assert salting.gate.gate_level(own.replace("铸造业是", "铸行业是"), t, tb) == salting.gate.NARROW
    assert salt_spans(title, [own.replace("铸造业是", "铸行业是")]) == [[(12, 15)]]
    assert salting.gate.gate_level(own.replace("铸造业是当地", "铸造业当地"), t, tb) == salting.gate.NARROW


def test_a_title_word_doubled_inside_a_clause_on_a_salted_page_loses_one_copy():
    """doubled_words: on a page with salt, a title piece of two characters or more written twice in a row is a
    chunk beside the sentence's own copy (职业技能|技能|大赛); when the second copy runs on verbatim along the title
    and stops inside a title word (在株洲市|株洲市总工|第二中学), that longer piece is the chunk."""
    from unionkit.clean.salting.doubles import doubled_words

    t = prepare_title("湖州市总工会举办2023年职工职业技能大赛")
    par = "湖州市总工会相关负责人表示,职业技能技能大赛是培养高技能人才的重要平台。"
    a = par.index("技能技能")
    assert doubled_words([[(0, 2)]], [par], t) == [[(0, 2), (a, a + 2)]]
    t2 = prepare_title("株洲市总工会劳模工匠进校园")
    par2 = "12日,株洲市总工会在株洲市株洲市总工第二中学举办劳模工匠进校园活动。"
    b = par2.index("株洲市总工第")
    assert doubled_words([[(3, 5)]], [par2], t2) == [[(3, 5), (b, b + 5)]]
    # the longer piece is the chunk too when the page shows it removed elsewhere (工作|工作会议|先进 beside 工作会议)
    t3 = prepare_title("东城区总工会召开2024年工会工作会议")
    par3 = "会议表彰了2023年度工会工作工作会议先进单位和先进个人。"
    c = par3.index("工作会议")
    other = "部署2024年重点任务,工作会议区总工会主席作报告。"
    k = other.index("工作会议")
    assert doubled_words([[(0, 2)], [(k, k + 4)]], [par3, other], t3)[0] == [(0, 2), (c, c + 4)]


def test_doubled_words_leave_single_characters_and_unsalted_pages():
    from unionkit.clean.salting.doubles import doubled_words

    t = prepare_title("湖州市总工会举办2023年职工职业技能大赛")
    par = "湖州市总工会相关负责人表示,职业技能技能大赛是培养高技能人才的重要平台。"
    assert doubled_words([[]], [par], t) == [[]]  # no salt found on the page: nothing to go on
    # one character twice (常常), text no title piece (研究研究) and a copy touching a span stay
    par2 = "湖州市总工会表示,职工常常研究研究技能的事。"
    assert doubled_words([[(0, 2)]], [par2], t) == [[(0, 2)]]
    a = par.index("技能技能")
    assert doubled_words([[(a + 1, a + 3)]], [par], t) == [[(a + 1, a + 3)]]


def test_a_clause_opening_span_takes_the_title_scrap_left_after_it():
    """mark_tails: a span opening a clause grows over one to three characters after it that read on along the title
    and make no word, when the sentence's own words pick up after them (，兰市工会|位|兰州市总工会); a scrap that is a
    word (，江北|职工|通过), opens the clause's own words (，西城|为|新就业), ends a place on its level word before a
    union (，平顶|市|总工会), is glued to an unknown word (“佳县|枣|妹”) or is whole title words stays the sentence's."""
    from unionkit.clean.salting.doubles import mark_tails

    t0 = prepare_title("兰州市总工会春送岗位促就业")
    par0 = "春节过后,兰市工会位兰州市总工会联合市人社局举办招聘会。"
    a = par0.index("兰市工会")
    assert mark_tails([[(a, a + 4)]], [par0], t0) == [[(a, a + 5)]]
    t5 = prepare_title("佳县总工会开办红枣电商直播培训班 助力职工增收")
    par5 = "培训第二天,她的账号“佳县枣妹”直播2小时,卖出红枣180单。"
    f = par5.index("佳县")
    assert mark_tails([[(f, f + 2)]], [par5], t5) == [[(f, f + 2)]]
    t = prepare_title("平顶山市总工会为一线户外劳动者送清凉")
    par = "深入环卫、建筑、快递等一线岗位,平市工会一为户外劳动者送去矿泉水。"
    par2 = "连日来,平顶山市持续高温天气,平顶市总工会组织工作人员深入一线。"
    b = par2.index("平顶市")
    assert mark_tails([[(b, b + 2)]], [par2], t) == [[(b, b + 2)]]
    t3 = prepare_title("江北区总工会“职工之家”APP上线 300余项服务一键可办")
    par3 = "APP正式上线运行。江北职工通过手机下载APP并完成实名认证。"
    c = par3.index("江北")
    assert mark_tails([[(c, c + 2)]], [par3], t3) == [[(c, c + 2)]]
    t4 = prepare_title("西城区总工会为新就业形态劳动者送上暖心包")
    par4 = "走进快递网点、外卖站点,西城为新就业形态劳动者送上装有手套的暖心包。"
    d = par4.index("西城")
    assert mark_tails([[(d, d + 2)]], [par4], t4) == [[(d, d + 2)]]
    # a span opening no clause is left as it is
    e = par.index("户外")
    assert mark_tails([[(e, e + 2)]], [par], t) == [[(e, e + 2)]]


def test_a_cut_title_scrap_opening_clauses_twice_on_a_salted_page_is_salt():
    """repeated_openings: a piece of the title cut inside its words (法守 of 尊法|守法) opening clauses at two places
    of a salted page, glued to text it makes no word with, is a salter's repeated chunk; once only, a piece the
    clause's own preposition opens (，为户外劳动者) or whole title words (，农民工) stay."""
    from unionkit.clean.salting.doubles import repeated_openings

    t = prepare_title("省总工会开展“尊法守法·携手筑梦”农民工公益法律服务行动")
    p0 = "全省各级工会共举办法律讲座260余场,发放普法资料5万余份,法守接待农民工法律咨询800余人次。"
    p1 = "律师逐条讲解了合同条款,法守并提醒他保留好考勤记录。"
    a, b = p0.index("法守接"), p1.index("法守并")
    assert repeated_openings([[(0, 2)], []], [p0, p1], t) == [[(0, 2), (a, a + 2)], [(b, b + 2)]]
    assert repeated_openings([[(0, 2)], []], [p0, "律师逐条讲解了合同条款,并提醒他保留好考勤记录。"], t) == [[(0, 2)], []]
    t2 = prepare_title("平顶山市总工会为一线户外劳动者送清凉")
    q0 = "深入环卫、建筑、快递等一线岗位,为户外劳动者送去矿泉水。"
    q1 = "依托185个户外劳动者服务站点,为户外劳动者提供饮水、休息。"
    assert repeated_openings([[(0, 2)], []], [q0, q1], t2) == [[(0, 2)], []]
    r0 = "工会组织律师,农民工代表参加座谈。"
    r1 = "活动当天,农民工纷纷前来咨询。"
    assert repeated_openings([[(0, 2)], []], [r0, r1], t) == [[(0, 2)], []]


def test_title_short_name_inside_the_firms_full_name_is_kept():
    """A title naming a firm by its short form (南方合金公司工会) and a salted paragraph naming it in full with a trade word
    between (株洲南方合金工具有限公司工会): the title piece inside the full name is the name's own, not a chunk. Still
    salt: the piece at a clause mark, a piece before no legal form, or a title not going on with a name ending."""
    from unionkit.clean import salting as S
    title = "南方合金公司工会举办第五届“金刀杯”职工技能比武"
    t = S.title.prepare_title(title)
    par = "本届比武由株洲南方合金工具有限公司工会、人力资源部联合主办。"
    a = par.index("南方合金")
    assert S.giveback._full_firm(par, a, a + 4, [0], t.han)
    assert S.giveback._company_name(par, a, a + 4, t)
    assert not S.giveback._full_firm("本届比武,南方合金工具有限公司工会主办", 5, 9, [0], t.han)  # after a clause mark
    assert not S.giveback._full_firm("本届比武由株洲南方合金工具车间工会主办", 7, 11, [0], t.han)  # no legal form
    assert not S.giveback._full_firm("本届比武由株洲南方合金加工设备制造有限公司主办", 7, 11, [0], t.han)  # too far from it
    other = S.title.prepare_title("南方合金工具举办第五届“金刀杯”职工技能比武")  # the title does not go on with 公司
    assert not S.giveback._full_firm(par, a, a + 4, [0], other.han)


def test_title_quotes_cut_with_their_chunks_as_a_pair():
    """A salter cutting the title's quoted name with its quote marks (届“ … 杯” of 第五届“金刀杯”): both marks go with their
    chunks, so no stray pair is left around the sentence's words. A lone quote after a chunk, or a pair whose closing
    mark follows the sentence's words (a real quotation), stays."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("南方合金公司工会举办第五届“金刀杯”职工技能比武")
    par = "联合主办，届“比赛分两个环节，金刀实操成绩占70%。杯”数控刃磨项目首次引入。"
    a, c = par.index("届“"), par.index("杯”")
    out = S.quotes.title_quotes([[(a, a + 1), (c, c + 1)]], [par], t)
    assert out == [[(a, a + 2), (c, c + 2)]]
    real = "联合主办，届“比赛分两个环节”，实操成绩占70%。杯数控刃磨项目首次引入。"
    a, c = real.index("届“"), real.index("杯数")
    assert S.quotes.title_quotes([[(a, a + 1), (c, c + 1)]], [real], t) == [[(a, a + 1), (c, c + 1)]]
    lone = "联合主办，届“比赛分两个环节。"
    a = lone.index("届")
    assert S.quotes.title_quotes([[(a, a + 1)]], [lone], t) == [[(a, a + 1)]]


def test_chunk_carrying_the_titles_opening_quote_left_unbalanced_is_salt():
    """A salter cutting the title's quoted name inside it, opening mark included (“金刀 of 第五届“金刀杯”), puts the chunk
    after a comma with the sentence's words after it: the mark is never closed. Taken on a page with salt found
    elsewhere; a closed quotation, one going on with the title, one opening the paragraph, or a page with no other
    salt stays."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("南方合金公司工会举办第五届“金刀杯”职工技能比武")
    other = [[], [(0, 2)]]
    par = "比武分理论和实操两个环节，“金刀参赛选手来自全市十二家企业。"
    q = par.index("“")
    assert S.quotes.open_quote_chunks([[], [(0, 2)]], [par, "举办比赛"], t) == [[(q, q + 3)], [(0, 2)]]
    for real in ("比武分理论和实操两个环节，“金刀匠”称号授予十二名选手。",  # a closed quotation of the sentence's own
                 "比武分理论和实操两个环节，“金刀杯”职工技能比武首次举办。",  # restating the title, closed
                 "“金刀参赛选手来自全市十二家企业。",  # opening the paragraph (a quotation running over paragraphs)
                 "比武分理论和实操两个环节，“金刀”“银刀”两项称号。"):  # closed before the next quotation
        assert S.quotes.open_quote_chunks([[], [(0, 2)]], [real, "举办比赛"], t) == other
    assert S.quotes.open_quote_chunks([[], []], [par, "举办比赛"], t) == [[], []]


def test_chunk_carrying_the_titles_joining_mark_at_a_clause_opening_is_salt():
    """A salter cutting the title across a mark joining two names (工会+书屋) puts the chunk after a comma: no clause
    opens with +. Taken on a page with salt found elsewhere; the joined name inside a clause, or one restating the
    title's pair as the title writes it, stays."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("江口县：“工会+书屋”点亮职工文化生活")
    other = [[], [(0, 2)]]
    par = "今年以来，全县新建职工书屋12家，+书屋点亮供职工借阅图书。"
    q = par.index("+")
    assert S.quotes.open_quote_chunks(other, [par, "举办比赛"], t) == [[(q, q + 3)], [(0, 2)]]
    for real in ("今年以来，全县推广工会+书屋模式，新建职工书屋12家。",  # inside a clause, after 工会
                 "今年以来，全县新建职工书屋12家，+书屋”点亮职工文化生活。"):  # running on with the title's text
        assert S.quotes.open_quote_chunks(other, [real, "举办比赛"], t) == other
    assert S.quotes.open_quote_chunks([[], []], [par, "举办比赛"], t) == [[], []]


def test_sparse_span_inside_a_clause_moves_to_its_heads_clause_opening_copy():
    """A span that skips title characters inside a clause (为一线|劳动者送|去, 劳动者 + 送 of 劳动者“夏送) with a copy of
    its head opening a clause before it (，|劳动|走进): the salter's chunk is the clause-opening copy. A verbatim span,
    or a head copy that does not open a clause, stays."""
    from unionkit.clean import salting as S
    han = S.title.prepare_title("包河区总工会开展户外劳动者“夏送清凉”行动").han
    par = "工作人员兵分多路，劳动走进建筑工地和交通路口，为一线劳动者送去绿豆等防暑物资。"
    a = par.index("劳动者送")
    k = par.index("，劳动") + 1
    assert S.marked._head_copy(par, a, a + 4, 0, han) == (k, k + 2)
    assert S.marked._head_copy(par, a, a + 3, 0, han) is None  # verbatim 劳动者: a chunk the salter may have cut whole
    inside = "工作人员兵分多路去劳动走进建筑工地和交通路口，为一线劳动者送去绿豆等防暑物资。"
    a = inside.index("劳动者送")
    assert S.marked._head_copy(inside, a, a + 4, 0, han) is None
    union = S.title.prepare_title("武侯区总工会推进新就业形态劳动者入会工作").han  # the copy runs on into the title: the text's
    named = "为扩大覆盖面,武侯区总工会聚焦快递员、网约车司机武侯总等新就业形态劳动者群体。"
    a = named.index("武侯总")
    assert S.marked._head_copy(named, a, a + 3, 0, union) is None


def _at(par: str, piece: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth copy of piece in par."""
    k = -1
    for _ in range(nth + 1):
        k = par.index(piece, k + 1)
    return k, k + len(piece)


def test_span_on_a_quoted_or_dotted_names_head_moves_to_the_loose_copy():
    """A span on the head of a quoted name (“|技能|进社区”) or a dotted one (·|余杭|有我) is the sentence's: the salter's
    copy of the same word is the one glued at a clause mark or between words. No loose copy, or two of them, and the
    span stays."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("余杭区总工会开展技能比武进社区活动")
    par = "下一步将联合市总工会开展“技能进社区”系列活动，技能推动比武与评先相结合。"
    assert S.copies.real_copies([[_at(par, "技能")]], [par], t) == [[_at(par, "技能", 1)]]
    dotted = "区总工会在文化宫余杭举办“劳动最美·余杭有我”主题活动。"
    assert S.copies.real_copies([[_at(dotted, "余杭", 1)]], [dotted], t) == [[_at(dotted, "余杭")]]
    alone = "下一步将联合市总工会开展“技能进社区”系列活动，推动比武与评先相结合。"
    assert S.copies.real_copies([[_at(alone, "技能")]], [alone], t) == [[_at(alone, "技能")]]
    two = "开展“技能进社区”活动，技能推动比武，技能评先相结合。"
    assert S.copies.real_copies([[_at(two, "技能")]], [two], t) == [[_at(two, "技能")]]


def test_span_on_the_head_of_the_titles_full_name_moves_to_the_loose_copy():
    """A span heading a verbatim title run of six characters or more (，|余姚|市总工会联合: longer than any chunk) moves
    to the paragraph's other copy of it between two words (园区|余姚|举办). A shorter run (余姚|市总 then 在) may be the
    salter's chunk running on into its next one, and stays."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("余姚市总工会为纺织产业工人开展技能培训")
    par = "11月5日，余姚市总工会联合市人社局在城东园区余姚举办培训班。"
    assert S.copies.real_copies([[_at(par, "余姚")]], [par], t) == [[_at(par, "余姚", 1)]]
    short = "11月5日，余姚市总在城东园区余姚举办培训班。"
    assert S.copies.real_copies([[_at(short, "余姚")]], [short], t) == [[_at(short, "余姚")]]
    quoted = "11月5日，余姚市总工会联合市人社局开展“匠心余姚”培训。"  # the other copy ends a quoted name
    assert S.copies.real_copies([[_at(quoted, "余姚")]], [quoted], t) == [[_at(quoted, "余姚")]]


def test_title_word_straddling_two_chunks_cut_is_given_back():
    """With 为茶 and 叶产 found in a paragraph, a span 茶叶 there crosses the cut between them: a salter cuts the title
    once, so the word is the sentence's. A span holding both chunks whole crosses nothing and stays."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("安溪县总工会为茶叶产业工人开展技能培训")
    par = "来自全县的120余名茶叶采摘、为茶分拣、包装工人参加培训。叶产"
    spans = [_at(par, "茶叶"), _at(par, "为茶"), _at(par, "叶产")]
    assert S.recut.crossing_spans([spans], [par], t) == [spans[1:]]
    city = S.title.prepare_title("厦门市思明区总工会举办新就业形态劳动者入会活动")
    par2 = "320余名快递员、市思外卖送餐员参加。思明区人大常委会副主任出席，明区活动现场。"
    spans = [_at(par2, "市思"), _at(par2, "思明区"), _at(par2, "明区", 1)]  # from inside 市思 across its cut
    assert S.recut.crossing_spans([spans], [par2], city) == [[spans[0], spans[2]]]
    whole = "来自全县的120余名工人，为茶叶产采摘、为茶分拣。叶产"
    spans = [_at(whole, "为茶叶产"), _at(whole, "为茶", 1), _at(whole, "叶产", 1)]
    assert S.recut.crossing_spans([spans], [whole], t) == [spans]


def test_lone_title_character_heading_a_list_item_stays():
    """A lone title character after 、 that would leave a one-character list item (顺丰、|中|通等) is the item's own;
    one followed by a longer item may be a salter's."""
    from unionkit.clean import salting as S
    par = "美团、饿了么、顺丰、中通等平台企业"
    assert S.lones._lone_item(par, par.index("中通"))
    longer = "美团、饿了么、顺丰、中邮政快递等平台企业"
    assert not S.lones._lone_item(longer, longer.index("中邮"))


def test_title_words_left_after_chunks_tiling_the_head_are_taken_at_clause_openings():
    """Chunks tiling the title's head over the page (临海|市总|工会|开展|新就业|形态|劳动者|入会) leave its last words
    (集中|行动): in a salted paragraph, their one copy opening a clause is the salter's. A copy restating the title
    (此次集中行动) or in a paragraph with a single chunk stays."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("临海市总工会开展新就业形态劳动者入会集中行动")
    p0 = "4月8日，临海举行启动仪式，市总现场为骑手办理入会手续，工会发放了服务卡，开展爱心礼包。"
    p1 = "据介绍，新就业此次集中行动将持续到6月底，形态市总工会将联合各部门，集中采取线上方式，行动推动平台企业、劳动者入会饿了么等。"
    p2 = "去年以来，集中建成服务阵地，入会累计开展活动300余场。"
    out = [[_at(p0, "临海"), _at(p0, "市总"), _at(p0, "工会", 0), _at(p0, "开展")],
           [_at(p1, "新就业"), _at(p1, "形态"), _at(p1, "劳动者"), _at(p1, "入会")],
           [_at(p2, "入会")]]
    got = S.tails.tail_words(out, [p0, p1, p2], t)
    assert got[1] == sorted(out[1] + [_at(p1, "集中", 1), _at(p1, "行动", 1)])
    assert got[0] == out[0] and got[2] == out[2]


def test_clause_opening_title_pieces_covering_the_title_once_over_are_salt():
    """A sparse salter puts one or two chunks of one cutting of the title per paragraph, in any order: with a found
    chunk cut at an odd place (区总) the clause-opening pieces that with it cover the title once over are salt. A
    title word opening two clauses, or pieces covering too little of the title, show no cutting."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("秦州区总工会“暖心行动”为环卫工人送上健康体检")
    pars = ["为关爱环卫工人身心健康，秦州9月10日，区人民医院开展免费体检活动，体检为180余名工人送上了礼包。",
            "现场设置了登记区、区总检查区和咨询区，暖心并针对颈椎问题，送上现场讲解。",
            "今年以来，工会深入落实部署，先后开展法律咨询、行动子女托管等服务，为环卫对体检中发现问题的人员回访。",
            "“平时顾不上看病，工人今天专家给我讲了。”环卫工人说。"]
    out = [[], [_at(pars[1], "区总"), _at(pars[1], "暖心")], [], []]
    got = S.marked.marked_cover(out, pars, t)
    taken = {pars[pi][a:b] for pi, sp in enumerate(got) for a, b in sp} - {"区总", "暖心"}
    assert taken == {"秦州", "体检", "送上", "工会", "行动", "为环卫", "工人"}
    few = [pars[0], pars[1], "今年以来，深入落实部署。", "平时顾不上看病。"]
    assert S.marked.marked_cover(out, few, t) == out
    twice = [pars[0] + "体检后，工人回访。", pars[1], pars[2], pars[3]]  # 体检 and 工人 open two clauses each
    got = S.marked.marked_cover(out, twice, t)
    assert {twice[pi][a:b] for pi, sp in enumerate(got) for a, b in sp} & {"体检", "工人"} == set()


def test_list_gap_chunk_the_paragraph_holds_at_a_clause_mark_is_not_taken_again():
    """Another paragraph lists 临海 | 工会 | 市总: between this paragraph's 临海 and 市总 the chunk 工会 is looked for,
    unless the paragraph already holds it at a clause mark (援助、|工会|子女): the salter puts a chunk once per
    paragraph, and the copy in the stretch (享受|工会|驿站) is the sentence's. Held inside a clause, it is no proof."""
    from unionkit.clean import salting as S
    t = S.title.prepare_title("临海市总工会开展新就业形态劳动者入会集中行动")
    a = "4月8日，临海举行启动仪式，工会现场为骑手办理手续，市总发放了服务卡。"
    b = "主席表示，临海入会后的劳动者可以享受工会驿站休息、市总免费体检、法律援助、工会子女助学等服务。"
    out = [[_at(a, "临海"), _at(a, "工会"), _at(a, "市总")], [_at(b, "临海"), _at(b, "市总"), _at(b, "工会", 1)]]
    assert S.marked.list_gaps(out, [a, b], t)[1] == out[1]
    inner = "主席表示，临海入会后的劳动者可以享受工会驿站休息、市总免费体检、法律援助和工会子女助学等服务。"
    out2 = [out[0], [_at(inner, "临海"), _at(inner, "市总"), _at(inner, "工会", 1)]]
    assert S.marked.list_gaps(out2, [a, inner], t)[1] == sorted(out2[1] + [_at(inner, "工会")])


def test_a_span_heading_a_longer_run_of_the_title_is_the_sentences_word():
    from unionkit.clean.salting.copies import _heads_title_run

    t = prepare_title("某市第五届职工运动会闭幕 某区代表团获团体第一")
    par = "他表示,职工运动会是展示全市职工风貌的平台,幕红各级工会要以此为契机。"
    a = par.index("职工运动会")
    later = (par.index("幕红"), par.index("幕红") + 2)
    assert _heads_title_run(par, a, a + 2, t, [(a, a + 2), later], 2)
    # no span after it in the paragraph: a chain's last chunk put before the title's next words stays salt
    assert not _heads_title_run(par, a, a + 2, t, [(a, a + 2)], 2)
    # a span as long as the run: the run is no longer than the page's chunks
    assert not _heads_title_run(par, a, a + 2, t, [(a, a + 2), later], 6)
    # a place chunk before a union's level name rebuilds the title's union by chance: salt
    t2 = prepare_title("金寨县总工会开展送清凉活动")
    par2 = "今年夏天,金寨县总工会组织慰问,送清各乡镇工会积极参与。"
    b = par2.index("金寨")
    assert not _heads_title_run(par2, b, b + 2, t2, [(b, b + 2), (par2.index("送清"), par2.index("送清") + 2)], 2)


def test_title_pieces_at_clause_openings_in_no_order_are_salt():
    """A salter puts short title pieces right after clause marks in no title order, the clause reading on without
    them (,区总|他说, ,夏季|并叮嘱…): five or more in three paragraphs, two of them no word (区总, 凉包), are salt;
    a place named with its level (安源区) or a union's name (区总工会) opening a clause is the text's, and four
    pieces are not enough."""
    from unionkit.clean.salting.salad import salad_openings
    title = "安源区总工会为快递小哥送上夏季清凉包"
    salted = [
        "入夏以来，安源区持续高温，小哥午后气温已超过38摄氏度。为让一线快递员安心送件，区总7月5日，安源区总工会为辖区200名快递员发放了清凉包。",
        "在城东的一处快递网点，区总工会工作人员将清凉包递到快递员手中，夏季并叮嘱大家注意防暑，送上合理安排送件时间。",
        "快递员张师傅今年已经45岁，区总他说：“有了清凉包，凉包跑起来就不怕热了，谢谢组织惦记我们。”",
        "区总工会负责人表示，下一步还将为快递员开展免费体检，持续为户外劳动者办实事。",
    ]
    gold = [
        "入夏以来，安源区持续高温，午后气温已超过38摄氏度。为让一线快递员安心送件，7月5日，安源区总工会为辖区200名快递员发放了清凉包。",
        "在城东的一处快递网点，区总工会工作人员将清凉包递到快递员手中，并叮嘱大家注意防暑，合理安排送件时间。",
        "快递员张师傅今年已经45岁，他说：“有了清凉包，跑起来就不怕热了，谢谢组织惦记我们。”",
        "区总工会负责人表示，下一步还将为快递员开展免费体检，持续为户外劳动者办实事。",
    ]
    t = prepare_title(title)
    assert [apply(p, sp) for p, sp in zip(salted, salad_openings(salted, t))] == gold
    assert [apply(p, sp) for p, sp in zip(salted, salt_spans(title, salted))] == gold
    assert not any(salad_openings(gold, t)) and not any(salt_spans(title, gold))
    # four such pieces are not enough (real text opens clauses with the title's words now and then)
    four = [p.replace("区总7月", "7月").replace("凉包跑", "跑") for p in salted]
    assert not any(salad_openings(four, t))


def test_a_list_items_head_repeating_an_earlier_items_word_is_no_clause_opening_piece():
    """_openings: a title word heading a 、 item is the text's list when an earlier item of the same list holds it
    inside its words (通过安全培训、应急演练、|安全|竞赛; 走安全发展、|安全|生产之路): parallel items share their head.
    One beside items that do not repeat it (焊工、|安全|钳工) is still a candidate, and so is one whose earlier copy
    heads an item itself (、安全巡查、… 、|安全|检修: the salter's chunk put twice)."""
    from unionkit.clean.salting.salad import _openings

    title = "桥东区总工会“安全提升行动”护航职工发展"
    own = "区总工会通过安全培训、应急演练、安全竞赛等方式，引导职工走安全发展、安全生产之路。"
    assert not [own[a:b] for a, b, _ in _openings(own, title)]
    salted = "设置焊工、安全钳工、电工等项目，开展日常巡查、安全检修、夜间值守、安全维修等工作。"
    got = [(salted[a - 1], salted[a:b]) for a, b, _ in _openings(salted, title)]
    assert got.count(("、", "安全")) == 3


def test_words_read_apart_without_the_chunk_lists_middle_are_the_sentences():
    """_skips_chunk: in a paragraph no gate opened, dictionary words read as chunks (在|宜昌|港口… 。|工会|干部) that
    leave out the chunk every gated paragraph puts between them (宜昌|市总|工会) are the sentence's words; when the
    paragraph holds the missing chunk between them (… 市总 … ) the reading only lost it, and they stay salt."""
    from unionkit.clean.salting.passes import _skips_chunk

    seqs = [["宜昌", "市总", "工会", "送法"], ["宜昌", "市总", "工会"]]
    par = "首场活动在宜昌港口物流公司举行。工会干部为职工讲解法律知识。"
    spans = [(par.index("宜昌"), par.index("宜昌") + 2), (par.index("工会"), par.index("工会") + 2)]
    assert _skips_chunk(par, spans, seqs)
    held = "首场活动在宜昌港口物流公司举行。市总工会干部为职工讲解法律知识。"
    spans = [(held.index("宜昌"), held.index("宜昌") + 2), (held.rindex("工会"), held.rindex("工会") + 2)]
    assert not _skips_chunk(held, spans, seqs)
    assert not _skips_chunk(par, spans[:1], seqs)  # one word: nothing skipped
    # the chunks next to each other in the list: nothing left out
    assert not _skips_chunk(par, [(5, 7), (16, 18)], [["宜昌", "工会"]])


def test_a_clause_opening_title_word_before_de_or_pairing_the_titles_pair_is_no_salad_piece():
    """_openings: a title word opening a clause right before 的 (表示，|桥东|的做法) is the clause's own modifier, and one
    after 、 that closes the pair the title joins (车间、|班组 under …车间和班组) is the text listing that pair; a title
    word opening a clause on its own (，|班组|他说) stays a candidate."""
    from unionkit.clean.salting.salad import _openings

    title = "桥东区总工会“安全宣讲”走进车间和班组"
    par = "负责人表示，桥东的做法值得推广。辖区内车间、班组分布较散，班组他说要多来。"
    got = [(par[a - 1], par[a:b]) for a, b, _ in _openings(par, title)]
    assert got == [("，", "班组")]
    from unionkit.clean.salting.salad import _paired_item
    t = prepare_title(title)
    a, h0 = par.index("、班组") + 1, t.han.index("班组")
    assert _paired_item(par, a, h0, t)
    other = "辖区内厂房、班组分布较散。"  # 厂房 is no title word before 班组
    assert not _paired_item(other, other.index("、班组") + 1, h0, t)


def test_a_title_piece_carrying_the_titles_number_that_counts_nothing_is_salt():
    """counted_nothing: on a page with salt, a verbatim title piece holding the title's number and the title's Han
    characters before it, whose number counts nothing where it sits (,帮扶3500|全市…, 了慰问120名|2000元), is salt;
    the sentence restating the title's count writes a unit after it (为3500名职工, 帮扶3500余户) and stays."""
    from unionkit.clean.salting.counts import counted_nothing

    t = prepare_title("江城区总工会帮扶3500余户困难家庭慰问120名环卫工人")
    par = "今年以来,帮扶3500全区各级工会走访企业,为职工慰问120名2000元不等的慰问金。"
    a, b = par.index("帮扶3500"), par.index("慰问120名")
    assert counted_nothing([[(0, 2)]], [par], t) == [[(0, 2), (a, a + 6), (b, b + 6)]]
    own = "区总工会今年帮扶3500余户,为3500名职工送去慰问,慰问120名环卫工人。"
    assert counted_nothing([[(0, 2)]], [own], t) == [[(0, 2)]]
    assert counted_nothing([[]], [par], t) == [[]]  # no salt found on the page: nothing to go on


def test_a_quoted_title_piece_written_again_after_its_quote_loses_the_copy():
    """quoted_doubles: on a page with salt, a quoted title piece written again right after its closing quote
    (领到“爱心包”爱心包后) is the salter's chunk beside the sentence's own quoted copy."""
    from unionkit.clean.salting.doubles import quoted_doubles

    t = prepare_title("市总工会为环卫工人送去“爱心包”")
    par = "环卫工人王师傅领到“爱心包”爱心包后笑着说,今年冬天不怕冷了。"
    a = par.index("”爱心包") + 1
    assert quoted_doubles([[(0, 2)]], [par], t) == [[(0, 2), (a, a + 3)]]
    own = "环卫工人王师傅领到“爱心包”后笑着说,爱心包里有手套。"
    assert quoted_doubles([[(0, 2)]], [own], t) == [[(0, 2)]]
    assert quoted_doubles([[]], [par], t) == [[]]


def test_a_clause_opening_title_piece_the_text_steps_back_over_is_salt():
    """stepped_back: on a page with salt, a title piece opening a clause right before whole title words naming the
    sentence's subject that start back in the title (,春风|滨江区总工会, ,岗位|“春风行动”) is the salter's; a verb
    before the title's object (,送|外来务工人员: the title's words in another order) and a run cut inside a title
    word (,岗位|滨江区总: a chunk itself) stay."""
    from unionkit.clean.salting.doubles import stepped_back

    t = prepare_title("滨江区总工会“春风行动”为外来务工人员送岗位")
    par = "3月5日,春风滨江区总工会在社区广场举办招聘会,岗位“春风行动”今年已是第五年。"
    a, b = par.index("春风滨"), par.index("岗位“")
    assert stepped_back([[(0, 2)]], [par], t) == [[(0, 2), (a, a + 2), (b, b + 2)]]
    own = "3月5日,滨江区总工会在社区广场举办招聘会,送岗位外来务工人员,岗位滨江区总通过网络发布。"
    assert stepped_back([[(0, 2)]], [own], t) == [[(0, 2)]]
    assert stepped_back([[]], [par], t) == [[]]


def test_a_piece_the_text_steps_back_over_to_a_union_name_the_title_reads_with_its_place_is_salt():
    """stepped_back: a union name whose start the title's segmentation joins to its place (定远县|总工会: 县总工会 is no
    whole title words) counts as the sentence's subject when it lies wholly before the piece in the title (,技能|县总工会);
    a piece overlapping it in the title (,工会|县总工会: the union's own words) stays."""
    from unionkit.clean.salting.doubles import stepped_back

    t = prepare_title("定远县总工会开展职工技能培训活动")
    par = "5月以来,技能县总工会在园区举办培训班,共培训职工300余人。"
    a = par.index("技能县")
    assert stepped_back([[(0, 1)]], [par], t) == [[(0, 1), (a, a + 2)]]
    own = "5月以来,工会县总工会在园区举办培训班,共培训职工300余人。"
    assert stepped_back([[(0, 1)]], [own], t) == [[(0, 1)]]


def test_two_cut_pieces_meeting_inside_a_title_word_are_salt():
    """cut_pairs: two verbatim title pieces written apart (a clause mark between them) that meet in the title inside
    a title word (青山区总 … 工会举办职 of 青山区|总工会|举办|职工) are the halves a salter cut; whole title words,
    dictionary words, pieces glued into a word of the sentence, and a restatement running on over the title's own
    quote marks (工会举办“…”) pair with nothing."""
    from unionkit.clean.salting.cuts import cut_pairs

    title = "青山区总工会举办职工篮球比赛"
    t = prepare_title(title)
    par = "周末,青山区总球馆里座无虚席,来自全区的16支代表队同场竞技,工会举办职观众的加油声此起彼伏。"
    a, b = par.index("青山区总"), par.index("工会举办职")
    assert cut_pairs([par], t) == [[(a, a + 4), (b, b + 5)]]
    gold = "周末,球馆里座无虚席,来自全区的16支代表队同场竞技,观众的加油声此起彼伏。"
    assert salt_spans(title, [par]) == [[(a, a + 4), (b, b + 5)]]
    assert apply(par, salt_spans(title, [par])[0]) == gold
    # the sentence's own: the union's whole name, then its words later in the clause
    own = "青山区总工会日前在区体育馆举办职工篮球比赛,16支代表队参赛。"
    assert cut_pairs([own], t) == [[]]
    # pieces glued into the sentence's words (青山区|总结, 工会举办|职业), or no clause mark between the pieces
    assert cut_pairs(["年底,青山区总结了全年经验,工会举办职业技能竞赛30场。"], t) == [[]]
    assert cut_pairs(["周末青山区总球馆里工会举办职观众加油。"], t) == [[]]
    # a restatement going on along the title over its quote marks
    quoted = prepare_title("青山区总工会举办“强国杯”职工篮球比赛")
    assert cut_pairs(["据悉,青山区总球馆里座无虚席,工会举办“强国杯”比赛已是第三届。"], quoted) == [[]]


def test_lone_characters_at_clause_marks_go_on_in_the_titles_order():
    """lone_marks: several one-character chunks between two found chunks (,县快递员 … ,总为了 between 青石 and 工会为快)
    are all taken when they go on in the title's order, not only the one the sentence reads best without."""
    from unionkit.clean.salting.lones import lone_marks

    t = prepare_title("青石县总工会为快递员送去温暖")
    par = "腊月以来,青石天气寒冷,县快递员加班加点,总为了保障年货运输,工会为快的驿站里备好了姜茶。"
    a, c = par.index("青石"), par.index("工会为快")
    got = lone_marks([[(a, a + 2), (c, c + 4)]], [par], t)
    assert [par[x:y] for x, y in got[0]] == ["青石", "县", "总", "工会为快"]
    # out of the title's order (总 before 县) only the first in order is taken
    swapped = "腊月以来,青石天气寒冷,总快递员加班加点,县为了保障年货运输,工会为快的驿站里备好了姜茶。"
    got = lone_marks([[(a, a + 2), (c, c + 4)]], [swapped], t)
    assert [swapped[x:y] for x, y in got[0]] == ["青石", "总", "工会为快"]


def test_a_gap_fill_never_takes_the_subject_union_opening_the_paragraph():
    # before a paragraph's first chunk (讲座送 of …知识|讲座送|进…) the title's head stretch is open, and the paragraph
    # opens with the title's union as its subject (青羊区总工会副主席…): the sentence's own name, however well it fits
    from unionkit.clean.salting.chunks import Chunk
    from unionkit.clean.salting.joint import fill_gaps
    from unionkit.clean.salting.title import Cand
    t = prepare_title("青羊区总工会把安全知识讲座送进工地")
    par = "青羊区总工会副主席张讲座送明介绍，全区已发放安全帽6000余顶。"
    a = par.index("讲座送")
    chunks = [Chunk("讲座送", 10, 12, 2)]
    union = Cand(0, 0, 6, 0, 5, "青羊区总工会", prob=3.0)
    assert fill_gaps(par, [(a, a + 3, 0)], chunks, [union], t) == []


def test_clause_subjects_keeps_the_head_of_a_chain_going_on_into_a_split_word():
    # the paragraph's next span reads the title right after the piece and splits a word of the sentence in two
    # (湖|开展|北): the piece before 是 heads the salter's chain, not the clause's subject
    t = prepare_title("株洲市总工会开展劳模工匠进校园活动")
    par = "如何让技能人才走上讲台，株洲市总工会是各级工会的新课题。本文转载湖开展北工人报的报道。"
    k, c = par.index("株洲市总工会"), par.index("开展")
    spans = [[(k, k + 6), (c, c + 2)]]
    assert salting.unions.clause_subjects(spans, [par], t) == spans
    calm = par.replace("湖开展北", "开展湖北")  # the next span splits no word: the piece is the subject
    c = calm.index("开展")
    assert salting.unions.clause_subjects([[(k, k + 6), (c, c + 2)]], [calm], t) == [[(c, c + 2)]]


def test_repeated_tails_takes_the_list_end_put_again_in_its_sentence():
    from unionkit.clean.salting.doubles import repeated_tails
    t = prepare_title("江岸区总工会举办物流行业职工技能竞赛")
    par = "区总工会介绍，职工技全区物流从业人员超过五万人，能竞赛持续开展岗位练兵，累计建成创新工作室12家，竞赛推动职工技能提升。"
    found = [[(par.index("职工技"), par.index("职工技") + 3), (par.index("能竞赛"), par.index("能竞赛") + 3)]]
    k = par.index("，竞赛") + 1
    assert repeated_tails(found, [par], t) == [sorted(found[0] + [(k, k + 2)])]
    # the words opening the next sentence are the text's (。竞赛推动…), as is a copy after a chunk that does not end
    # the title (a title going on after 竞赛) or after a whole word the salter did not cut (竞赛)
    other = par.replace("12家，竞赛推动", "12家。竞赛推动")
    assert repeated_tails(found, [other], t) == found
    assert repeated_tails(found, [par], prepare_title("江岸区总工会举办物流行业职工技能竞赛活动")) == found
    p = par.replace("能竞赛持续", "竞赛持续")
    spans = [found[0][0], (p.index("竞赛持续"), p.index("竞赛持续") + 2)]
    assert repeated_tails([spans], [p], t) == [spans]


WORD_OPENINGS_TITLE = "东湖区总工会为快递小哥开展安全驾驶培训"
WORD_OPENINGS_PAGE = ["3月5日，东湖区总工会在社区服务站举办活动，快递小哥开展百余名骑手参加了培训。",
                      "培训内容包括交通法规和应急处置，开展安全并邀请交警现场讲解，关心快递总工会为小哥的出行。",
                      "“以前送件总是赶时间，驾驶培训这回心里有底了。”骑手小王说。",
                      "东湖区总工会负责人表示，安全驾驶下一步将把培训覆盖到全区快递网点。"]


def test_whole_word_runs_opening_clauses_that_cross_in_the_title_are_salt():
    """A salter putting runs of whole title words at clause openings (,快递小哥开展|百余名…, ,开展安全|并邀请…) picks
    runs that cross in the title (快递小哥开展 and 开展安全): those runs are salt, and so is a word salad run on the
    same page however few (快递|总工会为|小哥); the text's own union name opening a paragraph stays."""
    from unionkit.clean.salting.salad import word_openings
    t = prepare_title(WORD_OPENINGS_TITLE)
    want = [["快递小哥开展"], ["开展安全", "总工会为"], ["驾驶培训"], ["安全驾驶"]]
    got = word_openings(WORD_OPENINGS_PAGE, t)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(WORD_OPENINGS_PAGE, got)] == want
    got = salt_spans(WORD_OPENINGS_TITLE, WORD_OPENINGS_PAGE)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(WORD_OPENINGS_PAGE, got)] == want


def test_whole_word_runs_opening_clauses_that_nest_are_the_texts():
    """Real text opening clauses with the title's phrases restates them, and its phrases nest (快递小哥 inside
    快递小哥开展), never cross: no such page, nor one showing too few runs, gives any."""
    from unionkit.clean.salting.salad import word_openings
    t = prepare_title(WORD_OPENINGS_TITLE)
    nested = [p.replace("开展安全并", "快递小哥并") for p in WORD_OPENINGS_PAGE]
    nested = [p.replace("，安全驾驶下", "，安全驾驶培训下") for p in nested]
    assert not any(word_openings(nested, t))
    assert not any(word_openings(WORD_OPENINGS_PAGE[:3], t))


def test_a_sectors_union_before_a_subjects_adverb_is_the_sentences_subject():
    """A union named by its sector's or unit's word (建筑行业|工会将…, 企业工会还…) right before a subject's adverb is the
    sentence's subject, never a cut piece of the title's 行业|工会联合会; a bare 工会 there is no name, nor is a sector's
    word of another kind before 工会 (建筑工会 is no unit's union)."""
    from unionkit.clean.salting.base import subject_union
    par = "安全生产是建筑企业的生命线。行业工会将把宣讲作为常态化工作，企业工会还要配合。"
    a = par.index("行业工会")
    assert subject_union(par, a, a + 4)
    a = par.index("企业工会")
    assert subject_union(par, a, a + 4)
    assert not subject_union(par, a + 2, a + 4)
    par = "安全生产是企业的生命线。建筑工会将把宣讲作为常态化工作。"
    a = par.index("建筑工会")
    assert not subject_union(par, a, a + 4)


def test_a_place_opening_the_title_before_its_union_is_one_word():
    """A place name the word model lacks, opening the title before its union (凤|岗|镇|总工会), is read as one word and
    its level as another, so the text's short form (在凤岗…) is no cut piece of the title and opens no gate; a place
    after a higher one, or a known name, keeps the model's reading."""
    from unionkit.clean.salting.boundaries import _place_before_union
    from unionkit.clean.salting.gate import gate_level
    han = "凤岗镇总工会开展技能培训"
    assert _place_before_union(han, {0, 1, 2, 3, 6, 8, 10, 12}) == {0, 2, 3, 6, 8, 10, 12}
    assert _place_before_union(han, {0, 1, 3, 6, 8, 10, 12}) == {0, 2, 3, 6, 8, 10, 12}  # (凤|岗镇)
    han = "南宁市凤岗镇总工会开展技能培训"
    assert _place_before_union(han, {0, 3, 4, 6, 9}) == {0, 3, 4, 6, 9}
    t = prepare_title("凤岗镇总工会开展技能培训")
    assert title_boundaries(t) >= {0, 2, 3}
    assert gate_level("今年以来，工会在凤岗持续开展职工技能培训，参训职工逾千人。", t, title_boundaries(t)) == 0


def test_a_title_word_before_a_clause_going_on_with_bing_is_salt():
    """On a page with salt, a title word at a clause opening right before 并 (…的讲解，|维权|并现场答疑…) opens a clause
    that shares the subject of the one before: no subject of its own, the salter's. The adverb 并 of a negation
    (工会|并不…) follows the clause's own subject, a list item's head (、培训并…) is the list's, and a page without salt
    gives nothing."""
    from unionkit.clean.salting.salad import conjunct_openings
    t = prepare_title("青山区总工会开展职工维权服务进工地活动")
    par = "律师围绕工资支付进行了讲解，维权并现场解答咨询20余人次，工地并发放了宣传册。"
    found = [[(0, 2)]]
    got = conjunct_openings(found, [par], t)
    assert [par[a:b] for a, b in got[0]] == ["律师", "维权", "工地"]
    for real in ("律师围绕工资支付进行了讲解，职工并不了解相关规定。", "律师开展宣传、服务并现场解答咨询20余人次。"):
        assert conjunct_openings(found, [real], t) == found
    assert conjunct_openings([[]], [par], t) == [[]]


def test_page_rules_salt_alone_lets_the_page_pattern_read_the_page():
    """A page whose only salt the readings miss but a page rule finds (the title's last words dangling after the final
    。) is a page with salt for the page-pattern steps too: the title word put before the title's own union opening a
    clause (,比武|河口区总工会联合…) goes with it (``stepped_back``), the text's own 技能比武 stays."""
    title = "河口区总工会开展快递职工技能比武"
    page = ["为激发快递职工学技能的热情,5月6日,比武河口区总工会联合区邮政管理局在物流园举办快递职工技能比武,"
            "来自12家企业的40名快递员参赛。技能比武",
            "比武设分拣、装车和理论三个项目,经过半天的比拼,某快递公司的王小明获得第一名。",
            "区总工会负责人表示,将推荐获奖选手参加市级竞赛。"]
    got = salt_spans(title, page)
    assert [[p[a:b] for a, b in sp] for p, sp in zip(page, got)] == [["比武", "技能比武"], [], []]
    assert got[0][0][0] == page[0].index(",比武") + 1


def test_a_sparse_chunk_repeated_in_two_paragraphs_is_salt():
    """A salter reuses its chunk list in each paragraph it salts: on a page with salt, a sparse chunk (title characters
    picked with gaps, loose characters) standing free in two paragraphs is salt wherever it sits; once on a page it is
    not, nor a quoted name, nor a piece whose last character opens the sentence's own union name (南屏市|总工会 of
    南屏山|市总工会), nor one a paragraph holds twice; a page with no other salt is left alone."""
    from unionkit.clean.salting.repeats import odd_repeats
    title = "南屏山市总工会举办春季职工篮球联赛"
    salted = [
        "本月上旬，来自全市的二十支球队在体育馆展开角逐，屏办春篮全体队员奋勇拼搏，观众热情高涨。",
        "南屏市总工会组织志愿者为比赛提供后勤保障，赛事期间屏办春篮共安排医护人员三十名。",
    ]
    gold = [
        "本月上旬，来自全市的二十支球队在体育馆展开角逐，全体队员奋勇拼搏，观众热情高涨。",
        "南屏市总工会组织志愿者为比赛提供后勤保障，赛事期间共安排医护人员三十名。",
    ]
    t = prepare_title(title)
    found = [[(0, 2)], []]  # (some salt the readings found elsewhere on the page)
    assert odd_repeats(found, salted, t) == [[(0, 2), (24, 28)], [(25, 29)]]
    assert [apply(p, sp) for p, sp in zip(salted, [[(24, 28)], [(25, 29)]])] == gold
    assert odd_repeats([[], []], salted, t) == [[], []]
    assert odd_repeats(found, gold, t) == found
    assert odd_repeats(found, salted[:1] + gold[1:], t) == found
    quoted = [p.replace("屏办春篮", "“屏办春篮”") for p in salted]
    assert odd_repeats(found, quoted, t) == found
    twice = [salted[0].replace("观众", "屏办春篮观众"), salted[1]]
    assert odd_repeats(found, twice, t) == found
    assert odd_repeats(found, ["南屏市总工会组织球队报名。", "南屏市总工会组织志愿者服务。"], t) == found


def test_a_sparse_pick_reads_odd_by_loose_characters_or_cut_words():
    """A sparse piece is a salter's odd pick when it reads as two or more loose characters, or as one that also takes
    part of two title words (屏山|总 of 南屏山, 总工会); a piece cutting one title word (职工|篮 of 篮球) or keeping words
    (屏山|工会) shortens the title's phrases the way text does."""
    from unionkit.clean.salting.repeats import _odd_pick
    t = prepare_title("南屏山市总工会举办春季职工篮球联赛")
    tb = title_boundaries(t)
    assert _odd_pick("屏办春篮", t.han, tb)
    assert _odd_pick("屏山总举办", t.han, tb)
    assert not _odd_pick("举办职工篮", t.han, tb)
    assert not _odd_pick("屏山工会举办", t.han, tb)
    assert not _odd_pick("春季篮球", t.han, tb)


def test_a_title_piece_cut_at_both_ends_repeated_in_two_paragraphs_is_salt():
    """A verbatim title piece cut inside title words at both ends (会举办春 of 总工会|举办|春季) standing free in two
    paragraphs of a page with salt is the salter's reused chunk; the text's copy inside its own longer run of the title
    (…市总工会举办春季…) is no such copy, and one free copy alone is not enough."""
    from unionkit.clean.salting.repeats import odd_repeats
    title = "南屏山市总工会举办春季职工篮球联赛"
    salted = [
        "本届联赛共有二十支球队报名，会举办春比赛分小组赛和淘汰赛两个阶段进行。",
        "赛事期间，志愿者会举办春为运动员提供饮水和医疗保障服务。",
    ]
    t = prepare_title(title)
    found = [[(0, 2)], []]
    assert odd_repeats(found, salted, t) == [[(0, 2), (14, 18)], [(8, 12)]]
    own = [salted[0], "赛事期间，南屏山市总工会举办春季联赛的志愿者为运动员提供饮水服务。"]
    assert odd_repeats(found, own, t) == found
    # (a copy going on along the title with a neighbour is the text's title words, whatever the word model reads there)
    from unionkit.clean.salting.title import _verbatim_ext
    han = prepare_title("锡林浩特市总工会举办春季职工篮球联赛").han
    assert _verbatim_ext("在锡林浩特市乳业协会", 2, 5, han)
    assert not _verbatim_ext("比赛期间，林浩特为选手服务", 5, 8, han)


def test_a_word_before_de_opening_a_clause_is_no_candidate():
    """A title word opening a clause right before 的 (表示，黎平|的做法) modifies the clause's noun: cut, the clause would
    open on 的, so it is no candidate; the same word before other text is one."""
    from unionkit.clean.salting.features import local_table
    title = "黎平县总工会慰问侗寨景区一线职工"
    for par in ("副主席在观摩后表示，黎平的做法为全省提供了经验。", "专家认为，景区的服务还要提升。"):
        assert not local_table(title, [par])[1]
    assert [c.text for c, _ in local_table(title, ["他说，景区来自基层的经验很多。"])[1]] == ["景区"]


def test_closing_tiling_reads_a_chunk_list_put_at_clause_ends():
    """Title pieces opening paragraphs or glued before commas that tile the title from its head in page order (黎平 |
    县总工 | 会慰, then 问侗 | 寨景) are a carried chunk list; clause ends on whole title words in order are the text's."""
    from unionkit.clean.salting.stops import closing_tiling
    t = prepare_title("黎平县总工会慰问侗寨景区一线职工")
    pars = ["黎平2月10日上午，工作组走进景区县总工，为一线职工送去慰问金会慰，共慰问职工85人。",
            "问侗今年春节前，各乡镇工会也开展走访寨景，覆盖一线职工2000人。"]
    got = [[p[a:b] for a, b in sp] for p, sp in zip(pars, closing_tiling(pars, t))]
    assert got == [["黎平", "县总工", "会慰"], ["问侗", "寨景"]]
    whole = ["这次活动在黎平，由县总工会牵头，开展慰问。", "工作组走进侗寨，来到景区，看望一线职工。"]
    assert not any(closing_tiling(whole, t))


def test_title_characters_in_the_other_script_are_folded_to_the_title():
    """A salter converting its chunks' script (縣總 glued into a simplified page under a simplified title) writes title
    characters all the same: they are read as the title's, offsets unchanged; other characters stay."""
    from unionkit.clean.salting.variants import folded
    title = "黎平县总工会慰问侗寨景区一线职工"
    pars = ["2月10日，縣總工作组走进景區，為职工送去慰问金。", "没有别的字。"]
    got = folded(title, pars)
    assert got == ["2月10日，县总工作组走进景区，為职工送去慰问金。", "没有别的字。"]
    assert got[1] is pars[1]


def test_a_gapped_reading_of_the_title_restated_without_its_ordinal_makes_no_tiled_chain():
    """举办职工 read over 第二届 and going on along the title to a word boundary (举办职工|冰雪运动会) is the sentence
    restating the title without its ordinal: it is no odd member a tiled chain needs; stopping inside a title word
    (举办职工|冰雪运到) it is the rest of a longer chunk."""
    from unionkit.clean.salting.chain import tiled_chain
    from unionkit.clean.salting.features import _resumes_title
    from unionkit.clean.salting.title import Cand
    t = prepare_title("黎平县总工会举办第二届职工冰雪运动会")
    tb = title_boundaries(t)
    par = "黎平县总工会主席表示,举办职工冰雪运动会是落实部署的举措,也助力冰雪运动发展。"
    assert _resumes_title(par, 15, 12, t.han, tb)
    assert not _resumes_title("表示,举办职工冰雪运到", 9, 12, t.han, tb)
    chain = [Cand(0, 0, 6, 0, 5, "黎平县总工会", -1.9), Cand(0, 11, 15, 6, 12, "举办职工", -2.5, odd=True),
             Cand(0, 36, 40, 13, 16, "冰雪运动", -1.8)]
    assert tiled_chain(chain) == chain
    assert tiled_chain(chain, {id(chain[1])}) == []


def test_a_lone_title_character_opening_the_place_of_the_texts_union_name_stays():
    """黎 of 黎平县总工会 under a title naming 黎平县“工会…” (its 总 no title character) opens the sentence's name of the
    title's union: no lone character a salter put in, however much better the sentence reads without it."""
    from unionkit.clean.salting.lones import _opens_union
    han = "".join(prepare_title("黎平县“工会+法院”调解劳动争议").han)
    assert _opens_union("记者从黎平县总工会获悉", 3, han)
    assert not _opens_union("记者从黎平县人社局获悉", 3, han)


def test_a_clause_head_the_text_goes_on_from_along_the_title_is_not_grown_into():
    """A cut chunk inside a clause grows back to the clause mark when the grown piece reads the title (,黎平会组 … under
    黎平县总工会组织…) unless the text after the chunk goes on from the head along the title (,黎平|会组|县…总工会: the
    sentence's own 黎平县, split by the chunk)."""
    from unionkit.clean.salting.doubles import _clause_head
    t = prepare_title("黎平县总工会组织一线劳模开展疗休养活动")
    par = "5月6日至8日,黎平会组县总工会组织42名劳模参加。"
    assert _clause_head(par, 10, 12, t, 0) == 10
    other = "5月6日至8日,黎平会组42名劳模参加。"
    assert _clause_head(other, 10, 12, t, 0) == 8


def test_a_chunk_splitting_the_texts_copy_of_a_title_word_is_no_word_it_ends():
    # 活劳动 is a word, but 技能月活|劳动|动 cut rejoins the title's 技能月活动: the chunk was put inside the text's copy
    from unionkit.clean.salting.copies import _inside_word

    par = "下一步,区总工会将以技能月活劳动动为契机,进一步健全机制。"
    a = par.index("劳动")
    assert not _inside_word(par, a, a + 2, prepare_title("滨江区总工会启动劳动技能月活动").han)
    assert _inside_word(par, a, a + 2, prepare_title("滨江区总工会启动劳动技能月比赛").han)


def test_a_run_inside_a_book_titles_name_rejoins_no_word_of_its_sides():
    # 《…共和国|举办职工|法》: 国法 joined by chance inside a law's name is no evidence; outside a name it is
    from unionkit.clean.salting.salad import WORD, _rejoined, _gaps

    title = "滨江区总工会举办职工消防技能大赛"
    t = prepare_title(title)
    par = "内容涵盖《中华人民共和国举办职工法》等知识。"
    i = par.index("举办职工")
    assert _rejoined(par, i, i + 4, t.han, _gaps(title)) != WORD
    par = "内容涵盖中华人民共和国举办职工法律等知识。"
    i = par.index("举办职工")
    assert _rejoined(par, i, i + 4, t.han, _gaps(title)) == WORD
