#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted29).

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
    # quyang (high-standard farmland, 渠阳县)
    ("Q1 38.6+3.8 = 42.4; 3.8/3.6 = 105.6%; 42.4/61.5 = 68.9%; true 1.12+0.96+0.87+0.85 = 3.80; 3.42+1.71+0.52+1.19 = 6.84; shares 50.0, 25.0, 7.6, true 17.4; (31.8-30.6)/30.6 = 3.9%; 184+97+45 = 326; 97/326 = 29.8% (近三成)",
     close(38.6 + 3.8, 42.4, 0.001) and pct(3.8, 3.6) == 105.6 and pct(42.4, 61.5) == 68.9 and close(1.12 + 0.96 + 0.87 + 0.85, 3.80, 0.001) and close(3.42 + 1.71 + 0.52 + 1.19, 6.84, 0.001) and [pct(x, 6.84) for x in (3.42, 1.71, 0.52, 1.19)] == [50.0, 25.0, 7.6, 17.4] and pct(31.8 - 30.6, 30.6) == 3.9 and 184 + 97 + 45 == 326 and 27 <= pct(97, 326) < 30),
    ("Q1 (7.6-6.84)/6.84 = 11.1%; 4.2-3.8 = 0.4; 2011..2024 = 13 years; 2016..2023 = 第八届; 渠安 35.3 < 42.4; 162 < 4860",
     pct(7.6 - 6.84, 6.84) == 11.1 and close(4.2 - 3.8, 0.4, 0.001) and span_ok(2011, 2024, 13, False) and span_ok(2016, 2023, 8, True) and 35.3 < 42.4 and 162 < 4860),
    ("Q2 42.4+2.3 = 44.7; 44.7/61.5 = 72.7%; true 2.3/4.2 = 54.8%; 0.7/1.5 = 46.7%; 4.18/7.6 = 55.0%; 2.26+1.12+0.80 = 4.18; 11+12 = 23; 4.2-2.3 = 1.9; 2013 -> 2024 = 11; 2016..2024 = 第九届; true 2019..2024 = 6th",
     close(42.4 + 2.3, 44.7, 0.001) and pct(44.7, 61.5) == 72.7 and pct(2.3, 4.2) == 54.8 and pct(0.7, 1.5) == 46.7 and pct(4.18, 7.6) == 55.0 and close(2.26 + 1.12 + 0.80, 4.18, 0.001) and 11 + 12 == 23 and close(4.2 - 2.3, 1.9, 0.001) and span_ok(2013, 2024, 11, False) and span_ok(2016, 2024, 9, True) and span_ok(2019, 2024, 6, True)),
    ("Q2 渠安 1.6 < 2.3; 152 < 318; 162 -> 175 wardens",
     1.6 < 2.3 and 152 < 318 and 162 < 175),
    ("Q3 4.3/4.2 = 102.4%; 42.4+4.3 = 46.7; 46.7/61.5 = 75.9% (约四分之三); 1.26+1.08+0.98+0.62+0.36 = 4.30; 2.3+2.0 = 4.3; 7.92/7.6 = 104.2%; true 3.86+1.98+0.61+1.47 = 7.92; true 1.47/7.92 = 18.6% = 17.4 + 1.2",
     pct(4.3, 4.2) == 102.4 and close(42.4 + 4.3, 46.7, 0.001) and pct(46.7, 61.5) == 75.9 and 73 <= pct(46.7, 61.5) <= 77 and close(1.26 + 1.08 + 0.98 + 0.62 + 0.36, 4.30, 0.001) and close(2.3 + 2.0, 4.3, 0.001) and pct(7.92, 7.6) == 104.2 and close(3.86 + 1.98 + 0.61 + 1.47, 7.92, 0.001) and pct(1.47, 7.92) == 18.6 and close(18.6 - 17.4, 1.2, 0.001)),
    ("Q3 true 6.84+7.92 = 14.76; 286+318 = 604; (33.2-31.8)/31.8 = 4.4%; 2011 -> 2025 = 14; true 2016..2025 = 10th; 46.7+3.8 = 50.5 > 50; 渠安 38.4 < 46.7; 188 < 6120; 8.5 > 7.92",
     close(6.84 + 7.92, 14.76, 0.001) and 286 + 318 == 604 and pct(33.2 - 31.8, 31.8) == 4.4 and span_ok(2011, 2025, 14, False) and span_ok(2016, 2025, 10, True) and 46.7 + 3.8 > 50 and 38.4 < 46.7 and 188 < 6120 and 8.5 > 7.92),
    # congzhou (residents' medical insurance, 琮州市)
    ("C1 305.8+118.4 = 424.2; 305.8/424.2 = 72.1%; 312.6-6.8 = 305.8; 6.8/312.6 = 2.2%; 640+380 = 1020; 640/1020 = 62.7%; 31.2-29.6 = 1.6; 18.7/(29.6/12) = 7.6 months; 20.9+3.1+4.2+1.4 = 29.6; shares 70.6, 10.5, 14.2, true 4.7",
     close(305.8 + 118.4, 424.2, 0.001) and pct(305.8, 424.2) == 72.1 and close(312.6 - 6.8, 305.8, 0.001) and pct(6.8, 312.6) == 2.2 and 640 + 380 == 1020 and pct(640, 1020) == 62.7 and close(31.2 - 29.6, 1.6, 0.001) and round(18.7 / (29.6 / 12), 1) == 7.6 and close(20.9 + 3.1 + 4.2 + 1.4, 29.6, 0.001) and [pct(x, 29.6) for x in (20.9, 3.1, 4.2, 1.4)] == [70.6, 10.5, 14.2, 4.7]),
    ("C1 true 86+42+1140 = 1268; true 2017 -> 2024 = 7 years; 2005 -> 2024 = 19 (近20年); 2020..2023 = 第四届; 670+400 = 1070; 琮阳 268.4 < 305.8; 128.6 < 486.3",
     86 + 42 + 1140 == 1268 and span_ok(2017, 2024, 7, False) and 18 <= 2024 - 2005 < 20 and span_ok(2020, 2023, 4, True) and 670 + 400 == 1070 and 268.4 < 305.8 and 128.6 < 486.3),
    ("C2 305.8-4.6 = 301.2; 11.2+1.8+2.9 = 15.9; shares 70.4, 11.3, remainder true 18.3 (2.9/15.9 = 18.2); 15.9/30.8 = 51.6%; 1176/1306 = 90.0% (九成); 38+7 = 45; 2017..2024 = 第8个年头; true 2020..2024 = 第五届; 1268 < 1306 < 1352",
     close(305.8 - 4.6, 301.2, 0.001) and close(11.2 + 1.8 + 2.9, 15.9, 0.001) and pct(11.2, 15.9) == 70.4 and pct(1.8, 15.9) == 11.3 and close(100 - 70.4 - 11.3, 18.3, 0.001) and pct(2.9, 15.9) == 18.2 and pct(15.9, 30.8) == 51.6 and 89.5 <= pct(1176, 1306) <= 90.5 and 38 + 7 == 45 and span_ok(2017, 2024, 8, True) and span_ok(2020, 2024, 5, True) and 1268 < 1306 < 1352),
    ("C2 4.1 < 6.2; 琮阳 191.6 < 268.4; 268.4 < 486.3 (half year vs year); 600 -> 800",
     4.1 < 6.2 and 191.6 < 268.4 and 268.4 < 486.3 and 600 < 800),
    ("C3 (532.7-486.3)/486.3 = 9.5%; true 268.4+264.3 = 532.7; 4.6/305.8 = 1.5%; 670+400 = 1070; (32.2-31.2)/31.2 = 3.2%; true 31.4/30.8 = 101.9%; 32.2-31.4 = 0.8; 18.7+0.8 = 19.5; 19.5/(31.4/12) = 7.5 months; 21.6+3.6+4.7+1.5 = 31.4; shares 68.8, 11.5, 15.0, 4.8 (sum 100.1)",
     pct(532.7 - 486.3, 486.3) == 9.5 and close(268.4 + 264.3, 532.7, 0.001) and pct(4.6, 305.8) == 1.5 and 670 + 400 == 1070 and pct(32.2 - 31.2, 31.2) == 3.2 and pct(31.4, 30.8) == 101.9 and close(32.2 - 31.4, 0.8, 0.001) and close(18.7 + 0.8, 19.5, 0.001) and round(19.5 / (31.4 / 12) + 1e-9, 1) == 7.5 and close(21.6 + 3.6 + 4.7 + 1.5, 31.4, 0.001) and [pct(x, 31.4) for x in (21.6, 3.6, 4.7, 1.5)] == [68.8, 11.5, 15.0, 4.8]),
    ("C3 1268+84 = 1352; true 86+44+1222 = 1352; 14.6+1.5 = 16.1; 2017 -> 2025 = 8; true 2019..2025 = 7th; 700+400 = 1100; 532.7万/366 = 1.46万 a day (1.4万多); 琮阳 402.8 < 532.7; 136.2 < 532.7; 640+380 = 1020 (2023 个人缴费 380, +20 to 400)",
     1268 + 84 == 1352 and 86 + 44 + 1222 == 1352 and close(14.6 + 1.5, 16.1, 0.001) and span_ok(2017, 2025, 8, False) and span_ok(2019, 2025, 7, True) and 700 + 400 == 1100 and 1.4 <= 532.7 / 366 < 1.5 and 402.8 < 532.7 and 136.2 < 532.7 and 400 - 380 == 20),
    # brightwater (school bond, Ferncastle)
    ("B1 98.4/136 = 72.4%; 72+64 = 136; 72+64+50 = 186; 6+5+3 = 14 (43/36/21 percent, sum 100); true 61.4+38.6 = 100; true 15+4+3 = 22; 1954 -> 2024 = 70; true 1927 -> 2024 = 97; 2021..2023 = third, 2021..2024 = fourth annual",
     pct(98.4, 136) == 72.4 and 72 + 64 == 136 and 72 + 64 + 50 == 186 and 6 + 5 + 3 == 14 and [r0(100.0 * x / 14) for x in (6, 5, 3)] == [43, 36, 21] and 43 + 36 + 21 == 100 and close(61.4 + 38.6, 100, 0.001) and 15 + 4 + 3 == 22 and span_ok(1954, 2024, 70, False) and span_ok(1927, 2024, 97, False) and span_ok(2021, 2023, 3, True) and span_ok(2021, 2024, 4, True)),
    ("B1 38.5 < 39.2 < 39.7; 61.4 > 55; 1240 < 412000; Kessington 142 < 186; 36.9 < 38.6",
     38.5 < 39.2 < 39.7 and 61.4 > 55 and 1240 < 412000 and 142 < 186 and 36.9 < 38.6),
    ("B2 98.4+14.2 = 112.6; 540/650 = 83%; 8+5+1 = 14; 14860-140 = 14720; true 64/186 = 34.4%; true 2021..2024 = 4th annual; 412000 < 536000 < 648000",
     close(98.4 + 14.2, 112.6, 0.001) and r0(100.0 * 540 / 650) == 83 and 8 + 5 + 1 == 14 and 14860 - 140 == 14720 and pct(64, 186) == 34.4 and span_ok(2021, 2024, 4, True) and 412000 < 536000 < 648000),
    ("B3 true 131.7/136 = 96.8%; true 112.6+19.1 = 131.7; 136+50 = 186; (39.7-38.5)/38.5 = 3.1%; true 9+4+1 = 14; true 1998 -> 2020 = 22; 42.5 > 38.6; 8 < 11; Kessington 142 < 186",
     pct(131.7, 136) == 96.8 and close(112.6 + 19.1, 131.7, 0.001) and 136 + 50 == 186 and pct(39.7 - 38.5, 38.5) == 3.1 and 9 + 4 + 1 == 14 and span_ok(1998, 2020, 22, False) and 42.5 > 38.6 and 8 < 11 and 142 < 186),
    # sallow (regional animal shelter, Dessington)
    ("S1 (6420-5860)/5860 = 9.6%; 3280+2870+270 = 6420; shares 51.1, true 44.7, 4.2; true 3940+1610+870 = 6420; 2980+2610+830 = 6420; 3410+980+1120 = 5510; 5510/6300 = 87.5%; 2140/6420 = 33.3% (roughly a third); 2.04+1.86+0.48+0.24 = 4.62",
     pct(6420 - 5860, 5860) == 9.6 and 3280 + 2870 + 270 == 6420 and [pct(x, 6420) for x in (3280, 2870, 270)] == [51.1, 44.7, 4.2] and 3940 + 1610 + 870 == 6420 and 2980 + 2610 + 830 == 6420 and 3410 + 980 + 1120 == 5510 and pct(5510, 6300) == 87.5 and 30 <= pct(2140, 6420) <= 36 and close(2.04 + 1.86 + 0.48 + 0.24, 4.62, 0.001)),
    ("S1 true 1979 -> 2024 = 45 (46th year); 2012..2023 = 12th annual; 6300 < 6420; 87.5 < 90; Pruett 2940 < 6420; 620 < 38400; 412 < 1380",
     span_ok(1979, 2024, 46, True) and span_ok(2012, 2023, 12, True) and 6300 < 6420 and 87.5 < 90 and 2940 < 6420 and 620 < 38400 and 412 < 1380),
    ("S2 true 1760/3410 = 51.6%; (3180-3050)/3050 = 4.3%; 210+96 = 306; 4.5+2.0+1.3 = 7.8; 1979 -> 2024 = 45; true 2012..2024 = 13th; 3.41/4.62 = 73.8%; 16 < 18 days; Pruett 1520 < 3180",
     pct(1760, 3410) == 51.6 and pct(3180 - 3050, 3050) == 4.3 and 210 + 96 == 306 and close(4.5 + 2.0 + 1.3, 7.8, 0.001) and span_ok(1979, 2024, 45, False) and span_ok(2012, 2024, 13, True) and pct(3.41, 4.62) == 73.8 and 16 < 18 and 1520 < 3180),
    ("S3 (3690-3410)/3410 = 8.2%; (6420-6210)/6420 = 3.3%; true 1760+1930 = 3690; 3690+1040+1010 = 5740; true 5740/6400 = 89.7%; (8.1-7.8)/7.8 = 3.8%; 7.8+0.3 = 8.1; (4.95-4.62)/4.62 = 7.1%; 2012..2024 = 13th; true 2008..2025 = 18th",
     pct(3690 - 3410, 3410) == 8.2 and pct(6420 - 6210, 6420) == 3.3 and 1760 + 1930 == 3690 and 3690 + 1040 + 1010 == 5740 and pct(5740, 6400) == 89.7 and pct(8.1 - 7.8, 7.8) == 3.8 and close(7.8 + 0.3, 8.1, 0.001) and pct(4.95 - 4.62, 4.62) == 7.1 and span_ok(2012, 2024, 13, True) and span_ok(2008, 2025, 18, True)),
    ("S3 684 < 41200; Pruett 3080 < 6210; 15 < 16 < 18 days; 89.7 < 90",
     684 < 41200 and 3080 < 6210 and 15 < 16 < 18 and 89.7 < 90),
]

FAIL = [
    # conflict
    ("m01 286 == 268", 286 == 268),
    ("m07 4.3 == 4.8; 4.8/4.2 = 102.4%", close(4.3, 4.8, 0.001) or pct(4.8, 4.2) == 102.4),
    ("m08 42.4 == 44.2; 44.2+4.3 = 46.7", close(42.4, 44.2, 0.001) or close(44.2 + 4.3, 46.7, 0.001)),
    ("m13 305.8 == 308.5; 308.5+118.4 = 424.2", close(305.8, 308.5, 0.001) or close(308.5 + 118.4, 424.2, 0.001)),
    ("m19 532.7 == 527.3; (527.3-486.3)/486.3 = 9.5%", close(532.7, 527.3, 0.001) or pct(527.3 - 486.3, 486.3) == 9.5),
    ("m20 380 == 360; 380+40 = 400", 380 == 360 or 380 + 40 == 400),
    ("m25 186 == 168; 72+64+50 = 168", 186 == 168 or 72 + 64 + 50 == 168),
    ("m31 39.7 == 37.9; (37.9-38.5)/38.5 = +3.1%", close(39.7, 37.9, 0.001) or pct(37.9 - 38.5, 38.5) == 3.1),
    ("m32 98.4 == 94.8; 94.8+14.2 = 112.6", close(98.4, 94.8, 0.001) or close(94.8 + 14.2, 112.6, 0.001)),
    ("m37 3410 == 3140; 3140+980+1120 = 5510", 3410 == 3140 or 3140 + 980 + 1120 == 5510),
    ("m45 6210 == 6120; (6420-6120)/6420 = 3.3%", 6210 == 6120 or pct(6420 - 6120, 6420) == 3.3),
    ("m47 620 == 602", 620 == 602),
    # shares
    ("m02 1.19/6.84 = 19.4%; 50.0+25.0+7.6+19.4 = 100", pct(1.19, 6.84) == 19.4 or close(50.0 + 25.0 + 7.6 + 19.4, 100, 0.15)),
    ("m05 2.3/4.2 = 58.4% (even at the rounding limits)", pct(2.35, 4.15) >= 58.35),
    ("m09 1.47/7.92 = 16.8% (even at the rounding limits)", pct(1.465, 7.925) <= 16.85),
    ("m14 1.4/29.6 = 7.4%; 70.6+10.5+14.2+7.4 = 100", pct(1.4, 29.6) == 7.4 or close(70.6 + 10.5 + 14.2 + 7.4, 100, 0.15)),
    ("m17 70.4+11.3+20.3 = 100; 2.9/15.9 = 20.3% (even at the rounding limits)", close(70.4 + 11.3 + 20.3, 100, 0.15) or pct(2.95, 15.85) >= 20.25),
    ("m21 31.4/30.8 = 103.9% (even at the rounding limits)", pct(31.45, 30.75) >= 103.85),
    ("m26 61.4+40.6 = 100", close(61.4 + 40.6, 100, 0.15)),
    ("m29 64/186 = 38.4%", pct(64, 186) == 38.4),
    ("m33 131.7/136 = 98.6% (even at the rounding limits)", pct(131.75, 135.5) >= 98.55),
    ("m38 2870/6420 = 47.4%; 51.1+47.4+4.2 = 100", pct(2870, 6420) == 47.4 or close(51.1 + 47.4 + 4.2, 100, 0.15)),
    ("m41 1760/3410 = 56.1%", pct(1760, 3410) == 56.1),
    ("m44 5740/6400 = 87.9%", pct(5740, 6400) == 87.9),
    # sum
    ("m03 1.12+0.96+0.78+0.85 = 3.8 (even at the rounding limits)", close(1.12 + 0.96 + 0.78 + 0.85, 3.8, 0.001) or 1.125 + 0.965 + 0.785 + 0.855 >= 3.75),
    ("m10 3.86+1.89+0.61+1.47 = 7.92 (even at the rounding limits)", close(3.86 + 1.89 + 0.61 + 1.47, 7.92, 0.001) or 3.865 + 1.895 + 0.615 + 1.475 >= 7.915),
    ("m11 6.84+7.92 = 14.67", close(6.84 + 7.92, 14.67, 0.001)),
    ("m15 86+42+1104 = 1268", 86 + 42 + 1104 == 1268),
    ("m22 86+44+1212 = 1352", 86 + 44 + 1212 == 1352),
    ("m23 268.4+274.3 = 532.7", close(268.4 + 274.3, 532.7, 0.001)),
    ("m27 14+4+3 = 22", 14 + 4 + 3 == 22),
    ("m34 9+4+2 = 14", 9 + 4 + 2 == 14),
    ("m35 112.6+21.1 = 131.7", close(112.6 + 21.1, 131.7, 0.001)),
    ("m39 3940+1160+870 = 6420", 3940 + 1160 + 870 == 6420),
    ("m43 1760+1980 = 3690", 1760 + 1980 == 3690),
    ("m46 4.5+2.0+0.9 = 7.8 (even at the rounding limits)", close(4.5 + 2.0 + 0.9, 7.8, 0.001) or 4.55 + 2.05 + 0.95 >= 7.75),
    # date (each fails under both counting conventions)
    ("m04 2011..2024 = 实施15年来", not span_fails_both(2011, 2024, 15)),
    ("m06 2019..2024 = 第八个年头", not span_fails_both(2019, 2024, 8)),
    ("m12 2016..2025 (今年9月) = 第十一届", not span_fails_both(2016, 2025, 11)),
    ("m16 2017..2024 = 已满9年", not span_fails_both(2017, 2024, 9)),
    ("m18 2020..2024 = 第六届", not span_fails_both(2020, 2024, 6)),
    ("m24 2019..2025 (今年) = 第8个年头", not span_fails_both(2019, 2025, 8)),
    ("m28 1927..2024 = 99 years old", not span_fails_both(1927, 2024, 99)),
    ("m30 2021..2024 = sixth annual", not span_fails_both(2021, 2024, 6)),
    ("m36 1998..2020 = first in 25 years", not span_fails_both(1998, 2020, 25)),
    ("m40 1979..2024 (this year) = 47th year", not span_fails_both(1979, 2024, 47)),
    ("m42 2012..2024 = 14th annual", not span_fails_both(2012, 2024, 14)),
    ("m48 2008..2025 = 19th year", not span_fails_both(2008, 2025, 19)),
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
