#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted14).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 8-20 paragraphs, 14-45 lines, 1,100-3,800 characters (Chinese
   articles, denser, 700-3,800) and a headline as the first line after its date or front matter;
   at least 40 mistakes, for each kind at least 4 within one article and at least 2 across
   articles, and at least 100 decoys.
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
    lo = 700 if re.search(r"[\u4e00-\u9fff]", "\n".join(lines)) else 1100
    if not (lo <= nchar <= 3800):
        err("%s: %d characters, outside %d-3,800" % (f, nchar, lo))
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
    # weekdays named in the articles
    ("h1 'Monday' before 2025-01-14", D(2025, 1, 13).weekday() == 0),
    ("h1 Winter Lifeline starts 'Saturday' 2025-01-18", D(2025, 1, 18).weekday() == 5),
    ("h3 'Monday' before 2026-01-20", D(2026, 1, 19).weekday() == 0),
    ("h3 Winter Lifeline opens 'Saturday' 2026-01-24", D(2026, 1, 24).weekday() == 5),
    ("b1 'Monday' before 2024-11-19", D(2024, 11, 18).weekday() == 0),
    ("b3 'Monday' before 2025-11-18", D(2025, 11, 17).weekday() == 0),
    # qichuan (toll expressways)
    ("q1 (38.62-36.15)/36.15 = 6.8%", pct(38.62 - 36.15, 36.15) == 6.8),
    ("q1 (9.87-9.12)/9.12 = 8.2%", pct(9.87 - 9.12, 9.12) == 8.2),
    ("q1 168+142+104+72 = 486", 168 + 142 + 104 + 72 == 486),
    ("q1 17.84+11.26+6.07+3.45 = 38.62", close(17.84 + 11.26 + 6.07 + 3.45, 38.62, 0.001)),
    ("q1 shares 46.2/29.2/15.7, true 8.9", [pct(x, 38.62) for x in (17.84, 11.26, 6.07, 3.45)] == [46.2, 29.2, 15.7, 8.9]),
    ("q1 28.4万 x 366 = 1.04亿", round(28.4 * 366 / 10000, 2) == 1.04),
    ("q1 7210+3184 = 10394 = 1.04亿; 69.4%", 7210 + 3184 == 10394 and round(10394 / 10000, 2) == 1.04 and pct(7210, 10394) == 69.4),
    ("q1 9.87/17.02 = 0.58; 2.6/10 x 17.02 / 9.87 about 45%", round(9.87 / 17.02, 2) == 0.58 and 44.5 <= 100 * 0.26 * 17.02 / 9.87 < 45.5),
    ("q1 2.18+1.26+0.91 = 4.35", close(2.18 + 1.26 + 0.91, 4.35, 0.001)),
    ("q1 63/486 = 13.0%", pct(63, 486) == 13.0),
    ("q1 true 1872+684+570 = 3126", 1872 + 684 + 570 == 3126),
    ("q1 30.2+56.2 = 86.4; 30.2/86.4 = 35%", close(30.2 + 56.2, 86.4, 0.001) and r0(100 * 30.2 / 86.4) == 35),
    ("q1 2004 -> 2024 (去年) = 20周年", span_ok(2004, 2024, 20, False)),
    ("q1 true 2006..2025 = 第二十个年头", span_ok(2006, 2025, 20, True)),
    ("q1 (40.5-38.62)/38.62 = 4.9%", pct(40.5 - 38.62, 38.62) == 4.9),
    ("q2 (20.14-19.02)/19.02 = 5.9%; 20.14/40.5 = 49.7%", pct(20.14 - 19.02, 19.02) == 5.9 and pct(20.14, 40.5) == 49.7),
    ("q2 11.32+8.82 = 20.14; 56.2/43.8", close(11.32 + 8.82, 20.14, 0.001) and pct(11.32, 20.14) == 56.2 and pct(8.82, 20.14) == 43.8),
    ("q2 (29.6-28.4)/28.4 = 4.2%; 29.6 x 181 = 5358", pct(29.6 - 28.4, 28.4) == 4.2 and round(29.6 * 181) == 5358),
    ("q2 24 pairs = 48", 24 * 2 == 48),
    ("q2 true 1.52+1.18+0.76 = 3.46", close(1.52 + 1.18 + 0.76, 3.46, 0.001)),
    ("q2 21+19+18 = 58", 21 + 19 + 18 == 58),
    ("q2 true 23.6/86.4 = 27.3%", pct(23.6, 86.4) == 27.3),
    ("q2 true 2012 -> 2025 = 13 years", span_ok(2012, 2025, 13, False)),
    ("q2 40.5-20.14 = 20.36", close(40.5 - 20.14, 20.36, 0.001)),
    ("q3 (40.87-38.62)/38.62 = 5.8%; 40.87 > 40.5", pct(40.87 - 38.62, 38.62) == 5.8 and 40.87 > 40.5),
    ("q3 (10.46-9.87)/9.87 = 6.0%", pct(10.46 - 9.87, 9.87) == 6.0),
    ("q3 18.62+12.05+6.48+3.72 = 40.87", close(18.62 + 12.05 + 6.48 + 3.72, 40.87, 0.001)),
    ("q3 40.87-20.14 = 20.73 > 20.14", close(40.87 - 20.14, 20.73, 0.001) and 20.73 > 20.14),
    ("q3 23.36+17.51 = 40.87; 57.2, true 42.8", close(23.36 + 17.51, 40.87, 0.001) and pct(23.36, 40.87) == 57.2 and pct(17.51, 40.87) == 42.8),
    ("q3 (30.1-28.4)/28.4 = 6.0%; 30.1 x 365 = 1.10亿", pct(30.1 - 28.4, 28.4) == 6.0 and round(30.1 * 365 / 10000, 2) == 1.10),
    ("q3 true 38.62+40.87 = 79.49; 9.87+10.46 = 20.33", close(38.62 + 40.87, 79.49, 0.001) and close(9.87 + 10.46, 20.33, 0.001)),
    ("q3 61.8/86.4 = 71.5%; 58-21 = 37", pct(61.8, 86.4) == 71.5 and 58 - 21 == 37),
    ("q3 4.72 < 4.8; 3158-3126 = 32", 4.72 < 4.8 and 3158 - 3126 == 32),
    ("q3 true 2004 -> 2026 = 22 years", span_ok(2004, 2026, 22, False)),
    ("q3 2006 -> 2026 (今年) = 20周年", span_ok(2006, 2026, 20, False)),
    ("q3 (42.6-40.87)/40.87 = 4.2%", pct(42.6 - 40.87, 40.87) == 4.2),
    # tongxi (vocational school)
    ("t1 1286-1174 = 112; 112/1174 = 9.5%", 1286 - 1174 == 112 and pct(112, 1174) == 9.5),
    ("t1 true 412+338+296+240 = 1286", 412 + 338 + 296 + 240 == 1286),
    ("t1 1047+239 = 1286; 81.4%", 1047 + 239 == 1286 and pct(1047, 1286) == 81.4),
    ("t1 1286+1158+1198 = 3642", 1286 + 1158 + 1198 == 3642),
    ("t1 612+458+35 = 1105; 55.4/41.4, true 3.2", 612 + 458 + 35 == 1105 and [pct(x, 1105) for x in (612, 458, 35)] == [55.4, 41.4, 3.2]),
    ("t1 391/458 = 85.4%; 271/458 接近六成", pct(391, 458) == 85.4 and 55 <= 100 * 271 / 458 < 60),
    ("t1 131/214 = 61.2%; 214 < 268", pct(131, 214) == 61.2 and 214 < 268),
    ("t1 2900+1360+600 = 4860", 2900 + 1360 + 600 == 4860),
    ("t1 true 2016..2024 = 第九个年头", span_ok(2016, 2024, 9, True)),
    ("t1 1984 -> 2024 = 40周年", span_ok(1984, 2024, 40, False)),
    ("t2 689+471+38 = 1198; 57.5%; 57.5-55.4 = 2.1", 689 + 471 + 38 == 1198 and pct(689, 1198) == 57.5 and close(57.5 - 55.4, 2.1, 0.001)),
    ("t2 53+636 = 689", 53 + 636 == 689),
    ("t2 402/471 = 85.4%; 291/471 六成以上", pct(402, 471) == 85.4 and 60 <= 100 * 291 / 471 < 70),
    ("t2 3860-3620 = 240", 3860 - 3620 == 240),
    ("t2 true 612/1105 = 55.4%", pct(612, 1105) == 55.4),
    ("t2 stated award parts 8+15+21 = 44 (so the total of 46 is what fails)", 8 + 15 + 21 == 44),
    ("t2 97 persons < 132 人次", 97 < 132),
    ("t2 true 2003 -> 2025 = 22 years", span_ok(2003, 2025, 22, False)),
    ("t2 12 x 40 = 480", 12 * 40 == 480),
    ("t3 1352-1286 = 66; 66/1286 = 5.1%; 1352 > 1350", 1352 - 1286 == 66 and pct(66, 1286) == 5.1 and 1352 > 1350),
    ("t3 446+352+310+244 = 1352; 33.0/26.0/22.9, true 18.0", 446 + 352 + 310 + 244 == 1352 and [pct(x, 1352) for x in (446, 352, 310, 244)] == [33.0, 26.0, 22.9, 18.0]),
    ("t3 1112/1352 = 82.2%", pct(1112, 1352) == 82.2),
    ("t3 1352+1271+1151 = 3774; cohorts 1271 <= 1286, 1151 <= 1158", 1352 + 1271 + 1151 == 3774 and 1271 <= 1286 and 1151 <= 1158),
    ("t3 true 1286+1352 = 2638", 1286 + 1352 == 2638),
    ("t3 4860-4795 = 65", 4860 - 4795 == 65),
    ("t3 true 2019..2025 = 7 intakes", span_ok(2019, 2025, 7, True)),
    ("t3 1984 -> 2024 (去年) = 40周年", span_ok(1984, 2024, 40, False)),
    ("t3 281-268 = 13; 148/226 = 65.5%", 281 - 268 == 13 and pct(148, 226) == 65.5),
    # halvern (blood center)
    ("h1 (48260-46350)/46350 = 4.1%", pct(48260 - 46350, 46350) == 4.1),
    ("h1 39870+5420+2970 = 48260; 82.6/11.2, true 6.2", 39870 + 5420 + 2970 == 48260 and [pct(x, 48260) for x in (39870, 5420, 2970)] == [82.6, 11.2, 6.2]),
    ("h1 7820/31540 = 24.8%; 31540 donors < 48260 units", pct(7820, 31540) == 24.8 and 31540 < 48260),
    ("h1 26600+21660 = 48260; 55.1%", 26600 + 21660 == 48260 and pct(26600, 48260) == 55.1),
    ("h1 true 74+81+57 = 212", 74 + 81 + 57 == 212),
    ("h1 45980/48260 = 95.3%; 48260-45980 = 2280", pct(45980, 48260) == 95.3 and 48260 - 45980 == 2280),
    ("h1 (21.6-20.4)/20.4 = 5.9%", pct(21.6 - 20.4, 20.4) == 5.9),
    ("h1 true 1971 -> 2024 = 53", span_ok(1971, 2024, 53, False)),
    ("h1 1999..2025 = 27th annual", span_ok(1999, 2025, 27, True)),
    ("h1 7.4% x 31540 about 2330", abs(0.074 * 31540 - 2330) < 10),
    ("h1 48260 x 1.04 about 50000", abs(48260 * 1.04 - 50000) < 500),
    ("h2 (23180-24050)/24050 = -3.6%; 24420-23180 = 1240", pct(24050 - 23180, 24050) == 3.6 and 24420 - 23180 == 1240),
    ("h2 601-562 = 39; 15870 < 23180", 601 - 562 == 39 and 15870 < 23180),
    ("h2 118+74+53+41 = 286", 118 + 74 + 53 + 41 == 286),
    ("h2 (22.4-21.6)/21.6 = 3.7%", pct(22.4 - 21.6, 21.6) == 3.7),
    ("h2 true 13.1+6.2+3.1 = 22.4", close(13.1 + 6.2 + 3.1, 22.4, 0.001)),
    ("h2 true 2009 -> 2025 = 16", span_ok(2009, 2025, 16, False)),
    ("h3 49120-48260 = 860; 1.8%", 49120 - 48260 == 860 and pct(860, 48260) == 1.8),
    ("h3 25940+23180 = 49120", 25940 + 23180 == 49120),
    ("h3 40310+5780+3030 = 49120; 11.8% > 11.2%", 40310 + 5780 + 3030 == 49120 and pct(5780, 49120) == 11.8 and 11.8 > 11.2),
    ("h3 27410+21710 = 49120; 55.8, true 44.2", 27410 + 21710 == 49120 and pct(27410, 49120) == 55.8 and pct(21710, 49120) == 44.2),
    ("h3 32270-31540 = 730; 7460/32270 = 23.1% < 24.8%", 32270 - 31540 == 730 and pct(7460, 32270) == 23.1 and 23.1 < 24.8),
    ("h3 true 48260+49120 = 97380", 48260 + 49120 == 97380),
    ("h3 49120 < 50000 goal; 1538 > 1500", 49120 < 50000 and 1538 > 1500),
    ("h3 1999..2026 = 28th annual", span_ok(1999, 2026, 28, True)),
    ("h3 true 1971 -> 2026 = 55 years ago", span_ok(1971, 2026, 55, False)),
    # brannock (snow budget)
    ("b1 (8.74-8.22)/8.22 = 6.3%", pct(8.74 - 8.22, 8.22) == 6.3),
    ("b1 3.46+2.38+1.72+1.18 = 8.74", close(3.46 + 2.38 + 1.72 + 1.18, 8.74, 0.001)),
    ("b1 shares 39.6/27.2/19.7, true 13.5", [pct(x, 8.74) for x in (3.46, 2.38, 1.72, 1.18)] == [39.6, 27.2, 19.7, 13.5]),
    ("b1 36000 x 96.10 = 3.46M; (96.10-88.40)/88.40 = 8.7%", round(36000 * 96.10 / 1e6, 2) == 3.46 and pct(96.10 - 88.40, 88.40) == 8.7),
    ("b1 true 12000+9500+6500 = 28000", 12000 + 9500 + 6500 == 28000),
    ("b1 48+16 = 64; 8 x 285000 = 2.28M", 48 + 16 == 64 and 8 * 285000 == 2280000),
    ("b1 512/1386 = 36.9%", pct(512, 1386) == 36.9),
    ("b1 true 2011..2024 = 14th year", span_ok(2011, 2024, 14, True)),
    ("b1 1978 -> 2024 = 46 years old", span_ok(1978, 2024, 46, False)),
    ("b1 54.2 < 61.5", 54.2 < 61.5),
    ("b2 6.12/8.74 = 70.0%; 8.74-6.12 = 2.62", pct(6.12, 8.74) == 70.0 and close(8.74 - 6.12, 2.62, 0.001)),
    ("b2 2.36+2.05+1.09+0.62 = 6.12", close(2.36 + 2.05 + 1.09 + 0.62, 6.12, 0.001)),
    ("b2 36000-24600 = 11400", 36000 - 24600 == 11400),
    ("b2 true 28700+8900+4100 = 41700", 28700 + 8900 + 4100 == 41700),
    ("b2 2870/146 nearly 20", 19 <= 2870 / 146 < 20),
    ("b2 true 1989 -> 2025 = 36", span_ok(1989, 2025, 36, False)),
    ("b2 47.6 < 54.2; 19 < 27; 2.05 < 2.38", 47.6 < 54.2 and 19 < 27 and 2.05 < 2.38),
    ("b3 (9.63-8.74)/8.74 = 10.2%; 9.63-8.74 = 0.89", pct(9.63 - 8.74, 8.74) == 10.2 and close(9.63 - 8.74, 0.89, 0.001)),
    ("b3 3.79+2.91+1.84+1.09 = 9.63", close(3.79 + 2.91 + 1.84 + 1.09, 9.63, 0.001)),
    ("b3 true 3.79-3.46 = 0.33", close(3.79 - 3.46, 0.33, 0.001)),
    ("b3 39400-36000 = 3400", 39400 - 36000 == 3400),
    ("b3 (9.35-8.74)/8.74 = 7.0%; 9.35 < 9.63", pct(9.35 - 8.74, 8.74) == 7.0 and 9.35 < 9.63),
    ("b3 3.58+2.62+1.85+1.30 = 9.35; 38.3/28.0/19.8, true 13.9", close(3.58 + 2.62 + 1.85 + 1.30, 9.35, 0.001) and [pct(x, 9.35) for x in (3.58, 2.62, 1.85, 1.30)] == [38.3, 28.0, 19.8, 13.9]),
    ("b3 38000 x 94.20 = 3.58M; 94.20 < 96.10", round(38000 * 94.20 / 1e6, 2) == 3.58 and 94.20 < 96.10),
    ("b3 true 1978 -> 2025 = 47 years ago", span_ok(1978, 2025, 47, False)),
    ("b3 2011 -> 2025 = 14 years", span_ok(2011, 2025, 14, False)),
    ("b3 1.04 < 1.1; 68.9 > 61.5", 1.04 < 1.1 and 68.9 > 61.5),
]

FAIL = [
    # conflict: the two values differ
    ("m01 38.62 == 38.26", 38.62 == 38.26),
    ("m05 9.87 == 9.78; (10.46-9.78)/9.78 = 6.0%", 9.87 == 9.78 or pct(10.46 - 9.78, 9.78) == 6.0),
    ("m09 40.87 == 40.78", 40.87 == 40.78),
    ("m13 1286 == 1268", 1286 == 1268),
    ("m17 1286 == 1276; 1352-1276 = 66", 1286 == 1276 or 1352 - 1276 == 66),
    ("m21 3774 == 3747", 3774 == 3747),
    ("m25 48260 == 48620", 48260 == 48620),
    ("m29 5420 == 5240; 39870+5240+2970 = 48260", 5420 == 5240 or 39870 + 5240 + 2970 == 48260),
    ("m33 49120 == 49210", 49120 == 49210),
    ("m37 8.74 == 8.47", 8.74 == 8.47),
    ("m41 31800 == 31080", 31800 == 31080),
    ("m45 9.63 == 9.53; 8.74 x 1.102 = 9.53", 9.63 == 9.53 or pct(9.53 - 8.74, 8.74) == 10.2),
    # shares
    ("m02 46.2+29.2+15.7+9.9 = 100; 3.45/38.62 = 9.9%", close(46.2 + 29.2 + 15.7 + 9.9, 100, 0.15) or pct(3.45, 38.62) == 9.9),
    ("m06 23.6/86.4 = 29.3%", pct(23.6, 86.4) == 29.3),
    ("m10 57.2+41.8 = 100; 17.51/40.87 = 41.8%", close(57.2 + 41.8, 100, 0.15) or pct(17.51, 40.87) == 41.8),
    ("m14 55.4+41.4+4.2 = 100; 35/1105 = 4.2%", close(55.4 + 41.4 + 4.2, 100, 0.15) or pct(35, 1105) == 4.2),
    ("m18 612/1105 = 57.4%", pct(612, 1105) == 57.4),
    ("m22 33.0+26.0+22.9+20.1 = 100; 244/1352 = 20.1%", close(33.0 + 26.0 + 22.9 + 20.1, 100, 0.15) or pct(244, 1352) == 20.1),
    ("m26 82.6+11.2+7.2 = 100; 2970/48260 = 7.2%", close(82.6 + 11.2 + 7.2, 100, 0.15) or pct(2970, 48260) == 7.2),
    ("m30 7820/31540 = 26.4%", pct(7820, 31540) == 26.4),
    ("m34 55.8+45.2 = 100; 21710/49120 = 45.2%", close(55.8 + 45.2, 100, 0.15) or pct(21710, 49120) == 45.2),
    ("m38 39.6+27.2+19.7+15.3 = 100; 1.18/8.74 = 15.3%", close(39.6 + 27.2 + 19.7 + 15.3, 100, 0.15) or pct(1.18, 8.74) == 15.3),
    ("m42 512/1386 = 38.6%", pct(512, 1386) == 38.6),
    ("m46 38.3+28.0+19.8+14.9 = 100; 1.30/9.35 = 14.9%", close(38.3 + 28.0 + 19.8 + 14.9, 100, 0.15) or pct(1.30, 9.35) == 14.9),
    # sum
    ("m03 1872+684+507 = 3126", 1872 + 684 + 507 == 3126),
    ("m07 1.52+1.18+0.67 = 3.46", close(1.52 + 1.18 + 0.67, 3.46, 0.001)),
    ("m11 38.62+40.87 = 79.94", close(38.62 + 40.87, 79.94, 0.001)),
    ("m15 412+338+296+204 = 1286", 412 + 338 + 296 + 204 == 1286),
    ("m19 8+15+21 = 46", 8 + 15 + 21 == 46),
    ("m23 1286+1352 = 2683", 1286 + 1352 == 2683),
    ("m27 74+81+75 = 212", 74 + 81 + 75 == 212),
    ("m31 13.1+6.2+2.8 = 22.4", close(13.1 + 6.2 + 2.8, 22.4, 0.001)),
    ("m35 48260+49120 = 97830", 48260 + 49120 == 97830),
    ("m39 12000+9500+5600 = 28000", 12000 + 9500 + 5600 == 28000),
    ("m43 28700+8900+4100 = 41300", 28700 + 8900 + 4100 == 41300),
    ("m47 3.79-3.46 = 0.42", close(3.79 - 3.46, 0.42, 0.001)),
    # date (each fails under both counting conventions)
    ("m04 2006..2025 = 第二十二个年头", not span_fails_both(2006, 2025, 22)),
    ("m08 2012..2025 = 满十五年", not span_fails_both(2012, 2025, 15)),
    ("m12 2004..2026 = 走过二十四年", not span_fails_both(2004, 2026, 24)),
    ("m16 2016..2024 = 第十个年头", not span_fails_both(2016, 2024, 10)),
    ("m20 2003..2025 = 走过二十四年", not span_fails_both(2003, 2025, 24)),
    ("m24 2019..2025 = 连续招生八年", not span_fails_both(2019, 2025, 8)),
    ("m28 1971..2024 = turned 55", not span_fails_both(1971, 2024, 55)),
    ("m32 2009..2025 = turned 18", not span_fails_both(2009, 2025, 18)),
    ("m36 1971..2026 = 57 years ago", not span_fails_both(1971, 2026, 57)),
    ("m40 2011..2024 = 16th year", not span_fails_both(2011, 2024, 16)),
    ("m44 1989..2025 = 38 years old", not span_fails_both(1989, 2025, 38)),
    ("m48 1978..2025 = 49 years ago", not span_fails_both(1978, 2025, 49)),
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
    if counts[("mistakes", k, "within")] < 4:
        err("fewer than 4 within-article mistakes of kind %s" % k)
    if counts[("mistakes", k, "across")] < 2:
        err("fewer than 2 across-article mistakes of kind %s" % k)
if nm < 40:
    err("fewer than 40 mistakes (%d)" % nm)
if nd < 100:
    err("fewer than 100 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
