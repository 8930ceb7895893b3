"""A part and its share that imply a total the article states otherwise (found without claims).

## What it flags
A part printed with its share of a total whose figure its sentence does not
give (`云溪古镇景区接待游客152.3万人次，占全县总量的39.4%`, `Schools received $50.5
million, or 60% of all property taxes`), when part ÷ share, with both read at
the ends of their rounding, cannot give the total the article states in
another sentence (`全年全县共接待游客386.5万人次`). The total is the one figure of
the article, in another sentence, measured like the part and larger than it,
that the share's whole names:
- Chinese: the whole between 占 and 的 (全县茶叶产值, 全县旅游收入) less its
  place and 总量 / 总额 / 总数; when that leaves nothing (占全县总量的, 占36%),
  the last two characters of the part's own label (接待游客 → 游客, 工业投资 →
  投资), right before the total;
- English: the words after `of` (`of all property taxes` → property taxes)
  in the total's sentence.
With two or more such totals (a year and a half-year, two places) nothing is
judged.

A share of a fixed whole (总投资, 全长, 总面积, 总库容…: one size whatever the
article's date) that its own article does not state is measured against the
one figure the other articles of the run state for it, in a sentence that
also names something (four Chinese characters or more) the share's article
names (`总投资32.68亿元的石鹞引水工程` for `省级补助资金6.5亿元，占工程总投资的21.9%` in
another article about 石鹞引水工程); several values, or none named alike, and
nothing is judged.

A share whose whole is printed with it (`…for 4,050 locations, or 95.4 percent of
the $6.5 million set aside`) is discovered-share-of's, and implies no other total.

A share that fits a total the article states anywhere (`全国人口共141178万人` for
`15—59岁人口为89438万人，占63.35%`) is not measured against another figure of
that unit (`家庭户人口为129281万人`).

## Why it matters
A share and its part fix the total; when the article prints another total,
one of the three is wrong (a transposed total, a share slipped by a digit).

## Example
`全年全县共接待游客368.5万人次。其中，云溪古镇景区接待游客152.3万人次，占全县总量的39.4%。`:
152.3万人次 ÷ 39.4% = 386.5万人次, not 368.5万人次.

## How to fix
Check the part, its share and the total at their sources and correct the one
that is wrong.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._derived import PERCENT_UNITS, bounds, measures_alike, overlaps
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile
from auditor.text import HAN

# The share right after its part: "152.3万人次，占全县总量的39.4%", "46.3亿元，占36%", "$50.5 million, or 60% of".
_SHARE_CN = lazy_compile(r"^[，,]\s{0,2}(?:占到?|占比为?)([^，,。；;\d]{0,14}?)的?\s{0,2}$")
_SHARE_EN = lazy_compile(r"(?i)^,?\s{1,2}(?:or|about|nearly|roughly|some)?\s{0,2}$")
_OF_WHOLE_EN = lazy_compile(r"(?i)\s{1,2}of\s{1,2}(?:all\s|the\s|its\s|their\s)?((?:[a-z'’-]+\s?){1,3})")
_PLACE = lazy_compile(r"^(?:全国|全省|全区|全市|全县|全镇|全乡|全村|全州|全盟|全旗|全部|全年|全)")
_GENERIC = lazy_compile(r"(?:总量|总额|总数|总计|合计|全部|总体|总)$")
_LABEL_BEFORE = lazy_compile("[" + HAN + "]{2,8}$")
# "60% of the total", "of the whole": no name to find the total by.
_OF_FIGURE_EN = lazy_compile(r"(?i)\s{1,2}of\s{1,2}(?:all\s|the\s|its\s|their\s)?[$€£¥]?\d")
_GENERIC_EN = frozenset({"total", "whole", "sum", "overall", "amount", "budget", "figure", "money", "funds"})
_YEAR = lazy_compile(r"(?:19|20)\d\d(?=年|\b)")
_SHARE_AFTER = lazy_compile(r"[，,]\s{0,2}(?:占|or\s)")
_CHANGE = lazy_compile(r"增长|下降|提高|降低|同比|环比|(?i:\b(?:up|down|rose|fell|increase|decrease|growth)\b)")


def _key(reading, part_index: int, share_index: int, text: str) -> tuple[str, str] | None:
    """("cn", key) or ("en", key): the words that must stand at the total."""
    part, share = reading.figures[part_index], reading.figures[share_index]
    between = text[part.end : share.start]
    chinese = _SHARE_CN.match(between)
    if chinese is not None:
        named = chinese.group(1).strip()
        place = _PLACE.match(named)
        whole = _GENERIC.sub("", _PLACE.sub("", named))
        if len(whole) >= 2:
            return "cn", whole, place.group(0) if place else ""
        label = _LABEL_BEFORE.search(text, max(0, part.start - 8), part.start)
        return ("cn", label.group(0)[-2:], place.group(0) if place else "") if label else None
    if _SHARE_EN.match(between):
        if _OF_FIGURE_EN.match(text, share.end):
            return None  # "…, or 95.4 percent of the $6.5 million set aside": its whole is printed with it
        of = _OF_WHOLE_EN.match(text, share.end)
        if of is not None:
            key = " ".join(of.group(1).split()).lower()
            if key.split()[0] not in _GENERIC_EN:
                return "en", key, ""
    return None


def _named_totals(reading, part, key, language, place, share_years, passage_of=None, passage=None) -> list[int]:
    """The figures of `reading` that can be the whole a share names: measured like the part and larger, no
    change, no part with its own share, named by the key (and the place), of the share's year if both state one;
    figures in the share's own passage (`passage`) are its siblings, not its whole."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    totals = []
    for index, figure in enumerate(reading.figures):
        if passage is not None and passage_of.get(id(reading.sentence_of(index))) == passage:
            continue  # in the share's own passage (；-joined), figures are its siblings, not its whole
        if not comparable(figure) or _SHARE_AFTER.match(text, figure.end):
            continue  # a part with its own share (5.9亿元，占36.6%) is no total
        if figure.kind != "quantity" or not measures_alike(figure, part) or figure.nominal <= part.nominal:
            continue
        if figure.direction is not None:
            continue
        around = reading.sentence_of(index)
        years = set(_YEAR.findall(text, around.start, around.end))
        if share_years and years and not share_years & years:
            continue  # a total of another year
        if language == "cn":
            # 占全县总量的: the total names the place too (全县共接待游客…), not another project's 总投资.
            before = text[max(0, figure.start - 20) : figure.start]
            named = key in text[max(0, figure.start - 10) : figure.start] and (not place or place in before)
        else:
            named = key in " ".join(text[around.start : around.end].lower().split())
        if named:
            totals.append(index)
    return totals


def _shares_of_named_wholes(reading):
    """(part index, share index, (key, language, place), share years, totals in the article) for each part
    printed with its share of a whole named, not printed, in its sentence."""
    from auditor.discovery import comparable
    from auditor.discovery import passages as passages_of

    text = reading.document.visible_text
    figures = reading.figures
    # Each sentence's passage (its ；-joined neighbours), found once rather than per share and per figure.
    passage_of = {id(sentence): number for number, passage in enumerate(passages_of(reading)) for sentence in passage}
    for share_index, share in enumerate(figures):
        if share.unit not in PERCENT_UNITS or share.kind not in ("percent", "share", "quantity"):
            continue
        sentence = reading.sentence_of(share_index)
        clause = reading.clause_of(share_index)
        if _CHANGE.search(text, clause.start, share.end):
            continue
        before = [i for i in reading.figures_in(sentence.start, share.start) if comparable(figures[i])]
        if not before or figures[before[-1]].unit in PERCENT_UNITS:
            continue
        part_index = before[-1]
        part = figures[part_index]
        found = _key(reading, part_index, share_index, text)
        if found is None:
            continue
        language, key, place = found
        share_years = set(_YEAR.findall(text, sentence.start, sentence.end))
        if any(
            measures_alike(figures[i], part) and figures[i].nominal > part.nominal
            for i in reading.figures_in(sentence.start, sentence.end)
            if i != part_index
        ):
            continue  # the whole is printed in the sentence: discovered-share-of judges it
        totals = _named_totals(
            reading, part, key, language, place, share_years, passage_of, passage_of.get(id(sentence))
        )
        yield part_index, share_index, (key, language, place), share_years, totals


def _implied(reading):
    """(part index, share index, total index) for each part and share whose whole the article states elsewhere."""
    for part_index, share_index, _, _, totals in _shares_of_named_wholes(reading):
        if len({reading.figures[i].nominal for i in totals}) == 1:
            yield part_index, share_index, totals[0]


# Wholes that are one fixed size whatever the article's date: a project's total investment, a line's length.
_CONSTANT_WHOLES = lazy_compile(r"^(?:工程|项目|概算)?(总投资|全长|总长|总里程|总面积|总库容|总建筑面积)$")


_NAME_RUN = lazy_compile("[" + HAN + "]{4,}")
MIN_COMMON_NAME = 4


def _names_in_common(other, index: int, text: str, key: str) -> bool:
    """The total's sentence names, in four Chinese characters or more besides the whole's own word, something the
    share's article names too (石鹞引水工程)."""
    sentence = other.sentence_of(index)
    for run in _NAME_RUN.findall(other.document.visible_text, sentence.start, sentence.end):
        for piece in run.replace(key, "|").split("|"):
            for size in range(len(piece), MIN_COMMON_NAME - 1, -1):
                if any(piece[i : i + size] in text for i in range(len(piece) - size + 1)):
                    return True
    return False


def _implied_across(readings):
    """(reading, part index, share index, other reading, total index) for each share of a fixed whole
    (总投资, 全长) that its own article does not state, when the other articles of the run state it once, alike."""
    for reading in readings:
        for part_index, share_index, (key, language, place), share_years, totals in _shares_of_named_wholes(reading):
            constant = None if totals or language != "cn" else _CONSTANT_WHOLES.match(key)
            if constant is None:
                continue
            part = reading.figures[part_index]
            found = [
                (other, index)
                for other in readings
                if other is not reading
                # 占工程总投资的 is of the 总投资 the other articles state, whatever they call the project
                for index in _named_totals(other, part, constant.group(1), language, place, share_years)
                # …of the project this article names (总投资32.68亿元的石鹞引水工程: 石鹞引水工程 is named here too)
                if _names_in_common(other, index, reading.document.visible_text, constant.group(1))
            ]
            if found and len({other.figures[index].nominal for other, index in found}) == 1:
                other, index = min(found, key=lambda pair: (pair[0].document.path, pair[1]))
                yield reading, part_index, share_index, other, index


def run(audit: Audit):
    from auditor.discovery import reading_of

    readings = [reading_of(audit, document) for document in audit.documents.values()]
    for reading in readings:
        for part_index, share_index, total_index in _implied(reading):
            found = _judged(reading, part_index, share_index, reading, total_index)
            if found is not None:
                yield found
    for reading, part_index, share_index, other, total_index in _implied_across(readings):
        found = _judged(reading, part_index, share_index, other, total_index)
        if found is not None:
            yield found


def _judged(reading, part_index: int, share_index: int, other, total_index: int) -> Finding | None:
    """The finding for a part and its share whose implied total misses the total `other` (this reading, or
    another article's) states; None when it fits, or fits another figure of this article."""
    from auditor.formatting import format_like

    document = reading.document
    part, share = reading.figures[part_index], reading.figures[share_index]
    total = other.figures[total_index]
    part_low, part_high = bounds(part)
    share_low, share_high = bounds(share)
    if None in (part_low, part_high, share_low, share_high) or share_low <= 0:
        return None
    implied = (part_low * 100 / share_high, part_high * 100 / share_low)
    if overlaps(bounds(total), implied):
        return None
    if any(
        figure.kind == "quantity" and measures_alike(figure, part) and overlaps(bounds(figure), implied)
        for figure in reading.figures
    ):
        return None  # the total it implies is stated too (全国人口共141178万人): the share fits that one
    shown = format_like(part.nominal * 100 / share.nominal, total, rounded=True)
    line = other.document.position(total.start)[0]
    where = f"line {line}" if other is reading else f"{other.document.path}:{line}"
    article = "the article gives" if other is reading else "the run gives"
    sentence = reading.sentence_of(share_index)
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=f'{part.text} at {share.text} implies a total of {shown}, but {article} "{total.text}" ({where})',
        location=document.figure_location(sentence.start, sentence.end, share.start, share.end, "share"),
        related=(
            document.figure_location(part.start, part.end, part.start, part.end, label="part"),
            other.document.figure_location(total.start, total.end, total.start, total.end, label="total"),
        ),
        evidence=(
            ("part", part.text),
            ("share", share.text),
            ("implied total", f"{part.text} ÷ {share.text} = {shown}"),
            (
                "within rounding",
                f"{format_like(implied[0], total, rounded=True)} to {format_like(implied[1], total, rounded=True)}",
            ),
            ("stated total", total.text if other is reading else f"{total.text} ({where})"),
        ),
        values=(FigureValue.of("part", part), FigureValue.of("share", share), FigureValue.of("total", total)),
        assumption="the share is of the one total the article states for what its whole names"
        if other is reading
        else "the share is of the one fixed whole (总投资, 全长) the other articles of the run state alike",
        identity=f"{part.text}\x1f{share.text}\x1f{total.text}",
    )


CHECK = Check(
    id="discovered-implied-total",
    severity=Severity.WARNING,
    summary="A part and its share that imply a total the article states otherwise (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
