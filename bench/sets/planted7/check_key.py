#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (bench/sets/planted7).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 14-25 lines and a headline as the first line after its date or front
   matter; at least 42 mistakes, at least 9 of each kind, and at least 100 decoys.
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

    # length 14-25 lines; the first line after the date / front matter is a headline (short,
    # no sentence-final punctuation), followed by a blank line
    n = len(lines) - (1 if lines[-1] == "" else 0)
    if not (14 <= n <= 25):
        err("%s: %d lines, outside 14-25" % (f, n))
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
HOLD = [
    # xuyang (river-port container terminal)
    ("x1 headline 近69 ~ 68.42", 68 < 68.42 < 69),
    ("x1 (68.42-57.96)/57.96 = +18.0%", pct(68.42 - 57.96, 57.96) == 18.0),
    ("x1 31.85+22.37+14.20 = 68.42", close(31.85 + 22.37 + 14.20, 68.42, 0.001)),
    ("x1 terminal shares", [pct(x, 68.42) for x in (31.85, 22.37, 14.20)] == [46.6, 32.7, 20.8]),
    ("x1 terminal shares sum 100.1 (rounding)", close(46.6 + 32.7 + 20.8, 100.1)),
    ("x1 24.16+44.26 = 68.42; 35.3% + 64.7%", close(24.16 + 44.26, 68.42, 0.001)
     and [pct(24.16, 68.42), pct(44.26, 68.42)] == [35.3, 64.7] and close(35.3 + 64.7, 100.0)),
    ("x1 21.6% > 两成", 21.6 > 20),
    ("x1 (5.83-4.13)/4.13 = +41.2%", pct(5.83 - 4.13, 4.13) == 41.2),
    ("x1 46.6% = 近一半", 40 < 46.6 < 50),
    ("x1 true routes 12+25 = 37", 12 + 25 == 37),
    ("x1 true 2011..2025 = 第十五个年头", 2025 - 2011 + 1 == 15),
    ("x1 berths 9+8+6 = 23", 9 + 8 + 6 == 23),
    ("x1 7.35 <= 12.9 <= 18.6", 7.35 <= 12.9 <= 18.6),
    ("x1 7.35+2.41+1.44 = 11.2", close(7.35 + 2.41 + 1.44, 11.2, 0.001)),
    ("x1 明年 (2025+1) = 2026 = x3 今年 (2026)", 2025 + 1 == 2026),
    ("x2 38.56/75 = 51.4% (过半)", pct(38.56, 75) == 51.4 and 51.4 > 50),
    ("x2 13.92+24.64 = 38.56", close(13.92 + 24.64, 38.56, 0.001)),
    ("x2 true 13.92/38.56 = 36.1% (> 35.3%, 提高 holds)", pct(13.92, 38.56) == 36.1 and 36.1 > 35.3),
    ("x2 forecast 78 above target 75", 78 > 75),
    ("x2 3.47/5.83 = 59.5% (接近六成)", pct(3.47, 5.83) == 59.5 and 59.5 < 60),
    ("x2 true 2025-2018 = 7", 2025 - 2018 == 7),
    ("x2 312 of 486 ships", 312 <= 486),
    ("x2 12.9+2.3 = 15.2; 15.2/18.6 = 81.7%", close(12.9 + 2.3, 15.2, 0.001) and pct(15.2, 18.6) == 81.7),
    ("x2 明年 (2025+1) = 2026", 2025 + 1 == 2026),
    ("x3 headline 近80 ~ 79.35", 79 < 79.35 < 80),
    ("x3 (79.35-68.42)/68.42 = +16.0%", pct(79.35 - 68.42, 68.42) == 16.0),
    ("x3 79.35 > 75 target (超额)", 79.35 > 75),
    ("x3 5136 > 5000 > 4862 (首次突破)", 5136 > 5000 > 4862),
    ("x3 36.42+25.61+17.32 = 79.35", close(36.42 + 25.61 + 17.32, 79.35, 0.001)),
    ("x3 45.9 and 32.3 right; true 17.32/79.35 = 21.8%",
     [pct(36.42, 79.35), pct(25.61, 79.35), pct(17.32, 79.35)] == [45.9, 32.3, 21.8]),
    ("x3 29.08+50.27 = 79.35; 29.08/79.35 = 36.6%", close(29.08 + 50.27, 79.35, 0.001) and pct(29.08, 79.35) == 36.6),
    ("x3 (29.08-24.16)/24.16 = +20.4%", pct(29.08 - 24.16, 24.16) == 20.4),
    ("x3 36.6-35.3 = 1.3 points", close(36.6 - 35.3, 1.3, 0.001)),
    ("x3 (7.96-5.83)/5.83 = +36.5%", pct(7.96 - 5.83, 5.83) == 36.5),
    ("x3 12.6 > 12 (x1 超过12万)", 12.6 > 12),
    ("x3 68.42+79.35 = 147.77", close(68.42 + 79.35, 147.77, 0.001)),
    ("x3 年均 sqrt(79.35/57.96)-1 = 17.0%", round(100 * ((79.35 / 57.96) ** 0.5 - 1), 1) == 17.0),
    ("x3 12.9 <= 15.2 <= 17.4 <= 18.6", 12.9 <= 15.2 <= 17.4 <= 18.6),
    ("x3 true berths 23+4 = 27", 23 + 4 == 27),
    ("x3 true 2026-2011 = 15", 2026 - 2011 == 15),
    ("x3 88/79.35 = +10.9% (一成以上)", pct(88 - 79.35, 79.35) == 10.9 and 10.9 > 10),
    ("x3 2020..2025 五年; 79.35/31.7 = 2.5 (增长1.5倍)", 2025 - 2020 == 5 and abs(79.35 / 31.7 - 2.5) < 0.01),
    # tongao (county medical insurance)
    ("t1 9.84-9.12 = 0.72亿 = 7200万", round((9.84 - 9.12) * 10000) == 7200),
    ("t1 8.92+32.45 = 41.37", close(8.92 + 32.45, 41.37, 0.001)),
    ("t1 5.47+2.31+1.34 = 9.12", close(5.47 + 2.31 + 1.34, 9.12, 0.001)),
    ("t1 channel shares (true)", [pct(x, 9.12) for x in (5.47, 2.31, 1.34)] == [60.0, 25.3, 14.7]),
    ("t1 3.86/9.12 = 42.3%", pct(3.86, 9.12) == 42.3),
    ("t1 1.86万 persons < 12.4万 person-times; 1.12万 < 2.87万", 1.86 < 12.4 and 1.12 < 2.87),
    ("t1 4620万/6381 = 7240", round(46200000 / 6381, -1) == 7240),
    ("t1 2021..2025 = 第五个年头", 2025 - 2021 + 1 == 5),
    ("t1 9.8/9.12 = +7.5%", pct(9.8 - 9.12, 9.12) == 7.5),
    ("t2 4.83/9.8 = 49.3%", pct(4.83, 9.8) == 49.3),
    ("t2 headline 超3万 <= 3.27万", 3.27 > 3),
    ("t2 true 2.19+2.87 = 5.06", close(2.19 + 2.87, 5.06, 0.001)),
    ("t2 1.09/4.83 = 22.6%; 25.3-22.6 = 2.7", pct(1.09, 4.83) == 22.6 and close(25.3 - 22.6, 2.7, 0.001)),
    ("t2 1.94/4.83 = 40.2%", pct(1.94, 4.83) == 40.2),
    ("t2 true 2019..2025 = 第七个年头", 2025 - 2019 + 1 == 7),
    ("t2 435+177 = 612", 435 + 177 == 612),
    ("t2 forecast 9.7 < budget 9.8", 9.7 < 9.8),
    ("t3 10.21-9.73 = 0.48亿 = 4800万", round((10.21 - 9.73) * 10000) == 4800),
    ("t3 (9.73-9.12)/9.12 = +6.7%", pct(9.73 - 9.12, 9.12) == 6.7),
    ("t3 9.73/9.8 = 99.3%", pct(9.73, 9.8) == 99.3),
    ("t3 41.37万-41.05万 = 3200人", round((41.37 - 41.05) * 10000) == 3200),
    ("t3 6.02+2.18+1.53 = 9.73; 2.18/9.73 = 22.4%", close(6.02 + 2.18 + 1.53, 9.73, 0.001) and pct(2.18, 9.73) == 22.4),
    ("t3 25.3-22.4 = 2.9 points", close(25.3 - 22.4, 2.9, 0.001)),
    ("t3 4.12-3.86 = 0.26亿 = 2600万; 4.12/9.73 = 42.3%", round((4.12 - 3.86) * 10000) == 2600 and pct(4.12, 9.73) == 42.3),
    ("t3 1.31/9.73 = 13.5%", pct(1.31, 9.73) == 13.5),
    ("t3 true 1.12/9.12 = 12.3%", pct(1.12, 9.12) == 12.3),
    ("t3 true 4620+5130 = 9750", 4620 + 5130 == 9750),
    ("t3 (7520-6830)/6830 = +10.1%", pct(7520 - 6830, 6830) == 10.1),
    ("t3 true 2021..2026 = 第六个年头", 2026 - 2021 + 1 == 6),
    ("t3 89.2 < 89.8 < 90", 89.2 < 89.8 < 90),
    ("t3 10.3/9.73 = +5.9%", pct(10.3 - 9.73, 9.73) == 5.9),
    # baisha (fisheries co-operative)
    ("b1 2760万/312 = 8.85万 (超8.8万)", round(2760 / 312, 2) == 8.85 and 2760 / 312 > 8.8),
    ("b1 312-27 = 285 at start of 2024; 23 <= 285", 312 - 27 == 285 and 23 <= 285),
    ("b1 8640+2150 = 10790 = 1.079万", 8640 + 2150 == 10790),
    ("b1 0.62+0.49+0.27 = 1.38", close(0.62 + 0.49 + 0.27, 1.38, 0.001)),
    ("b1 revenue shares (true)", [pct(x, 1.38) for x in (0.62, 0.49, 0.27)] == [44.9, 35.5, 19.6]),
    ("b1 true 31+15 = 46", 31 + 15 == 46),
    ("b1 600+250+1000 = 1850", 600 + 250 + 1000 == 1850),
    ("b1 2025-2008 = 17", 2025 - 2008 == 17),
    ("b1 5/1..9/16 = 4.5 months", abs((D(2025, 9, 16) - D(2025, 5, 1)).days / 30.44 - 4.5) < 0.1),
    ("b2 312+26 = 338 (三百多)", 312 + 26 == 338 and 300 < 338 < 400),
    ("b2 26 new >= plan 20", 26 >= 20),
    ("b2 1.163-1.15 = 0.013万吨 = 130吨", round((1.163 - 1.15) * 10000) == 130),
    ("b2 1.52 > 1.5", 1.52 > 1.5),
    ("b2 3120万/338 = 9.23万", round(3120 / 338, 2) == 9.23),
    ("b2 true 112+74 = 186", 112 + 74 == 186),
    ("b2 2008-1996 = 12", 2008 - 1996 == 12),
    ("b2 true 2024-2013 = 11", 2024 - 2013 == 11),
    ("b2 (2480-2150)/2150 = +15.3%", pct(2480 - 2150, 2150) == 15.3),
    ("b2 2008..2025 = 第十八个年头, 2025-2008 = 十七年间", 2025 - 2008 + 1 == 18 and 2025 - 2008 == 17),
    ("b2 2025+3 = 2028", 2025 + 3 == 2028),
    ("b2 boats 46 -> 52", 46 < 52),
    # fenwick (library system)
    ("f1 headline nearly 1.3 million ~ 1,284,600", 1250000 < 1284600 < 1300000),
    ("f1 (1284600-1196300)/1196300 = +7.4%", pct(1284600 - 1196300, 1196300) == 7.4),
    ("f1 812400+472200 = 1284600; 472200/1284600 = 36.8%", 812400 + 472200 == 1284600 and pct(472200, 1284600) == 36.8),
    ("f1 398100+331200+83100 = 812400; 398100/812400 = 49.0%",
     398100 + 331200 + 83100 == 812400 and pct(398100, 812400) == 49.0),
    ("f1 true teen share 100-38.2-49.6 = 12.2", close(100 - 38.2 - 49.6, 12.2)),
    ("f1 61,240 cardholders < 742,500 visits", 61240 < 742500),
    ("f1 July 2021 -> Jan 2025 = 3.5 years", (2025 * 12 + 1 - (2021 * 12 + 7)) == 42),
    ("f1 (4870-1120)/4870 = 77.0%", pct(4870 - 1120, 4870) == 77.0),
    ("f1 true 7.2+1.1+1.3 = 9.6", close(7.2 + 1.1 + 1.3, 9.6, 0.001)),
    ("f1 2025-1984 = 41; 2025-1968 = 57", 2025 - 1984 == 41 and 2025 - 1968 == 57),
    ("f1 2025-01-28 is a Tuesday (told the board Monday)", D(2025, 1, 28).weekday() == 1),
    ("f2 14.5+2.3 = 16.8", close(14.5 + 2.3, 16.8, 0.001)),
    ("f2 150000*0.24/1000 = 36", close(150000 * 0.24 / 1000, 36, 0.001)),
    ("f2 2025-1999 = 26", 2025 - 1999 == 26),
    ("f2 true 2025-1968 = 57", 2025 - 1968 == 57),
    ("f2 true 2968/4312 = 68.8%", pct(2968, 4312) == 68.8),
    ("f2 spring 2026 + 18 months = fall 2027", (2026 * 12 + 4 + 18) // 12 == 2027 and (4 + 18) % 12 in (9, 10, 11)),
    ("f2 2025-06-18 is a Wednesday (voted Tuesday)", D(2025, 6, 18).weekday() == 2),
    ("f3 (1351900-1284600)/1284600 = +5.2%", pct(1351900 - 1284600, 1284600) == 5.2),
    ("f3 528300+823600 = 1351900; 528300/1351900 = 39.1%", 528300 + 823600 == 1351900 and pct(528300, 1351900) == 39.1),
    ("f3 823,600 > 812,400 (edged up)", 823600 > 812400),
    ("f3 true 1284600+1351900 = 2636500", 1284600 + 1351900 == 2636500),
    ("f3 11846/20425 = 58.0%; 58+42 = 100", pct(11846, 20425) == 58.0 and 58 + 42 == 100),
    ("f3 2026-1968 = 58", 2026 - 1968 == 58),
    ("f3 true 2026-1984 = 42", 2026 - 1984 == 42),
    ("f3 2.41 > 2.3 goal; 1.45 <= 2.41", 2.41 > 2.3 and 1.45 <= 2.41),
    ("f3 63870-61240 = 2630", 63870 - 61240 == 2630),
    ("f3 (9.9-9.6)/9.6 = +3.1%", pct(9.9 - 9.6, 9.6) == 3.1),
    ("f3 4312+393 = 4705", 4312 + 393 == 4705),
    ("f3 2026-02-04 is a Wednesday (reported Tuesday)", D(2026, 2, 4).weekday() == 2),
    # calder (transit bus electrification)
    ("c1 2024-1973 = 51", 2024 - 1973 == 51),
    ("c1 18*1.07 = 19.26", close(18 * 1.07, 19.26, 0.001)),
    ("c1 74+26+12 = 112", 74 + 26 + 12 == 112),
    ("c1 12.84+3.85+2.57 = 19.26", close(12.84 + 3.85 + 2.57, 19.26, 0.001)),
    ("c1 funding shares", [pct(x, 19.26) for x in (12.84, 3.85, 2.57)] == [66.7, 20.0, 13.3]
     and close(66.7 + 20.0 + 13.3, 100.0)),
    ("c1 (3.42-3.22)/3.22 = +6.2%", pct(3.42 - 3.22, 3.22) == 6.2),
    ("c1 512000/4.86M = 10.5% (12/112 = 10.7%)", pct(512000, 4860000) == 10.5 and pct(12, 112) == 10.7),
    ("c1 true 2024-2021 = 3", 2024 - 2021 == 3),
    ("c1 12+18 = 30; 30/112 > 25%", 12 + 18 == 30 and 30 / 112 > 0.25),
    ("c1 2024-09-10 is a Tuesday (voted Monday)", D(2024, 9, 10).weekday() == 1),
    ("c2 last September (2025-1) = Sept. 2024", 2025 - 1 == 2024),
    ("c2 4+14 = 18; 12+4 = 16; 74-4 = 70; 16+70+26 = 112", 4 + 14 == 18 and 12 + 4 == 16 and 74 - 4 == 70 and 16 + 70 + 26 == 112),
    ("c2 true 100-61.4-27.9 = 10.7", close(100 - 61.4 - 27.9, 10.7)),
    ("c2 July..February = 8 months", (2 + 12) - 7 + 1 == 8),
    ("c2 10+14 = 24 chargers", 10 + 14 == 24),
    ("c2 525/389 = +35%", round(100 * (525 / 389 - 1)) == 35),
    ("c2 true 2025-1973 = 52", 2025 - 1973 == 52),
    ("c2 2.00/1.75 = +14.3%; 2025-2016 = 9", pct(2.00 - 1.75, 1.75) == 14.3 and 2025 - 2016 == 9),
    ("c2 2025-03-25 is a Tuesday (arrived Monday)", D(2025, 3, 25).weekday() == 1),
    ("c3 30/112 = 26.8%", pct(30, 112) == 26.8),
    ("c3 19.26-19.04 = 0.22M = 220,000", round((19.26 - 19.04) * 1e6) == 220000),
    ("c3 (3.58-3.42)/3.42 = +4.7%", pct(3.58 - 3.42, 3.42) == 4.7),
    ("c3 846000/4.92M = 17.2%", pct(846000, 4920000) == 17.2),
    ("c3 12.84/19.04 = 67.4%", pct(12.84, 19.04) == 67.4),
    ("c3 (1.38-0.71)/1.38 = 48.6%", pct(1.38 - 0.71, 1.38) == 48.6),
    ("c3 true 6.9+11.4+21.6+8.8 = 48.7", close(6.9 + 11.4 + 21.6 + 8.8, 48.7, 0.001)),
    ("c3 6.9/48.7 = 14.2%", pct(6.9, 48.7) == 14.2),
    ("c3 30+22 = 52; 52/112 = 46.4%", 30 + 22 == 52 and pct(52, 112) == 46.4),
    ("c3 2035-2025 = 10", 2035 - 2025 == 10),
    ("c3 2025-11-18 is a Tuesday (entered service Monday)", D(2025, 11, 18).weekday() == 1),
    # kestrel (state park)
    ("k1 (486300-444900)/444900 = +9.3%", pct(486300 - 444900, 444900) == 9.3),
    ("k1 402700+83600 = 486300", 402700 + 83600 == 486300),
    ("k1 712+538+96 = 1346", 712 + 538 + 96 == 1346),
    ("k1 revenue shares (true)", [pct(x, 1346) for x in (712, 538, 96)] == [52.9, 40.0, 7.1]),
    ("k1 1346/1910 = 70.5%", pct(1346, 1910) == 70.5),
    ("k1 15/12 = +25%", pct(15 - 12, 12) == 25.0),
    ("k1 true 148+52+14 = 214", 148 + 52 + 14 == 214),
    ("k1 true 1962-1958 = 4", 1962 - 1958 == 4),
    ("k1 2024-12-03 is a Tuesday (said Monday)", D(2024, 12, 3).weekday() == 1),
    ("k2 214+36 = 250", 214 + 36 == 250),
    ("k2 2.2+0.7 = 2.9", close(2.2 + 0.7, 2.9, 0.001)),
    ("k2 true 100-62.4-29.1 = 8.5", close(100 - 62.4 - 29.1, 8.5)),
    ("k2 712000+150000 = 862000 ~ 860000", abs(712000 + 150000 - 860000) <= 5000),
    ("k2 (38400-35100)/35100 = +9.4%", pct(38400 - 35100, 35100) == 9.4),
    ("k2 2025-2013 = 12", 2025 - 2013 == 12),
    ("k2 2025-04-15 is a Tuesday (as of Monday, opens Friday)", D(2025, 4, 15).weekday() == 1),
    ("k3 512,900 > half a million", 512900 > 500000),
    ("k3 (512900-486300)/486300 = +5.5%", pct(512900 - 486300, 486300) == 5.5),
    ("k3 486300+512900 = 999200", 486300 + 512900 == 999200),
    ("k3 874+603+105 = 1582", 874 + 603 + 105 == 1582),
    ("k3 874 vs forecast ~860", 874 > 860),
    ("k3 2025-2012 = 13", 2025 - 2012 == 13),
    ("k3 874/1582 = 55.2%", pct(874, 1582) == 55.2),
    ("k3 true 83600/486300 = 17.2%; 97450/512900 = 19.0%", pct(83600, 486300) == 17.2 and pct(97450, 512900) == 19.0),
    ("k3 1962-1958 = 4", 1962 - 1958 == 4),
    ("k3 true 1985-1962 = 23", 1985 - 1962 == 23),
    ("k3 true 1120+2410+290 = 3820", 1120 + 2410 + 290 == 3820),
    ("k3 14600/318 = 45.9 ~ 46", round(14600 / 318) == 46),
]

# (label, holds?) -- each planted mistake: the stated relation must FAIL
FAIL = [
    # conflict: the two values differ
    ("m01 68.42 == 68.24", 68.42 == 68.24),
    ("m02 29.08 == 29.80", 29.08 == 29.80),
    ("m03 4620 == 4260", 4620 == 4260),
    ("m04 9.12 == 9.21", 9.12 == 9.21),
    ("m05 2760 == 2670", 2760 == 2670),
    ("m06 398100 == 389100", 398100 == 389100),
    ("m07 1351900 == 1315900", 1351900 == 1315900),
    ("m08 19.26 == 19.62", 19.26 == 19.62),
    ("m09 12.84 == 12.48", 12.84 == 12.48),
    ("m10 12 == 14", 12 == 14),
    ("m11 486300 == 468300", 486300 == 468300),
    # shares
    ("m12 13.92/38.56 = 38.1%", pct(13.92, 38.56) == 38.1),
    ("m13 45.9+32.3+23.8 = 100", close(45.9 + 32.3 + 23.8, 100.0, 0.15)),
    ("m13 17.32/79.35 = 23.8%", pct(17.32, 79.35) == 23.8),
    ("m14 60.0+25.3+16.7 = 100", close(60.0 + 25.3 + 16.7, 100.0, 0.15)),
    ("m14 1.34/9.12 = 16.7%", pct(1.34, 9.12) == 16.7),
    ("m15 1.12/9.12 = 13.3%", pct(1.12, 9.12) == 13.3),
    ("m16 44.9+35.5+17.6 = 100", close(44.9 + 35.5 + 17.6, 100.0, 0.15)),
    ("m16 0.27/1.38 = 17.6%", pct(0.27, 1.38) == 17.6),
    ("m17 38.2+49.6+14.1 = 100", close(38.2 + 49.6 + 14.1, 100.0, 0.15)),
    ("m18 2968/4312 = 71.8%", pct(2968, 4312) == 71.8),
    ("m19 61.4+27.9+12.7 = 100", close(61.4 + 27.9 + 12.7, 100.0, 0.15)),
    ("m20 52.9+42.0+7.1 = 100", close(52.9 + 42.0 + 7.1, 100.0, 0.15)),
    ("m20 538/1346 = 42.0%", pct(538, 1346) == 42.0),
    ("m21 62.4+29.1+10.5 = 100", close(62.4 + 29.1 + 10.5, 100.0, 0.15)),
    ("m22 83600/486300 = 18.4%", pct(83600, 486300) == 18.4),
    # sum
    ("m23 12+23 = 37", 12 + 23 == 37),
    ("m24 23+4 = 28", 23 + 4 == 28),
    ("m25 2.19+2.77 = 5.06", close(2.19 + 2.77, 5.06, 0.001)),
    ("m26 4620+5130 = 9570 (and 4260+5130)", 4620 + 5130 == 9570 or 4260 + 5130 == 9570),
    ("m27 31+13 = 46", 31 + 13 == 46),
    ("m28 112+64 = 186", 112 + 64 == 186),
    ("m29 7.2+1.1+1.2 = 9.6", close(7.2 + 1.1 + 1.2, 9.6, 0.001)),
    ("m30 1284600+1351900 = 2663500", 1284600 + 1351900 == 2663500),
    ("m31 6.9+11.4+21.6+8.2 = 48.7", close(6.9 + 11.4 + 21.6 + 8.2, 48.7, 0.001)),
    ("m32 148+52+12 = 214", 148 + 52 + 12 == 214),
    ("m33 1120+2410+290 = 3840", 1120 + 2410 + 290 == 3840),
    # date (each fails under both counting conventions)
    ("m34 2011..2025 = 第十三个年头", 2025 - 2011 + 1 == 13 or 2025 - 2011 == 13),
    ("m35 2025-2018 = 6", 2025 - 2018 == 6 or 2025 - 2018 + 1 == 6),
    ("m36 2026-2011 = 14", 2026 - 2011 == 14),
    ("m37 2019..2025 = 第五个年头", 2025 - 2019 + 1 == 5 or 2025 - 2019 == 5),
    ("m38 2021..2026 = 第四个年头", 2026 - 2021 + 1 == 4 or 2026 - 2021 == 4),
    ("m39 2024-2013 = 10", 2024 - 2013 == 10),
    ("m40 2025-1968 = 55", 2025 - 1968 == 55),
    ("m41 2026-1984 = 41", 2026 - 1984 == 41),
    ("m42 2024-2021 = 4", 2024 - 2021 == 4),
    ("m43 2025-1973 = 50", 2025 - 1973 == 50),
    ("m44 1962-1958 = 2", 1962 - 1958 == 2),
    ("m45 1985-1962 = 21", 1985 - 1962 == 21),
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
for k in MISTAKE_KINDS:
    if counts[("mistakes", k, "within")] + counts[("mistakes", k, "across")] < 9:
        err("fewer than 9 mistakes of kind %s" % k)
if nm < 42:
    err("fewer than 42 mistakes (%d)" % nm)
if nd < 100:
    err("fewer than 100 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
