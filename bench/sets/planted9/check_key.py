#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (bench/sets/planted9).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 14-35 lines, 1,200-3,500 characters and a headline as the first line
   after its date or front matter; at least 45 mistakes, for each kind at
   least 4 within one article and at least 2 across articles, and at least 170 decoys.
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

    # length 14-35 lines; the first line after the date / front matter is a headline (short,
    # no sentence-final punctuation), followed by a blank line
    n = len(lines) - (1 if lines[-1] == "" else 0)
    if not (14 <= n <= 35):
        err("%s: %d lines, outside 14-35" % (f, n))
    nchar = len("\n".join(lines).strip())
    if not (1200 <= nchar <= 3500):
        err("%s: %d characters, outside 1,200-3,500" % (f, nchar))
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


def months(y1, m1, y2, m2):
    return (y2 * 12 + m2) - (y1 * 12 + m1)


HOLD = [
    # lichuan (county agricultural e-commerce)
    ("l1 (21.94-18.62)/18.62 = +17.8%", pct(21.94 - 18.62, 18.62) == 17.8),
    ("l1 9.86+5.12+2.73+4.23 = 21.94", close(9.86 + 5.12 + 2.73 + 4.23, 21.94, 0.001)),
    ("l1 shares 44.9/23.3/12.4 fit; 超四成", [pct(x, 21.94) for x in (9.86, 5.12, 2.73)] == [44.9, 23.3, 12.4] and 40 < 44.9),
    ("l1 true 4.23/21.94 = 19.3%", pct(4.23, 21.94) == 19.3),
    ("l1 2025-2016 = 9 (九年来)", 2025 - 2016 == 9),
    ("l1 186/203 = 91.6%", pct(186, 203) == 91.6),
    ("l1 true 268+83+61 = 412", 268 + 83 + 61 == 412),
    ("l1 6+23+58 < 412 (subset)", 6 + 23 + 58 < 412),
    ("l1 (18642-17406)/17406 = +7.1%", pct(18642 - 17406, 17406) == 7.1),
    ("l1 (3860-3180)/3180 = +21.4%", pct(3860 - 3180, 3180) == 21.4),
    ("l1 21.94亿/3860万 = 约57元", round(21.94e8 / 3860e4) == 57),
    ("l1 25/21.94 = +13.9% (14%左右)", pct(25 - 21.94, 21.94) == 13.9),
    ("l1 true 2025-2014 = 11", 2025 - 2014 == 11),
    ("l2 9.4 < 12.6 (其中投产)", 9.4 < 12.6),
    ("l2 (15.8-14.2)/14.2 = +11.3%", pct(15.8 - 14.2, 14.2) == 11.3),
    ("l2 3.9/14.2 = 27.5%", pct(3.9, 14.2) == 27.5),
    ("l2 true 9.86+5.12 = 14.98", close(9.86 + 5.12, 14.98, 0.001)),
    ("l2 2.5+1.1 = 3.6; 1.1/2.5 > 40%", close(2.5 + 1.1, 3.6, 0.001) and pct(1.1, 2.5) > 40),
    ("l2 18+47+35 = 100", 18 + 47 + 35 == 100),
    ("l2 2021..2025 = 第五届", 2025 - 2021 + 1 == 5),
    ("l2 5/15.8 约三成", 28 < pct(5, 15.8) < 33),
    ("l3 (25.37-21.94)/21.94 = +15.6%; > 25", pct(25.37 - 21.94, 21.94) == 15.6 and 25.37 > 25),
    ("l3 11.52+5.86+3.14+4.85 = 25.37", close(11.52 + 5.86 + 3.14 + 4.85, 25.37, 0.001)),
    ("l3 (11.52-9.86)/9.86 = +16.8%", pct(11.52 - 9.86, 9.86) == 16.8),
    ("l3 11.52/25.37 = 45.4%; 45.4-44.9 = 0.5", pct(11.52, 25.37) == 45.4 and close(45.4 - 44.9, 0.5, 0.001)),
    ("l3 21.94+25.37 = 47.31", close(21.94 + 25.37, 47.31, 0.001)),
    ("l3 (4420-3860)/3860 = +14.5%", pct(4420 - 3860, 3860) == 14.5),
    ("l3 186+11 = 197; 197/203 = 97.0%; 203-197 = 6", 186 + 11 == 197 and pct(197, 203) == 97.0 and 203 - 197 == 6),
    ("l3 97.0 >= 95", 97.0 >= 95),
    ("l3 2026-2014 = 12 (12年来)", 2026 - 2014 == 12),
    ("l3 1.47万-1.26万 = 2100户", round((1.47 - 1.26) * 10000) == 2100),
    ("l3 true 1.47/9.8 = 15.0%", pct(1.47, 9.8) == 15.0),
    ("l3 (19930-18642)/18642 = +6.9%", pct(19930 - 18642, 18642) == 6.9),
    ("l3 28/25.37 = +10.4% (10%以上)", 10 < pct(28 - 25.37, 25.37) < 11),
    ("l3 true 2021..2025 = 第五届", 2025 - 2021 + 1 == 5),
    # huaizhou (metro line 4)
    ("h1 132.4+28.6 = 161.0", close(132.4 + 28.6, 161.0, 0.001)),
    ("h1 24.1+3.9+0.6 = 28.6", close(24.1 + 3.9 + 0.6, 28.6, 0.001)),
    ("h1 true 20+2 = 22", 20 + 2 == 22),
    ("h1 6 <= 22", 6 <= 22),
    ("h1 196.8/28.6 = 6.9", round(196.8 / 28.6, 1) == 6.9),
    ("h1 78.7/196.8 = 40%", round(100 * 78.7 / 196.8) == 40),
    ("h1 true 40+15+45 = 100", 40 + 15 + 45 == 100),
    ("h1 2019-11..2024-12 = 61 months (五年多)", months(2019, 11, 2024, 12) == 61),
    ("h1 2024-2013 = 11", 2024 - 2013 == 11),
    ("h2 2856/181 = 15.8", round(2856 / 181, 1) == 15.8),
    ("h2 15.8 > 15; 17.9 > 15.8", 15.8 > 15 and 17.9 > 15.8),
    ("h2 2856/21400 = 13.3%", pct(2856, 21400) == 13.3),
    ("h2 2.14亿/181 = 118万", round(21400 / 181) == 118),
    ("h2 2025-2013 = 12", 2025 - 2013 == 12),
    ("h2 8140/2856 = 2.85", round(8140 / 2856, 2) == 2.85),
    ("h2 true 2019-11..2024-12 ~ 5 years", 60 <= months(2019, 11, 2024, 12) < 72),
    ("h3 6012/365 = 16.5", round(6012 / 365, 1) == 16.5),
    ("h3 6012/44700 = 13.4%", pct(6012, 44700) == 13.4),
    ("h3 2856+3156 = 6012; +10.5%", 2856 + 3156 == 6012 and pct(3156 - 2856, 2856) == 10.5),
    ("h3 29.8 > 26.3", 29.8 > 26.3),
    ("h3 68.5/9.4 = 7.3", round(68.5 / 9.4, 1) == 7.3),
    ("h3 2025-12 .. 2029 ~ 4 years", 3 <= 2029 - 2025 <= 4),
    ("h3 22+7 = 29", 22 + 7 == 29),
    ("h3 9.4+26.3+11.5 = 47.2", close(9.4 + 26.3 + 11.5, 47.2, 0.001)),
    ("h3 1.72亿/6012万 = 2.86", round(17200 / 6012, 2) == 2.86),
    ("h3 94.1-93.6 = 0.5", close(94.1 - 93.6, 0.5, 0.001)),
    ("h3 true 28.6/161.0 = 17.8%", pct(28.6, 161.0) == 17.8),
    ("h3 true 28.6+9.4 = 38.0", close(28.6 + 9.4, 38.0, 0.001)),
    ("h3 true 2013..2026 = 第十四个年头", 2026 - 2013 + 1 == 14),
    # yihe (river restoration)
    ("y1 2024-2021 = 3 (三年来)", 2024 - 2021 == 3),
    ("y1 9/12 = 75.0%; 5/12 = 41.7%", pct(9, 12) == 75.0 and pct(5, 12) == 41.7),
    ("y1 true 42.3+31.8+22.4 = 96.5", close(42.3 + 31.8 + 22.4, 96.5, 0.001)),
    ("y1 9.2+6.5+18.4+14.5 = 48.6", close(9.2 + 6.5 + 18.4 + 14.5, 48.6, 0.001)),
    ("y1 funding shares", [pct(x, 48.6) for x in (9.2, 6.5, 18.4, 14.5)] == [18.9, 13.4, 37.9, 29.8]
     and close(18.9 + 13.4 + 37.9 + 29.8, 100.0)),
    ("y1 29.4/48.6 = 60.5%", pct(29.4, 48.6) == 60.5),
    ("y1 10+8+6 = 24", 10 + 8 + 6 == 24),
    ("y1 true 2024-1958 = 66", 2024 - 1958 == 66),
    ("y1 2022..2024 = 第三届; 2023 = 第二届", 2024 - 2022 + 1 == 3 and 2023 - 2022 + 1 == 2),
    ("y1 6/5..6/11 = 7 days", (D(2024, 6, 11) - D(2024, 6, 5)).days + 1 == 7),
    ("y2 1993..2025 = 第三十三届世界水日", 2025 - 1993 + 1 == 33),
    ("y2 10/12 = 83.3%; 83.3-75.0 = 8.3", pct(10, 12) == 83.3 and close(83.3 - 75.0, 8.3, 0.001)),
    ("y2 true 42+27+25+6 = 100", 42 + 27 + 25 + 6 == 100),
    ("y2 29.4+11.6 = 41.0", close(29.4 + 11.6, 41.0, 0.001)),
    ("y2 34+25+16 = 75; 138+75 = 213", 34 + 25 + 16 == 75 and 138 + 75 == 213),
    ("y2 312+96 = 408", 312 + 96 == 408),
    ("y2 34.2+18.4 = 52.6; 2800+1200 = 4000", close(34.2 + 18.4, 52.6, 0.001) and 2800 + 1200 == 4000),
    ("y2 3+17+58+208 = 286", 3 + 17 + 58 + 208 == 286),
    ("y2 9+3 = 12", 9 + 3 == 12),
    ("y3 11/12 = 91.7% >= 90", pct(11, 12) == 91.7 and 91.7 >= 90),
    ("y3 41.0+6.9 = 47.9", close(41.0 + 6.9, 47.9, 0.001)),
    ("y3 213+42 = 255; 408+57 = 465; 52.6+15.4 = 68.0", 213 + 42 == 255 and 408 + 57 == 465 and close(52.6 + 15.4, 68.0, 0.001)),
    ("y3 7900/365 = 21.6; 21.6/24 = 90%", round(7900 / 365, 1) == 21.6 and round(100 * 21.6 / 24) == 90),
    ("y3 37-23 = 14", 37 - 23 == 14),
    ("y3 2023..2025 = three years", 2025 - 2023 + 1 == 3),
    ("y3 46 <= 61 <= 132", 46 <= 61 <= 132),
    ("y3 6200-5000 ~ 1000余", 1000 <= 6200 - 5000 < 1500),
    ("y3 true 14.5/48.6 = 29.8%", pct(14.5, 48.6) == 29.8),
    ("y3 true 2022..2025 = 第四届", 2025 - 2022 + 1 == 4),
    # quenby (library system)
    ("q1 11.84/11.36 = +4.2%", pct(11.84 - 11.36, 11.36) == 4.2),
    ("q1 412000/1.26M = 32.7%", pct(412000, 1260000) == 32.7),
    ("q1 true 9.46+1.27+0.42+0.31+0.38 = 11.84", close(9.46 + 1.27 + 0.42 + 0.31 + 0.38, 11.84, 0.001)),
    ("q1 8.05+1.54+1.42+0.83 = 11.84", close(8.05 + 1.54 + 1.42 + 0.83, 11.84, 0.001)),
    ("q1 spending shares 68.0/13.0/12.0 (true 7.0)", [pct(x, 11.84) for x in (8.05, 1.54, 1.42, 0.83)] == [68.0, 13.0, 12.0, 7.0]),
    ("q1 11.84M/148200 ~ $80", round(11.84e6 / 148200) == 80),
    ("q1 61870/148200 = 41.7%", pct(61870, 148200) == 41.7),
    ("q1 1926+100 = 2026 = next year", 1926 + 100 == 2025 + 1),
    ("q1 0.26 < 1.42", 0.26 < 1.42),
    ("q1 true 2025-1931 = 94", 2025 - 1931 == 94),
    ("q1 2025-04-15 is a Tuesday (presented Monday)", D(2025, 4, 15).weekday() == 1),
    ("q2 11.84-0.05 = 11.79", close(11.84 - 0.05, 11.79, 0.001)),
    ("q2 true 2.2+0.9+0.5 = 3.6", close(2.2 + 0.9 + 0.5, 3.6, 0.001)),
    ("q2 2025-1978 = 47", 2025 - 1978 == 47),
    ("q2 (9430-8610)/8610 = +9.5%", pct(9430 - 8610, 8610) == 9.5),
    ("q2 412/214 nearly double", 1.85 < 412 / 214 < 2),
    ("q2 Oct 2025 -> fall 2026 about a year", 10 <= months(2025, 10, 2026, 10) <= 13),
    ("q2 2025-08-26 is a Tuesday (adopted Monday)", D(2025, 8, 26).weekday() == 1),
    ("q3 (702000-684000)/684000 = +2.6%", pct(702000 - 684000, 684000) == 2.6),
    ("q3 468000/1.31M = 35.7%", pct(468000, 1310000) == 35.7),
    ("q3 2026-1926 = 100", 2026 - 1926 == 100),
    ("q3 64150-61870 = 2280; 64150/148200 = 43.3%", 64150 - 61870 == 2280 and pct(64150, 148200) == 43.3),
    ("q3 12.2/11.79 = +3.5%", pct(12.2 - 11.79, 11.79) == 3.5),
    ("q3 true 2026-1978 = 48", 2026 - 1978 == 48),
    ("q3 2026-02-10 is a Tuesday (received Monday)", D(2026, 2, 10).weekday() == 1),
    # halloway (state park fire recovery)
    ("e1 Aug 2023 -> Mar 2025 = 19 months", months(2023, 8, 2025, 3) == 19),
    ("e1 2023-1967 = 56", 2023 - 1967 == 56),
    ("e1 true 9640+5180 = 14820", 9640 + 5180 == 14820),
    ("e1 12.0+7.5+3.2+1.8 = 24.5", close(12.0 + 7.5 + 3.2 + 1.8, 24.5, 0.001)),
    ("e1 fund shares", [pct(x, 24.5) for x in (12.0, 7.5, 3.2, 1.8)] == [49.0, 30.6, 13.1, 7.3]
     and close(49.0 + 30.6 + 13.1 + 7.3, 100.0)),
    ("e1 true 9.8/24.5 = 40.0%", pct(9.8, 24.5) == 40.0),
    ("e1 1 + 6 <= 38", 1 + 6 <= 38),
    ("e1 2025-03-18 is a Tuesday (said Monday)", D(2025, 3, 18).weekday() == 1),
    ("e2 Aug 2023 -> Sept 2025 ~ two years", months(2023, 8, 2025, 9) == 25),
    ("e2 Aug 2023 -> May 2025 = 21 months (nearly two years)", months(2023, 8, 2025, 5) == 21),
    ("e2 186000/412000 = 45%", round(100 * 186000 / 412000) == 45),
    ("e2 true 9640/14820 = 65%", round(100 * 9640 / 14820) == 65),
    ("e2 true 11+27 = 38", 11 + 27 == 38),
    ("e2 180000+240000 = 420000; 38% of 1.1M", 180000 + 240000 == 420000 and round(100 * 420000 / 1.1e6) == 38),
    ("e2 2025-2023 = 2 (Aug. 14 anniversary)", 2025 - 2023 == 2),
    ("e2 2025-09-09 is a Tuesday (said Monday)", D(2025, 9, 9).weekday() == 1),
    ("e3 21.3/24.5 = 86.9%; 24.5-21.3 = 3.2", pct(21.3, 24.5) == 86.9 and close(24.5 - 21.3, 3.2, 0.001)),
    ("e3 7.9+5.6+4.2+3.6 = 21.3", close(7.9 + 5.6 + 4.2 + 3.6, 21.3, 0.001)),
    ("e3 243000/412000 = 59%; 243000 ~ 240000", round(100 * 243000 / 412000) == 59 and abs(243000 - 240000) < 5000),
    ("e3 27+15 = 42", 27 + 15 == 42),
    ("e3 1967+60 = 2027", 1967 + 60 == 2027),
    ("e3 420000+260000 = 680000; 680000+420000 = 1.1M", 420000 + 260000 == 680000 and 680000 + 420000 == 1100000),
    ("e3 true 2026-2023 = 3", 2026 - 2023 == 3),
    # tallowmere (port)
    ("t1 8.42/7.92 = +6.3%", pct(8.42 - 7.92, 7.92) == 6.3),
    ("t1 3.61+1.87+1.48+0.64+0.82 = 8.42", close(3.61 + 1.87 + 1.48 + 0.64 + 0.82, 8.42, 0.001)),
    ("t1 cargo shares (true other 9.7)", [pct(x, 8.42) for x in (3.61, 1.87, 1.48, 0.64, 0.82)] == [42.9, 22.2, 17.6, 7.6, 9.7]),
    ("t1 142600/131900 = +8.1%", pct(142600 - 131900, 131900) == 8.1),
    ("t1 true 27.3+14.6+3.9+2.9 = 48.7", close(27.3 + 14.6 + 3.9 + 2.9, 48.7, 0.001)),
    ("t1 48.7-39.2 = 9.5", close(48.7 - 39.2, 9.5, 0.001)),
    ("t1 3150+9800 = 12950", 3150 + 9800 == 12950),
    ("t1 8.8/8.42 = +4.5%", pct(8.8 - 8.42, 8.42) == 4.5),
    ("t1 2025-02-12 is a Wednesday (presented Tuesday)", D(2025, 2, 12).weekday() == 2),
    ("t2 74+21+31 = 126; 74/126 = 58.7%", 74 + 21 + 31 == 126 and pct(74, 126) == 58.7),
    ("t2 25+6 = 31", 25 + 6 == 31),
    ("t2 43-38 = 5", 43 - 38 == 5),
    ("t2 2025-1919 = 106", 2025 - 1919 == 106),
    ("t2 fall 2026 + 2 years = late 2028", 2026 + 2 == 2028),
    ("t2 4+1 = 5 commissioners", 4 + 1 == 5),
    ("t2 true 2025-1987 = 38", 2025 - 1987 == 38),
    ("t2 2025-06-03 is a Tuesday (decided Monday)", D(2025, 6, 3).weekday() == 1),
    ("t3 8.97/8.42 = +6.5%; > 8.8", pct(8.97 - 8.42, 8.42) == 6.5 and 8.97 > 8.8),
    ("t3 3.84+1.96+1.61+0.71+0.85 = 8.97; 3.84/8.97 = 42.8%", close(3.84 + 1.96 + 1.61 + 0.71 + 0.85, 8.97, 0.001) and pct(3.84, 8.97) == 42.8),
    ("t3 true 1.87/8.42 = 22.2%", pct(1.87, 8.42) == 22.2),
    ("t3 151300/142600 = +6.1%", pct(151300 - 142600, 142600) == 6.1),
    ("t3 51.4/48.7 = +5.5%", pct(51.4 - 48.7, 48.7) == 5.5),
    ("t3 true 51.4-41.8 = 9.6", close(51.4 - 41.8, 9.6, 0.001)),
    ("t3 true 48.7+51.4 = 100.1", close(48.7 + 51.4, 100.1, 0.001)),
    ("t3 true 1919..2026 = 108th year", 2026 - 1919 + 1 == 108),
    ("t3 9.2/8.97 = +2.6%", pct(9.2 - 8.97, 8.97) == 2.6),
    ("t3 2026-01-27 is a Tuesday (told Monday)", D(2026, 1, 27).weekday() == 1),
]

# (label, holds?) -- each planted mistake: the stated relation must FAIL
FAIL = [
    # conflict: the two values differ
    ("m01 21.94 == 21.49", 21.94 == 21.49),
    ("m02 186 == 168", 186 == 168),
    ("m03 15.6 == 16.5", 15.6 == 16.5),
    ("m04 15.8 == 18.5", 15.8 == 18.5),
    ("m05 196.8 == 198.6", 196.8 == 198.6),
    ("m06 48.6 == 46.8", 48.6 == 46.8),
    ("m07 47.9亿 == 4.79亿", 47.9 == 4.79),
    ("m08 702000 == 720000", 702000 == 720000),
    ("m09 61870 == 61780", 61870 == 61780),
    ("m10 24.5 == 25.4", 24.5 == 25.4),
    ("m11 21.3 == 23.1", 21.3 == 23.1),
    ("m12 142600 == 124600", 142600 == 124600),
    ("m13 3150 == 3510", 3150 == 3510),
    # shares
    ("m14 44.9+23.3+12.4+21.3 = 100", close(44.9 + 23.3 + 12.4 + 21.3, 100.0, 0.15)),
    ("m14 4.23/21.94 = 21.3%", pct(4.23, 21.94) == 21.3),
    ("m15 1.47/9.8 = 17.0%", pct(1.47, 9.8) == 17.0),
    ("m16 40+15+40 = 100", 40 + 15 + 40 == 100),
    ("m17 28.6/161.0 = 19.8%", pct(28.6, 161.0) == 19.8),
    ("m18 42+27+25+9 = 100", 42 + 27 + 25 + 9 == 100),
    ("m19 14.5/48.6 = 32.4%", pct(14.5, 48.6) == 32.4),
    ("m20 68.0+13.0+12.0+5.0 = 100", close(68.0 + 13.0 + 12.0 + 5.0, 100.0, 0.15)),
    ("m20 0.83/11.84 = 5.0%", pct(0.83, 11.84) == 5.0),
    ("m21 412000/1.26M = 37.2%", pct(412000, 1260000) == 37.2),
    ("m22 9.8/24.5 = 45%", round(100 * 9.8 / 24.5) == 45),
    ("m23 9640/14820 = 71%", round(100 * 9640 / 14820) == 71),
    ("m24 42.9+22.2+17.6+7.6+11.7 = 100", close(42.9 + 22.2 + 17.6 + 7.6 + 11.7, 100.0, 0.15)),
    ("m24 0.82/8.42 = 11.7%", pct(0.82, 8.42) == 11.7),
    ("m25 1.87/8.42 = 24.1%", pct(1.87, 8.42) == 24.1),
    # sum
    ("m26 268+83+52 = 412", 268 + 83 + 52 == 412),
    ("m27 9.86+5.12 = 15.08", close(9.86 + 5.12, 15.08, 0.001)),
    ("m28 19+2 = 22", 19 + 2 == 22),
    ("m29 28.6+9.4 = 39.0", close(28.6 + 9.4, 39.0, 0.001)),
    ("m30 42.3+31.8+24.2 = 96.5", close(42.3 + 31.8 + 24.2, 96.5, 0.001)),
    ("m31 10+8+6 = 26", 10 + 8 + 6 == 26),
    ("m32 9.46+1.72+0.42+0.31+0.38 = 11.84", close(9.46 + 1.72 + 0.42 + 0.31 + 0.38, 11.84, 0.001)),
    ("m33 2.2+0.9+0.6 = 3.6", close(2.2 + 0.9 + 0.6, 3.6, 0.001)),
    ("m34 9640+5810 = 14820", 9640 + 5810 == 14820),
    ("m35 11+29 = 38", 11 + 29 == 38),
    ("m36 27.3+15.6+3.9+2.9 = 48.7", close(27.3 + 15.6 + 3.9 + 2.9, 48.7, 0.001)),
    ("m37 48.7+51.4 = 101.1", close(48.7 + 51.4, 101.1, 0.001)),
    ("m38 51.4-41.8 = 10.6", close(51.4 - 41.8, 10.6, 0.001)),
    # date (each fails under both counting conventions)
    ("m39 2025-2014 = 13", 2025 - 2014 == 13 or 2025 - 2014 + 1 == 13),
    ("m40 2021..2025 = 第六届", 2025 - 2021 + 1 == 6 or 2025 - 2021 == 6),
    ("m41 2019-11..2024-12 = 七年", months(2019, 11, 2024, 12) // 12 == 7 or 2024 - 2019 + 1 == 7),
    ("m42 2013..2026 = 第十五个年头", 2026 - 2013 + 1 == 15 or 2026 - 2013 == 15),
    ("m43 2024-1958 = 76", 2024 - 1958 == 76 or 2024 - 1958 + 1 == 76),
    ("m44 2022..2025 = 第五届", 2025 - 2022 + 1 == 5 or 2025 - 2022 == 5),
    ("m45 2025-1931 = 89", 2025 - 1931 == 89 or 2025 - 1931 - 1 == 89),
    ("m46 2026-1978 = 44", 2026 - 1978 == 44 or 2026 - 1978 - 1 == 44),
    ("m47 last summer (2025-1) = 2023", 2025 - 1 == 2023),
    ("m48 2026-2023 = 2", 2026 - 2023 == 2 or 2026 - 2023 + 1 == 2),
    ("m49 2025-1987 = 36", 2025 - 1987 == 36 or 2025 - 1987 + 1 == 36),
    ("m50 1919..2026 = 110th", 2026 - 1919 + 1 == 110 or 2026 - 1919 == 110),
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
if nm < 45:
    err("fewer than 45 mistakes (%d)" % nm)
if nd < 170:
    err("fewer than 170 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
