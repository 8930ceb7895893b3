#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (bench/sets/planted5).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
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
HOLD = [
    # lichuan (tea)
    ("l1 1.42/1.31 = +8.4%", pct(1.42 - 1.31, 1.31) == 8.4),
    ("l1 38.75/34.82 = +11.3% (2022 = 34.82, not stated)", pct(38.75 - 34.82, 34.82) == 11.3),
    ("l1 14.20+16.35+8.20 = 38.75", close(14.20 + 16.35 + 8.20, 38.75, 0.001)),
    ("l1 chain shares", [pct(x, 38.75) for x in (14.20, 16.35, 8.20)] == [36.6, 42.2, 21.2]),
    ("l1 chain shares sum 100", close(36.6 + 42.2 + 21.2, 100.0)),
    ("l1 headline 近39 >= 38.75", 38.5 <= 38.75 < 39),
    ("l1 true 61.3+24.5+14.2 = 100", close(61.3 + 24.5 + 14.2, 100.0)),
    ("l1 1480+1060+720 = 3260", 1480 + 1060 + 720 == 3260),
    ("l1 8.90/14.20 = 62.7% (六成以上)", pct(8.90, 14.20) == 62.7 and 8.90 / 14.20 > 0.6),
    ("l1 2024-1978 = 46 (true anniversary)", 2024 - 1978 == 46),
    ("l1 2009..2024 = 第十六届", 2024 - 2009 + 1 == 16),
    ("l1 6800+5200 = 12000万 = 1.2亿", 6800 + 5200 == 12000 == round(1.2 * 10000)),
    ("l2 9.62/8.90 = +8.1%", pct(9.62 - 8.90, 8.90) == 8.1),
    ("l2 9.62亿 = 96200万", round(9.62 * 10000) == 96200),
    ("l2 3/8..5/12 = 66 days", (D(2024, 5, 12) - D(2024, 3, 8)).days + 1 == 66),
    ("l2 2740+4110 = 6850", 2740 + 4110 == 6850),
    ("l2 2740/6850 = 40.0%, 4110/6850 = 60.0%", [pct(2740, 6850), pct(4110, 6850)] == [40.0, 60.0]),
    ("l2 true 38+129+47 = 214", 38 + 129 + 47 == 214),
    ("l2 4.2 <= 12.6 (subset)", 4.2 <= 12.6),
    ("l2 13600万 = 1.36亿", 13600 == round(1.36 * 10000)),
    ("l3 (42.36-38.75)/38.75 = +9.3%", pct(42.36 - 38.75, 38.75) == 9.3),
    ("l3 42.36/42 = 100.9%", pct(42.36, 42) == 100.9),
    ("l3 1.53 > 1.5 target", 1.53 > 1.5),
    ("l3 18.6+0.5 = 19.1; 0.5万亩 = 5000亩", close(18.6 + 0.5, 19.1, 0.001) and round(0.5 * 10000) == 5000),
    ("l3 15.08+17.96+9.32 = 42.36", close(15.08 + 17.96 + 9.32, 42.36, 0.001)),
    ("l3 9.32-8.20 = 1.12", close(9.32 - 8.20, 1.12, 0.001)),
    ("l3 1.12/8.20 = +13.7%", pct(1.12, 8.20) == 13.7),
    ("l3 3580-3260 = 320", 3580 - 3260 == 320),
    ("l3 true 1572/3580 = 43.9%", pct(1572, 3580) == 43.9),
    ("l3 true 2024-2016 = 8", 2024 - 2016 == 8),
    ("l3 去年4月 = 2024 = 第十六届", (2025 - 1) - 2009 + 1 == 16),
    ("l3 true 38.75+42.36 = 81.11", close(38.75 + 42.36, 81.11, 0.001)),
    ("l3 4.3 -> 5.6 running total grows", 5.6 > 4.3),
    # tangxi (old compounds)
    ("t1 320-286 = 34", 320 - 286 == 34),
    ("t1 6.35+2.18+5.96+4.25 = 18.74", close(6.35 + 2.18 + 5.96 + 4.25, 18.74, 0.001)),
    ("t1 4.25/18.74 = 22.7%", pct(4.25, 18.74) == 22.7),
    ("t1 true 118+172+205+251+286 = 1032", 118 + 172 + 205 + 251 + 286 == 1032),
    ("t1 2019..2023 = 连续五年", 2023 - 2019 + 1 == 5),
    ("t1 true 2019..2024 = 第六个年头", 2024 - 2019 + 1 == 6),
    ("t1 238/320 = 74.4%", pct(238, 320) == 74.4),
    ("t2 310/320 = 96.9%", pct(310, 320) == 96.9),
    ("t2 187/320 = 58.4%", pct(187, 320) == 58.4),
    ("t2 14.62/21 = 69.6%", pct(14.62, 21) == 69.6),
    ("t2 164+98+48 = 310", 164 + 98 + 48 == 310),
    ("t2 type shares", [pct(x, 310) for x in (164, 98, 48)] == [52.9, 31.6, 15.5]),
    ("t2 type shares sum 100", close(52.9 + 31.6 + 15.5, 100.0)),
    ("t2 true 61.8+27.5+10.7 = 100", close(61.8 + 27.5 + 10.7, 100.0)),
    ("t2 1168+297 = 1465", 1168 + 297 == 1465),
    ("t2 21-14.62 = 6.38 (6亿多)", 6 < 21 - 14.62 < 7),
    ("t2 320-310 = 10", 320 - 310 == 10),
    ("t3 326/320 = 101.9%", pct(326, 320) == 101.9),
    ("t3 21.35 > 21", 21.35 > 21),
    ("t3 7.02+2.46+6.31+5.56 = 21.35", close(7.02 + 2.46 + 6.31 + 5.56, 21.35, 0.001)),
    ("t3 5.56/21.35 = 26.0%", pct(5.56, 21.35) == 26.0),
    ("t3 26.0-22.7 = 3.3", close(26.0 - 22.7, 3.3, 0.001)),
    ("t3 2019..2024 = 第六个年头", 2024 - 2019 + 1 == 6),
    ("t3 true 1032+326 = 1358", 1032 + 326 == 1358),
    ("t3 true 536/1168 = 45.9%", pct(536, 1168) == 45.9),
    ("t3 2019..2023 = 五年", 2023 - 2019 + 1 == 5),
    ("t3 300 vs 前年 286 = +14, vs 去年 326 = -26", 300 - 286 == 14 and 326 - 300 == 26),
    # lanze (wetland)
    ("z1 9.37/8.15 = +15.0%", pct(9.37 - 8.15, 8.15) == 15.0),
    ("z1 5.62+2.18+0.86+0.71 = 9.37", close(5.62 + 2.18 + 0.86 + 0.71, 9.37, 0.001)),
    ("z1 bird shares (first three)", [pct(x, 9.37) for x in (5.62, 2.18, 0.86)] == [60.0, 23.3, 9.2]),
    ("z1 true 0.71/9.37 = 7.6%", pct(0.71, 9.37) == 7.6),
    ("z1 true shares sum 100.1 (rounding)", close(60.0 + 23.3 + 9.2 + 7.6, 100.1)),
    ("z1 true 2023-2013 = 10", 2023 - 2013 == 10),
    ("z1 2004..2023 = 第二十次", 2023 - 2004 + 1 == 20),
    ("z2 true 1.62+1.05+0.88+0.82 = 4.37", close(1.62 + 1.05 + 0.88 + 0.82, 4.37, 0.001)),
    ("z2 1.62/4.37 = 37.1%", pct(1.62, 4.37) == 37.1),
    ("z2 1.62亿 = 16200万", round(1.62 * 10000) == 16200),
    ("z2 0.9+1.1+0.6 = 2.6", close(0.9 + 1.1 + 0.6, 2.6, 0.001)),
    ("z2 1148/1286 = 89.3%", pct(1148, 1286) == 89.3),
    ("z2 true 2024-1998 = 26", 2024 - 1998 == 26),
    ("z1->z2 明年 (2023+1) = 2024 start", 2023 + 1 == 2024),
    ("z3 9.37/3.12 = 3.0 (增长两倍)", round(9.37 / 3.12, 1) == 3.0),
    ("z3 0.6+1.3+1.5+0.9+0.5 = 4.8", close(0.6 + 1.3 + 1.5 + 0.9 + 0.5, 4.8, 0.001)),
    ("z3 2019..2023 = 五年间", 2023 - 2019 + 1 == 5),
    ("z3 true 2013-1998 = 15", 2013 - 1998 == 15),
    ("z3 true 5.62/9.37 = 60.0%", pct(5.62, 9.37) == 60.0),
    # brackwater (library)
    ("b1 1482600/1388200 = +6.8%", pct(1482600 - 1388200, 1388200) == 6.8),
    ("b1 861300+512800+108500 = 1482600", 861300 + 512800 + 108500 == 1482600),
    ("b1 512800/1482600 = 34.6%", pct(512800, 1482600) == 34.6),
    ("b1 2023-2018 = 5", 2023 - 2018 == 5),
    ("b1 702400/64310 = about 11", round(702400 / 64310) == 11),
    ("b1 true 8.9+1.4+0.7+0.6 = 11.6", close(8.9 + 1.4 + 0.7 + 0.6, 11.6, 0.001)),
    ("b1 2024-2004 = 20; 2024+10 = 2034", 2024 - 2004 == 20 and 2024 + 10 == 2034),
    ("b1 8.9/11.6 = 76.7% (roughly 77%)", pct(8.9, 11.6) == 76.7),
    ("b1 true 2024-1958 = 66", 2024 - 1958 == 66),
    ("b2 18942+11908 = 30850", 18942 + 11908 == 30850),
    ("b2 18942/30850 = 61.4%, 11908/30850 = 38.6%", [pct(18942, 30850), pct(11908, 30850)] == [61.4, 38.6]),
    ("b2 779900/741300 = +5.2%", pct(779900 - 741300, 741300) == 5.2),
    ("b2 true 55.8+36.9+7.3 = 100", close(55.8 + 36.9 + 7.3, 100.0)),
    ("b2 4.1+2.3 = 6.4", close(4.1 + 2.3, 6.4, 0.001)),
    ("b2 2004 .. 2034", 2034 - 2004 == 30),
    ("b3 1553700/1482600 = +4.8%", pct(1553700 - 1482600, 1482600) == 4.8),
    ("b3 1553700 > 1.5M", 1553700 > 1500000),
    ("b3 true 872400+578600+102700 = 1553700", 872400 + 578600 + 102700 == 1553700),
    ("b3 578600/1553700 = 37.2%", pct(578600, 1553700) == 37.2),
    ("b3 66905/64310 = +4.0%", pct(66905 - 64310, 64310) == 4.0),
    ("b3 last year (2025-1) - 1958 = 66", (2025 - 1) - 1958 == 66),
    ("b3 true 2025-2004 = 21", 2025 - 2004 == 21),
    ("b3 last April = April 2024", 2025 - 1 == 2024),
    # kestrel (ferries)
    ("k1 3.14/2.88 = +9.0%", pct(3.14 - 2.88, 2.88) == 9.0),
    ("k1 1.52+1.07+0.55 = 3.14", close(1.52 + 1.07 + 0.55, 3.14, 0.001)),
    ("k1 1.52/3.14 = 48.4%", pct(1.52, 3.14) == 48.4),
    ("k1 true 0.55/3.14 = 17.5%", pct(0.55, 3.14) == 17.5),
    ("k1 1206/48300 = 2.5%", pct(1206, 48300) == 2.5),
    ("k1 2024-1979 = 45", 2024 - 1979 == 45),
    ("k1 92+38+18 = 148", 92 + 38 + 18 == 148),
    ("k2 3.27/3.08 = +6.2%", pct(3.27 - 3.08, 3.08) == 6.2),
    ("k2 true 49.2+33.5+17.3 = 100", close(49.2 + 33.5 + 17.3, 100.0)),
    ("k2 true 28.7+21.4+9.6+4.8 = 64.5", close(28.7 + 21.4 + 9.6 + 4.8, 64.5, 0.001)),
    ("k2 1.02M trips > 11240 passes", 1020000 > 11240),
    ("k3 3.36/3.14 = +7.0%", pct(3.36 - 3.14, 3.14) == 7.0),
    ("k3 1.65+1.12+0.59 = 3.36", close(1.65 + 1.12 + 0.59, 3.36, 0.001)),
    ("k3 true 3.14+3.36 = 6.50", close(3.14 + 3.36, 6.50, 0.001)),
    ("k3 921/48460 = 1.9%", pct(921, 48460) == 1.9),
    ("k3 true 2025-1979 = 46", 2025 - 1979 == 46),
    # vantry (water)
    ("v1 58.40*1.075 = 62.78", round(58.40 * 1.075, 2) == 62.78),
    ("v1 118+46+38+10 = 212", 118 + 46 + 38 + 10 == 212),
    ("v1 2025..2029 = five-year", 2029 - 2025 + 1 == 5),
    ("v1 118/212 = 55.7%", pct(118, 212) == 55.7),
    ("v1 312/286 = +9.1%", pct(312 - 286, 286) == 9.1),
    ("v1 true 6840-1925-1480 = 3435", 6840 - 1925 - 1480 == 3435),
    ("v1 2024-1964 = 60", 2024 - 1964 == 60),
    ("v1 true 91.2+7.6+1.2 = 100", close(91.2 + 7.6 + 1.2, 100.0)),
    ("v1 2024-2019 = 5", 2024 - 2019 == 5),
    ("v2 true 212-118-46 = 48 = 38+10", 212 - 118 - 46 == 48 == 38 + 10),
    ("v2 true 1998-1964 = 34", 1998 - 1964 == 34),
    ("v2 41+22 = 63", 41 + 22 == 63),
    ("v2 62.78-58.40 = 4.38", close(62.78 - 58.40, 4.38, 0.001)),
]

# (label, holds?) -- each planted mistake: the stated relation must FAIL
FAIL = [
    # conflict: the two values differ
    ("m01 38.75 == 37.85", 38.75 == 37.85),
    ("m02 9.62亿 == 9620万", round(9.62 * 10000) == 9620),
    ("m03 286 == 268", 286 == 268),
    ("m04 14.62 == 14.26", 14.62 == 14.26),
    ("m05 9.37 == 9.73", 9.37 == 9.73),
    ("m06 3420 == 3240", 3420 == 3240),
    ("m07 1482600 == 1428600", 1482600 == 1428600),
    ("m08 6.4 == 4.6", 6.4 == 4.6),
    ("m09 3.14 == 3.41", 3.14 == 3.41),
    ("m10 1.65 == 1.56", 1.65 == 1.56),
    ("m11 62.87 == 58.40*1.075", round(58.40 * 1.075, 2) == 62.87),
    # shares
    ("m12 61.3+24.5+16.2 = 100", close(61.3 + 24.5 + 16.2, 100.0, 0.15)),
    ("m13 1572/3580 = 45.9%", pct(1572, 3580) == 45.9),
    ("m14 61.8+27.5+12.3 = 100", close(61.8 + 27.5 + 12.3, 100.0, 0.15)),
    ("m15 536/1168 = 41.9%", pct(536, 1168) == 41.9),
    ("m16 60.0+23.3+9.2+8.6 = 100", close(60.0 + 23.3 + 9.2 + 8.6, 100.0, 0.15)),
    ("m17 5.62/9.37 = 62.0%", pct(5.62, 9.37) == 62.0),
    ("m18 55.8+36.9+9.1 = 100", close(55.8 + 36.9 + 9.1, 100.0, 0.15)),
    ("m19 0.55/3.14 = 19.5%", pct(0.55, 3.14) == 19.5),
    ("m20 49.2+33.5+18.6 = 100", close(49.2 + 33.5 + 18.6, 100.0, 0.15)),
    ("m21 91.2+7.6+2.4 = 100", close(91.2 + 7.6 + 2.4, 100.0, 0.15)),
    # sum
    ("m22 38+129+52 = 214", 38 + 129 + 52 == 214),
    ("m23 38.75+42.36 = 81.21", close(38.75 + 42.36, 81.21, 0.001)),
    ("m24 118+172+205+215+286 = 1032", 118 + 172 + 205 + 215 + 286 == 1032),
    ("m25 1032+326 = 1385", 1032 + 326 == 1385),
    ("m26 1.62+1.05+0.88+0.28 = 4.37", close(1.62 + 1.05 + 0.88 + 0.28, 4.37, 0.001)),
    ("m27 8.9+1.4+0.9+0.6 = 11.6", close(8.9 + 1.4 + 0.9 + 0.6, 11.6, 0.001)),
    ("m28 872400+578600+112700 = 1553700", 872400 + 578600 + 112700 == 1553700),
    ("m29 28.7+21.4+9.6+4.2 = 64.5", close(28.7 + 21.4 + 9.6 + 4.2, 64.5, 0.001)),
    ("m30 3.14+3.36 = 6.40", close(3.14 + 3.36, 6.40, 0.001)),
    ("m31 1925+1480+3345 = 6840", 1925 + 1480 + 3345 == 6840),
    ("m32 118+46+38 = 212", 118 + 46 + 38 == 212),
    # date
    ("m33 2024-1978 = 45", 2024 - 1978 == 45),
    ("m34 去年 (2025-1) - 2016 = 7", (2025 - 1) - 2016 == 7),
    ("m35 去年 (2025-1) = 2022", 2025 - 1 == 2022),
    ("m36 2019..2024 = 第五个年头", 2024 - 2019 + 1 == 5),
    ("m37 2023-2013 = 11", 2023 - 2013 == 11),
    ("m38 2024-1998 = 25", 2024 - 1998 == 25),
    ("m39 2013-1998 = 14", 2013 - 1998 == 14),
    ("m40 2024-1958 = 65", 2024 - 1958 == 65),
    ("m41 2025-2004 = 20", 2025 - 2004 == 20),
    ("m42 2025-1979 = 45", 2025 - 1979 == 45),
    ("m43 1998-1964 = 36", 1998 - 1964 == 36),
]
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
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
