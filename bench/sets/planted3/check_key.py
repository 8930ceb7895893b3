#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder.

Checks: every document exists and its stated publication date matches the date the file
carries (first line, YAML front matter, or dateline) or that it carries none; every entry's
figures/lines/files are parallel; every figure appears verbatim on the stated 1-based line;
docs list the documents in order of first figure; ids are unique; kinds/scopes are valid.
Prints counts per kind and scope.
"""

import collections
import datetime
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
MISTAKE_KINDS = {"conflict", "shares", "sum", "date"}
DECOY_KINDS = {
    "qualifier-range",
    "magnitude-equivalent",
    "look-alike",
    "running-total",
    "plan-vs-result",
    "this-vs-next-year",
    "different-totals",
    "persons-vs-person-times",
    "consistent-sum",
    "correct-span",
    "other",
}
MONTHS = {
    m: i + 1
    for i, m in enumerate(["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"])
}

errors = []


def err(msg):
    errors.append(msg)


def date_in_file(lines):
    """Return the date the text carries (ISO first line, front matter, or dateline), or None."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", lines[0].strip()):
        return lines[0].strip()
    if lines[0].strip() == "---":
        for ln in lines[1:]:
            if ln.strip() == "---":
                break
            m = re.match(r"date:\s*(\d{4}-\d{2}-\d{2})", ln)
            if m:
                return m.group(1)
    for ln in lines[:6]:
        m = re.search(r"\(([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})\) —", ln)
        if m:
            mon = m.group(1).lower()
            for k, v in MONTHS.items():
                if mon.startswith(k[:3]):
                    return "%s-%02d-%02d" % (m.group(3), v, int(m.group(2)))
    return None


key = yaml.safe_load(open(os.path.join(HERE, "key.yaml"), encoding="utf-8"))

texts = {}
for d in key["documents"]:
    f = d["file"]
    path = os.path.join(HERE, f)
    if not os.path.exists(path):
        err("missing file %s" % f)
        continue
    lines = open(path, encoding="utf-8").read().split("\n")
    texts[f] = lines
    pub = d["published"]
    pub = pub.isoformat() if isinstance(pub, datetime.date) else pub
    found = date_in_file(lines)
    if pub != found:
        err("%s: key says published %s, file carries %s" % (f, pub, found))

article_files = sorted(x for x in os.listdir(HERE) if x.endswith((".txt", ".md")))
if sorted(texts) != article_files:
    err("documents list %s != files in folder %s" % (sorted(texts), article_files))

ids = set()
counts = collections.Counter()
checked = 0
for section, kinds in (("mistakes", MISTAKE_KINDS), ("decoys", DECOY_KINDS)):
    for e in key[section]:
        eid = e["id"]
        if eid in ids:
            err("duplicate id %s" % eid)
        ids.add(eid)
        if e["kind"] not in kinds:
            err("%s: bad kind %s" % (eid, e["kind"]))
        if section == "mistakes":
            if e.get("scope") not in ("within", "across"):
                err("%s: bad scope" % eid)
            if (e["scope"] == "within") != (len(e["docs"]) == 1):
                err("%s: scope %s but docs %s" % (eid, e["scope"], e["docs"]))
            counts[(section, e["kind"], e["scope"])] += 1
        else:
            if "scope" in e:
                err("%s: decoy has scope" % eid)
            counts[(section, e["kind"])] += 1
        figs, lns = e["figures"], e["lines"]
        if len(figs) != len(lns):
            err("%s: %d figures but %d lines" % (eid, len(figs), len(lns)))
            continue
        if len(e["docs"]) > 1:
            files = e.get("files")
            if not files or len(files) != len(figs):
                err("%s: files missing or not parallel" % eid)
                continue
            order = []
            for f in files:
                if f not in order:
                    order.append(f)
            if order != e["docs"]:
                err("%s: docs %s not in order of first figure %s" % (eid, e["docs"], order))
        else:
            if "files" in e:
                err("%s: files given for a single-doc entry" % eid)
            files = e["docs"] * len(figs)
        prev = None
        for fig, ln, f in zip(figs, lns, files):
            if f not in texts:
                err("%s: unknown doc %s" % (eid, f))
                continue
            lines = texts[f]
            if not (1 <= ln <= len(lines)):
                err("%s: line %d out of range in %s" % (eid, ln, f))
                continue
            line = lines[ln - 1]
            if fig not in line:
                err("%s: %r not on line %d of %s" % (eid, fig, ln, f))
            checked += 1
            # figures ordered by document (as in docs), then by line
            pos = (e["docs"].index(f), ln)
            if prev is not None and pos < prev:
                err("%s: figure %r out of order" % (eid, fig))
            prev = pos
        if not e.get("note"):
            err("%s: no note" % eid)

print("documents: %d (%d undated)" % (len(texts), sum(1 for d in key["documents"] if d["published"] is None)))
print("figures checked: %d" % checked)
nm = sum(v for k, v in counts.items() if k[0] == "mistakes")
nd = sum(v for k, v in counts.items() if k[0] == "decoys")
print("mistakes: %d" % nm)
for kind in ("conflict", "shares", "sum", "date"):
    w, a = counts[("mistakes", kind, "within")], counts[("mistakes", kind, "across")]
    print("  %-9s %2d  (within %d, across %d)" % (kind, w + a, w, a))
print("decoys: %d" % nd)
for kind in sorted(DECOY_KINDS):
    print("  %-24s %2d" % (kind, counts[("decoys", kind)]))
if errors:
    print("\n%d ERROR(S):" % len(errors))
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("\nOK: every figure is verbatim on its stated line; dates, docs and files are consistent.")
