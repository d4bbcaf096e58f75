"""Reporter bylines, datelines, photo credits, captions and editor lines.

Newspaper-style pages put "□记者 王刚" or "本报讯(记者 …)" before the text, a
"(喻娟)" or "(市总组宣部)" after its last sentence, "(…供图)" after a photo
caption and "责任编辑:…" below. Patterns run on folded text (simplified,
half-width), so they hold for traditional pages too.
"""

from __future__ import annotations

from .. import lazyrx
from .chrome.labels import drop_glosses
from .lines import STOPS

NAME = r"[\p{Han}·•A-Za-z]{2,12}"
BOX = r"[□■◇◆○●◎▲△▼★☆]"
# Roles that introduce people credited for the piece.
ROLE = r"(?:本报|本台|本刊|本网|特约)?(?:首席)?(?:全媒体|融媒体|新媒体)?(?:记者|通讯员|实习生|实习记者|见习记者|摄影记者|摄影|摄像|撰稿|撰文|文/图|文图|图/文|图文|文|图|作者|特约撰稿人|整理)"
# A person's name as bylines print it: two to four Han characters, or names joined by a dot (阿依古丽·买买提).
HAN_NAME = r"(?:\p{Han}{2,4}(?![\p{Han}·])|\p{Han}{1,8}·\p{Han}{1,8}(?!\p{Han}))"
NAMES = rf"{NAME}(?:\s*[、,,\s]\s*{NAME}){{0,6}}"
# A newspaper or outlet before the role: 澎湃新闻记者 钱思雨, 工人日报记者 张三.
# A paper and its app may be named together with a dot, either one first (大众网·海报新闻记者, 齐鲁晚报·齐鲁壹点记者),
# or with a hyphen, the paper first (成都商报-红星新闻记者, as a portal's copy of the paper's app prints it).
# (a news app may be named for its flashes, 讯: 某某快讯记者 张三)
_OUTLET_END = r"(?:新闻|日报|晚报|早报|报|网|社|电视台|广播电视台|台|融媒体中心|客户端|讯)"
OUTLET = (rf"(?:(?:\p{{Han}}{{2,8}}[·•]|\p{{Han}}{{2,8}}{_OUTLET_END}\s*[-—]\s*)?\p{{Han}}{{2,8}}{_OUTLET_END}"
          rf"|\p{{Han}}{{2,8}}{_OUTLET_END}[·•]\p{{Han}}{{2,6}})?")
# The reporter's part may close on what the reporter did, with no name after it ("□本报记者 杨柳 文/图").
WORK_TAIL = r"(?:文/图|文图|图/文|图文|摄影|摄|撰文|报道|整理)"
# (an app's byline row bars the outlet from its reporter: "北京日报客户端 | 记者 邸若冰"; a county media
# centre's closing credit may space them: "（某某县融媒体中心 记者 张三）")
# (a TV station's byline names its crew's work after each name: 记者:郭某 杨某(摄像))
_CREW_NAME = rf"{NAME}(?:\s*[(](?:摄像|摄影|摄|剪辑|编辑|配音|文|图)[)])?"
_CREW_NAMES = rf"{_CREW_NAME}(?:\s*[、,,\s]\s*{_CREW_NAME}){{0,6}}"
# (a journal's or union paper's byline adds the author's unit in brackets: 文/张某(作者单位:某某大学), 作者:李某(作者系
# 某某局干部))
_AUTHOR_UNIT = r"[(](?:作者单位|单位|作者系|作者为|作者是)\s*[::]?\s*[^()\[\]]{2,30}[)]"
BYLINE_LINE = lazyrx.cached(
    rf"^[(\[]?{BOX}?\s*(?:{OUTLET}(?<=\p{{Han}})\s*[|｜丨]\s*)?(?:{OUTLET}(?:(?<=\p{{Han}})\s)?{ROLE}\s*[::/|]?\s*{_CREW_NAMES}\s*)+(?:{WORK_TAIL}\s*)?(?:{_AUTHOR_UNIT}\s*)?[)\]]?$"
)
# Hong Kong and Taiwan papers open a report with their tag in lenticular brackets (folded to square ones),
# then the reporter: "【香港商報訊】記者何嘉欣報道:". The name runs into 报道, so it is taken lazily; the place the
# report was filed from may stand between them, glued to both ("記者何詠詩佛山報道:"). A colon, a space or the
# end closes the credit: a sentence on what a reporter did (記者在深圳報道了…) runs on.
FILED = (rf"{ROLE}\s*[::]?\s*(?:\p{{Han}}{{2,4}}?\s*(?:报道|报导|综合报道)|\p{{Han}}{{2,4}}\s*\p{{Han}}{{2,6}}?(?:报道|报导))"
         r"(?:\s*[::]\s*|\s+|$)")
BRACKET_TAG = rf"\[\p{{Han}}{{1,10}}讯\]\s*(?:{FILED})?"
# The same credit without the tag (the page set the tag apart, or left it out), a reporter's role first and a colon
# last: "記者梁嘉欣惠州報道:" on its own line or opening the first paragraph.
_REPORTER_ROLE = r"(?:本报|本台|本刊|本网|特约)?(?:首席)?(?:全媒体|融媒体|新媒体)?(?:记者|实习记者|见习记者|通讯员)"
# (a time word or a preposition after the role opens a sentence on what the reporter did: 记者近日报道:, 记者在深圳报道:)
STAFF_FILED = (rf"{_REPORTER_ROLE}\s*[::]?\s*(?!近日|日前|近期|昨日|昨天|今日|今天|在|从)(?:\p{{Han}}{{2,4}}?\s*(?:报道|报导|综合报道)|\p{{Han}}{{2,4}}\s*\p{{Han}}{{2,6}}?(?:报道|报导))"
               r"\s*[::]\s*")
_STAFF_FILED_LINE = lazyrx.cached(rf"^{STAFF_FILED}$")
# A commentary's house byline on its own line under the headline: the paper's or agency's staff commentator, unnamed
# or with a name after it (本报评论员, 本刊特约评论员, 某某日报评论员, 新华社评论员 张某): the piece's author, no text.
_COMMENTATOR_LINE = lazyrx.cached(rf"^[(\[]?{BOX}?\s*(?:本报|本刊|本台|本网|\p{{Han}}{{2,8}}{_OUTLET_END})(?:特约|首席)?"
                                  rf"评论员(?:(?:\s*[::]\s*|\s+){HAN_NAME}(?:\s*[、,]\s*{HAN_NAME}){{0,3}})?\s*[)\]]?$")
# Taiwan papers (and Hong Kong ones after them) credit the reporter, then the place filed from after a slash, the
# whole in lenticular or tortoise-shell brackets (folded to square ones): 【記者林某／台北報導】, 〔記者王某、李某／綜合報導〕.
SLASH_FILED = (rf"{OUTLET}{_REPORTER_ROLE}\s*{HAN_NAME}(?:\s*[、\s]\s*{HAN_NAME}){{0,5}}\s*/\s*\p{{Han}}{{0,8}}?"
               r"(?:综合)?(?:报道|报导)")
_SLASH_FILED_LINE = lazyrx.cached(rf"^[(\[]?\s*{SLASH_FILED}\s*[)\]]?$")
# A TV station's reporter line over the report it reads out, closed by a colon: 本台记者 郭某 杨某：. The names are
# set off from the role and from each other (记者近日报道：, 记者从市总工会获悉： are the sentence's own words).
_CREW_COLON_LINE = lazyrx.cached(
    rf"^{OUTLET}{_REPORTER_ROLE}(?:\s+|\s*:\s*)(?!近日|日前|近期|昨日|昨天|今日|今天|在|从){HAN_NAME}"
    rf"(?:\s*[、,]\s*{HAN_NAME}|\s+{HAN_NAME}){{0,5}}\s*:$"
)
_BRACKET_LINE = lazyrx.cached(rf"^{BRACKET_TAG}$")
# 本报讯(记者 王刚 通讯员 李明) at the start of the first paragraph.
# Without brackets the roles and names run on in the open, each name closed by a space ("本报讯 通讯员 陈晓
# 记者 方圆 7月8日,…"): a name is two to four Han characters (or a name with a ·), so the text after stays.
# A role's names may be set apart by spaces too ("通讯员 孙梅 王振华 4月25日,…"), the next role closing the list.
# The credits may close on what the reporters did, the last name glued to it ("记者刘晓东报道:", "本报记者 刘晓东 报道").
_CREDIT_NAMES = rf"{HAN_NAME}(?:(?:[、,]|\s+(?!{ROLE}|报道|报导)){HAN_NAME}){{0,3}}"
# (报道 closes the credits when a colon or a space follows it: 本报记者近日报道的… is a sentence)
_REPORTED = r"(?:综合报道|报道|报导)(?:\s*[::]\s*|\s+)"
_NAMED_ROLES = rf"(?:{ROLE}\s*[::]?\s*{_CREDIT_NAMES}\s+)"
BARE_CREDITS = rf"(?:{_NAMED_ROLES}*{ROLE}\s*[::]?\s*\p{{Han}}{{2,4}}?\s*{_REPORTED}|{_NAMED_ROLES}+)"
LEAD_BYLINE = lazyrx.cached(
    rf"^{BRACKET_TAG}|^(?:{BOX}\s*)?(?:本报讯|本报消息|本网讯|本台讯|讯|\p{{Han}}{{2,8}}(?:日报|晚报|早报|报|网|台|新闻|客户端)讯(?=\s|[(]|{ROLE})"
    # (an outlet's tag alone, set off by a space: 荔枝新闻讯 “…”, 某某日报讯 近日,…; glued to a word it may be one, 通报讯息)
    # (the paper's tag with the place and day it reports from: 本报邯郸讯(记者 …), 本报北京3月5日讯)
    rf"|(?:本报|本网|本台|本刊)\p{{Han}}{{2,6}}(?:\d{{1,2}}月\d{{1,2}}日)?讯(?=[(]|\s*{ROLE})"
    # (an outlet's tag with the city it reports from, or the city alone, its credits in brackets: 某某新闻网长治讯(记者 …),
    # 长治讯(记者 …); the bracket opens with a role, so a sentence on some 通讯 or 喜讯 stays)
    rf"|\p{{Han}}{{2,14}}讯(?=[(]\s*{ROLE}))\s*"
    rf"(?:[(][^()]{{1,40}}[)]|{BARE_CREDITS})?\s*|^(?:{BOX}\s*)?[(](?:{ROLE})[\s::]*[^()]{{1,30}}[)]\s*"
    # (the paper's own staff named with no tag before them, each name set off by a space or closed by 报道:
    # 本报记者 王刚 通讯员 李明 7月8日,…; a sentence on what 本报记者 did runs its words on: 本报记者近日走访…)
    rf"|^(?:{BOX}\s*)?(?=本报|本台|本刊|本网){BARE_CREDITS}\s*"
    # (a Hong Kong paper's reporter credit without its 【…讯】 tag: 记者梁嘉欣惠州报道:…)
    rf"|^{STAFF_FILED}"
    # (a Taiwan paper's bracketed credit with the place after a slash: 【記者林某／台北報導】第五屆…)
    rf"|^[(\[]\s*{SLASH_FILED}\s*[)\]]\s*"
)
# 新华社北京4月28日电(记者 张三) / 工人日报—中工网记者 … 报道 / 中新网5月1日电
# (a broadcaster's site writes 消息 for 电, its credits in brackets: 某某网重庆5月9日消息(记者 …); a sentence that reports
# some day's news, 5月9日消息称…, has no bracketed role after it)
LEAD_DATELINE = lazyrx.cached(
    r"^(?:[\p{Han}]{2,10}(?:社|网|报|台|电视台|日报|晚报)(?:[\p{Han}]{0,6}))?"
    r"[\p{Han}]{0,6}\d{1,2}月\d{1,2}日(?:电|讯|消息(?=\s*[(]\s*" + ROLE + r"))\s*"
    # (the credits in brackets, or in the open: 本报北京4月25日讯 记者刘晓东报道:…)
    r"(?:[(][^()]{1,40}[)]|" + BARE_CREDITS + r")?\s*"
)
CREDIT_WORDS = r"供稿供图|供图供稿|供稿|供图|摄影|摄|图片来源|来源|提供|配图|图"
# A trailing "(…供图)" / "(记者 王刚 摄)" credit.
CREDIT_TAIL = lazyrx.cached(rf"\s*[(\[][^()\[\]]{{0,30}}(?:{CREDIT_WORDS})[)\]]\s*$")
# An unbracketed photographer credit closing a caption: "…颁奖。新华社记者 张涛 摄".
CREDIT_TAIL_BARE = lazyrx.cached(rf"(?<=[。!?”」])\s*{OUTLET}(?:摄影记者|记者|通讯员|实习生)?\s*{NAMES}\s*摄$")
# One editor's note on a transcript or an abridged text (根据录音整理, 有删节, 标题为编者所加, 文字略有删节).
_EDITED_NOTE = (r"(?:(?:根据|据|本文根据|本文据)(?:讲话|发言|现场)?(?:录音|速记|记录)(?:整理|编辑)(?:而成)?"
                r"|(?:本文|全文|文章|文字|内容|发表时|刊发时)?(?:有|略有|已|有所)删(?:节|减)"
                r"|(?:标题|小标题|题目|主标题)(?:为|系|是)编者(?:所)?(?:加|拟)(?:的)?)")
CREDIT_WHOLE = lazyrx.cached(
    rf"^[(\[]?[^()\[\]。]{{0,30}}(?:供稿供图|供图供稿|供稿|供图|摄影|摄)[)\]]?$"
    # an outlet's production credit closing the piece ("凤凰网陕西 出品", "出品:某某县总工会")
    r"|^[^()\[\]。,，]{2,20}\s出品$|^出品(?:方|单位)?\s*[::|]\s*[^。,，]{2,20}$"
    # (WeChat sets the label off with a bar, in the closing credit block: "文字 | 某某县总工会", "图片 | …")
    r"|^[(\[]?(?:图片来源|图片|照片|图|文字|文案|视频|摄像|海报|设计|素材)\s*[::/|][^。]{0,30}[)\]]?$"
    # a picture credit naming who gave the pictures, (X供图) in a sentence's words: (图片由某某公司工会提供),
    # 本文照片均由某某提供 (…由某某拍摄 ends as the first alternative's credits do)
    r"|^[(\[]?(?:本文|文中)?(?:图片|照片|视频|配图|图)均?由[^()\[\]。,，;；]{2,30}提供[)\]]?$"
    # a photographer credit on its own line, in brackets: (摄影 王刚), (图/李明)
    rf"|^[(\[]\s*(?:摄影|摄|图|图片|照片)\s*[::/|]?\s*{NAMES}\s*[)\]]$"
    # a text credit and the photographer's in one bracket, an intranet or unit site's closing line:
    # (某某办公室供稿  摄影:王刚), (某某车间供稿 王刚 摄)
    rf"|^[(\[][^()\[\]。,，]{{2,30}}?(?:供稿|供稿供图)\s*[,，;；、\s]\s*"
    rf"(?:(?:摄影|摄|图|图片|照片)(?:\s*[::/|]|\s)\s*{HAN_NAME}|{HAN_NAME}\s*摄(?:影)?)\s*[)\]]$"
    # an editor's note on how the text was made, in brackets under a speech or talk: (根据录音整理,有删节),
    # (本文有删节), (标题为编者所加), one to three such notes in one bracket
    rf"|^[(\[]\s*{_EDITED_NOTE}(?:\s*[,，;；、]\s*{_EDITED_NOTE}){{0,2}}\s*[。]?[)\]]$"
    # a column's credit to the body that runs it with the paper, under the text: (本栏目由某某市总工会法律部协办),
    # 本专栏由某某律师事务所提供 (a sentence on some 活动 run by a body names no column of the page)
    r"|^[(\[]?本(?:栏目|专栏|栏|版|专版|专题|节目)由[^()\[\]。,，;；]{2,30}(?:协办|主办|承办|联办|合办|支持|提供|供稿|赞助|冠名)[)\]]?$"
    # a legal-aid or Q&A column's credit for the lawyer who answered, in brackets: (解答律师:某某律师事务所 张三)
    r"|^[(\[]\s*(?:解答|答复|回复|值班|援助|咨询)律师\s*[::]\s*[^()\[\]。,，;；]{2,30}[)\]]$"
    # … or its signature under the answer, the unit first, the role set off from the name: (某某市总工会法律援助中心
    # 律师 张三), (某某区人民法院 法官 李四), maybe after the column's answer label (本期解答:某某律师事务所律师 张三);
    # "(某某律师事务所)" alone names no one
    rf"|^[(\[]\s*(?:(?:本期|本题|本案)?(?:解答|答疑|释法|答复|点评|说法)(?:人|嘉宾|专家)?\s*[::]\s*)?"
    rf"[^()\[\]。,，;；:：]{{0,30}}?(?:律师|法官|检察官|仲裁员|调解员|公证员)(?:\s*[::]\s*|\s+){HAN_NAME}\s*[)\]]$"
    # a journal article's note of its author's unit under the text, in brackets: (作者单位:某某区总工会), (作者系某某局干部)
    # (a bare (单位:万元) under a table is its unit of measure)
    r"|^[(\[]\s*(?:作者单位|作者系|作者为|作者是)\s*[::]?\s*[^()\[\]。,，;；]{2,30}[)\]]$"
    # a table's or chart's note of where its figures come from, under it: 资料来源:某某市统计局、某某市总工会。
    r"|^(?:资料|数据)来源\s*[::]\s*[^()\[\]。,，;；:：]{2,40}[。]?$"
)
EDITOR = r"(?:本版责任编辑|本版责编|本版编辑|本版主编|版面编辑|责任编辑|图片编辑|文字编辑|视频编辑|新媒体编辑|责编|编辑|主编|审核|审校|校对|终审|初审|复审|[一二三]审(?=\s*[::/|]|\s)|值班编辑|监制|编审|美编|排版|统筹|策划)"
# Portals append a staff code to the editor's name (责任编辑：李四_NBJ11823, 责任编辑:张倩 SN222).
# (一审/二审/三审, the review rounds of a county media centre, want a colon or a space after them: 三审三校制度 is a
# phrase)
# (a two-character name padded to the width of three with a space: 本版责编:宋 燕, 终审:杨 波)
SPACED_NAME = r"\p{Han}[ \u3000]\p{Han}(?![\p{Han}·])"
EDITOR_NAMES = rf"(?:{SPACED_NAME}|{NAME})(?:_[A-Za-z0-9]+|\s+[A-Z]{{1,4}}\d{{2,6}})?(?:\s*[、,,\s]\s*{NAME}(?:_[A-Za-z0-9]+)?){{0,6}}"
EDITOR_LINE = lazyrx.cached(rf"^[(\[]?\s*(?:{EDITOR}\s*[::/|]?\s*{EDITOR_NAMES}\s*[,,;;]?\s*)+[)\]]?$")
EDITOR_TAIL = lazyrx.cached(rf"\s*[(\[]\s*(?:{EDITOR}\s*[::/|]?\s*{NAMES}\s*[,,;;]?\s*)+[)\]]\s*$")
# "(喻娟)" / "(市总组宣部)" / "(记者 王刚 通讯员 李明)" after the last sentence.
TRAIL_BYLINE = lazyrx.cached(rf"(?<=[。!?”」』)…])\s*[(](?:{ROLE}\s*[::]?\s*)?[\p{{Han}}·]{{2,12}}(?:\s*[、,,\s]\s*(?:{ROLE}\s*)?[\p{{Han}}·]{{2,12}}){{0,4}}[)]\s*$")
# ▲/△/↑ point at the photo above (WeChat and portal captions).
# The closing mark of a wire story: "……回音。(完)".
END_TAIL = lazyrx.cached(r"(?<=[。!?”」』])\s*[(\[]\s*(?:完|全文完)\s*[)\]]\s*$")
# (an intranet page numbers its photos' captions: 图片1：竞赛现场)
CAPTION_START = lazyrx.cached(r"^(?:[▲△↑⬆]\s*(?=\S)|图为|上图|下图|左图|右图|图\s*[::]|图片\s*\d{0,2}[::]|图\d+[::\s]"
                           r"|\[(?:图片|图|组图|照片)\]\s*(?=\S))")  # "[图片] 联谊会现场": the image's placeholder, then its caption
# A TV transcript's sound-bite labels (【同期】, 【同期声】, 【现场声】, 【采访】, 【字幕】 on-screen text) before the
# speaker's title and name on a line of their own: the sound bite's on-screen caption when the words follow in
# quotation marks (pipeline.unmarked_captions); before the words themselves on the same line (【同期】钢筋工 某某：…)
# the label is the transcript's own text.
SPEAKER_LABELS = r"同期声?|现场同期|采访同期|现场声|现场音|采访|字幕"
# A sound bite's speaker line: the label (markup), then a title and a name (the caption), no clause, no colon (no
# words said after it).
SOUNDBITE_SPEAKER = lazyrx.cached(rf"^(?P<label>\[(?:{SPEAKER_LABELS})\]\s*)(?=[^\]]*\p{{Han}})[^。!?;;::“”\",，]{{2,40}}$")
# A TV or portal news page's labels of its lead and its text, in lenticular brackets opening the paragraph
# (【导语】眼下正是…, 【正文】在分乡镇…): the layout's names of its parts, not the text's words.
# (a TV page's transcript may open under its own heading: 【新闻文稿】, 【文字稿】, 【视频文字稿】, 【文字实录】)
SECTION_LABEL = lazyrx.cached(r"^\[(?:导语|正文|(?:新闻|视频|节目|直播)?(?:文字稿|文稿|文字实录|实录))\]\s*")
# An intranet (OA) page's label over its text, alone on its line beside the form's other fields (标题：, 发布人：,
# 附件：): "正　文：", the form's name of the part, not the text's words; a feed dumped as text labels an item's
# text with its element's name (description:, content:) or 描述:.
BODY_LABEL = lazyrx.cached(r"^(?:正\s*文|描\s*述|(?i:description|content))\s*[::]$")
# The placeholder opening a caption line ("[图片] 联谊会现场"): markup, the rest is the caption.
PLACEHOLDER_LEAD = lazyrx.cached(r"^\s*\[(?:图片|图|组图|照片)\]\s*")
# What a scraper leaves of an image: its placeholder alone on a line ("[图片]", "(图片)", "图片").
IMAGE_PLACEHOLDER = lazyrx.cached(r"^[\[(]?\s*(?:图片|图|组图|照片|视频)\s*[\])]?$")
# A short caption without a marker, told by the word that ends it ("比赛现场", "参赛选手合影留念").
# (a portrait under an obituary or a profile: 某某同志生前照片, 某某工作照)
# (a verb before the noun makes it a sentence: 大家都来到了现场。)
# (an event's quoted name may open it: “旱地龙舟”比赛现场; a quote left open is speech)
CAPTION_END_WORDS = ("现场", "合影", "合影留念", "留影", "剪影", "掠影", "生前照片", "生前照", "工作照", "近照")
CAPTION_END = lazyrx.cached(r"^(?:[^,,。;;::!?!?“”、\s]|“[^,,。;;::!?!?“”、\s]{1,12}”){2,20}(?<![了到来在赴去抵临])"
                            r"(?:" + "|".join(CAPTION_END_WORDS) + r")。?$")
# A verb of going into a place (走进, 来到, 深入) before the 现场 a line ends with makes it a sentence, a report's
# headline (…“夏送清凉”首站走进…施工现场), not a photo's noun phrase (…比赛现场, 颁奖仪式现场).
_VISIT_VERB = lazyrx.cached(r"走进|走進|来到|來到|深入|走入|进入|進入|奔赴|赶赴|趕赴|前往|直击|直擊|探访|探訪")
# A short unmarked caption that says what the people in the photo do: who, then 为/向/对/在/进行… and the act
# ("校领导为冠军队颁奖", "选手进行婴儿沐浴实操", "外卖骑手在驿站内休息"); an unmarked section heading is a slogan
# with no such word after its first characters (以赛促学强队伍, 建会入会全覆盖, 赛场上比技能).
ACTION_CAPTION = lazyrx.cached(r"^\p{Han}{2,7}?(?:为|向|对|给|在|进行|参加|接受|体验)\p{Han}{2,14}$")
# Small patterns used inside the rules, compiled once (a module-level regex call pays a cache lookup).
_ROLE = lazyrx.cached(ROLE)
_CREDIT_WORD = lazyrx.cached(r"供稿|供图|摄|图片来源")
# What makes a trailing credit a photo's (供图, 摄, 配图, 图片来源), not the text's (供稿, 来源, 提供).
_PHOTO_CREDIT = lazyrx.cached(r"摄|图|照片")
_SENTENCE_MARK = lazyrx.cached(r"[。!?;!?;]")


def byline_line(folded: str) -> bool:
    """A line that only names the reporters (□记者 王刚, 通讯员 李明 记者 张三)."""
    t = folded.strip()
    if len(t) > 50 or STOPS.search(t) or _AUTHOR_LIST.match(t):
        return False
    if t.startswith("[") and t.endswith(("]", ":", "道", "导")) and _BRACKET_LINE.match(t):
        return True  # 【香港商报讯】 alone, or with its reporter (记者何嘉欣报道:)
    if t.endswith(":") and (_STAFF_FILED_LINE.match(t) or _CREW_COLON_LINE.match(t)):
        return True  # 记者梁嘉欣惠州报道: with its tag set apart; 本台记者 郭某 杨某: over the report
    if "/" in t and t.endswith(("]", ")", "道", "导")) and _SLASH_FILED_LINE.match(t):
        return True  # [记者林某/台北报导]
    if "评论员" in t and _COMMENTATOR_LINE.match(t):
        return True  # 本报评论员: a commentary's unnamed house byline
    return bool(_ROLE.search(t)) and bool(BYLINE_LINE.match(t))  # (the cheap search first: most lines name no role)


# An author card under the article: the label, the author's name, then who the author is ("作者简介:许某,某某律师事务所
# 专职律师,专注劳动争议领域。电话:025-…", "[作者简介]张某,某某大学教授"): the writer's credit, not the text.
_AUTHOR_CARD = lazyrx.cached(r"^\[?\s*(?:作者|笔者|撰稿人)(?:简介|介绍|小传|信息)\s*(?:\]\s*[::]?|[::])\s*"
                             rf"{HAN_NAME}\s*[,，(]")


def author_card(folded: str) -> bool:
    """An author card (作者简介:许某,某某律师事务所律师…): the label, a name, then the author's description."""
    t = folded.strip()
    return len(t) <= 200 and t[:1] in "[作笔撰" and _AUTHOR_CARD.match(t) is not None


# A blog engine's author box under the post (WordPress themes: 由某某发布, a one-line bio, 查看某某的所有文章): its
# link to the author's archive names the author (or says 作者) and is a link's phrase, no sentence; the box's head
# is the post's credit (由某某发布, 关于作者, 关于某某). A blog's author may go by a nickname: any run of a name's
# characters, no space or mark of a sentence.
_BLOG_NAME = r"[^\s。!?,;:“”\"()\[\]]{1,20}?"
_POSTS_LINK = lazyrx.cached(rf"^(?:(?:查看|浏览|阅读)\s*(?:(?:所有|全部)由\s*(?P<n>{_BLOG_NAME})\s*(?:发布|撰写)的"
                            rf"|(?:(?P<n>{_BLOG_NAME})\s*的\s*)?(?:所有|全部))|(?P<n>{_BLOG_NAME})\s*的\s*(?:所有|全部))"
                            rf"\s*(?:文章|帖子|博文|日志)\s*[>»→]*$")
_BOX_HEAD = lazyrx.cached(rf"^(?:由\s*(?P<n>{_BLOG_NAME})\s*(?:发布|撰写)|关于作者|作者简介|关于\s*(?P<n>{_BLOG_NAME}))\s*:?$")
#: The name a box's link or head gives when it names nobody (查看所有文章, 关于作者).
ANYONE = ""


def posts_link(folded: str) -> str | None:
    """The author named by a blog's link to the author's archive (查看某某的所有文章 → 某某; 查看所有文章 → ANYONE),
    or None when the line is no such link."""
    t = folded.strip()
    if len(t) > 40 or ("文章" not in t and "帖子" not in t and "博文" not in t and "日志" not in t):
        return None
    m = _POSTS_LINK.match(t)
    return None if m is None else _box_name(m)


def box_head(folded: str) -> str | None:
    """The author named by the head of a blog's author box (由某某发布 → 某某; 关于作者 → ANYONE), or None."""
    t = folded.strip()
    if len(t) > 30 or t[:1] not in "由关作":
        return None
    m = _BOX_HEAD.match(t)
    return None if m is None else _box_name(m)


def _box_name(m) -> str:
    """The name an author box's line matched (ANYONE for 作者 or none)."""
    name = (m.group("n") or "").strip()
    return ANYONE if name in ("作者", "我", "TA") else name


# The head of a self-media page's list of the author's other posts (作者最新文章), not a byline.
_AUTHOR_LIST = lazyrx.cached(r"^(?:作者|TA)的?(?:最新|其他|其它|更多)文章")


def editor_line(folded: str) -> bool:
    """A line that names editors: 责任编辑:朱晶晶, (责任编辑:焦点), 编辑 | 张三 审核 | 李四, [纠错] [责任编辑:刘洋]; a bilingual
    page glosses the label (编辑 Editor:X)."""
    t = folded.strip()
    if "[" in t:  # news sites put a bracketed button before the editor ("[纠错] [责任编辑:刘洋]")
        t = _BUTTON.sub("", t).strip()
    if len(t) <= 120:  # (a longer line stays over 60 without its glosses: prose skips the regex)
        t = drop_glosses(t)
    if not 0 < len(t) <= 60:
        return False
    return bool(EDITOR_LINE.match(t) or _EMPTY_EDITOR.match(t)
                or _STAFF_LINE.match(t) and (_EDITOR_ROLE.search(t) or "剪辑" in t)  # (剪辑: a video's cut editor)
                or "编" in t and _CODED_EDITOR.match(t))


# A closing staff line naming editors with the writer (通讯员:X  编辑:Y  审核:Z), or a video's crew (记者:X 摄像:Y
# 剪辑:Z); a label left empty (责任编辑:).
# (a reprint closes on the original's credits in brackets: (原文作者:X 编辑:Y); an editor label must be among them;
# an open 作者:X 编辑:Y row stays a header line, where the author is read)
_STAFF_LINE = lazyrx.cached(rf"^(?:(?:{EDITOR}|通讯员|记者|摄影|摄像|剪辑|图)\s*[::/|]\s*{EDITOR_NAMES}\s*[,,;;]?\s*){{2,}}$"
                            rf"|^[(\[]\s*(?:(?:{EDITOR}|通讯员|记者|摄影|摄像|图|原文作者|原作者|作者)\s*[::/|]\s*{EDITOR_NAMES}"
                            rf"\s*[,,;;]?\s*){{2,}}[)\]]$"
                            # (an old ASP CMS's row under the text names who keyed it in, often by a login, then
                            # the editor: 文章录入:admin 责任编辑:王喆, often in brackets: 【文章录入:admin 责任编辑:admin】)
                            rf"|^(?:(?P<o>[(\[])\s*)?(?:文章)?录入(?:员|人)?\s*[::]\s*(?:{EDITOR_NAMES}|[A-Za-z][A-Za-z0-9_.-]{{0,19}})"
                            rf"\s+{EDITOR}\s*[::]\s*{EDITOR_NAMES}(?(o)\s*[)\]])$")
_EDITOR_ROLE = lazyrx.cached(EDITOR)
# An app's workflow editor signed by a staff code, no name (流程编辑：U028, 值班编辑:BJ1024): the CMS's stamp.
_CODED_EDITOR = lazyrx.cached(r"^[(\[]?\s*\p{Han}{0,4}编辑\s*[::]\s*[A-Za-z]{0,4}\d{2,8}\s*[)\]]?$")
_EMPTY_EDITOR = lazyrx.cached(rf"^[(\[]?\s*{EDITOR}\s*[::][)\]]?$")


_BUTTON = lazyrx.cached(r"\[\s*(?:我要)?(?:纠错|打印|关闭|收藏|分享|返回顶部|关闭窗口|打印本页)\s*\]")


# A line naming who submitted the text: a platform's or unit's name, then 投稿/来稿 set off by a space or after
# the name's own ending ("“学习强国”某某学习平台  投稿", "(某某县总工会投稿)"); a phrase that merely ends in the
# word ("积极组织职工投稿") has neither.
SUBMITTED = lazyrx.cached(r"^[(\[]?\s*[^\s()\[\]。,,;;!?]{2,24}?(?:\s+|(?<=平台|工会|中心|协会|学会|网|站|号|社|报|部|局|委|办|室|队|所|馆|院|校))"
                          r"(?:投稿|来稿)\s*[)\]]?$")


# A reprint's note of where its text was taken from, one line and nothing else: the account or paper (quoted or
# not, with its kind: 微信公众号, 客户端), then only the note's own clauses: the original headline, the credits, a
# takedown plea ("[转载]本文转载自“某某日报”微信公众号,原标题《…》,作者:记者 X 通讯员 Y。", a forum post's
# "(转自某某工会公众号,侵删)"). A sentence that goes on about the piece (转自…的文章显示,…) has other clauses.
_REPOST_SOURCE = r"(?:“[^“”]{2,20}”|[^\s,。;()\[\]“”《》的了]{2,20}?)"
_REPOST_CLAUSE = (r"(?:原标题|原题)\s*[:]?\s*《[^《》]{2,60}》|(?:原)?作者\s*[:]\s*[^,。;()\[\]]{2,40}"
                  r"|侵删|侵权(?:请联系)?删除?|如有侵权[^,。;()\[\]]{0,12}|版权归原作者所有|转载请注明出处")
REPOST_NOTE = lazyrx.cached(
    r"^[(\[]?\s*(?:\[(?:转载|转帖|转发|转)\]\s*)?(?:本文|本篇|此文|该文|文章)?(?:转载自|转自|转载于|转发自|转帖自)\s*[:]?\s*"
    rf"{_REPOST_SOURCE}\s*(?:微信公众号|公众号|微信号|客户端|网站|官网|微博|头条号|视频号)?"
    rf"(?:\s*[,;]\s*(?:{_REPOST_CLAUSE}))*\s*[。.]?\s*[)\]]?$"
)


def repost_note(folded: str) -> bool:
    """A reprint's one-line note of its source (本文转载自“X”微信公众号,原标题《…》,作者:…; (转自X公众号,侵删))."""
    t = folded.strip()
    return 0 < len(t) <= 160 and "转" in t and bool(REPOST_NOTE.match(t)) and _balanced(t)


def _balanced(t: str) -> bool:
    """Round and square brackets open and close as a pair (a note in brackets, or none)."""
    return t.count("(") == t.count(")") and t.count("[") == t.count("]")


# A reprint's line naming the paper it comes from, then the paper's credits (本文来源:湖南某报,记者 X 通讯员 Y): the
# source's label and value, a comma or a space, then roles each with its names (a name is set off: 记者近日… runs on).
_SOURCED_BYLINE = lazyrx.cached(r"^(?:本文|文章|稿件|新闻|内容)?来源\s*[::]\s*[^\s,，;；。::]{2,20}?\s*(?:[,，;；]\s*|\s+)"
                                rf"(?:{ROLE}\s*[::]?\s*{_CREDIT_NAMES}\s*)+$")


def sourced_byline(folded: str) -> bool:
    """A source line that goes on with the source's byline (本文来源:某某日报,记者 X 通讯员 Y)."""
    t = folded.strip()
    return len(t) <= 80 and "来源" in t[:4] and _SOURCED_BYLINE.match(t) is not None


def credit_line(folded: str) -> bool:
    """A line that only credits a photo or text source: (盘龙工会供稿供图), (记者 王刚 摄), 某某平台 投稿,
    or a reprint's note of its source (本文转载自“X”…,作者:…); a bilingual page glosses its labels (摄影 Photo:X)."""
    t = drop_glosses(folded.strip())
    return 0 < len(t) <= 40 and bool(_may_credit(t) and CREDIT_WHOLE.match(t)
                                     or ("投稿" in t or "来稿" in t) and SUBMITTED.match(t)) or repost_note(t)


#: How the lines CREDIT_WHOLE takes open (a bracket, 出品, a credit's label, 本栏目由…) and end (a credit word, maybe
#: in a closing bracket), for its gate.
_CREDIT_FIRST = frozenset("([出图照文视摄海设素本配资数")
_CREDIT_LAST = ("供稿", "供图", "摄影", "摄", "出品")


def _may_credit(t: str) -> bool:
    """The line opens or ends as every CREDIT_WHOLE line does (its ``$`` also takes a final newline): the pattern's
    cheap gate, since most lines it is asked about credit nothing."""
    return t[:1] in _CREDIT_FIRST or t.removesuffix("\n").removesuffix(")").removesuffix("]").endswith(_CREDIT_LAST)


def caption_split(folded: str) -> tuple[int, int] | None:
    """For a photo caption line "<caption> (…供图)", the credit span; None if not a caption."""
    t = folded.rstrip()
    if not t.endswith((")", "]", "摄")):  # both credit patterns end there (\s only matches what rstrip strips)
        return None
    bare = None
    m = CREDIT_TAIL.search(t) or (bare := CREDIT_TAIL_BARE.search(t))
    if not m or m.start() == 0 or not _PHOTO_CREDIT.search(m.group(0)):
        return None  # (a text credit, (某某工会 供稿), closes the last paragraph: the line is text, not a caption)
    cap = t[: m.start()].strip()
    if not cap or len(cap) > (OPEN_CAPTION_MAX if bare else BRACKETED_CAPTION_MAX) or is_split_prose(cap):
        return None
    return m.start(), len(t)


#: How long a caption before its credit may be: an agency's open credit (新华社记者 X 摄) only closes captions,
#: long ones too; a bracketed one ((某某工会供图), (记者 X 摄)) also closes a page's last paragraph, which runs
#: longer than the captions set that way (36 characters at most in the test pages).
OPEN_CAPTION_MAX, BRACKETED_CAPTION_MAX = 150, 60


def is_split_prose(text: str) -> bool:
    """True for long multi-sentence text that is a paragraph, not a caption."""
    return len(STOPS.findall(text)) >= 3


def caption_line(folded: str) -> bool:
    """A caption without a credit: 图为…, 上图:…, [图片] …, or a short line ending 现场/合影."""
    t = folded.strip()
    return (bool(CAPTION_START.match(t)) and len(t) <= 120 and not is_split_prose(t)) or (
        _ends_caption_word(t) and CAPTION_END.match(t) is not None
        and not (t.endswith(("现场", "现场。")) and _VISIT_VERB.search(t)))


def _ends_caption_word(t: str) -> bool:
    """The line ends as CAPTION_END wants, with one of its words and maybe a full stop (its ``$`` also takes a final
    newline): the pattern's cheap gate, since most lines it is asked about are no such caption."""
    return t.removesuffix("\n").removesuffix("。").endswith(CAPTION_END_WORDS)


def action_caption(folded: str) -> bool:
    """A short unmarked line that may be a photo's caption telling what its people do ("校领导为冠军队颁奖"): only
    a caption where the page captions its other photos too (pipeline.unmarked_captions)."""
    t = folded.strip()
    return 6 <= len(t) <= ACTION_CAPTION_MAX and ACTION_CAPTION.match(t) is not None


#: How long such a caption may be (longer unmarked lines between paragraphs are read by their own rule).
ACTION_CAPTION_MAX = 16


# A speech's or report's speaker line under its title: the posts, then the name after a space (某某市总工会党组
# 书记、主席 某某); the posts end on an office's word, and there is no verb or mark of a sentence.
_SPEAKER_LINE = lazyrx.cached(r"^[\p{Han}、·]{2,40}?(?:书记|主席|主任|部长|局长|会长|理事长|院长|厂长|经理|董事长|省长|市长"
                              r"|县长|区长|委员|秘书长)\s+[\p{Han}·]{2,10}$")


def speaker_line(folded: str) -> bool:
    """A speaker's posts and name alone on a line (某某总工会党组书记、常务副主席 某某)."""
    t = folded.strip()
    return len(t) <= 50 and _SPEAKER_LINE.match(t) is not None


def soundbite_label(folded: str) -> int | None:
    """For a TV transcript's speaker line, a sound-bite label then the speaker's title and name ([同期] 某某工会主席
    某某), the end of the label; else None."""
    mt = SOUNDBITE_SPEAKER.match(folded) if folded[:1] == "[" else None
    return mt.end("label") if mt else None


def section_label(folded: str) -> int | None:
    """For a paragraph opened by its section label (【导语】…, 【正文】…), where the text starts; else None."""
    m = SECTION_LABEL.match(folded) if folded[:1] == "[" else None
    return m.end() if m else None


def body_label(folded: str) -> bool:
    """A form's bare label over the text (正　文：), alone on its line."""
    return len(folded) <= 12 and BODY_LABEL.match(folded.strip()) is not None


def pointed_caption(folded: str) -> bool:
    """One short sentence that points at a person in the photo ("唐毅(右)接受记者采访。"): a caption, never
    the headline. (Not a caption everywhere: some pages' text ends on the photo's line, and it stays.)"""
    t = folded.strip()
    return "(" in t and len(t) <= POINTED_MAX and bool(POINTED_CAPTION.match(t))


#: How long a caption that points at a person may be (an article's sentence with "(右)" runs longer).
POINTED_MAX = 40
# A position mark after a name says where the person stands in the photo: (右), (左一), (前排左三), (中).
# Only photo captions use it; the line is one sentence (no second full stop, no colon: no Q&A line).
POSITION_MARK = r"[(](?:前排|后排|中排|第[一二三四]排)?\s*(?:左|右|中)\s*(?:[一二三四五六七八九\d]|起)?\s*[)]"
POINTED_CAPTION = lazyrx.cached(rf"^[^。!?;:,…]{{0,19}}\p{{Han}}{POSITION_MARK}[^。!?;:…]{{2,30}}[。]?$")


def image_placeholder(folded: str) -> bool:
    """A line that only says an image stood there ("[图片]", "(图片)", "图片"), or a gallery's count of them."""
    t = folded.strip()
    return bool(IMAGE_PLACEHOLDER.match(t) or "共" in t and PHOTO_COUNT.match(t))


# A photo gallery's link with its count, left where the pictures were ("活动照片(共8张)", "组图(共12幅)"), or its
# label bracketed whole, as a microblog sets it over a post's pictures ("[组图共6张]").
PHOTO_COUNT = lazyrx.cached(r"^\p{Han}{0,6}(?:照片|图片|相片|组图|图集|剪影|花絮)\s*[(\[]\s*共\s*\d{1,3}\s*[张幅组个]\s*[)\]]$"
                            r"|^\[\s*(?:照片|图片|组图|图集)\s*共\s*\d{1,3}\s*[张幅组个]\s*\]$")


def short_caption(folded: str) -> bool:
    """A line short enough to be the caption under an image placeholder: no sentence, at most 30 characters."""
    t = folded.strip()
    return 0 < len(t) <= 30 and not _SENTENCE_MARK.search(t)


# One short sentence with a comma or two, ended by a full stop (比武现场，选手们正在进行手工制茶。): no colon, quote or
# bracket of speech or a list. A place's or a campaign's quoted name is no speech: a few characters, no mark inside
# (环卫工人在“户外劳动者驿站”休息。).
_FIGURE_SENTENCE = lazyrx.cached(r"^(?:[^。!?;:“”\"()]|“[^。!?;:,，、“”\"()\s]{1,12}”){2,28}。$")


# A bilingual page's caption gives its English rendering after the Chinese (职工们包饺子。Workers make dumplings.):
# a capitalised run of Latin words to the line's end.
_LATIN_RENDERING = lazyrx.cached(r"\s*[A-Z][A-Za-z0-9 ,'\-]*\s[A-Za-z0-9 ,'\-]*\s[A-Za-z0-9 ,'\-]*[.!]?$")


def bilingual_caption(folded: str) -> bool:
    """A short caption, then its English rendering on the same line (the Chinese half short as a caption is)."""
    t = folded.strip()
    m = _LATIN_RENDERING.search(t) if len(t) <= 200 and t[-1:].isascii() else None
    if m is None or m.start() == 0:
        return False
    head = t[:m.start()]
    return short_caption(head) or figure_sentence(head)


def figure_sentence(folded: str) -> bool:
    """A line that may caption the image set with it in one block: one sentence of at most 30 characters."""
    t = folded.strip()
    return len(t) <= 30 and _FIGURE_SENTENCE.match(t) is not None


def lead_spans(folded: str) -> list[tuple[int, int, str]]:
    """Spans at the start of a first paragraph: 本报讯(记者 …) → byline, 新华社…电(…) → dateline."""
    m = LEAD_DATELINE.match(folded)
    if m and m.end() > 0 and len(folded) - m.end() > 5:
        return [(0, m.end(), "dateline")]
    m = LEAD_BYLINE.match(folded)
    if m and m.end() > 0 and len(folded) - m.end() > 5:
        return [(0, m.end(), "byline")]
    return []


#: Longest deck (副题/导语 line) an e-paper sets between the headline and the dateline's paragraph, in characters.
DECK_MAX = 40
#: How many decks may stand over the dateline's paragraph.
DECK_REACH = 2


def deck_line(folded: str) -> bool:
    """A deck over the first paragraph (e-paper pages keep the 副题 as text: "300余名职工同台竞技，一等奖…"): short,
    no sentence end, so the paragraph after it may still open with the dateline."""
    t = folded.strip()
    return 0 < len(t) <= DECK_MAX and not _SENTENCE_MARK.search(t)


# A paper's dateline tag set on a line of its own, the text on the next (本报讯 / 本网讯 / 某某日报讯 / 本报北京3月5日讯 /
# 新华社北京4月28日电), its credits in brackets with it or opening the next line: e-paper and portal copies split it so.
LONE_TAG = lazyrx.cached(
    rf"^(?:{BOX}\s*)?(?:本报讯|本网讯|本台讯|本刊讯|本报消息|\p{{Han}}{{2,8}}(?:日报|晚报|早报|报|网|台|新闻|客户端)讯"
    r"|(?:本报|本网|本台|本刊)\p{Han}{2,6}(?:\d{1,2}月\d{1,2}日)?讯"
    r"|(?:\p{Han}{2,10}(?:社|网|报|台|电视台|日报|晚报))?\p{Han}{0,6}\d{1,2}月\d{1,2}日电)"
    rf"\s*(?:[(]\s*{ROLE}[^()]{{0,36}}[)])?$"
)


def lone_tag(folded: str) -> bool:
    """A line that is only a dateline's tag (本报讯, 新华社北京4月28日电, 本报讯(记者 王刚)): the text it opens is below."""
    t = folded.strip()
    return 0 < len(t) <= 50 and ("讯" in t or "电" in t) and LONE_TAG.match(t) is not None


def lead_paragraph_spans(folded_paragraphs: list[str]) -> list[tuple[int, int, int, str]]:
    """The lead spans of the first paragraph, or of the one under its decks (see ``deck_line``) or under a dateline
    tag set on a line of its own (see ``lone_tag``, the whole line a dateline): (paragraph's position among those
    given, start, end, kind)."""
    out: list[tuple[int, int, int, str]] = []
    for k, f in enumerate(folded_paragraphs[:DECK_REACH + 1]):
        if not out and lone_tag(f) and k + 1 < len(folded_paragraphs):
            out.append((k, 0, len(f), "dateline"))
            continue
        spans = lead_spans(f)
        if spans or not deck_line(f):
            return out + [(k, a, b, kind) for a, b, kind in spans]
    return out


def trail_spans(folded: str) -> list[tuple[int, int, str]]:
    """Spans ending a last paragraph: (责任编辑:…) → editor_line, (…供稿) → credit, (喻娟) → byline."""
    out = []
    t = folded
    m = END_TAIL.search(t)
    if m and m.start() > 0:  # wire copy's closing "(完)" goes like the "END" line of other pages
        out.append((m.start(), m.end(), "navigation"))
        t = t[: m.start()]
    for _ in range(3):
        m = EDITOR_TAIL.search(t)
        kind = "editor_line"
        if not m:
            m = CREDIT_TAIL.search(t)
            kind = "credit"
            if m and not _CREDIT_WORD.search(m.group(0)):
                m = None
        if not m:
            m = TRAIL_BYLINE.search(t)
            kind = "byline"
        if not m or m.start() == 0:
            break
        out.append((m.start(), m.end(), kind))
        t = t[: m.start()]
    return out
