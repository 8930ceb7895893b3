"""When a document was published, as the document itself says.

Relative periods (今年, 去年, this year, last year) and cross-article comparisons need the publication date.
A claim file states it (`published`); a bare document in `auditor scan` has only what it prints:

1. front matter: `date:`, `published:`, `pubdate:`, `publicationDate:` (and the like) with an ISO date (2024-03-05) or
   an RFC 2822 one (Sun, 17 Jul 2022 05:04:58 GMT);
2. else a full date (year, month and day) in the dateline or byline: the first lines of the text
   ("EASTBROOK, Sept. 3, 2024 —", "（记者 张三）2024年3月5日", "2024-03-05 10:20 来源：…");
3. else a full date on one of the last lines, where Chinese releases sign off ("伊宁县统计局 2024年3月5日").

A date elsewhere in the text is an event's, not the article's, so it is never taken. When none is found the
date is unknown, and whatever needs it says so rather than guessing.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from auditor.patterns import lazy_compile
from auditor.structure import front_matter

if TYPE_CHECKING:
    from auditor.documents import Document

# How far into the text a dateline or byline may stand, and how far from the end a sign-off.
HEAD_CHARACTERS = 400
TAIL_CHARACTERS = 200

_FRONT_DATE = lazy_compile(
    r"(?im)^(?:date|pub_?date|publish(?:ed)?(?:_?(?:date|at|on))?|publication_?date|created(?:_?at)?)[ \t]{0,8}[:=][ \t]{0,8}['\"]?([^'\"\n]{6,60})"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_WORD = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_FULL_DATE = lazy_compile(
    r"(?<!\d)(\d{4})[ \t]{0,2}年[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}[日号]"
    r"|(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"
    r"|(?<![A-Za-z])" + _MONTH_WORD + r"[ \t]{1,3}(\d{1,2}),[ \t]{1,3}(\d{4})(?!\d)"
    r"|(?<!\d)(\d{1,2})[ \t]{1,3}" + _MONTH_WORD + r",?[ \t]{1,3}(\d{4})(?!\d)"
)


def _date(year: str, month: str, day: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _first_full_date(text: str) -> datetime.date | None:
    for m in _FULL_DATE.finditer(text):
        g = m.groups()
        if g[0]:
            found = _date(g[0], g[1], g[2])
        elif g[3]:
            found = _date(g[3], g[4], g[5])
        elif g[6]:
            found = _date(g[8], str(month_number(g[6])), g[7])
        else:
            found = _date(g[11], str(month_number(g[10])), g[9])
        if found is not None and 1900 <= found.year <= 2200:
            return found
    return None


def _front_date(value: str) -> datetime.date | None:
    """An ISO date (2024-03-05, 2024-03-05T10:20:00Z) or an RFC 2822 one (Sun, 17 Jul 2022 05:04:58 GMT)."""
    iso = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if iso:
        return _date(*iso.groups())
    from email.utils import parsedate

    parsed = parsedate(value)
    return _date(str(parsed[0]), str(parsed[1]), str(parsed[2])) if parsed else None


def month_number(word: str) -> int:
    """An English month's number from its name or abbreviation: June, Jun, Sept. → 6, 6, 9."""
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or _MONTHS[word[:3]]


def publication_date(document: Document) -> datetime.date | None:
    """The document's publication date as it states it, or None (see the module's docs)."""
    text = document.text
    span = front_matter(text)
    front = _FRONT_DATE.search(text, *span) if span else None
    if front:
        found = _front_date(front.group(1).strip())
        if found is not None:
            return found
    visible = document.visible_text
    return _first_full_date(visible[:HEAD_CHARACTERS]) or _first_full_date(visible[-TAIL_CHARACTERS:])
