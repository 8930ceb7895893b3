#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted19).

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
    # cenchuan (rural homestays, 岑川县)
    ("C1 (142+118)/386 = 67.4% (近七成); 142+118+126 = 386; 312+74 = 386", pct(142 + 118, 386) == 67.4 and 67.4 < 70 and 142 + 118 + 126 == 386 and 312 + 74 == 386),
    ("C1 true 2910+1480+470 = 4860", 2910 + 1480 + 470 == 4860),
    ("C1 41.3-37.7 = 3.6", close(41.3 - 37.7, 3.6, 0.001)),
    ("C1 (2.35-1.92)/1.92 = 22.4%; 23500万/68.4万 = 约344元", pct(2.35 - 1.92, 1.92) == 22.4 and int(23500 / 68.4 + 0.5) == 344),
    ("C1 1690/2140 = 79.0%; true 1246/2140 = 58.2, 894/2140 = 41.8", pct(1690, 2140) == 79.0 and pct(1246, 2140) == 58.2 and pct(894, 2140) == 41.8 and 1246 + 894 == 2140),
    ("C1 296 persons < 1260 person-times", 296 < 1260),
    ("C1 1800+900+500 = 3200; 56.3/28.1/15.6 sum 100.0", 1800 + 900 + 500 == 3200 and [pct(x, 3200) for x in (1800, 900, 500)] == [56.3, 28.1, 15.6] and close(56.3 + 28.1 + 15.6, 100, 0.001)),
    ("C1 2008 -> 2024 = 16年", span_ok(2008, 2024, 16, False)),
    ("C1 true 2015..2024 = 10th year", span_ok(2015, 2024, 10, True)),
    ("C1 2017..2023 = 第七届; 2017..2024 = 第八届", span_ok(2017, 2023, 7, True) and span_ok(2017, 2024, 8, True)),
    ("C1 2024 plans: 386+60 = 446 > 440; 3800/3200 = +18.8%; 2.7 > 2.35", 386 + 60 > 440 and pct(3800 - 3200, 3200) == 18.8 and 2.7 > 2.35),
    ("C2 (37.6-33.5)/33.5 = 12.2%; 1.27/2.7 = 47.0%", pct(37.6 - 33.5, 33.5) == 12.2 and pct(1.27, 2.7) == 47.0),
    ("C2 386+35 = 421; 14+9+12 = 35; 35/60 = 58.3%", 386 + 35 == 421 and 14 + 9 + 12 == 35 and pct(35, 60) == 58.3),
    ("C2 true 100-31.5-46.2 = 22.3", close(100 - 31.5 - 46.2, 22.3, 0.001)),
    ("C2 true 126+158+26 = 310", 126 + 158 + 26 == 310),
    ("C2 1750/3800 = 46.1%; 1020+480+250 = 1750; 58.3/27.4/14.3 sum 100.0", pct(1750, 3800) == 46.1 and 1020 + 480 + 250 == 1750 and [pct(x, 1750) for x in (1020, 480, 250)] == [58.3, 27.4, 14.3] and close(58.3 + 27.4 + 14.3, 100, 0.001)),
    ("C2 true 2008 -> 2024 = 16", span_ok(2008, 2024, 16, False)),
    ("C2 2017..2023 = 七届; 2024 = 第八届", span_ok(2017, 2023, 7, True) and span_ok(2017, 2024, 8, True)),
    ("C2 beds 4860 -> 5240 -> 5730; loans 17 -> 31", 4860 < 5240 < 5730 and 17 < 31),
    ("C3 (2.81-2.35)/2.35 = 19.6%; 2.81/2.7 = 104.1%", pct(2.81 - 2.35, 2.35) == 19.6 and pct(2.81, 2.7) == 104.1),
    ("C3 (79.2-68.4)/68.4 = 15.8%; 41.6+37.6 = 79.2", pct(79.2 - 68.4, 68.4) == 15.8 and close(41.6 + 37.6, 79.2, 0.001)),
    ("C3 386+72 = 458; 421+37 = 458; 35+37 = 72; 72 > 60", 386 + 72 == 458 and 421 + 37 == 458 and 35 + 37 == 72 and 72 > 60),
    ("C3 168+139+151 = 458; true 41+97+320 = 458", 168 + 139 + 151 == 458 and 41 + 97 + 320 == 458),
    ("C3 1.62+0.83+0.36 = 2.81; 57.7, true 29.5, 12.8 sum 100.0", close(1.62 + 0.83 + 0.36, 2.81, 0.001) and [pct(x, 2.81) for x in (1.62, 0.83, 0.36)] == [57.7, 29.5, 12.8] and close(57.7 + 29.5 + 12.8, 100, 0.001)),
    ("C3 6100-5200 = 900 (近千)", 6100 - 5200 == 900),
    ("C3 true 2.35+2.81 = 5.16", close(2.35 + 2.81, 5.16, 0.001)),
    ("C3 45.8-41.3 = 4.5; 2090/2580 = 81.0%", close(45.8 - 41.3, 4.5, 0.001) and pct(2090, 2580) == 81.0),
    ("C3 3650/3800 = 96.1%; (3650-3200)/3200 = 14.1%; 2050+1000+600 = 3650", pct(3650, 3800) == 96.1 and pct(3650 - 3200, 3200) == 14.1 and 2050 + 1000 + 600 == 3650),
    ("C3 true 1750/3650 = 47.9%", pct(1750, 3650) == 47.9),
    ("C3 2025 plans: 4000 > 3650; 458+50 = 508 > 500; 3.1 > 2.81", 4000 > 3650 and 458 + 50 > 500 and 3.1 > 2.81),
    ("C3 2015 -> 2025 = 十周年", span_ok(2015, 2025, 10, False)),
    ("C3 true 2017..2025 = 9th festival", span_ok(2017, 2025, 9, True)),
    ("C3 true 1933 -> 2025 = 92", span_ok(1933, 2025, 92, False)),
    # danning (affordable rental housing, 澹宁市)
    ("D1 1.22/1.2 = 101.7%; 3.58/6 = 59.7%", pct(1.22, 1.2) == 101.7 and pct(3.58, 6) == 59.7),
    ("D1 5300+3100+3800 = 12200 = 1.22万", 5300 + 3100 + 3800 == 12200),
    ("D1 true 4100+3600+2900+1600 = 12200", 4100 + 3600 + 2900 + 1600 == 12200),
    ("D1 2.36+1.22 = 3.58; 2.91/3.58 = 81.3%; 2.91万户 < 6.3万人", close(2.36 + 1.22, 3.58, 0.001) and pct(2.91, 3.58) == 81.3 and 2.91 < 6.3),
    ("D1 true 100-38.6-44.9 = 16.5", close(100 - 38.6 - 44.9, 16.5, 0.001)),
    ("D1 23.5/28.7 = 81.9% (约82%, < 90%)", pct(23.5, 28.7) == 81.9 and r0(81.9) == 82),
    ("D1 14600万/18300户/12 = 约665元", int(146000000 / 18300 / 12 + 0.5) == 665),
    ("D1 0.52+0.31+0.63 = 1.46; 35.6/21.2/43.2 sum 100.0", close(0.52 + 0.31 + 0.63, 1.46, 0.001) and [pct(x, 1.46) for x in (0.52, 0.31, 0.63)] == [35.6, 21.2, 43.2] and close(35.6 + 21.2 + 43.2, 100, 0.001)),
    ("D1 2010 -> 2024 = 14年来", span_ok(2010, 2024, 14, False)),
    ("D1 true 1998 -> 2024 = 26", span_ok(1998, 2024, 26, False)),
    ("D1 (1.65-1.46)/1.46 = 13.0%; 2024 plans 1.3 > 1.22, 42 > 38.6", pct(1.65 - 1.46, 1.46) == 13.0 and 1.3 > 1.22 and 42 > 38.6),
    ("D2 true 8300/13000 = 63.8% (六成以上)", pct(8300, 13000) == 63.8 and 63.8 > 60),
    ("D2 3.58+0.83 = 4.41; 4.41/6 = 73.5%", close(3.58 + 0.83, 4.41, 0.001) and pct(4.41, 6) == 73.5),
    ("D2 true 3600+2100+2600 = 8300", 3600 + 2100 + 2600 == 8300),
    ("D2 1.18/1.65 = 71.5%", pct(1.18, 1.65) == 71.5),
    ("D2 34200-29100 = 5100", 34200 - 29100 == 5100),
    ("D2 31.2/42 = 74.3%", pct(31.2, 42) == 74.3),
    ("D2 8300+4700 = 13000", 8300 + 4700 == 13000),
    ("D2 2021..2024 = four calendar years", span_ok(2021, 2024, 4, True)),
    ("D2 true 1958 -> 2024 = 66", span_ok(1958, 2024, 66, False)),
    ("D3 1.28/1.3 = 98.5%; 4.86/6 = 81.0%", pct(1.28, 1.3) == 98.5 and pct(4.86, 6) == 81.0),
    ("D3 8300+4500 = 12800; 3.58+1.28 = 4.86; 4.41+0.45 = 4.86", 8300 + 4500 == 12800 and close(3.58 + 1.28, 4.86, 0.001) and close(4.41 + 0.45, 4.86, 0.001)),
    ("D3 5900+3400+3500 = 12800; 46.1/26.6/27.3 sum 100.0", 5900 + 3400 + 3500 == 12800 and [pct(x, 12800) for x in (5900, 3400, 3500)] == [46.1, 26.6, 27.3] and close(46.1 + 26.6 + 27.3, 100, 0.001)),
    ("D3 true 1.22+1.28 = 2.50 (more than half of 4.86)", close(1.22 + 1.28, 2.50, 0.001) and 2.50 / 4.86 > 0.5),
    ("D3 44.3 > 42; true growth on 38.6 positive", 44.3 > 42 and 44.3 > 38.6),
    ("D3 (1.71-1.46)/1.46 = 17.1%; 1.71 > 1.65; 2.04万 = 两万多", pct(1.71 - 1.46, 1.46) == 17.1 and 1.71 > 1.65 and 2 < 2.04 < 3),
    ("D3 true 0.58+0.35+0.78 = 1.71", close(0.58 + 0.35 + 0.78, 1.71, 0.001)),
    ("D3 true 1.18/1.71 = 69.0%", pct(1.18, 1.71) == 69.0),
    ("D3 3.96/4.86 = 81.5%", pct(3.96, 4.86) == 81.5),
    ("D3 true 2012 -> 2025 = 13", span_ok(2012, 2025, 13, False)),
    ("D3 true 2021..2025 = 5th year", span_ok(2021, 2025, 5, True)),
    ("D3 1998 -> 2025 = 27年来", span_ok(1998, 2025, 27, False)),
    ("D3 4.86+1.2 = 6.06 > 6", 4.86 + 1.2 > 6),
    # larkin (minor-league ballpark)
    ("L1 (196350-181250)/181250 = 8.3%; 196350/66 = 2975", pct(196350 - 181250, 181250) == 8.3 and 196350 / 66 == 2975),
    ("L1 112600+51900+31850 = 196350; 57.3/26.4, true 16.2", 112600 + 51900 + 31850 == 196350 and [pct(x, 196350) for x in (112600, 51900, 31850)] == [57.3, 26.4, 16.2]),
    ("L1 true 2.31+1.94+0.96+0.59 = 5.80", close(2.31 + 1.94 + 0.96 + 0.59, 5.80, 0.001)),
    ("L1 196350 x 1.50 = 294525 (about $294,500)", 196350 * 1.5 == 294525 and abs(294525 - 294500) < 50),
    ("L1 310 persons < 61400 hours", 310 < 61400),
    ("L1 true 1938 -> 2024 = 86; 1987 -> 2024 = 37", span_ok(1938, 2024, 86, False) and span_ok(1987, 2024, 37, False)),
    ("L1 2025 plan: 67 = 66+1 dates, 200000 > 196350", 67 == 66 + 1 and 200000 > 196350),
    ("L2 98740/33 = 2992; 67-33 = 34; 2140 x 10 = 21400", int(98740 / 33 + 0.5) == 2992 and 67 - 33 == 34 and 2140 * 10 == 21400),
    ("L2 true 98740/196350 = 50.3%", pct(98740, 196350) == 50.3),
    ("L2 true 5.0+7.3+2.5 = 14.8", close(5.0 + 7.3 + 2.5, 14.8, 0.001)),
    ("L2 6.1/14.8 = 41.2%", pct(6.1, 14.8) == 41.2),
    ("L2 true 2011..2025 = 15th season", span_ok(2011, 2025, 15, True)),
    ("L2 1938 -> 2025 = 87th birthday", span_ok(1938, 2025, 87, False)),
    ("L2 300 persons < 29800 hours", 300 < 29800),
    ("L3 204910 > 200000; 204910/67 = 3058; (204910-196350)/196350 = 4.4%", 204910 > 200000 and int(204910 / 67 + 0.5) == 3058 and pct(204910 - 196350, 196350) == 4.4),
    ("L3 98740+106170 = 204910; 33+34 = 67", 98740 + 106170 == 204910 and 33 + 34 == 67),
    ("L3 true 118300+53400+33210 = 204910", 118300 + 53400 + 33210 == 204910),
    ("L3 2.52+2.11+1.08+0.59 = 6.30; tickets > concessions > sponsorship", close(2.52 + 2.11 + 1.08 + 0.59, 6.30, 0.001) and 2.52 > 2.11 > 1.08),
    ("L3 true 2.11/6.3 = 33.5%", pct(2.11, 6.3) == 33.5),
    ("L3 204910 x 1.50 = 307365 (about $307,400)", 204910 * 1.5 == 307365 and abs(307365 - 307400) < 50),
    ("L3 300 persons < 62800 hours; 29800 < 62800", 300 < 62800 and 29800 < 62800),
    ("L3 true 196350+204910 = 401260", 196350 + 204910 == 401260),
    ("L3 14.8+0.8 = 15.6; 2.5+0.8 = 3.3", close(14.8 + 0.8, 15.6, 0.001) and close(2.5 + 0.8, 3.3, 0.001)),
    ("L3 1938 -> 2025 = turned 87; true 1979 -> 2025 = 46", span_ok(1938, 2025, 87, False) and span_ok(1979, 2025, 46, False)),
    ("L3 true 1996..2025 = 30th season", span_ok(1996, 2025, 30, True)),
    ("L3 2026 plan 208000 > 204910, 68 > 67", 208000 > 204910 and 68 > 67),
    # harwick (municipal golf course)
    ("H1 (48320-44850)/44850 = 7.7%", pct(48320 - 44850, 44850) == 7.7),
    ("H1 31640+16680 = 48320; 65.5/34.5; 31410/48320 = 65.0%", 31640 + 16680 == 48320 and pct(31640, 48320) == 65.5 and pct(16680, 48320) == 34.5 and pct(31410, 48320) == 65.0),
    ("H1 true 1.38+0.61+0.29+0.18+0.18 = 2.64; 2.64-2.51 = 0.13", close(1.38 + 0.61 + 0.29 + 0.18 + 0.18, 2.64, 0.001) and close(2.64 - 2.51, 0.13, 0.001)),
    ("H1 1.38/2.64 = 52.3%; true 0.61/2.64 = 23.1%", pct(1.38, 2.64) == 52.3 and pct(0.61, 2.64) == 23.1),
    ("H1 9+34 = 43; 286 persons < 1940 lessons", 9 + 34 == 43 and 286 < 1940),
    ("H1 true 1927..2025 = 99th year; 1954 -> 2025 = 71; 1954+8 = 1962", span_ok(1927, 2025, 99, True) and span_ok(1954, 2025, 71, False) and 1954 + 8 == 1962),
    ("H1 FY2025 budget 2.78 > 2.64; rate $34 -> $36", 2.78 > 2.64 and 36 > 34),
    ("H2 (23480-22090)/22090 = 6.3%; 15310+8170 = 23480", pct(23480 - 22090, 22090) == 6.3 and 15310 + 8170 == 23480),
    ("H2 true 2.1+0.8+0.5 = 3.4", close(2.1 + 0.8 + 0.5, 3.4, 0.001)),
    ("H2 Oct 2024..Jun 2025 = 9 months; 1.96/2.78 = 70.5%", (2025 - 2024) * 12 + 6 - 10 + 1 == 9 and pct(1.96, 2.78) == 70.5),
    ("H2 true 1962 -> 2025 = 63", span_ok(1962, 2025, 63, False)),
    ("H2 448 by June 2025 > 412 for 2024", 448 > 412),
    ("H3 (51060-48320)/48320 = 5.7%; 33270+17790 = 51060", pct(51060 - 48320, 48320) == 5.7 and 33270 + 17790 == 51060),
    ("H3 true 23480/51060 = 46.0%", pct(23480, 51060) == 46.0),
    ("H3 true 100-64.1 = 35.9", close(100 - 64.1, 35.9, 0.001)),
    ("H3 1.51+0.66+0.31+0.19+0.20 = 2.87 > 2.78; 2.87-2.69 = 0.18", close(1.51 + 0.66 + 0.31 + 0.19 + 0.20, 2.87, 0.001) and 2.87 > 2.78 and close(2.87 - 2.69, 0.18, 0.001)),
    ("H3 true 2.64+2.87 = 5.51", close(2.64 + 2.87, 5.51, 0.001)),
    ("H3 true 9+38 = 47; 455 > 412", 9 + 38 == 47 and 455 > 412),
    ("H3 3.4-3.28 = 0.12", close(3.4 - 3.28, 0.12, 0.001)),
    ("H3 true 1971 -> 2026 = 55; true 1954 -> 2026 = 72", span_ok(1971, 2026, 55, False) and span_ok(1954, 2026, 72, False)),
    ("H3 1927 -> 2027 (next year) = centennial", span_ok(1927, 2027, 100, False)),
    ("H3 48320 and 51060 both > 48000; 44850 < 48000", 48320 > 48000 and 51060 > 48000 and 44850 < 48000),
    ("H3 FY2026 budget 3.02 > 2.87", 3.02 > 2.87),
]

FAIL = [
    # conflict: the two values differ
    ("m01 68.4万 == 64.8万", 68.4 == 64.8),
    ("m05 386 == 368; 368+35 = 421", 386 == 368 or 368 + 35 == 421),
    ("m08 1.27亿 == 1270万 (0.127亿)", 12700 == 1270),
    ("m18 3.58万 == 3.85万; 2.36+1.22 = 3.85", 3.58 == 3.85 or close(2.36 + 1.22, 3.85, 0.001)),
    ("m22 1.46亿 == 14.6亿", 1.46 == 14.6),
    ("m25 38.6亿 == 36.8亿", 38.6 == 36.8),
    ("m28 1.71亿 == 1.17亿; 0.58+0.35+0.78 = 1.17", 1.71 == 1.17 or close(0.58 + 0.35 + 0.78, 1.17, 0.001)),
    ("m32 196350 == 193650; 112600+51900+31850 = 193650", 196350 == 193650 or 112600 + 51900 + 31850 == 193650),
    ("m38 196350 == 196530; 196530 x 1.0436 ~ 204910 at 4.4%", 196350 == 196530 or pct(204910 - 196530, 196530) == 4.4),
    ("m41 6.3 == 6.8; 2.52+2.11+1.08+0.59 = 6.8", 6.3 == 6.8 or close(2.52 + 2.11 + 1.08 + 0.59, 6.8, 0.001)),
    ("m47 2.64 == 2.46; 2.46-2.51 = +0.13", 2.64 == 2.46 or close(2.46 - 2.51, 0.13, 0.001)),
    ("m49 48320 == 48230; 31640+16680 = 48230", 48320 == 48230 or 31640 + 16680 == 48230),
    ("m50 23480 == 23840; 15310+8170 = 23840", 23480 == 23840 or 15310 + 8170 == 23840),
    # shares
    ("m03 58.2+44.1 = 100", close(58.2 + 44.1, 100, 0.15)),
    ("m06 31.5+46.2+25.1 = 100", close(31.5 + 46.2 + 25.1, 100, 0.15)),
    ("m11 0.83/2.81 = 32.5% (even at the rounding limits)", pct(0.83, 2.81) == 32.5 or pct(0.835, 2.805) >= 32.45),
    ("m13 1750/3650 = 51.2%", pct(1750, 3650) == 51.2),
    ("m17 38.6+44.9+18.5 = 100", close(38.6 + 44.9 + 18.5, 100, 0.15)),
    ("m20 8300/13000 = 68.3%", pct(8300, 13000) == 68.3),
    ("m27 1.18/1.71 = 72.8% (even at the rounding limits)", pct(1.18, 1.71) == 72.8 or pct(1.185, 1.705) >= 72.75),
    ("m31 57.3+26.4+18.2 = 100; 31850/196350 = 18.2%", close(57.3 + 26.4 + 18.2, 100, 0.15) or pct(31850, 196350) == 18.2),
    ("m35 98740/196350 = 53.1%", pct(98740, 196350) == 53.1),
    ("m40 2.11/6.3 = 36.8% (even at the rounding limits)", pct(2.11, 6.3) == 36.8 or pct(2.115, 6.25) >= 36.75),
    ("m46 0.61/2.64 = 27.1% (even at the rounding limits)", pct(0.61, 2.64) == 27.1 or pct(0.615, 2.635) >= 27.05),
    ("m53 23480/51060 = 41.2%", pct(23480, 51060) == 41.2),
    ("m54 64.1+38.9 = 100", close(64.1 + 38.9, 100, 0.15)),
    # sum
    ("m02 2910+1380+470 = 4860", 2910 + 1380 + 470 == 4860),
    ("m07 126+168+26 = 310", 126 + 168 + 26 == 310),
    ("m10 41+97+310 = 458", 41 + 97 + 310 == 458),
    ("m12 2.35+2.81 = 5.26 (even at the rounding limits)", close(2.35 + 2.81, 5.26, 0.001) or 2.355 + 2.815 >= 5.255),
    ("m16 4100+3600+2900+1900 = 12200", 4100 + 3600 + 2900 + 1900 == 12200),
    ("m21 3600+2100+2400 = 8300", 3600 + 2100 + 2400 == 8300),
    ("m24 1.22+1.28 = 2.60 (even at the rounding limits)", close(1.22 + 1.28, 2.60, 0.001) or 1.225 + 1.285 >= 2.595),
    ("m26 0.58+0.35+0.87 = 1.71 (even at the rounding limits)", close(0.58 + 0.35 + 0.87, 1.71, 0.001) or 0.575 + 0.345 + 0.865 <= 1.715),
    ("m33 2.31+1.94+0.96+0.69 = 5.8 (even at the rounding limits)", close(2.31 + 1.94 + 0.96 + 0.69, 5.8, 0.001) or 2.305 + 1.935 + 0.955 + 0.685 <= 5.85),
    ("m36 5+7.3+2.8 = 14.8 (even at the rounding limits)", close(5 + 7.3 + 2.8, 14.8, 0.001) or 4.95 + 7.25 + 2.75 <= 14.85),
    ("m39 118300+53400+34210 = 204910", 118300 + 53400 + 34210 == 204910),
    ("m42 196350+204910 = 410260", 196350 + 204910 == 410260),
    ("m45 1.38+0.61+0.29+0.18+0.28 = 2.64 (even at the rounding limits)", close(1.38 + 0.61 + 0.29 + 0.18 + 0.28, 2.64, 0.001) or 1.375 + 0.605 + 0.285 + 0.175 + 0.275 <= 2.645),
    ("m51 2.1+0.8+0.9 = 3.4 (even at the rounding limits)", close(2.1 + 0.8 + 0.9, 3.4, 0.001) or 2.05 + 0.75 + 0.85 <= 3.45),
    ("m55 2.64+2.87 = 5.41 (even at the rounding limits)", close(2.64 + 2.87, 5.41, 0.001) or 2.635 + 2.865 <= 5.415),
    ("m56 9+36 = 47", 9 + 36 == 47),
    # date (each fails under both counting conventions)
    ("m04 2015..2024 = 第十一个年头", not span_fails_both(2015, 2024, 11)),
    ("m09 2008..2024 = 营业二十年", not span_fails_both(2008, 2024, 20)),
    ("m14 2017..2025 (今年 of 2025) = 第十届", not span_fails_both(2017, 2025, 10)),
    ("m15 1933..2025 = 九十周年", not span_fails_both(1933, 2025, 90)),
    ("m19 1998..2024 = 二十八年", not span_fails_both(1998, 2024, 28)),
    ("m23 1958..2024 = 六十年", not span_fails_both(1958, 2024, 60)),
    ("m29 2012..2025 = 十五年", not span_fails_both(2012, 2025, 15)),
    ("m30 2021..2025 (今年 of 2025) = 第六年", not span_fails_both(2021, 2025, 6)),
    ("m34 1938..2024 = turned 88", not span_fails_both(1938, 2024, 88)),
    ("m37 2011..2025 = 16th season", not span_fails_both(2011, 2025, 16)),
    ("m43 1979..2025 (this year) = 48 years", not span_fails_both(1979, 2025, 48)),
    ("m44 1996..2025 (this season) = 31st", not span_fails_both(1996, 2025, 31)),
    ("m48 1927..2025 = 97th year", not span_fails_both(1927, 2025, 97)),
    ("m52 1962..2025 = 65 years", not span_fails_both(1962, 2025, 65)),
    ("m57 1971..2026 = 57 years old", not span_fails_both(1971, 2026, 57)),
    ("m58 1954..2026 = 74 years", not span_fails_both(1954, 2026, 74)),
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
