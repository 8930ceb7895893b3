#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted30).

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
    # lanyu (森林防火 / 生态护林员, 岚峪县)
    ("L1 (5-2)/5 = 60%; 784+213+263 = 1260; true shares 62.2, 16.9, 20.9; 1260 x 1万 = 1260万; 1260/3860 = 32.6% (三分之一); true 1420+960+540+940 = 3860; 922+126 = 1048; 29+8 = 37; 3+14 = 17, 126+392 = 518; (4200-3860)/3860 = 8.8%",
     pct(5 - 2, 5) == 60.0 and 784 + 213 + 263 == 1260 and [pct(x, 1260) for x in (784, 213, 263)] == [62.2, 16.9, 20.9] and 1260 * 1 == 1260 and 30 <= pct(1260, 3860) <= 36 and 1420 + 960 + 540 + 940 == 3860 and 922 + 126 == 1048 and 29 + 8 == 37 and 3 + 14 == 17 and 126 + 392 == 518 and pct(4200 - 3860, 3860) == 8.8),
    ("L1 Oct 1 - May 31 = 8 months; true 1976 -> 2024 = 48; 2012..2023 = 第十二届; 14 < 312; 岚溪 71.4 vs 68.2; 1260 < 1320 plan",
     (12 - 10 + 5 + 1) == 8 and span_ok(1976, 2024, 48, False) and span_ok(2012, 2023, 12, True) and 14 < 312 and 71.4 != 68.2 and 1260 < 1320),
    ("L2 68/140 = 48.6%; 1048+68 = 1116; 140-68 = 72; 1260+80 = 1340 > 1320; true 328/1340 = 24.5%, 1012/1340 = 75.5%; 562/1340 = 41.9% (四成); 1340 x 1万 = 1340万; 186+28 = 214; true 214-38 = 176; 2310/4200 = 55.0%; 2012..2024 = 第十三届; true 2016..2024 = 9th; 2016 -> 2024 = 8",
     pct(68, 140) == 48.6 and 1048 + 68 == 1116 and 140 - 68 == 72 and 1260 + 80 == 1340 > 1320 and pct(328, 1340) == 24.5 and pct(1012, 1340) == 75.5 and 40 <= pct(562, 1340) < 45 and 186 + 28 == 214 and 214 - 38 == 176 and pct(2310, 4200) == 55.0 and span_ok(2012, 2024, 13, True) and span_ok(2016, 2024, 9, True) and span_ok(2016, 2024, 8, False)),
    ("L3 142/140 = 101.4%; 1048+142 = 1190; true 436+634+120 = 1190; 6+3+2 = 11, true shares 54.5, 27.3, 18.2; true 126+142 = 268; 1560+1050+580+1160 = 4350; true 4350/4200 = 103.6%; (4350-3860)/3860 = 12.7%; 186+50 = 236; 1988 -> 2025 = 37; 2007 -> 2024 = 17; true 2019 -> 2025 = 6; true 2012..2025 = 14th; 1340 < 1380; 4350 < 4500",
     pct(142, 140) == 101.4 and 1048 + 142 == 1190 and 436 + 634 + 120 == 1190 and 6 + 3 + 2 == 11 and [pct(x, 11) for x in (6, 3, 2)] == [54.5, 27.3, 18.2] and 126 + 142 == 268 and 1560 + 1050 + 580 + 1160 == 4350 and pct(4350, 4200) == 103.6 and pct(4350 - 3860, 3860) == 12.7 and 186 + 50 == 236 and span_ok(1988, 2025, 37, False) and span_ok(2007, 2024, 17, False) and span_ok(2019, 2025, 6, False) and span_ok(2012, 2025, 14, True) and 1340 < 1380 and 4350 < 4500),
    # weilan (非遗传承与文创, 沩澜市)
    ("W1 (2.86-2.31)/2.31 = 23.8%; 2410/3860 = 62.4% (超过六成); 4+27+86 = 117; 24+11+7 = 42, true shares 57.1, 26.2, 16.7; 1.21+0.93+0.72 = 2.86, shares 42.3, 32.5, 25.2; true 1120+460+280 = 1860; 1923 -> 2023 = 100; 2015..2023 = 第九届; true 2008..2024 = 17th; 42+13 = 55; (2050-1860)/1860 = 10.2%; 沩宁 1.9 < 2.86; 31 < 42",
     pct(2.86 - 2.31, 2.31) == 23.8 and 60 < pct(2410, 3860) < 70 and 4 + 27 + 86 == 117 and 24 + 11 + 7 == 42 and [pct(x, 42) for x in (24, 11, 7)] == [57.1, 26.2, 16.7] and close(1.21 + 0.93 + 0.72, 2.86, 0.001) and [pct(x, 2.86) for x in (1.21, 0.93, 0.72)] == [42.3, 32.5, 25.2] and 1120 + 460 + 280 == 1860 and span_ok(1923, 2023, 100, False) and span_ok(2015, 2023, 9, True) and span_ok(2008, 2024, 17, True) and 42 + 13 == 55 and pct(2050 - 1860, 1860) == 10.2 and 1.9 < 2.86 and 31 < 42),
    ("W2 (1.52-1.28)/1.28 = 18.8%; 1.52/3.3 = 46.1%; 42+9 = 51; 0.71+0.48+0.33 = 1.52, true shares 46.7, 31.6, 21.7; 368+45 = 413; true 21+14+7+3 = 45; 1080/2050 = 52.7%; 2015..2024 = 第十届; 2014 -> 2024 = 10; true 2011 -> 2024 = 13; 31.5/48.6 = 64.8% (六成); 860 < 2150; 沩宁 0.86 < 1.52",
     pct(1.52 - 1.28, 1.28) == 18.8 and pct(1.52, 3.3) == 46.1 and 42 + 9 == 51 and close(0.71 + 0.48 + 0.33, 1.52, 0.001) and [pct(x, 1.52) for x in (0.71, 0.48, 0.33)] == [46.7, 31.6, 21.7] and 368 + 45 == 413 and 21 + 14 + 7 + 3 == 45 and pct(1080, 2050) == 52.7 and span_ok(2015, 2024, 10, True) and span_ok(2014, 2024, 10, False) and span_ok(2011, 2024, 13, False) and 60 <= pct(31.5, 48.6) < 70 and 860 < 2150 and 0.86 < 1.52),
    ("W3 (3.42-2.86)/2.86 = 19.6%; 3.42/3.3 = 103.6%; 1.52+1.90 = 3.42; 58 > 55; true 2.86+3.42 = 6.28; 117+4+9 = 130; 27+4 = 31; 86+9 = 95; 4+31+95 = 130, true shares 3.1, 23.8, 73.1; true 2010/2050 = 98.0%; true 1180+520+310 = 2010; (57.2-48.6)/48.6 = 17.7%; true 1923 -> 2025 = 102; true 2015..2025 = 11th; 2014 -> 2024 = 10; 27 < 43; 2010 < 2200; 3.42 < 3.8; 沩宁 2.2 < 3.42",
     pct(3.42 - 2.86, 2.86) == 19.6 and pct(3.42, 3.3) == 103.6 and close(1.52 + 1.90, 3.42, 0.001) and 58 > 55 and close(2.86 + 3.42, 6.28, 0.001) and 117 + 4 + 9 == 130 and 27 + 4 == 31 and 86 + 9 == 95 and 4 + 31 + 95 == 130 and [pct(x, 130) for x in (4, 31, 95)] == [3.1, 23.8, 73.1] and pct(2010, 2050) == 98.0 and 1180 + 520 + 310 == 2010 and pct(57.2 - 48.6, 48.6) == 17.7 and span_ok(1923, 2025, 102, False) and span_ok(2015, 2025, 11, True) and span_ok(2014, 2024, 10, False) and 27 < 43 and 2010 < 2200 and 3.42 < 3.8 and 2.2 < 3.42),
    # pellisford (rural broadband grants)
    ("P1 2360+2550 = 4910; true 3.1+0.9+0.8 = 4.8; 4.8+2.9 = 7.7, 4.8/7.7 = 62.3%; 1830+470+250 = 2550, true shares 71.8, 18.4, 9.8; 2140/4910 = 43.6%; 4910/11400 = 43.1%; 11400-4910 = 6490 (about 6,500); 2550 > 2360; 2021..2024 = fourth year; 2021..2023 = third annual; true 1951 -> 2024 = 73; Corrin 1420 < 2550; 6.5 > 4.8; 860 < 1940",
     2360 + 2550 == 4910 and close(3.1 + 0.9 + 0.8, 4.8, 0.001) and close(4.8 + 2.9, 7.7, 0.001) and pct(4.8, 7.7) == 62.3 and 1830 + 470 + 250 == 2550 and [pct(x, 2550) for x in (1830, 470, 250)] == [71.8, 18.4, 9.8] and pct(2140, 4910) == 43.6 and pct(4910, 11400) == 43.1 and 11400 - 4910 == 6490 and 2550 > 2360 and span_ok(2021, 2024, 4, True) and span_ok(2021, 2023, 3, True) and span_ok(1951, 2024, 73, False) and 1420 < 2550 and 6.5 > 4.8 and 860 < 1940),
    ("P2 4910+1270 = 6180; 1270/2700 = 47.0%; 6.2/6.5 = 95.4%; true 2.6+1.9+1.7 = 6.2; 2+5 = 7 providers; true 2870/6180 = 46.4%; true 2021..2024 = 4th year; 540 < 1120; Corrin 760 < 1270; 0.9 < 1.2 (fiscal)",
     4910 + 1270 == 6180 and pct(1270, 2700) == 47.0 and pct(6.2, 6.5) == 95.4 and close(2.6 + 1.9 + 1.7, 6.2, 0.001) and 2 + 5 == 7 and pct(2870, 6180) == 46.4 and span_ok(2021, 2024, 4, True) and 540 < 1120 and 760 < 1270 and 0.9 < 1.2),
    ("P3 2820/2700 = 104.4%; 4910+2820 = 7730; 1270+1550 = 2820; true 2550+2820 = 5370 > 2 x 2360; 2090+530+200 = 2820, true shares 74.1, 18.8, 7.1; true 1240+960+620 = 2820; true 6.2/6.5 = 95.4%; 2.4+4.8+6.2 = 13.4; 7730/11400 = 67.8% (two-thirds); 3940/7730 = 51.0%; true 2019 -> 2025 = 6; true 2021..2025 = 5th annual; 1030 < 2310; Corrin 1610 < 2820; 2400 < 2820",
     pct(2820, 2700) == 104.4 and 4910 + 2820 == 7730 and 1270 + 1550 == 2820 and 2550 + 2820 == 5370 > 2 * 2360 and 2090 + 530 + 200 == 2820 and [pct(x, 2820) for x in (2090, 530, 200)] == [74.1, 18.8, 7.1] and 1240 + 960 + 620 == 2820 and pct(6.2, 6.5) == 95.4 and close(2.4 + 4.8 + 6.2, 13.4, 0.001) and 65 <= pct(7730, 11400) <= 69 and pct(3940, 7730) == 51.0 and span_ok(2019, 2025, 6, False) and span_ok(2021, 2025, 5, True) and 1030 < 2310 and 1610 < 2820 and 2400 < 2820),
    # tarnbury (city marathon)
    ("T1 1998..2023 = 26th annual; 4120+6380+4360 = 14860, true shares 42.9, 27.7, 29.3; 14860 > 14000 < 15320; 8690/14860 = 58.5%; true 4.3+3.2+1.9+2.2 = 11.6; (6840-5910)/5910 = 15.7%; 1.58+0.61+0.17 = 2.36; true 2006..2024 = 19th year; Tarnwick 5200 < 14860; 11.6 < 12.5; 9600 > 2400",
     span_ok(1998, 2023, 26, True) and 4120 + 6380 + 4360 == 14860 and [pct(x, 14860) for x in (6380, 4120, 4360)] == [42.9, 27.7, 29.3] and 14000 < 14860 < 15320 and pct(8690, 14860) == 58.5 and close(4.3 + 3.2 + 1.9 + 2.2, 11.6, 0.001) and pct(6840 - 5910, 5910) == 15.7 and close(1.58 + 0.61 + 0.17, 2.36, 0.001) and span_ok(2006, 2024, 19, True) and 5200 < 14860 and 11.6 < 12.5 and 9600 > 2400),
    ("T2 11280/17000 = 66.4% (two-thirds); true 3140+4960+3180 = 11280; 3140/4120 = 76.2%; true 2390/11280 = 21.2%; 2009..2024 = 16th; true 2016..2024 = 9th; 1998..2024 = 27th annual; 1380 < 2400 < 2600; 412000 < 438000; Tarnwick 5480 < 11280; 3900 < 6840",
     65 <= pct(11280, 17000) <= 68 and 3140 + 4960 + 3180 == 11280 and pct(3140, 4120) == 76.2 and pct(2390, 11280) == 21.2 and span_ok(2009, 2024, 16, True) and span_ok(2016, 2024, 9, True) and span_ok(1998, 2024, 27, True) and 1380 < 2400 < 2600 and 412000 < 438000 and 5480 < 11280 and 3900 < 6840),
    ("T3 (16240-14860)/14860 = 9.3%; 4510+7020+4710 = 16240; 15310/16240 = 94.3%; true 16240-11280 = 4960; true 16240/17000 = 95.5%; 2430+1860 = 4290, true shares 56.6, 43.4; (7620-6840)/6840 = 11.4%; true 1.36+0.76 = 2.12; true 1911 -> 2025 = 114; true 1998..2025 = 28th annual; 5480/16240 = 33.7% (a third); 4290 < 4510; 18000 > 16240; 12.9 > 11.6; 10480 > 2620",
     pct(16240 - 14860, 14860) == 9.3 and 4510 + 7020 + 4710 == 16240 and pct(15310, 16240) == 94.3 and 16240 - 11280 == 4960 and pct(16240, 17000) == 95.5 and 2430 + 1860 == 4290 and [pct(x, 4290) for x in (2430, 1860)] == [56.6, 43.4] and pct(7620 - 6840, 6840) == 11.4 and close(1.36 + 0.76, 2.12, 0.001) and span_ok(1911, 2025, 114, False) and span_ok(1998, 2025, 28, True) and 32 <= pct(5480, 16240) <= 35 and 4290 < 4510 and 18000 > 16240 and 12.9 > 11.6 and 10480 > 2620),
]

FAIL = [
    # conflict
    ("m01 1260 == 1620; 784+213+263 = 1620", 1260 == 1620 or 784 + 213 + 263 == 1620),
    ("m08 3860 == 3680; 1420+960+540+940 = 3680", 3860 == 3680 or 1420 + 960 + 540 + 940 == 3680),
    ("m09 142 == 124; 1048+124 = 1190", 142 == 124 or 1048 + 124 == 1190),
    ("m16 2.68 == 2.86; 1.21+0.93+0.72 = 2.68", close(2.68, 2.86, 0.001) or close(1.21 + 0.93 + 0.72, 2.68, 0.001)),
    ("m23 48.6 == 46.8; (57.2-46.8)/46.8 = 17.7%", close(48.6, 46.8, 0.001) or pct(57.2 - 46.8, 46.8) == 17.7),
    ("m24 4520 == 4250", 4520 == 4250),
    ("m28 368 == 386; 386+45 = 413", 368 == 386 or 386 + 45 == 413),
    ("m32 2550 == 2505; 2360+2505 = 4910", 2550 == 2505 or 2360 + 2505 == 4910),
    ("m39 11400 == 11040; 4910/11040 = 43%", 11400 == 11040 or round(100 * 4910 / 11040) == 43),
    ("m40 7730 == 7370; 4910+2820 = 7370", 7730 == 7370 or 4910 + 2820 == 7370),
    ("m47 14860 == 14680; 4120+6380+4360 = 14680", 14860 == 14680 or 4120 + 6380 + 4360 == 14680),
    ("m54 4120 == 4210; 3140/4210 = 76.2%; 4210+6380+4360 = 14860", 4120 == 4210 or pct(3140, 4210) == 76.2 or 4210 + 6380 + 4360 == 14860),
    ("m55 12.9 == 12.6", close(12.9, 12.6, 0.001)),
    # shares
    ("m02 263/1260 = 22.9%; 62.2+16.9+22.9 = 100", pct(263, 1260) == 22.9 or close(62.2 + 16.9 + 22.9, 100, 0.15)),
    ("m05 328/1340 = 26.5%; 75.5+26.5 = 100", pct(328, 1340) == 26.5 or close(75.5 + 26.5, 100, 0.15)),
    ("m10 2/11 = 19.2%; 54.5+27.3+19.2 = 100", pct(2, 11) == 19.2 or close(54.5 + 27.3 + 19.2, 100, 0.15)),
    ("m13 4350/4200 = 105.6%", pct(4350, 4200) == 105.6),
    ("m17 7/42 = 19.7%; 57.1+26.2+19.7 = 100", pct(7, 42) == 19.7 or close(57.1 + 26.2 + 19.7, 100, 0.15)),
    ("m20 0.33/1.52 = 23.7% (even at the rounding limits); 46.7+31.6+23.7 = 100", pct(0.335, 1.515) >= 23.65 or close(46.7 + 31.6 + 23.7, 100, 0.15)),
    ("m25 95/130 = 75.1%; 3.1+23.8+75.1 = 100", pct(95, 130) == 75.1 or close(3.1 + 23.8 + 75.1, 100, 0.15)),
    ("m29 2010/2050 = 96.0%", pct(2010, 2050) == 96.0),
    ("m34 250/2550 = 11.8%; 71.8+18.4+11.8 = 100", pct(250, 2550) == 11.8 or close(71.8 + 18.4 + 11.8, 100, 0.15)),
    ("m37 2870/6180 = 48.4%", pct(2870, 6180) == 48.4),
    ("m41 2090/2820 = 76.1%; 76.1+18.8+7.1 = 100", pct(2090, 2820) == 76.1 or close(76.1 + 18.8 + 7.1, 100, 0.15)),
    ("m44 6.2/6.5 = 97.4% (even at the rounding limits)", pct(6.25, 6.45) >= 97.35),
    ("m48 4360/14860 = 31.3%; 42.9+27.7+31.3 = 100", pct(4360, 14860) == 31.3 or close(42.9 + 27.7 + 31.3, 100, 0.15)),
    ("m52 2390/11280 = 23.2%", pct(2390, 11280) == 23.2),
    ("m56 1860/4290 = 45.4%; 56.6+45.4 = 100", pct(1860, 4290) == 45.4 or close(56.6 + 45.4, 100, 0.15)),
    ("m59 16240/17000 = 97.5%", pct(16240, 17000) == 97.5),
    # sum
    ("m03 1420+960+540+990 = 3860", 1420 + 960 + 540 + 990 == 3860),
    ("m06 38+168 = 214", 38 + 168 == 214),
    ("m11 436+654+120 = 1190", 436 + 654 + 120 == 1190),
    ("m12 126+142 = 258", 126 + 142 == 258),
    ("m18 1120+460+320 = 1860", 1120 + 460 + 320 == 1860),
    ("m21 21+14+7+5 = 45", 21 + 14 + 7 + 5 == 45),
    ("m26 1180+520+330 = 2010", 1180 + 520 + 330 == 2010),
    ("m27 2.86+3.42 = 6.18 (even at the rounding limits)", close(2.86 + 3.42, 6.18, 0.001) or 2.855 + 3.415 <= 6.185),
    ("m33 3.1+0.9+0.5 = 4.8 (even at the rounding limits)", close(3.1 + 0.9 + 0.5, 4.8, 0.001) or 3.15 + 0.95 + 0.55 >= 4.75),
    ("m36 2.6+1.9+1.4 = 6.2 (even at the rounding limits)", close(2.6 + 1.9 + 1.4, 6.2, 0.001) or 2.65 + 1.95 + 1.45 >= 6.15),
    ("m42 1240+960+690 = 2820", 1240 + 960 + 690 == 2820),
    ("m43 2550+2820 = 5730", 2550 + 2820 == 5730),
    ("m49 4.3+3.2+1.9+2.6 = 11.6 (even at the rounding limits)", close(4.3 + 3.2 + 1.9 + 2.6, 11.6, 0.001) or 4.25 + 3.15 + 1.85 + 2.55 <= 11.65),
    ("m51 3140+4960+3280 = 11280", 3140 + 4960 + 3280 == 11280),
    ("m57 1.36+0.68 = 2.12 (even at the rounding limits)", close(1.36 + 0.68, 2.12, 0.001) or 1.365 + 0.685 >= 2.115),
    ("m58 16240-11280 = 5060", 16240 - 11280 == 5060),
    # date (each fails under both counting conventions)
    ("m04 1976..2024 (今年) = 50周年", not span_fails_both(1976, 2024, 50)),
    ("m07 2016..2024 = 第十个年头", not span_fails_both(2016, 2024, 10)),
    ("m14 2019..2025 = 已连续运行8年", not span_fails_both(2019, 2025, 8)),
    ("m15 2012..2025 (今年3月) = 第十五届", not span_fails_both(2012, 2025, 15)),
    ("m19 2008..2024 (今年) = 第十八个年头", not span_fails_both(2008, 2024, 18)),
    ("m22 2011..2024 = 15周年", not span_fails_both(2011, 2024, 15)),
    ("m30 2015..2025 (今年) = 第十二届", not span_fails_both(2015, 2025, 12)),
    ("m31 1923..2025 (今年) = 105周年", not span_fails_both(1923, 2025, 105)),
    ("m35 1951..2024 (this year) = 75th anniversary", not span_fails_both(1951, 2024, 75)),
    ("m38 2021..2024 = fifth year", not span_fails_both(2021, 2024, 5)),
    ("m45 2019..2025 (this year) = eighth anniversary", not span_fails_both(2019, 2025, 8)),
    ("m46 2021..2025 (this fall) = sixth annual", not span_fails_both(2021, 2025, 6)),
    ("m50 2006..2024 = 20th year", not span_fails_both(2006, 2024, 20)),
    ("m53 2016..2024 = 10th year", not span_fails_both(2016, 2024, 10)),
    ("m60 1911..2025 (this year) = turns 112", not span_fails_both(1911, 2025, 112)),
    ("m61 1998..2025 = 29th annual", not span_fails_both(1998, 2025, 29)),
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
