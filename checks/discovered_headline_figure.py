"""A headline's figure that the story states with two digits swapped (found without claims).

## What it flags
A figure in an article's headline (the title lines above its first paragraph
of prose: `# 汐州去年改造老化燃气管道362公里`, a front matter's `title:`) that the
story restates with two neighbouring digits swapped (`…老化管道更新改造326公里`),
when:

- the headline figure has three significant digits or more (`362`, `95.4%`,
  `4837件`; a slip between two-digit values is as often two figures, so two
  digits only when the very words before both are one: the four Chinese
  characters, `新建口袋公园64个` / `新建口袋公园46个`, or four in a row of both leads,
  `日均分出厨余垃圾460吨` / `分出厨余垃圾日均640吨`, or the English word,
  `repaired 64 homes` / `repaired 46 homes`), and no
  qualifier (`超23亿元`, `more than 400`: a rounded bound, no digits copied);
- the story's figure is of the same kind and written in the same unit or
  counted noun (`公里` / `公里`, `grants` / `Facade Renewal grants`), and the
  story's figures one swap away all have one value (`产值32.5亿元` … `三者合计32.5亿元`);
- the story never states the headline's value itself (then the headline
  repeats a figure the story gives, and the other is another figure);
- the words right before both figures share a word (Chinese: two characters
  in a row, `管道`, `利用率`; English: a word of four letters or more), or the
  words right after them do (`1573名青年走进见习岗位` / `1537名…失业青年参加岗位见习`:
  the headline's to its end, the story's to its sentence's), or both count one
  English noun (`weatherized 324 homes` / `repaired 342 homes`).

## Why it matters
A headline is written last and typed from the story: a swapped pair of digits
there is read by everyone, and the story's figure, right below it, makes the
slip look like a second fact.

## Example
```text
# 汐州去年改造老化燃气管道362公里

记者从市住房和城乡建设局获悉，2023年我市共完成城镇燃气老化管道更新改造326公里……
```
`Headline figure "362公里" is "326公里" in the story: two digits swapped`.

## How to fix
Check the figure at its source and correct the headline or the story.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# How many characters before a figure its leading words are read in.
LEAD_REACH = 12
# How many characters after a figure its trailing words are read in (English; Chinese reads LEAD_REACH).
TRAIL_REACH = 40
# Fewest significant digits a headline figure needs for a swap to say it was copied.
MIN_DIGITS = 3
_HAN_PAIR = lazy_compile(r"(?=([\u4e00-\u9fff]{2}))")
_LATIN_WORD = lazy_compile(r"[A-Za-z]{4,}")
# Words too common before a figure to say two figures are of one thing.
_COMMON_LEAD = frozenset(
    {"同比", "比上", "上年", "增长", "下降", "其中", "全年", "全县", "全市", "去年", "今年", "共计", "累计"}
)
_COMMON_WORDS = frozenset({"with", "from", "than", "that", "this", "were", "have", "about", "nearly", "more", "total"})


def _headline_paragraphs(document) -> list:
    """The title paragraphs above the story's first paragraph of prose."""
    titles = []
    for paragraph in document.paragraphs:
        if paragraph.role == "prose":
            break
        if paragraph.role == "title":
            titles.append(paragraph)
    return titles


def _lead_words(text: str, start: int) -> set[str]:
    """The words right before a figure: Chinese character pairs, English words of four letters or more."""
    lead = text[max(0, start - LEAD_REACH) : start]
    pairs = {m.group(1) for m in _HAN_PAIR.finditer(lead)} - _COMMON_LEAD
    words = {w.lower() for w in _LATIN_WORD.findall(text[max(0, start - 4 * LEAD_REACH) : start])} - _COMMON_WORDS
    return pairs | words


_HAN_RUN_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{4}$")
_HAN_ONLY = lazy_compile(r"[\u4e00-\u9fff]+")
_CLAUSE_BREAK = lazy_compile(r"[，,；;。：:\s]")
_WORD_BEFORE = lazy_compile(r"([A-Za-z]{4,})[ \t]{1,2}$")


def _same_words_right_before(text: str, first: int, second: int) -> bool:
    """The four Chinese characters right before both figures are the same (口袋公园), or the English word
    right before both (`repaired 64 homes` / `repaired 46 homes`, with one counted noun checked apart)."""
    han = [_HAN_RUN_BEFORE.search(text, max(0, at - 4), at) for at in (first, second)]
    if all(han) and han[0].group(0) == han[1].group(0) and han[0].group(0)[-2:] not in _COMMON_LEAD:
        return True
    # (or four characters in a row of both leads: 日均分出厨余垃圾460吨 / 分出厨余垃圾日均640吨)
    # (each in its own clause: 新增托位46个 is not 其中普惠托位64个, a part after 其中 and a comma)
    leads = [_CLAUSE_BREAK.split(text[max(0, at - LEAD_REACH) : at])[-1] for at in (first, second)]
    if any(
        len(run) == 4 and _HAN_ONLY.fullmatch(run) and run in leads[1] and run[:2] not in _COMMON_LEAD
        for run in (leads[0][k : k + 4] for k in range(len(leads[0]) - 3))
    ):
        return True
    words = [_WORD_BEFORE.search(text, max(0, at - 24), at) for at in (first, second)]
    return (
        all(words)
        and words[0].group(1).lower() == words[1].group(1).lower()
        and (words[0].group(1).lower() not in _COMMON_WORDS)
    )


def _trail_words(text: str, end: int, stop: int) -> set[str]:
    """The words right after a figure, up to `stop` (its line or sentence): Chinese character pairs, English
    words of four letters or more (`1462名青年走进见习基地` / `1426名…失业青年参加就业见习`: 青年, 见习)."""
    trail = text[end : min(stop, end + TRAIL_REACH)]
    pairs = {m.group(1) for m in _HAN_PAIR.finditer(trail[:LEAD_REACH])} - _COMMON_LEAD
    words = {w.lower() for w in _LATIN_WORD.findall(trail)} - _COMMON_WORDS
    return pairs | words


def _planned(text: str, reading, figure) -> bool:
    """The story's figure is a plan (今年计划新建…, "plans to award"): not what the headline reports done."""
    from auditor.discovery.frames import PLAN_WORDS

    sentence = reading.sentence_at(figure.start)
    start = reading.sentences[sentence].start if sentence is not None else max(0, figure.start - LEAD_REACH)
    return PLAN_WORDS.search(text, max(start, figure.start - 3 * LEAD_REACH), figure.start) is not None


def _counted_noun(figure) -> str:
    """An English count's head noun in the singular ("home" for "324 homes"), or ""."""
    from auditor.discovery.pairs import _english_counted_noun, head_noun

    return head_noun(_english_counted_noun(figure))


def _alike(headline, story) -> bool:
    """Both figures measure one thing: the same kind and unit, or one counted noun."""
    from auditor.discovery.pairs import _named_alike

    if headline.kind != story.kind or not headline.same_dimension(story):
        return False
    if headline.kind == "percent":
        return True
    first, second = headline.written_unit or "", story.written_unit or ""
    if first.isascii() and second.isascii() and first and second:
        return _named_alike(first, second)
    return first == second


def run(audit: Audit):
    from auditor.discovery import comparable, reading_of
    from auditor.discovery.values import significant_digits, transposed, written_value
    from auditor.figures import find_figures
    from auditor.formatting import describe_figure

    for document in audit.documents.values():
        titles = _headline_paragraphs(document)
        if not titles:
            continue
        reading = reading_of(audit, document)
        text = document.visible_text
        story = [f for f in reading.figures if comparable(f) and f.kind in ("quantity", "percent")]
        for title in titles:
            for found in find_figures(title.text):
                if found.kind not in ("quantity", "percent") or found.qualifier or not comparable(found):
                    continue
                start, end = title.start + found.start, title.start + found.end
                value = written_value(found)
                if any(f.nominal == found.nominal and f.same_dimension(found) for f in story):
                    continue  # the story states the headline's figure: the other is another one
                swapped = [
                    f
                    for f in story
                    if _alike(found, f)
                    and not f.qualifier  # (计划新建…4873公里以上: a bound, no digits copied)
                    and not _planned(text, reading, f)
                    and transposed(value, written_value(f))
                    and (
                        significant_digits(value, written_value(f)) >= MIN_DIGITS
                        # (two digits: only when the words right before both are one: 新建口袋公园64个 / 46个)
                        or _same_words_right_before(text, start, f.start)
                    )
                ]
                if len({f.nominal for f in swapped}) != 1:
                    continue  # (the story's one figure, written once or more: 产值32.5亿元 … 三者合计32.5亿元)
                other, shared = None, set()
                headline_lead = _lead_words(text, start)
                headline_words = headline_lead | _trail_words(text, end, title.end)
                for candidate in swapped:
                    shared = headline_lead & _lead_words(text, candidate.start)
                    # (or the words after them: "Eviction filings hit 4,260 in 2023" / "filed 4,620 eviction cases")
                    story_sentence = reading.sentence_at(candidate.start)
                    story_stop = reading.sentences[story_sentence].end if story_sentence is not None else candidate.end
                    shared |= headline_words & (
                        _lead_words(text, candidate.start) | _trail_words(text, candidate.end, story_stop)
                    )
                    noun = _counted_noun(found)
                    if noun and noun == _counted_noun(candidate):
                        shared |= {noun}  # "weatherized 324 homes" / "repaired 342 homes": one counted noun
                    if shared:
                        other = candidate
                        break
                if other is None:
                    continue
                yield Finding(
                    check=CHECK.id,
                    severity=CHECK.severity,
                    message=f'Headline figure "{found.text}" is "{other.text}" in the story: two digits swapped',
                    location=document.location(start, end),
                    related=(document.location(other.start, other.end, label="story"),),
                    evidence=(
                        ("headline", describe_figure(found)),
                        ("story", describe_figure(other)),
                        ("shared wording", " · ".join(sorted(shared))),
                    ),
                    values=(FigureValue.of("headline", found), FigureValue.of("story", other)),
                    assumption=(
                        "the headline restates the story's figure: the two are taken to be one because their "
                        "values differ by two neighbouring digits swapped and the words before them share a word"
                    ),
                )


CHECK = Check(
    id="discovered-headline-figure",
    severity=Severity.WARNING,
    summary="A headline's figure that the story states with two digits swapped (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    discovery=True,
)
