"""Shared pieces of the jammer rules: token patterns (URL, e-mail, number, emoticon), word tables, bracket pairs,
and the sentence-end test the page-level steps share."""

from __future__ import annotations

from ... import lazyrx
from ... import recode

# The last character that is neither printable ASCII nor whitespace (reverse search).
_LAST_TEXT = lazyrx.cached(r"(?r)[^\x20-\x7e\s]")
_WS = recode.compile(r"\s+")
_TOKEN = recode.compile(r"\S+")

# Token shapes that are always legit.
_URL = recode.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]{1,9}://|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?(?:[/?#][\x21-\x7e]*)?")
# Domains are written in one case: www.workercn.cn, GOV.CN.
_DOMAIN = recode.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}(?::\d+)?(?:/[\x21-\x7e]*)?|(?:[A-Z0-9-]+\.)+[A-Z]{2,6}")
_EMAIL = recode.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_TAG = recode.compile(r"[#@]([A-Za-z][A-Za-z0-9_]+(?:[-.][A-Za-z0-9_]+)*|\d+)#?")
# Numbers: signed, currency, thousands separators, decimals, dates, times, ranges, percent.
_NUMBER = recode.compile(r"[-+~$]?\d+(?:[.,:/~-]\d+)*%?(?:[~-]\d+(?:\.\d+)?%?)?")
# A bracketed group inside a token: (0839)3262473, report(1).pdf, H(1)
_INNER_PAREN_AFTER = recode.compile(r"(?<=[A-Za-z0-9])\(([A-Za-z0-9]+)\)")
_INNER_PAREN_BEFORE = recode.compile(r"\(([A-Za-z0-9]+)\)(?=[A-Za-z0-9])")
# Emoticons that end forum posts: :-) ;) :P ^_^ T_T o_O
_EMOTICON = recode.compile(r"[:;=8][-o'^]?[)(\]\[DPpOo/\\|*3]{1,3}|\^[_.-]?\^|[Tt]_[Tt]|[oO]_[oO]|[xX]D")
_PIECE = recode.compile(r"[A-Za-z0-9]+|[^A-Za-z0-9]")
_RUN = recode.compile(r"[A-Za-z]+|[0-9]+")
_CASE_RUN = recode.compile(r"[A-Z]+|[a-z]+")
_VOWEL = recode.compile(r"[aeiouAEIOU]")
_LOWER2 = recode.compile(r"[a-z]{2}")
_FKEY = recode.compile(r"F\d{1,2}")
_CONTRACTIONS = frozenset("s t d m ll re ve S T D M LL RE VE".split())
# One-letter lowercase prefixes of camel-case words (iPhone, eBay, jQuery) and of acronyms (iOS, eID, mRNA, tRNA).
_CAMEL_PREFIXES = frozenset("eij")
_CAPS_PREFIXES = frozenset("eimt")
# Vowel-less capitalised words that are real: title and key abbreviations.
_ABBREV = frozenset("Mr Mrs Ms Dr St Jr Sr Rd Mt Ft Ltd Ctrl Cmd Bldg Pvt".split())
# Units whose case or vowel pattern no word rule accepts.
_UNITS = frozenset(("kWh mAh MHz GHz kHz THz Hz Pa kPa MPa Wh Ah dB dBm mL kB KB Kb Mb Gb Tb Mbps Gbps kbps "
                    "mmHg pH mph kph rpm bps fps ppm ppb").split())
# Lone separators that legit Latin text uses between tokens.
_NEUTRAL = frozenset("- -- | / & + = : . ... > >> < << ~ -> => ! ? !! ?? !? ?!".split())
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", '"': '"', "'": "'"}
_CLOSE = {v: k for k, v in _PAIRS.items()}


#: Marks that end a sentence (both widths); a jammer put between two sentences follows one of them.
_SENTENCE_END = "。!?;\uff01\uff1f\uff1b"
_CLOSING_QUOTES = "”’」』"


def _after_sentence(text: str, k: int) -> bool:
    """text[:k] ends with a sentence end mark (a closing quote after it allowed)."""
    while k > 0 and text[k - 1] in _CLOSING_QUOTES:
        k -= 1
    return k > 0 and text[k - 1] in _SENTENCE_END


def _is_han(c: str) -> bool:
    """Whether a character is a CJK ideograph (the common block)."""
    return "\u4e00" <= c <= "\u9fff"
