"""Discovery in stages for --jobs: documents prepared on shards, adopted by the parent, judged per group."""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING

from auditor.collector import cycle_collector_paused
from auditor.discovery.pairs import Pairs, document_sites
from auditor.discovery.reading import Reading, reading_of
from auditor.discovery.windows import Site, shingles

if TYPE_CHECKING:
    from auditor.audit import Audit

# --- stages for --jobs ----------------------------------------------------------------
#
# `auditor scan --jobs N` (auditor/parallel.py) runs discovered-conflict in stages: the per-document work
# (reading, windows, shingles: most of the cost) on the document shards in the workers, and the
# cross-document step (IDF, candidates, judging) split by dimension group, which never compare with
# each other. The result is the same as `conflict_candidates` in one process.

# One document's sites as plain data: (path, figures, figure places, rows); a row is a Site's fields after
# its reading, and its shingles. Sentences stay behind: the cross-document step needs a figure's sentence
# index only (in the places), and they cost more to send than anything else.
PreparedDocument = tuple[str, tuple, tuple, list[tuple]]


def prepare_documents(audit: "Audit") -> list[PreparedDocument]:
    """The per-document stage, for the audit's documents (a shard of them, in a worker)."""
    prepared = []
    with cycle_collector_paused():
        for path, document in audit.documents.items():
            reading = reading_of(audit, document)
            rows = [
                (
                    site.index,
                    site.tokens,
                    site.weights,
                    site.capitals,
                    site.slot,
                    site.others,
                    site.span,
                    site.running_total,
                    site.part,
                    site.frame,
                    site.block,
                    shingles(site),
                )
                for site in document_sites(reading)
            ]
            prepared.append((path, reading.figures, reading.places, rows))
    return prepared


def adopt_prepared(audit: "Audit", shard: list[PreparedDocument]) -> None:
    """Take one shard's summary (in the parent, while the workers go on): keep its documents, and count its
    shingles' document frequencies now rather than all at the end."""
    cache = audit._quote_cache
    prepared = cache.setdefault(("discovery-prepared",), {})
    frequency = cache.setdefault(("discovery-frequency",), Counter())
    with cycle_collector_paused():
        for entry in shard:
            prepared[entry[0]] = entry
            frequency.update(chain.from_iterable(row[-1] for row in entry[3]))


def prepared_groups(audit: "Audit") -> list[str]:
    """After the last shard: the sites rebuilt in the audit's document order (as `sites_of` builds them) and
    the dimension groups to judge, largest first (each is a part of the cross-document step)."""
    cache = audit._quote_cache
    prepared = cache.pop(("discovery-prepared",), {})
    frequency = cache.pop(("discovery-frequency",), Counter())
    sites: list[Site] = []
    grams: list[dict[str, float]] = []
    with cycle_collector_paused():
        for path, document in audit.documents.items():
            _, figures, places, rows = prepared[path]
            # Not the document's full Reading (no sentences), so not cached as one: the sites' own.
            reading = Reading(document, figures, (), places)
            for *fields, site_grams in rows:
                sites.append(Site(reading, *fields))
                grams.append(site_grams)
        cache[("discovery-sites",)] = sites
        pairs = cache[("discovery-pairs",)] = Pairs(sites, grams, frequency)
    members = pairs.groups()
    return sorted(members, key=lambda key: (-len(members[key]), key))
