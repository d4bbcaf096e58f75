"""Web forms flattened to text: empty labelled fields, their buttons, heading and note, and a post's call to comment."""

from __future__ import annotations

from ... import lazyrx

# A form's field with nothing filled in: a short label and its colon alone on the line (姓名:, 身份证号:, *手机号码:),
# maybe with the captcha's refresh link beside it (验证码: 看不清?换一张). A run of them is an online form under a
# notice (a registration or complaint form dumped as text); one alone may be a sentence's lead-in (具体安排如下:).
_EMPTY_FIELD = lazyrx.cached(r"^\*?\s*\p{Han}{2,8}\s*\*?\s*:\s*(?:(?:看不清楚?|看不清楚?\s*[?,]?\s*换一张|换一张|点击刷新|刷新"
                             r"|点击(?:图片)?更换|获取验证码|发送验证码)\s*)?$")


# A letter's or an answer's salutation alone on its line (林女士您好:, 尊敬的会员:, 亲爱的职工朋友们:): a label's
# shape, though it greets the reader and opens the text (a Q&A page's answer under its 回复内容: label).
_SALUTATION = lazyrx.cached(r"(?:您|你|大家|各位)好\s*:$|^(?:尊敬的|亲爱的)")


def empty_field(folded: str) -> bool:
    """A form field's label with no value (姓名:, 验证码: 看不清?换一张), no salutation (林女士您好:)."""
    t = folded.strip()
    return 0 < len(t) <= 24 and t[-1:] != "。" and _EMPTY_FIELD.match(t) is not None and _SALUTATION.search(t) is None


# A form's buttons on a line of their own (提交 重置, [提交] [取消], 立即报名): what the form sends with.
_FORM_BUTTON = r"[\[(]?\s*(?:立即|确认|马上)?(?:提交|报名|重置|重填|清空|清除|取消|确定|确认|保存|发送|登录|注册|预览)\s*[\])]?"
_FORM_BUTTONS = lazyrx.cached(rf"^{_FORM_BUTTON}(?:\s*{_FORM_BUTTON}){{0,3}}$")


def form_buttons(folded: str) -> bool:
    """A row of only a form's buttons (提交 重置)."""
    t = folded.strip()
    return 0 < len(t) <= 24 and _FORM_BUTTONS.match(t) is not None


# A form's heading over its fields (在线报名, 网上咨询, 填写报名信息): a short phrase naming what the form does.
_FORM_HEADING = lazyrx.cached(r"^(?:在线|网上|网络|我要|立即)?(?:填写|填报)?\p{Han}{0,4}?"
                              r"(?:报名|申请|登记|预约|咨询|留言|投诉|提问|反馈|填报)(?:信息|表|表单|入口)?$")


def form_heading(folded: str) -> bool:
    """A short heading naming a form (在线报名), over its fields."""
    t = folded.strip()
    return 0 < len(t) <= 10 and _FORM_HEADING.match(t) is not None


# A form's note under its buttons, labelled as a tip and about the form ("温馨提示:提交后请保持电话畅通,…",
# "注:带*号为必填项"): how to fill it in, not the page's text.
_FORM_NOTE = lazyrx.cached(r"^(?:温馨提示|友情提示|特别提示|提示|注意|注|说明)\s*:\s*[^:]{0,30}?(?:提交|填写|填报|必填|验证码|报名)")
#: How long a form's note runs at most (a sentence or two).
_FORM_NOTE_MAX = 80


def form_note(folded: str) -> bool:
    """A tip about filling in a form (温馨提示:提交后…), as set right under its buttons."""
    t = folded.strip()
    return len(t) <= _FORM_NOTE_MAX and _FORM_NOTE.match(t) is not None


# A self-media post's call to comment closing it, maybe after one short question to the readers ("你身边有工会驿站吗?
# 欢迎在评论区留言分享~", "欢迎留言讨论", "快来评论区聊聊吧!"): the platform's prompt to its comment box. (It names the
# comments, 评论 or 留言: "一起分享!" may close a sentence of the text.)
_COMMENT_PROMPT = lazyrx.cached(r"^(?:[^。!?]{2,30}[?]\s*)?(?:欢迎|快来|一起|来|请)(?:大家|你|您)?(?:在|到)?(?:评论区|留言区|下方)?"
                                r"(?:留言|评论|分享|讨论|聊聊|说说|交流)(?:分享|讨论|交流|互动)?(?:你的|您的)?"
                                r"(?:看法|观点|想法|经历|故事)?(?:吧|哦|哟|呀)?\s*[~!。.…]*$")
#: How long a call to comment runs at most.
_COMMENT_PROMPT_MAX = 50


def comment_prompt(folded: str) -> bool:
    """A closing call to comment (欢迎在评论区留言分享~), maybe after a question to the readers."""
    t = folded.strip()
    return len(t) <= _COMMENT_PROMPT_MAX and ("留言" in t or "评论" in t) and _COMMENT_PROMPT.match(t) is not None
