"""A reply's header that names its poster before 发表于 ("某某 发表于 2024-12-05 09:20") is forum chrome:
it opens the thread's replies, which leave the body with it."""

import pytest

from unionkit.clean import forum
from unionkit.clean import clean_text


@pytest.mark.parametrize("line", [
    "沐浴阳光 发表于 2024-12-05 09:20",
    "黄河鲤鱼 发表于 2024-10-12 21:30:15 | 只看该作者",
    "麒麟湖畔|发表于 2024-1-26 09:15|只看该作者",
    "湘南一叶 | 发表于 2024-4-23 09:16 | 只看该作者 | 来自手机",
    "桂林游客lily 发表于: 2024/12/03 10:12",
])
def test_named_reply_header_is_a_post_start(line):
    assert forum.post_start(line)


@pytest.mark.parametrize("line", [
    "这篇文章发表于2020年的求是杂志上",                           # prose: no poster name set apart
    "论文 发表于 2024-12-05 核心期刊",                             # text after the date
    "记者 发表于 2024年12月5日",                                   # a written-out date, not a board's stamp
    "引用：打工人小吴 发表于 2024-2-20 22:41 我在一家小公司上班快两年了",  # a quote inside a reply
    "他的文章 发表于 2024-12-05。",                                 # a sentence
])
def test_look_alikes_are_not_post_starts(line):
    assert not forum.post_start(line)


THREAD = """莱阳论坛 › 民生 › 查看内容
[转载] 市总工会职工医疗互助今年赔付突破三百万元
梨乡阿强
UID 21876 主题 312 帖子 4096 积分 8890
楼主 发表于 2024-12-05 08:47:31 | 只看该作者
记者从市总工会获悉,截至11月底,今年全市职工医疗互助保障活动共为2176人次参保职工赔付互助金。
市总工会副主席表示,明年将把快递员、网约车司机等新就业形态劳动者纳入医疗互助保障范围。
沐浴阳光 发表于 2024-12-05 09:20
我们单位也交了,去年住院报了两千多
海阳小丁 发表于 2024-12-05 10:03
海阳市有没有这个?
发表回复
"""


def _body(text: str) -> list[str]:
    return clean_text(text).body


def test_named_replies_leave_the_body():
    body = _body(THREAD)
    assert body[0].startswith("记者从市总工会获悉")
    assert body[-1].startswith("市总工会副主席表示")
    assert not any("发表于" in b or "海阳市" in b or "两千多" in b for b in body)


def test_article_with_a_published_in_sentence_keeps_it():
    text = ("市总工会开展职工医疗互助\n"
            "记者从市总工会获悉,今年全市职工医疗互助保障活动共为2176人次参保职工赔付互助金。\n"
            "该项目的经验总结 发表于 2024-12-05 的工会工作简报上,受到各地关注。\n"
            "市总工会副主席表示,明年将扩大保障范围。\n")
    body = _body(text)
    assert any("工会工作简报" in b for b in body)
    assert body[-1].startswith("市总工会副主席表示")
