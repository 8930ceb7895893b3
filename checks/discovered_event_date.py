"""An event dated by a relative date (去年12月, last year) that its article's publication date puts in another year
than the one another sentence states for the same event, found with no claims.

## What it flags
A one-time event (获评, 建成投用, 开通, 通过…审定, 推行, 完成…改造; approved, opened,
founded, breached…) dated twice: once with a year (`2023年12月，云溪古镇景区成功获评国家
4A级旅游景区`, `The board approved the three wells in January 2024`) and once
relative to the article's publication date (`去年12月获评国家4A级旅游景区的云溪古镇`,
`the wells the board approved last year`), in the same article or in another
article of the run. The relative date is resolved against the publication date
of its own article (front matter, dateline or sign-off: `auditor/published.py`;
an article without one is not judged): `去年` in an article of 2025 is 2024. When
that year is not the stated one, one of the two dates is wrong.

The two sentences speak of one event when:
- the same event word stands right after each date in Chinese (`2023年10月完成提标改造`,
  `去年完成提标改造的…`), or in the sentence of each date in English (`approved`);
- the two sentences share a name besides it: at least five pairs of Chinese
  characters (城东污水处理厂, “路长制”, 梧岭高铁站), or at least two English content
  words (three, wells, board);
- and the months agree where both dates give one (`去年11月` and `2023年11月`).

Not flagged: an event that the run dates in several years (an annual festival,
a yearly upgrade: which year is meant is unknown), and an event whose relative
date's year is also stated for it somewhere.

## Why it matters
A relative date copied from an earlier article goes stale: "去年12月" written in
2024 is 2023年12月, but in an article published in 2025 it says 2024年12月.

## Example
yunxi-1 (2024): `2023年12月，云溪古镇景区成功获评国家4A级旅游景区`; yunxi-3, published
2025-01-10: `去年12月获评国家4A级旅游景区的云溪古镇景区`: `"去年12月" is 2024年12月 in an
article published 2025-01-10, but "2023年12月" dates the same event (获评) in
yunxi-1.txt:13`.

## How to fix
Write the year (`2023年12月`) instead of the relative date, or correct it
(`前年12月`).
"""

from __future__ import annotations

from collections import defaultdict

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity
from auditor.patterns import lazy_compile

# One-time events: a thing is built, opened, approved, named, started once.
_EVENT_CN = lazy_compile(
    r"获评|获批|评为|命名|授予|入选|列入|建成|投用|投产|投运|开通|通车|开业|开馆|开港|开工|动工|竣工|落成|揭牌|挂牌|成立|"
    r"推行|实施|启动|上线|签约|签订|审定|完成[^，,。；;]{0,4}?改造|通过[^，,。；;]{0,6}?(?:审定|验收|认定|评审)"
)
_EVENT_EN = lazy_compile(
    r"(?i)\b(?:approved|opened|founded|established|created|launched|adopted|signed|breached|completed|dedicated|"
    r"inaugurated|incorporated|elected|passed|built|renovated|remodeled|closed)\b"
)
# 今年 / this year are left out: an article's own year is as often the year of an anniversary or a plan as of
# the event it names ("turns 100 this year", "今年实施的…" of a scheme begun before).
_RELATIVE_CN = lazy_compile(r"(去年|前年)(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_ABSOLUTE_CN = lazy_compile(r"(?<!\d)((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_EN = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_RELATIVE_EN = lazy_compile(r"(?i)\b(last)[ \t]{1,2}(year|" + _MONTH_EN + r")\b")
_ABSOLUTE_EN = lazy_compile(r"\b(?:(" + _MONTH_EN + r")[ \t]{1,2}(?:\d{1,2},[ \t]{1,2})?)?((?:19|20)\d\d)\b")
_OFFSETS = {"去年": -1, "前年": -2, "last": -1}
_SENTENCE_END = lazy_compile(r"[。！？；;!?\n]|\.(?:\s|$)")
_HAN_PAIR = lazy_compile(r"(?=([\u4e00-\u9fff“”]{2}))")
_WORD_EN = lazy_compile(r"[A-Za-z][a-z]{3,}")
_STOP_EN = frozenset(
    "that this with from have been were will their there which after year years last what when into than about "
    "also said says more most over under they them then these those".split()
)
EVENT_AFTER_CN = 16  # characters after a Chinese date in which its event word stands
EVENT_NEAR_EN = 40  # characters before or after an English date in which its event word stands
MIN_SHARED_PAIRS = 5
MIN_SHARED_WORDS = 2


def _sentence(text: str, position: int) -> tuple[int, int]:
    start = position
    while start > 0 and not _SENTENCE_END.match(text, start - 1):
        start -= 1
    found = _SENTENCE_END.search(text, position)
    return start, (found.start() if found else len(text))


def _month(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    return _MONTHS.index(word[:3].lower()) + 1 if word[:3].lower() in _MONTHS else None


class _Mention:
    """One date of an event: where it is, its year and month, the event word, and the sentence's names."""

    def __init__(self, document, start, end, year, month, event, sentence, relative):
        self.document, self.start, self.end = document, start, end
        self.year, self.month, self.event, self.relative = year, month, event, relative
        self.sentence = sentence
        text = document.visible_text
        words = text[sentence[0] : start] + " " + text[end : sentence[1]]
        self.pairs = {m.group(1) for m in _HAN_PAIR.finditer(words)}
        self.words = {w.lower() for w in _WORD_EN.findall(words)} - _STOP_EN
        self.chinese = bool(self.pairs)


def _mentions(document, published):
    text = document.visible_text
    found = []
    for pattern, relative in ((_RELATIVE_CN, True), (_ABSOLUTE_CN, False)):
        for m in pattern.finditer(text):
            event = _EVENT_CN.search(text, m.end(), min(len(text), m.end() + EVENT_AFTER_CN))
            if event is None or _SENTENCE_END.search(text, m.end(), event.start()):
                continue
            if _ABSOLUTE_CN.search(text, m.end(), event.start()) or _RELATIVE_CN.search(text, m.end(), event.start()):
                continue  # 建成于1998年，2023年10月完成提标改造: the event is the later date's
            if relative:
                if published is None:
                    continue
                year = published.year + _OFFSETS[m.group(1)]
                month = _month(m.group(2))
            else:
                year, month = int(m.group(1)), _month(m.group(2))
            found.append(
                _Mention(
                    document,
                    m.start(),
                    m.end(),
                    year,
                    month,
                    _verb(event.group(0)),
                    _sentence(text, m.start()),
                    relative,
                )
            )
    for pattern, relative in ((_RELATIVE_EN, True), (_ABSOLUTE_EN, False)):
        for m in pattern.finditer(text):
            sentence = _sentence(text, m.start())
            near = (max(sentence[0], m.start() - EVENT_NEAR_EN), min(sentence[1], m.end() + EVENT_NEAR_EN))
            events = {e.group(0).lower() for e in _EVENT_EN.finditer(text, *near)}
            if len(events) != 1:
                continue  # no event, or several: which one the date is of is unknown
            if relative:
                if published is None:
                    continue
                year = published.year + _OFFSETS[m.group(1).lower()]
                month = None if m.group(2).lower() == "year" else _month(m.group(2))
                if month is not None and m.group(1).lower() == "last" and month >= published.month:
                    continue  # "last September" in a paper of March is last year's; in November, this year's
            else:
                year, month = int(m.group(2)), _month(m.group(1))
            found.append(_Mention(document, m.start(), m.end(), year, month, events.pop(), sentence, relative))
    return found


def _verb(event: str) -> str:
    """The event word that names the event (完成提标改造 → 完成…改造, 通过省级审定 → 通过…审定)."""
    if event.startswith("完成") and event.endswith("改造"):
        return "完成改造"
    if event.startswith("通过"):
        return "通过" + event[-2:]
    return event


def _same_event(a: _Mention, b: _Mention) -> bool:
    if a.event != b.event or a.chinese != b.chinese:
        return False
    if a.month is not None and b.month is not None and a.month != b.month:
        return False
    if a.chinese:
        return len(a.pairs & b.pairs) >= MIN_SHARED_PAIRS
    return len(a.words & b.words) >= MIN_SHARED_WORDS


# What a place or facility's name ends with (污水处理厂, 高铁站, 交易中心, 扩建工程).
_FACILITY_END = lazy_compile(
    r"(?:厂|站|港|馆|校|院|园|场|桥|镇|村|县|市|区|中心|工程|项目|基地|码头|水库|公园|医院|学校)$"
)
_FUNCTION_CN = frozenset("的这该座个家所在于了和及与将已年月日是为由其")
_HAN_RUN = lazy_compile(r"[\u4e00-\u9fff]{3,}")
MIN_NAME_CN = 3


def _common_names(a: str, b: str) -> list[str]:
    """Runs of at least MIN_NAME_CN Chinese characters that both texts hold, longest first, none inside another."""
    found: list[str] = []
    for run in _HAN_RUN.findall(a):
        for size in range(len(run), MIN_NAME_CN - 1, -1):
            for begin in range(len(run) - size + 1):
                piece = run[begin : begin + size]
                if piece in b and not any(piece in longer for longer in found):
                    found.append(piece)
    return found


def _prefixes(text: str, sentence: tuple[int, int], name: str) -> set[str]:
    """The two characters right before each use of `name` in the sentence that name it apart (城西污水处理厂);
    when the sentence only refers back to it (这座…的污水处理厂), those of the sentence before."""
    for start, end in (sentence, (_sentence(text, max(0, sentence[0] - 2))[0], sentence[0])):
        found = set()
        position = text.find(name, start, end)
        while position != -1:
            before = text[max(start, position - 2) : position]
            if len(before) == 2 and all("\u4e00" <= ch <= "\u9fff" and ch not in _FUNCTION_CN for ch in before):
                found.add(before)
            position = text.find(name, position + 1, end)
        if found:
            return found
    return set()


def _different_subjects(a: _Mention, b: _Mention) -> bool:
    """A name both sentences hold, with another name right before it on each side: 城西污水处理厂 and (这座…的)
    南湖污水处理厂 are two plants."""
    text_a, text_b = a.document.visible_text, b.document.visible_text
    for name in _common_names(text_a[slice(*a.sentence)], text_b[slice(*b.sentence)]):
        if name[0] in _FUNCTION_CN or not _FACILITY_END.search(name):
            continue  # only a place or a facility is told apart by the name before it
        first, second = _prefixes(text_a, a.sentence, name), _prefixes(text_b, b.sentence, name)
        if first and second and not first & second:
            return True
    return False


def run(audit: Audit):
    from auditor.published import publication_date

    mentions = []
    for document in audit.documents.values():
        mentions.extend(_mentions(document, publication_date(document)))
    by_event = defaultdict(list)
    for mention in mentions:
        by_event[mention.event].append(mention)
    for event, group in sorted(by_event.items()):
        stated = [m for m in group if not m.relative]
        for relative in (m for m in group if m.relative):
            if any(m.document is relative.document and m.sentence == relative.sentence for m in stated):
                continue  # "The terminal, which opened in 1998, turned 25 last year": the sentence dates two things
            same = [m for m in stated if _same_event(relative, m) and not _different_subjects(relative, m)]
            years = {m.year for m in same}
            if len(years) != 1 or relative.year in years:
                continue  # not stated, stated in several years (a yearly event), or stated alike
            first = min(same, key=lambda m: (m.document.path, m.start))
            yield _finding(relative, first, event)


def _finding(relative: _Mention, stated: _Mention, event: str) -> Finding:
    from auditor.published import publication_date

    document, other = relative.document, stated.document
    text, other_text = document.visible_text, other.visible_text
    written = text[relative.start : relative.end]
    written_other = other_text[stated.start : stated.end]
    published = publication_date(document)
    chinese = relative.chinese
    resolved = (
        f"{relative.year}年" + (f"{relative.month}月" if relative.month else "") if chinese else str(relative.year)
    )
    line = other.position(stated.start)[0]
    where = f"{other.path}:{line}" if other.path != document.path else f"line {line}"
    shown_event = event.replace("完成改造", "完成…改造")
    message = (
        f'"{written}" is {resolved} in an article published {published.isoformat()}, but "{written_other}" dates '
        f"the same event ({shown_event}) at {where}"
    )
    sentence = _sentence(text, relative.start)
    other_sentence = _sentence(other_text, stated.start)
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=message,
        location=document.figure_location(*sentence, relative.start, relative.end, "relative date"),
        related=(other.figure_location(*other_sentence, stated.start, stated.end, "stated date"),),
        evidence=(
            ("relative date", f"{written} → {resolved} (published {published.isoformat()})"),
            ("stated date", f"{written_other} ({where})"),
            ("event", shown_event),
        ),
        assumption="the two sentences date one event: the same event word and names in common",
        identity=f"{written}\x1f{written_other}\x1f{event}",
    )


CHECK = Check(
    id="discovered-event-date",
    severity=Severity.WARNING,
    summary="An event dated by a relative date (去年12月, last year) in another year than another sentence states",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
