"""A span to now (已运行40年, "opened 20 years ago") or an annual event's edition that disagrees with what another article of the run gives the same thing (found without claims).

## What it flags
A span that counts the years from a thing's start to the article's
publication, told of a named thing, when the article itself states no year
for that thing and another dated article of the run does, and the span is
off by more than one year from what that start gives at this article's
publication date:
- Chinese: the thing, then 至今 / 目前 / 已 / 已经 and 运行 / 运营 / 走过 / 推行 / 实施 /
  开展 / 服务 / 投用 / 使用 / 坚持 + N年 (`东郊热源厂已运行40年`);
- English: the thing, `, which opened` (built, founded, created, added,
  established, launched, began, started) + `N years ago` (`The 120-bed annex,
  which opened 20 years ago`), or `the N years since` the thing `was created`
  (founded, established, opened, built, launched, formed).

The other article's start is a year its sentence gives the same thing with a
founding word (`A 120-bed annex was added in 2007`, `The Education Trust Fund
was created by the legislature in 1992`, `建成于1987年`), or the span it states
for the thing itself, counted back from its own publication date
(`东郊热源厂至今已运行36年`, written in 2023). The same thing: in Chinese the
words right before the span (three characters or more, after the last 的; not
这项改革, 该中心); in English the noun before the verb, with the words that
modify it (`trust fund` is the `Education Trust Fund`; `annex` is the `120-bed
annex`). Not judged: a thing several articles start in years more than one
apart, a thing whose article states its own start (discovered-date-span judges
it there), an article with no publication date, two articles about different
places, two spans of the same date.

An annual event's edition (`第十一届稻田开镰节`, `the 14th annual`) told with the year
it is held (a year its sentence names that starts nothing, 今年 / 去年 / 明年,
`Last October's`, `December's … was`, from the publication date; a dateline's year
dates the article, and a lede that names no other time is of it: `BRANDT (Oct. 10,
2022) — The 18th annual … drew 44 teams on Saturday`) is judged
against the editions other articles of the run give the same event (named
after 届 in Chinese, `稻田开镰节`; by its name in capitals in English, `Home for the
Holidays`): held once a year, two editions step by the years between them.
The event must be said to be yearly (每年, 连续举办, annual) in one of the
sentences, and the other articles' editions must agree among themselves;
with only two, the later one is judged. Not judged: a sentence that counts
from its own first year (discovered-date-span judges it there).

## Why it matters
A later article copies "运行36年" or "opened 17 years ago" from an earlier one
and bumps the number by guesswork, or not at all: a span to now goes stale
with every year, and only the other article's date shows it. An edition
number copied from last year's story and bumped by guesswork is as easy to
get wrong.

## Example
yunyang-1 (2023-11-16): `当年建成的东郊热源厂至今已运行36年`; yunyang-3 (2025-03-20):
`东郊热源厂已运行40年`: `Span "40年" of 东郊热源厂 disagrees with the start yunyang-1.txt:25 gives
it: 1987 (36年 at 2023-11-16) to 2025 is 38 years`.
Not flagged: `已运行37年` or `38年` in 2025, a span of the same date, a span whose
thing no other article dates.

## How to fix
Count the span again from the thing's start year to the publication date,
or write the start year instead of a span that goes stale.
"""

from __future__ import annotations

import re

from auditor.audit import Audit, Check
from auditor.checks._derived import DATELINE_END, calendar_year
from auditor.checks._docs import docs_of
from auditor.figures.numerals import ORDINAL_PATTERN, chinese_integer, ordinal_value
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# 东郊热源厂至今已运行36年, 这项改革已推行14年: the thing right before a span that runs to now.
_SPAN_BEFORE_CN = lazy_compile(
    r"([\u4e00-\u9fff]{2,16}?)(?:至今|目前|现已|如今)?(?:已经?)(?:连续)?"
    r"(?:运行|运营|走过|推行|实施|开展|服务|投用|使用|坚持)了?[ \t]{0,2}$"
)
# Words that point back instead of naming (这项改革, 该中心) or name a time or the whole place.
_NOT_A_NAME_CN = lazy_compile(r"^(?:这|该|此|其|本|我|全|今|去|明|当年|每|各)")
_FOUNDED_CN = lazy_compile(r"(?:始建|建成|建于|成立|投用|投运|启用|开通|开馆|开业|设立|组建|起步|创建|创办|启动|开始)")
# "The 120-bed annex, which opened 20 years ago": the thing, the founding verb, the span.
_FOUNDING_VERB_EN = r"(?:opened|built|founded|created|added|established|launched|began|started|formed|dedicated)"
_AGO_BEFORE_EN = lazy_compile(
    r"(?i)\b((?:[A-Za-z0-9][\w'’-]*[ \t]{1,2}){0,4}[A-Za-z][\w'’-]*)(?:,[ \t]{1,2}(?:which|that)[ \t]{1,2}|[ \t]{1,2})"
    r"(?:was[ \t]{1,2})?" + _FOUNDING_VERB_EN + r"[ \t]{1,2}$"
)
_AGO_AFTER_EN = lazy_compile(r"(?i)[ \t]{1,2}ago\b")
# "In the 35 years since the trust fund was created"
_SINCE_AFTER_EN = lazy_compile(
    r"(?i)[ \t]{1,2}since[ \t]{1,2}((?:[A-Za-z][\w'’-]*[ \t]{1,2}){1,5}?)(?:was|were)[ \t]{1,2}"
    + _FOUNDING_VERB_EN
    + r"\b"
)
_THE_BEFORE_EN = lazy_compile(r"(?i)\bthe[ \t]{1,2}(?:past[ \t]{1,2}|last[ \t]{1,2})?$")
_DETERMINERS_EN = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "new"})
# The thing in another article: its noun, the words before it back to a determiner, then a founding verb and a year.
_FOUNDED_IN_EN = lazy_compile(
    r"(?i)[ \t]{1,2}(?:,[^,.;]{0,40},[ \t]{1,2})?(?:was[ \t]{1,2}|were[ \t]{1,2})?"
    + _FOUNDING_VERB_EN
    + r"\b[^.;!?\d]{0,40}?\bin[ \t]{1,2}(?:[A-Z][a-z]{2,8}\.?[ \t]{1,2})?((?:19|20)\d\d)\b"
)
# An annual event's edition: 第十一届稻田开镰节, "the 14th annual", "its fourth annual Hard Hat Day tours".
_EDITION_CN = lazy_compile(r"第([一二三四五六七八九十两\d]{1,4})届")
_EDITION_EN = lazy_compile(r"(?i)\b" + ORDINAL_PATTERN + r"[ \t]{1,3}annual\b")
# The event named right after 届, up to the verb or the word that closes its name.
_EVENT_AFTER_CN = lazy_compile(r"([\u4e00-\u9fff]{3,16}?)(?:活动|将|在|于|举办|举行|开幕|启动|期间|[，,。；;])")
# A name in capitals: "Hard Hat Day", "Home for the Holidays" (small words inside).
_EVENT_NAME_EN = lazy_compile(
    r"[A-Z][\w'’-]{1,20}(?:[ \t]{1,2}(?:(?:for|of|the|and|on|in|at|to)[ \t]{1,2}){0,2}[A-Z][\w'’-]{1,20}){1,5}"
)
_MONTHS_EN = "january february march april may june july august september october november december".split()
_ANNUAL_CN = lazy_compile(r"每年|一年一届|年年|连续举办")
# A year a sentence starts something from: 自2016年起, 从2020年开始, since 2012, first held in 2012.
_START_YEAR_CN = lazy_compile(
    r"(?:自|从)[ \t]{0,2}((?:19|20)\d\d)年|((?:19|20)\d\d)年[ \t]{0,2}(?:起|以来|开始|创办|创建|首次|始办|首办|成立)"
)
# An event named in the sentence when nothing names it after 届: 2015年创办的沩澜非遗节，今年秋天将迎来第十二届.
_EVENT_IN_SENTENCE_CN = lazy_compile(
    r"[\u4e00-\u9fff]{2,12}?(?:节|大会|论坛|博览会|交易会|运动会|宣传月|宣传周|活动月|活动周|开放日|赛)"
)
_START_YEAR_EN = lazy_compile(
    r"(?i)\b(?:since(?:[ \t]{1,2}the[ \t]{1,2}first(?:[ \t]{1,2}one)?[ \t]{1,2}in)?|first[ \t]{1,2}held[ \t]{1,2}in|"
    r"began[ \t]{1,2}in|started[ \t]{1,2}in|launched[^.;]{0,40}?\bin)[ \t]{1,2}((?:19|20)\d\d)\b"
)
# A year told of something else in the sentence: "the largest crowd since the fair moved to the grounds in 1951".
_OTHER_TIME_YEAR_EN = lazy_compile(r"(?i)\b(?:since|before|after|than|until)\b[^,.;!?\d]{0,60}?\b((?:19|20)\d\d)\b")
_YEAR_CN = lazy_compile(r"((?:19|20)\d\d)年")
_RELATIVE_CN = lazy_compile(r"今年|去年|明年")
_YEAR_EN_ANY = lazy_compile(r"\b((?:19|20)\d\d)\b")
# "Last October's Hard Hat Day", "December's Home for the Holidays event … was": a month of a year the
# publication date tells.
_MONTH_NAMED_EN = lazy_compile(
    r"(?i)\b(last[ \t]{1,2})?(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(['’]s)?\b"
)
_WORD_EN = lazy_compile(r"(?<![\w-])[A-Za-z][\w'’-]*")


def _name_en(words: str) -> tuple[str, frozenset[str]] | None:
    """(head noun, the words that modify it) of an English noun phrase, lower case; None when it names nothing."""
    tokens = [w.lower() for w in _WORD_EN.findall(words)]
    # back to the last determiner: "the trust fund" → trust fund
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index] in _DETERMINERS_EN:
            tokens = tokens[index + 1 :]
            break
    tokens = [t for t in tokens if not any(c.isdigit() for c in t) and t not in _DETERMINERS_EN]
    if not tokens or len(tokens[-1]) < 3:
        return None
    return tokens[-1], frozenset(tokens[:-1])


def _spans(reading):
    """(figure index, stated years, name) of every span to now told of a named thing."""
    text = reading.document.visible_text
    for index, figure in enumerate(reading.figures):
        if not (
            figure.kind == "span"
            and figure.written_unit in ("年", "years", "year")
            and figure.low == figure.high
            and figure.nominal.denominator == 1
            and figure.qualifier is None
        ):
            continue
        stated = int(figure.low)
        if figure.text.isascii():
            before = _AGO_BEFORE_EN.search(text, max(0, figure.start - 90), figure.start)
            if before is not None and _AGO_AFTER_EN.match(text, figure.end):
                name = _name_en(before.group(1))
            elif _THE_BEFORE_EN.search(text, max(0, figure.start - 12), figure.start):
                since = _SINCE_AFTER_EN.match(text, figure.end)
                name = _name_en(since.group(1)) if since is not None else None
            else:
                name = None
            if name is not None:
                yield index, stated, name
        else:
            before = _SPAN_BEFORE_CN.search(text, max(0, figure.start - 28), figure.start)
            if before is None:
                continue
            name = before.group(1).rsplit("的", 1)[-1]
            if len(name) >= 3 and not _NOT_A_NAME_CN.match(name):
                yield index, stated, name


def _starts_cn(reading, name: str, publication):
    """(start year low, high, figure index, how) of each place the article dates the thing named `name`."""
    text = reading.document.visible_text
    position = text.find(name)
    while position != -1:
        sentence_index = reading.sentence_at(position)
        if sentence_index is not None:
            sentence = reading.sentences[sentence_index]
            own = reading.figures_in(sentence.start, sentence.end)
            after = [i for i in own if reading.figures[i].start >= position + len(name)]
            span = next(
                (
                    i
                    for i in after
                    if reading.figures[i].kind == "span"
                    and reading.figures[i].written_unit == "年"
                    and _SPAN_BEFORE_CN.search(text, position, reading.figures[i].start)
                    and reading.figures[i].start - position <= len(name) + 10
                ),
                None,
            )
            years = [i for i in own if calendar_year(reading.figures[i]) is not None]
            if span is not None and publication is not None and reading.figures[span].qualifier is None:
                n = int(reading.figures[span].low)
                yield publication.year - n, span, f"{reading.figures[span].text} at {publication.isoformat()}"
            elif len(years) == 1 and _FOUNDED_CN.search(text, sentence.start, sentence.end):
                yield calendar_year(reading.figures[years[0]]), years[0], None
        position = text.find(name, position + len(name))


def _starts_en(reading, name: tuple[str, frozenset[str]], publication):
    """(start year, figure index, how) of each place the article dates the thing named `name`: its noun, then a
    founding verb and the one year of the clause."""
    text = reading.document.visible_text
    head, modifiers = name
    pattern = re.compile(r"(?i)\b" + re.escape(head) + r"s?\b")
    for m in pattern.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start())) + 1
        found = _name_en(text[max(line_start, m.start() - 60) : m.end()])
        if found is None or found[0] != head or not (modifiers <= found[1] or found[1] <= modifiers):
            continue
        founded = _FOUNDED_IN_EN.match(text, m.end())
        if founded is None:
            continue
        year = next(
            (i for i in reading.figures_in(founded.start(1), founded.end(1)) if calendar_year(reading.figures[i])),
            None,
        )
        if year is not None:
            yield calendar_year(reading.figures[year]), year, None


def _editions(reading, publication):
    """(start, end, written, edition, year, name) of every edition of an annual event whose sentence tells the
    year it is held: one year the sentence names that starts nothing (2024年9月, "The October 2024 event"), or
    今年 / 去年 / 明年, "last October", "December's … was" from the publication date."""
    text = reading.document.visible_text
    for pattern, english in ((_EDITION_CN, False), (_EDITION_EN, True)):
        for m in pattern.finditer(text):
            index = reading.sentence_at(m.start())
            if index is None:
                continue
            sentence = reading.sentences[index]
            edition = ordinal_value(m.group(1)) if english else _chinese_ordinal(m.group(1))
            if edition is None or edition < 2:
                continue
            year = (_held_year_en if english else _held_year_cn)(text, sentence.start, sentence.end, publication)
            if year is None:
                continue
            if english:
                names = [
                    _without_month(n.group(0)) for n in _EVENT_NAME_EN.finditer(text, sentence.start, sentence.end)
                ]
                names = [n for n in names if n and " " in n]
                if len(names) != 1:
                    continue
                name = names[0]
            else:
                after = _EVENT_AFTER_CN.match(text, m.end())
                name = after.group(1) if after else ""
                if len(name) < 3 or not _EVENT_IN_SENTENCE_CN.fullmatch(name):
                    # (第十二届宣传月共开展…: a short name after 届; the full one stands before it or in the
                    # sentence before: 森林防火宣传月活动自2012年起每年举办。去年3月举办的第十二届宣传月…)
                    context = _context_start(reading, index)
                    named = [
                        n.group(0).rsplit("的", 1)[-1]
                        for n in _EVENT_IN_SENTENCE_CN.finditer(text, context, m.start())
                        if not any(ch.isdigit() for ch in n.group(0))
                    ]
                    name = named[-1] if named else name
            yield (
                m.start(),
                m.end(),
                text[m.start() : m.end()],
                edition,
                year,
                name,
                sentence,
                _context_start(reading, index),
            )


def _context_start(reading, index: int) -> int:
    """The start of the sentence before (when in the same paragraph), else of the sentence: where an edition's
    event may be named and said to be yearly."""
    sentence = reading.sentences[index]
    if index and reading.sentences[index - 1].block == sentence.block:
        return reading.sentences[index - 1].start
    return sentence.start


def _chinese_ordinal(written: str) -> int | None:
    return int(written) if written.isdigit() else chinese_integer(written)


def _without_month(name: str) -> str:
    words = name.split()
    while words and (words[0].lower().rstrip("'’s") in _MONTHS_EN or words[0] in ("The", "Last", "This")):
        words = words[1:]
    return " ".join(words)


def _held_year_cn(text: str, start: int, end: int, publication) -> int | None:
    starts = {m.group(1) or m.group(2) for m in _START_YEAR_CN.finditer(text, start, end)}
    years = {m.group(1) for m in _YEAR_CN.finditer(text, start, end)} - starts
    relatives = {m.group(0) for m in _RELATIVE_CN.finditer(text, start, end)}
    if len(years) == 1 and not relatives:
        return int(next(iter(years)))
    if not years and len(relatives) == 1 and publication is not None:
        return publication.year + {"今年": 0, "去年": -1, "明年": 1}[next(iter(relatives))]
    return None


def _held_year_en(text: str, start: int, end: int, publication) -> int | None:
    starts = {m.group(1) for m in _START_YEAR_EN.finditer(text, start, end)}
    # (a dateline's year, "BRANDT (Feb. 5, 2025) —", dates the article, not the event)
    starts |= {m.group(1) for m in _OTHER_TIME_YEAR_EN.finditer(text, start, end)}
    found = list(_YEAR_EN_ANY.finditer(text, start, end))
    datelines = [m for m in found if DATELINE_END.match(text, m.end())]
    years = {m.group(1) for m in found if m not in datelines} - starts
    if years:
        return int(next(iter(years))) if len(years) == 1 else None
    if publication is None:
        return None
    months = [
        m
        for m in _MONTH_NAMED_EN.finditer(text, start, end)
        if not any(m.start() < d.start() and d.start() - m.end() <= 8 for d in datelines)
    ]
    if not months and datelines:
        # "BRANDT (Oct. 10, 2022) — The 18th annual … drew 44 teams on Saturday": the lede's news is of its day
        return int(datelines[0].group(1))
    if len(months) != 1 or not (months[0].group(1) or months[0].group(3)):
        return None  # ("in October", no year: this year's or next, as the verb tells)
    month = _MONTHS_EN.index(months[0].group(2).lower()) + 1
    # last October / October's (told as past): the latest such month before the publication date
    return publication.year if month < publication.month else publication.year - 1


def _edition_findings(run_figures, dates):
    """Editions of one annual event across articles that do not step with the years between them."""
    from auditor.discovery.frames import homes_apart

    found = [
        (reading, edition) for reading in run_figures.readings for edition in _editions(reading, dates[id(reading)])
    ]
    for reading, (start, end, written, number, year, name, sentence, context) in found:
        if len(name) < (6 if name.isascii() else 3):
            continue
        text = reading.document.visible_text
        if (_START_YEAR_EN if name.isascii() else _START_YEAR_CN).search(text, sentence.start, sentence.end) and (
            "annual" in written.lower() or _ANNUAL_CN.search(text, sentence.start, sentence.end)
        ):
            continue  # the sentence counts from its own first year, yearly: discovered-date-span judges it
        others = []
        annual = False
        for other, (o_start, o_end, o_written, o_number, o_year, _n, o_sentence, o_context) in found:
            if other is reading:
                continue
            o_text = other.document.visible_text
            said = o_text[o_context : o_sentence.end]
            if (name.lower() not in said.lower()) if name.isascii() else (name not in said):
                continue
            if homes_apart(run_figures.homes(reading), run_figures.homes(other)):
                continue
            others.append((o_number - o_year, other, o_start, o_number, o_year, o_end, o_written))
            annual = annual or bool(_ANNUAL_CN.search(said)) or "annual" in said.lower()
        annual = annual or "annual" in written.lower() or bool(_ANNUAL_CN.search(text, context, sentence.end))
        if not others or not annual or len({o[0] for o in others}) != 1:
            continue
        offset, other, o_start, o_number, o_year, o_end, o_written = min(
            others, key=lambda o: (o[4], o[1].document.path)
        )
        if number - year == offset:
            continue
        if len(others) == 1 and (year, reading.document.path) < (o_year, other.document.path):
            continue  # two articles alone: the later edition is the one judged
        yield reading, start, end, written, number, year, name, other, o_start, o_end, o_written, o_number, o_year


def run(audit: Audit):
    from auditor.checks._year_figures import RunFigures
    from auditor.discovery.frames import homes_apart
    from auditor.published import publication_date

    run_figures = RunFigures(audit)
    readings = run_figures.readings
    dates = {id(r): publication_date(r.document) for r in readings}
    for reading in readings:
        publication = dates[id(reading)]
        if publication is None:
            continue
        for index, stated, name in _spans(reading):
            english = isinstance(name, tuple)
            own = list(_starts_en(reading, name, None) if english else _starts_cn(reading, name, None))
            if own:
                continue  # the article dates the thing itself: discovered-date-span judges the span there
            starts = []
            for other in readings:
                other_date = dates[id(other)]
                if other is reading or other_date is None or other_date == publication:
                    continue
                if homes_apart(run_figures.homes(reading), run_figures.homes(other)):
                    continue
                found = _starts_en(other, name, other_date) if english else _starts_cn(other, name, other_date)
                for year, where, how in found:
                    if how is not None and other_date > publication:
                        continue  # two spans: the later article is the one judged
                    starts.append((year, other, where, how))
            if not starts or max(s[0] for s in starts) - min(s[0] for s in starts) > 1:
                continue
            year, other, where, how = min(starts, key=lambda s: (s[3] is not None, dates[id(s[1])], s[2]))
            expected = publication.year - year
            if abs(stated - expected) <= 1:
                continue
            yield _finding(reading, index, name, other, where, year, how, publication, expected)
    for found in _edition_findings(run_figures, dates):
        reading, start, end, written, number, year, name, other, o_start, o_end, o_written, o_number, o_year = found
        document = reading.document
        sentence = reading.sentences[reading.sentence_at(start)]
        o_sentence = other.sentences[other.sentence_at(o_start)]
        line = other.document.position(o_start)[0]
        expected = o_number + year - o_year
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=(
                f'Edition "{written}" of {name} ({year}) disagrees with "{o_written}" ({o_year}) at '
                f"{other.document.path}:{line}: held once a year, the {year} edition is number {expected}"
            ),
            location=document.figure_location(sentence.start, sentence.end, start, end, "edition"),
            related=(other.document.figure_location(o_sentence.start, o_sentence.end, o_start, o_end, "edition"),),
            evidence=(("stated", str(number)), ("counted", f"{o_number} + ({year} − {o_year}) = {expected}")),
            assumption="the event is held once a year, with no year missed between the two editions",
        )


def _finding(reading, index, name, other, where, year, how, publication, expected) -> Finding:
    document = reading.document
    figure = reading.figures[index]
    sentence = reading.sentence_of(index)
    dated = other.figures[where]
    line = other.document.position(dated.start)[0]
    shown = " ".join(sorted(name[1]) + [name[0]]) if isinstance(name, tuple) else name
    start_told = f"{year} ({how})" if how else str(year)
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=(
            f'Span "{figure.text}" of {shown} disagrees with the start {other.document.path}:{line} gives it: '
            f"{start_told} to {publication.year} is {expected} years"
        ),
        location=document.figure_location(sentence.start, sentence.end, figure.start, figure.end, "span"),
        related=(
            other.document.figure_location(
                other.sentence_of(where).start, other.sentence_of(where).end, dated.start, dated.end, "start"
            ),
        ),
        evidence=(("stated", str(int(figure.low))), ("counted", f"{publication.year} − {year} = {expected}")),
        values=(FigureValue.of("span", figure),),
        assumption=(
            f"the span runs from the start another article gives the same thing to this article's publication "
            f"({publication.isoformat()}); one year more or fewer would fit too"
        ),
    )


CHECK = Check(
    id="discovered-span-restated",
    severity=Severity.WARNING,
    summary="A span to now that disagrees with the start another article gives the same thing (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
