"""Units: one lazily built pint registry, from the package's own definitions file.

Every conversion factor comes from `auditor/units.txt` through pint; this
module only chooses, for each dimension, which unit figures are expressed in
("base units" in auditor's sense, e.g. CNY, person, square_meter, tonne,
year). pint is imported the first time a factor is needed, never at import,
and factors are cached per written unit so reading a long text costs one pint
lookup per distinct unit.

Exact arithmetic throughout: the registry is built with `non_int_type=Fraction`,
so 1 亩 is exactly 2000/3 m² and 1.36亿元 is exactly 13600万元.
"""

from __future__ import annotations

import functools
import hashlib
import json
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.numbers import human_number

if TYPE_CHECKING:  # pragma: no cover
    import pint

DEFINITIONS = Path(__file__).with_name("units.txt")
# The unit-factor cache holds a few hundred entries; anything much larger is not ours.
MAX_CACHE_BYTES = 4 * 1024 * 1024

# The unit a figure of each dimension is expressed in. Names are units of
# units.txt; the choice is for people reading the output (tonnes, not kilograms,
# because news counts grain and freight in 吨).
BASE_UNITS: dict[str, str] = {
    "[person]": "person",
    "[person_time]": "person_time",
    "[household]": "household",
    "[count]": "count",
    "[TEU]": "TEU",
    "[percent]": "percent",
    "[percentage_point]": "percentage_point",
    "[score_point]": "score_point",
    "[currency_CNY]": "CNY",
    "[currency_USD]": "USD",
    "[currency_EUR]": "EUR",
    "[currency_HKD]": "HKD",
    "[currency_JPY]": "JPY",
    "[length]": "meter",
    "[length] ** 2": "square_meter",
    "[length] ** 3": "cubic_meter",
    "[mass]": "tonne",
    "[time]": "year",
    # Speeds named as one unit (mph, kph) land where a written rate (km/h, 米/秒) does.
    "[length] / [time]": "meter/year",
    "[length] ** 2 * [mass] / [time] ** 3": "watt",
    "[length] ** 2 * [mass] / [time] ** 2": "kilowatt_hour",
}

# How base units are shown to people (format_quantity); other units show as named.
DISPLAY: dict[str, str] = {
    "person": "persons",
    "person_time": "person-times",
    "household": "households",
    "count": "items",
    "percent": "%",
    "percentage_point": "percentage points",
    "score_point": "points",
    "square_meter": "m²",
    "cubic_meter": "m³",
    "meter": "m",
    "tonne": "t",
    "year": "years",
    "watt": "W",
    "degC": "°C",
    "degF": "°F",
    "kilowatt_hour": "kWh",
}


_SINGULAR = {
    "persons": "person",
    "person-times": "person-time",
    "households": "household",
    "items": "item",
    "years": "year",
    "percentage points": "percentage point",
    "points": "point",
}


class UnknownUnit(KeyError):
    """A written unit that units.txt does not define."""

    def __init__(self, unit: str):
        super().__init__(unit)
        self.unit = unit

    def __str__(self) -> str:
        return f'unknown unit "{self.unit}"'


@functools.cache
def registry() -> "pint.UnitRegistry":
    """The process's one registry, built from units.txt on first use."""
    import pint

    return pint.UnitRegistry(str(DEFINITIONS), non_int_type=Fraction, cache_folder=None)


def _dimension_string(dimensionality) -> str:
    # pint's own formatter chokes on Fraction exponents, so spell it here,
    # in pint's default style: "[length] ** 2", "[mass] / [time] ** 3".
    positive = []
    negative = []
    for name, power in sorted(dimensionality.items()):
        power = Fraction(power)
        target = positive if power > 0 else negative
        power = abs(power)
        exponent = "" if power == 1 else f" ** {power}"
        target.append(f"{name}{exponent}")
    text = " * ".join(positive) if positive else "1"
    if negative:
        text += " / " + " / ".join(negative)
    return text


# pint's parser does not take symbols that are not identifiers; these are
# spellings of units defined in units.txt, not conversions.
_SPELLINGS = {
    "%": "percent",
    "％": "percent",
    "$": "USD",
    "US$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "m2": "square_meter",
    "°C": "degC",
    "℃": "degC",
    "°F": "degF",
    "℉": "degF",
    "‰": "千分之",
    "‱": "万分之",
    "€": "EUR",
    "£": "GBP",
    "¢": "cent",
    "µg": "microgram",
    "μg": "microgram",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "C$": "CAD",
    "A$": "AUD",
}


class _FactorCache:
    """pint's answers, kept on disk between runs.

    Importing pint costs more than the rest of an `auditor check` of the
    bundled corpus, yet its answers only change when units.txt, BASE_UNITS or
    pint itself change. So every factor pint computes is stored in a small
    JSON file in the user's cache directory, keyed by a hash of all three;
    later runs read it and import pint only for a unit not seen before.
    `--no-cache` and `AUDITOR_NO_CACHE=1` turn this off; an unreadable or unwritable cache is
    ignored. Writes are atomic, so concurrent runs never see half a file.
    """

    def __init__(self) -> None:
        self.path: Path | None = None
        self.entries: dict[str, list[str]] = {}
        from auditor.caching import caches_disabled, default_directory, installed

        directory = default_directory()
        if caches_disabled() or directory is None:
            return
        try:
            pint_id = repr(installed("pint"))
            key = hashlib.sha256(
                DEFINITIONS.read_bytes()
                + repr(sorted(BASE_UNITS.items())).encode()
                + repr(sorted(_SPELLINGS.items())).encode()
                + pint_id.encode()
            ).hexdigest()[:16]
        except (OSError, ImportError, ValueError):  # unreadable definitions: run without a cache
            return
        self.path = directory / f"units-{key}.json"
        try:
            from auditor.io import read_input

            loaded = json.loads(read_input(self.path, MAX_CACHE_BYTES, record=False).decode("utf-8"))
            if isinstance(loaded, dict):
                self.entries = loaded
        except (OSError, ValueError, RecursionError):  # a damaged or hostile entry: start afresh
            pass

    def get(self, written_unit: str) -> tuple[Fraction, str, str] | None:
        entry = self.entries.get(written_unit)
        if not (isinstance(entry, list) and len(entry) == 3 and all(isinstance(item, str) for item in entry)):
            return None
        try:
            return Fraction(entry[0]), entry[1], entry[2]
        except (ValueError, ZeroDivisionError):
            return None

    def put(self, written_unit: str, value: tuple[Fraction, str, str]) -> None:
        if self.path is None:
            return
        factor, base, dimension = value
        self.entries[written_unit] = [str(factor), base, dimension]
        try:
            from auditor.io import write_atomic

            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(self.entries, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        except OSError:
            self.path = None  # read-only home, full disk: carry on without a cache


@functools.cache
def _factor_cache() -> _FactorCache:
    return _FactorCache()


@functools.lru_cache(maxsize=1024)
def unit_factor(written_unit: str) -> tuple[Fraction, str, str]:
    """(factor to base unit, base unit name, dimension) of a written unit.

    `unit_factor("万元") == (Fraction(10000), "CNY", "[currency_CNY]")`;
    `unit_factor("亩") == (Fraction(2000, 3), "square_meter", "[length] ** 2")`.
    Raises `UnknownUnit` (a KeyError) for a unit units.txt does not define.
    """
    if written_unit == "":
        return Fraction(1), "", ""
    if "/" in written_unit and written_unit not in _SPELLINGS:
        # A rate (元/平方米, km/h, USD/person) is a dimension of its own: numerator over denominator.
        numerator, _, denominator = written_unit.partition("/")
        if not numerator or not denominator or "/" in denominator:
            raise UnknownUnit(written_unit)
        top = unit_factor(numerator)
        bottom = unit_factor(denominator)
        if not top[1] or not bottom[1]:
            raise UnknownUnit(written_unit)
        below = bottom[2] if " " not in bottom[2] or bottom[2].count("[") == 1 else f"({bottom[2]})"
        return top[0] / bottom[0], f"{top[1]}/{bottom[1]}", f"{top[2]} / {below}"
    cache = _factor_cache()
    cached = cache.get(written_unit)
    if cached is not None:
        return cached
    result = pint_unit_factor(written_unit)
    cache.put(written_unit, result)
    return result


def pint_unit_factor(written_unit: str) -> tuple[Fraction, str, str]:
    """unit_factor computed by pint from units.txt, bypassing the on-disk cache."""
    import pint

    ureg = registry()
    name = _SPELLINGS.get(written_unit, written_unit).replace(" ", "_")
    try:
        quantity = ureg.Quantity(Fraction(1), name)
    except (
        pint.errors.UndefinedUnitError,
        pint.errors.DefinitionSyntaxError,
        AttributeError,
        ValueError,
        TypeError,
        AssertionError,
    ):  # pint's parser asserts on a name that is not an identifier (¢, ℃)
        raise UnknownUnit(written_unit) from None
    dimension = _dimension_string(quantity.dimensionality)
    base = BASE_UNITS.get(dimension)
    if base is None:
        # A dimension of its own (a currency, a temperature scale, a multiple) is expressed in the
        # unit that defines it.
        root = str(quantity.to_root_units().units)
        if not root.isidentifier():
            raise UnknownUnit(written_unit)
        base = root
    return Fraction(quantity.to(base).magnitude), base, dimension


class UnitMismatch(Exception):
    """Two figures (or units) of different dimensions were compared or converted."""


def convert(value: Fraction, from_unit: str, to_unit: str) -> Fraction:
    """Convert an exact value between two units of one dimension, with pint.

    `convert(Fraction(4), "万平方米", "亩") == 60`. Raises
    `auditor.figures.UnitMismatch` across dimensions (亿元 → 人次, CNY → USD).
    """
    factor_from, _, dim_from = unit_factor(from_unit)
    factor_to, _, dim_to = unit_factor(to_unit)
    if dim_from != dim_to:
        raise UnitMismatch(
            f"cannot compare {from_unit} ({dim_from or 'dimensionless'}) with {to_unit} ({dim_to or 'dimensionless'})"
        )
    return Fraction(value) * factor_from / factor_to


def format_quantity(value: Fraction, unit: str) -> str:
    """For humans: "1,080,000 CNY", "40,000 m²", "60 亩", "≈16,666,666.67 m²"."""
    number = human_number(Fraction(value))
    shown = DISPLAY.get(unit, unit)
    if value == 1:
        shown = _SINGULAR.get(shown, shown)
    if not shown:
        return number
    if shown == "%":
        return number + "%"
    return f"{number} {shown}"
