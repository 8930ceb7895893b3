#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted23).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 8-20 paragraphs, 14-45 lines, 1,800-3,500 characters and a
   headline as the first line after its date or front matter; at least 44 mistakes, for each
   kind at least 7 within one article and at least 4 across articles, and at least 80 decoys.
Prints counts per kind and scope, and exits non-zero on any error.
"""
import collections
import datetime
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
MISTAKE_KINDS = {"conflict", "shares", "sum", "date"}
DECOY_KINDS = {"qualifier-range", "magnitude-equivalent", "look-alike", "running-total",
               "plan-vs-result", "this-vs-next-year", "different-totals",
               "persons-vs-person-times", "consistent-sum", "correct-span", "other"}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

errors = []


def err(msg):
    errors.append(msg)


def carried_date(lines):
    """The publication date the text itself carries, as YYYY-MM-DD, or None."""
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", lines[0].strip())
    if m:
        return "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3)))
    if lines[0].strip() == "---":
        for ln in lines[1:]:
            if ln.strip() == "---":
                break
            m = re.match(r"date:\s*(\d{4}-\d{2}-\d{2})\s*$", ln)
            if m:
                return m.group(1)
    for ln in lines[:8]:
        m = re.search(r"\(([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})\) —", ln)
        if m:
            mon = MONTHS.index(m.group(1)[:3].lower()) + 1
            return "%s-%02d-%02d" % (m.group(3), mon, int(m.group(2)))
    return None


def any_date_like(lines):
    """For undated files: make sure no full date slipped in anywhere."""
    text = "\n".join(lines)
    pats = [r"\d{4}年\d{1,2}月\d{1,2}日", r"\d{4}-\d{2}-\d{2}",
            r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}"]
    return [p for p in pats if re.search(p, text)]


# ------------------------------------------------------------------ 1. documents
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
    found = carried_date(lines)
    if pub != found:
        err("%s: key says published %s, file carries %s" % (f, pub, found))
    if pub is None and any_date_like(lines):
        err("%s: undated in key but contains a full date (%s)" % (f, any_date_like(lines)))
    # layout: one paragraph per line, blank lines between paragraphs (front matter excepted)
    body_start = 0
    if lines[0].strip() == "---":
        body_start = lines.index("---", 1) + 1
    body = lines[body_start:]
    while body and body[-1] == "":
        body.pop()
    for i in range(1, len(body)):
        if body[i] != "" and body[i - 1] != "" and i - 1 >= 0 and not (i == 1 and body[0] == ""):
            err("%s: lines %d and %d are adjacent paragraphs without a blank line"
                % (f, body_start + i, body_start + i + 1))

    # length 14-45 lines; the first line after the date / front matter is a headline (short,
    # no sentence-final punctuation), followed by a blank line
    n = len(lines) - (1 if lines[-1] == "" else 0)
    if not (14 <= n <= 45):
        err("%s: %d lines, outside 14-45" % (f, n))
    nchar = len("\n".join(lines).strip())
    if not (1800 <= nchar <= 3500):
        err("%s: %d characters, outside 1,800-3,500" % (f, nchar))
    # paragraphs after the headline (and the date line / front matter): 8-20
    npara = sum(1 for ln in body if ln.strip()) - (1 if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[0].strip()) else 0) - 1
    if not (8 <= npara <= 20):
        err("%s: %d paragraphs after the headline, outside 8-20" % (f, npara))
    # Chinese .txt: the date line, then (after any blank lines) the headline
    head_at = body_start + (1 if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[0].strip()) else 0)
    while lines[head_at] == "":
        head_at += 1
    head = lines[head_at].lstrip("# ").strip()
    if len(head) > 110 or head.endswith(("。", ".")) or lines[head_at + 1] != "":
        err("%s: line %d does not look like a headline: %r" % (f, head_at + 1, head))

article_files = sorted(x for x in os.listdir(HERE) if x.endswith((".txt", ".md")))
if sorted(texts) != article_files:
    err("documents list %s != files in folder %s" % (sorted(texts), article_files))

# ------------------------------------------------------------------ 2. entries
ids = set()
counts = collections.Counter()
nfig = 0
for section, kinds in (("mistakes", MISTAKE_KINDS), ("decoys", DECOY_KINDS)):
    for e in key[section]:
        eid = e.get("id")
        if eid in ids:
            err("duplicate id %s" % eid)
        ids.add(eid)
        if e.get("kind") not in kinds:
            err("%s: bad kind %r" % (eid, e.get("kind")))
        if section == "mistakes":
            if e.get("scope") not in ("within", "across"):
                err("%s: bad scope %r" % (eid, e.get("scope")))
        elif "scope" in e:
            err("%s: decoys carry no scope" % eid)
        if not e.get("note"):
            err("%s: no note" % eid)
        docs, figs, lns = e["docs"], e["figures"], e["lines"]
        if len(figs) != len(lns):
            err("%s: %d figures but %d lines" % (eid, len(figs), len(lns)))
            continue
        if len(docs) > 1:
            files = e.get("files")
            if files is None or len(files) != len(figs):
                err("%s: several docs, files must be parallel to figures" % eid)
                continue
            order = []
            for f in files:
                if f not in order:
                    order.append(f)
            if order != docs:
                err("%s: docs %s not in order of first figure %s" % (eid, docs, order))
            if files != sorted(files, key=docs.index):
                err("%s: figures not grouped by document in docs order" % eid)
        else:
            if "files" in e:
                err("%s: files given for a single document" % eid)
            files = [docs[0]] * len(figs)
        if section == "mistakes":
            scope = "across" if len(docs) > 1 else "within"
            if e["scope"] != scope:
                err("%s: scope %s but docs %s" % (eid, e["scope"], docs))
        pos = {}
        for fig, ln, f in zip(figs, lns, files):
            nfig += 1
            if f not in texts:
                err("%s: unknown document %s" % (eid, f))
                continue
            if not (1 <= ln <= len(texts[f])):
                err("%s: %s line %d out of range" % (eid, f, ln))
                continue
            line = texts[f][ln - 1]
            if fig not in line:
                err("%s: %r not on %s line %d" % (eid, fig, f, ln))
                continue
            prev_ln, prev_at = pos.get(f, (0, -1))
            if ln < prev_ln:
                err("%s: figures of %s out of line order at %r" % (eid, f, fig))
            start = prev_at + 1 if ln == prev_ln else 0
            at = line.find(fig, start)
            if at < 0:
                err("%s: %r on %s line %d is not after the previous figure" % (eid, fig, f, ln))
                at = line.find(fig)
            pos[f] = (ln, at)
        counts[(section, e["kind"], e.get("scope"))] += 1

# ------------------------------------------------------------------ 3. arithmetic
def pct(a, b):
    return round(100.0 * a / b + 1e-9, 1)


def close(a, b, tol=0.051):
    return abs(a - b) <= tol


# (label, holds?) -- relations that must hold in the articles
D = datetime.date


def r0(x):
    """round half up to an integer percent"""
    return int(x + 0.5 + 1e-9)


def span_ok(y1, y2, n, ordinal):
    """a stated span n between years y1 and y2: ordinal counts the first year as 1"""
    return (y2 - y1 + 1 == n) if ordinal else (y2 - y1 == n)


def span_fails_both(y1, y2, n):
    return y2 - y1 != n and y2 - y1 + 1 != n


HOLD = [
    # yuyuan (seed industry, 榆垣县)
    ("Y1 (18.6-16.5)/16.5 = 12.7%; 12.8-11.6 = 1.2; 1.2/11.6 = 10.3%", pct(18.6 - 16.5, 16.5) == 12.7 and close(12.8 - 11.6, 1.2, 0.001) and pct(1.2, 11.6) == 10.3),
    ("Y1 7.4+4.2+1.2 = 12.8; 57.8, 32.8, 9.4 (sum 100.0); 57.8 < 60 (接近六成)", close(7.4 + 4.2 + 1.2, 12.8, 0.001) and [pct(x, 12.8) for x in (7.4, 4.2, 1.2)] == [57.8, 32.8, 9.4] and close(57.8 + 32.8 + 9.4, 100, 0.001) and 55 < 57.8 < 60),
    ("Y1 1248+1652+86 = 2986; 1248/7.4 = 169; 1652/4.2 = 393; 1190/1652 = 72.0%", 1248 + 1652 + 86 == 2986 and round(1248 / 7.4) == 169 and round(1652 / 4.2) == 393 and pct(1190, 1652) == 72.0),
    ("Y1 1.12+0.58+0.16 = 1.86; true 60.2, 31.2, 8.6; 18600*4200 = 7812万 (约7800万)", close(1.12 + 0.58 + 0.16, 1.86, 0.001) and [pct(x, 1.86) for x in (1.12, 0.58, 0.16)] == [60.2, 31.2, 8.6] and abs(18600 * 4200 / 10000.0 - 7800) < 50),
    ("Y1 5/46 = 10.9%; 3 < 12 (partial); 415/420 = 98.8%; 52 persons < 4600 person-times", pct(5, 46) == 10.9 and 3 < 12 and pct(415, 420) == 98.8 and 52 < 4600),
    ("Y1 true 1800+1500+1500 = 4800; (5200-4800)/4800 = 8.3%; 1978 -> 2024 = 46; 2017 -> 2024 = 7; 2012..2023 = 12th", 1800 + 1500 + 1500 == 4800 and pct(5200 - 4800, 4800) == 8.3 and span_ok(1978, 2024, 46, False) and span_ok(2017, 2024, 7, False) and span_ok(2012, 2023, 12, True)),
    ("Y1 true 1983 -> 2024 = 41; 12.8 < 13 (2024 plan); 18.6 < 20", span_ok(1983, 2024, 41, False) and 12.8 < 13 and 18.6 < 20),
    ("Y2 13.5 > 13; 12.8+0.7 = 13.5; 7.6+4.6+1.3 = 13.5; 56.3, 34.1, 9.6 (sum 100.0)", 13.5 > 13 and close(12.8 + 0.7, 13.5, 0.001) and close(7.6 + 4.6 + 1.3, 13.5, 0.001) and [pct(x, 13.5) for x in (7.6, 4.6, 1.3)] == [56.3, 34.1, 9.6] and close(56.3 + 34.1 + 9.6, 100, 0.001)),
    ("Y2 corn +0.4 is the largest increase (rice +0.2, other +0.1)", close(4.6 - 4.2, 0.4, 0.001) and 4.6 - 4.2 > max(7.6 - 7.4, 1.3 - 1.2)),
    ("Y2 (6.8-6.2)/6.2 = 9.7%; true 3.2+2.9+0.7 = 6.8; 46+2 = 48; 0.4 < 13.1; 13.1/13.5 = 97%", pct(6.8 - 6.2, 6.2) == 9.7 and close(3.2 + 2.9 + 0.7, 6.8, 0.001) and 46 + 2 == 48 and 0.4 < 13.1 and r0(100.0 * 13.1 / 13.5) == 97),
    ("Y2 true 3120/5200 = 60.0%; 860 < 3120; 184/186 = 98.9%; 52 < 2860; 1983 -> 2024 = 41; 2012..2024 = 13th; 9.3+0.5 = 9.8", pct(3120, 5200) == 60.0 and 860 < 3120 and pct(184, 186) == 98.9 and 52 < 2860 and span_ok(1983, 2024, 41, False) and span_ok(2012, 2024, 13, True) and close(9.3 + 0.5, 9.8, 0.001)),
    ("Y3 (21.4-18.6)/18.6 = 15.1%; 21.4 > 20; 2013 -> 2025 = 12 (时隔12年); 12.8+0.7 = 13.5", pct(21.4 - 18.6, 18.6) == 15.1 and 21.4 > 20 and span_ok(2013, 2025, 12, False) and close(12.8 + 0.7, 13.5, 0.001)),
    ("Y3 (3264-2986)/2986 = 9.3%; 1322+1846+96 = 3264; 1846/3264 = 56.6% > 50; 1322/3264 = 40.5% (四成左右)", pct(3264 - 2986, 2986) == 9.3 and 1322 + 1846 + 96 == 3264 and pct(1846, 3264) == 56.6 and pct(1846, 3264) > 50 and pct(1322, 3264) == 40.5 and abs(pct(1322, 3264) - 40) < 2),
    ("Y3 true 6.8/15.6 = 43.6%; 46+5 = 51; 6/51 = 11.8%; 5150/5200 = 99.0%; 1900+1650+1600 = 5150", pct(6.8, 15.6) == 43.6 and 46 + 5 == 51 and pct(6, 51) == 11.8 and pct(5150, 5200) == 99.0 and 1900 + 1650 + 1600 == 5150),
    ("Y3 432/436 = 99.1%; 1983 -> 2025 = 42; 56 < 5120; 5600-5150 = 450; 14 > 13.5", pct(432, 436) == 99.1 and span_ok(1983, 2025, 42, False) and 56 < 5120 and 5600 - 5150 == 450 and 14 > 13.5),
    ("Y3 true 18.6+21.4 = 40.0; true 2012..2024 = 13th; true 2017 -> 2025 = 8", close(18.6 + 21.4, 40.0, 0.001) and span_ok(2012, 2024, 13, True) and span_ok(2017, 2025, 8, False)),
    # wengao (school lunches, 汶皋市)
    ("W1 312/338 = 92.3%; 21.6/27.4 = 78.8%; (3720-3441)/3441 = 8.1%", pct(312, 338) == 92.3 and pct(21.6, 27.4) == 78.8 and pct(3720 - 3441, 3441) == 8.1),
    ("W1 186+104+22 = 312; 59.6, true 33.3, 7.1", 186 + 104 + 22 == 312 and [pct(x, 312) for x in (186, 104, 22)] == [59.6, 33.3, 7.1]),
    ("W1 3720万/21.6万 = 172; 1150 < 3720 (partial); 1150万 / 6.2万 = 185 meals", round(3720 / 21.6) == 172 and 1150 < 3720 and round(1150 / 6.2) == 185),
    ("W1 (1.86-1.68)/1.68 = 10.7%; 0.72+0.48+0.66 = 1.86; 1252/1260 = 99.4%; 2860 persons, 312 committees = 312 schools", pct(1.86 - 1.68, 1.68) == 10.7 and close(0.72 + 0.48 + 0.66, 1.86, 0.001) and pct(1252, 1260) == 99.4 and 312 == 312),
    ("W1 2.3/5.4 = 42.6%; 2014 -> 2024 = 10; 2015..2023 = 9 editions (2024 - 2015 = 9)", pct(2.3, 5.4) == 42.6 and span_ok(2014, 2024, 10, False) and span_ok(2015, 2023, 9, True) and span_ok(2015, 2024, 9, False)),
    ("W1 (2.05-1.86)/1.86 = 10.2%; 326 > 312; 23 > 21.6", pct(2.05 - 1.86, 1.86) == 10.2 and 326 > 312 and 23 > 21.6),
    ("W2 (1840-1746)/1746 = 5.4%; 312+7 = 319; 5+2 = 7; 1.02/2.05 = 49.8%; true 0.38+0.26+0.38 = 1.02", pct(1840 - 1746, 1746) == 5.4 and 312 + 7 == 319 and 5 + 2 == 7 and pct(1.02, 2.05) == 49.8 and close(0.38 + 0.26 + 0.38, 1.02, 0.001)),
    ("W2 637/640 = 99.5%; true 1998 -> 2024 = 26; 2016 -> 2024 = 8; 2015..2024 = 10th; 9.6+2.2 = 11.8", pct(637, 640) == 99.5 and span_ok(1998, 2024, 26, False) and span_ok(2016, 2024, 8, False) and span_ok(2015, 2024, 10, True) and close(9.6 + 2.2, 11.8, 0.001)),
    ("W2 3010 persons vs 2.3万 / 1.1万 person-times", 3010 < 11000 < 23000),
    ("W3 328 > 326; true 23.1/27.9 = 82.8%; (3960-3720)/3720 = 6.5%; 3960/23.1 = 171", 328 > 326 and pct(23.1, 27.9) == 82.8 and pct(3960 - 3720, 3720) == 6.5 and round(3960 / 23.1) == 171),
    ("W3 190+114+24 = 328; +4 / +10 / +2 = 16 = 328-312; +10 is largest", 190 + 114 + 24 == 328 and (190 - 186) + (114 - 104) + (24 - 22) == 328 - 312 and 114 - 104 > max(190 - 186, 24 - 22)),
    ("W3 true 1840/3960 = 46.5%; 6+4 = 10 = 8+2; true 7.2+4.6 = 11.8", pct(1840, 3960) == 46.5 and 6 + 4 == 10 == 8 + 2 and close(7.2 + 4.6, 11.8, 0.001)),
    ("W3 2.02/2.05 = 98.5%; 0.76+0.52+0.74 = 2.02; true 2.02-1.02 = 1.00", pct(2.02, 2.05) == 98.5 and close(0.76 + 0.52 + 0.74, 2.02, 0.001) and close(2.02 - 1.02, 1.00, 0.001)),
    ("W3 1303/1310 = 99.5%; 2.6/5.9 = 44.1%; 1998 -> 2025 = 27; (2.18-2.02)/2.02 = 7.9%; 335 > 328", pct(1303, 1310) == 99.5 and pct(2.6, 5.9) == 44.1 and span_ok(1998, 2025, 27, False) and pct(2.18 - 2.02, 2.02) == 7.9 and 335 > 328),
    ("W3 true 2015..2024 = 10th; true 2014..2025 = 12th year", span_ok(2015, 2024, 10, True) and span_ok(2014, 2025, 12, True)),
    # orvanne (public radio)
    ("O1 (3.84-3.60)/3.60 = 6.7%; true 1.92+0.86+0.61+0.45 = 3.84; 4130/11480 = 36.0%; 412000/2860 = 144", pct(3.84 - 3.60, 3.60) == 6.7 and close(1.92 + 0.86 + 0.61 + 0.45, 3.84, 0.001) and pct(4130, 11480) == 36.0 and round(412000 / 2860.0) == 144),
    ("O1 41200+23600 = 64800; 63.6, true 36.4; 64,800 listeners vs 1.2 million sessions; 140 persons vs 6300 hours", 41200 + 23600 == 64800 and [pct(x, 64800) for x in (41200, 23600)] == [63.6, 36.4] and 64800 < 1200000 and 140 < 6300),
    ("O1 true 1967 -> 2024 = 57; 1994 -> 2024 = 30; 2001..2024 = 24th; 900+550+150 = 1600; 3.84 < 4.05", span_ok(1967, 2024, 57, False) and span_ok(1994, 2024, 30, False) and span_ok(2001, 2024, 24, True) and 900 + 550 + 150 == 1600 and 3.84 < 4.05),
    ("O2 4.12 > 4.05 > 3.84; 2.08+0.94+0.63+0.47 = 4.12; 2.08/4.12 = 50.5% > 50 and > 1.92/3.84 = 50.0%", 4.12 > 4.05 > 3.84 and close(2.08 + 0.94 + 0.63 + 0.47, 4.12, 0.001) and pct(2.08, 4.12) == 50.5 and pct(1.92, 3.84) == 50.0),
    ("O2 11480+440 = 11920 < 12000; 388000/2640 = 147; true 204000+184000 = 388000; 2640 < 2860 (fewer than the fall)", 11480 + 440 == 11920 and 11920 < 12000 and round(388000 / 2640.0) == 147 and 204000 + 184000 == 388000 and 2640 < 2860),
    ("O2 (4.30-4.12)/4.12 = 4.4%; 2001..2024 = 24th; 140 < 3050; 8900+250 = 9150", pct(4.30 - 4.12, 4.12) == 4.4 and span_ok(2001, 2024, 24, True) and 140 < 3050 and 8900 + 250 == 9150),
    ("O3 11480+880 = 12360 > 12000; true 1020/2910 = 35.1%; 436000 < 440000 (nearly); 436000 > 388000", 11480 + 880 == 12360 and 12360 > 12000 and pct(1020, 2910) == 35.1 and 430000 < 436000 < 440000 and 436000 > 388000),
    ("O3 true 2.31/4.30 = 54 percent; 0.268 < 2.31; true 4.12-2.08 = 2.04 = 0.94+0.63+0.47", r0(100.0 * 2.31 / 4.30) == 54 and 0.268 < 2.31 and close(4.12 - 2.08, 2.04, 0.001) and close(0.94 + 0.63 + 0.47, 2.04, 0.001)),
    ("O3 900+550+150 = 1600; true 1989 -> 2025 = 36 (37th year); true 2001..2024 = 24th; 152 < 6480; 1967 -> 2025 = 58", 900 + 550 + 150 == 1600 and span_ok(1989, 2025, 37, True) and span_ok(2001, 2024, 24, True) and 152 < 6480 and span_ok(1967, 2025, 58, False)),
    # tallis (wildfire fuels district)
    ("T1 (2260-1840)/1840 = 22.8%; 1180+720+360 = 2260; 9650+2260 = 11910; 1180/2260 = 52.2%", pct(2260 - 1840, 1840) == 22.8 and 1180 + 720 + 360 == 2260 and 9650 + 2260 == 11910 and pct(1180, 2260) == 52.2),
    ("T1 2.71M/2260 = 1199 (about 1,200); 58*30000 = 1.74M; true 1.74+0.98+0.42+0.12 = 3.26; (3.58-3.26)/3.26 = 9.8%", round(2710000 / 2260.0) == 1199 and round(2710000 / 2260.0, -2) == 1200 and 58 * 30000 == 1740000 and close(1.74 + 0.98 + 0.42 + 0.12, 3.26, 0.001) and pct(3.58 - 3.26, 3.26) == 9.8),
    ("T1 1380 inspections >= 1160 properties; 210 < 3150; true 2009 -> 2024 = 15; 1998 -> 2024 = 26; 11910/20000 = 59.6%; 2260 < 2400", 1380 >= 1160 and 210 < 3150 and span_ok(2009, 2024, 15, False) and span_ok(1998, 2024, 26, False) and pct(11910, 20000) == 59.6 and 2260 < 2400),
    ("T2 11910+1140 = 13050; 610+330+200 = 1140; 53.5, 28.9, true 17.5 (rest 17.6); 1140/2400 = 47.5%; 260 < 1140", 11910 + 1140 == 13050 and 610 + 330 + 200 == 1140 and [pct(x, 1140) for x in (610, 330, 200)] == [53.5, 28.9, 17.5] and close(100 - 53.5 - 28.9, 17.6, 0.001) and pct(1140, 2400) == 47.5 and 260 < 1140),
    ("T2 3.19/3.26 = 97.9%; 690 >= 580; 120 < 1760; 2011..2024 = 14th year; 2009 -> 2024 = 15; 1140 > 1100", pct(3.19, 3.26) == 97.9 and 690 >= 580 and 120 < 1760 and span_ok(2011, 2024, 14, True) and span_ok(2009, 2024, 15, False) and 1140 > 1100),
    ("T3 11910+2510 = 14420; 2510 > 2400; 1290+810+410 = 2510; true 810/2510 = 32.3% > 720/2260 = 31.9% (largest yet)", 11910 + 2510 == 14420 and 2510 > 2400 and 1290 + 810 + 410 == 2510 and pct(810, 2510) == 32.3 and pct(810, 2510) > max(pct(720, 2260), pct(330, 1140))),
    ("T3 true 1140/2510 = 45.4%; H2 burning 480 of 810 (most), H2 grazing 210 of 410 (much)", pct(1140, 2510) == 45.4 and 810 - 330 > 810 / 2.0 and 410 - 200 > 410 / 2.0),
    ("T3 2.96M/2510 = 1179 (about 1,180) < 1199; 1.84/3.58 = 51.4%; true 1940+1180 = 3120; true 870+290 = 1160", round(2960000 / 2510.0) == 1179 and round(2960000 / 2510.0, -1) == 1180 and 2960000 / 2510.0 < 2710000 / 2260.0 and pct(1.84, 3.58) == 51.4 and 1940 + 1180 == 3120 and 870 + 290 == 1160),
    ("T3 1520 >= 1240; true 2011..2025 = 15th year; 2019..2025 = 7th season; true 2016 -> 2025 = 9; 1998 -> 2025 = 27; 236 < 3480; 2600 > 2510; 14420/20000 = 72.1%", 1520 >= 1240 and span_ok(2011, 2025, 15, True) and span_ok(2019, 2025, 7, True) and span_ok(2016, 2025, 9, False) and span_ok(1998, 2025, 27, False) and 236 < 3480 and 2600 > 2510 and pct(14420, 20000) == 72.1),
]

FAIL = [
    # conflict: the two values differ
    ("m03 2986 == 2968; 1248+1652+86 = 2968", 2986 == 2968 or 1248 + 1652 + 86 == 2968),
    ("m05 1.86 == 1.68; 1.12+0.58+0.16 = 1.68", close(1.86, 1.68, 0.001) or close(1.12 + 0.58 + 0.16, 1.68, 0.001)),
    ("m09 3264 == 3246; 1322+1846+96 = 3246", 3264 == 3246 or 1322 + 1846 + 96 == 3246),
    ("m14 3720 == 3270; (3270-3441)/3441 = 8.1%", 3720 == 3270 or pct(3270 - 3441, 3441) == 8.1),
    ("m17 328 == 382; 190+114+24 = 382; 382 <= 338 schools", 328 == 382 or 190 + 114 + 24 == 382 or 382 <= 338),
    ("m21 312 == 321; 186+104+22 = 321; 321+7 = 319", 312 == 321 or 186 + 104 + 22 == 321 or 321 + 7 == 319),
    ("m26 11480 == 11840; 4130/11840 = 36.0%", 11480 == 11840 or pct(4130, 11840) == 36.0),
    ("m29 2640 == 2460; 388000/2460 = 147", 2640 == 2460 or round(388000 / 2460.0) == 147),
    ("m33 388000 == 338000; 338000/2640 = 147", 388000 == 338000 or round(338000 / 2640.0) == 147),
    ("m37 2260 == 2620; 1180+720+360 = 2620", 2260 == 2620 or 1180 + 720 + 360 == 2620),
    ("m41 1140 == 1410; 610+330+200 = 1410", 1140 == 1410 or 610 + 330 + 200 == 1410),
    ("m45 11910 == 11190; 11190+2510 = 14420", 11910 == 11190 or 11190 + 2510 == 14420),
    # shares
    ("m01 1.12/1.86 = 58.2% (even at the rounding limits); 58.2+31.2+8.6 = 100", pct(1.12, 1.86) == 58.2 or pct(1.115, 1.865) <= 58.25 or close(58.2 + 31.2 + 8.6, 100, 0.15)),
    ("m07 3120/5200 = 62.0%", pct(3120, 5200) == 62.0),
    ("m08 6.8/15.6 = 46.2% (even at the rounding limits)", pct(6.8, 15.6) == 46.2 or pct(6.85, 15.55) >= 46.15),
    ("m13 104/312 = 35.3%; 59.6+35.3+7.1 = 100", pct(104, 312) == 35.3 or close(59.6 + 35.3 + 7.1, 100, 0.15)),
    ("m18 23.1/27.9 = 84.2% (even at the rounding limits)", pct(23.1, 27.9) == 84.2 or pct(23.15, 27.85) >= 84.15),
    ("m22 1840/3960 = 48.5% (even at the rounding limits)", pct(1840, 3960) == 48.5 or pct(1840.5, 3959.5) >= 48.45),
    ("m27 23600/64800 = 38.4%; 63.6+38.4 = 100", pct(23600, 64800) == 38.4 or close(63.6 + 38.4, 100, 0.15)),
    ("m31 1020/2910 = 38.1%", pct(1020, 2910) == 38.1),
    ("m34 2.31/4.30 = 57 percent (even at the rounding limits)", r0(100.0 * 2.31 / 4.30) == 57 or 100.0 * 2.315 / 4.295 >= 56.5),
    ("m40 200/1140 = 19.5%; 100-53.5-28.9 = 19.5; 53.5+28.9+19.5 = 100", pct(200, 1140) == 19.5 or close(100 - 53.5 - 28.9, 19.5, 0.15) or close(53.5 + 28.9 + 19.5, 100, 0.15)),
    ("m42 810/2510 = 34.3%", pct(810, 2510) == 34.3),
    ("m46 1140/2510 = 47.4%", pct(1140, 2510) == 47.4),
    # sum
    ("m02 1800+1500+1600 = 4800", 1800 + 1500 + 1600 == 4800),
    ("m06 3.6+2.9+0.7 = 6.8 (even at the rounding limits)", close(3.6 + 2.9 + 0.7, 6.8, 0.001) or 3.55 + 2.85 + 0.65 <= 6.85),
    ("m10 18.6+21.4 = 41.0 (even at the rounding limits)", close(18.6 + 21.4, 41.0, 0.001) or 18.65 + 21.45 >= 40.95),
    ("m15 0.38+0.26+0.46 = 1.02 (even at the rounding limits)", close(0.38 + 0.26 + 0.46, 1.02, 0.001) or 0.375 + 0.255 + 0.455 <= 1.025),
    ("m19 7.2+4.9 = 11.8 (even at the rounding limits)", close(7.2 + 4.9, 11.8, 0.001) or 7.15 + 4.85 <= 11.85),
    ("m23 1.02+1.10 = 2.02 (even at the rounding limits)", close(1.02 + 1.10, 2.02, 0.001) or 1.015 + 1.095 <= 2.025),
    ("m25 1.92+0.86+0.71+0.45 = 3.84 (even at the rounding limits)", close(1.92 + 0.86 + 0.71 + 0.45, 3.84, 0.001) or 1.915 + 0.855 + 0.705 + 0.445 <= 3.845),
    ("m30 214000+184000 = 388000", 214000 + 184000 == 388000),
    ("m35 2.08+2.14 = 4.12 (even at the rounding limits)", close(2.08 + 2.14, 4.12, 0.001) or 2.075 + 2.135 <= 4.125),
    ("m38 1.74+0.98+0.52+0.12 = 3.26 (even at the rounding limits)", close(1.74 + 0.98 + 0.52 + 0.12, 3.26, 0.001) or 1.735 + 0.975 + 0.515 + 0.115 <= 3.265),
    ("m43 1940+1280 = 3120", 1940 + 1280 == 3120),
    ("m47 870+310 = 1160", 870 + 310 == 1160),
    # date (each fails under both counting conventions)
    ("m04 1983..2024 (今年 of 2024) = 40周年", not span_fails_both(1983, 2024, 40)),
    ("m11 2012..2024 (去年 of 2025) = 第十四届", not span_fails_both(2012, 2024, 14)),
    ("m12 2017..2025 = 七年来", not span_fails_both(2017, 2025, 7)),
    ("m16 1998..2024 = 25周年", not span_fails_both(1998, 2024, 25)),
    ("m20 2015..2024 (去年 of 2025) = 第十一届", not span_fails_both(2015, 2024, 11)),
    ("m24 2014..2025 (今年) = 第十个年头", not span_fails_both(2014, 2025, 10)),
    ("m28 1967..2024 (this fall) = 55th anniversary", not span_fails_both(1967, 2024, 55)),
    ("m32 2001..2024 (last summer, from 2025) = 22nd edition", not span_fails_both(2001, 2024, 22)),
    ("m36 1989..2025 = 35th year", not span_fails_both(1989, 2025, 35)),
    ("m39 2009..2024 (this spring) = 14th anniversary", not span_fails_both(2009, 2024, 14)),
    ("m44 2011..2025 (this spring) = 13th year", not span_fails_both(2011, 2025, 13)),
    ("m48 2016..2025 = seven years", not span_fails_both(2016, 2025, 7)),
]


fail_ids = {label.split()[0] for label, _ in FAIL}
key_ids = {e["id"] for e in key["mistakes"]}
if fail_ids != key_ids:
    err("FAIL list and key mistakes differ: only in FAIL %s, only in key %s"
        % (sorted(fail_ids - key_ids), sorted(key_ids - fail_ids)))
for label, ok in HOLD:
    if not ok:
        err("arithmetic that should hold fails: %s" % label)
for label, ok in FAIL:
    if ok:
        err("planted mistake does not fail: %s" % label)

# ------------------------------------------------------------------ report
nm = sum(v for (s, _, _), v in counts.items() if s == "mistakes")
nd = sum(v for (s, _, _), v in counts.items() if s == "decoys")
print("documents: %d (%d undated)" % (len(texts), sum(1 for d in key["documents"] if d["published"] is None)))
print("mistakes: %d" % nm)
for k in ("conflict", "shares", "sum", "date"):
    w = counts[("mistakes", k, "within")]
    a = counts[("mistakes", k, "across")]
    print("  %-9s %2d  (within %d, across %d)" % (k, w + a, w, a))
print("decoys: %d" % nd)
for k in sorted(DECOY_KINDS):
    print("  %-24s %2d" % (k, counts[("decoys", k, None)]))
print("figures checked: %d; arithmetic relations: %d hold, %d planted failures"
      % (nfig, len(HOLD), len(FAIL)))
for k in MISTAKE_KINDS:
    if counts[("mistakes", k, "within")] < 7:
        err("fewer than 7 within-article mistakes of kind %s" % k)
    if counts[("mistakes", k, "across")] < 4:
        err("fewer than 4 across-article mistakes of kind %s" % k)
if nm < 44:
    err("fewer than 44 mistakes (%d)" % nm)
if nd < 80:
    err("fewer than 80 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
