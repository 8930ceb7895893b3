#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted26).

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
    # lichuan (edible fungi, 栎川县)
    ("L1 2.14-1.86 = 0.28亿 = 2800万; (12.6-11.2)/11.2 = 12.5%; (28.6-24.8)/24.8 = 15.3%; 7.4+2.9+1.5+0.8 = 12.6; true shares 58.7, 23.0, 11.9, 6.3", close(2.14 - 1.86, 0.28, 0.001) and close(0.28 * 10000, 2800, 0.01) and pct(12.6 - 11.2, 11.2) == 12.5 and pct(28.6 - 24.8, 24.8) == 15.3 and close(7.4 + 2.9 + 1.5 + 0.8, 12.6, 0.001) and [pct(x, 12.6) for x in (7.4, 2.9, 1.5, 0.8)] == [58.7, 23.0, 11.9, 6.3]),
    ("L1 17.2+7.9+3.5 = 28.6; true 980+520+960 = 2460; (2800-2460)/2460 = 13.8%; 11 < 52; 28 <= 136; 2.14 < 2.3; 36 < 44; 0.68 < 2.14 (6800万 vs 2.14亿); 松坪 9.8 < 12.6", close(17.2 + 7.9 + 3.5, 28.6, 0.001) and 980 + 520 + 960 == 2460 and pct(2800 - 2460, 2460) == 13.8 and 11 < 52 and 28 <= 136 and 2.14 < 2.3 and 36 < 44 and 0.68 < 2.14 and 9.8 < 12.6),
    ("L1 1983 -> 2024 = 41年; 2015 -> 2024 = 时隔9年; 2014..2023 = 第十届; true 2012 -> 2024 = 12; 42 persons < 4600 person-times", span_ok(1983, 2024, 41, False) and span_ok(2015, 2024, 9, False) and span_ok(2014, 2023, 10, True) and span_ok(2012, 2024, 12, False) and 42 < 4600),
    ("L2 1.26/2.3 = 54.8%; (6.9-6.1)/6.1 = 13.1%; 4.1+1.6+0.8+0.4 = 6.9; 36+5 = 41; 44-41 = 3; 136+11 = 147; true 1540/2800 = 55.0%; 1720 (H1) < 3860 (year)", pct(1.26, 2.3) == 54.8 and pct(6.9 - 6.1, 6.1) == 13.1 and close(4.1 + 1.6 + 0.8 + 0.4, 6.9, 0.001) and 36 + 5 == 41 and 44 - 41 == 3 and 136 + 11 == 147 and pct(1540, 2800) == 55.0 and 1720 < 3860),
    ("L2 true 2014..2024 = 11th; 42 < 1860 < 2700 (persons vs person-times); 松坪 5.2 < 6.9", span_ok(2014, 2024, 11, True) and 42 < 1860 and 5.2 < 6.9),
    ("L3 2.37 > 2.3; (32.5-28.6)/28.6 = 13.6%; 32.5/31 = 104.8%; true 19.4+9.2+3.9 = 32.5; 8.2+3.3+1.6+1.0 = 14.1; (14.1-12.6)/12.6 = 11.9%; true 14.1-6.9 = 7.2", 2.37 > 2.3 and pct(32.5 - 28.6, 28.6) == 13.6 and pct(32.5, 31) == 104.8 and close(19.4 + 9.2 + 3.9, 32.5, 0.001) and close(8.2 + 3.3 + 1.6 + 1.0, 14.1, 0.001) and pct(14.1 - 12.6, 12.6) == 11.9 and close(14.1 - 6.9, 7.2, 0.001)),
    ("L3 36+9 = 45 > 44; 14 < 58; 1720+2430 = 4150; true 2760/2800 = 98.6%; (3000-2760)/2760 = 8.7%; 42+3 = 45; 136 -> 147 -> 158; 4.1万-3.8万 = 3000元; 32.5 < 36", 36 + 9 == 45 and 45 > 44 and 14 < 58 and 1720 + 2430 == 4150 and pct(2760, 2800) == 98.6 and pct(3000 - 2760, 2760) == 8.7 and 42 + 3 == 45 and 136 < 147 < 158 and close((4.1 - 3.8) * 10000, 3000, 0.01) and 32.5 < 36),
    ("L3 2012 -> 2025 = 13年来; 2014..2024 = 第十一届; true 1983 -> 2025 = 42; 松坪 10.6 < 14.1", span_ok(2012, 2025, 13, False) and span_ok(2014, 2024, 11, True) and span_ok(1983, 2025, 42, False) and 10.6 < 14.1),
    # yuanxi (consumer complaints, 沅溪市)
    ("Y1 (6.82-5.94)/5.94 = 14.8%; 3.96+0.87+1.99 = 6.82; 3.96万 = 39600; 21400+18200 = 39600; true shares 54.0, 46.0; 6240/39600 = 15.8%; 6240/18200 = 34.3%; 9860/39600 = 24.9%", pct(6.82 - 5.94, 5.94) == 14.8 and close(3.96 + 0.87 + 1.99, 6.82, 0.001) and round(3.96 * 10000) == 39600 and 21400 + 18200 == 39600 and [pct(x, 39600) for x in (21400, 18200)] == [54.0, 46.0] and pct(6240, 39600) == 15.8 and pct(6240, 18200) == 34.3 and pct(9860, 39600) == 24.9),
    ("Y1 true 132+118+96+74 = 420; 560+300 = 860; (920-860)/860 = 7.0%; 1260+240 = 1500; 1999 -> 2024 = 25年来; 2006..2024 = 第十九届; true 1988 -> 2024 = 36; 1850 < 26000; 汶阳 5.17 < 6.82", 132 + 118 + 96 + 74 == 420 and 560 + 300 == 860 and pct(920 - 860, 860) == 7.0 and 1260 + 240 == 1500 and span_ok(1999, 2024, 25, False) and span_ok(2006, 2024, 19, True) and span_ok(1988, 2024, 36, False) and 1850 < 26000 and 5.17 < 6.82),
    ("Y2 (3.71-3.28)/3.28 = 13.1%; 99.0-98.6 = 0.4; true 2.16+0.48+1.07 = 3.71; 2.16/3.71 = 58.2% (近六成); 5860/21600 = 27.1%; 1260+220 = 1480; true 1480/1500 = 98.7%; 2870/21600 = 13.3%; 15.8-13.3 = 2.5", pct(3.71 - 3.28, 3.28) == 13.1 and close(99.0 - 98.6, 0.4, 0.001) and close(2.16 + 0.48 + 1.07, 3.71, 0.001) and 55 <= pct(2.16, 3.71) < 60 and pct(5860, 21600) == 27.1 and 1260 + 220 == 1480 and pct(1480, 1500) == 98.7 and pct(2870, 21600) == 13.3 and close(15.8 - 13.3, 2.5, 0.001)),
    ("Y2 420+16 = 436; 118万/710 = 1662 (约1660); 2006..2024 = 第十九届; 468/920 = 50.9%; 86/1260 = 6.8%; 1920 < 14000; 汶阳 2.74 < 3.71", 420 + 16 == 436 and round(1180000 / 710) == 1662 and span_ok(2006, 2024, 19, True) and pct(468, 920) == 50.9 and pct(86, 1260) == 6.8 and 1920 < 14000 and 2.74 < 3.71),
    ("Y3 (7.46-6.82)/6.82 = 9.4%; (5320-4860)/4860 = 9.5%; 99.1-98.6 = 0.5; 4.38+0.95+2.13 = 7.46; true shares 58.7, 12.7, 28.6; 4.38万 = 43800; 22600+21200 = 43800; true 5320-2530 = 2790", pct(7.46 - 6.82, 6.82) == 9.4 and pct(5320 - 4860, 4860) == 9.5 and close(99.1 - 98.6, 0.5, 0.001) and close(4.38 + 0.95 + 2.13, 7.46, 0.001) and [pct(x, 7.46) for x in (4.38, 0.95, 2.13)] == [58.7, 12.7, 28.6] and round(4.38 * 10000) == 43800 and 22600 + 21200 == 43800 and 5320 - 2530 == 2790),
    ("Y3 5380/43800 = 12.3%; (6240-5380)/6240 = 13.8%; 10240/43800 = 23.4%; 172/2680 = 6.4%; 1620 > 1500; 2860+380 = 3240; 905/920 = 98.4%; (960-905)/905 = 6.1%; 204 x 366 = 74664 (about 7.46万)", pct(5380, 43800) == 12.3 and pct(6240 - 5380, 6240) == 13.8 and pct(10240, 43800) == 23.4 and pct(172, 2680) == 6.4 and 1620 > 1500 and 2860 + 380 == 3240 and pct(905, 920) == 98.4 and pct(960 - 905, 905) == 6.1 and abs(204 * 366 - 74600) < 100),
    ("Y3 1988 -> 2025 = 37年来; true 2006..2025 = 20th; true 1999 -> 2025 = 26; 1960 < 31000; 汶阳 5.63 < 7.46", span_ok(1988, 2025, 37, False) and span_ok(2006, 2025, 20, True) and span_ok(1999, 2025, 26, False) and 1960 < 31000 and 5.63 < 7.46),
    # bramholt (weatherization)
    ("B1 (342-286)/286 = 19.6%; 214+87+41 = 342; true shares 62.6, 25.4, 12.0; 342 x 8640 = 2.95M; 198/342 = 57.9% (nearly 58); true 1.52+1.18+0.54+0.22 = 3.46", pct(342 - 286, 286) == 19.6 and 214 + 87 + 41 == 342 and [pct(x, 342) for x in (214, 87, 41)] == [62.6, 25.4, 12.0] and round(342 * 8640 / 1e6, 2) == 2.95 and 57 < pct(198, 342) < 58 and close(1.52 + 1.18 + 0.54 + 0.22, 3.46, 0.001)),
    ("B1 1977 -> 2024 = 47 years; 2012..2023 = 12th annual; true 1966 -> 2024 = 58; 65 persons < 1240 hours; 342 < 380; Corliss 214 < 342", span_ok(1977, 2024, 47, False) and span_ok(2012, 2023, 12, True) and span_ok(1966, 2024, 58, False) and 65 < 1240 and 342 < 380 and 214 < 342),
    ("B2 (188-161)/161 = 16.8%; 188/380 = 49.5%; 1140-75 = 1065; true 1.52/3.46 = 43.9%; 1.74+1.31+0.61+0.26 = 3.92; (3.92-3.46)/3.46 = 13.3%; true 2012..2024 = 13th; 38 < 610; Corliss 96 < 188", pct(188 - 161, 161) == 16.8 and pct(188, 380) == 49.5 and 1140 - 75 == 1065 and pct(1.52, 3.46) == 43.9 and close(1.74 + 1.31 + 0.61 + 0.26, 3.92, 0.001) and pct(3.92 - 3.46, 3.46) == 13.3 and span_ok(2012, 2024, 13, True) and 38 < 610 and 96 < 188),
    ("B3 (391-342)/342 = 14.3%; 391/380 = 102.9%; true 391-188 = 203; true 238+101+52 = 391; (9120-8640)/8640 = 5.6%; 980 < 1065 < 1140; true 2.07/3.92 = 52.8%; 4.15 > 3.92", pct(391 - 342, 342) == 14.3 and pct(391, 380) == 102.9 and 391 - 188 == 203 and 238 + 101 + 52 == 391 and pct(9120 - 8640, 8640) == 5.6 and 980 < 1065 < 1140 and pct(2.07, 3.92) == 52.8 and 4.15 > 3.92),
    ("B3 true 1977 -> 2025 = 48; 1966 -> 2025 = 59; 2012..2024 = 13th annual; 391 < 420; 71 < 1390; Corliss 231 < 391", span_ok(1977, 2025, 48, False) and span_ok(1966, 2025, 59, False) and span_ok(2012, 2024, 13, True) and 391 < 420 and 71 < 1390 and 231 < 391),
    # galwin (summer youth jobs)
    ("G1 (468-412)/412 = 13.6%; 468/1236 = 37.9%; 176+158+134 = 468; true 142+231+95 = 468; 84240/468 = 180; 84240 x 15.50 = 1.31M; 413/468 = 88.2%", pct(468 - 412, 412) == 13.6 and pct(468, 1236) == 37.9 and 176 + 158 + 134 == 468 and 142 + 231 + 95 == 468 and 84240 / 468 == 180 and round(84240 * 15.5 / 1e6, 2) == 1.31 and pct(413, 468) == 88.2),
    ("G1 0.96+0.52+0.36 = 1.84; true shares 52.2, 28.3, 19.6; 2015..2024 = 10th annual; true 1979..2024 = 46th; 62 < 1480; 15.50 < 16.25; 468 < 500; Pell Harbor 280 < 468", close(0.96 + 0.52 + 0.36, 1.84, 0.001) and [pct(x, 1.84) for x in (0.96, 0.52, 0.36)] == [52.2, 28.3, 19.6] and span_ok(2015, 2024, 10, True) and span_ok(1979, 2024, 46, True) and 62 < 1480 and 15.5 < 16.25 and 468 < 500 and 280 < 468),
    ("G2 521/1388 = 37.5%; true 1.04+0.58+0.43 = 2.05; 2015..2024 = 10th annual; 104 > 96; Pell Harbor 301 < 521", pct(521, 1388) == 37.5 and close(1.04 + 0.58 + 0.43, 2.05, 0.001) and span_ok(2015, 2024, 10, True) and 104 > 96 and 301 < 521),
    ("G3 true 521/500 = 104.2%; (521-468)/468 = 11.3%; 188+171+162 = 521; true shares 36.1, 32.8, 31.1; 93780 x 16.25 = 1.52M; 93780/521 = 180; true 1.52-0.74 = 0.78; 467/521 = 89.6%", pct(521, 500) == 104.2 and pct(521 - 468, 468) == 11.3 and 188 + 171 + 162 == 521 and [pct(x, 521) for x in (188, 171, 162)] == [36.1, 32.8, 31.1] and round(93780 * 16.25 / 1e6, 2) == 1.52 and 93780 / 521 == 180 and close(1.52 - 0.74, 0.78, 0.001) and pct(467, 521) == 89.6),
    ("G3 (2.28-2.05)/2.05 = 11.2%; true 2015..2025 = 11th; 1979..2025 = 47th; true 1998 -> 2025 = 27; 521 < 560; 104 < 108; Pell Harbor 301 < 521", pct(2.28 - 2.05, 2.05) == 11.2 and span_ok(2015, 2025, 11, True) and span_ok(1979, 2025, 47, True) and span_ok(1998, 2025, 27, False) and 521 < 560 and 104 < 108 and 301 < 521),
]

FAIL = [
    # conflict
    ("m01 28.6 == 26.8; (26.8-24.8)/24.8 = 15.3%; 17.2+7.9+3.5 = 26.8", close(28.6, 26.8, 0.001) or pct(26.8 - 24.8, 24.8) == 15.3 or close(17.2 + 7.9 + 3.5, 26.8, 0.001)),
    ("m07 35.2 == 32.5; 35.2/31 = 104.8%; (35.2-28.6)/28.6 = 13.6%", close(35.2, 32.5, 0.001) or pct(35.2, 31) == 104.8 or pct(35.2 - 28.6, 28.6) == 13.6),
    ("m09 12.6 == 12.9; 14.1-12.9 = 1.5", close(12.6, 12.9, 0.001) or close(14.1 - 12.9, 1.5, 0.001)),
    ("m13 6.28 == 6.82; 3.96+0.87+1.99 = 6.28", close(6.28, 6.82, 0.001) or close(3.96 + 0.87 + 1.99, 6.28, 0.001)),
    ("m17 2530 == 2350", 2530 == 2350),
    ("m21 1260 == 1206; 1206+220 = 1480; 1206+240 = 1500", 1260 == 1206 or 1206 + 220 == 1480 or 1206 + 240 == 1500),
    ("m25 342 == 324; 214+87+41 = 324", 342 == 324 or 214 + 87 + 41 == 324),
    ("m31 9120 == 9210; (9210-8640)/8640 = 5.6%", 9120 == 9210 or pct(9210 - 8640, 8640) == 5.6),
    ("m33 1140 == 1410; 1410-75 = 1065", 1140 == 1410 or 1410 - 75 == 1065),
    ("m37 468 == 486; 176+158+134 = 486", 468 == 486 or 176 + 158 + 134 == 486),
    ("m42 96 == 69", 96 == 69),
    ("m43 521 == 512; 188+171+162 = 512", 521 == 512 or 188 + 171 + 162 == 512),
    # shares
    ("m02 2.9/12.6 = 25.0%; 58.7+25.0+11.9+6.3 = 100", pct(2.9, 12.6) == 25.0 or close(58.7 + 25.0 + 11.9 + 6.3, 100, 0.15)),
    ("m05 1540/2800 = 57.0%", pct(1540, 2800) == 57.0),
    ("m10 2760/2800 = 96.8%", pct(2760, 2800) == 96.8),
    ("m14 18200/39600 = 48.0%; 54.0+48.0 = 100", pct(18200, 39600) == 48.0 or close(54.0 + 48.0, 100, 0.15)),
    ("m19 2.13/7.46 = 26.8% (even at the rounding limits); 58.7+12.7+26.8 = 100", pct(2.135, 7.455) <= 26.85 or close(58.7 + 12.7 + 26.8, 100, 0.15)),
    ("m22 1480/1500 = 96.7%", pct(1480, 1500) == 96.7),
    ("m26 41/342 = 14.0%; 62.6+25.4+14.0 = 100", pct(41, 342) == 14.0 or close(62.6 + 25.4 + 14.0, 100, 0.15)),
    ("m29 1.52/3.46 = 47.9% (even at the rounding limits)", pct(1.525, 3.455) >= 47.85),
    ("m34 2.07/3.92 = 55.8% (even at the rounding limits)", pct(2.075, 3.915) >= 55.75),
    ("m38 0.36/1.84 = 22.6% (even at the rounding limits); 52.2+28.3+22.6 = 100", pct(0.365, 1.835) >= 22.55 or close(52.2 + 28.3 + 22.6, 100, 0.15)),
    ("m44 162/521 = 34.1%; 36.1+32.8+34.1 = 100", pct(162, 521) == 34.1 or close(36.1 + 32.8 + 34.1, 100, 0.15)),
    ("m46 521/500 = 106.2%", pct(521, 500) == 106.2),
    # sum
    ("m03 980+520+1060 = 2460", 980 + 520 + 1060 == 2460),
    ("m08 19.4+9.6+3.9 = 32.5 (even at the rounding limits)", close(19.4 + 9.6 + 3.9, 32.5, 0.001) or 19.35 + 9.55 + 3.85 <= 32.55),
    ("m11 6.9+7.6 = 14.1 (even at the rounding limits)", close(6.9 + 7.6, 14.1, 0.001) or 6.85 + 7.55 <= 14.15),
    ("m15 132+118+96+84 = 420", 132 + 118 + 96 + 84 == 420),
    ("m18 2.16+0.48+1.17 = 3.71 (even at the rounding limits)", close(2.16 + 0.48 + 1.17, 3.71, 0.001) or 2.155 + 0.475 + 1.165 <= 3.715),
    ("m23 2530+2970 = 5320", 2530 + 2970 == 5320),
    ("m27 1.52+1.18+0.54+0.28 = 3.46 (even at the rounding limits)", close(1.52 + 1.18 + 0.54 + 0.28, 3.46, 0.001) or 1.515 + 1.175 + 0.535 + 0.275 <= 3.465),
    ("m32 238+110+52 = 391", 238 + 110 + 52 == 391),
    ("m35 188+213 = 391", 188 + 213 == 391),
    ("m39 142+213+95 = 468", 142 + 213 + 95 == 468),
    ("m41 1.04+0.58+0.48 = 2.05 (even at the rounding limits)", close(1.04 + 0.58 + 0.48, 2.05, 0.001) or 1.035 + 0.575 + 0.475 <= 2.055),
    ("m47 0.74+0.87 = 1.52 (even at the rounding limits)", close(0.74 + 0.87, 1.52, 0.001) or 0.735 + 0.865 <= 1.525),
    # date (each fails under both counting conventions)
    ("m04 2012..2024 = 成立14年来", not span_fails_both(2012, 2024, 14)),
    ("m06 2014..2024 = 第十三届", not span_fails_both(2014, 2024, 13)),
    ("m12 1983..2025 = 至今已有44年", not span_fails_both(1983, 2025, 44)),
    ("m16 1988..2024 = 成立38周年", not span_fails_both(1988, 2024, 38)),
    ("m20 2006..2025 (今年) = 第二十一届", not span_fails_both(2006, 2025, 21)),
    ("m24 1999..2025 = 成立28年来", not span_fails_both(1999, 2025, 28)),
    ("m28 1966..2024 (this year) = 60th anniversary", not span_fails_both(1966, 2024, 60)),
    ("m30 2012..2024 = 14th annual", not span_fails_both(2012, 2024, 14)),
    ("m36 1977..2025 = 50th year", not span_fails_both(1977, 2025, 50)),
    ("m40 1979..2024 = 47th summer", not span_fails_both(1979, 2024, 47)),
    ("m45 2015..2025 (this spring) = 12th annual", not span_fails_both(2015, 2025, 12)),
    ("m48 1998..2025 = turns 30", not span_fails_both(1998, 2025, 30)),
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
