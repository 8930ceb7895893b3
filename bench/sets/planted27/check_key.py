#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted27).

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


def days(y1, m1, d1, y2, m2, d2):
    """days from one date to another, both included"""
    return (D(y2, m2, d2) - D(y1, m1, d1)).days + 1


HOLD = [
    # yunyang (district heating, 沄阳市)
    ("Y1 6820+440 = 7260; 2023-11-15..2024-03-15 = 122 days; 4860+1350+720+330 = 7260; true shares 66.9, 18.6, 9.9, 4.5; 720 > 700; 186/180 = 103.3%; 52+134 = 186; 174 < 312", 6820 + 440 == 7260 and days(2023, 11, 15, 2024, 3, 15) == 122 and 4860 + 1350 + 720 + 330 == 7260 and [pct(x, 7260) for x in (4860, 1350, 720, 330)] == [66.9, 18.6, 9.9, 4.5] and 720 > 700 and pct(186, 180) == 103.3 and 52 + 134 == 186 and 174 < 312),
    ("Y1 460 x 122 = 5.6万人次; 1987 -> 2023 = 36年; 2015..2023 = 第九届; 12.6万 < 61.2万; true 0.96+0.48+0.85+1.13 = 3.42; 2011 -> 2023 = 12; 洺州 5380 < 7260; 2024 plan 210 > 186, 3.9 > 3.42", round(460 * 122 / 10000.0, 1) == 5.6 and span_ok(1987, 2023, 36, False) and span_ok(2015, 2023, 9, True) and 12.6 < 61.2 and close(0.96 + 0.48 + 0.85 + 1.13, 3.42, 0.001) and span_ok(2011, 2023, 12, False) and 5380 < 7260 and 210 > 186 and 3.9 > 3.42),
    ("Y2 (1.38-1.12)/1.38 = 18.8%; 198/210 = 94.3%; 7260+450 = 7710; 0.96/3.42 = 28.1%; 1994 -> 2024 = 30周年; 13.4万-12.6万 = 8000; 98.6 > 98.5 > 97.8; 3912 > 3860, 271 > 268 (forecast vs actual); 1260 persons < 3.8万人次", pct(1.38 - 1.12, 1.38) == 18.8 and pct(198, 210) == 94.3 and 7260 + 450 == 7710 and pct(0.96, 3.42) == 28.1 and span_ok(1994, 2024, 30, False) and round((13.4 - 12.6) * 10000) == 8000 and 98.6 > 98.5 > 97.8 and 3912 > 3860 and 271 > 268 and 1260 < 38000),
    ("Y2 true 57+141 = 198; true 3.12/3.9 = 80.0%; true 2015..2024 = 10th; 720 -> 910 and 330 -> 410 as in yunyang-3", 57 + 141 == 198 and pct(3.12, 3.9) == 80.0 and span_ok(2015, 2024, 10, True) and 910 > 720 and 410 > 330),
    ("Y3 2024-11-15..2025-03-15 = 121 days; 5080+1310+910+410 = 7710; shares 65.9, 17.0, 11.8, 5.3; (1310+910+410)/7710 = 34.1%; 35-34.1 < 1; 214/210 = 101.9%; 61+153 = 214; 1.12+0.52+0.94+1.28 = 3.86; 1.12-0.96 = 0.16", days(2024, 11, 15, 2025, 3, 15) == 121 and 5080 + 1310 + 910 + 410 == 7710 and [pct(x, 7710) for x in (5080, 1310, 910, 410)] == [65.9, 17.0, 11.8, 5.3] and pct(1310 + 910 + 410, 7710) == 34.1 and 35 - 34.1 < 1 and pct(214, 210) == 101.9 and 61 + 153 == 214 and close(1.12 + 0.52 + 0.94 + 1.28, 3.86, 0.001) and close(1.12 - 0.96, 0.16, 0.001)),
    ("Y3 186+214 = 400; 3.42+3.86 = 7.28; 198+16 = 214; 16 < 37/2; 1994 -> 2025 = 31; 2013 -> 2025 = 时隔12年; 7710+400 > 8000; 7710/300 - 1 > 20 (20多倍); 14.6/63.9 = 22.8% (两成多); true (1.12-0.94)/1.12 = 16.1%; true 3.86/3.9 = 99.0%; true 63.9-61.2 = 2.7; true 1987 -> 2025 = 38; 洺州 5640, 0.88 (own figures); 2180 < 5.9万", 186 + 214 == 400 and close(3.42 + 3.86, 7.28, 0.001) and 198 + 16 == 214 and 16 < 37 / 2 and span_ok(1994, 2025, 31, False) and span_ok(2013, 2025, 12, False) and 7710 + 400 > 8000 and 7710 / 300 - 1 > 20 and 20 < pct(14.6, 63.9) < 30 and pct(1.12 - 0.94, 1.12) == 16.1 and pct(3.86, 3.9) == 99.0 and close(63.9 - 61.2, 2.7, 0.001) and span_ok(1987, 2025, 38, False) and 2180 < 59000),
    # rongpu (cross-border e-commerce, 榕浦县)
    ("R1 (46.2-38.6)/38.6 = 19.7%; 41.8+4.4 = 46.2; 18.6+9.5+13.7 = 41.8; shares of exports 44.5, 22.7, 32.8; 386+66 = 452; 1986 -> 2024 = 38 (近40年); 1860万/365 > 5万; 2600-2350 = 250; true markets 31.2+24.6+19.8+9.7+14.7 = 100; true 980+720+260+390 = 2350; 2018..2023 = 第六届; true 2009 -> 2024 = 15; 3200人次 vs 860名; 柘浦 29.3 < 46.2", pct(46.2 - 38.6, 38.6) == 19.7 and close(41.8 + 4.4, 46.2, 0.001) and close(18.6 + 9.5 + 13.7, 41.8, 0.001) and [pct(x, 41.8) for x in (18.6, 9.5, 13.7)] == [44.5, 22.7, 32.8] and 386 + 66 == 452 and 35 < 2024 - 1986 < 40 and 18600000 / 365 > 50000 and 2600 - 2350 == 250 and close(31.2 + 24.6 + 19.8 + 9.7 + 14.7, 100, 0.001) and 980 + 720 + 260 + 390 == 2350 and span_ok(2018, 2023, 6, True) and span_ok(2009, 2024, 15, False) and 860 < 3200 and 29.3 < 46.2),
    ("R2 (25.8-20.4)/20.4 = 26.5%; 26.5-19.7 = 6.8; 23.4+2.4 = 25.8; true 23.4/25.8 = 90.7%; true 10.1+5.2+8.1 = 23.4; 1030 > 1860/2; 452+37 = 489; 12+2 = 14; 1180/2600 = 45.4%; 2018..2024 = 第七届; true 2017 -> 2024 = 7; 1.2 -> 1.0 hours; 430 < 1850; 柘浦 15.6 < 25.8", pct(25.8 - 20.4, 20.4) == 26.5 and close(26.5 - 19.7, 6.8, 0.001) and close(23.4 + 2.4, 25.8, 0.001) and pct(23.4, 25.8) == 90.7 and close(10.1 + 5.2 + 8.1, 23.4, 0.001) and 1030 > 1860 / 2 and 452 + 37 == 489 and 12 + 2 == 14 and pct(1180, 2600) == 45.4 and span_ok(2018, 2024, 7, True) and span_ok(2017, 2024, 7, False) and 1.0 < 1.2 and 430 < 1850 and 15.6 < 25.8),
    ("R3 49.7+5.2 = 54.9; (54.9-46.2)/46.2 = 18.8%; 20.3+11.6+17.8 = 49.7; shares of exports 40.8, 23.3, 35.8; 35.8-32.8 = 3; 1860+2240 = 4100; 452+65 = 517; 9 <= 14 (overlap); 1050+860+280+350 = 2540; 2017 -> 2025 = 8; true 2540/2600 = 97.7%; true 54.9-25.8 = 29.1; 54.9 > 50; 12 < 14 < 17; 62 > 54.9; 910 < 3680; 柘浦 34.1 < 54.9", close(49.7 + 5.2, 54.9, 0.001) and pct(54.9 - 46.2, 46.2) == 18.8 and close(20.3 + 11.6 + 17.8, 49.7, 0.001) and [pct(x, 49.7) for x in (20.3, 11.6, 17.8)] == [40.8, 23.3, 35.8] and close(35.8 - 32.8, 3, 0.001) and 1860 + 2240 == 4100 and 452 + 65 == 517 and 9 <= 14 and 1050 + 860 + 280 + 350 == 2540 and span_ok(2017, 2025, 8, False) and pct(2540, 2600) == 97.7 and close(54.9 - 25.8, 29.1, 0.001) and 54.9 > 50 and 12 < 14 < 17 and 62 > 54.9 and 910 < 3680 and 34.1 < 54.9),
    # westmark (state lottery)
    ("W1 (1561-1482)/1482 = 5.3%; 948+318+187+108 = 1561; true shares 60.7, 20.4, 12.0, 6.9; true 962+94+71+434 = 1561; 434/1561 = 27.8%; 434 > 412; 4860+55 = 4915; 94/1561 = 6.0%; 1992 -> 2024 = 32; 108 > 100; 2260 callers < 3140 calls; true 1985..2024 = 40th year; 1.59 > 1.561 and 445 > 434 (projections); Carrow 1.38 < 1.561", pct(1561 - 1482, 1482) == 5.3 and 948 + 318 + 187 + 108 == 1561 and [pct(x, 1561) for x in (948, 318, 187, 108)] == [60.7, 20.4, 12.0, 6.9] and 962 + 94 + 71 + 434 == 1561 and pct(434, 1561) == 27.8 and 434 > 412 and 4860 + 55 == 4915 and pct(94, 1561) == 6.0 and span_ok(1992, 2024, 32, False) and 108 > 100 and 2260 < 3140 and span_ok(1985, 2024, 40, True) and 1.59 > 1.561 and 445 > 434 and 1.38 < 1.561),
    ("W2 (812-768)/768 = 5.7%; true 486+152+101+73 = 812; true 486/812 = 59.9%; 228/445 = 51.2%; calendar 2024 = (1561-768)+812 = 1605 (about 1.61 billion); 250000 x 20 = 5 million; 4915 < 4948 < 4982; 2 of 21.4 million; true 2011..2024 = 14th; 1900 < 5000; Carrow 702 < 812", pct(812 - 768, 768) == 5.7 and 486 + 152 + 101 + 73 == 812 and pct(486, 812) == 59.9 and pct(228, 445) == 51.2 and 1561 - 768 + 812 == 1605 and abs(1605 - 1610) <= 5 and 250000 * 20 == 5000000 and 4915 < 4948 < 4982 and 2 < 21.4 and span_ok(2011, 2024, 14, True) and 1900 < 5000 and 702 < 812),
    ("W3 (1604-1561)/1561 = 2.8%; 971+301+205+127 = 1604; (127-108)/108 = 17.6%; 991+96+70+447 = 1604; true 447/445 = 100.4%; 1985 -> 2025 = 40th anniversary; 4915+67 = 4982; 96/1604 = 6.0%; calls +8.9%, callers +8.8% (about 9); true 1604-812 = 792; true 1992 -> 2025 = 33; 1.604 > 1.59; 1.63 > 1.604, 452 > 447; Carrow 1.41 < 1.604", pct(1604 - 1561, 1561) == 2.8 and 971 + 301 + 205 + 127 == 1604 and pct(127 - 108, 108) == 17.6 and 991 + 96 + 70 + 447 == 1604 and pct(447, 445) == 100.4 and span_ok(1985, 2025, 40, False) and 4915 + 67 == 4982 and pct(96, 1604) == 6.0 and r0(pct(3420 - 3140, 3140)) == 9 and r0(pct(2460 - 2260, 2260)) == 9 and 1604 - 812 == 792 and span_ok(1992, 2025, 33, False) and 1.604 > 1.59 and 1.63 > 1.604 and 452 > 447 and 1.41 < 1.604),
    # tavish (county jail)
    ("T1 (438-412)/412 = 6.3%; 438/480 = 91.3%; 302+97+39 = 438; true shares 68.9, 22.1, 8.9; 438 x 365 / 6840 = 23.4 days; 148-121 = 27; 41 of 186; 2007 -> 2024 = 17; 2015..2023 = ninth; true 16.8+4.1+1.6+2.1 = 24.6; true 1978..2024 = 47th year; 4910 people < 6840 bookings; 1240 sessions < 9860 attendances; Corran 287 < 310; 26.3 > 24.6", pct(438 - 412, 412) == 6.3 and pct(438, 480) == 91.3 and 302 + 97 + 39 == 438 and [pct(x, 438) for x in (302, 97, 39)] == [68.9, 22.1, 8.9] and round(438 * 365 / 6840.0, 1) == 23.4 and 148 - 121 == 27 and 41 < 186 and span_ok(2007, 2024, 17, False) and span_ok(2015, 2023, 9, True) and close(16.8 + 4.1 + 1.6 + 2.1, 24.6, 0.001) and span_ok(1978, 2024, 47, True) and 4910 < 6840 and 1240 < 9860 and 287 < 310 and 26.3 > 24.6),
    ("T2 451 (H1) vs 438 (year); 148-128 = 20; 18.0+4.5+1.7+2.1 = 26.3; (26.3-24.6)/24.6 = 6.9%; true 18.0/26.3 = 68.4%; true 322+91+38 = 451; 214 (H1) < 389 (year); true 2015..2024 = 10th; 640 < 5120; Corran 294 < 310", 451 > 438 and 148 - 128 == 20 and close(18.0 + 4.5 + 1.7 + 2.1, 26.3, 0.001) and pct(26.3 - 24.6, 24.6) == 6.9 and pct(18.0, 26.3) == 68.4 and 322 + 91 + 38 == 451 and 214 < 389 and span_ok(2015, 2024, 10, True) and 640 < 5120 and 294 < 310),
    ("T3 318+88+40 = 446; shares 71.3, 19.7, 9.0; 446 x 366 / 6515 = 25.1 days; 148-133 = 15; 26.1 adopted < 26.3 requested; 41 -> 52 diplomas of 204; 1978 -> 2025 = 47; 2015..2024 = 10th; true (446-438)/438 = 1.8%; true 446/480 = 92.9%; true 6840-6515 = 325; true 2007 -> 2025 = 18; 2.2 < 2.9 overtime; 4730 < 6515", 318 + 88 + 40 == 446 and [pct(x, 446) for x in (318, 88, 40)] == [71.3, 19.7, 9.0] and round(446 * 366 / 6515.0, 1) == 25.1 and 148 - 133 == 15 and 26.1 < 26.3 and 41 < 52 < 204 and span_ok(1978, 2025, 47, False) and span_ok(2015, 2024, 10, True) and pct(446 - 438, 438) == 1.8 and pct(446, 480) == 92.9 and 6840 - 6515 == 325 and span_ok(2007, 2025, 18, False) and 2.2 < 2.9 and 4730 < 6515),
]

FAIL = [
    # conflict
    ("m01 61.2 == 62.1", close(61.2, 62.1, 0.001)),
    ("m05 198 == 189", 198 == 189),
    ("m09 1.12 == 1.21; (1.21-0.94)/1.21 = 16.1%", close(1.12, 1.21, 0.001) or pct(1.21 - 0.94, 1.21) == 16.1),
    ("m13 452 == 425; 386+66 = 425", 452 == 425 or 386 + 66 == 425),
    ("m17 25.8 == 28.5; 23.4+2.4 = 28.5", close(25.8, 28.5, 0.001) or close(23.4 + 2.4, 28.5, 0.001)),
    ("m21 46.2 == 46.8; (54.9-46.8)/46.8 = 18.8%", close(46.2, 46.8, 0.001) or pct(54.9 - 46.8, 46.8) == 18.8),
    ("m25 1561 == 1516; 948+318+187+108 = 1516", 1561 == 1516 or 948 + 318 + 187 + 108 == 1516),
    ("m31 812 == 821", 812 == 821),
    ("m33 434 == 443; (447-443)/443 is the growth implied elsewhere", 434 == 443),
    ("m37 438 == 483; 302+97+39 = 483", 438 == 483 or 302 + 97 + 39 == 483),
    ("m42 451 == 415", 451 == 415),
    ("m45 438 == 448; (446-448)/448 = +1.8%", 438 == 448 or pct(446 - 448, 448) == 1.8),
    # shares
    ("m02 1350/7260 = 20.6%; 66.9+20.6+9.9+4.5 = 100", pct(1350, 7260) == 20.6 or close(66.9 + 20.6 + 9.9 + 4.5, 100, 0.15)),
    ("m07 3.12/3.9 = 82.0% (even at the rounding limits)", pct(3.125, 3.895) >= 81.95),
    ("m10 3.86/3.9 = 96.9% (even at the rounding limits)", pct(3.855, 3.905) <= 96.95),
    ("m14 31.2+24.6+21.8+9.7+14.7 = 100", close(31.2 + 24.6 + 21.8 + 9.7 + 14.7, 100, 0.15)),
    ("m18 23.4/25.8 = 88.7% (even at the rounding limits)", pct(23.35, 25.85) <= 88.75),
    ("m22 2540/2600 = 95.8%", pct(2540, 2600) == 95.8),
    ("m26 187/1561 = 14.0%; 60.7+20.4+14.0+6.9 = 100", pct(187, 1561) == 14.0 or close(60.7 + 20.4 + 14.0 + 6.9, 100, 0.15)),
    ("m30 486/812 = 61.9%", pct(486, 812) == 61.9),
    ("m34 447/445 = 102.5% (even at the rounding limits)", pct(447.5, 444.5) >= 102.45),
    ("m38 97/438 = 24.1%; 68.9+24.1+8.9 = 100", pct(97, 438) == 24.1 or close(68.9 + 24.1 + 8.9, 100, 0.15)),
    ("m43 18.0/26.3 = 70.4% (even at the rounding limits)", pct(18.05, 26.25) >= 70.35),
    ("m46 446/480 = 95.2%", pct(446, 480) == 95.2),
    # sum
    ("m03 0.96+0.48+0.95+1.13 = 3.42 (even at the rounding limits)", close(0.96 + 0.48 + 0.95 + 1.13, 3.42, 0.001) or 0.955 + 0.475 + 0.945 + 1.125 <= 3.425),
    ("m06 57+151 = 198", 57 + 151 == 198),
    ("m11 63.9-61.2 = 2.9 (even at the rounding limits)", close(63.9 - 61.2, 2.9, 0.001) or 63.95 - 61.15 >= 2.85),
    ("m15 980+780+260+390 = 2350", 980 + 780 + 260 + 390 == 2350),
    ("m19 10.1+5.2+8.6 = 23.4 (even at the rounding limits)", close(10.1 + 5.2 + 8.6, 23.4, 0.001) or 10.05 + 5.15 + 8.55 <= 23.45),
    ("m23 25.8+31.1 = 54.9 (even at the rounding limits)", close(25.8 + 31.1, 54.9, 0.001) or 25.75 + 31.05 <= 54.95),
    ("m27 962+94+81+434 = 1561", 962 + 94 + 81 + 434 == 1561),
    ("m29 486+152+101+63 = 812", 486 + 152 + 101 + 63 == 812),
    ("m35 812+806 = 1604", 812 + 806 == 1604),
    ("m39 16.8+4.6+1.6+2.1 = 24.6 (even at the rounding limits)", close(16.8 + 4.6 + 1.6 + 2.1, 24.6, 0.001) or 16.75 + 4.55 + 1.55 + 2.05 <= 24.65),
    ("m41 332+91+38 = 451", 332 + 91 + 38 == 451),
    ("m47 6840-6515 = 352", 6840 - 6515 == 352),
    # date (each fails under both counting conventions)
    ("m04 2011..2023 = 已推行14年", not span_fails_both(2011, 2023, 14)),
    ("m08 2015..2024 = 第十一届", not span_fails_both(2015, 2024, 11)),
    ("m12 1987..2025 = 已运行40年", not span_fails_both(1987, 2025, 40)),
    ("m16 2009..2024 = 设立17年来", not span_fails_both(2009, 2024, 17)),
    ("m20 2017..2024 = 已运行9年", not span_fails_both(2017, 2024, 9)),
    ("m24 2018..2024 (去年) = 第八届", not span_fails_both(2018, 2024, 8)),
    ("m28 1985..2024 = 41st year", not span_fails_both(1985, 2024, 41)),
    ("m32 2011..2024 = 16th annual", not span_fails_both(2011, 2024, 16)),
    ("m36 1992..2025 = 35 years since", not span_fails_both(1992, 2025, 35)),
    ("m40 1978..2024 = 48th year", not span_fails_both(1978, 2024, 48)),
    ("m44 2015..2024 = 12th annual", not span_fails_both(2015, 2024, 12)),
    ("m48 2007..2025 = 20 years ago", not span_fails_both(2007, 2025, 20)),
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
