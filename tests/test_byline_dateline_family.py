"""A paper's dateline (本报…讯/电, with its credits in brackets or in the open) opening the text, also under a deck the
e-paper keeps as text; with the look-alike sentences that stay."""

from unionkit.clean import byline
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page
from unionkit.extract import extract

TEXT = "4月25日，某某市蔬菜产业职工技能大赛开赛，来自全市14个镇街的300余名职工同台竞技。"
MORE = "本次大赛由某某市总工会主办，设置蔬菜嫁接、病虫害识别等3个项目，采取理论与实操结合的方式进行。\n"


def _lead(paragraph: str) -> str:
    """The lead the rules take off the paragraph ('' when none)."""
    spans = byline.lead_spans(fold(paragraph))
    return fold(paragraph)[:spans[0][1]].strip() if spans else ""


def test_dateline_family_taken_off():
    for lead in ("本报某某4月25日讯（记者 张三 通讯员 李四 王五）", "本报讯（记者 张三）", "本报讯(记者 张三)",
                 "本报北京4月25日讯（记者 张三）", "本报4月25日讯 (记者 张三)", "本报北京4月25日讯 记者张三报道：",
                 "本报北京4月25日电（记者 张三）", "本報某某4月25日訊（記者 張三 通訊員 李四）", "本報訊（記者 張三）",
                 "新华社北京4月25日电（记者 张三）", "本报讯 通讯员 李四 王五 ", "本报某某4月25日讯 "):
        assert _lead(lead + TEXT) == fold(lead).strip(), lead


def test_paper_staff_credits_opening_the_text_taken_off():
    for lead in ("本报记者 张三 报道 ", "本报记者 张三 通讯员 李四 ", "本报通讯员 李四 王五 ", "本报通讯员 李四 本报记者 张三 ",
                 "本報記者 張三 報導 ", "本报记者 张三报道："):
        assert _lead(lead + TEXT) == fold(lead).strip(), lead


def test_dateline_look_alikes_stay():
    for t in ("本报记者近日走访某某市多家蔬菜企业，了解到大赛的筹备情况。", "本报通讯员近日走访多家企业。",
              "本报记者近日报道的蔬菜大赛引起广泛关注，多家媒体跟进。", "本期共有12名学员参加培训，结业后统一上岗。",
              "4月25日消息称，某某市将举办职工技能大赛。"):
        assert _lead(t) == "", t


def test_dateline_under_a_deck_removed():
    page = ("某某菜农工匠比武“种”出新技能\n300余名“新农人”同台竞技，一等奖获得者将申报省五一劳动奖章\n"
            "本报某某4月25日讯（记者 张三 通讯员 李四 王五）" + TEXT + "\n" + MORE)
    art = clean_page(page)
    assert art.body[0].startswith("300余名") and art.body[1] == TEXT
    assert [r.kind for r in art.removed if "本报" in r.text] == ["dateline"]
    assert extract(art).meta.reporter == "张三"


def test_dateline_look_alike_under_a_deck_stays():
    page = ("某某菜农工匠比武“种”出新技能\n300余名“新农人”同台竞技\n"
            "本报记者近日走访某某市多家蔬菜企业，了解到大赛的筹备情况。\n" + MORE)
    art = clean_page(page)
    assert art.body[1].startswith("本报记者近日走访")


def test_deck_is_short_and_has_no_sentence():
    assert byline.deck_line("300余名“新农人”同台竞技,一等奖获得者将申报省五一劳动奖章")
    assert not byline.deck_line("某某市总工会举办职工技能大赛。")
    assert not byline.deck_line("某" * 60)
