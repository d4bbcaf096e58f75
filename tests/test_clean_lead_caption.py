"""A lead photo's caption on a plain-text copy of a page: one short bare sentence right under the article's byline
or labelled metadata row, over a full paragraph, is the photo's caption, not the text's first paragraph."""

import pytest

from unionkit.clean.pipeline import clean_page

PARA = ("5月8日，由某县总工会、县人力资源和社会保障局联合主办的职工职业技能竞赛电工赛项在县职业学校实训基地开赛，"
        "来自全县机械制造、电力等行业的46名选手同台竞技。\n"
        "本次竞赛分理论知识考试和实际操作两部分，实操环节要求选手在规定时间内完成配电线路的安装与调试。\n")


@pytest.mark.parametrize("meta", ["作者：某某 来源：县总工会 发布时间：2024-5-9", "记者 某某 通讯员 某某某"])
@pytest.mark.parametrize("caption", ["选手在进行配电柜线路接线调试操作", "选手在竞赛中调试配电线路。"])
def test_short_line_under_the_metadata_is_the_lead_photos_caption(meta, caption):
    art = clean_page("某县举办职工电工技能竞赛\n" + meta + "\n" + caption + "\n" + PARA)
    assert art.body[0].startswith("5月8日")
    assert caption in art.captions


def test_short_line_under_a_bare_date_stays():
    # (a blog's date header over the entry: the short line under it may be the entry's own headline)
    art = clean_page("某某工会札记\n2024年5月9日 星期四\n某县举办职工电工技能竞赛\n" + PARA)
    assert "某县举办职工电工技能竞赛" in [art.title, *art.body]
