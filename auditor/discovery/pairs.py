"""Candidate pairs by rare shared shingles, their similarity and confidence, and the judgement of each."""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from fractions import Fraction
from itertools import chain, combinations
from operator import mul
from typing import TYPE_CHECKING

from auditor.collector import cycle_collector_paused
from auditor.discovery.frames import (
    HOME,
    PLAN_VS_OUTCOME,
    PLAN_WORDS,
    Frame,
    absolute_year,
    fixed_whole,
    frame_factor,
    frames_disagree,
    homes_apart,
    names_home,
    over_listed_years,
    parallel_homes,
    subject_names,
    year_to_date_alike,
)
from auditor.discovery.reading import Reading, reading_of
from auditor.discovery.values import (
    MAX_DECIMALS,
    digit_string,
    magnitude_moved,
    significant_digits,
    slipped,
    transposed,
    value_factor,
    values_disagree,
    written_value,
)
from auditor.discovery.vetoes import Alignment, align
from auditor.discovery.windows import (
    BOUNDARY,
    CALENDAR_KINDS,
    ENGLISH_STOPWORDS,
    MARKERS,
    STOP_CHARACTERS,
    Chunk,
    Site,
    build_site,
    comparable,
    group_key,
    shingles,
)
from auditor.figures.model import COUNTED_DIMENSIONS
from auditor.figures.numerals import ORDINAL_PATTERN, chinese_integer, ordinal_value
from auditor.patterns import lazy_compile

if TYPE_CHECKING:
    from auditor.audit import Audit
    from auditor.figures import Figure

# Candidate generation: shingles shared by more sites than this are not indexed (too common to block on),
# nor shingles weighing less than INDEXED_WEIGHT (function words, the clause after the figure).
MAX_POSTING = 20
# Three, not two: two rare shingles are shared by chance more often the larger the collection (judged pairs
# grew 23× for 10× the data), while a restatement shares its naming phrase, which is many shingles.
MIN_SHARED_SHINGLES = 3
MAX_CANDIDATES = 20
INDEXED_WEIGHT = 0.5

# Similarity (soft containment, 0-1) mapped linearly onto confidence between these two values.
SIMILARITY_FLOOR = 0.12
SIMILARITY_FULL = 0.5


# --- conflicts ---------------------------------------------------------------------

# The weight at which the smaller window's unshared wording counts against a pair, and the pseudo-weight
# added to the similarity's denominator so that tiny windows ("自@", "陈晓东摄@") never look alike: the
# weight of SMOOTHING_SHINGLES shingles shared by two windows of the collection (it grows with the collection,
# as IDF weights do).
UNSHARED_WEIGHT = 0.3
SMOOTHING_SHINGLES = 4
# A third figure carrying this share of the wording a pair shares can make the pair ambiguous (Pairs.ambiguous).
AMBIGUITY_COVERAGE = 0.8


@dataclass(frozen=True)
class Conflict:
    first: Site
    second: Site
    similarity: float
    value_factor: float
    confidence: float
    shared: tuple[str, ...]


# Far above the rounding error of a sum of a few hundred weights, far below any difference that matters.
SIMILARITY_MARGIN = 1e-9

# IDF treats a collection smaller than this as if it had this many sites: in three short documents every
# shingle is "rare", and a shingle two of them share would otherwise weigh less than one they do not.
MIN_COLLECTION = 50


class InverseFrequencies(dict):
    """IDF per shingle, log(1 + N / df), computed on first lookup: a part of the work reads its own sites'
    shingles only, and a whole collection has about a million distinct ones."""

    def __init__(self, frequency: Counter[str], total: int):
        super().__init__()
        self.frequency = frequency
        self.total = total

    def __missing__(self, gram: str) -> float:
        if gram not in self.frequency:
            raise KeyError(gram)
        value = self[gram] = math.log(1 + self.total / self.frequency[gram])
        return value


def idf_weights(all_shingles: list[dict[str, float]], frequency: Counter[str] | None = None) -> InverseFrequencies:
    """IDF of the shingles of `all_shingles` (N windows, at least MIN_COLLECTION); `frequency`: how many
    windows carry each shingle, when already counted."""
    if frequency is None:
        frequency = Counter(chain.from_iterable(all_shingles))
    return InverseFrequencies(frequency, max(len(all_shingles), MIN_COLLECTION))


def smoothing(collection: int) -> float:
    """SMOOTHING_SHINGLES times the IDF of a shingle that two windows of a collection of this size share."""
    return SMOOTHING_SHINGLES * math.log(1 + max(collection, MIN_COLLECTION) / 2)


def similarity(
    a: dict[str, float],
    b: dict[str, float],
    idf: dict[str, float],
    total_a: float | None = None,
    total_b: float | None = None,
    smooth: float | None = None,
) -> float:
    """Soft containment of two shingle sets (0-1): S / (S + β·U + smoothing).

    `smooth` defaults to the smoothing of the smallest collection (`smoothing(MIN_COLLECTION)`).

    Each shingle weighs its IDF times its clause weight (the figure's own clause
    counts more than the clauses around it). S is the weight the two windows
    share; U is the weight of the smaller window they do not share, counted at
    β (UNSHARED_WEIGHT) because a restatement rewords freely around the name it
    repeats ("工作组成立的“通伊”教育基金首期筹得" / "工作组成立“通伊”教育基金,沟通协调…捐赠启动资金").
    """
    if total_a is None:
        total_a = sum(idf[g] * w for g, w in a.items())
    if total_b is None:
        total_b = sum(idf[g] * w for g, w in b.items())
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = sum(idf[g] * min(w, large[g]) for g, w in small.items() if g in large)
    unshared = max(min(total_a, total_b) - shared, 0.0)
    if smooth is None:
        smooth = smoothing(MIN_COLLECTION)
    return shared / (shared + UNSHARED_WEIGHT * unshared + smooth)


def confidence_of(sim: float, factor: float) -> float:
    scaled = (sim - SIMILARITY_FLOOR) / (SIMILARITY_FULL - SIMILARITY_FLOOR)
    return max(0.0, min(1.0, scaled)) * factor


# What happened in a year: a year is compared as the date of an event (成立于2022年, opened in 2019) only when
# its clause names one; otherwise it names the period its sentence is about (2025年一般公共预算收支情况,
# 2023年，全县…), and two periods are no conflict.
_EVENT_WORDS = re.compile(
    "成立|建成|建立|创建|创办|设立|组建|开工|竣工|完工|启动|举办|召开|开通|通车|投产|开业|开馆|落成|签约|签订|落户|"
    "获评|评为|入选|挂牌|揭牌|上线|实施|出台|发布|印发|颁布|批准|开始|结对|"
    r"(?i:\b(?:founded|opened|built|established|launched|completed|began|started|signed|approved|created|"
    r"held|introduced|passed|enacted|named|won)\b)"
)


def _dated_event(reading: Reading, index: int) -> bool:
    figure = reading.figures[index]
    if figure.kind != "year":
        return True
    sentence = reading.sentence_of(index)
    return _EVENT_WORDS.search(reading.document.visible_text, sentence.start, sentence.end) is not None


def document_sites(reading: Reading) -> list[Site]:
    """The windows of one document's comparable figures (its text tokenized once for all of them)."""
    chunks: dict[tuple[int, int], Chunk] = {}
    return [
        build_site(reading, index, chunks)
        for index, figure in enumerate(reading.figures)
        if comparable(figure) and _dated_event(reading, index)
    ]


def sites_of(audit: "Audit") -> list[Site]:
    """Every comparable figure of the audit's documents in its window (computed once per audit)."""
    key = ("discovery-sites",)
    cache = audit._quote_cache
    if key not in cache:
        sites = []
        for document in audit.documents.values():
            sites.extend(document_sites(reading_of(audit, document)))
        cache[key] = sites
    return cache[key]


class Pairs:
    """Candidate pairs of sites, their similarity and vetoes (similarities and alignments computed lazily, once)."""

    def __init__(
        self, sites: list[Site], grams: list[dict[str, float]] | None = None, frequency: Counter[str] | None = None
    ):
        """`grams`: the sites' shingles, and `frequency`: how many sites carry each, when already computed
        (by `prepare_documents` in the workers, and `adopt_prepared`)."""
        self.sites = sites
        self.grams = [shingles(site) for site in sites] if grams is None else grams
        self.idf = idf_weights(self.grams, frequency)
        self.smooth = smoothing(len(sites))
        self.neighbours: dict[int, set[int]] = defaultdict(set)
        self._totals: dict[int, float] = {}
        self._similarities: dict[tuple[int, int], float] = {}
        self._alignments: dict[tuple[int, int], Alignment] = {}
        self._names_before: dict[int, str | None] = {}
        self._editions: dict[int, str | None] = {}
        self._subjects: dict[str, frozenset[str]] = {}
        self._facts: dict[tuple, object] = {}
        self._block_values: dict[tuple[str, int], Counter[tuple[str, Fraction]]] | None = None

    def _edition(self, number: int) -> str | None:
        """_edition_named of a site, looked up once."""
        if number not in self._editions:
            self._editions[number] = _edition_named(self.sites[number])
        return self._editions[number]

    def _fact(self, number: int, read) -> object:
        """`read(site)` of a site, read once (this stop's per-site readings: a market move, a total over years)."""
        key = (number, read)
        if key not in self._facts:
            self._facts[key] = read(self.sites[number])
        return self._facts[key]

    def _located_apart(self, i: int, j: int) -> bool:
        """_located_apart of two sites, each site's located name read once."""
        first, second = self._fact(i, _located_name), self._fact(j, _located_name)
        return bool(first and second) and first != second and first not in second and second not in first

    def _listed_as_part(self, whole: int, part: int) -> bool:
        """A figure whose clause names an item listed before the whole (`_listed_items`) and the whole's clause none."""
        items = self._fact(whole, _listed_items)
        if not items:
            return False
        before_part, before_whole = self._fact(part, _clause_before), self._fact(whole, _clause_before)
        return any(item in before_part and item not in before_whole for item in items)

    def _subjects_apart(self, i: int, j: int) -> bool:
        """Two English articles about different bodies: the names their headlines and ledes give share no word
        (frames.subject_names), and neither figure's sentence names a word of the other article's names."""
        a, b = self.sites[i], self.sites[j]
        first, second = self._subject_names(a), self._subject_names(b)
        if not first or not second or first & second:
            return False
        for site, other in ((a, second), (b, first)):
            text = site.document.visible_text
            start, end = _sentence_around(text, site.figure)
            if any(name in text[start:end] for name in other):
                return False
        return True

    def _subject_names(self, site: Site) -> frozenset[str]:
        """frames.subject_names of a site's article, read once per article."""
        path = site.document.path
        if path not in self._subjects:
            self._subjects[path] = subject_names(site.reading)
        return self._subjects[path]

    def _named_apart(self, i: int, j: int) -> bool:
        """_named_apart of the two sites, each site's name looked up once."""
        names = []
        for index in (i, j):
            if index not in self._names_before:
                self._names_before[index] = _name_before(self.sites[index])
            names.append(self._names_before[index])
        return _names_apart(*names)

    def restated_beside(self, i: int, j: int) -> bool:
        """One figure's value also stands in the other's paragraph: that paragraph gives the value right and
        the other figure is something else ("其中，制造业用电量同比增长20.6%" again beside "九大高技术及装备
        制造业用电同比增长22.7%"). In one paragraph the figure itself does not count."""
        if self._block_values is None:
            self._block_values = defaultdict(Counter)
            for site in self.sites:
                figure = site.figure
                self._block_values[(site.document.path, site.block)][(figure.dimension, figure.nominal)] += 1
        a, b = self.sites[i], self.sites[j]
        same_block = a.document.path == b.document.path and a.block == b.block
        for first, second in ((a, b), (b, a)):
            count = self._block_values[(second.document.path, second.block)][
                (first.figure.dimension, first.figure.nominal)
            ]
            if count > (1 if same_block else 0):
                return True
            if not same_block and first.figure.dimension in COUNTED_DIMENSIONS and _bare_in_block(second, first.figure):
                return True  # "sold 455 season passes, up from 412 a year earlier": the other's 412 is that year's
        return False

    def total(self, number: int) -> float:
        """The weight of a site's window (computed on first use: a part of the work needs its own sites only)."""
        total = self._totals.get(number)
        if total is None:
            grams = self.grams[number]
            # sum(idf[g] * w for g, w in grams.items()), in that order, without a Python-level loop.
            total = self._totals[number] = sum(map(mul, map(self.idf.__getitem__, grams.keys()), grams.values()))
        return total

    def groups(self) -> dict[str, list[int]]:
        """Site numbers by dimension group (yuan with yuan, dates with dates): only these are compared."""
        members: dict[str, list[int]] = defaultdict(list)
        for number, site in enumerate(self.sites):
            members[group_key(site.figure)].append(number)
        return members

    def conflicts(self, min_confidence: float, groups: Iterable[str] | None = None) -> list[Conflict]:
        """The candidate pairs (of `groups`, or of all) judged conflicts, in document order."""
        with cycle_collector_paused():
            found = [c for c in (self.judge(i, j, min_confidence) for i, j in self.candidates(groups)) if c]
        found.sort(
            key=lambda c: (c.first.document.path, c.first.figure.start, c.second.document.path, c.second.figure.start)
        )
        return found

    def candidates(self, groups: Iterable[str] | None = None) -> list[tuple[int, int]]:
        """Pairs of one dimension group (of `groups`, or of any) that share enough rare wording to be judged.

        A site linked to more than MAX_CANDIDATES others (`linked`) keeps its MAX_CANDIDATES most
        similar ones, and a pair stays when either of its sites keeps it: every pair is kept by one of its
        sites, so there are at most MAX_CANDIDATES times as many pairs as sites. The pairs found are recorded as neighbours (`ambiguous` reads them).
        """
        pairs = self._capped(self.linked(groups))
        slips = self.slip_pairs(groups)
        if slips:
            pairs = sorted(set(pairs) | slips)
        for i, j in pairs:
            self.neighbours[i].add(j)
            self.neighbours[j].add(i)
        return pairs

    def slip_pairs(self, groups: Iterable[str] | None = None) -> set[tuple[int, int]]:
        """Pairs of amounts in one document, of one dimension group, whose values may be one slip apart, found
        by keys rather than by wording (a restatement may reword everything but the figure): the sorted
        digits for a swap, and the digits with one place blanked for a changed digit (three digits or more).
        Each is then judged as any candidate (`restated_slip`)."""
        members = self.groups()
        found: set[tuple[int, int]] = set()
        for key in sorted(members if groups is None else set(groups) & members.keys()):
            buckets: dict[tuple, list[int]] = defaultdict(list)
            for number in members[key]:
                site = self.sites[number]
                if site.figure.kind != "quantity":
                    continue
                value = written_value(site.figure)
                # (a measure in pounds keeps the power of ten of its base, tonnes: 468,300 pounds is 4683/10⁹)
                digits = digit_string(value, SLIP_KEY_DECIMALS) or digit_string(value, MAX_DECIMALS)
                # Bounded by the digits written, not by the zeros a magnitude word adds (14.62亿元 has 4).
                if digits is None or len(digits.strip("0")) < 2 or len(digits.rstrip("0")) > MAX_SLIP_DIGITS:
                    continue
                path = site.document.path
                # Swapped digits are looked for across the articles of a run too ("486.2万标箱" in one report,
                # "468.2万标箱" in the next): a swap with its wording kept beside it is rarely a coincidence.
                buckets[("swap", "".join(sorted(digits)), len(digits))].append(number)
                # A changed digit only in amounts written without a large magnitude word: 61.4亿元 and 11.4亿元
                # of one report are two revenues as often as not; a swap (14.62亿元 / 14.26亿元) is rarer by chance.
                if SLIP_SIGNIFICANT_DIGITS <= len(digits.strip("0")) and len(digits) <= MAX_SLIP_DIGITS:
                    for place in range(len(digits)):
                        buckets[(path, "digit", place, digits[:place] + "?" + digits[place + 1 :])].append(number)
            for bucket in buckets.values():
                if 2 <= len(bucket) <= MAX_POSTING:
                    found.update(combinations(bucket, 2))
        return found

    def linked(self, groups: Iterable[str] | None = None) -> list[tuple[int, int]]:
        """Pairs of one dimension group sharing at least MIN_SHARED_SHINGLES indexed shingles, sorted.

        Indexed are the shingles that can name something (not function words, not the clause after the
        figure) and that at most MAX_POSTING sites of the group carry: a posting of length L costs L²/2
        pair counts, so bounding L bounds the counting per site.
        """
        members = self.groups()
        pairs: list[tuple[int, int]] = []
        for key in sorted(members if groups is None else set(groups) & members.keys()):
            postings: dict[str, list[int]] = {}
            for number in members[key]:
                for gram, weight in self.grams[number].items():
                    if weight >= INDEXED_WEIGHT:
                        posting = postings.get(gram)
                        if posting is None:
                            postings[gram] = [number]
                        else:
                            posting.append(number)
            shared_counts: Counter[tuple[int, int]] = Counter()
            for posting in postings.values():
                if 2 <= len(posting) <= MAX_POSTING:  # longer: too common to block on (its IDF is low anyway)
                    shared_counts.update(combinations(posting, 2))  # postings ascend, so pairs are (low, high)
            pairs.extend(pair for pair, count in shared_counts.items() if count >= MIN_SHARED_SHINGLES)
        pairs.sort()
        return pairs

    def _capped(self, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The pairs left when each site keeps at most MAX_CANDIDATES partners, its most similar ones."""
        partners: dict[int, list[int]] = defaultdict(list)
        for i, j in pairs:
            partners[i].append(j)
            partners[j].append(i)
        crowded = {site: others for site, others in partners.items() if len(others) > MAX_CANDIDATES}
        if not crowded:
            return pairs
        kept: set[tuple[int, int]] = set()
        for site, others in crowded.items():
            ranked = sorted(others, key=lambda other: (-self.similarity(site, other), other))
            kept.update((min(site, other), max(site, other)) for other in ranked[:MAX_CANDIDATES])
        return [(i, j) for i, j in pairs if (i not in crowded or j not in crowded) or (i, j) in kept]

    def similarity(self, i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in self._similarities:
            self._similarities[key] = similarity(
                self.grams[i], self.grams[j], self.idf, self.total(i), self.total(j), self.smooth
            )
        return self._similarities[key]

    def _clearly_below(self, i: int, j: int, floor: float) -> bool:
        """The pair's similarity is below `floor`, by more than rounding can explain.

        `similarity` sums over one window's shingles in their order (the order fixes the last bits of the
        result, which the findings print); this sums over the shared shingles only, in any order (a set's
        order varies between runs), so it can differ in the last bits: a margin keeps its answer exact."""
        a, b = self.grams[i], self.grams[j]
        common = a.keys() & b.keys()
        shared = sum(
            map(
                mul, map(self.idf.__getitem__, common), map(min, map(a.__getitem__, common), map(b.__getitem__, common))
            )
        )
        unshared = max(min(self.total(i), self.total(j)) - shared, 0.0)
        return shared / (shared + UNSHARED_WEIGHT * unshared + self.smooth) < floor - SIMILARITY_MARGIN

    def alignment(self, i: int, j: int) -> Alignment:
        key = (min(i, j), max(i, j))
        if key not in self._alignments:
            self._alignments[key] = align(self.sites[key[0]], self.sites[key[1]])
        return self._alignments[key]

    def same_subject(self, i: int, j: int) -> bool:
        """No veto: the two contexts may speak of one thing."""
        i, j = min(i, j), max(i, j)
        a, b = self.sites[i], self.sites[j]
        same_document = a.document.path == b.document.path
        if same_document and a.sentence == b.sentence:
            return False  # figures of one sentence fill different slots
        if same_document and a.block == b.block and not self.restated_slip(i, j):
            # One paragraph lists figures side by side ("制造业用电量同比增长20.6%…高技术及装备制造业用电同比
            # 增长22.7%") rather than restating one; a restated slip in the next sentence is the exception
            # ("投入专线公交车辆42辆…假期期间24辆专线公交").
            return False
        if a.part != b.part and not (
            # 项目总投资196.8亿元 / 一期工程总投资198.6亿元: a fixed whole restated one slip away, with its phase
            # named once
            None in (a.part, b.part) and self._fixed_wholes(a, b) and self.restated_slip(i, j)
        ):
            return False  # a phase and the whole or another phase (二期计划投资 vs 计划总投资, 一期 vs 二期)
        disagree = (
            frames_disagree(a.frame, b.frame, same_document) if a.frame is not None and b.frame is not None else None
        )
        if disagree:
            # A year-to-date flow stated as of a month's end and as the months to it, one slip apart, is one figure.
            if (
                not (
                    year_to_date_alike(a.frame, b.frame)
                    and self.restated_slip(i, j)
                    and not frames_disagree(a.frame, b.frame, same_document, year_to_date=True)
                )
                and not (
                    # only their periods part them, one of them carried from the paragraph or headline around it
                    not frames_disagree(a.frame, b.frame, same_document, periods=False)
                    and (not _states_own_period(a) or not _states_own_period(b))
                    and (
                        self._copied_with_companion(i, j)
                        # “有了这486立方米每秒的排涝能力…” after 总排涝能力达到468立方米/秒: a speaker restating the
                        # article's figure dates it by nothing of his own
                        or (self.quoted_slip(i, j) and not _states_own_period(a if _quoted(a) else b))
                    )
                )
                and not (
                    # 统筹安排…补助资金1.28亿元，支持…项目86个 / 投入…补助资金1.82亿元，支持…项目86个: an allocation and
                    # the money spent, one slip apart beside the same count, are one figure copied
                    disagree == PLAN_VS_OUTCOME
                    and not same_document
                    and any(_allocated_only(site) for site in (a, b) if "plan" in site.frame.kinds)
                    and transposed(written_value(a.figure), written_value(b.figure))
                    and significant_digits(written_value(a.figure), written_value(b.figure)) >= SLIP_SIGNIFICANT_DIGITS
                    and self._aligned_amount_alike(i, j)
                )
            ):
                return False  # another place, period or kind of figure
        if (
            not same_document
            and a.frame is not None
            and b.frame is not None
            and not fixed_whole(a.frame, b.frame)
            and _years_unknown(a.frame, b.frame)
        ):
            if not self._copying_slip(a.figure, b.figure):
                return False  # two values are as likely two years' figures as one figure's
            if _reports_apart(a.frame, b.frame) and not self._strong_slip(a.figure, b.figure):
                # "Nine different departments…" / "Eight different departments…" in the releases on 1997-98 and on
                # 1999-2000: the same sentence of two years' releases, a digit apart by the years, not a slip
                return False
            plans = "plan" in a.frame.kinds and "plan" in b.frame.kinds
            if plans and "rel+0" in (a.frame.period.year, b.frame.period.year):
                return False  # this year's plans (今年拟安排…): set anew each year
        if (
            not same_document
            and a.frame is not None
            and b.frame is not None
            and homes_apart(a.frame.homes, b.frame.homes)
            and (
                (HOME in a.frame.places and HOME in b.frame.places)
                or (
                    parallel_homes(a.frame.homes, b.frame.homes)
                    and not self._place_shared_in_sentences(i, j)
                    and not self._names_other_home(i, j)
                    and not self._names_other_home(j, i)
                )
            )
        ):
            # 全县 in an article on 青岚县, 全市 in one on 梧泽市; or, in two articles each on one place of a level
            # (the reports of 吉林省 and of 青海省), figures that name neither the other's place nor one both name
            # (拉动消费285.6亿元 / …215亿元): each article's own place's figures
            return False
        if self._named_apart(i, j):
            return False  # "Northside High enrolled 1,842 students. Westview High enrolled 1,824 students."
        alignment = self.alignment(i, j)
        if alignment.veto is not None and not (same_document and self.quoted_slip(i, j)):
            # (为消费者挽回经济损失2530万元 / “…为群众挽回经济损失2350万元”: a quotation goes on in its own words)
            return False
        return not any(
            values_disagree(a.reading.figures[x], b.reading.figures[y], same_document)
            # 完成年度目标20万人次的105.3% / 完成年度目标6.5万人的106.3%: two targets of two measures
            or _measured_apart(a.reading.figures[x], b.reading.figures[y])
            for x, y in alignment.aligned_figures
        )

    def _place_shared_in_sentences(self, i: int, j: int) -> bool:
        """A place both figures are about that both name in their own clauses before them (全国 in each: the
        nation's figure; not a 全国 carried from a sentence before, 入选全国…典型案例, nor a ranking after the
        figure, 总量和增速均居全国第5位)."""
        a, b = self.sites[i], self.sites[j]
        # (争取中央预算内投资150亿元 / …140.3亿元: the central government is where the money came from, not a place
        # both figures are about)
        shared = (a.frame.places & b.frame.places) - {HOME, "中央", "地方"}
        if not shared:
            return False
        texts = []
        for site in (a, b):
            text = site.reading.document.visible_text
            sentence = site.reading.sentences[site.sentence]
            start = max(
                [sentence.start]
                + [m.end() for m in _CLAUSE_MARK_BEFORE.finditer(text, sentence.start, site.figure.start)]
            )
            texts.append(text[start : site.figure.start])
        return any(place in texts[0] and place in texts[1] for place in shared)

    def _names_other_home(self, i: int, j: int) -> bool:
        """Whether site i's sentence names the place site j's article is about."""
        a = self.sites[i]
        sentence = a.reading.sentences[a.sentence]
        return names_home(a.reading.document.visible_text, sentence.start, sentence.end, self.sites[j].frame.homes)

    def _aligned_amount_alike(self, i: int, j: int) -> bool:
        """An amount at an aligned place in the two windows is the same (…，支持产业发展项目86个 in both)."""
        a, b = self.sites[i], self.sites[j]
        return any(
            a.reading.figures[x].kind == b.reading.figures[y].kind == "quantity"
            and a.reading.figures[x].nominal == b.reading.figures[y].nominal
            and a.reading.figures[x].unit == b.reading.figures[y].unit
            for x, y in self.alignment(i, j).aligned_figures
        )

    def _copied_with_companion(self, i: int, j: int) -> bool:
        """A restated slip beside the same specific amount at an aligned place ("计划改造412个小区，惠及居民13.6万户"
        / "共改造412个小区，惠及居民16.3万户"): one figure copied with its companion, whatever period the paragraphs
        around them report."""
        if not self.restated_slip(i, j):
            return False
        a, b = self.sites[i], self.sites[j]
        for x, y in self.alignment(i, j).aligned_figures:
            first, second = a.reading.figures[x], b.reading.figures[y]
            if (
                first.kind == second.kind == "quantity"
                and first.nominal == second.nominal
                and first.unit == second.unit
                and significant_digits(written_value(first), written_value(first)) >= SLIP_SIGNIFICANT_DIGITS
            ):
                return True
        return False

    @staticmethod
    def _fixed_wholes(a: Site, b: Site) -> bool:
        return a.frame is not None and b.frame is not None and fixed_whole(a.frame, b.frame)

    def same_as_of(self, i: int, j: int) -> bool:
        """Both windows state one absolute date at aligned places ("截至2023年底…" in both): running totals
        as of one date, comparable across articles."""
        a, b = self.sites[min(i, j)], self.sites[max(i, j)]
        for x, y in self.alignment(i, j).aligned_figures:
            first, second = a.reading.figures[x], b.reading.figures[y]
            if (
                first.kind in ("year", "date")
                and second.kind in ("year", "date")
                and not values_disagree(first, second, False)
                and not _start_of_span(a.document.visible_text, first)
                and not _start_of_span(b.document.visible_text, second)
            ):
                return True
        return False

    def ambiguous(self, i: int, j: int) -> bool:
        """The wording the pair shares also carries a third value, so it does not single out one thing.

        A third figure c carrying most of that wording (AMBIGUITY_COVERAGE of its
        weight) makes the pair ambiguous when c differs from both figures ("投入援疆资金"
        before 15280万元, 1.36亿元 and 480万元), or when c stands in the document of
        one of them and differs from it: that document uses the wording for two
        values, so the pair's match is not the only one (a school's "建筑面积" and
        a hospital's in one article).
        """
        a, b = self.sites[i], self.sites[j]
        grams_a, grams_b = self.grams[i], self.grams[j]
        pair = {g: min(grams_a[g], grams_b[g]) for g in grams_a.keys() & grams_b.keys()}
        mass = sum(self.idf[g] * w for g, w in pair.items())
        if mass == 0:
            return False
        seen: set[int] = set()
        for anchor in (i, j):
            for k in self.neighbours[anchor]:
                if k in (i, j) or k in seen:
                    continue
                seen.add(k)
                c, grams_c = self.sites[k], self.grams[k]
                covered = sum(self.idf[g] * min(w, grams_c[g]) for g, w in pair.items() if g in grams_c)
                if covered < AMBIGUITY_COVERAGE * mass:
                    continue
                differs_a = _distinct(c.figure, a.figure, c.document.path == a.document.path)
                differs_b = _distinct(c.figure, b.figure, c.document.path == b.document.path)
                if differs_a and differs_b and (self.same_subject(i, k) or self.same_subject(j, k)):
                    return True
                if (c.document.path == a.document.path and differs_a) or (
                    c.document.path == b.document.path and differs_b
                ):
                    return True
        return False

    def one_slip_apart(self, i: int, j: int) -> bool:
        """Dates, or values one slip of the pen apart: with three significant digits or more any slip, with two
        neighbouring digits swapped (57 / 75) or one changed in closely matching wording, with one none (3 and
        5 are too short for a slip to say anything)."""
        x, y = self.sites[i].figure, self.sites[j].figure
        if x.kind in CALENDAR_KINDS or y.kind in CALENDAR_KINDS:
            return True
        if x.kind == y.kind == "percent":
            # "the amount spent … increased by 3.5%" / "the quantity bought … increased by 3.6%": two measures
            # moving alike are one digit apart as often as not; two digits swapped are a copying slip
            return transposed(written_value(x), written_value(y))
        digits = significant_digits(written_value(x), written_value(y))
        if digits == 2:
            # 29 / 23 is one changed digit by chance as often as not: such a weak sign needs wording that alone
            # would be decisive ("可容纳2400名学生" / "可容纳2600名学生").
            return transposed(written_value(x), written_value(y)) or (
                slipped(written_value(x), written_value(y)) and self.similarity(i, j) >= SIMILARITY_FULL
            )
        return digits >= 3 and slipped(written_value(x), written_value(y))

    def count_other_things(self, i: int, j: int) -> bool:
        """One figure is a Chinese count that names what it counts right after its measure word (2729个行政区), and
        the other's window never names it: "新入库PPP项目279个" counts projects, not 行政区."""
        for x, y in ((i, j), (j, i)):
            noun = self._fact(x, _counted_noun_after)
            if noun:
                other = self.sites[y]
                if noun[:2] not in other.document.visible_text[other.span[0] : other.span[1]]:
                    return True
        # "performed 1,950 surgeries in the first half" / "took in 2,380 animals in the first half": English
        # counts of two nouns, neither named in the other's window, count two things; unless the values are one
        # slip apart, which says one count was copied under another word ("2,340 patients" / "2,430 people").
        first, second = self.sites[i], self.sites[j]
        nouns = [self._fact(i, _english_noun_of_site), self._fact(j, _english_noun_of_site)]
        # (a digit dropped or added under two nouns, "41 freeze-thaw cycles" / "241 ramps", is two counts; a swap, or
        # persons under two words, is one copied)
        copied = self._copying_slip(first.figure, second.figure) and (
            first.figure.dimension == second.figure.dimension == "[person]"
            or transposed(written_value(first.figure), written_value(second.figure))
        )
        if all(nouns) and head_noun(nouns[0]) != head_noun(nouns[1]) and not copied:
            return all(
                head_noun(noun) not in _window_text(other).lower()
                for noun, other in ((nouns[0], second), (nouns[1], first))
            )
        return False

    @staticmethod
    def _copying_slip(x: "Figure", y: "Figure") -> bool:
        """Values one slip of the pen apart; percentages only with two of three digits swapped (4.5% / 5.5% are
        one digit apart as often as two years' figures are)."""
        if x.kind == "percent" or y.kind == "percent":
            return (
                transposed(written_value(x), written_value(y))
                and significant_digits(written_value(x), written_value(y)) >= 3
            )
        return slipped(written_value(x), written_value(y))

    @staticmethod
    def _strong_slip(x: "Figure", y: "Figure") -> bool:
        """A slip that two years' figures rarely make by chance: two digits swapped, a magnitude moved, or one
        digit changed among three or more (not Nine / Eight, $4.2 million / $4.3 million, $40,000 / $50,000)."""
        if x.qualifier or y.qualifier:
            return False  # ("Just under $18 million": a rounded bound, no digits copied)
        first, second = written_value(x), written_value(y)
        return slipped(first, second) and (
            significant_digits(first, second) >= SLIP_SIGNIFICANT_DIGITS
            or transposed(first, second)
            or magnitude_moved(first, second)
        )

    def predicates_differ(self, i: int, j: int) -> bool:
        """Both figures are followed in their clause by what is said of them, and it differs: "15个省份GDP
        总量超过2万亿元" vs "10个省份前三季度同比增速超全国水平" count different sets."""
        after = []
        for site in (self.sites[i], self.sites[j]):
            tokens = site.tokens[site.slot + 1 :]
            if BOUNDARY in tokens:
                tokens = tokens[: tokens.index(BOUNDARY)]
            content = [
                t for t in tokens if t not in MARKERS and t not in STOP_CHARACTERS and t not in ENGLISH_STOPWORDS
            ]
            if len(content) < PREDICATE_MIN_TOKENS:
                return False
            after.append(content)
        matcher = SequenceMatcher(None, after[0], after[1], autojunk=False)
        return matcher.ratio() < PREDICATE_MIN_RATIO

    def restated_slip(self, i: int, j: int) -> bool:
        """A specific value restated one slip of the pen away, next to the same words: "left 1,250 people
        displaced" and "the 1,520 people displaced by the flood". The values have at least
        SLIP_SIGNIFICANT_DIGITS significant digits (a coincidence is unlikely) and at least SLIP_ADJACENT
        content tokens right before or right after the figure are the same in both windows."""
        a, b = self.sites[i], self.sites[j]
        x, y = a.figure, b.figure
        if not x.same_dimension(y):
            return False
        if (
            x.qualifier
            and y.qualifier
            and x.qualifier != y.qualifier
            and a.document is b.document
            and a.block == b.block
        ):
            # 投资7500多亿元；…农产品近5700亿元: one paragraph's two statements, each qualified its own way (a lede's
            # 近36万人次 restated as 63万多人次 further down is still a slip)
            return False
        if x.kind != "quantity" or y.kind != "quantity":
            # Percentages a slip apart (13.3% / 18.3%) are too common to be a sign; three digits with two of them
            # swapped in one article (同比增长15.6% … 增长16.5%) are a copying slip.
            if not (
                x.kind == y.kind == "percent"
                and a.document is b.document
                and transposed(written_value(x), written_value(y))
                and significant_digits(written_value(x), written_value(y)) >= SLIP_SIGNIFICANT_DIGITS
                # of one measure, named alike ("农产品网络零售额…增长"), not two (工业增加值增长21.3%, 零售额增长12.3%)
                and self.similarity(i, j) >= PERCENT_SLIP_SIMILARITY
            ):
                return False
        if a.frame is not None and b.frame is not None and ("plan" in a.frame.kinds) != ("plan" in b.frame.kinds):
            return False  # a plan and a figure that is not one may be the plan and its result: no slip to claim
        digits = significant_digits(written_value(x), written_value(y))
        if not (
            (digits >= SLIP_SIGNIFICANT_DIGITS and slipped(written_value(x), written_value(y)))
            or (digits >= 2 and transposed(written_value(x), written_value(y)))
        ):
            return False
        if (
            digits < SLIP_SIGNIFICANT_DIGITS
            and a.document is not b.document
            and self.similarity(i, j) < TWO_DIGIT_SLIP_SIMILARITY
        ):
            return False  # "$14bn of spending cuts" in California, "a $41 billion housing plan" in New York
        return (
            adjacent_shared(a, b) >= SLIP_ADJACENT
            or own_clause_shared(a, b) >= SLIP_ADJACENT
            or companion_shared(a, b)
            or _named_and_counted_alike(a, b)
            or self.quoted_slip(i, j)
            or self.swapped_restatement(i, j)
        )

    def swapped_restatement(self, i: int, j: int) -> bool:
        """A count of one article restated in a later paragraph with two neighbouring digits swapped, in the same
        noun or unit, however the two sentences are worded, quoted or not: "intake fell 3.3 percent to 6,210
        animals" / "the director said the 6,120 animals taken in last year included 410 from…". Three significant
        digits or more, two neighbouring ones swapped, is a copying slip far more often than two counts of one noun
        by chance; not when the article gives more than LONG_SLIP_MAX_VALUES such counts near that value (a table),
        when either clause narrows or moves its count (a part, a place, another time: `since`, 其中), or when
        either is a change."""
        a, b = self.sites[i], self.sites[j]
        x, y = a.figure, b.figure
        if a.document is not b.document or a.block == b.block or x.kind != "quantity" or y.kind != "quantity":
            return False
        if x.direction is not None or y.direction is not None or x.qualifier or y.qualifier:
            return False
        if not _counted_alike(x, y) or _narrowed(x.written_unit, y.written_unit):
            return False
        if significant_digits(written_value(x), written_value(y)) < SLIP_SIGNIFICANT_DIGITS or not transposed(
            written_value(x), written_value(y)
        ):
            return False
        if _few_long_values(a.reading, x, SLIP_SIGNIFICANT_DIGITS) > LONG_SLIP_MAX_VALUES:
            return False
        text = a.document.visible_text
        gap = abs(x.nominal - y.nominal)
        if any(_states_number(text, *_sentence_around(text, site.figure), gap) for site in (a, b)):
            # "inspected 1,254 bridges" / "the 1,245 bridges rated fair or better …, while the nine rated poor":
            # the difference stated beside one of them makes it a part of the other
            return False
        # A part or a place narrows the count anywhere in its sentence ("On the east side alone, crews handled 2,140
        # calls"); another time only in its own clause (今年以来，…对去年改造的1325户农房逐户开展回访 dates the visits)
        return not any(
            _SCOPE_PART.search(text, *_sentence_around(text, site.figure))
            or _SCOPE_TIME.search(text, _clause_start(text, site.figure.start), site.figure.start)
            for site in (a, b)
        )

    def quoted_slip(self, i: int, j: int) -> bool:
        """A count restated in a quotation one slip away, in the same noun or unit, in an article that gives few
        counts of its size there: the figure copied wrong from the reporter's notes, however the two sentences are
        worded. Four significant digits or more one slip apart ("recorded 186,400 visits" / "We had 181,400
        visits"), or three with two swapped ("answered 6,120 calls" / "We handled 6,210 calls"), when the
        quotation's clause narrows or moves its count by no word of a part, a place or another time."""
        a, b = self.sites[i], self.sites[j]
        x, y = a.figure, b.figure
        if a.document is not b.document or x.kind != "quantity" or y.kind != "quantity" or _quoted(a) == _quoted(b):
            return False
        if not _counted_alike(x, y) and not _money_named_alike(a, b):
            return False
        if _narrowed(x.written_unit, y.written_unit):
            return False  # "11,840 members" / "Our 11,480 voting members": some of them, named by a modifier
        digits = significant_digits(written_value(x), written_value(y))
        if (
            digits >= LONG_SLIP_DIGITS
            and slipped(written_value(x), written_value(y))
            and max(x.nominal, y.nominal) <= min(x.nominal, y.nominal) * LONG_SLIP_NEAR
            and _few_long_values(a.reading, x) <= LONG_SLIP_MAX_VALUES
        ):
            return True
        quoted = a if _quoted(a) else b
        start, end = _own_clause(quoted)
        return (
            digits >= SLIP_SIGNIFICANT_DIGITS
            and transposed(written_value(x), written_value(y))
            and _few_long_values(a.reading, x, SLIP_SIGNIFICANT_DIGITS) <= LONG_SLIP_MAX_VALUES
            # (not "On the east side alone we logged 4,150 calls in the last two years", "since we opened…", "last
            # time": a quotation that counts a part, a place or another time counts something else)
            and not _SCOPE_IN_QUOTE.search(" ".join(quoted.tokens[start:end]))
        )

    def judge(self, i: int, j: int, min_confidence: float) -> Conflict | None:
        """The pair as a conflict, or None: values agree, confidence too low, or a veto or ambiguity."""
        a, b = self.sites[i], self.sites[j]
        same_document = a.document.path == b.document.path
        if a.figure.text == b.figure.text:
            return None
        if a.figure.nominal == b.figure.nominal and a.figure.unit == b.figure.unit:
            return None  # one threshold named from either side: "less than £49,500", "above £49,500"
        slip = self.restated_slip(i, j)
        if same_document and not slip and not self.one_slip_apart(i, j):
            # In one article, figures worded alike with values not one slip apart are its many measures of
            # one kind (two industries' growth, provinces counted by two conditions), not one figure twice.
            # First among the vetoes: it needs only the two values, and most pairs of one article end here.
            return None
        first_edition, second_edition = self._edition(i), self._edition(j)
        if first_edition and second_edition and first_edition != second_edition:
            # "Last October's ninth annual … fair … drew 44 employers" / "Last October's 10th annual … fair … drew 52
            # employers": two editions of one event, each with its own figures
            return None
        if _age_group(a.figure) and _age_group(b.figure):
            # "the most marriages were for men and women aged 25 to 29" / "the largest rise … aged 65 to 69": a
            # range of ages names a group of people, not a figure of one
            return None
        if same_document and _sections_of_two_subjects(a, b):
            # （二）柳河长隆制药有限公司 / 该公司成立于2018年… and （三）吉林龙泰制药股份有限公司 / 该公司成立于2002年4月…:
            # each section under a heading that names its own company or place tells of that one
            return None
        # Too little shared wording whatever the values (the value factor is at most 1): most candidates end
        # here, so first on an estimate that looks at the shared shingles only. At a minimum confidence of 0
        # nothing is too little (confidence_of clamps at 0 and 0 < 0 is false), so there is no shortcut.
        if (
            not slip
            and min_confidence > 0
            and self._clearly_below(i, j, SIMILARITY_FLOOR + min_confidence * (SIMILARITY_FULL - SIMILARITY_FLOOR))
        ):
            return None
        sim = self.similarity(i, j)
        if not slip and confidence_of(sim, 1.0) < min_confidence:
            return None
        if (
            slip
            and not same_document
            and sim < TWO_DIGIT_SLIP_SIMILARITY
            and a.frame is not None
            and b.frame is not None
            and homes_apart(a.frame.homes, b.frame.homes)
        ):
            # 琛江市's 建设补贴3860万元 / 蓼川县's 市级资金860万元: two articles about two places share little wording
            # beside two values a slip apart by chance, one being each place's own
            return None
        if (
            not same_document
            and self._fact(i, _market_move)
            and self._fact(j, _market_move)
            and not _published_alike(a, b)
        ):
            # 英特尔涨3.09% in one day's market brief, 英特尔涨5.73% in another's: a price moves every trading day
            return None
        if self._located_apart(i, j):
            # 三源浦朝鲜镇位于柳河县东南部，…距县城45公里 / 罗通山风景旅游区位于…东北部，距县城35公里: two places' distances
            return None
        if not same_document and self._subjects_apart(i, j):
            # "The current fiscal year's budget is $4.05 million" in a public radio station's story, "The budget for
            # the current fiscal year is $3.26 million" in a fuels district's: two bodies' own figures
            return None
        if self._fact(i, _over_years) != self._fact(j, _over_years):
            # 2024年全县新建…34个 / 2023年和2024年两年，全县共新建…74个: one year's figure and a total of several
            return None
        if self._listed_as_part(i, j) or self._listed_as_part(j, i):
            # 推广节能空调3400多万台、节能汽车100多万辆、节能灯3.6亿多只…实现年节电225亿千瓦时 / 推广的节能灯实现年节电
            # 125亿千瓦时: the second names one item of the list the first sums up, so it is that item's
            return None
        if not values_disagree(a.figure, b.figure, same_document):
            return None
        if not same_document and not slip and a.figure.kind in CALENDAR_KINDS and sim < CALENDAR_SIMILARITY:
            # "the week was first held in 2006" / "The 12th annual Citizens 911 Academy, first held in 2012": a
            # founding verb is shared by every institution's story; two articles' years need more in common
            return None
        if (
            not same_document
            and a.figure.direction is not None
            and b.figure.direction is not None
            and a.figure.direction != b.figure.direction
        ):
            return None  # 指数跌1.15% in one brief, 涨2.38% in another: a fall and a rise are two moves
        if not same_document and _so_far(a) and _so_far(b) and not _published_alike(a, b):
            return None  # 全市已收购小麦12.46万吨 on June 22, 12.64万吨 on June 26: a running total as each day stood
        if _classes_before(a, b):
            return None  # 共提供午餐4180万餐 / 共提供早餐4108万餐: two kinds of one thing, each named before its count
        if _sides_apart(self._fact(i, _sides_named), self._fact(j, _sides_named)):
            return None  # "The male divorce rate … 10.8" / "The female divorce rate … 10.9": two sides of one whole
        if (self.predicates_differ(i, j) and not (slip and _quoted(a) != _quoted(b))) or (
            # (a quotation names its count in its own words: 已有1352户农村家庭用上了管道天然气 / “全镇已经有1532户通了
            # 天然气”, the digits swapped)
            self.count_other_things(i, j)
            and not (slip and same_document and (self.quoted_slip(i, j) or self.swapped_restatement(i, j)))
        ):
            # (a quotation goes on in its own words: "We treated 16,240 acres last year without adding…")
            return None
        if slip and not same_document and _companions_all_differ(a, b):
            # 在直接就业的458名毕业生中，对口就业391人；…271人 / 471名就业学生中，对口就业402人；…291人: every amount
            # beside them differs too, place by place, so the passages report two cohorts, not one copied with a slip
            return None
        if not same_document and (_elapsed_since_event(a) or _elapsed_since_event(b)) and not _published_alike(a, b):
            return None  # "Nineteen months after the fire" in March, "Two years after" later: time runs on
        if not same_document and not slip and (_conditional(a) or _conditional(b)):
            # "If Texas were able to raise participation to 40 in 100, the state could draw down an additional $49
            # million" / "leaving $59M in federal aid on the table": a scenario's estimate rests on its own
            # assumptions, which another article's figure need not share
            return None
        if not same_document and (_of_a_day(a) or _of_a_day(b)) and not _published_alike(a, b):
            return None  # 周三…纳指跌1.05% in one day's brief, 纳指涨1.13% in another's: two days' moves
        if (
            _days_apart(self._fact(i, _day_before), self._fact(j, _day_before))
            and _verb_before(a) is not None
            and _verb_before(a) == _verb_before(b)
            and not (_dated(a) or _dated(b))
            and not (a.frame is not None and b.frame is not None and fixed_whole(a.frame, b.frame))
        ):
            # 央行8月26日…开展了4710亿元逆回购 / 8月22日…开展了3593亿元; "On March 1 they held 19,300 acre-feet" /
            # "On Aug. 1 they held 22,650": one act or state told of two days (not 8月26日发布…上半年全市完成…, a
            # period's figure reported on a day; not "approved a $4.25 million contract" on one day and "signed
            # the $4.52 million contract" on another; not 项目总投资, a whole of one size whatever the day)
            return None
        if (
            not same_document
            and not slip
            and (_scheduled(a) or _scheduled(b))
            and not _published_alike(a, b)
            and not _days_transposed(a.figure, b.figure)  # (April 21 / April 12: one date copied with a slip)
        ):
            # "She is to return to court on May 8, 2015" in a release of April 3, "…on May 13, 2015" in one of
            # March 16: a date still ahead when an article is written, and worded as one, is a schedule, set anew
            # in each article (a date ahead told as done, 已于…建成通车, is no schedule but a slip)
            return None
        factor = value_factor(a.figure, b.figure)
        # A place or a period stated on one side only leaves the pair less certain.
        known = frame_factor(a.frame, b.frame, same_document) if a.frame is not None and b.frame is not None else 1.0
        confidence = confidence_of(sim, factor * known)
        if slip:
            confidence = max(confidence, SLIP_CONFIDENCE * known)
        if confidence < min_confidence:
            return None
        if (
            not same_document
            and (a.running_total or b.running_total)
            and not self.same_as_of(i, j)
            and not (slip and (companion_shared(a, b) or _one_stated_year(a, b)))
        ):
            # Running totals of articles written at different dates; unless the figure listed beside them is
            # the same in both (1286户、3420人 / 1286户、3240名): the total has not moved, the digits have.
            return None
        if not same_document and (_stage_count(a) or _stage_count(b)) and not slip and not _published_alike(a, b):
            # "Of the 14 projects, eight are now complete, five are under construction" in one article, "nine are
            # complete, four are under construction" in a later one: how many stand at a stage as each was written
            return None
        if not same_document and (_as_of_now(a) or _as_of_now(b)) and not slip and not _published_alike(a, b):
            # "Snowfall in the 2024-25 winter has reached 47.6 inches so far" / "…reached 68.9 inches": a total as
            # the article is written, however its period is named, against one of another day
            return None
        if a.figure.kind in CALENDAR_KINDS and _as_of_date(a) and _as_of_date(b):
            return None  # 截至2025年6月底…累计 / 截至2025年7月底…累计: the dates running totals stand at, no event's
        if a.figure.kind in CALENDAR_KINDS and _different_subjects(a, b):
            return None  # "晶丰明源于2019年10月14日…上市" vs "航天环宇2023年6月2日…上市": two companies' events
        # Ambiguity weighs the wording a pair shares; a restated slip is told by its values, not its wording.
        if not self.same_subject(i, j) or self.restated_beside(i, j) or (not slip and self.ambiguous(i, j)):
            return None
        first, second = (a, b) if (a.document.path, a.figure.start) <= (b.document.path, b.figure.start) else (b, a)
        return Conflict(first, second, round(sim, 3), factor, round(confidence, 2), self.alignment(i, j).shared)


# What follows two figures in their clauses (Pairs.predicates_differ): compared when both have this many
# content tokens, different below this similarity ratio.
PREDICATE_MIN_TOKENS = 5
PREDICATE_MIN_RATIO = 0.5

# A restated slip (Pairs.restated_slip) is reported at this confidence at least, whatever else the windows say.
SLIP_CONFIDENCE = 0.6
SLIP_SIGNIFICANT_DIGITS = 3
SLIP_ADJACENT = 2
# Two digits swapped across articles (14 / 41) are a slip only in windows at least this similar: two digits
# alone say little.
TWO_DIGIT_SLIP_SIMILARITY = 0.15
# A percentage restated with two digits swapped is a slip only in windows at least this similar. (0.3 until
# planted10, whose quote restating a rate in other words, 产销差率为15.4% / 把产销差率降到了14.5%, scored 0.29;
# at 0.25 the 390 pooled real articles raise nothing more.)
PERCENT_SLIP_SIMILARITY = 0.25

# In one article, a count of four significant digits or more that a speaker restates in a quotation one slip away,
# in the same noun or unit ("recorded 186,400 visits this summer" / "We had 181,400 visits," said the director), is
# the figure copied wrong, however the sentences are worded: a quotation is where a reporter's notes go wrong, when
# the article gives few such counts near it (a table of schools' enrolments gives many, and a slip among them by
# chance). Outside quotations, near counts of one noun are as often two sets (45,812 registered voters, 45,182
# voters cast ballots; an arena holds 18,500 fans, 18,050 attended).
LONG_SLIP_DIGITS = 4
LONG_SLIP_MAX_VALUES = 3
LONG_SLIP_NEAR = Fraction(3, 2)
MAX_SLIP_DIGITS = 12
SLIP_KEY_DECIMALS = 4  # amounts are keyed by their digits written with this many decimals


# "自2019年实施…以来，累计…": the year a running total starts from, not the date it stands at.
_SINCE_BEFORE = lazy_compile(r"(?:自|从|自从|(?i:\bsince|\bfrom))[ \t]{0,2}$")


def _start_of_span(text: str, figure: "Figure") -> bool:
    return bool(_SINCE_BEFORE.search(text, max(0, figure.start - 6), figure.start))


def _own_clause(site: Site) -> tuple[int, int]:
    """The token range [start, end) of the figure's own clause in its window: between the clause boundaries
    ("|") around "@"."""
    tokens = site.tokens
    start = max((i for i in range(site.slot) if tokens[i] == BOUNDARY), default=-1) + 1
    end = tokens.index(BOUNDARY, site.slot) if BOUNDARY in tokens[site.slot :] else len(tokens)
    return start, end


def _clause_figures(site: Site) -> set[tuple]:
    """(value, unit) of the specific amounts (3+ significant digits) in the figure's own clause besides it, or
    listed right beside it (1286户、3420人)."""
    start, end = _own_clause(site)
    found = set()
    for position, index in site.others:
        if start <= position < end or abs(position - site.slot) == 2:
            figure = site.reading.figures[index]
            if (
                figure.kind == "quantity"
                and figure.nominal
                and significant_digits(written_value(figure), written_value(figure)) >= 3
            ):
                found.add((figure.nominal, figure.unit))
    return found


def _measured_apart(x: "Figure", y: "Figure") -> bool:
    """Two amounts at aligned places measure different things (人次 / 人, 吨 / 元)."""
    return x.kind == y.kind == "quantity" and bool(x.dimension) and bool(y.dimension) and not x.same_dimension(y)


def _reports_apart(a: Frame, b: Frame) -> bool:
    """The two figures are of different years: each the year it states, else the year its article reports on
    (named in its opening), at least one of them not stated."""
    if absolute_year(a.period.year) and absolute_year(b.period.year):
        return False  # (stated on both sides: the frames compare them)
    first = a.period.year if absolute_year(a.period.year) else a.report
    second = b.period.year if absolute_year(b.period.year) else b.report
    return first is not None and second is not None and first[:4] != second[:4]


def _year_known(frame: Frame) -> bool:
    return bool(frame.published) or absolute_year(frame.period.year)


def _bare_in_block(site: Site, figure: "Figure") -> bool:
    """A bare count of the figure's value (read without its noun, "up from 412") in the site's paragraph."""
    reading = site.reading
    if reading is None or not hasattr(reading, "sentences"):
        return False
    return any(
        other.kind == "quantity" and not other.written_unit and other.nominal == figure.nominal
        for sentence in reading.sentences
        if sentence.block == site.block
        for other in (reading.figures[i] for i in reading.figures_in(sentence.start, sentence.end))
    )


def _years_unknown(a: Frame, b: Frame) -> bool:
    """The two figures' years cannot be known to be one: neither states its year and one of the articles
    carries no publication date, or one figure's year is known (stated, or its article dated) and the other's
    is not."""
    neither_stated = not absolute_year(a.period.year) and not absolute_year(b.period.year)
    return (neither_stated and (not a.published or not b.published)) or _year_known(a) != _year_known(b)


# A heading that names an organisation or a place (（三）吉林龙泰制药股份有限公司, 3. 城关镇): what its section is about.
_NAMED_SUBJECT_HEADING = lazy_compile(
    # (or a charge, a fund or a works each section sets out: （二）市政基础设施配套费 / （三）城市消防基础设施配套费)
    r"(?:公司|集团|厂|局|医院|学校|学院|大学|中学|小学|合作社|协会|银行|中心|村|社区|镇|乡|街道|县|区|市"
    r"|费|税|价格|基金|补贴|补助|工程|项目)[ \t]{0,2}$"
)
_HEADING_ENUMERATOR = lazy_compile(
    r"^[ \t]{0,4}(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|第[一二三四五六七八九十\d]{1,3}[章节部分])"
)


HEADING_LENGTH = 40  # characters of an enumerated line that heads a section


def _section_heading(site: Site):
    """The heading (a title paragraph below the headline) of the section a figure stands in, or None."""
    headings = _headings(site.document)
    found = bisect.bisect_right([paragraph.start for paragraph in headings], site.figure.start)
    return headings[found - 1] if found else None


@functools.lru_cache(maxsize=256)
def _headings(document) -> tuple:
    """The paragraphs of a document that head its sections, in order: title paragraphs below the headline and
    enumerated lines alone (（三）吉林龙泰制药股份有限公司, read as a list item)."""
    return tuple(
        paragraph
        for number, paragraph in enumerate(document.paragraphs)
        if number > 0
        and (
            paragraph.role == "title"
            or (
                paragraph.role == "list"
                and len(paragraph.text.strip()) <= HEADING_LENGTH
                and "\n" not in paragraph.text.strip()
                and _HEADING_ENUMERATOR.match(paragraph.text)
                and not any(mark in paragraph.text for mark in "。；;，,")
            )
        )
    )


# An edition of a yearly event named in a figure's sentence: 第九届, "ninth annual", "the 10th edition".
_EDITION = lazy_compile(
    r"第([一二三四五六七八九十百\d]{1,5})届|(?i:\b" + ORDINAL_PATTERN + r"[ \t]{1,2}(?:annual|edition)\b)"
)
EDITION_REACH = 160  # characters around a figure in which its sentence's edition is looked for


def _edition_named(site: Site) -> str | None:
    """The edition of a yearly event a figure's sentence names, as a number (第九届 and "ninth annual" → 9), when it
    names one."""
    # (from the text alone, not the sentences, which a staged scan's sites do not carry)
    text = site.document.visible_text
    start = max(0, site.figure.start - EDITION_REACH)
    for found_break in _SENTENCE_END.finditer(text, start, site.figure.start):
        start = found_break.end()
    after = _SENTENCE_END.search(text, site.figure.end, min(len(text), site.figure.end + EDITION_REACH))
    found = _EDITION.search(text, start, after.start() if after else min(len(text), site.figure.end + EDITION_REACH))
    if found is None:
        return None
    if found.group(1):
        written = found.group(1)
        number = int(written) if written.isdigit() else chinese_integer(written)
        return str(number) if number is not None else written
    return str(ordinal_value(found.group(2)))


def _age_group(figure) -> bool:
    """A range of ages ("aged 25 to 29", 25至29岁): a group of people."""
    unit = (figure.written_unit or "").lower()
    return figure.qualifier == "至" and (unit in ("aged", "ages", "age") or unit.endswith("岁"))


# An item of a Chinese list of counts before the figure that sums them up: 节能汽车100多万辆、 → 节能汽车.
_LISTED_ITEM_CN = lazy_compile(
    r"([\u4e00-\u9fff]{2,8})[ \t]{0,2}\d[\d.,]{0,12}[多余]?[万亿千百]{0,2}[\u4e00-\u9fff]{0,2}(?:(?P<joined>[、和及])|(?=[，,。；;]))"
)
LISTED_ITEM_KEY = 3  # the last characters of an item's words that name it (节能灯, 节能汽车 → 能汽车)


def _listed_items(whole: Site) -> list[str]:
    """The items of a Chinese list of counts (joined by 、) that a site's sentence (or the one before it in its
    paragraph) gives before its figure, each named by its last LISTED_ITEM_KEY characters; empty with no list.
    A figure whose clause names one of them and the whole's clause none is that item's, not the figure that sums
    up the list (推广…节能汽车100多万辆、节能灯3.6亿多只，…实现年节电225亿千瓦时 / 推广的节能灯实现年节电125亿千瓦时)."""
    x = whole.figure
    if x.text.isascii():
        return []
    # (the sites of a run read in workers keep no sentences: the text is read here, the sentence before included:
    # 推广…节能灯3.6亿多只。据初步测算，…实现年节电…)
    text = whole.document.visible_text
    start, _ = _sentence_around(text, x)
    if start > 0 and text[start - 1] != "\n":
        start, _ = _sentence_around(text, x, start - 1)
    # the items of a list: each joined to the next by 、 (和, 及), and the one right after a joined one
    items, previous = [], None
    for found in _LISTED_ITEM_CN.finditer(text, start, x.start):
        if found.group("joined") or (
            previous is not None and previous.group("joined") and previous.end() == found.start()
        ):
            items.append(found.group(1)[-LISTED_ITEM_KEY:])
        previous = found
    return items if len(items) >= 2 else []  # (fewer: counts told one by one)


def _clause_before(site: Site) -> str:
    """The text of a site's clause before its figure."""
    text = site.document.visible_text
    return text[_clause_start(text, site.figure.start) : site.figure.start]


def _over_years(site: Site) -> bool:
    """frames.over_listed_years of a site's figure, its sentence read from the text."""
    text = site.document.visible_text
    return over_listed_years(text, _sentence_around(text, site.figure)[0], site.figure.start)


def _states_number(text: str, start: int, end: int, value) -> bool:
    """Whether text[start:end] writes a whole number, in digits (with or without thousands commas) or as one
    English number word."""
    if value.denominator != 1 or value <= 0:
        return False
    from auditor.figures.numerals import EN_NUMBER_WORDS, read_english

    number = int(value)
    forms = {str(number), f"{number:,}"}
    forms.update(word for word in EN_NUMBER_WORDS if read_english(word) == number)
    pattern = r"(?<![\w.,])(?:" + "|".join(re.escape(form) for form in sorted(forms)) + r")(?![\w]|[.,]\d)"
    return re.search(pattern, text[start:end], re.IGNORECASE) is not None


SENTENCE_REACH = 240  # characters before and after a figure in which its sentence's ends are looked for
CLAUSE_REACH = 80  # characters before a position in which its clause's start is looked for


def _sentence_around(text: str, figure, position: int | None = None, reach: int = SENTENCE_REACH) -> tuple[int, int]:
    """The start and end of the sentence around a figure (or around `position`, a place before it), read from the
    text within `reach` characters each way: a paragraph ends one too."""
    at = figure.start if position is None else position
    after = figure.end if position is None else at
    start = max(0, at - reach)
    for found in _SENTENCE_END.finditer(text, start, at):
        start = found.end()
    end_found = _SENTENCE_END.search(text, after, min(len(text), after + reach))
    return start, end_found.start() if end_found else min(len(text), after + reach)


def _clause_start(text: str, position: int, reach: int = CLAUSE_REACH) -> int:
    """Where the clause of a position starts: after the last clause mark before it (within `reach`)."""
    start = max(0, position - reach)
    for found in _CLAUSE_MARK_BEFORE.finditer(text, start, position):
        start = found.end()
    return start


def _sections_of_two_subjects(a: Site, b: Site) -> bool:
    """The two figures stand under two different numbered headings, one of which names a company, an institution or a
    place: sections each about their own subject."""
    first, second = _section_heading(a), _section_heading(b)
    if first is None or second is None or first is second:
        return False
    named = [heading for heading in (first, second) if _NAMED_SUBJECT_HEADING.search(heading.text.strip("：: "))]
    return bool(named) and all(_HEADING_ENUMERATOR.match(heading.text) for heading in (first, second))


def _of_a_day(site: Site) -> bool:
    """A change whose paragraph names its day (frames: "day")."""
    return site.frame is not None and "day" in site.frame.kinds


_AS_OF_NOW = lazy_compile(r"至今|迄今|至此|目前|截至目前|(?i:\bso[ \t]far\b|\bto[ \t]date\b|\bcurrently\b|\byet\b)")
AS_OF_NOW_REACH = 40


# A count of things at a stage as the article is written, right after the count: "five are under construction",
# "eight are now complete", 在建3个, 已完工.
_STAGE_AFTER = lazy_compile(
    r"(?i:[ \t]{1,2}(?:[a-z]{2,12}[ \t]{1,2})?(?:are|is|remain|remains)[ \t]{1,2}(?:now[ \t]{1,2}|still[ \t]{1,2})?"
    r"(?:complete|completed|finished|done|under[ \t]construction|in[ \t]design|in[ \t]planning|underway|in[ \t]progress)\b)"
)
_STAGE_BEFORE = lazy_compile(r"(?:在建|已完工|已竣工|正在建设|正在施工|前期工作中?)[ \t]{0,2}$")


def _stage_count(site: Site) -> bool:
    """A count of things at a stage of work as the article is written (five are under construction, 在建3个)."""
    text = site.document.visible_text
    start, end = site.figure.start, site.figure.end
    return bool(
        _STAGE_AFTER.match(text, end, min(len(text), end + 48)) or _STAGE_BEFORE.search(text, max(0, start - 8), start)
    )


def _as_of_now(site: Site) -> bool:
    """A total as the article stands ("so far", 目前, 至今) in the figure's clause."""
    text = site.document.visible_text
    start, end = site.figure.start, site.figure.end
    return (
        bool(
            _AS_OF_NOW.search(text, max(0, start - AS_OF_NOW_REACH), start)
            or _AS_OF_NOW.match(text, end, min(len(text), end + 2))
            or _AS_OF_NOW.search(text, end, min(len(text), end + 16))
        )
        and site.running_total
    )


# A condition in the figure's sentence and a modal before the figure: an estimate of what would be, not a fact.
_CONDITION = lazy_compile(r"(?i:\b(?:if|unless)\b)|如果|假如|倘若|假设|若能|若按")
_MODAL_BEFORE = lazy_compile(r"(?i:\b(?:could|would|might)\b)|可望|将可|可以|能够")


def _conditional(site: Site) -> bool:
    """The figure's sentence sets a condition and its clause says what could or would follow ("If Texas were able
    to…, the state could draw down an additional $49 million"; 如果…，每年可节约…)."""
    text = site.document.visible_text
    start, end = site.figure.start, site.figure.end
    # the sentence around it, read from the text (a staged run's sites carry no sentences)
    floor = max(0, start - CONDITION_REACH)
    sentence_start = max(
        [floor] + [text.rfind(mark, floor, start) + len(mark) for mark in _SENTENCE_MARKS if mark in text[floor:start]]
    )
    closing = _SENTENCE_CLOSING.search(text, end, min(len(text), end + CONDITION_REACH))
    sentence_end = closing.start() if closing else min(len(text), end + CONDITION_REACH)
    return bool(
        _CONDITION.search(text, sentence_start, sentence_end)
        and _MODAL_BEFORE.search(text, max(sentence_start, start - 80), start)
    )


CONDITION_REACH = 300
_SENTENCE_MARKS = (". ", "! ", "? ", ".\t", "。", "！", "？", "\n")
_SENTENCE_CLOSING = lazy_compile(r"[.!?](?=[ \t\n]|$)|[。！？\n]")


def _published_alike(a: Site, b: Site) -> bool:
    """Both articles state one publication date: a span since an event is measured to the same day."""
    from auditor.published import publication_date

    first = publication_date(a.document)
    return first is not None and first == publication_date(b.document)


# Words that put a date ahead: 将于, 定于, "is to return to court on", "will reopen on", "scheduled for".
_SCHEDULE_BEFORE = lazy_compile(
    r"(?:将于|将在|定于|计划于|拟于|预计于|预计将)[^，,。；;]{0,20}$"
    r"|(?i:\b(?:will|is[ \t]to|are[ \t]to|scheduled|set[ \t](?:for|to)|expected[ \t]to|due[ \t](?:to|on|in)|"
    r"(?:ordered|told)[ \t][^.;!?]{1,30}?[ \t]to)\b[^.;!?]{0,40}$)"
)
SCHEDULE_REACH = 60


def _allocated_only(site: Site) -> bool:
    """Money allocated (安排…资金) with no other word of a plan in the figure's sentence: assigned and, as often as not,
    reported again as spent; a plan (计划, 目标, 将) is not."""
    text = site.document.visible_text
    start = text.rfind("。", 0, site.figure.start) + 1
    end = text.find("。", site.figure.end)
    words = [m.group(0) for m in PLAN_WORDS.finditer(text, start, end if end >= 0 else len(text))]
    return bool(words) and all(word == "安排" for word in words)


# What is done so far, right before the amount: 已收购, 已发放, 已完成, 累计已…; "so far", "to date".
_SO_FAR_BEFORE = lazy_compile(
    r"(?:已|已经)(?![于在经])[\u4e00-\u9fff]{1,4}[ \t]{0,2}$|(?i:\b(?:so[ \t]far|to[ \t]date)[^.;!?]{0,30}$)"
)


def _so_far(site: Site) -> bool:
    """The figure is what was done so far when its article was written (全市已收购小麦12.46万吨), its sentence
    naming no date it is counted to."""
    text = site.document.visible_text
    if site.figure.kind != "quantity" or not _SO_FAR_BEFORE.search(
        text, max(0, site.figure.start - 32), site.figure.start
    ):
        return False  # (已于2024年12月26日建成通车: a date told as done, not an amount so far)
    index = site.reading.sentence_at(site.figure.start)
    if index is None:
        return False
    sentence = site.reading.sentences[index]
    return not _COUNTED_TO.search(text, sentence.start, site.figure.start)


_COUNTED_TO = lazy_compile(r"截至|截止|(?i:\b(?:as[ \t]of|through)\b)")


# The two characters right before a Chinese figure, past a verb of being (达, 为, 共…): what it counts.
_NAMED_BEFORE_CN = lazy_compile(r"([\u4e00-\u9fff]{2})(?:达到?|为|共|约|有|是)?[ \t]{0,2}$")


def _classes_before(a: Site, b: Site) -> bool:
    """Both figures name what they count right before them, two words that end alike and differ before it (午餐
    / 早餐, 县道 / 乡道): two kinds of one thing."""
    names = []
    for site in (a, b):
        text = site.document.visible_text
        found = _NAMED_BEFORE_CN.search(text, max(0, site.figure.start - 6), site.figure.start)
        if found is None:
            return False
        names.append(found.group(1))
    first, second = names
    return first != second and first[-1] == second[-1] and first[0] != second[0]


# Two sides of one whole: a sentence about one side and a sentence about the other speak of two things.
_SIDES = (
    (r"(?i:\bmales?\b|\bmen\b|\bboys\b)", r"(?i:\bfemales?\b|\bwomen\b|\bgirls\b)"),
    (r"男性|男子|男生|男职工", r"女性|女子|女生|女职工"),
    (r"(?i:\bexports?\b)|出口", r"(?i:\bimports?\b)|进口"),
    (r"城镇", r"农村|乡村"),
)
_SIDE_PATTERNS = tuple((lazy_compile(first), lazy_compile(second)) for first, second in _SIDES)


def _english_noun_of_site(site: Site) -> str:
    """`_english_counted_noun` of a site's figure, for `Pairs._fact`."""
    return _english_counted_noun(site.figure)


def _sides_named(site: Site) -> tuple[tuple[bool, bool], ...] | None:
    """For each pair of sides of a whole, whether the site's sentence names the first and the second; None when
    the figure stands in no sentence. Read once per site (`Pairs._fact`)."""
    index = site.reading.sentence_at(site.figure.start)
    if index is None:
        return None
    sentence = site.reading.sentences[index]
    text = site.document.visible_text[sentence.start : sentence.end]
    return tuple((bool(first.search(text)), bool(second.search(text))) for first, second in _SIDE_PATTERNS)


def _sides_apart(first_sides, second_sides) -> bool:
    """One figure's sentence names one side of a whole and not the other, the other figure's the other side and
    not the first (male / female, men / women, exports / imports, 城镇 / 农村): `_sides_named` of each."""
    if first_sides is None or second_sides is None:
        return False
    return any(
        [x, y] in ([(True, False), (False, True)], [(False, True), (True, False)])
        for x, y in zip(first_sides, second_sides)
    )


# A day named by its month and day: 8月26日, "on Aug. 26", "March 5".
_DAY_NAMED = lazy_compile(
    r"(?<![\d.])(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}[日号]"
    r"|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]{1,2}(\d{1,2})(?![\d,.]\d)\b"
)


_DATELINE_AFTER_DAY = lazy_compile(r",?[ \t]{0,2}(?:\d{4})?[ \t]{0,2}\)?[ \t]{0,2}(?:—|–|--)")


def _day_before(site: Site) -> tuple[str, str] | None:
    """The last day its sentence names before the figure (8月26日…开展了4710亿元), as (month, day), or None."""
    reading = site.reading
    text = site.document.visible_text
    sentence = reading.sentence_at(site.figure.start)
    if sentence is None:
        return None
    found = None
    for match in _DAY_NAMED.finditer(text, reading.sentences[sentence].start, site.figure.start):
        if not _DATELINE_AFTER_DAY.match(text, match.end()):
            found = match  # ("RIVERTON, Ohio (Feb. 6, 2024) —": the article's date, not the figure's day)
    if (
        found is None
        and sentence > 0
        # (the sentence before, in its paragraph or closing the paragraph before)
        and reading.sentences[sentence].block - reading.sentences[sentence - 1].block <= 1
        and _SAME_DAY.search(text, reading.sentences[sentence].start, site.figure.start)
    ):
        # 央行8月19日…开展了521亿元逆回购操作。当日有745亿元逆回购到期: the day the sentence before names
        previous = reading.sentences[sentence - 1]
        for match in _DAY_NAMED.finditer(text, previous.start, previous.end):
            if not _DATELINE_AFTER_DAY.match(text, match.end()):
                found = match
    if found is None:
        return None
    if found.group(1):
        return str(int(found.group(1))), str(int(found.group(2)))
    return found.group(3), str(int(found.group(4)))


# The day the sentence before names: 当日, 当天, 同日, "the same day".
_SAME_DAY = lazy_compile(r"当日|当天|同日|(?i:\bthe[ \t]same[ \t]day\b|\bthat[ \t]day\b)")


CALENDAR_SIMILARITY = 0.6  # wording two articles' dates must share beyond a verb (founded in, first held in)


_VERB_BEFORE_CN = lazy_compile(r"([\u4e00-\u9fff]{2,3})[ \t]{0,2}$")
_VERB_BEFORE_EN = lazy_compile(
    r"(?i)\b([a-z]{2,20})(?:[ \t]{1,2}(?:a|an|the|its|their|about|nearly|some))?[ \t]{1,2}\$?$"
)


def _verb_before(site: Site) -> str | None:
    """The word right before a figure (开展了, held, approved), its article aside; None when none."""
    text = site.document.visible_text
    start = site.figure.start
    chinese = _VERB_BEFORE_CN.search(text, max(0, start - 3), start)
    if chinese is not None:
        # (开展了1491亿元 / 8月23日开展3793亿元: one verb, with or without 了, and what stands before it)
        return chinese.group(1).removesuffix("了").removesuffix("过")[-2:]
    found = _VERB_BEFORE_EN.search(text, max(0, start - 32), start)
    return found.group(1).lower() if found else None


# A period a sentence may date its figure by, besides a day: 上半年, 前三季度, 全年, "in the first half", "fiscal".
_PERIOD_WORDS = lazy_compile(
    r"上半年|下半年|全年|前三季度|季度|年度|(?<!\d)\d{1,2}[-—至到]\d{1,2}月|今年以来|"
    r"(?i:\b(?:first|second)[ \t]half\b|\bquarter\b|\bfiscal\b|\bthis[ \t]year\b|\blast[ \t]year\b|\bso[ \t]far\b)"
)


def _dated(site: Site) -> bool:
    """The figure's own sentence states a period (上半年, 前三季度, "in the first half"), besides any day."""
    index = site.reading.sentence_at(site.figure.start)
    if index is None:
        return False
    sentence = site.reading.sentences[index]
    return _PERIOD_WORDS.search(site.document.visible_text, sentence.start, sentence.end) is not None


def _days_apart(first, second) -> bool:
    """Both figures' sentences name the day before them (`_day_before` of each), and not the same one: each day's
    amount (a daily operation, a day's count), not one amount twice. Days two digits swapped (12 / 21) may be one
    copied with a slip."""
    if first is None or second is None or first == second:
        return False
    return not (first[0] == second[0] and first[1] == second[1][::-1])


def _days_transposed(x: "Figure", y: "Figure") -> bool:
    """Two dates of one month whose days are two digits swapped (April 21 / April 12)."""
    first, second = x.calendar, y.calendar
    return (
        first is not None
        and second is not None
        and (first.year, first.month) == (second.year, second.month)
        and first.day is not None
        and second.day is not None
        and first.day != second.day
        and str(first.day) == str(second.day)[::-1]
    )


def _scheduled(site: Site) -> bool:
    """A date wholly after the day its article states it was published, worded as a schedule."""
    from auditor.published import publication_date

    figure = site.figure
    if figure.kind not in CALENDAR_KINDS or figure.calendar is None or figure.low is None:
        return False
    published = publication_date(site.document)
    if published is None or figure.low <= published.year * 10000 + published.month * 100 + published.day:
        return False
    text = site.document.visible_text
    return _SCHEDULE_BEFORE.search(text, max(0, figure.start - SCHEDULE_REACH), figure.start) is not None


# A span counted from an event: "Nineteen months after the fire", "three years since", "26 years ago", 通车以来,
# 10年前。 (not 两年后, which is as often a span ahead: 预计2年后建成; nor 3年前完成, a date said as a span).
_SINCE_EVENT_AFTER = lazy_compile(r"[ \t]{0,2}(?:(?i:after|since|ago)\b|以来|前(?![\u4e00-\u9fff]))")
# The years a thing has run, to now: 已走过41年, 已经运行了八年, 至今已有30年.
_COME_SO_FAR_BEFORE = lazy_compile(r"已经?(?:走过了?|有|运行了?|经营了?|使用了?|服役了?)[ \t]{0,2}$")
# A streak: 连续13年保持…, "for the 16th straight year", "16 consecutive years".
_STREAK_BEFORE = lazy_compile(r"连续[ \t]{0,2}$")
_STREAK_AFTER = lazy_compile(r"(?i)[ \t]{0,2}(?:straight|consecutive|in[ \t]a[ \t]row)\b")


def _elapsed_since_event(site: Site) -> bool:
    """The figure is the time since an event, or a streak, which grows with each article written about it."""
    figure = site.figure
    text = site.document.visible_text
    if figure.kind != "span":
        return False
    return bool(
        _SINCE_EVENT_AFTER.match(text, figure.end)
        or _COME_SO_FAR_BEFORE.search(text, max(0, figure.start - 6), figure.start)
        or _STREAK_BEFORE.search(text, max(0, figure.start - 4), figure.start)
        or _STREAK_AFTER.match(text, figure.end)
    )


_CJK_RUN = lazy_compile(r"[\u4e00-\u9fff]{2,6}")
# What follows a count's measure word but is no noun: 12个已建成, 5家均为, 3个以上, 20个左右.
_NOT_A_NOUN_START = frozenset("已未将正被为是在的和与及以均都共左上下次多余万亿中内占分比较同个")


def _counted_noun_after(site: Site) -> str:
    """The noun right after a Chinese count's one-character measure word (2729个行政区 → 行政区); "" if none."""
    figure = site.figure
    if figure.dimension not in COUNTED_DIMENSIONS or len(figure.written_unit) != 1 or figure.written_unit.isascii():
        return ""
    found = _CJK_RUN.match(site.document.visible_text, figure.end)
    if found is None or found.group(0)[0] in _NOT_A_NOUN_START:
        return ""
    return found.group(0)


def _one_stated_year(a: Site, b: Site) -> bool:
    """Both figures are of one absolute year and part, stated beside one of them at least (截至2023年底…164家 /
    2023年…其中茶叶专业合作社146家): a total as of that year's end and the year's count are one figure."""
    if a.frame is None or b.frame is None or not (_states_own_period(a) or _states_own_period(b)):
        return False
    if _flow_before(a) or _flow_before(b):
        return False  # 截至2024年底累计建成2530个 / 2024年新建2350个: a total to date and a year's additions
    x, y = a.frame.period, b.frame.period
    return absolute_year(x.year) and x.year == y.year and x.part == y.part


# What is added in a period, not what there is at its end: 新建, 新增, new. (A year's 累计 total, 2024年累计完成发电
# 41.36亿千瓦时, is the year's figure, which a count at the year's end may well restate.)
_FLOW_WORDS = lazy_compile(r"新(?:建|增|开|设|办|投|装|上)|(?i:\b(?:new|added)\b)")
_CLAUSE_MARK_BEFORE = lazy_compile(r"[，,。；;：:！!？?\n]")


def _flow_before(site: Site) -> bool:
    """A word of additions in the figure's clause before it."""
    text = site.document.visible_text
    return _FLOW_WORDS.search(text, _clause_start(text, site.figure.start, reach=24), site.figure.start) is not None


def _states_own_period(site: Site) -> bool:
    """The figure's own sentence states a time (2023年, 今年, 1-6月), rather than carrying its paragraph's (frames:
    "dated"; a staged scan's sites carry no sentences)."""
    return site.frame is not None and "dated" in site.frame.kinds


# A name written in capitals before a figure in its sentence: two words or more ("Westview High", "Port of
# Wexcombe"); one word alone may be a sentence's first, capitalised anyway.
_NAME_RUN = lazy_compile(
    r"(?<![A-Za-z'’])[A-Z][A-Za-z'’.-]{1,30}(?:[ \t]{1,2}(?:of[ \t]{1,2}|the[ \t]{1,2}|and[ \t]{1,2})?[A-Z][A-Za-z'’.-]{1,30}){1,5}"
)


# (or a label's dash or colon: "7. East Side Union High - $126K", "Tamalpais Union High: $123K")
_VERB_BEFORE_FIGURE = lazy_compile(
    r"(?:(?:[ \t]{1,2}[a-z]{2,20}ly)?[ \t]{1,2}[a-z]{2,20}(?:[ \t]{1,2}(?:a|an|the|about|nearly|almost|some|over|under|more[ \t]than|up[ \t]to))?[ \t]{1,2}"
    r"|[ \t]{0,2}[-\u2013\u2014:][ \t]{1,2})"
    r"(?:US\$|\$|£|€)?"
)
# What a possessive name owns and its verb, up to the figure: "'s unemployment rate held at", "'s budget rose to".
_OWNED_BEFORE_FIGURE = lazy_compile(
    r"(?:[ \t]{1,2}[a-z]{2,20}){1,4}(?:[ \t]{1,2}(?:at|to|by|from|about|nearly|almost|some))?[ \t]{1,2}"
    r"(?:US\$|\$|£|€)?"
)
# Where a sentence ends in plain text (a staged scan's sites carry no sentences): 。！？, a line break, or an English
# full stop, with its closing quote or bracket, before a space (not a decimal point or "U.S.").
_SENTENCE_END = lazy_compile(r"[。！？\n]|[.!?][\"'”’)]?(?=[ \t\n])")
NAME_REACH = 120  # characters before a figure in which its sentence's name is looked for


def _name_before(site: Site) -> str | None:
    """The name of several capitalised words standing before the figure in its sentence, the nearest one."""
    text = site.document.visible_text
    end = site.figure.start
    if not text[end : end + 1].isascii():
        return None
    # (from the text alone, not the sentences, which a staged scan's sites do not carry)
    start = max(0, end - NAME_REACH)
    for found_break in _SENTENCE_END.finditer(text, start, end):
        start = found_break.end()
    found = None
    for match in _NAME_RUN.finditer(text, start, end):
        # the subject of the figure's verb, right before it ("Westview High enrolled 1,824"), not a source or a
        # speaker further off ("According to Census Bureau figures, the town has…", "Mayor Bill Hart said the…")
        name = match.group(0).replace("’", "'")
        if _VERB_BEFORE_FIGURE.fullmatch(text, match.end(), end) or (
            # "Dunmore County's unemployment rate held at 3.4%": the name owns what the figure measures
            name.endswith("'s") and _OWNED_BEFORE_FIGURE.fullmatch(text, match.end(), end)
        ):
            found = name.removesuffix("'s")
    return found


def _names_apart(first: str | None, second: str | None) -> bool:
    """Both figures' sentences name their subjects before them, with names whose first words (the specific
    ones) the other lacks: two subjects in parallel statements, however alike the rest ("Northside High
    enrolled…" / "Westview High enrolled…")."""
    if not first or not second:
        return False
    first_words, second_words = first.lower().split(), second.lower().split()
    # (the first word is the specific one: "Port of Wexcombe" and "Wexcombe Harbor Port Authority" share it)
    return first_words[0] not in second_words and second_words[0] not in first_words


def _names(site: Site) -> set[str]:
    return {token for token, capital in zip(site.tokens, site.capitals) if capital}


def _named_and_counted_alike(a: Site, b: Site) -> bool:
    """Both windows name one thing by its capitalised name and count the same things after the figure ("The Tern,
    the oldest at 39 years, carries 124 vehicles" / "The Tern, with room for 142 vehicles"): the subject and the
    counted noun, whatever the verb."""
    unit = a.figure.written_unit
    return (
        bool(unit)
        and unit.isascii()
        and unit[-1:].isalpha()
        and a.figure.dimension in COUNTED_DIMENSIONS
        and head_noun(unit) == head_noun(b.figure.written_unit)
        and bool(_names(a) & _names(b))
    )


_ANY_PERSON = frozenset({"people", "person", "人"})


def _narrowed(first: str, second: str) -> bool:
    """One English count's noun has a modifier the other lacks ("voting members" / "members"): a part of them. A
    name before the noun ("43 Storefront Renewal grants" / "34 grants") narrows nothing: the program's grants."""
    if not (first.isascii() and second.isascii()) or head_noun(first) != head_noun(second):
        return False  # ("twenty-foot equivalent units" / "TEU": one unit named two ways)
    words = [{word.lower() for word in unit.split()[:-1] if not word[:1].isupper()} for unit in (first, second)]
    return words[0] != words[1]


def _named_alike(first: str, second: str) -> bool:
    """Two English count nouns with one head, neither narrowed by a modifier the other lacks."""
    return head_noun(first) == head_noun(second) and not _narrowed(first, second)


_GENERIC_MEASURES = frozenset("个项次件种批类处只条")


def _counted_alike(x: "Figure", y: "Figure") -> bool:
    """Both figures count things named by one noun (visits / visits, 万人次 / 万人次), or measure in one unit that
    is no currency (TEU, 万吨): money is spent, budgeted and raised in too many amounts of one article."""
    unit = x.written_unit
    if not unit or x.dimension.startswith("[currency"):
        return False
    if len(unit) < 2:
        # (户 or 家 counts one kind of thing in both, 个 or 项 any; 人 and 名 are two counts: students, parents)
        return "\u4e00" <= unit <= "\u9fff" and unit not in _GENERIC_MEASURES and unit == y.written_unit
    if x.dimension in COUNTED_DIMENSIONS:
        heads = {head_noun(unit), head_noun(y.written_unit)}
        # ("carried 46,950 riders" / "We put 46,590 people on the train": people names any kind of person)
        return len(heads) == 1 or (x.dimension == y.dimension == "[person]" and bool(heads & _ANY_PERSON))
    return x.unit == y.unit and x.dimension == y.dimension


# The noun an English amount of money is named by, right before it: "gross sales of $211.4 million", "Sales of
# $214.1 million", "revenue totaled $3.4 million".
_MONEY_NOUN_BEFORE = lazy_compile(
    r"(?i)\b((?:[a-z]{3,20}[ \t]{1,2}){0,2}?[a-z]{3,20})[ \t]{1,2}(?:(?:of|was|were|is|are|totaled|totalled|reached|hit|"
    r"came[ \t]to|at)[ \t]{1,2}){0,2}\$?$"
)
# A place or a part named in a quotation's clause after the amount: "Sales of $46.8 million at our plant in Brisley".
_MONEY_SCOPE_AFTER = lazy_compile(
    r"(?i)[^.;!?\n]{0,40}?\b(?:at[ \t]{1,2}(?:our|the|its)|in[ \t]{1,2}[A-Z]|for[ \t]{1,2}the[ \t]{1,2}[A-Z])"
)
_NOT_MONEY_NOUNS = frozenset("the and for with from about than more less nearly almost some".split())


def _money_named_alike(a: Site, b: Site) -> bool:
    """Two amounts of money named by one noun right before each ("posted gross sales of $211.4 million" / "Sales
    of $214.1 million"): one amount, where money alone is spent, budgeted and raised in too many amounts."""
    x, y = a.figure, b.figure
    if not (x.dimension.startswith("[currency") and x.dimension == y.dimension):
        return False
    if not x.text.isascii() and not y.text.isascii():
        # 为消费者挽回经济损失2530万元 / “…为群众挽回经济损失2350万元”: the same words right before both
        leads = [
            _HAN_BEFORE.search(site.document.visible_text, max(0, site.figure.start - 8), site.figure.start)
            for site in (a, b)
        ]
        if not all(leads):
            return False
        first, second = leads[0].group(0), leads[1].group(0)
        shared = 0
        while shared < min(len(first), len(second)) and first[-1 - shared] == second[-1 - shared]:
            shared += 1
        return shared >= MONEY_NAME_SHARED
    words = []
    for site in (a, b):
        text = site.document.visible_text
        found = _MONEY_NOUN_BEFORE.search(text, max(0, site.figure.start - 40), site.figure.start)
        if found is None:
            return False
        named = [w for w in found.group(1).lower().split() if w not in _NOT_MONEY_NOUNS]
        if not named:
            return False
        if _quoted(site) and _MONEY_SCOPE_AFTER.match(text, site.figure.end):
            return False  # "Sales of $46.8 million at our plant in Brisley": the speaker's plant, not the article's
        words.append(named)
    quoted, told = (words[0], words[1]) if _quoted(a) else (words[1], words[0])
    # the same noun, the quotation's words among the article's ("Sales" in "gross sales"; not "Outpatient revenue"
    # for "revenue": a part)
    return quoted[-1] == told[-1] and set(quoted) <= set(told)


_HAN_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{1,8}$")
MONEY_NAME_SHARED = 4  # characters right before two Chinese amounts of money that name them alike (经济损失)
_QUOTE_OPENERS = "“「『"
_QUOTE_CLOSERS = "”」』"


def _quoted(site: Site) -> bool:
    return in_quotation(site.document.visible_text, site.figure.start)


def in_quotation(text: str, position: int) -> bool:
    """Whether a position stands inside a quotation of its paragraph: more curly or corner quotes opened than
    closed before it, or an odd number of straight double quotes."""
    before = text[text.rfind("\n", 0, position) + 1 : position]
    opened = sum(before.count(mark) for mark in _QUOTE_OPENERS) - sum(before.count(mark) for mark in _QUOTE_CLOSERS)
    return opened > 0 or before.count('"') % 2 == 1


def _few_long_values(reading: Reading, figure: "Figure", digits: int = LONG_SLIP_DIGITS) -> int:
    """How many different values near the figure's (within LONG_SLIP_NEAR times) of at least `digits` significant
    digits the article gives in the figure's noun or unit: the ones a slip could be confused with."""
    low, high = figure.nominal / LONG_SLIP_NEAR, figure.nominal * LONG_SLIP_NEAR
    values = {
        other.nominal
        for other in reading.figures
        if other.kind == "quantity"
        and low <= other.nominal <= high
        and _counted_alike(figure, other)
        and significant_digits(written_value(other), written_value(other)) >= digits
    }
    return len(values)


# The same words split: a part or a place; another time.
_SCOPE_PART = lazy_compile(r"(?i)\b(?:alone|only|side|ward|district|round|them|those)\b|其中|这其中|仅|单|就有")
_SCOPE_TIME = lazy_compile(
    r"(?i)\b(?:since|last[ \t]time|in[ \t]the[ \t](?:last|past)|previous|before|after|when)\b|以来|此前|上次|当时"
)
# Words in a quotation's clause that narrow or move what its count counts: a part, a place, another time.
_SCOPE_IN_QUOTE = lazy_compile(
    r"(?i)\b(?:alone|only|since|last[ \t]time|in[ \t]the[ \t](?:last|past)|previous|before|after|when|side|ward|"
    r"district|round|them|those)\b|其中|这其中|仅|单|就有|以来|此前|上次|当时"
)


COMPANIONS_REACH = 160  # characters around a figure in which its statement's other amounts are looked for


def _statement_amounts(site: Site) -> list:
    """The amounts of the figure's statement (its sentence with the clauses before it that end in ；) measured
    like it, in text order, the figure's own marked None."""
    text = site.document.visible_text
    start, end = _sentence_around(text, site.figure, reach=COMPANIONS_REACH)
    amounts = []
    for index in site.reading.figures_in(start, end):
        other = site.reading.figures[index]
        if other.kind == "quantity" and other.dimension == site.figure.dimension:
            amounts.append(None if other.start == site.figure.start else other.nominal)
    return amounts


def _companions_all_differ(a: Site, b: Site) -> bool:
    """The two statements are one report of two periods: as many amounts measured alike, the pair at one place,
    and every other amount at its place different but of its size (458名…391人…271人 / 471名…402人…291人)."""
    first, second = _statement_amounts(a), _statement_amounts(b)
    if len(first) < 3 or len(first) != len(second) or first.index(None) != second.index(None):
        return False
    return all(
        x is None or (x != y and x > 0 and y > 0 and max(x, y) <= min(x, y) * LONG_SLIP_NEAR)
        for x, y in zip(first, second)
    )


def companion_shared(a: Site, b: Site) -> bool:
    """Both figures stand in their clause beside one identical specific amount ("涉及退捕渔民1286户、3420人"
    and "涉及全县1286户、3240名退捕渔民"): a pair of figures travelling together, so the clauses speak of one
    thing, whatever their wording."""
    return bool(_clause_figures(a) & _clause_figures(b))


_AS_OF_BEFORE = lazy_compile(r"截至[ \t]{0,2}$|(?i:\bas[ \t]of[ \t]{1,2}|\bby[ \t]the[ \t]end[ \t]of[ \t]{1,2})$")


def _as_of_date(site: Site) -> bool:
    """A date a figure stands at (截至2025年6月底, "as of June 30"), not the date of an event. (截止 is a deadline's,
    and two deadlines of one thing may well disagree.)"""
    text = site.document.visible_text
    return _AS_OF_BEFORE.search(text, max(0, site.figure.start - 16), site.figure.start) is not None


def _subject_before(site: Site) -> str:
    """The Chinese words before a date in its clause, without the preposition that links them (于, 在)."""
    start, _ = _own_clause(site)
    text = "".join(t for t in site.tokens[start : site.slot] if len(t) == 1 and "\u4e00" <= t <= "\u9fff")
    return text.removesuffix("于").removesuffix("在")


# A price's move on a market, right before the percentage: 英特尔涨3.09%, 美元指数跌0.5%, "shares rose 3.1%".
_MARKET_MOVE_BEFORE = lazy_compile(
    r"(?:[\u4e00-\u9fffA-Za-z]{2,12})(?:上涨|下跌|大涨|大跌|涨|跌)[ \t]{0,2}$|(?i:\b(?:shares|stock|index)[ \t]{1,2}(?:rose|fell|gained|lost|climbed|slid|dropped)[ \t]{1,2}$)"
)


def _market_move(site: Site) -> bool:
    """A percentage that is a price's move on a market (英特尔涨3.09%): a day's, whatever the article."""
    figure = site.figure
    if figure.kind != "percent" or figure.direction is None:
        return False
    text = site.document.visible_text
    return _MARKET_MOVE_BEFORE.search(text, max(0, figure.start - 16), figure.start) is not None


# What a sentence says lies somewhere: 三源浦朝鲜镇位于柳河县东南部 → 三源浦朝鲜镇.
_LOCATED = lazy_compile(r"([\u4e00-\u9fff]{2,12}?)(?:地处|坐落于|位于)")


def _located_name(site: Site) -> str | None:
    """The named thing a site's sentence says lies somewhere before its figure (三源浦朝鲜镇位于…，距县城45公里), or
    None: two figures of two such things are each their own thing's."""
    text = site.document.visible_text
    start, _ = _sentence_around(text, site.figure)
    found = _LOCATED.search(text, start, site.figure.start)
    return found.group(1) if found is not None else None


def _different_subjects(a: Site, b: Site) -> bool:
    """Two dates whose clauses open with different names before them: the events of two subjects; or two dates of
    bodies named alike but for their last word (2019年建成的县森林防火指挥中心 / 县森林防火指挥部成立于1988年)."""
    named = [_body_dated(site) for site in (a, b)]
    if all(named) and named[0][-2:] != named[1][-2:]:
        return True  # (compared by their last words: 岚峪县森林防火指挥部 and 县森林防火指挥部 are one)
    first, second = _subject_before(a), _subject_before(b)
    if len(first) < 2 or len(second) < 2:
        return False
    grams = {first[i : i + 2] for i in range(len(first) - 1)}
    return not any(second[i : i + 2] in grams for i in range(len(second) - 1))


# A Chinese body a year dates, after 的 (2019年建成的县森林防火指挥中心) or before 成立于 / 建于 (…指挥部成立于1988年): its name
# ends in a word for a body.
_BODY_AFTER_YEAR = lazy_compile(
    r"[ \t]{0,2}(?:[\u4e00-\u9fff]{1,4}的)([\u4e00-\u9fff]{2,12}?(?:中心|指挥部|部|站|厂|馆|局|所|院|室|队|办|委员会|公司|基地|园区|协会))"
)
_BODY_BEFORE_YEAR = lazy_compile(
    r"([\u4e00-\u9fff]{2,12}?(?:中心|指挥部|部|站|厂|馆|局|所|院|室|队|办|委员会|公司|基地|园区|协会))"
    r"(?:正式)?(?:成立|组建|建成|始建|设立|挂牌|创建)于[ \t]{0,2}$"
)


def _body_dated(site: Site) -> str | None:
    """The name of the body a Chinese year dates (its founding), or None."""
    text = site.document.visible_text
    figure = site.figure
    if figure.text.isascii():
        return None
    after = _BODY_AFTER_YEAR.match(text, figure.end, min(len(text), figure.end + 24))
    if after is not None:
        return after.group(1)
    before = _BODY_BEFORE_YEAR.search(text, max(0, figure.start - 24), figure.start)
    return before.group(1) if before is not None else None


def own_clause_shared(a: Site, b: Site) -> int:
    """Content bigrams (or English content words) that the two figures' own clauses share, in any order."""

    def grams(site: Site) -> set[str]:
        start, end = _own_clause(site)
        own = [
            t
            for t in site.tokens[start:end]
            if t not in MARKERS and t not in STOP_CHARACTERS and t not in ENGLISH_STOPWORDS
        ]
        words = {t for t in own if t.isascii() and len(t) > 2}
        pairs = {a + b for a, b in zip(own, own[1:]) if not a.isascii() and not b.isascii()}
        return words | pairs

    unit, other = a.figure.written_unit, b.figure.written_unit
    # (one noun, or one noun with a name before it: "43 Storefront Renewal grants" / "the 34 grants awarded")
    same_unit = (
        1
        if unit
        and len(unit) >= 2
        and (unit == other or (unit.isascii() and (other or "").isascii() and _named_alike(unit, other or "")))
        else 0
    )
    return len(grams(a) & grams(b)) + same_unit


def adjacent_shared(a: Site, b: Site) -> int:
    """Content tokens shared right next to the figure: the run after "@" that both windows have, plus the run
    before it, up to a clause boundary; a counted noun written as the figure's unit ("1,250 people",
    "386.5万人次") counts as one, and as one per word when written alike with its modifiers ("direct jobs")."""
    unit = a.figure.written_unit
    count = 1 if unit and len(unit) >= 2 and head_noun(unit) == head_noun(b.figure.written_unit) else 0
    if count and unit.isascii() and unit.lower() == (b.figure.written_unit or "").lower():
        # A counted noun with its modifiers written alike ("3,150 direct jobs" / "3,510 direct jobs"): each word
        # is shared wording.
        count = max(1, sum(1 for word in unit.lower().split() if word not in ENGLISH_STOPWORDS))
    for step in (1, -1):
        position_a, position_b = a.slot + step, b.slot + step
        run: list[str] = []
        while 0 <= position_a < len(a.tokens) and 0 <= position_b < len(b.tokens):
            token = a.tokens[position_a]
            if token != b.tokens[position_b] or token in MARKERS:
                break
            if token not in STOP_CHARACTERS and token not in ENGLISH_STOPWORDS:
                run.append(token)
            position_a += step
            position_b += step
        # One Chinese character is the end of two different words as often as not (党员 / 人员): no shared word.
        if not (len(run) == 1 and not run[0].isascii()):
            count += len(run)
    return count


def _english_counted_noun(figure: "Figure") -> str:
    """The English noun a count is written with ("1,950 surgeries"), or "" for any other figure."""
    unit = figure.written_unit
    if figure.dimension not in COUNTED_DIMENSIONS or not unit or not unit.isascii() or not unit[-1:].isalpha():
        return ""
    return unit


def _window_text(site: Site) -> str:
    return site.document.visible_text[site.span[0] : site.span[1]]


def head_noun(unit: str) -> str:
    """A written unit's head: an English counted noun's last word in the singular ("licensed beds" and "beds",
    "acres" and "acre" of "48,100-acre"); any other unit as written."""
    if not unit.isascii() or not unit[-1:].isalpha():
        return unit
    word = unit.split()[-1].lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


# Two amounts within this ratio count as one value when judging whether wording is shared by several values.
SAME_VALUE_RATIO = Fraction(6, 5)


def _distinct(a: "Figure", b: "Figure", same_document: bool) -> bool:
    """Clearly different values: disagreeing dates, or amounts whose nominal values are apart by more than
    SAME_VALUE_RATIO (超600万元 and 15280万元 overlap as intervals but are not one value)."""
    if a.kind in CALENDAR_KINDS or b.kind in CALENDAR_KINDS:
        return bool(values_disagree(a, b, same_document))
    if not a.same_dimension(b):
        return False
    x, y = abs(a.nominal), abs(b.nominal)
    if x == 0 or y == 0:
        return x != y
    return max(x, y) / min(x, y) > SAME_VALUE_RATIO


def pairs_of(audit: "Audit") -> Pairs:
    """The audit's Pairs, built once: from the sites (`sites_of`), or from the shards' summaries (`adopt`)."""
    key = ("discovery-pairs",)
    cache = audit._quote_cache
    if key not in cache:
        with cycle_collector_paused():
            cache[key] = Pairs(sites_of(audit))
    return cache[key]


def conflict_candidates(audit: "Audit", min_confidence: float, groups: Iterable[str] | None = None) -> list[Conflict]:
    """Pairs of figures in closely matching contexts whose values cannot both be true, in document order
    (of the dimension `groups` given, or of all)."""
    return pairs_of(audit).conflicts(min_confidence, groups)
