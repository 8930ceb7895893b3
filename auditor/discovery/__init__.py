"""Discovery: relations between figures guessed from their wording, with no claims.

`auditor scan` runs on bare documents; its discovery checks (checks/discovered_*.py)
read this module's model of a document. docs/scan.md is the reference, with
worked examples; in short:

The package is laid out as the work is done: `reading` (sentences, clauses,
passages), `windows` (context windows, tokens, shingles, which figures
compare), `values` (whether two values can both be true), `vetoes` (wording
that shows two windows speak of different things), `pairs` (candidates,
similarity, confidence, judgement) and `stages` (the same work cut for
`--jobs`).

- **Reading** (`read_document`). Sentences end at 。！？；… and at an English
  full stop before a space; clauses at ，、：（）and the English comma.
  Punctuation inside a figure ("1,080", "2.12亿元") never cuts. A line that
  stops mid-sentence (a PDF break: 002's "卓然气" / "质。") runs on into the
  next; a headline (no punctuation inside) does not.
- **Sites** (`build_site`). Every comparable figure (quantities, percentages,
  spans not ending now, years, dates; not ordinals or anniversaries) gets a
  window: up to two clauses before its own in the sentence (plus the previous
  sentence's last clause when the sentence opens with 该/这/this/it…), its own
  clause, and the next clause when its own ends right after the figure. The
  window starts after a verb of saying ("杨永辉介绍，", "the board says").
  Tokens are Chinese characters and English words (function words dropped,
  plural s and 's removed); the figure is `@`, every other figure `#`.
- **Shingles** (`shingles`). Token bigrams and trigrams inside clauses, plus
  English content words, weighted by IDF and by clause (own 1.0, before 0.6,
  after 0.3); shingles made only of function words and figure verbs (投入,
  筹得, raised) weigh 0.2.
- **Candidates** (`Pairs.candidates`). Sites of one dimension group are
  indexed by their shingles of weight >= 0.5 held by at most MAX_POSTING (20)
  sites: a shingle more common than that is not rare enough to block on, and
  the cap bounds the pair counting (L²/2 per posting of length L). Pairs
  sharing three indexed shingles are candidates; a site with more than
  MAX_CANDIDATES (20) keeps its most similar ones (a pair stays when either
  site keeps it). Work grows with the number of figures, not its square.
- **Judgement** (`Pairs.judge`). Values must be incompatible (disjoint
  intervals; dates differing in year, month or day; relative dates only with
  one anchor word in one document). Similarity is soft containment,
  S / (S + 0.3·U + K) with S the weight shared, U the smaller window's
  unshared weight and K four shared shingles' weight. Confidence =
  clip((similarity − 0.12) / 0.38) × value factor (1.0 for values within 1.5×, 0.8 up to 3× or an exact power of ten,
  0.55 up to 10×, 0.35 beyond; dates 0.6; percentages by gap). Then vetoes
  (`align`, `Pairs.same_subject`): one sentence; a numbered part on one side
  only or different parts (一期/二期, Phase 1/2); figures at aligned places
  that disagree; a shared phrase modified differently ("启明助学|基金" vs
  "仁心医疗|基金"); a shared phrase that introduces the figure in one window
  and another figure in the other; different numbers or English months at
  aligned places; a different counted noun right after the figure; a
  Chinese count naming what it counts after its measure word (2729个行政区)
  that the other window never names; across articles, a span counted
  from an event (`Nineteen months after the fire`, 通车以来) unless both
  articles carry one publication date; across articles with no year
  stated and one of them undated, values that are not one slip apart (two
  years' figures as likely as one; percentages only with two digits
  swapped), also when one figure's year is known and the other's is not;
  this year's plans (今年拟安排) of unknown years; streaks (连续13年) across
  articles as spans since an event; two figures at aligned places measured
  in different units (完成年度目标20万人次的 / 6.5万人的), and a part of a year (上半年) unless both
  are dated; two digits swapped across articles in windows less than 0.15
  alike. Running
  totals (累计, 截至, so far, by June) are compared across documents only when
  both state one date. Finally `Pairs.ambiguous`: a third figure carrying most
  of the pair's shared wording with a third value (or a second value in one
  of the two documents) makes that wording a measure, not a name.

Cost: each document is read, tokenized and shingled once (`document_sites`),
a judgement first rejects the many weakly similar candidates on their shared
shingles alone (`Pairs._clearly_below`), and the cycle collector is paused
while the tables are built (`auditor.collector`). For `--jobs N` the
check runs in stages (`prepare_documents` on document shards in the workers,
`adopt_prepared` and `prepared_groups` in the parent, then one task per
dimension group), with the same result as one process. IDF weights are
computed on first use (`InverseFrequencies`), by the part that needs them.

Nothing here prints; checks turn candidates into findings.
"""

from auditor.discovery.pairs import Conflict, Pairs, confidence_of, conflict_candidates, similarity, sites_of
from auditor.discovery.reading import Reading, passages, read_document, reading_of
from auditor.discovery.stages import adopt_prepared, prepare_documents, prepared_groups
from auditor.discovery.values import value_factor, values_disagree
from auditor.discovery.windows import (
    CALENDAR_KINDS,
    ENGLISH_STOPWORDS,
    FIGURE_VERBS,
    Site,
    build_site,
    comparable,
    group_key,
    numbered_part,
    tokenize,
)

__all__ = [
    "CALENDAR_KINDS",
    "ENGLISH_STOPWORDS",
    "FIGURE_VERBS",
    "Conflict",
    "Pairs",
    "Reading",
    "Site",
    "adopt_prepared",
    "build_site",
    "comparable",
    "confidence_of",
    "conflict_candidates",
    "group_key",
    "numbered_part",
    "passages",
    "prepare_documents",
    "prepared_groups",
    "read_document",
    "reading_of",
    "similarity",
    "sites_of",
    "tokenize",
    "value_factor",
    "values_disagree",
]
