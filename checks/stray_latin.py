"""An English word left inside a Chinese sentence.

## What it flags
A run of Latin words (letters, joined by spaces, hyphens or apostrophes)
whose nearest non-space neighbours on both sides are Chinese characters or
Chinese punctuation, at least one of them a Chinese character: "交流 and 宣传".
Only ordinary lowercase words are flagged, and by default only a run that holds
an English function word (and, of, the, from, with, is…): such a word is never a
name, while a single lowercase content word between Chinese words is as often
a brand or a term written as its owner writes it (`来自wind数据库`, `滴滴+ofo`,
`g-secretase活性中心`) as a leftover. Set `content_words: true` to flag any
lowercase word (the leftovers `宣传 promotion 活动` too, with more names among
them). Also left alone:

- **acronyms, names and brands**: any word with a capital letter (AI, MCN,
  CEO, Python, iPhone, Made in China), and a single lowercase word that stands in
  a list (after or before 、及和与) within a few characters of such a name
  (`除了OPPO，今年上半年紅米及vivo…`: a brand written in lower case as its maker
  writes it), unless it is an English function word (`消费 and 投资`);
- **codes and units**: a run next to a digit (3D, 5A级, 5G, 10 km, 30kg);
- **single letters**: A股, B超, X光, T恤, e时代 (shorter than `min_length`, 2);
- **loanwords and unit symbols** in `allow`: app, wifi, vlog, logo, km, kg …;
- a paragraph written in Cantonese (two or more of its particles and pronouns: 嘅 咗 喺
  啲 嗰 唔 佢 哋…): Hong Kong speech mixes English in as a matter of course (`去年11月kind of
  運動嘅尾聲`, `我唔知實際有幾多， at least 喺網上見到…`);
- anything not bounded by Chinese on both sides: a gloss in brackets
  "人工智能(artificial intelligence)", a URL, an English sentence.

## Why it matters
A lowercase English word between Chinese words is a leftover from drafting or
translation ("and" for 和), and a reader of a Chinese article stumbles on it.
The severity is warning: a defect, not a matter of style, but the check cannot
be sure (a loanword it does not know is possible), and the fix is not certain
either ("and" may be 和, 与 or 及), so none is suggested.

## Example
```text
借力“苏超”加大两地互动交流 and 宣传推广力度
```
`English word "and" inside a Chinese sentence`

## How to fix
Translate the word (和, 与, 及 for "and") or delete it. Add loanwords your
house style accepts to `allow`.
"""

from __future__ import annotations

import bisect
from types import MappingProxyType

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity
from auditor.patterns import lazy_compile
from auditor.text import HANZI

CJK_PUNCTUATION = lazy_compile(r"[\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7]")
LATIN_RUN = lazy_compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*(?:[ \t]+[A-Za-z]+(?:['’\-][A-Za-z]+)*)*")
DEFAULT_ALLOW = (
    "app",
    "apps",
    "wifi",
    "vlog",
    "logo",
    "ok",
    "pk",
    "vip",
    "pos",
    "pro",
    "plus",
    "max",
    "mini",
    "km",
    "kg",
    "cm",
    "mm",
    "ml",
    "kw",
    "kwh",
    "mw",
    "gw",
    "mah",
    "mg",
    "mb",
    "gb",
    "tb",
    "ppm",
)


# A Latin name near a single lowercase word (OPPO, iPhone, Xiaomi): the word is likely one more name of a list of
# brands, written in lower case as its maker writes it (vivo, realme).
_NAMED_NEAR = lazy_compile(r"(?<![A-Za-z])(?:[A-Z]{2,12}|[A-Z][a-z]{1,12}|[a-z]{1,3}[A-Z][A-Za-z]{1,10})(?![A-Za-z])")
NAMES_REACH = 24
# A list joiner right before or after the word: it stands in a list (紅米及vivo, vivo、OPPO).
_JOINED_BEFORE = lazy_compile(r"[、及和与/][ \t]{0,1}$")
_JOINED_AFTER = lazy_compile(r"[ \t]{0,1}[、及和与/]")
# English words that are never a brand: a stray "and", "from" between Chinese words is a leftover.
_FUNCTION_WORDS_EN = frozenset(
    "and or but from to of in on at for with by the a an as is are was were be been this that these those not "
    "it its we our they their he she his her you your will would can could should has have had do does did no so "
    "than then there here what which who whom when where how all any some more most also just only very into about "
    "over after before under between because if while".split()
)


# Written Cantonese: its particles and pronouns (嘅 咗 喺 啲 嗰 唔 佢 哋 冇 咁 嚟 乜 噉), none of them Mandarin.
_CANTONESE = lazy_compile(r"[嘅咗喺啲嗰唔佢哋冇咁嚟乜噉]")
MIN_CANTONESE_MARKS = 2  # distinct ones in a paragraph: one may be a name's character


def _neighbour(text: str, index: int, step: int) -> str:
    while 0 <= index < len(text) and text[index] in " \t\u3000":
        index += step
    if not 0 <= index < len(text) or text[index] == "\n":
        return ""
    return text[index]


def _cjk(ch: str) -> bool:
    return bool(ch) and bool(HANZI.match(ch) or CJK_PUNCTUATION.match(ch))


def run(audit: Audit):
    allow = {word.lower() for word in audit.option(CHECK, "allow")}
    min_length = int(audit.option(CHECK, "min_length"))
    content_words = bool(audit.option(CHECK, "content_words"))
    for document in audit.documents.values():
        text = document.visible_text
        # Only prose is judged: a credit line (｜每日经济新闻 nbdnews 原创文章｜) or a caption is not a sentence.
        prose = document.prose
        starts = [paragraph.start for paragraph in prose]
        for match in LATIN_RUN.finditer(text):
            at = bisect.bisect_right(starts, match.start()) - 1
            if at < 0 or match.end() > prose[at].end:
                continue
            phrase = match.group()
            words = phrase.split()
            if any(not word.islower() for word in words):
                continue  # a capital letter: acronym, name or brand
            if len(words) == 1 and (len(phrase) < min_length or phrase.lower() in allow):
                continue
            if all(word in allow for word in words):
                continue
            if not content_words and not any(word.lower() in _FUNCTION_WORDS_EN for word in words):
                continue  # wind数据库, ofo, g-secretase: a lowercase name or term, unless content_words asks for it
            # Touching a digit makes it a unit or a code (3D, 5A, 10km).
            touching = (text[match.start() - 1] if match.start() else "") + text[match.end() : match.end() + 1]
            if any(ch.isdigit() for ch in touching):
                continue
            before = _neighbour(text, match.start() - 1, -1)
            after = _neighbour(text, match.end(), 1)
            if not (_cjk(before) and _cjk(after) and (HANZI.match(before) or HANZI.match(after))):
                continue
            if (
                len(words) == 1
                and phrase.lower() not in _FUNCTION_WORDS_EN
                and (
                    _JOINED_BEFORE.search(text, max(0, match.start() - 2), match.start())
                    or _JOINED_AFTER.match(text, match.end())
                )
                and _NAMED_NEAR.search(
                    text,
                    max(prose[at].start, match.start() - NAMES_REACH),
                    min(prose[at].end, match.end() + NAMES_REACH),
                )
            ):
                continue  # "除了OPPO，今年上半年紅米及vivo…": a name among names, written as its maker writes it
            if len(set(_CANTONESE.findall(text, prose[at].start, prose[at].end))) >= MIN_CANTONESE_MARKS:
                continue  # 「…去年11月kind of 運動嘅尾聲…」: Cantonese speech mixes English in as a matter of course
            kind = "English word" if len(words) == 1 else "English words"
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end == -1 else line_end
            context = text[max(line_start, match.start() - 4) : min(line_end, match.end() + 4)]
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'{kind} "{phrase}" inside a Chinese sentence',
                location=document.location(match.start(), match.end()),
                evidence=(("word", phrase), ("context", context)),
                identity=f"{phrase}:{context}",
            )


CHECK = Check(
    id="stray-latin",
    severity=Severity.WARNING,
    summary="An English word left inside a Chinese sentence",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    options=MappingProxyType({"allow": DEFAULT_ALLOW, "min_length": 2, "content_words": False}),
)
