"""A span to now (已运行40年, "opened 20 years ago") that disagrees with the start another article of the run gives the same thing (found without claims).

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

## Why it matters
A later article copies "运行36年" or "opened 17 years ago" from an earlier one
and bumps the number by guesswork, or not at all: a span to now goes stale
with every year, and only the other article's date shows it.

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
from auditor.checks._docs import docs_of
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
            years = [i for i in own if _year_of(reading.figures[i]) is not None]
            if span is not None and publication is not None and reading.figures[span].qualifier is None:
                n = int(reading.figures[span].low)
                yield publication.year - n, span, f"{reading.figures[span].text} at {publication.isoformat()}"
            elif len(years) == 1 and _FOUNDED_CN.search(text, sentence.start, sentence.end):
                yield _year_of(reading.figures[years[0]]), years[0], None
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
            (i for i in reading.figures_in(founded.start(1), founded.end(1)) if _year_of(reading.figures[i])),
            None,
        )
        if year is not None:
            yield _year_of(reading.figures[year]), year, None


def _year_of(figure) -> int | None:
    calendar = figure.calendar
    if figure.kind in ("year", "date") and calendar is not None and calendar.year and figure.calendar_end is None:
        return calendar.year
    return None


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
