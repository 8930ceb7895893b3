#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (bench/sets/planted8).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 14-25 lines, 800-3,000 characters and a headline as the first line
   after its date or front matter; at least 45 mistakes, for each kind at least 4 within one
   article and at least 2 across articles, and at least 120 decoys.
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
    nchar = len("\n".join(lines).strip())
    if not (800 <= nchar <= 3000):
        err("%s: %d characters, outside 800-3,000" % (f, nchar))
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
    # luoxi (county tourism)
    ("l1 headline 超1450 < 1452.3", 1452.3 > 1450),
    ("l1 (1452.3-1286.5)/1286.5 = +12.9%", pct(1452.3 - 1286.5, 1286.5) == 12.9),
    ("l1 (136.7-118.4)/118.4 = +15.5%", pct(136.7 - 118.4, 118.4) == 15.5),
    ("l1 398.6+1053.7 = 1452.3; 27.4%", close(398.6 + 1053.7, 1452.3, 0.001) and pct(398.6, 1452.3) == 27.4),
    ("l1 136.7亿/1452.3万 = 941元", round(136.7e8 / 1452.3e4) == 941),
    ("l1 941-920 = 21元", round(136.7e8 / 1452.3e4 - 118.4e8 / 1286.5e4) == 21),
    ("l1 revenue parts = 136.7", close(28.9 + 34.6 + 31.8 + 12.3 + 29.1, 136.7, 0.001)),
    ("l1 34.6/136.7 = 25.3% > 31.8/136.7", pct(34.6, 136.7) == 25.3 and 34.6 > 31.8),
    ("l1 852.9/1452.3 近六成", 55 < pct(852.9, 1452.3) < 60),
    ("l1 true 412.6+286.4+153.9 = 852.9", close(412.6 + 286.4 + 153.9, 852.9, 0.001)),
    ("l1 23+864+381 = 1268", 23 + 864 + 381 == 1268),
    ("l1 1.52/3.86 约四成", 37 < pct(1.52, 3.86) < 43),
    ("l1 27.5/25 = 110%", pct(27.5, 25) == 110.0),
    ("l1 8.6/27.5 三成以上", 30 < pct(8.6, 27.5) < 35),
    ("l1 1550/1452.3 = +6.7%; 150/136.7 = +9.7%", pct(1550 - 1452.3, 1452.3) == 6.7 and pct(150 - 136.7, 136.7) == 9.7),
    ("l1 true 2009..2025 = 第十七个年头", 2025 - 2009 + 1 == 17),
    ("l2 (786.4-716.2)/716.2 = +9.8%", pct(786.4 - 716.2, 716.2) == 9.8),
    ("l2 7.7/(74.2-7.7) = +11.6%", pct(7.7, 74.2 - 7.7) == 11.6),
    ("l2 231.5+554.9 = 786.4; 29.4%", close(231.5 + 554.9, 786.4, 0.001) and pct(231.5, 786.4) == 29.4),
    ("l2 224.8+152.3+84.1 = 461.2; 58.6%", close(224.8 + 152.3 + 84.1, 461.2, 0.001) and pct(461.2, 786.4) == 58.6),
    ("l2 19.7, 17.9, 15.6 of 74.2 = 26.5, 24.1, 21.0", [pct(x, 74.2) for x in (19.7, 17.9, 15.6)] == [26.5, 24.1, 21.0]),
    ("l2 true remainder 21.0/74.2 = 28.3%", pct(74.2 - 19.7 - 17.9 - 15.6, 74.2) == 28.3),
    ("l2 786.4/1550 = 50.7%", pct(786.4, 1550) == 50.7),
    ("l2 2025-2009 = 16", 2025 - 2009 == 16),
    ("l2 864+48 = 912", 864 + 48 == 912),
    ("l2 16.2/30 = 54.0%; 54-50 = 4", pct(16.2, 30) == 54.0 and 54 - 50 == 4),
    ("l2 2008..2025 = 第十八届", 2025 - 2008 + 1 == 18),
    ("l3 (1563.8-1452.3)/1452.3 = +7.7%", pct(1563.8 - 1452.3, 1452.3) == 7.7),
    ("l3 (151.2-136.7)/136.7 = +10.6%", pct(151.2 - 136.7, 136.7) == 10.6),
    ("l3 1563.8 > 1550; 151.2 > 150", 1563.8 > 1550 and 151.2 > 150),
    ("l3 472.4+1091.4 = 1563.8; 30.2%; +2.8 points", close(472.4 + 1091.4, 1563.8, 0.001) and pct(472.4, 1563.8) == 30.2 and close(30.2 - 27.4, 2.8, 0.001)),
    ("l3 revenue parts = 151.2", close(39.8 + 35.1 + 32.6 + 13.4 + 30.3, 151.2, 0.001)),
    ("l3 13.4/151.2 = 8.9% < 12.3/136.7 = 9.0%", pct(13.4, 151.2) == 8.9 and pct(12.3, 136.7) == 9.0),
    ("l3 2025-2009 = 16", 2025 - 2009 == 16),
    ("l3 (468.5-412.6)/412.6 = +13.5%", pct(468.5 - 412.6, 412.6) == 13.5),
    ("l3 468.5+312.7+171.2 = 952.4; 六成以上", close(468.5 + 312.7 + 171.2, 952.4, 0.001) and 60 < pct(952.4, 1563.8) < 65),
    ("l3 468.5/1563.8 = 30.0%; 312.7/1563.8 = 20.0%", pct(468.5, 1563.8) == 30.0 and pct(312.7, 1563.8) == 20.0),
    ("l3 (11.4-9.8)/9.8 = +16.3%", pct(11.4 - 9.8, 9.8) == 16.3),
    ("l3 35 >= 28+5", 35 >= 28 + 5),
    ("l3 1452.3+1563.8 = 3016.1", close(1452.3 + 1563.8, 3016.1, 0.001)),
    ("l3 true 136.7+151.2 = 287.9", close(136.7 + 151.2, 287.9, 0.001)),
    ("l3 31.8/30 = 106.0%", pct(31.8, 30) == 106.0),
    ("l3 151.2*1.08 = 163.3 >= 163", 151.2 * 1.08 >= 163),
    ("l3 true 2008..2026 = 第十九届", 2026 - 2008 + 1 == 19),
    # heting (hospital group)
    ("h1 近487 ~ 486.7", 486 < 486.7 < 487),
    ("h1 (486.7-452.1)/452.1 = +7.7%", pct(486.7 - 452.1, 452.1) == 7.7),
    ("h1 0.84/(15.82-0.84) = +5.6%", pct(0.84, 15.82 - 0.84) == 5.6),
    ("h1 1.87/6.43 = 29.1%", pct(1.87, 6.43) == 29.1),
    ("h1 true 3+14+9 = 26", 3 + 14 + 9 == 26),
    ("h1 1600+850+700 = 3150", 1600 + 850 + 700 == 3150),
    ("h1 bed shares true", [pct(x, 3150) for x in (1600, 850, 700)] == [50.8, 27.0, 22.2]),
    ("h1 5914/6820 = 86.7%", pct(5914, 6820) == 86.7),
    ("h1 2.36/1.18 = 2", close(2.36 / 1.18, 2.0, 0.001)),
    ("h1 7.9-7.2 = 0.7", close(7.9 - 7.2, 0.7, 0.001)),
    ("h1 33.27+3.12+2.25 = 38.64", close(33.27 + 3.12 + 2.25, 38.64, 0.001)),
    ("h1 true 2025-2016 = 9", 2025 - 2016 == 9),
    ("h1 true 168.3/486.7 = 34.6%", pct(168.3, 486.7) == 34.6),
    ("h2 true 18.6-2.4-9.5-3.8 = 2.9", close(18.6 - 2.4 - 9.5 - 3.8, 2.9, 0.001)),
    ("h2 2023-03..2026-06 = 39 months", months(2023, 3, 2026, 6) == 39),
    ("h2 12.7/18.6 = 68.3%", pct(12.7, 18.6) == 68.3),
    ("h2 3150+1200 = 4350; 1200/3150 = 38.1%", 3150 + 1200 == 4350 and pct(1200, 3150) == 38.1),
    ("h2 118.6/335.2 = 35.4%", pct(118.6, 335.2) == 35.4),
    ("h2 2019-12..2025-09 近六年", 66 <= months(2019, 12, 2025, 9) < 72),
    ("h2 2025-2021 = 4", 2025 - 2021 == 4),
    ("h2 263+157 = 420", 263 + 157 == 420),
    ("h2 5 shared centres listed", len("影像、检验、病理、心电、消毒供应".split("、")) == 5),
    ("h3 (521.4-486.7)/486.7 = +7.1%", pct(521.4 - 486.7, 486.7) == 7.1),
    ("h3 (16.93-15.82)/15.82 = +7.0%", pct(16.93 - 15.82, 15.82) == 7.0),
    ("h3 2.21/7.02 = 31.5%; 31.5-29.1 = 2.4", pct(2.21, 7.02) == 31.5 and close(31.5 - 29.1, 2.4, 0.001)),
    ("h3 189.6 >= 180; 189.6/521.4 = 36.4%", 189.6 >= 180 and pct(189.6, 521.4) == 36.4),
    ("h3 true 2.36+2.91 = 5.27", close(2.36 + 2.91, 5.27, 0.001)),
    ("h3 (41.85-38.64)/38.64 = +8.3%", pct(41.85 - 38.64, 38.64) == 8.3),
    ("h3 36.02+3.36+2.47 = 41.85", close(36.02 + 3.36 + 2.47, 41.85, 0.001)),
    ("h3 26.8-25.9 = 0.9", close(26.8 - 25.9, 0.9, 0.001)),
    ("h3 2019-12..2026-03 六年多", 72 < months(2019, 12, 2026, 3) < 84),
    ("h3 true 2026-1952 = 74", 2026 - 1952 == 74),
    ("h3 4.86 < 5.31; 5.31-4.86 <= 1.52", 4.86 < 5.31 and 5.31 - 4.86 <= 1.52),
    ("h3 521.4 > 520 forecast", 521.4 > 520),
    # shiyao (water diversion)
    ("s1 24.5/32.68 = 75.0%", pct(24.5, 32.68) == 75.0),
    ("s1 2022-10 + 38 months = 2025-12", months(2022, 10, 2025, 12) == 38),
    ("s1 41.7+38.2+6.5 = 86.4", close(41.7 + 38.2 + 6.5, 86.4, 0.001)),
    ("s1 11.2+6.5+9.8+5.18 = 32.68", close(11.2 + 6.5 + 9.8 + 5.18, 32.68, 0.001)),
    ("s1 9.6/11 = 87.3%", pct(9.6, 11) == 87.3),
    ("s1 14.9+9.6 = 24.5", close(14.9 + 9.6, 24.5, 0.001)),
    ("s1 5940+2430+5130 = 13500 = 1.35亿", 5940 + 2430 + 5130 == 13500),
    ("s1 true shares 44/18/38", [pct(x, 13500) for x in (5940, 2430, 5130)] == [44.0, 18.0, 38.0]),
    ("s1 9.8+13.8 = 23.6", close(9.8 + 13.8, 23.6, 0.001)),
    ("s1 1286/342 = 3.8", round(1286 / 342, 1) == 3.8),
    ("s1 2024-1958 = 66", 2024 - 1958 == 66),
    ("s1 1.64-1.12 = 0.52; 46.4%", close(1.64 - 1.12, 0.52, 0.001) and pct(0.52, 1.12) == 46.4),
    ("s1 131/167 = 78.4%; 167-131 = 36", pct(131, 167) == 78.4 and 167 - 131 == 36),
    ("s2 68.5 近七十万", 65 < 68.5 < 70),
    ("s2 2020-12..2022-10 < 24 months", months(2020, 12, 2022, 10) < 24),
    ("s2 true 7+4+2 = 13", 7 + 4 + 2 == 13),
    ("s2 41.7/86.4 近一半", 45 < pct(41.7, 86.4) < 50),
    ("s2 11.2/32.68 约三分之一", abs(pct(11.2, 32.68) - 33.3) < 1.5),
    ("s2 true 6.5/32.68 = 19.9%", pct(6.5, 32.68) == 19.9),
    ("s2 true 2022-1958 = 64", 2022 - 1958 == 64),
    ("s2 14.9-9.3 = 5.6 for 2022; 9.3 < 9.6 (提速 in 2024)", close(14.9 - 9.3, 5.6, 0.001) and 9.3 < 9.6),
    ("s2 44+18+38 = 100", 44 + 18 + 38 == 100),
    ("s3 32.68亿-31.94亿 = 7400万", round((32.68 - 31.94) * 10000) == 7400),
    ("s3 25.8+6.14 = 31.94", close(25.8 + 6.14, 31.94, 0.001)),
    ("s3 24.5 (Oct 2024) <= 25.8 (Dec 2024); 25.8-14.9 = 10.9 ~ plan 11", 24.5 <= 25.8 and close(25.8 - 14.9, 10.9, 0.001)),
    ("s3 true 41.7/86.4 = 48.3%", pct(41.7, 86.4) == 48.3),
    ("s3 true 68.5-36.9 = 31.6", close(68.5 - 36.9, 31.6, 0.001)),
    ("s3 6 -> 14 一倍多", 1 < (14 - 6) / 6 < 2),
    ("s3 true 2025-1958 = 67", 2025 - 1958 == 67),
    ("s3 628 <= 1286", 628 <= 1286),
    # glenhollow (school district)
    ("g1 148.6+4.6 = 153.2; +3.1%", close(148.6 + 4.6, 153.2, 0.001) and pct(4.6, 148.6) == 3.1),
    ("g1 12106-264 = 11842; 2.2%", 12106 - 264 == 11842 and pct(264, 12106) == 2.2),
    ("g1 12870-11842 ~ 1,000", abs(12870 - 11842 - 1000) < 50),
    ("g1 true 21+11+6 = 38", 21 + 11 + 6 == 38),
    ("g1 119.5+8.9+17.4+7.4 = 153.2", close(119.5 + 8.9 + 17.4 + 7.4, 153.2, 0.001)),
    ("g1 spending shares 78.0/5.8/11.4/4.8", [pct(x, 153.2) for x in (119.5, 8.9, 17.4, 7.4)] == [78.0, 5.8, 11.4, 4.8]),
    ("g1 91.4+52.7+6.3+2.8 = 153.2", close(91.4 + 52.7 + 6.3 + 2.8, 153.2, 0.001)),
    ("g1 148.6M/11842 = 12,550", round(148.6e6 / 11842, -1) == 12550),
    ("g1 153.2M/11650 = 13,150", round(153.2e6 / 11650, -1) == 13150),
    ("g1 14.1/153.2 = 9.2% > 8%", pct(14.1, 153.2) == 9.2 and 9.2 > 8),
    ("g1 2025-2005 = 20", 2025 - 2005 == 20),
    ("g1 2025-03-11 is a Tuesday (proposed Monday)", D(2025, 3, 11).weekday() == 1),
    ("g2 153.9-153.2 = 0.7M = $700,000", round((153.9 - 153.2) * 1e6) == 700000),
    ("g2 38-9 = 29; 6+3 = 9", 38 - 9 == 29 and 6 + 3 == 9),
    ("g2 91.4+52.7+7.0+2.8 = 153.9", close(91.4 + 52.7 + 7.0 + 2.8, 153.9, 0.001)),
    ("g2 revenue shares", [pct(x, 153.9) for x in (91.4, 52.7, 7.0, 2.8)] == [59.4, 34.2, 4.5, 1.8]
     and close(59.4 + 34.2 + 4.5 + 1.8, 99.9)),
    ("g2 6.3+0.7 = 7.0", close(6.3 + 0.7, 7.0, 0.001)),
    ("g2 119.5+0.6 = 120.1", close(119.5 + 0.6, 120.1, 0.001)),
    ("g2 9.8/52.7 roughly one-fifth", 17 < pct(9.8, 52.7) < 23),
    ("g2 612/640 = 96%", round(100 * 612 / 640) == 96),
    ("g2 12+4+2 = 18", 12 + 4 + 2 == 18),
    ("g2 true 2025-2022 = 3 (not last year)", 2025 - 2022 == 3),
    ("g2 2025-06-25 is a Wednesday (adopted Tuesday)", D(2025, 6, 25).weekday() == 2),
    ("g3 11842-231 = 11611; 2.0%", 11842 - 231 == 11611 and pct(231, 11842) == 2.0),
    ("g3 11611 < 11650", 11611 < 11650),
    ("g3 true 120.1/153.9 = 78.0%", pct(120.1, 153.9) == 78.0),
    ("g3 14.6-14.1 = 0.5M", round((14.6 - 14.1) * 1e6) == 500000),
    ("g3 5.2/153.9 = 3.4%", pct(5.2, 153.9) == 3.4),
    ("g3 true 2019..2026 = 8th calendar year, 7th school year", 2026 - 2019 + 1 == 8 and 2026 - 2019 == 7),
    ("g3 2026-02-17 is a Tuesday (warned Monday)", D(2026, 2, 17).weekday() == 1),
    # corvane (airport)
    ("c1 (612480-549800)/549800 = +11.4%", pct(612480 - 549800, 549800) == 11.4),
    ("c1 306950+305530 = 612480", 306950 + 305530 == 612480),
    ("c1 2024-2019 = 5", 2024 - 2019 == 5),
    ("c1 281740+214370+116370 = 612480; 46.0%", 281740 + 214370 + 116370 == 612480 and pct(281740, 612480) == 46.0),
    ("c1 5.1+4.6+3.9+1.2 = 14.8", close(5.1 + 4.6 + 3.9 + 1.2, 14.8, 0.001)),
    ("c1 revenue shares true", [pct(x, 14.8) for x in (5.1, 4.6, 3.9, 1.2)] == [34.5, 31.1, 26.4, 8.1]),
    ("c1 5.1/4.67 = +9.2%", pct(5.1 - 4.67, 4.67) == 9.2),
    ("c1 27.4+9.6+14.2+17.3 = 68.5", close(27.4 + 9.6 + 14.2 + 17.3, 68.5, 0.001)),
    ("c1 true 1947-1940 = 7", 1947 - 1940 == 7),
    ("c1 612480*1.04 ~ 637000; *1.06 ~ 649000", abs(612480 * 1.04 - 637000) < 500 and abs(612480 * 1.06 - 649000) < 500),
    ("c1 2025-02-04 is a Tuesday (told Monday)", D(2025, 2, 4).weekday() == 1),
    ("c2 2025-1947 = 78", 2025 - 1947 == 78),
    ("c2 5+4 = 9; 58000+42000 = 100000; 42/58 = 72%", 5 + 4 == 9 and 58000 + 42000 == 100000 and round(100 * 42000 / 58000) == 72),
    ("c2 27.4/68.5 = 40.0%", pct(27.4, 68.5) == 40.0),
    ("c2 (381200-350700)/350700 = +8.7%", pct(381200 - 350700, 350700) == 8.7),
    ("c2 true 214370/612480 = 35.0%", pct(214370, 612480) == 35.0),
    ("c2 true 2025-1986 = 39", 2025 - 1986 == 39),
    ("c2 Aug 2025 + 20 months = Apr 2027 (spring)", months(2025, 8, 2027, 4) == 20),
    ("c2 1850+400 = 2250; 3.2M/400 = 8000", 1850 + 400 == 2250 and 3.2e6 / 400 == 8000),
    ("c2 612480*1.087 ~ 665,000", abs(612480 * 1.087 - 665000) < 1500),
    ("c2 2025-08-19 is a Tuesday (broke ground Monday)", D(2025, 8, 19).weekday() == 1),
    ("c3 (14.8-11.6)/11.6 = +27.6%", pct(14.8 - 11.6, 11.6) == 27.6),
    ("c3 true 549800+612480 = 1162280", 549800 + 612480 == 1162280),
    ("c3 1120+480+250 = 1850; shares 60.5/25.9/13.5", 1120 + 480 + 250 == 1850
     and [pct(x, 1850) for x in (1120, 480, 250)] == [60.5, 25.9, 13.5] and close(60.5 + 25.9 + 13.5, 99.9)),
    ("c3 true 2017-1996 = 21", 2017 - 1996 == 21),
    ("c3 1998+25 = 2023", 1998 + 25 == 2023),
    ("c3 4.50*306950 ~ 1.38M", round(4.5 * 306950 / 1e6, 2) == 1.38),
    ("c3 14.2/1.38 ~ 10 years", 9.5 < 14.2 / 1.38 < 10.5),
    # wexcombe (housing authority)
    ("w1 4120+2795 = 6915 nears 7,000", 4120 + 2795 == 6915 and 6915 < 7000),
    ("w1 2024-2017 = 7", 2024 - 2017 == 7),
    ("w1 62+84+38 = 184", 62 + 84 + 38 == 184),
    ("w1 37+110+37 = 184; 37/184 ~ 20%", 37 + 110 + 37 == 184 and round(100 * 37 / 184) == 20),
    ("w1 true 110/184 = 59.8%", pct(110, 184) == 59.8),
    ("w1 31.2+18.9+9.5+7.4+4.6 = 71.6", close(31.2 + 18.9 + 9.5 + 7.4 + 4.6, 71.6, 0.001)),
    ("w1 71.6M/184 ~ 389,000", round(71.6e6 / 184, -3) == 389000),
    ("w1 true 2024-2003 = 21", 2024 - 2003 == 21),
    ("w1 1954-1952 = 2", 1954 - 1952 == 2),
    ("w1 2024-10-08 is a Tuesday (approved Monday)", D(2024, 10, 8).weekday() == 1),
    ("w2 71.6+2.6 = 74.2", close(71.6 + 2.6, 74.2, 0.001)),
    ("w2 61.4/58.3 = +5.3%", pct(61.4 - 58.3, 58.3) == 5.3),
    ("w2 42.6/61.4 ~ 69%", round(100 * 42.6 / 61.4) == 69),
    ("w2 3380+2146 = 5526; 61.2%", 3380 + 2146 == 5526 and pct(3380, 5526) == 61.2),
    ("w2 true 2795/6915 = 40.4%; 2795/6951 = 40.2%", pct(2795, 6915) == 40.4 and pct(2795, 6951) == 40.2),
    ("w2 true 2025-1952 = 73", 2025 - 1952 == 73),
    ("w2 2025-2003 = 22", 2025 - 2003 == 22),
    ("w2 2146+184 = 2330", 2146 + 184 == 2330),
    ("w2 2025-06-10 is a Tuesday (began Monday)", D(2025, 6, 10).weekday() == 1),
]

# (label, holds?) -- each planted mistake: the stated relation must FAIL
FAIL = [
    # conflict: the two values differ
    ("m01 1452.3 == 1425.3", 1452.3 == 1425.3),
    ("m02 151.2亿 == 151.2万", 151.2e8 == 151.2e4),
    ("m03 15.82 == 15.87", 15.82 == 15.87),
    ("m04 486.7 == 468.7", 486.7 == 468.7),
    ("m05 86.4 == 86.7", 86.4 == 86.7),
    ("m06 68.5 == 68.3", 68.5 == 68.3),
    ("m07 153.2 == 152.3", 153.2 == 152.3),
    ("m08 11842 == 11846", 11842 == 11846),
    ("m09 11611 == 11661", 11611 == 11661),
    ("m10 612480 == 602480", 612480 == 602480),
    ("m11 27.4 == 27.1", 27.4 == 27.1),
    ("m12 184 == 186", 184 == 186),
    ("m13 74.2 == 74.8", 74.2 == 74.8),
    # shares
    ("m14 26.5+24.1+21.0+30.4 = 100", close(26.5 + 24.1 + 21.0 + 30.4, 100.0, 0.15)),
    ("m14 21.0/74.2 = 30.4%", pct(74.2 - 19.7 - 17.9 - 15.6, 74.2) == 30.4),
    ("m15 171.2/1563.8 = 12.9%", pct(171.2, 1563.8) == 12.9),
    ("m16 50.8+27.0+24.2 = 100", close(50.8 + 27.0 + 24.2, 100.0, 0.15)),
    ("m16 700/3150 = 24.2%", pct(700, 3150) == 24.2),
    ("m17 168.3/486.7 = 35.6%", pct(168.3, 486.7) == 35.6),
    ("m18 44+18+36 = 100", close(44 + 18 + 36, 100.0, 0.6)),
    ("m18 5130/13500 = 36%", round(100 * 5130 / 13500) == 36),
    ("m19 6.5/32.68 = 21.9%", pct(6.5, 32.68) == 21.9),
    ("m20 41.7/86.4 = 52.3%", pct(41.7, 86.4) == 52.3),
    ("m21 78.0+5.8+11.4+2.8 = 100", close(78.0 + 5.8 + 11.4 + 2.8, 100.0, 0.15)),
    ("m21 7.4/153.2 = 2.8%", pct(7.4, 153.2) == 2.8),
    ("m22 120.1/153.9 = 76.0%", pct(120.1, 153.9) == 76.0),
    ("m23 34.5+31.1+26.4+6.1 = 100", close(34.5 + 31.1 + 26.4 + 6.1, 100.0, 0.15)),
    ("m23 1.2/14.8 = 6.1%", pct(1.2, 14.8) == 6.1),
    ("m24 214370/612480 = 38.0%", pct(214370, 612480) == 38.0),
    ("m25 110/184 = 65%", round(100 * 110 / 184) == 65),
    ("m26 2795/6915 = 44.6% (or of 6951)", pct(2795, 6915) == 44.6 or pct(2795, 6951) == 44.6),
    # sum
    ("m27 412.6+286.4+135.9 = 852.9", close(412.6 + 286.4 + 135.9, 852.9, 0.001)),
    ("m28 136.7+151.2 = 278.9", close(136.7 + 151.2, 278.9, 0.001)),
    ("m29 3+14+9 = 28", 3 + 14 + 9 == 28),
    ("m30 2.4+9.5+3.8+2.6 = 18.6", close(2.4 + 9.5 + 3.8 + 2.6, 18.6, 0.001)),
    ("m31 2.36+2.91 = 5.72", close(2.36 + 2.91, 5.72, 0.001)),
    ("m32 7+4+2 = 12", 7 + 4 + 2 == 12),
    ("m33 29.6+36.9 = 68.5", close(29.6 + 36.9, 68.5, 0.001)),
    ("m34 21+11+4 = 38", 21 + 11 + 4 == 38),
    ("m35 2.9+1.6+0.9 = 5.2", close(2.9 + 1.6 + 0.9, 5.2, 0.001)),
    ("m36 6+5+4 = 14", 6 + 5 + 4 == 14),
    ("m37 549800+612480 = 1126280", 549800 + 612480 == 1126280),
    ("m38 4120+2795 = 6951", 4120 + 2795 == 6951),
    # date (each fails under both counting conventions)
    ("m39 2009..2025 = 第十五个年头", 2025 - 2009 + 1 == 15 or 2025 - 2009 == 15),
    ("m40 2008..2026 = 第二十届", 2026 - 2008 + 1 == 20 or 2026 - 2008 == 20),
    ("m41 2016..2025 = 十一年", 2025 - 2016 == 11 or 2025 - 2016 + 1 == 11),
    ("m42 2026-1952 = 72", 2026 - 1952 == 72),
    ("m43 2022-1958 = 54", 2022 - 1958 == 54),
    ("m44 2025-1958 = 69", 2025 - 1958 == 69 or 2025 - 1958 + 1 == 69),
    ("m45 last year (2025-1) = 2022", 2025 - 1 == 2022),
    ("m46 2019..2026 = fifth year", 2026 - 2019 + 1 == 5 or 2026 - 2019 == 5),
    ("m47 1947-1940 = 5", 1947 - 1940 == 5),
    ("m48 2025-1986 = 42", 2025 - 1986 == 42),
    ("m49 2017-1996 = 19", 2017 - 1996 == 19),
    ("m50 2024-2003 = 25", 2024 - 2003 == 25),
    ("m51 2025-1952 = 75", 2025 - 1952 == 75),
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
if nd < 120:
    err("fewer than 120 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
