"""The site's name from a <title> prefix, a home link or an app's logo; a disclosure table's empty labels; a TV
transcript's heading. Each rule with a look-alike that must stay as it was."""

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


# --- the site named first in the <title> ------------------------------------------------------------------

def test_a_title_prefix_shaped_as_a_site_name_is_the_site():
    # a Java CMS that titles its pages "Site--Headline", its logo inside an iframe
    assert _site(_page(f"某省工会网--{HEADLINE}")) == "某省工会网"
    assert _site(_page(f"某某日报-{HEADLINE}")) == "某某日报"


def test_a_channel_or_label_before_the_headline_names_no_site():
    assert _site(_page(f"工会之窗 - {HEADLINE}")) is None
    assert _site(_page(f"文档：{HEADLINE}")) is None
    # a logo naming another site: the prefix is that page's channel or partner, not its site
    logo = "<div class='logo'><img src='/logo.png' alt='某市新闻网'></div>"
    assert _site(_page(f"某省工会网--{HEADLINE}", logo)) is None


def test_an_epaper_prefix_names_the_paper_not_its_edition():
    assert _site(_page(f"某某日报数字报-{HEADLINE}")) == "某某日报"


# --- a home link confirming the <title> suffix --------------------------------------------------------------

def test_a_home_link_naming_the_title_suffix_confirms_the_site():
    # a TV site's top bar: the site's name linking home beside the station's 官方网站 line
    bar = "<div class='topbar'><a href='/'>某市广电网</a><span>某市广播电视台官方网站</span></div>"
    assert _site(_page(f"{HEADLINE}_某市新闻_某市广电网", bar)) == "某市广电网"



def test_a_home_link_climbing_out_of_the_article_folder_confirms_the_site():
    # an ASP CMS's article page (/Article/ShowArticle.asp): its breadcrumb links home as ../index.asp, while the
    # banner's alt and the footer name the union that runs the site
    crumb = ("<img src='../images/banner.jpg' alt='某某县总工会'><div class='guide'>您现在的位置: "
             "<a href='../index.asp'>某某工会网</a> &gt;&gt; <a href='../Article/ShowClass.asp?ClassID=1'>工会动态</a>"
             " &gt;&gt; 正文</div>")
    assert _site(_page(f"{HEADLINE}--某某工会网", crumb)) == "某某工会网"
    # look-alike: a link up to another folder's page is no home link
    other = crumb.replace("../index.asp", "../news.asp?lb=1")
    assert _site(_page(f"{HEADLINE}--某某工会网", other)) is None


def test_a_forum_breadcrumb_head_or_a_bare_wordmark_confirms_nothing():
    crumb = "<div id='pt'><a href='./'>某某职工论坛</a> › <a href='forum.php'>工会园地</a></div>"
    assert _site(_page(f"{HEADLINE} - 工会园地 - 某某职工论坛", crumb)) is None
    mark = "<div class='top'><a href='/'>某某</a></div>"
    assert _site(_page(f"{HEADLINE}_某某新闻网", mark)) is None


# --- an app's page: the logo's name over the JSON-LD publisher ---------------------------------------------

LD = ('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization",'
      '"name":"某某区融媒体中心"}}</script>')


def test_a_logo_confirmed_title_suffix_outranks_the_json_ld_publisher():
    logo = "<header><a href='/' class='logo'>某川+</a></header>"
    assert _site(_page(f"{HEADLINE}-某川+", logo, LD)) == "某川+"


def test_the_json_ld_publisher_stays_when_nothing_confirms_the_suffix():
    assert _site(_page(f"{HEADLINE}-某川+", "", LD)) == "某某区融媒体中心"


# --- a disclosure catalogue's empty field ----------------------------------------------------------------

# --- a print view's <title> ----------------------------------------------------------------------------------

def test_a_print_views_title_names_the_site_after_its_print_word():
    assert _site(_page(f"{HEADLINE} - 打印页 - 某某工会网")) == "某某工会网"
    assert _site(_page(f"{HEADLINE}_打印本页_某某日报")) == "某某日报"


def test_a_print_views_title_ending_with_a_channel_or_no_print_word_names_no_site():
    assert _site(_page(f"{HEADLINE} - 打印页 - 工作动态")) is None  # a channel after the print word
    assert _site(_page(f"{HEADLINE} - 基层动态 - 某某工会网")) is None  # no print word, no logo confirming it


PRINT_BAR = "<p><a href='javascript:window.print();'>【打印本页】</a> <a href='javascript:window.close();'>【关闭窗口】</a></p>"


def test_a_print_templates_title_names_the_site_with_no_print_word():
    # a print view with nothing but the article and its print and close buttons: no logo to confirm the suffix
    assert _site(_page(f"{HEADLINE} - 某某工会网", PRINT_BAR)) == "某某工会网"


def test_a_page_linking_elsewhere_or_a_channels_suffix_is_no_print_template():
    menu = "<p><a href='/'>首页</a> <a href='/gzdt/'>工作动态</a></p>"
    assert _site(_page(f"{HEADLINE} - 某某工会网", menu + PRINT_BAR)) is None  # a site's page with a menu
    assert _site(_page(f"{HEADLINE} - 工作动态", PRINT_BAR)) is None  # a channel's name, no site's ending
    close_only = "<p><a href='javascript:window.close();'>【关闭窗口】</a></p>"
    assert _site(_page(f"{HEADLINE} - 某某工会网", close_only)) is None  # no print button: a pop-up, not a print view


# --- an e-paper's <title> --------------------------------------------------------------------------------------

def test_an_epapers_title_with_its_periodical_word_names_the_paper():
    meta = html_to_article(_page(f"某某日报数字报刊-{HEADLINE}")).meta
    assert meta.site == "某某日报" and meta.source == "某某日报"


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


# --- an app's <dl> info box, its labels padded to four characters ---------------------------------------------

_DL_BOX = ("<div class='meta'><dl><dt>发布部门</dt><dd>某某市总工会</dd></dl><dl><dt>撰\u3000\u3000稿</dt><dd>林晓燕</dd></dl>"
           "<dl><dt>发布时间</dt><dd>2024-06-03 09:12</dd></dl><dl><dt>浏\u3000\u3000览</dt><dd>905</dd></dl></div>")


def test_a_dl_info_box_over_the_text_is_header_to_its_last_pair():
    """The pairs after the box's date (浏　　览 / 905) go with the header; the padded 撰　　稿 names the author."""
    from unionkit.extract import extract

    art = extract(clean_article(html_to_article(PAGE.format(title=HEADLINE, extra="", body="", headline=HEADLINE,
                                                            text=TEXT).replace("<p>", _DL_BOX + "<p>", 1))))
    assert art.body == [TEXT]
    assert (art.meta.author, art.meta.views) == ("林晓燕", 905)
