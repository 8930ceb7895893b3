#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted16).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 8-20 paragraphs, 14-45 lines, 1,500-3,500 characters and a
   headline as the first line after its date or front matter; at least 40 mistakes, for each
   kind at least 6 within one article and at least 3 across articles, and at least 60 decoys.
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
    if not (1500 <= nchar <= 3500):
        err("%s: %d characters, outside 1,500-3,500" % (f, nchar))
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
    # weekdays named in the articles ("Monday" before the publication date)
    ("h1 'Monday' before 2025-01-28", D(2025, 1, 27).weekday() == 0),
    ("h3 'Monday' before 2026-01-27", D(2026, 1, 26).weekday() == 0),
    ("b1 'Monday' before 2024-08-13", D(2024, 8, 12).weekday() == 0),
    ("b3 'Monday' before 2025-08-12", D(2025, 8, 11).weekday() == 0),
    # qinglan (afforestation)
    ("q1 3.86 < 3.9 (近3.9万); 3.86/3.5 = 110.3%", 3.86 < 3.9 and pct(3.86, 3.5) == 110.3),
    ("q1 (3.86-3.24)/3.24 = 19.1%", pct(3.86 - 3.24, 3.24) == 19.1),
    ("q1 62.1-61.3 = 0.8", close(62.1 - 61.3, 0.8, 0.001)),
    ("q1 1.42+1.65+0.79 = 3.86", close(1.42 + 1.65 + 0.79, 3.86, 0.001)),
    ("q1 0.58/1.65 = 35.2% (of the whole it would be 15.0%)", pct(0.58, 1.65) == 35.2 and pct(0.58, 3.86) == 15.0),
    ("q1 172/286 = 60.1%", pct(172, 286) == 60.1),
    ("q1 5600+3900+3300 = 12800 = 1.28亿; true shares 43.8/30.5/25.8", 5600 + 3900 + 3300 == 12800 and [pct(x, 12800) for x in (5600, 3900, 3300)] == [43.8, 30.5, 25.8]),
    ("q1 2018..2024 = 第七个年头", span_ok(2018, 2024, 7, True)),
    ("q1 true 15+96+451 = 562", 15 + 96 + 451 == 562),
    ("q1 1240 persons < 18.6万 person-times", 1240 < 186000),
    ("q1 4 - 3.86 = 0.14万亩 = 1400亩", close((4 - 3.86) * 10000, 1400, 0.01)),
    ("q2 true 2.35/4 = 58.8%", pct(2.35, 4) == 58.8),
    ("q2 0.96+0.88+0.51 = 2.35", close(0.96 + 0.88 + 0.51, 2.35, 0.001)),
    ("q2 6200+4300+4100 = 14600; 42.5/29.5/28.1 (sum 100.1 by rounding)", 6200 + 4300 + 4100 == 14600 and [pct(x, 14600) for x in (6200, 4300, 4100)] == [42.5, 29.5, 28.1] and close(42.5 + 29.5 + 28.1, 100.1, 0.001)),
    ("q2 (1.46-1.28)/1.28 = 14.1%", pct(1.46 - 1.28, 1.28) == 14.1),
    ("q2 8.6/13 = 六成以上", 0.6 <= 8.6 / 13 < 0.7),
    ("q2 1958 -> 2018 = 60周年", span_ok(1958, 2018, 60, False)),
    ("q3 4.12 > 4; 4.12/4 = 103.0%", 4.12 > 4 and pct(4.12, 4) == 103.0),
    ("q3 1.58+1.72+0.82 = 4.12; 4.12万 = 41200", close(1.58 + 1.72 + 0.82, 4.12, 0.001) and close(4.12 * 10000, 41200, 0.01)),
    ("q3 true 1.86+1.64+0.62 = 4.12", close(1.86 + 1.64 + 0.62, 4.12, 0.001)),
    ("q3 196/312 = 62.8% (= forest cover 62.8%)", pct(196, 312) == 62.8),
    ("q3 6200+4300+4700 = 15200 = 1.52亿 > 1.46亿", 6200 + 4300 + 4700 == 15200 and 1.52 > 1.46),
    ("q3 1260 persons < 19.8万 person-times", 1260 < 198000),
    ("q3 2012 -> 2024 = 时隔12年", span_ok(2012, 2024, 12, False)),
    ("q3 1958 -> 2025 (今年) = 67周年", span_ok(1958, 2025, 67, False)),
    ("q3 4.3 > 4.12; 13.1 > 13", 4.3 > 4.12 and 13.1 > 13),
    ("q3 true 3.86+4.12 = 7.98 < 8 (近8万亩)", close(3.86 + 4.12, 7.98, 0.001) and 7.98 < 8),
    ("q3 true 2.35/4.12 = 57.0%", pct(2.35, 4.12) == 57.0),
    ("q3 true 2018 -> 2025 = 7 years", span_ok(2018, 2025, 7, False)),
    # wuze (childcare)
    ("w1 13200 > 13000 (超1.3万); 9860+3340 = 13200", 13200 > 13000 and 9860 + 3340 == 13200),
    ("w1 13200/4120 = 3.2 per 1000", round(13200 / 4120, 1) == 3.2),
    ("w1 48+112+134+32 = 326", 48 + 112 + 134 + 32 == 326),
    ("w1 67/112 = 59.8%", pct(67, 112) == 59.8),
    ("w1 8450/13200 = 64.0%; 9580/13200 = 72.6%", pct(8450, 13200) == 64.0 and pct(9580, 13200) == 72.6),
    ("w1 9580 persons < 6.8万 person-times; 2930 < 4600", 9580 < 68000 and 2930 < 4600),
    ("w1 2400+1650+2800 = 6850; true shares 35.0/24.1/40.9", 2400 + 1650 + 2800 == 6850 and [pct(x, 6850) for x in (2400, 1650, 2800)] == [35.0, 24.1, 40.9]),
    ("w1 2019..2024 = 第六年", span_ok(2019, 2024, 6, True)),
    ("w1 (13200+2500)/4120 = 3.8", round((13200 + 2500) / 4120, 1) == 3.8),
    ("w2 13200+1400 = 14600 < 15000 (近1.5万); 1400/2500 = 56.0%", 13200 + 1400 == 14600 and 14600 < 15000 and pct(1400, 2500) == 56.0),
    ("w2 true 260+580+420+140 = 1400", 260 + 580 + 420 + 140 == 1400),
    ("w2 9680/14600 = 66.3%", pct(9680, 14600) == 66.3),
    ("w2 7500-6850 = 650", 7500 - 6850 == 650),
    ("w2 10350 < 3.9万; 360 < 2100", 10350 < 39000 and 360 < 2100),
    ("w2 326+21 = 347", 326 + 21 == 347),
    ("w2 true 2019 -> 2024 = 5 years", span_ok(2019, 2024, 5, False)),
    ("w3 13200+2600 = 15800 = 1.58万; 2600 > 2500", 13200 + 2600 == 15800 and 2600 > 2500),
    ("w3 15800/4120 = 3.83", round(15800 / 4120, 2) == 3.83),
    ("w3 56+131+147+34 = 368", 56 + 131 + 147 + 34 == 368),
    ("w3 10900/15800 = 69.0%; 69.0-64.0 = 5", pct(10900, 15800) == 69.0 and close(69.0 - 64.0, 5, 0.001)),
    ("w3 11620/15800 = 73.5%; 11620 ~ 1.16万", pct(11620, 15800) == 73.5 and round(11620 / 10000, 2) == 1.16),
    ("w3 2600+1920+3400 = 7920 > 7500; (7920-6850)/6850 = 15.6%", 2600 + 1920 + 3400 == 7920 and 7920 > 7500 and pct(7920 - 6850, 6850) == 15.6),
    ("w3 3340+2600 = 5940; 5940/9860 = 六成", 3340 + 2600 == 5940 and r0(100 * 5940 / 9860) == 60),
    ("w3 2019 -> 2025 = 6年间", span_ok(2019, 2025, 6, False)),
    ("w3 (15800+2000)/4120 = 4.3", round((15800 + 2000) / 4120, 1) == 4.3),
    ("w3 3480 persons < 5200 person-times", 3480 < 5200),
    ("w3 true 1400/2600 = 53.8%; true 2800+3400 = 6200", pct(1400, 2600) == 53.8 and 2800 + 3400 == 6200),
    ("w3 true 2020 -> 2025 = 5 years", span_ok(2020, 2025, 5, False)),
    ("w3 true 其余 = 100-18.4-33.6-40.2 = 7.8", close(100 - 18.4 - 33.6 - 40.2, 7.8, 0.001)),
    # harrowgate (animal shelter)
    ("h1 4620 > 4600; (4620-4180)/4180 = 10.5%", 4620 > 4600 and pct(4620 - 4180, 4180) == 10.5),
    ("h1 (2470-2150)/2150 = 14.9%", pct(2470 - 2150, 2150) == 14.9),
    ("h1 true 2310+2040+270 = 4620", 2310 + 2040 + 270 == 4620),
    ("h1 2680+1410+530 = 4620", 2680 + 1410 + 530 == 4620),
    ("h1 2470+690+820+380+200 = 4560; (2470+690+820)/4560 = 87.3%", 2470 + 690 + 820 + 380 + 200 == 4560 and pct(2470 + 690 + 820, 4560) == 87.3),
    ("h1 3.1+0.64+0.46 = 4.2; 4.6 > 4.2", close(3.1 + 0.64 + 0.46, 4.2, 0.001) and 4.6 > 4.2),
    ("h1 412 persons < 31500 hours", 412 < 31500),
    ("h1 2013 -> 2025 = 12 years", span_ok(2013, 2025, 12, False)),
    ("h2 2380 x 2 > 4620 (on pace)", 2380 * 2 > 4620),
    ("h2 1.9/2.8 = 67.9%", pct(1.9, 2.8) == 67.9),
    ("h2 true 1.2+0.45+0.25 = 1.9", close(1.2 + 0.45 + 0.25, 1.9, 0.001)),
    ("h2 468 < 2380", 468 < 2380),
    ("h2 1987 -> 2025 = 38 years old", span_ok(1987, 2025, 38, False)),
    ("h2 true 1310/2470 = 53.0%", pct(1310, 2470) == 53.0),
    ("h2 true 2013 -> 2025 = 12", span_ok(2013, 2025, 12, False)),
    ("h3 2380+2430 = 4810 > 4800; 1310+1380 = 2690", 2380 + 2430 == 4810 and 4810 > 4800 and 1310 + 1380 == 2690),
    ("h3 (4810-4620)/4620 = 4.1%; (2690-2470)/2470 = 8.9%", pct(4810 - 4620, 4620) == 4.1 and pct(2690 - 2470, 2470) == 8.9),
    ("h3 2395+2110+305 = 4810; 49.8/43.9, true 6.3", 2395 + 2110 + 305 == 4810 and [pct(x, 4810) for x in (2395, 2110, 305)] == [49.8, 43.9, 6.3]),
    ("h3 4208/4750 = 88.6%", pct(4208, 4750) == 88.6),
    ("h3 2.95 > 2.8; 4.9 > 4.6", 2.95 > 2.8 and 4.9 > 4.6),
    ("h3 455 persons < 34200 hours", 455 < 34200),
    ("h3 2013 -> 2026 = 13 years", span_ok(2013, 2026, 13, False)),
    ("h3 true 2470+2690 = 5160", 2470 + 2690 == 5160),
    ("h3 true 2009 -> 2026 = 17", span_ok(2009, 2026, 17, False)),
    # brenlow (lodging tax, short-term rentals)
    ("b1 6.84 > 6.8; (6.84-6.31)/6.31 = 8.4%", 6.84 > 6.8 and pct(6.84 - 6.31, 6.31) == 8.4),
    ("b1 4.92+1.92 = 6.84; 1.92/6.84 = 28.1%", close(4.92 + 1.92, 6.84, 0.001) and pct(1.92, 6.84) == 28.1),
    ("b1 (1386-1140)/1140 = 21.6%", pct(1386 - 1140, 1140) == 21.6),
    ("b1 812+433+141 = 1386", 812 + 433 + 141 == 1386),
    ("b1 true 598+446+342 = 1386; 600-598 = 2", 598 + 446 + 342 == 1386 and 600 - 598 == 2),
    ("b1 1386/18400 = about 7.5%", round(100 * 1386 / 18400, 1) == 7.5),
    ("b1 true remaining 15%; 1.03/6.84 = 15.1%; 0.15 x 6.84 = 1.03", 100 - 55 - 30 == 15 and pct(1.03, 6.84) == 15.1 and round(0.15 * 6.84, 2) == 1.03),
    ("b1 131 properties < 214 complaints", 131 < 214),
    ("b1 2017..2024 = eighth year", span_ok(2017, 2024, 8, True)),
    ("b1 1386 x 325 about 450,000", round(1386 * 325, -4) == 450000),
    ("b2 3.71/7.1 = 52.3%; 3.71/6.84 = 54.2%", pct(3.71, 7.1) == 52.3 and pct(3.71, 6.84) == 54.2),
    ("b2 true 2.64+1.07 = 3.71", close(2.64 + 1.07, 3.71, 0.001)),
    ("b2 0.41 < 3.71", 0.41 < 3.71),
    ("b2 1386+66 = 1452", 1386 + 66 == 1452),
    ("b2 1871 + 100 = 1971", span_ok(1871, 1971, 100, False)),
    ("b2 1452 x 325 about 472,000", round(1452 * 325, -3) == 472000),
    ("b2 true 2017..2024 = eighth year", span_ok(2017, 2024, 8, True)),
    ("b3 7.26 > 7.1; (7.26-6.84)/6.84 = 6.1%", 7.26 > 7.1 and pct(7.26 - 6.84, 6.84) == 6.1),
    ("b3 true 3.71+3.55 = 7.26", close(3.71 + 3.55, 7.26, 0.001)),
    ("b3 5.14+2.12 = 7.26; 2.12/7.26 = 29.2%", close(5.14 + 2.12, 7.26, 0.001) and pct(2.12, 7.26) == 29.2),
    ("b3 (7.26-6.31)/6.31 = 15.1%", pct(7.26 - 6.31, 6.31) == 15.1),
    ("b3 1386+138 = 1524; 138/1386 = 10.0%", 1386 + 138 == 1524 and pct(138, 1386) == 10.0),
    ("b3 868+462+194 = 1524; 57.0/30.3, true 12.7", 868 + 462 + 194 == 1524 and [pct(x, 1524) for x in (868, 462, 194)] == [57.0, 30.3, 12.7]),
    ("b3 6.84+7.26 = 14.10", close(6.84 + 7.26, 14.10, 0.001)),
    ("b3 1871 -> 2025 = 154 years", span_ok(1871, 2025, 154, False)),
    ("b3 7.5 > 7.26; 117 < 188", 7.5 > 7.26 and 117 < 188),
    ("b3 true 2017 -> 2025 = 8 years", span_ok(2017, 2025, 8, False)),
]

FAIL = [
    # conflict: the two values differ
    ("m01 3.86 == 3.68; 1.42+1.65+0.79 = 3.68", 3.86 == 3.68 or close(1.42 + 1.65 + 0.79, 3.68, 0.001)),
    ("m05 168万 == 16.8万", 1680000 == 168000),
    ("m07 4.12 == 4.02; 1.58+1.72+0.82 = 4.02", 4.12 == 4.02 or close(1.58 + 1.72 + 0.82, 4.02, 0.001)),
    ("m09 62.1 == 61.2; 61.3+0.8 = 61.2", 62.1 == 61.2 or close(61.3 + 0.8, 61.2, 0.001)),
    ("m13 13200 == 12300; 9860+3340 = 12300", 13200 == 12300 or 9860 + 3340 == 12300),
    ("m16 3480 == 3840", 3480 == 3840),
    ("m20 6850 == 6580; (7920-6580)/6580 = 15.6%; 2400+1650+2800 = 6580", 6850 == 6580 or pct(7920 - 6580, 6580) == 15.6 or 2400 + 1650 + 2800 == 6580),
    ("m24 2470 == 2740; (2740-2150)/2150 = 14.9%", 2470 == 2740 or pct(2740 - 2150, 2150) == 14.9),
    ("m28 34200 == 3420", 34200 == 3420),
    ("m31 87.3 == 84.3; (2470+690+820)/4560 = 84.3%", 87.3 == 84.3 or pct(2470 + 690 + 820, 4560) == 84.3),
    ("m35 1.92 million == 192,000; 4.92+0.192 = 6.84", 1920000 == 192000 or close(4.92 + 0.192, 6.84, 0.001)),
    ("m42 6.31 == 6.13; (6.84-6.13)/6.13 = 8.4%; 7.26/6.13 = +15.1%", 6.31 == 6.13 or pct(6.84 - 6.13, 6.13) == 8.4 or pct(7.26 - 6.13, 6.13) == 15.1),
    # shares
    ("m02 43.8+30.5+28.5 = 100; 3300/12800 = 28.5%", close(43.8 + 30.5 + 28.5, 100, 0.15) or pct(3300, 12800) == 28.5),
    ("m06 2.35/4 = 53.8%", pct(2.35, 4) == 53.8),
    ("m10 2.35/4.12 = 61.5%", pct(2.35, 4.12) == 61.5),
    ("m14 35.0+24.1+42.9 = 100; 2800/6850 = 42.9%", close(35.0 + 24.1 + 42.9, 100, 0.15) or pct(2800, 6850) == 42.9),
    ("m17 18.4+33.6+40.2+5.2 = 100", close(18.4 + 33.6 + 40.2 + 5.2, 100, 0.15)),
    ("m21 1400/2600 = 58.3%", pct(1400, 2600) == 58.3),
    ("m27 49.8+43.9+8.3 = 100; 305/4810 = 8.3%", close(49.8 + 43.9 + 8.3, 100, 0.15) or pct(305, 4810) == 8.3),
    ("m32 1310/2470 = 58.7%", pct(1310, 2470) == 58.7),
    ("m36 55+30+20 = 100; 1.03/6.84 = 20%", close(55 + 30 + 20, 100, 0.15) or r0(100 * 1.03 / 6.84) == 20),
    ("m39 57.0+30.3+14.7 = 100; 194/1524 = 14.7%", close(57.0 + 30.3 + 14.7, 100, 0.15) or pct(194, 1524) == 14.7),
    ("m43 1.92/6.84 = 26.4%", pct(1.92, 6.84) == 26.4),
    # sum
    ("m03 15+96+471 = 562", 15 + 96 + 471 == 562),
    ("m08 1.86+1.64+0.72 = 4.12", close(1.86 + 1.64 + 0.72, 4.12, 0.001)),
    ("m11 3.86+4.12 = 7.89", close(3.86 + 4.12, 7.89, 0.001)),
    ("m19 260+580+420+160 = 1400", 260 + 580 + 420 + 160 == 1400),
    ("m22 2800+3400 = 6400", 2800 + 3400 == 6400),
    ("m25 2310+2040+370 = 4620", 2310 + 2040 + 370 == 4620),
    ("m29 1.2+0.45+0.35 = 1.9", close(1.2 + 0.45 + 0.35, 1.9, 0.001)),
    ("m33 2470+2690 = 5260", 2470 + 2690 == 5260),
    ("m37 598+446+324 = 1386", 598 + 446 + 324 == 1386),
    ("m40 2.64+1.17 = 3.71", close(2.64 + 1.17, 3.71, 0.001)),
    ("m44 3.71+3.45 = 7.26", close(3.71 + 3.45, 7.26, 0.001)),
    # date (each fails under both counting conventions)
    ("m04 1958..2024 = 六十周年", not span_fails_both(1958, 2024, 60)),
    ("m12 2018..2025 = 九年来", not span_fails_both(2018, 2025, 9)),
    ("m15 2020..2024 = 满六年", not span_fails_both(2020, 2024, 6)),
    ("m18 2019..2024 = 七年间", not span_fails_both(2019, 2024, 7)),
    ("m23 2020..2025 = 四年来", not span_fails_both(2020, 2025, 4)),
    ("m26 1987..2025 = turns 40", not span_fails_both(1987, 2025, 40)),
    ("m30 2013..2025 = 10th anniversary", not span_fails_both(2013, 2025, 10)),
    ("m34 2009..2026 = 15 years since", not span_fails_both(2009, 2026, 15)),
    ("m38 1871..2025 (next year) = 150th anniversary (also fails for 2024)", not (span_fails_both(1871, 2025, 150) and span_fails_both(1871, 2024, 150))),
    ("m41 2017..2024 = ninth year", not span_fails_both(2017, 2024, 9)),
    ("m45 2017..2025 = ten years ago", not span_fails_both(2017, 2025, 10)),
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
    if counts[("mistakes", k, "within")] < 6:
        err("fewer than 6 within-article mistakes of kind %s" % k)
    if counts[("mistakes", k, "across")] < 3:
        err("fewer than 3 across-article mistakes of kind %s" % k)
if nm < 40:
    err("fewer than 40 mistakes (%d)" % nm)
if nd < 60:
    err("fewer than 60 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
