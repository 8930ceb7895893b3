#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted32).

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
    # liaochuan (村卫生室 / 乡村医生, 蓼川县)
    ("L1 196+38 = 234; 234/274 = 85.4%; 118+266+28 = 412; 289+123 = 412, shares 70.1, 29.9; 97/412 = 23.5% (接近四分之一); 31.6/60.4 = 52.3%; true 18.2/23.2 = 78.4%; 5.82+1.64 = 7.46; 26.4/7.46 = 3.5; (86.5-81.1)/81.1 = 6.7%; 86.5/213.6 = 40.5% (四成); 2150+860+1670 = 4680; 412 x 800 x 12 = 395.5万; 2014..2023 = 第十届; true 2009..2024 = 16th year; (5100-4680)/4680 = 9.0%; 398 < 412; 蓼西 58.7 != 52.3",
     196 + 38 == 234 and pct(234, 274) == 85.4 and 118 + 266 + 28 == 412 and 289 + 123 == 412 and [pct(289, 412), pct(123, 412)] == [70.1, 29.9] and 22 <= pct(97, 412) < 25 and pct(31.6, 60.4) == 52.3 and pct(18.2, 23.2) == 78.4 and close(5.82 + 1.64, 7.46, 0.001) and round(26.4 / 7.46, 1) == 3.5 and pct(86.5 - 81.1, 81.1) == 6.7 and 38 <= pct(86.5, 213.6) <= 42 and 2150 + 860 + 1670 == 4680 and close(412 * 800 * 12 / 10000, 395.5, 0.05) and span_ok(2014, 2023, 10, True) and span_ok(2009, 2024, 16, True) and pct(5100 - 4680, 4680) == 9.0 and 398 < 412 and 58.7 != 52.3),
    ("L2 234+17 = 251; 17/30 = 56.7%; 251+23 = 274; 9+8 = 17, shares 52.9, 47.1; 30-17 = 13; true 10.2+3.9 = 14.1, 10.2/14.1 = 72.3%, 3.9/14.1 = 27.7%; 32.8/60.4 = 54.3%, 54.3-52.3 = 2.0; 2740/5100 = 53.7%; true 1280+460+1000 = 2740; true 2012..2024 = 13th year; 2014..2024 = 第十一届; 234+30 = 264 > 260; 28 < 29.8; 19 < 31",
     234 + 17 == 251 and pct(17, 30) == 56.7 and 251 + 23 == 274 and 9 + 8 == 17 and [pct(9, 17), pct(8, 17)] == [52.9, 47.1] and 30 - 17 == 13 and close(10.2 + 3.9, 14.1, 0.001) and pct(10.2, 14.1) == 72.3 and pct(3.9, 14.1) == 27.7 and pct(32.8, 60.4) == 54.3 and close(54.3 - 52.3, 2.0, 0.001) and pct(2740, 5100) == 53.7 and 1280 + 460 + 1000 == 2740 and span_ok(2012, 2024, 13, True) and span_ok(2014, 2024, 11, True) and 234 + 30 > 260 and 28 < 29.8 and 19 < 31),
    ("L3 234+34 = 268; 268/274 = 97.8%; 56.1-52.3 = 3.8; 33.9/60.4 = 56.1%; 17+17 = 34; 274-268 = 6; true 38+34 = 72; 31-5 = 26, 412+26 = 438; true 141+262+35 = 438; 84/438 = 19.2%; (29.8-26.4)/26.4 = 12.9%; (91.2-86.5)/86.5 = 5.4%; true 5230/5100 = 102.5%; 5230-4680 = 550; 2380+910+1940 = 5230; (1940-1670)/1670 = 16.2%; 94+31 = 125, 125/438 = 28.5% (近三成); true 2015 -> 2025 = 10; true 1969 -> 2025 = 56; 2011 -> 2024 = 13; true 2014..2025 = 12th; 5230 < 5500; 56 < 56.1 < 58",
     234 + 34 == 268 and pct(268, 274) == 97.8 and close(56.1 - 52.3, 3.8, 0.001) and pct(33.9, 60.4) == 56.1 and 17 + 17 == 34 and 274 - 268 == 6 and 38 + 34 == 72 and 31 - 5 == 26 and 412 + 26 == 438 and 141 + 262 + 35 == 438 and pct(84, 438) == 19.2 and pct(29.8 - 26.4, 26.4) == 12.9 and pct(91.2 - 86.5, 86.5) == 5.4 and pct(5230, 5100) == 102.5 and 5230 - 4680 == 550 and 2380 + 910 + 1940 == 5230 and pct(1940 - 1670, 1670) == 16.2 and 94 + 31 == 125 and 27 <= pct(125, 438) < 30 and span_ok(2015, 2025, 10, False) and span_ok(1969, 2025, 56, False) and span_ok(2011, 2024, 13, False) and span_ok(2014, 2025, 12, True) and 5230 < 5500 and 56 < 56.1 < 58),
    # chenjiang (公共充电桩, 琛江市)
    ("C1 8640+3820 = 12460; 3820/8640 = 44.2%; 12460 > 1.2万; 5130+7330 = 12460, shares 41.2, 58.8; 1460+1120+760+480 = 3820, true shares 38.2, 29.3, 19.9, 12.6; 3.86亿/365 = 105.8万; 2.41+1.45 = 3.86, 2.41/3.86 = 62.4%; 86400/12460 = 6.9; true 3860+1740+600 = 6200; 42000/6200 = 6.8 (近7倍); 31/42 = 73.8%, 42-31 = 11; 2019 -> 2024 = 5; 2020..2024 = 第五届; true 2014 -> 2024 = 10; (7000-6200)/6200 = 12.9%; 琛南 9870 != 12460",
     8640 + 3820 == 12460 and pct(3820, 8640) == 44.2 and 12460 > 12000 and 5130 + 7330 == 12460 and [pct(5130, 12460), pct(7330, 12460)] == [41.2, 58.8] and 1460 + 1120 + 760 + 480 == 3820 and [pct(x, 3820) for x in (1460, 1120, 760, 480)] == [38.2, 29.3, 19.9, 12.6] and round(38600 / 365, 1) == 105.8 and close(2.41 + 1.45, 3.86, 0.001) and pct(2.41, 3.86) == 62.4 and round(86400 / 12460, 1) == 6.9 and 3860 + 1740 + 600 == 6200 and 6.5 <= 42000 / 6200 < 7 and pct(31, 42) == 73.8 and 42 - 31 == 11 and span_ok(2019, 2024, 5, False) and span_ok(2020, 2024, 5, True) and span_ok(2014, 2024, 10, False) and pct(7000 - 6200, 6200) == 12.9 and 9870 != 12460),
    ("C2 12460+1920 = 14380; (2.31-1.72)/1.72 = 34.3%; true 1920/4200 = 45.7%; true 1920-620-480 = 820; 1010+910 = 1920, 1010/1920 = 52.6%; 38+12 = 50; 31+5 = 36, 36/42 = 85.7%, 42-36 = 6; 102000/14380 = 7.1; 3150/7000 = 45.0%; 2020..2024 = 第五届; 琛南 1340 != 1920",
     12460 + 1920 == 14380 and pct(2.31 - 1.72, 1.72) == 34.3 and pct(1920, 4200) == 45.7 and 1920 - 620 - 480 == 820 and 1010 + 910 == 1920 and pct(1010, 1920) == 52.6 and 38 + 12 == 50 and 31 + 5 == 36 and pct(36, 42) == 85.7 and 42 - 36 == 6 and round(102000 / 14380, 1) == 7.1 and pct(3150, 7000) == 45.0 and span_ok(2020, 2024, 5, True) and 1340 != 1920),
    ("C3 12460+4490 = 16950; 4490/4200 = 106.9%; (5.12-3.86)/3.86 = 32.6%; true 4490-1920 = 2570, 14380+2570 = 16950; true 1620+1310+900+660 = 4490; 2380/4490 = 53.0%; 6860/7000 = 98.0%; 4120+2010+730 = 6860, true shares 60.1, 29.3, 10.6; true 6200+6860 = 13060 = 1.306亿; 121000/16950 = 7.1; 3.02+2.10 = 5.12, 3.02/5.12 = 59.0% (接近六成); (2.10-1.45)/1.45 = 44.8%; true 2019 -> 2025 = 6; true 2020..2025 = 6th; 4000 < 4490; 7500 > 6860",
     12460 + 4490 == 16950 and pct(4490, 4200) == 106.9 and pct(5.12 - 3.86, 3.86) == 32.6 and 4490 - 1920 == 2570 and 14380 + 2570 == 16950 and 1620 + 1310 + 900 + 660 == 4490 and pct(2380, 4490) == 53.0 and pct(6860, 7000) == 98.0 and 4120 + 2010 + 730 == 6860 and [pct(x, 6860) for x in (4120, 2010, 730)] == [60.1, 29.3, 10.6] and 6200 + 6860 == 13060 and round(121000 / 16950, 1) == 7.1 and close(3.02 + 2.10, 5.12, 0.001) and 55 <= pct(3.02, 5.12) < 60 and pct(2.10 - 1.45, 1.45) == 44.8 and span_ok(2019, 2025, 6, False) and span_ok(2020, 2025, 6, True) and 4000 < 4490 and 7500 > 6860),
    # greyling (regional food bank)
    ("G1 (11.26-9.84)/9.84 = 14.4%; 4.18+3.96+2.14+0.98 = 11.26, true shares 37.1, 35.2, 19.0, 8.7; 11.26/1.2 = 9.4; 158 > 142; 412600/38420 = 10.7 (nearly 11); true 2.34+0.88+0.71+1.12 = 5.05; 2.5+1.5+2.4 = 6.4; 1.9/2.4 = 79.2%; 58900/2080 = 28.3; true 1983 -> 2024 = 41; 2009..2023 = 15th annual; 3.9 < 4.3; Pettigrew 7.9 < 11.26",
     pct(11.26 - 9.84, 9.84) == 14.4 and close(4.18 + 3.96 + 2.14 + 0.98, 11.26, 0.001) and [pct(x, 11.26) for x in (4.18, 3.96, 2.14, 0.98)] == [37.1, 35.2, 19.0, 8.7] and round(11.26 / 1.2, 1) == 9.4 and 158 > 142 and 10.5 <= 412600 / 38420 < 11 and close(2.34 + 0.88 + 0.71 + 1.12, 5.05, 0.001) and close(2.5 + 1.5 + 2.4, 6.4, 0.001) and pct(1.9, 2.4) == 79.2 and round(58900 / 2080) == 28 and span_ok(1983, 2024, 41, False) and span_ok(2009, 2023, 15, True) and 3.9 < 4.3 and 7.9 < 11.26),
    ("G2 (6.12-5.62)/5.62 = 8.9%; 6.12/12.5 = 49.0%; 158+8 = 166; 11350/29870 = 38.0%, true 7620/29870 = 25.5%; 5.92+0.78 = 6.70, 6.7-6.4 = 0.3; true 1.25+0.56+0.35 = 2.16; true 1996..2024 = 29th year; 2009..2024 = 16th annual; Pettigrew 3.8 < 6.12",
     pct(6.12 - 5.62, 5.62) == 8.9 and pct(6.12, 12.5) == 49.0 and 158 + 8 == 166 and pct(11350, 29870) == 38.0 and pct(7620, 29870) == 25.5 and close(5.92 + 0.78, 6.7, 0.001) and close(6.7 - 6.4, 0.3, 0.001) and close(1.25 + 0.56 + 0.35, 2.16, 0.001) and span_ok(1996, 2024, 29, True) and span_ok(2009, 2024, 16, True) and 3.8 < 6.12),
    ("G3 (12.71-11.26)/11.26 = 12.9%; 12.71 > 12.7; true 12.71/12.5 = 101.7%; true 12.71-6.12 = 6.59; true 4.86+4.22+2.51+1.12 = 12.71; (4.86-4.18)/4.18 = 16.3%; (41950-38420)/38420 = 9.2%; 166 < 171; 48000+22000 = 70000; 2.6/2.4 = 108.3%; 1996 -> 2025 = 29; true 2015 -> 2025 = 10; true 2009..2024 = 16th annual; 58900 < 63400; 4.3 < 4.6; Pettigrew 8.4 < 12.71; 12.71 < 13.4",
     pct(12.71 - 11.26, 11.26) == 12.9 and 12.71 > 12.7 and pct(12.71, 12.5) == 101.7 and close(12.71 - 6.12, 6.59, 0.001) and close(4.86 + 4.22 + 2.51 + 1.12, 12.71, 0.001) and pct(4.86 - 4.18, 4.18) == 16.3 and pct(41950 - 38420, 38420) == 9.2 and 166 < 171 and 48000 + 22000 == 70000 and pct(2.6, 2.4) == 108.3 and span_ok(1996, 2025, 29, False) and span_ok(2015, 2025, 10, False) and span_ok(2009, 2024, 16, True) and 58900 < 63400 and 4.3 < 4.6 and 8.4 < 12.71 and 12.71 < 13.4),
    # corvane (state park district, fiscal years July-June)
    ("V1 (1351-1264)/1264 = 6.9%; 1351000 ~ 1.35 million; 548+362+286+155 = 1351, true shares 40.6, 26.8, 21.2, 11.5; true 2.41+2.68+0.77 = 5.86; 63/214 = 29.4%; 11+17 = 28; 9.6/18.5 = 51.9%; 18.5-9.6 = 8.9 ($8,900,000); (9.4-8.9)/8.9 = 5.6%; true 1936 -> 2024 = 88; 2012..2024 = 13th annual; Coldwater 978000 < 1351000",
     pct(1351 - 1264, 1264) == 6.9 and round(1351000 / 1e6, 2) == 1.35 and 548 + 362 + 286 + 155 == 1351 and [pct(x, 1351) for x in (548, 362, 286, 155)] == [40.6, 26.8, 21.2, 11.5] and close(2.41 + 2.68 + 0.77, 5.86, 0.001) and pct(63, 214) == 29.4 and 11 + 17 == 28 and pct(9.6, 18.5) == 51.9 and close(18.5 - 9.6, 8.9, 0.001) and pct(9.4 - 8.9, 8.9) == 5.6 and span_ok(1936, 2024, 88, False) and span_ok(2012, 2024, 13, True) and 978000 < 1351000),
    ("V2 (786-741)/741 = 6.1%; true 318+214+171+83 = 786; 412+24 = 436; (8-7)/7 = 14.3%; 28+9 = 37, true 37/63 = 58.7%; 12.8/18.5 = 69.2%; true 1958 -> 2024 = 66; true 1988 -> 2024 = 36; 2012..2025 = 14th annual; 6.2 ~ 6.24; Coldwater 512000 < 786000",
     pct(786 - 741, 741) == 6.1 and 318 + 214 + 171 + 83 == 786 and 412 + 24 == 436 and pct(8 - 7, 7) == 14.3 and 28 + 9 == 37 and pct(37, 63) == 58.7 and pct(12.8, 18.5) == 69.2 and span_ok(1958, 2024, 66, False) and span_ok(1988, 2024, 36, False) and span_ok(2012, 2025, 14, True) and abs(6.24 - 6.2) < 0.05 and 512000 < 786000),
    ("V3 786000+632000 = 1418000; (1418-1351)/1351 = 5.0%; (96.8-91.3)/91.3 = 6.0%; 2.71+2.79+0.74 = 6.24, true shares 43.4, 44.7, 11.9; true 28+21 = 49 = 37+12; true 15.9/18.5 = 85.9%; true 4.1+5.5+6.3 = 15.9, 4.1+5.5 = 9.6, 12.8 < 15.9; true 2002 -> 2025 = 23; true 2012..2025 = 14th annual; 1971 -> 2025 = 54; 9.4 < 9.9; Coldwater 1012000 < 1418000",
     786000 + 632000 == 1418000 and pct(1418 - 1351, 1351) == 5.0 and pct(96.8 - 91.3, 91.3) == 6.0 and close(2.71 + 2.79 + 0.74, 6.24, 0.001) and [pct(x, 6.24) for x in (2.71, 2.79, 0.74)] == [43.4, 44.7, 11.9] and 28 + 21 == 49 == 37 + 12 and pct(15.9, 18.5) == 85.9 and close(4.1 + 5.5 + 6.3, 15.9, 0.001) and close(4.1 + 5.5, 9.6, 0.001) and 12.8 < 15.9 and span_ok(2002, 2025, 23, False) and span_ok(2012, 2025, 14, True) and span_ok(1971, 2025, 54, False) and 9.4 < 9.9 and 1012000 < 1418000),
]

FAIL = [
    # conflict
    ("m01 412 == 421; 118+266+28 = 421", 412 == 421 or 118 + 266 + 28 == 421),
    ("m05 26.4 == 24.6; (29.8-24.6)/24.6 = 12.9%", close(26.4, 24.6, 0.001) or pct(29.8 - 24.6, 24.6) == 12.9),
    ("m08 34 == 43; 234+43 = 268", 34 == 43 or 234 + 43 == 268),
    ("m15 3.86 == 3.68; 2.41+1.45 = 3.68", close(3.86, 3.68, 0.001) or close(2.41 + 1.45, 3.68, 0.001)),
    ("m21 3820 == 3280; 8640+3280 = 12460", 3820 == 3280 or 8640 + 3280 == 12460),
    ("m24 4490 == 4940; 12460+4940 = 16950", 4490 == 4940 or 12460 + 4940 == 16950),
    ("m27 8.64 == 8.46; 84600/12460 = 6.9", close(8.64, 8.46, 0.001) or round(84600 / 12460, 1) == 6.9),
    ("m31 38420 == 34820; (41950-34820)/34820 = 9.2%", 38420 == 34820 or pct(41950 - 34820, 34820) == 9.2),
    ("m34 11.26 == 11.62; (12.71-11.62)/11.62 = 12.9%", close(11.26, 11.62, 0.001) or pct(12.71 - 11.62, 11.62) == 12.9),
    ("m41 412600 == 421600", 412600 == 421600),
    ("m42 171 == 117; 166 <= 117", 171 == 117 or 166 <= 117),
    ("m48 91300 == 93100; (96800-93100)/93100 = 6.0%", 91300 == 93100 or pct(96800 - 93100, 93100) == 6.0),
    ("m50 1351000 == 1315000; 548+362+286+155 = 1315", 1351000 == 1315000 or 548 + 362 + 286 + 155 == 1315),
    ("m54 1418000 == 1481000; 786000+632000 = 1481000", 1418000 == 1481000 or 786000 + 632000 == 1481000),
    # shares
    ("m02 18.2/23.2 = 80.4%", pct(18.2, 23.2) == 80.4),
    ("m04 3.9/14.1 = 29.7%; 72.3+29.7 = 100", pct(3.9, 14.1) == 29.7 or close(72.3 + 29.7, 100, 0.15)),
    ("m11 5230/5100 = 104.5%", pct(5230, 5100) == 104.5),
    ("m16 760/3820 = 21.9%; 38.2+29.3+21.9+12.6 = 100", pct(760, 3820) == 21.9 or close(38.2 + 29.3 + 21.9 + 12.6, 100, 0.15)),
    ("m19 1920/4200 = 48.0%", pct(1920, 4200) == 48.0),
    ("m25 4120/6860 = 62.1%; 62.1+29.3+10.6 = 100", pct(4120, 6860) == 62.1 or close(62.1 + 29.3 + 10.6, 100, 0.15)),
    ("m30 2.14/11.26 = 21.0%; 37.1+35.2+21.0+8.7 = 100", pct(2.14, 11.26) == 21.0 or close(37.1 + 35.2 + 21.0 + 8.7, 100, 0.15)),
    ("m35 7620/29870 = 27.5%", pct(7620, 29870) == 27.5),
    ("m38 12.71/12.5 = 103.7% (even at the rounding limits)", pct(12.715, 12.45) >= 103.65),
    ("m45 286/1351 = 23.2%; 40.6+26.8+23.2+11.5 = 100", pct(286, 1351) == 23.2 or close(40.6 + 26.8 + 23.2 + 11.5, 100, 0.15)),
    ("m51 37/63 = 61.7%", pct(37, 63) == 61.7),
    ("m55 0.74/6.24 = 13.9%; 44.7+43.4+13.9 = 100", pct(0.74, 6.24) == 13.9 or close(44.7 + 43.4 + 13.9, 100, 0.15)),
    ("m57 15.9/18.5 = 88.0% (even at the rounding limits)", pct(15.95, 18.45) >= 87.95),
    # sum
    ("m06 1280+460+1100 = 2740", 1280 + 460 + 1100 == 2740),
    ("m09 141+262+45 = 438", 141 + 262 + 45 == 438),
    ("m10 38+34 = 74", 38 + 34 == 74),
    ("m17 3860+1790+600 = 6200", 3860 + 1790 + 600 == 6200),
    ("m20 620+480+720 = 1920", 620 + 480 + 720 == 1920),
    ("m22 1920+2470 = 4490", 1920 + 2470 == 4490),
    ("m23 1620+1310+980+660 = 4490", 1620 + 1310 + 980 + 660 == 4490),
    ("m26 6200+6860 = 13160 (1.316亿)", 6200 + 6860 == 13160),
    ("m32 2.34+0.88+0.81+1.12 = 5.05 (even at the rounding limits)", close(2.34 + 0.88 + 0.81 + 1.12, 5.05, 0.001) or 2.335 + 0.875 + 0.805 + 1.115 <= 5.055),
    ("m36 1.25+0.56+0.45 = 2.16 (even at the rounding limits)", close(1.25 + 0.56 + 0.45, 2.16, 0.001) or 1.245 + 0.555 + 0.445 <= 2.165),
    ("m39 6.12+6.49 = 12.71 (even at the rounding limits)", close(6.12 + 6.49, 12.71, 0.001) or 6.125 + 6.495 >= 12.705),
    ("m40 4.86+4.22+2.51+1.21 = 12.71 (even at the rounding limits)", close(4.86 + 4.22 + 2.51 + 1.21, 12.71, 0.001) or 4.855 + 4.215 + 2.505 + 1.205 <= 12.715),
    ("m46 2.41+2.68+0.87 = 5.86 (even at the rounding limits)", close(2.41 + 2.68 + 0.87, 5.86, 0.001) or 2.405 + 2.675 + 0.865 <= 5.865),
    ("m49 318+214+171+93 = 786", 318 + 214 + 171 + 93 == 786),
    ("m56 28+21 = 47", 28 + 21 == 47),
    ("m58 4.1+5.5+5.3 = 15.9 (even at the rounding limits)", close(4.1 + 5.5 + 5.3, 15.9, 0.001) or 4.15 + 5.55 + 5.35 >= 15.85),
    # date (each fails under both counting conventions)
    ("m03 2009..2024 (今年) = 第十七个年头", not span_fails_both(2009, 2024, 17)),
    ("m07 2012..2024 = 第十四个年头", not span_fails_both(2012, 2024, 14)),
    ("m12 2015..2025 = 12年来", not span_fails_both(2015, 2025, 12)),
    ("m13 1969..2025 (今年) = 55周年", not span_fails_both(1969, 2025, 55)),
    ("m14 2014..2025 (今年10月) = 第十三届", not span_fails_both(2014, 2025, 13)),
    ("m18 2014..2024 (今年) = 12周年", not span_fails_both(2014, 2024, 12)),
    ("m28 2019..2025 = 已运行8年", not span_fails_both(2019, 2025, 8)),
    ("m29 2020..2025 (今年5月) = 第七届", not span_fails_both(2020, 2025, 7)),
    ("m33 1983..2024 (this spring) = 40th anniversary", not span_fails_both(1983, 2024, 40)),
    ("m37 1996..2024 = 30th year", not span_fails_both(1996, 2024, 30)),
    ("m43 2015..2025 = has run for 12 years", not span_fails_both(2015, 2025, 12)),
    ("m44 2009..2024 (last October) = 17th annual", not span_fails_both(2009, 2024, 17)),
    ("m47 1936..2024 (this summer) = 90th anniversary", not span_fails_both(1936, 2024, 90)),
    ("m52 1958..2024 = turned 68", not span_fails_both(1958, 2024, 68)),
    ("m53 1988..2024 = reached 38 years", not span_fails_both(1988, 2024, 38)),
    ("m59 2002..2025 (June) = 25th anniversary", not span_fails_both(2002, 2025, 25)),
    ("m60 2012..2025 (Jan. 1) = 15th annual", not span_fails_both(2012, 2025, 15)),
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
