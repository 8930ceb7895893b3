#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted28).

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
    # hexi (greenhouse vegetables, 禾溪县)
    ("H1 (5.18-4.62)/4.62 = 12.1%; 5.18万-4.62万 = 5600亩; (66.2-58.4)/58.4 = 13.4%; 2.36+2.14+0.31+0.37 = 5.18; true shares 45.6, 41.3, 6.0, 7.1; 41.3/66.2 = 62.4%; 2.1/5.18 = 40.5% (四成)",
     pct(5.18 - 4.62, 4.62) == 12.1 and round((5.18 - 4.62) * 10000) == 5600 and pct(66.2 - 58.4, 58.4) == 13.4 and close(2.36 + 2.14 + 0.31 + 0.37, 5.18, 0.001) and [pct(x, 5.18) for x in (2.36, 2.14, 0.31, 0.37)] == [45.6, 41.3, 6.0, 7.1] and pct(41.3, 66.2) == 62.4 and 40 <= pct(2.1, 5.18) < 45),
    ("H1 (1.45-1.28)/1.28 = 13.3%; true 0.42+0.31+0.17+0.38 = 1.28; true 1988 -> 2024 = 36; 2011..2023 = 第十三届; 85 < 12000; 禾源 3.9 < 5.18; 3000 < 11000亩; 5.18 < 5.8 plan",
     pct(1.45 - 1.28, 1.28) == 13.3 and close(0.42 + 0.31 + 0.17 + 0.38, 1.28, 0.001) and span_ok(1988, 2024, 36, False) and span_ok(2011, 2023, 13, True) and 85 < 12000 and 3.9 < 5.18 and 3000 < 11000 and 5.18 < 5.8),
    ("H2 5.18+0.29 = 5.47; 0.29/(5.8-5.18) = 46.8%; (39.8-35.1)/35.1 = 13.4%; 21.6/39.8 = 54.3%; true remainder 100-46.2-31.5 = 22.3; 48+4 = 52; 0.83/1.45 = 57.2%; 1.35/2.6 = 51.9% (约一半)",
     close(5.18 + 0.29, 5.47, 0.001) and pct(0.29, 5.8 - 5.18) == 46.8 and pct(39.8 - 35.1, 35.1) == 13.4 and pct(21.6, 39.8) == 54.3 and close(100 - 46.2 - 31.5, 22.3, 0.001) and 48 + 4 == 52 and pct(0.83, 1.45) == 57.2 and 48 <= pct(1.35, 2.6) <= 52),
    ("H2 2011..2024 = 第十四届; true 2015..2024 = 10th year; 禾源 21.4 < 39.8; 85 < 7400",
     span_ok(2011, 2024, 14, True) and span_ok(2015, 2024, 10, True) and 21.4 < 39.8 and 85 < 7400),
    ("H3 5.86/5.8 = 101.0%; (74.5-66.2)/66.2 = 12.5%; (36.2-31.6)/31.6 = 14.6%; true 2.61+2.38+0.42+0.45 = 5.86; 39.8+34.7 = 74.5; 66.2+74.5 = 140.7; true 1.52/1.45 = 104.8%; 2.74/2.6 = 105.4%",
     pct(5.86, 5.8) == 101.0 and pct(74.5 - 66.2, 66.2) == 12.5 and pct(36.2 - 31.6, 31.6) == 14.6 and close(2.61 + 2.38 + 0.42 + 0.45, 5.86, 0.001) and close(39.8 + 34.7, 74.5, 0.001) and close(66.2 + 74.5, 140.7, 0.001) and pct(1.52, 1.45) == 104.8 and pct(2.74, 2.6) == 105.4),
    ("H3 3400 > 3000; 1988 -> 2025 = 37年; 5.86万+4400亩 = 6.3万; 3.6/5.86 = 61.4% (六成以上); true 48+7 = 55; true 2011..2025 = 15th; 禾源 4.2 < 5.86; 96 > 85; 1.6 > 1.52",
     3400 > 3000 and span_ok(1988, 2025, 37, False) and close(5.86 + 0.44, 6.3, 0.001) and pct(3.6, 5.86) >= 60 and 48 + 7 == 55 and span_ok(2011, 2025, 15, True) and 4.2 < 5.86 and 96 > 85 and 1.6 > 1.52),
    # zhechuan (county express delivery, 柘川县)
    ("Z1 (3420-2860)/2860 = 19.6%; 296/318 = 93.1% (超九成); 1260+2160 = 3420; true shares 36.8, 63.2; 620/1260 = 49.2%; 620/3420 = 18.1%; 3420/365 = 9.4万; 214+72 = 286; true 112+97+77 = 286",
     pct(3420 - 2860, 2860) == 19.6 and pct(296, 318) == 93.1 and 1260 + 2160 == 3420 and [pct(x, 3420) for x in (1260, 2160)] == [36.8, 63.2] and pct(620, 1260) == 49.2 and pct(620, 3420) == 18.1 and round(3420 / 365, 1) == 9.4 and 214 + 72 == 286 and 112 + 97 + 77 == 286),
    ("Z1 (1.12-0.68)/1.12 = 39.3%; 1200+640+840 = 2680; 2016..2024 = 第九届; true 2014 -> 2024 = 10; 286+44 = 330; 2680+420 = 3100; 柘南 2150 < 3420; 32 < 1240 < 3100",
     pct(1.12 - 0.68, 1.12) == 39.3 and 1200 + 640 + 840 == 2680 and span_ok(2016, 2024, 9, True) and span_ok(2014, 2024, 10, False) and 286 + 44 == 330 and 2680 + 420 == 3100 and 2150 < 3420 and 32 < 1240 < 3100),
    ("Z2 (1870-1540)/1540 = 21.4%; true 1870/3420 = 54.7%; 307/318 = 96.5%; 318-307 = 11; 23+4 = 27; 1460/3100 = 47.1%; 14+2 = 16; true 690+1180 = 1870; true 2016..2024 = 9th; 柘南 1120 < 1870; 1280 < 1650",
     pct(1870 - 1540, 1540) == 21.4 and pct(1870, 3420) == 54.7 and pct(307, 318) == 96.5 and 318 - 307 == 11 and 23 + 4 == 27 and pct(1460, 3100) == 47.1 and 14 + 2 == 16 and 690 + 1180 == 1870 and span_ok(2016, 2024, 9, True) and 1120 < 1870 and 1280 < 1650),
    ("Z3 (4130-3420)/3420 = 20.8%; (2.78-2.36)/2.36 = 17.8%; 335 > 330; 4130 > 4000; 1870+2260 = 4130; 4130/366 = 11.3万; 3050/3100 = 98.4%; 1350+720+980 = 3050; true shares 44.3, 23.6, 32.1",
     pct(4130 - 3420, 3420) == 20.8 and pct(2.78 - 2.36, 2.36) == 17.8 and 335 > 330 and 4130 > 4000 and 1870 + 2260 == 4130 and round(4130 / 366, 1) == 11.3 and pct(3050, 3100) == 98.4 and 1350 + 720 + 980 == 3050 and [pct(x, 3050) for x in (1350, 720, 980)] == [44.3, 23.6, 32.1]),
    ("Z3 true 3420+4130 = 7550; 2016..2025 = 第十届; (1.68-1.52)/1.52 = 10.5%; true 2019 -> 2025 = 6; 310 < 780; 柘南 2480 < 4130; 27 -> 31 routes; 214 -> 335; 4600 > 4130; 3400 > 3050",
     3420 + 4130 == 7550 and span_ok(2016, 2025, 10, True) and pct(1.68 - 1.52, 1.52) == 10.5 and span_ok(2019, 2025, 6, False) and 310 < 780 and 2480 < 4130 and 27 < 31 and 214 < 335 and 4600 > 4130 and 3400 > 3050),
    # quarrington (household hazardous waste)
    ("Q1 (468300-412600)/412600 = 13.5%; 468300/2000 = 234 t; (9840-8610)/8610 = 14.3%; 6150+3690 = 9840; categories sum to 468300; shares 43.0, 20.6, 12.4, 8.9, true 15.0; true 0.61+0.39+0.28 = 1.28",
     pct(468300 - 412600, 412600) == 13.5 and round(468300 / 2000) == 234 and pct(9840 - 8610, 8610) == 14.3 and 6150 + 3690 == 9840 and 201400 + 96500 + 58200 + 41800 + 70400 == 468300 and [pct(x, 468300) for x in (201400, 96500, 58200, 41800, 70400)] == [43.0, 20.6, 12.4, 8.9, 15.0] and close(0.61 + 0.39 + 0.28, 1.28, 0.001)),
    ("Q1 2009..2023 = 15th annual; true 1989..2024 = 36th year; 46 < 1380; Linford 302000 < 468300; $96 x 9840 < $1.19M; 468300 < 500000 goal",
     span_ok(2009, 2023, 15, True) and span_ok(1989, 2024, 36, True) and 46 < 1380 and 302000 < 468300 and 96 * 9840 < 1190000 and 468300 < 500000),
    ("Q2 (248700-221500)/221500 = 12.3%; 3310+1950 = 5260; true 3310/5260 = 62.9%; (1.42-1.28)/1.28 = 10.9%; 2009..2024 = 16th annual; 24+7 = 31; true 2016 -> 2024 = 8; 29 < 640; Linford 139500 < 248700",
     pct(248700 - 221500, 221500) == 12.3 and 3310 + 1950 == 5260 and pct(3310, 5260) == 62.9 and pct(1.42 - 1.28, 1.28) == 10.9 and span_ok(2009, 2024, 16, True) and 24 + 7 == 31 and span_ok(2016, 2024, 8, False) and 29 < 640 and 139500 < 248700),
    ("Q3 (521900-468300)/468300 = 11.4%; 521900/2000 = 261 t; 521900/500000 = 104.4%; true 6870+4050 = 10920; true 521900-248700 = 273200; true 0.74/1.42 = 52.1%; 31+7 = 38; 1989 -> 2025 = 36 years; true 2009..2025 = 17th",
     pct(521900 - 468300, 468300) == 11.4 and round(521900 / 2000) == 261 and pct(521900, 500000) == 104.4 and 6870 + 4050 == 10920 and 521900 - 248700 == 273200 and pct(0.74, 1.42) == 52.1 and 31 + 7 == 38 and span_ok(1989, 2025, 36, False) and span_ok(2009, 2025, 17, True)),
    ("Q3 $91 < $96; 100 t = 200000 lb < 521900; Linford 318400 < 521900; $1.55M > $1.42M; 560000 > 521900; 58 < 1710",
     91 < 96 and 100 * 2000 < 521900 and 318400 < 521900 and 1.55 > 1.42 and 560000 > 521900 and 58 < 1710),
    # carrowby (pothole and sidewalk repair)
    ("C1 (16950-14280)/14280 = 18.7%; 16950/365 = 46; true 8860/11420 = 77.6%; true 5120+4380+3960+3490 = 16950; 2.9+2.6+1.3 = 6.8; 2018..2024 = seventh year; 2012..2023 = 12th; true 2012..2024 = 13th",
     pct(16950 - 14280, 14280) == 18.7 and round(16950 / 365) == 46 and pct(8860, 11420) == 77.6 and 5120 + 4380 + 3960 + 3490 == 16950 and close(2.9 + 2.6 + 1.3, 6.8, 0.001) and span_ok(2018, 2024, 7, True) and span_ok(2012, 2023, 12, True) and span_ok(2012, 2024, 13, True)),
    ("C1 1610 < 3240; 138 < 412; Millbeck 6300 < 16950; 186 < 200; 11420 < 16950 (reports vs filled); 16950 < 18000 goal",
     1610 < 3240 and 138 < 412 and 6300 < 16950 and 186 < 200 and 11420 < 16950 and 16950 < 18000),
    ("C2 (10340-9610)/9610 = 7.6%; 5570/6920 = 80.5%; 3.1+3.0+1.5 = 7.6; 2012..2024 = 13th; true 2018..2024 = 7th; true 1040+680 = 1720; 38 < 2940; 2150 < 2480; Millbeck 3450 < 10340",
     pct(10340 - 9610, 9610) == 7.6 and pct(5570, 6920) == 80.5 and close(3.1 + 3.0 + 1.5, 7.6, 0.001) and span_ok(2012, 2024, 13, True) and span_ok(2018, 2024, 7, True) and 1040 + 680 == 1720 and 38 < 2940 and 2150 < 2480 and 3450 < 10340),
    ("C3 (18460-16950)/16950 = 8.9%; 10340+8120 = 18460; 10150/12380 = 82.0%; (3710-3240)/3240 = 14.5%; 214 > 200; true 18460/18000 = 102.6%; true 16950+18460 = 35410; shares 40.8, 39.5, true 19.7",
     pct(18460 - 16950, 16950) == 8.9 and 10340 + 8120 == 18460 and pct(10150, 12380) == 82.0 and pct(3710 - 3240, 3240) == 14.5 and 214 > 200 and pct(18460, 18000) == 102.6 and 16950 + 18460 == 35410 and [pct(x, 7.6) for x in (3.1, 3.0, 1.5)] == [40.8, 39.5, 19.7]),
    ("C3 2012..2025 = 14th; true 1997 -> 2025 = 28; 6+2 = 8 crews; 356 < 412; 94 < 356; Millbeck 6950 < 18460; 8.1 > 7.6; 19500 > 18460; 1890 < 2150; 97 (H1) < 214 ramps",
     span_ok(2012, 2025, 14, True) and span_ok(1997, 2025, 28, False) and 6 + 2 == 8 and 356 < 412 and 94 < 356 and 6950 < 18460 and 8.1 > 7.6 and 19500 > 18460 and 1890 < 2150 and 97 < 214),
]

FAIL = [
    # conflict
    ("m01 66.2 == 62.6; (62.6-58.4)/58.4 = 13.4%", close(66.2, 62.6, 0.001) or pct(62.6 - 58.4, 58.4) == 13.4),
    ("m08 74.5 == 75.4; (75.4-66.2)/66.2 = 12.5%", close(74.5, 75.4, 0.001) or pct(75.4 - 66.2, 66.2) == 12.5),
    ("m09 5.18 == 5.28; (5.28-4.62)/4.62 = 12.1%", close(5.18, 5.28, 0.001) or pct(5.28 - 4.62, 4.62) == 12.1),
    ("m13 3240 == 3420; (3240-2860)/2860 = 19.6%; 1260+2160 = 3240", 3240 == 3420 or pct(3240 - 2860, 2860) == 19.6 or 1260 + 2160 == 3240),
    ("m17 286 == 268; 214+72 = 268", 286 == 268 or 214 + 72 == 268),
    ("m24 335 == 353", 335 == 353),
    ("m25 468300 == 486300; (486300-412600)/412600 = 13.5%", 468300 == 486300 or pct(486300 - 412600, 412600) == 13.5),
    ("m31 521900 == 512900; (512900-468300)/468300 = 11.4%", 521900 == 512900 or pct(512900 - 468300, 468300) == 11.4),
    ("m32 9840 == 9480; 6150+3690 = 9480; (9480-8610)/8610 = 14.3%", 9840 == 9480 or 6150 + 3690 == 9480 or pct(9480 - 8610, 8610) == 14.3),
    ("m37 16950 == 16590; (16590-14280)/14280 = 18.7%", 16950 == 16590 or pct(16590 - 14280, 14280) == 18.7),
    ("m41 6.8 == 6.3; 2.9+2.6+1.3 = 6.3", close(6.8, 6.3, 0.001) or close(2.9 + 2.6 + 1.3, 6.3, 0.001)),
    ("m47 214 == 241", 214 == 241),
    # shares
    ("m02 2.14/5.18 = 43.1%; 45.6+43.1+6.0+7.1 = 100", pct(2.14, 5.18) == 43.1 or close(45.6 + 43.1 + 6.0 + 7.1, 100, 0.15)),
    ("m05 46.2+31.5+25.3 = 100", close(46.2 + 31.5 + 25.3, 100, 0.15)),
    ("m11 1.52/1.45 = 106.8% (even at the rounding limits)", pct(1.525, 1.445) >= 106.75),
    ("m14 2160/3420 = 65.2%; 36.8+65.2 = 100", pct(2160, 3420) == 65.2 or close(36.8 + 65.2, 100, 0.15)),
    ("m18 1870/3420 = 56.7%", pct(1870, 3420) == 56.7),
    ("m22 980/3050 = 34.1%; 44.3+23.6+34.1 = 100", pct(980, 3050) == 34.1 or close(44.3 + 23.6 + 34.1, 100, 0.15)),
    ("m26 70400/468300 = 17.0%; 43.0+20.6+12.4+8.9+17.0 = 100", pct(70400, 468300) == 17.0 or close(43.0 + 20.6 + 12.4 + 8.9 + 17.0, 100, 0.15)),
    ("m29 3310/5260 = 65.9%", pct(3310, 5260) == 65.9),
    ("m35 0.74/1.42 = 55.2% (even at the rounding limits)", pct(0.745, 1.415) >= 55.15),
    ("m38 8860/11420 = 76.6%", pct(8860, 11420) == 76.6),
    ("m44 18460/18000 = 104.6%", pct(18460, 18000) == 104.6),
    ("m46 1.5/7.6 = 21.7% (even at the rounding limits); 40.8+39.5+21.7 = 100", pct(1.55, 7.55) >= 21.65 or close(40.8 + 39.5 + 21.7, 100, 0.15)),
    # sum
    ("m03 0.42+0.31+0.17+0.48 = 1.28 (even at the rounding limits)", close(0.42 + 0.31 + 0.17 + 0.48, 1.28, 0.001) or 0.415 + 0.305 + 0.165 + 0.475 <= 1.285),
    ("m07 2.61+2.38+0.52+0.45 = 5.86 (even at the rounding limits)", close(2.61 + 2.38 + 0.52 + 0.45, 5.86, 0.001) or 2.605 + 2.375 + 0.515 + 0.445 <= 5.865),
    ("m10 48+9 = 55", 48 + 9 == 55),
    ("m15 112+97+67 = 286", 112 + 97 + 67 == 286),
    ("m19 690+1160 = 1870", 690 + 1160 == 1870),
    ("m21 3420+4130 = 7450", 3420 + 4130 == 7450),
    ("m27 0.61+0.39+0.32 = 1.28 (even at the rounding limits)", close(0.61 + 0.39 + 0.32, 1.28, 0.001) or 0.605 + 0.385 + 0.315 <= 1.285),
    ("m33 6870+4150 = 10920", 6870 + 4150 == 10920),
    ("m34 248700+283200 = 521900", 248700 + 283200 == 521900),
    ("m39 5120+4380+3960+3940 = 16950", 5120 + 4380 + 3960 + 3940 == 16950),
    ("m43 1040+760 = 1720", 1040 + 760 == 1720),
    ("m45 16950+18460 = 35910", 16950 + 18460 == 35910),
    # date (each fails under both counting conventions)
    ("m04 1988..2024 = 已走过38年", not span_fails_both(1988, 2024, 38)),
    ("m06 2015..2024 = 第十二个年头", not span_fails_both(2015, 2024, 12)),
    ("m12 2011..2025 (今年) = 第十七届", not span_fails_both(2011, 2025, 17)),
    ("m16 2014..2024 = 实施12年来", not span_fails_both(2014, 2024, 12)),
    ("m20 2016..2024 = 第十届", not span_fails_both(2016, 2024, 10)),
    ("m23 2019..2025 = 已连续运行9年", not span_fails_both(2019, 2025, 9)),
    ("m28 1989..2024 = 37th year", not span_fails_both(1989, 2024, 37)),
    ("m30 2016..2024 = 10th anniversary", not span_fails_both(2016, 2024, 10)),
    ("m36 2009..2025 (this spring) = 19th annual", not span_fails_both(2009, 2025, 19)),
    ("m40 2012..2024 (next month) = 14th annual", not span_fails_both(2012, 2024, 14)),
    ("m42 2018..2024 = eighth year", not span_fails_both(2018, 2024, 8)),
    ("m48 1997..2025 = run for 30 years", not span_fails_both(1997, 2025, 30)),
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
