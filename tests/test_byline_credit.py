"""A closing credit in brackets that names the outlet, then a space, then the role and the reporter, with its negatives;
each roundup item's own closing credit; an editor's note on a transcript (根据录音整理, 有删节)."""

from unionkit.clean import byline
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

BODY = ("12月1日，某某县第三届职工足球联赛落下帷幕，县人民医院队以2比1战胜县供电局队夺得冠军。\n"
        "本届联赛由某某县总工会主办，共组建28支队伍、600余名职工参赛，历时40天。\n")


def test_spaced_outlet_credit_is_a_byline():
    for t in ("(某某县融媒体中心 记者 张三)", "(某某日报 记者 张三 李四)", "某某晚报 通讯员 王小明", "(记者 张三)",
              "某某县融媒体中心记者 张三"):
        assert byline.byline_line(t), t


def test_spaced_outlet_look_alikes_stay():
    # a word that is no outlet before the role, or a sentence, is not a credit
    for t in ("(大家 记者 张三)", "工会干部 记者 张三", "今天 记者 张三", "(某某县融媒体中心 记者 张三说,比赛很好。)"):
        assert not byline.byline_line(t), t


def test_trailing_spaced_credit_removed():
    page = "某某县职工足球联赛收官\n\n" + BODY + "\n（某某县融媒体中心 记者 张三）\n"
    art = clean_page(page)
    assert not any("记者 张三" in p for p in art.body)
    assert any("记者 张三" in r.text for r in art.removed)
    assert len(art.body) == 2


def test_a_byline_with_the_authors_unit_in_brackets():
    # a journal's or union paper's byline: the author, then the unit in brackets (作者单位:…, 作者系…)
    for t in ("文/李某某(作者单位:某市职工大学)", "作者:张某(作者系某县总工会干部)", "文/刘某 (单位:某某公司工会)"):
        assert byline.byline_line(t), t
    # look-alikes: a bracket that names no unit, or holds a sentence
    for t in ("文/李某某(某市职工大学)", "文/李某某(作者单位:某市职工大学。下同)"):
        assert not byline.byline_line(t), t


def test_the_unit_byline_is_removed_and_read():
    from unionkit.extract import extract
    page = "某县职工足球联赛收官\n文/李某某(作者单位:某市职工大学)\n" + BODY
    art = extract(clean_page(page))
    assert not any("李某某" in p for p in art.body)
    assert art.meta.author == "李某某"


def test_a_commentarys_house_byline_is_a_byline():
    # a paper's or agency's staff commentator, unnamed or named, signs an editorial on its own line
    for t in ("本报评论员", "本刊特约评论员", "某某日报评论员", "某某社评论员 张某", "(本报评论员)"):
        assert byline.byline_line(t), t
    # look-alikes: the role alone, a sentence about one, a phrase running on after it
    for t in ("评论员", "他是本报评论员。", "本报评论员文章", "本报评论员说得好"):
        assert not byline.byline_line(t), t


def test_commentary_under_an_epaper_headline_list_keeps_its_headline():
    # the page's bulleted headline list names the commentary too; its own headline over the house byline is the title
    page = ("某某工人报\n数字报\n2024年05月01日 星期三\n第02版：评论\n本版标题导航\n· 某某区举办职工技能大赛\n"
            "· 让奋斗者更有奔头\n· 全市工会启动送清凉活动\n\n让奋斗者更有奔头\n本报评论员\n\n" + BODY)
    art = clean_page(page)
    assert art.title == "让奋斗者更有奔头"
    assert art.body == BODY.strip().split("\n")
    assert any(r.text == "本报评论员" and r.kind == "byline" for r in art.removed)


ROUNDUP = ("各地工会开展夏季送清凉活动\n\n"
           "【某甲市】7月2日，某甲市总工会走访建筑工地，为一线职工送去绿豆、藿香正气水等防暑物品。（通讯员 张小明）\n"
           "【某乙县】连日来，某乙县总工会组织志愿者深入环卫站点，慰问高温下坚守岗位的环卫工人300余人。（王大力 李红）\n"
           "【某丙区】某丙区总工会日前在工业园区设立20个“职工清凉驿站”，免费提供饮用水和休息场所。（通讯员 赵强）\n")


def test_each_roundup_item_loses_its_closing_credit():
    # a roundup of short items, each closing with its own bracketed credit as the last one does: every credit goes
    art = clean_page(ROUNDUP)
    assert len(art.body) == 3
    assert all(p.endswith("。") for p in art.body), art.body
    assert {r.text for r in art.removed} >= {"（通讯员 张小明）", "（王大力 李红）", "（通讯员 赵强）"}


def test_a_bracketed_name_inside_the_text_stays_when_the_last_paragraph_has_no_credit():
    page = ROUNDUP.replace("（通讯员 赵强）", "")
    art = clean_page(page)
    assert art.body[0].endswith("（通讯员 张小明）") and art.body[1].endswith("（王大力 李红）")


def test_an_editors_note_on_a_transcript_is_a_credit_line():
    for t in ("（根据录音整理，有删节）", "(本文有删节)", "（标题为编者所加）", "（据讲话录音整理）", "(根据速记整理,标题为编者所加)"):
        assert byline.credit_line(fold(t)), t
    # a sentence that mentions an abridgement, or the note outside brackets, is text
    for t in ("（有删节的地方请读者见谅）", "根据录音整理，有删节", "（会议根据录音整理了纪要）"):
        assert not byline.credit_line(fold(t)), t
    art = clean_page("某某工会网\n\n在全县工会工作会议上的讲话\n\n" + BODY + "\n（根据录音整理，有删节）\n")
    assert not any("删节" in p for p in art.body)
    assert ("credit", "（根据录音整理，有删节）") in {(r.kind, r.text) for r in art.removed}
