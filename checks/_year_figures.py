"""The figure a run states for one thing over one period (a whole year, or a part of one), looked up across
every article of the series; shared by the checks that need a period's figure the sentence does not print
(discovered-years-total adds the years of a total up; discovered-base-restated compares a comparison's base
with its period's figure; discovered-period-share divides a part of a year's figure by the year's;
discovered-rest-of-year takes the part before from the whole), and what an English figure of one counts (english_key).

A period's figure is a quantity, not a change, a plan, an average or a share, told after its period ended,
not a neighbour's (a place the series once calls a neighbour, 相邻的沙河县 or "Neighboring Kessel Township",
is a neighbour in every article of it that does not name it as its own) and not a comparison's base read as its sentence's year (比2022年的
3.24万亩 is 2022's). When the figures found for a period disagree, the ones that name the thing alone decide,
then the ones in the reporter's own words; if they still disagree, the period has no one figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.patterns import lazy_compile

KEY_REACH = 16  # characters before a period's figure in which the thing's words must stand
_NOT_A_PERIOD_FIGURE = frozenset({"plan", "change", "average", "per-capita", "share"})
WHOLE_YEAR = (None, "1-12")

# Between the thing and a period's figure, only a verb of reaching (网络零售额为, 发电量达到).
_REACHING_AFTER_KEY = lazy_compile(
    r"(?:量|总量|额|总额)?(?:累计|合计|共计|总计|共|达到|达|为|实现|完成|有|是|了)*[ \t]{0,2}$"
)
# What may stand before the thing in a period's clause and still leave it the thing itself: a verb, a time,
# the place (全县, 鹭屏县) and the body the figure is of.
# (新增 is no verb here: 新增充电桩1246个 counts the ones added, not 充电桩 all told)
_LEAD_VERB = lazy_compile(r"(?:实现|完成|累计|共|建成|有)$")
_LEAD_TIME = lazy_compile(r"(?:全年|去年|今年|上年|当年|年度|上半年|下半年|年)$")
_LEAD_PLACE = lazy_compile(r"(?:[全本该][省市县区州镇乡])$")
_NAMED_PLACE = lazy_compile(r"[\u4e00-\u9fff]{2}[省市县]$")
_HAN_RUN_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{0,20}$")
_WORD_BEFORE = lazy_compile(r"([A-Za-z]{2,20})[ \t]{1,2}\$?$")


# A capacity named right before a figure: 日供餐能力, 日处理能力达, "a capacity of".
_CAPACITY_BEFORE = lazy_compile(r"(?:能力|产能)(?:为|达到?|约|超过|合计)?[ \t]{0,2}$|(?i:\bcapacity[ \t]of[ \t]{1,2}$)")


# What an amount of money is of, in the words after it: "$4.86 million in parking revenue" → parking revenue.
_NOT_A_NOUN_EN = r"(?!(?:in|from|for|and|during|last|this|over|up|down|at|by|to|on|the|a|an)\b)"
_MONEY_OF_AFTER = lazy_compile(
    r"[ \t]{1,2}in[ \t]{1,2}(" + _NOT_A_NOUN_EN + r"[a-z]{2,20}(?:[ \t]" + _NOT_A_NOUN_EN + r"[a-z]{2,20}){0,2})\b"
)


def english_key(text: str, figure, clause_end: int) -> str | None:
    """What an English figure counts: its unit's noun (passengers, items, calls), or for money the words after
    "in" ("$4.86 million in parking revenue"); None when neither is written."""
    unit = figure.written_unit
    if unit and unit.isascii() and unit[-1:].isalpha():
        return unit.lower().split()[-1]
    if figure.dimension.startswith("[currency"):
        found = _MONEY_OF_AFTER.match(text, figure.end, clause_end)
        if found is not None:
            return "money in " + found.group(1)
    return None


@dataclass(frozen=True)
class Stated:
    """One figure a run states for a period: where it is, whether its words name the thing alone and
    whether the reporter says it (not a quotation)."""

    reading: object
    index: int
    alone: bool
    own_words: bool

    @property
    def figure(self):
        return self.reading.figures[self.index]


def names_it_alone(text: str, clause_start: int, figure, key: str, scope: str = "", homes=frozenset()) -> bool:
    """Whether a Chinese figure counts exactly `key`: the key right before it, with nothing before the key in
    its words but a verb, a time, the home place (全县, or one of `homes`: 鹭屏县; not 经开区, 城关镇, 桐溪县) or
    `scope` (全县农产品网络零售额 is a part of 全县网络零售额; 风电发电 a part of 发电)."""
    at = text.rfind(key, max(clause_start, figure.start - KEY_REACH), figure.start)
    if at < 0 or not _REACHING_AFTER_KEY.fullmatch(text, at + len(key), figure.start):
        return False
    lead = _HAN_RUN_BEFORE.search(text, max(clause_start, at - 20), at).group(0)
    while lead:
        if scope and lead.endswith(scope):
            lead = lead[: -len(scope)]
            continue
        for pattern in (_LEAD_VERB, _LEAD_TIME, _LEAD_PLACE):
            found = pattern.search(lead)
            if found is not None:
                lead = lead[: found.start()]
                break
        else:
            named = _NAMED_PLACE.search(lead)
            if named is None or named.group(0) not in homes:
                return False
            lead = lead[: named.start()]
    return True


def word_before(text: str, position: int) -> str | None:
    """The English word right before a figure ("collected" in "collected 48,260 units"), lowercased."""
    found = _WORD_BEFORE.search(text, max(0, position - 24), position)
    return found.group(1).lower() if found else None


def year_over(year: int, publication) -> bool:
    """Whether a year had ended when its article was published (a whole year's figure told before its end is a
    plan or a forecast, whatever its words); an undated article's years are taken as over."""
    return publication is None or year < publication.year


def one_value(found: list[Stated]) -> list[Stated] | None:
    """The figures that state one period's value, when they agree: all of them, else those that name the thing
    alone, else those of these told in the reporter's own words (a figure recalled in a quotation is the
    likelier slip). None when the ones left still disagree, or none is left."""
    for keep in (lambda hit: True, lambda hit: hit.alone, lambda hit: hit.alone and hit.own_words):
        kept = [hit for hit in found if keep(hit)]
        values = {hit.figure.nominal for hit in kept}
        if len(values) == 1:
            return kept
        if not values:
            return None
    return None


def earliest(found: list[Stated]) -> Stated:
    """The first of agreeing figures in the run's order (by path, then place): the one a finding points at."""
    return min(found, key=lambda hit: (hit.reading.document.path, hit.index))


class RunFigures:
    """The figures of every article of a run, with what is needed to say which period each is of."""

    def __init__(self, audit):
        from auditor.discovery import reading_of
        from auditor.discovery.frames import neighbours_named

        self.readings = [reading_of(audit, document) for document in audit.documents.values()]
        self.neighbours = {name for r in self.readings for name in neighbours_named(r.document.visible_text)}
        self._period_indexes: dict[int, object] = {}
        self._homes: dict[int, frozenset[str]] = {}

    def homes(self, reading) -> frozenset[str]:
        """The places an article names as its own (home_places), read once per article."""
        from auditor.discovery.frames import home_places

        found = self._homes.get(id(reading))
        if found is None:
            found = self._homes[id(reading)] = home_places(reading)
        return found

    def periods_of(self, reading):
        """A document's time expressions, read only for documents that hold a candidate figure."""
        from auditor.discovery.frames import PeriodIndex
        from auditor.published import publication_date

        found = self._period_indexes.get(id(reading))
        if found is None:
            found = self._period_indexes[id(reading)] = PeriodIndex(reading, publication_date(reading.document))
        return found

    def period_of(self, reading, index: int) -> tuple[int | None, str | None]:
        """(year, part of the year) a figure is of; a comparison's base is of its own period (比2022年的3.24万亩
        is 2022's, whatever year its sentence reports). The year is None unless a calendar year is known."""
        periods = self.periods_of(reading)
        text = reading.document.visible_text
        figure = reading.figures[index]
        sentence_index, clause_index = reading.places[index]
        sentence = reading.sentences[sentence_index]
        base = periods.base_before(text, figure.start)
        if base is not None:
            return (int(base.year) if str(base.year).isdigit() else None), base.part
        period = periods.period_before(reading, figure.start, sentence_index)
        clause = sentence.clauses[clause_index]
        if figure.text.isascii():
            # "188 homes in the first six months of 2024": an English amount's part of the year stands after it
            after = periods.part_after(text, figure.end, clause.end)
            if after is not None and after.year is not None and after.year.isdigit():
                return int(after.year), after.part  # (its own year, over a dateline's)
            if after is not None:
                period = type(period)(period.year, after.part)
            own = periods.period_after(text, figure.end, clause.end, of_phrase=True)
            if own is not None and str(own).isdigit():
                # "up 11.4 percent from 468,300 pounds in 2023": the year right after an English amount is its
                # own, over the one its sentence opens with
                return int(own), period.part
        year = period.year
        if year is None or periods.dateline_year(sentence.start, figure.start):
            # "(Feb. 4, 2025) — … handled 612,480 passengers in 2024": the year after it, not the dateline's
            year = periods.period_after(text, figure.end, clause.end, of_phrase=True) or (
                None if year is not None and periods.dateline_year(sentence.start, figure.start) else year
            )
        return (int(year) if year is not None and str(year).isdigit() else None), period.part

    def stated(self, like, wanted, skip=None, kinds=("quantity",), homes=frozenset(), needle=None):
        """Each figure of the run measuring what `like` measures (any, for None) that `wanted(reading, index, sentence, clause)`
        accepts (the caller's words), and is a period's own figure: not a change, plan, average or share, not
        a neighbour's; `skip` is a (reading, sentence index) whose figures are not looked at; `kinds`, the
        figure kinds wanted (quantities; percentages too for a rate); `homes`, the places the asking article
        names as its own (a series may call them a neighbour in another place's article); `needle`, words a
        document must hold for any of its figures to be wanted (read first, to pass most documents by)."""
        from auditor.discovery import comparable
        from auditor.discovery.frames import kinds_of, neighbour_named, plan_carried

        for reading in self.readings:
            text = reading.document.visible_text
            if needle is not None and needle not in text:
                continue
            for index, figure in enumerate(reading.figures):
                if skip is not None and reading is skip[0] and reading.places[index][0] == skip[1]:
                    continue
                if (
                    figure.kind not in kinds
                    or figure.direction is not None
                    or figure.qualifier
                    or not comparable(figure)
                    or (like is not None and not figure.same_dimension(like))
                ):
                    continue
                sentence = reading.sentences[reading.places[index][0]]
                clause = sentence.clauses[reading.places[index][1]]
                if not wanted(reading, index, sentence, clause):
                    continue
                if kinds_of(text, clause.start, figure, clause.end) & _NOT_A_PERIOD_FIGURE:
                    continue  # 计划投资10.2亿元: a plan; a change, an average or a share is no period's amount
                if _CAPACITY_BEFORE.search(text, max(clause.start, figure.start - 6), figure.start):
                    continue  # 日供餐能力9.6万份, 年处理能力: what can be done in a day or a year, not what was done
                if plan_carried(text, sentence.start, clause.start):
                    continue  # 力争…，全年发电量达到46亿千瓦时: the plan's words stand in an earlier clause
                if neighbour_named(text, sentence.start, figure.start, self.neighbours - homes):
                    continue  # 与鹭屏相邻的沙河县…去年网络零售额21.7亿元, "Kessel Township answered 3,020 calls"
                yield reading, index, sentence, clause

    def in_year(self, reading, index: int, years) -> int | None:
        """The whole year, one of `years`, a figure is of, told after that year ended; else None."""
        year, part = self.period_of(reading, index)
        if year is None or year not in years or part not in WHOLE_YEAR:
            return None
        return year if year_over(year, self.periods_of(reading).publication) else None
