"""A photo's caption told by the layout alone: a short line with no sentence end, set apart by blank lines (where the
scraper dropped the image) on a page whose paragraphs otherwise run on without blank lines. A heading on a page that
sets every paragraph apart, or a numbered one, stays."""

from unionkit.clean.pipeline import clean_page

P = ["5月20日上午，某某市第一医院工会举办的职工子女“快乐周末”兴趣班在行政楼三楼会议室开班，首批36名职工子女报名参加。",
     "医院工会在前期调查中发现，临床科室职工周末值班多，孩子无人照看的情况较为普遍，为此联合院团委招募了志愿者担任辅导老师。",
     "兴趣班开设绘画、手工、阅读等课程，每周六上午开课，为期八周，所需费用全部由医院工会承担，职工无需缴纳任何费用。",
     "“以前周末值班只能把孩子锁在家里，现在带到医院就有老师照看，心里踏实多了。”心内科护士王某某说。",
     "医院工会负责人表示，下一步将根据职工需求，继续开设暑期托管班和亲子活动，让职工安心工作、舒心生活。"]
CAPTION = "兴趣班上，志愿者老师带领孩子们做手工"
HEAD = ["某某医院", "", "医院工会“快乐周末”兴趣班开班", "来源：医院工会　发布时间：2023/05/22", ""]


def test_spaced_line_between_run_on_paragraphs_is_a_caption():
    art = clean_page("\n".join(HEAD + P[:3] + ["", CAPTION, ""] + P[3:] + [""]))
    assert art.body == P
    assert art.captions == [CAPTION]


def test_heading_on_a_page_that_spaces_every_paragraph_stays():
    lines = HEAD + [P[0], "", P[1], "", P[2], "", CAPTION, "", P[3], "", P[4], ""]
    art = clean_page("\n".join(lines))
    assert CAPTION in art.body


def test_numbered_heading_between_run_on_paragraphs_stays():
    head = "二、志愿服务，让职工安心工作"
    art = clean_page("\n".join(HEAD + P[:3] + ["", head, ""] + P[3:] + [""]))
    assert head in art.body
