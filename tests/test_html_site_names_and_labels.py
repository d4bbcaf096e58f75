"""A disclosure table's empty labels; a TV transcript's heading. Each rule with a look-alike that must stay as it was."""

from __future__ import annotations

from unionkit.clean import clean_article, clean_text
from unionkit.html import html_to_article

PAGE = ("<html><head><meta charset='utf-8'><title>{title}</title>{extra}</head><body>{body}"
        "<h1>{headline}</h1><p>{text}</p></body></html>")
HEADLINE = "市总工会开展夏送清凉活动"
TEXT = "近日，市总工会走访一线户外劳动者，送上防暑降温物资。活动覆盖全市十二个区县的建筑工地和环卫站点。"


def _page(title: str, body: str = "", extra: str = "", headline: str = HEADLINE) -> str:
    return PAGE.format(title=title, extra=extra, body=body, headline=headline, text=TEXT)


def _site(html: str) -> str | None:
    return html_to_article(html).meta.site


# --- a disclosure catalogue's empty field ----------------------------------------------------------------

CATALOGUE = ("<table><tr><td class='lbl'>索引号</td><td>001008003012/2024-00123</td><td class='lbl'>发布机构</td>"
             "<td>某县总工会</td></tr><tr><td class='lbl'>生成日期</td><td>2024-05-16</td><td class='lbl'>公开方式</td>"
             "<td>主动公开</td></tr><tr><td class='lbl'>{label}</td><td colspan='3'></td></tr></table>")


def test_an_empty_catalogue_field_label_is_no_line_and_the_headline_stays_the_title():
    art = html_to_article(_page(f"{HEADLINE} - 部门信息公开 - 某县人民政府", CATALOGUE.format(label="有效性")))
    assert "有效性" not in art.raw.splitlines()
    assert clean_article(art).title == HEADLINE


def test_an_empty_cell_beside_another_colonless_label_is_kept():
    art = html_to_article(_page(f"{HEADLINE} - 某县人民政府", CATALOGUE.format(label="备注")))
    assert "备注" in art.raw.splitlines()


# --- a TV transcript's heading -----------------------------------------------------------------------------

def test_a_transcript_heading_is_no_body_line_but_sound_bites_stay():
    page = ("市总工会开展夏送清凉活动\n【新闻文稿】\n" + TEXT + "\n【同期声】环卫工人 李某：工会送来的防暑用品很实用。\n"
            "据了解，今年共投入资金五十万元，计划覆盖一万余名一线劳动者。\n")
    body = clean_text(page).body
    assert "【新闻文稿】" not in "\n".join(body)
    assert any(line.startswith("【同期声】") for line in body)


def test_a_bracketed_phrase_opening_a_sentence_is_kept():
    page = "市总工会开展夏送清凉活动\n" + TEXT + "\n【文稿评审】环节由市总工会宣教部组织，共收到稿件八十余篇，评出一等奖三篇。\n"
    assert any("文稿评审" in line for line in clean_text(page).body)
