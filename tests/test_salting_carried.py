"""Title salting by a salter carrying one chunk list on through the page (each salted paragraph going on with the
title where the one before stopped, instead of starting it again), and a unit's short union name standing as its
sentence's subject, which is no cut piece however the title reads."""

from __future__ import annotations

import pathlib

import regex

from test_salting import _spans_of as spans_of

from unionkit.clean.salting import salt_spans
from unionkit.clean.salting.base import _unit_union
from unionkit.clean.salting.boundaries import title_boundaries
from unionkit.clean.salting.chunks import Chunk
from unionkit.clean.salting.joint import _carried_on
from unionkit.clean.salting.openings import continued_seams
from unionkit.clean.salting.tails import carried_tiles, carried_laps
from unionkit.clean.salting.title import prepare_title

DATA = pathlib.Path(__file__).parent / "data"


def texts(pars: list[str], out: list[list[tuple[int, int]]]) -> list[list[str]]:
    """The spans' texts per paragraph."""
    return [[par[a:b] for a, b in sp] for par, sp in zip(pars, out)]


# --------------------------------------------------------------------------- a unit's short union name

UNIT_TITLE = "李楼煤矿工会举行“名师带高徒”师徒结对签约仪式"
UNIT_PARS = [
    "为确保“师带徒”活动不走过场，矿工会制定了《师徒结对考核奖励办法》，对考核优秀的师徒分别给予3000元和2000元奖励。",
    "王建军表示，近年来，矿工会把“师带徒”作为提升职工队伍素质的重要抓手，已累计结成师徒对子150对。",
    "仪式结束后，师傅代表和徒弟代表分别作了表态发言。",
]


def test_a_units_short_union_name_opening_a_clause_on_any_verb_is_kept():
    """矿工会制定了…, 矿工会把…: the mine's union named by its unit's one character (cut across the title's 煤矿|工会) is
    the clause's subject; cut out, the clause would have none. A plain page keeps it (it was cut, and once it had
    opened the gate, the quoted 师带徒 and 师徒 went with it)."""
    assert salt_spans(UNIT_TITLE, UNIT_PARS) == [[], [], []]


def test_unit_union_reads_only_a_units_one_character_before_its_union_going_on_into_the_clause():
    par = "近年来，矿工会把培训作为抓手，区工会把培训作为抓手。矿工会"
    assert _unit_union(par, 4, 7)                                  # 矿工会把…
    assert not _unit_union(par, par.index("区工会"), par.index("区工会") + 3)  # a level word: the title's piece
    assert not _unit_union(par, len(par) - 3, len(par))           # dangling after the full stop: a cut piece
    assert not _unit_union("近年来，工会把培训作为抓手。", 4, 6)      # a bare 工会


# --------------------------------------------------------------------------- a list carried on through the page

SHORT_TITLE = "教职工趣味运动会"


def _school_page() -> tuple[list[str], list[str]]:
    """The salted body paragraphs of a school page salted from its short title (the caption lines left out), and
    the same paragraphs clean."""
    import json
    raw = (DATA / "layouts" / "crawl107_text_d3.txt").read_text(encoding="utf-8").split("\n")
    salted = [ln.strip("\u3000 ") for ln in raw if ln.startswith("\u3000\u3000") and len(ln) > 20]
    gold = json.loads((DATA / "layouts" / "crawl107_text_d3.gold.json").read_text(encoding="utf-8"))
    return salted, [p for p in gold["body"] if len(p) > 20]


def test_chunks_going_on_with_the_title_where_the_paragraph_before_stopped_are_salt():
    """教职|工趣 in the first paragraph, then ,味运 … ,动会 in the next (with 趣味 dangling after its last full stop):
    the second paragraph lacks the list's head, but its chunks tile the title on from where the first stopped."""
    salted, clean = _school_page()
    out = texts(salted, salt_spans(SHORT_TITLE, salted))
    assert out[0] == ["教职", "工趣"]
    # (the first 趣味 is the list item 、趣味接力、, cut by salad_openings once the page shows its clause-opening pieces
    # in no title order: a known loss; keeping list items that open with a title word left more of this page's salt
    # and of crawl53_text_d2's, F1 0.9976 -> 0.9941 and 0.9890 -> 0.9859)
    assert out[1] == ["趣味", "味运", "动会", "趣味"]
    assert not any(salt_spans(SHORT_TITLE, clean))


def test_carried_on_needs_the_chunks_to_tile_on_from_the_stop_cut_inside_the_titles_words():
    t = prepare_title(SHORT_TITLE)
    tb = title_boundaries(t)
    chunks = [Chunk("教职", 0, 1, 1), Chunk("工趣", 2, 3, 1), Chunk("味运", 4, 5, 1), Chunk("动会", 6, 7, 1),
              Chunk("运动会", 5, 7, 1)]
    par = "等8个项目，味运既考验个人技巧，动会老师们暂时放下教案。"
    got = [(6, 8, 2), (16, 18, 3)]
    assert _carried_on(par, got, chunks, tb, 3)
    assert not _carried_on(par, got, chunks, tb, 1)        # the paragraph before stopped earlier: a gap
    assert not _carried_on(par, got, chunks, tb, -1)       # no salted paragraph before
    inside = "等8个项目味运既考验个人技巧，动会老师们暂时放下教案。"
    assert not _carried_on(inside, [(5, 7, 2), (15, 17, 3)], chunks, tb, 3)  # inside a clause: the sentence's words
    whole = "比赛中，运动会老师们暂时放下教案。"
    assert not _carried_on(whole, [(4, 7, 4)], chunks, tb, 4)  # a whole title word: the sentence restating it


# --------------------------------------------------------------------------- the stretch between two carried chunks

PAY_TITLE = "株洲市总工会开展“护薪”行动 帮农民工讨回欠薪520余万元"
PAY_PARS = [
    "活动现场，护薪律师向农民工讲解维权知识。行动帮农",
    "据了解，民工今年以来，市总工会在全市9个县市区讨回设立维权站，为2万余名农民工欠薪提供法律咨询，帮助农民工讨回欠薪520余万元余万元。",
]


def test_pieces_tiling_the_title_between_two_carried_chunks_are_salt():
    """护薪|行动|帮农 in one paragraph and 余万元 dangling in the next: the text between them holds 民工, 讨回, 欠薪 in the
    title's order, each cut from the title's characters around it; the real 农民工讨回欠薪520余万元 stays."""
    t = prepare_title(PAY_TITLE)
    p0, p1 = PAY_PARS
    k = len(p0) - 4
    out = [spans_of(p0, "护薪") + [(k, k + 2), (k + 2, k + 4)], [(p1.rindex("余万元"), p1.rindex("余万元") + 3)]]
    got = carried_tiles(out, PAY_PARS, t)
    assert texts(PAY_PARS, got)[1] == ["民工", "讨回", "欠薪", "余万元"]
    assert all(p1[a - 1] != "农" for a, _ in got[1])  # the title's own 农民工 is never the piece


def test_no_tiling_when_the_title_words_stand_whole_in_the_sentence():
    """The same stretch written by the sentence (农民工讨回欠薪) is no tiling: every piece runs on into the title."""
    t = prepare_title(PAY_TITLE)
    p0 = PAY_PARS[0]
    p1 = "据了解，今年以来共帮助农民工讨回欠薪520余万元。余万元"
    k = len(p0) - 4
    out = [spans_of(p0, "护薪") + [(k, k + 2), (k + 2, k + 4)], [(len(p1) - 3, len(p1))]]
    assert carried_tiles(out, [p0, p1], t) == out


GLUED_TITLE = "江北区中心医院工会开展护士技能比武"
GLUED_PARS = [
    "为迎接护士节,江北区江北区中心医院组织全院护士开展岗位练兵,共有60名护士报名。",
    "比武设置理论和实操两项。实操环节要求选手在6分钟内完成对“急性中心医心梗患者”的抢救配合。院工会",
    "经过一天的角逐,急诊科护士获得一等奖,开展护重症科获得团体奖,士技能儿科获得二等奖。",
]


def glued_out(pars: list[str]) -> list[list[tuple[int, int]]]:
    """The carried chunks found: 江北区 | 院工会 | 开展护, 士技能 (the list's 中心医 left out)."""
    return [spans_of(pars[0], "江北区"), [(len(pars[1]) - 3, len(pars[1]))], spans_of(pars[2], "开展护", "士技能")]


def test_the_one_piece_two_carried_chunks_leave_is_salt_where_it_stands_once():
    """江北区 … 院工会 found carried through the page, 中心医 between them in the title (cut inside 中心|医院): its one
    copy between the two chunks that the title does not go on around is the salter's (glued into a quoted name:
    “急性|中心医|心梗患者”); the sentence's own 江北区中心医院 stays."""
    t = prepare_title(GLUED_TITLE)
    got = carried_tiles(glued_out(GLUED_PARS), GLUED_PARS, t)
    assert texts(GLUED_PARS, got) == [["江北区"], ["中心医", "院工会"], ["开展护", "士技能"]]
    # a span holding digits (the digit rules' find) or a union standing as its clause's subject (given back later) is
    # no stretch of the carried list: the list is read without them
    more = [GLUED_PARS[0], GLUED_PARS[1], GLUED_PARS[2] + "此外,院工会还为参赛护士送上慰问品。"]
    extra = glued_out(more)
    extra[0] = sorted(extra[0] + spans_of(more[0], "60名"))
    extra[2] = sorted(extra[2] + spans_of(more[2], "院工会"))
    assert texts(more, carried_tiles(extra, more, t))[1] == ["中心医", "院工会"]
    # two such copies between them: which one is the salter's is not known
    twice = [GLUED_PARS[0].replace("共有60名", "共有中心医60名"), *GLUED_PARS[1:]]
    assert carried_tiles(glued_out(twice), twice, t) == glued_out(twice)


# --------------------------------------------------------------------------- a lone chunk continuing the list

SEAM_TITLE = "柳州市总工会启动2024年“夏送清凉”活动"


def test_a_lone_title_character_continuing_the_list_at_a_clause_mark_is_taken_with_the_pieces_after_it():
    """柳州|市总|工会启 found, then ,动 … ,年夏 in the next paragraph: the salter's one-character chunk goes on with the
    title where the list stopped, and the next piece follows at a later clause mark."""
    t = prepare_title(SEAM_TITLE)
    p0 = "6月17日，柳州柳州市总工会举行启动仪式，市总为一线职工送去清凉物资。工会启"
    p1 = "据悉，今年共筹措资金500万元，动计划在7月至9月开展系列活动，年夏覆盖全市重点工程项目。"
    out = [spans_of(p0, "柳州", "市总", "工会启"), []]
    assert texts([p0, p1], continued_seams(out, [p0, p1], t))[1] == ["动", "年夏"]
    # the lone character alone, with no piece going on after it, is the sentence's
    p2 = "据悉，今年共筹措资金500万元，动员全市各级工会开展系列活动。"
    assert continued_seams(out, [p0, p2], t) == out


def _post_page() -> tuple[str, list[str]]:
    """A Weibo long post salted from its 【…】 headline: the headline, and the post's paragraphs as the cleaner reads
    them once the headline is its title (the headline cut from the first, the jammers after the sentences cut)."""
    import json
    import re
    gold = json.loads((DATA / "layouts" / "crawl107_text_d1.gold.json").read_text(encoding="utf-8"))
    raw = (DATA / "layouts" / "crawl107_text_d1.txt").read_text(encoding="utf-8").split("\n")
    pars = []
    for ln in raw:
        if len(ln) > 40 and "，" in ln:
            ln = re.sub(r"^【[^】]*】", "", ln).rstrip()
            pars.append(re.sub(r"\s[^\u4e00-\u9fff]*$", "", ln))
    return gold["title"], pars


def test_a_list_carried_on_from_a_lone_chunk_through_the_next_paragraphs_is_salt():
    """南宁|市总|工会启 in the first paragraph, then ,动 … ,年夏 and ,送清凉 … ,活动 in the next two: the list carried on
    clause by clause; the last paragraph's 夏送 … 南宁, the list started again out of order, is left."""
    title, pars = _post_page()
    out = texts(pars, salt_spans(title, pars))
    assert out[:3] == [["南宁", "市总", "工会启"], ["动", "年夏"], ["送清凉", "活动"]]
    assert not any(out[4:])


def _marked(pars: list[str]) -> tuple[list[str], list[list[tuple[int, int]]], list[list[tuple[int, int]]]]:
    """Paragraphs written with [found] and {lost} chunks: the text, the found spans and the lost ones."""
    texts, found, lost = [], [], []
    for p in pars:
        text, f, g = "", [], []
        for part in regex.split(r"(\[[^\]]*\]|\{[^}]*\})", p):
            if part[:1] in "[{":
                (f if part[0] == "[" else g).append((len(text), len(text) + len(part) - 2))
                part = part[1:-1]
            text += part
        texts.append(text)
        found.append(f)
        lost.append(g)
    return texts, found, lost


LAPS_TITLE = "龙湖区总工会举办职工技能大比武活动"


def test_chunks_a_list_cycled_through_the_page_lost_between_two_found_chunks_are_salt():
    # 龙湖|区总|工会|举办 … 职工|技能 … (大比) 武活 (动) then 龙湖 … again: 大比 is the list's chunk of the next lap, 动
    # the title's end before the list starts again
    pars, found, lost = _marked([
        "3月8日,[龙湖]龙湖区总工会召开会议,[区总]全区职工参加。会上,[工会]负责人作了部署,[举办]各单位表态发言。",
        "本次活动设置多个项目,[职工]由各基层单位组织,[技能]比赛持续一个月,{大比}赛程安排紧凑。",
        "在比赛内容上,[武活]突出实战导向,{动}各单位积极备赛,[龙湖]职工踊跃报名,[区总]赛事有序推进。",
        "下一步,[工会]将总结经验,[举办]更多赛事,[职工]积极参与,[技能]不断提升,[大比]形成长效机制。",
    ])
    t = prepare_title(LAPS_TITLE)
    assert carried_laps(found, pars, t) == [sorted(f + g) for f, g in zip(found, lost)]


def test_no_laps_when_each_paragraph_starts_the_list_again():
    pars, found, _ = _marked([
        "3月8日,[龙湖]龙湖区总工会召开会议,[区总]全区职工参加。会上,[工会]负责人作了部署,[举办]各单位表态发言,赛程紧凑。",
        "本次活动设置多个项目,[龙湖]由各基层单位组织,[区总]比赛持续一个月,[工会]大比赛程安排紧凑。",
        "在比赛内容上,[龙湖]突出实战导向,动各单位积极备赛,[区总]职工踊跃报名,[工会]赛事有序推进。",
    ])
    assert carried_laps(found, pars, prepare_title(LAPS_TITLE)) == found
