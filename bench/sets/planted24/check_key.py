#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted24).

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
    # lingxi (medicinal herbs, 苓溪县)
    ("L1 (16.8-14.2)/14.2 = 18.3%; (25.3-21.6)/21.6 = 17.1%; 25.3 > 25 (突破25亿元); 15 of 18 townships", pct(16.8 - 14.2, 14.2) == 18.3 and pct(25.3 - 21.6, 21.6) == 17.1 and 25.3 > 25 and 15 < 18),
    ("L1 6.2+4.5+1.3+4.8 = 16.8; true shares 36.9, 26.8, 7.7, 28.6 (sum 100.0)", close(6.2 + 4.5 + 1.3 + 4.8, 16.8, 0.001) and [pct(x, 16.8) for x in (6.2, 4.5, 1.3, 4.8)] == [36.9, 26.8, 7.7, 28.6] and close(36.9 + 26.8 + 7.7 + 28.6, 100, 0.001)),
    ("L1 5.6/16.8 = 33.3%; 3.9/5.6 = 69.6% (近七成); 3.9/6.2 = 62.9%", pct(5.6, 16.8) == 33.3 and pct(3.9, 5.6) == 69.6 and 65 < pct(3.9, 5.6) < 70 and pct(3.9, 6.2) == 62.9),
    ("L1 9.8+13.1+2.4 = 25.3; 10.6/13.1 = 80.9%; 9 of 37 firms (partial)", close(9.8 + 13.1 + 2.4, 25.3, 0.001) and pct(10.6, 13.1) == 80.9 and 9 < 37),
    ("L1 1.12+0.76+0.46 = 2.34; 9.8亿/2.34万户 = 41,880元 ≈ 4.2万; 552/560 = 98.6%", close(1.12 + 0.76 + 0.46, 2.34, 0.001) and round(98000.0 / 2.34 / 10000, 1) == 4.2 and pct(552, 560) == 98.6),
    ("L1 true 1200+900+1500 = 3600; (4000-3600)/3600 = 11.1%; 16.8+1.2 = 18; 25.3 < 28 (target)", 1200 + 900 + 1500 == 3600 and pct(4000 - 3600, 3600) == 11.1 and close(16.8 + 1.2, 18, 0.001) and 25.3 < 28),
    ("L1 true 1992 -> 2024 = 32; 2014 -> 2024 = 10周年; 2016 -> 2024 = 8年来; 2011..2023 = 第十三届", span_ok(1992, 2024, 32, False) and span_ok(2014, 2024, 10, False) and span_ok(2016, 2024, 8, False) and span_ok(2011, 2023, 13, True)),
    ("L1 64 persons < 5800 person-times; 岑坪 11.4 < 16.8", 64 < 5800 and 11.4 < 16.8),
    ("L2 (13.6-12.1)/12.1 = 12.4%; 16.8+1.7 = 18.5 > 18; 5.6 -> 6.6", pct(13.6 - 12.1, 12.1) == 12.4 and close(16.8 + 1.7, 18.5, 0.001) and 18.5 > 18 and 6.6 > 5.6),
    ("L2 7.3+4.4+1.8+5.0 = 18.5; 7.3-6.2 = 1.1; 1.8-1.3 = 0.5; 1.1+0.5 < 1.7 (partial, 主要); 白术 4.5 -> 4.4 (略有减少); increases 1.1-0.1+0.5+0.2 = 1.7", close(7.3 + 4.4 + 1.8 + 5.0, 18.5, 0.001) and close(7.3 - 6.2, 1.1, 0.001) and close(1.8 - 1.3, 0.5, 0.001) and 1.1 + 0.5 < 1.7 and 4.4 < 4.5 and close((7.3 - 6.2) + (4.4 - 4.5) + (1.8 - 1.3) + (5.0 - 4.8), 1.7, 0.001)),
    ("L2 true 4.3+7.2+2.1 = 13.6; 5.9/7.2 = 81.9%; 37+2 = 39", close(4.3 + 7.2 + 2.1, 13.6, 0.001) and pct(5.9, 7.2) == 81.9 and 37 + 2 == 39),
    ("L2 true 2280/4000 = 57.0%; 860+740 = 1600 < 2280 (partial); 620 < 2730; 64 persons < 2730 person-times", pct(2280, 4000) == 57.0 and 860 + 740 < 2280 and 620 < 2730 and 64 < 2730),
    ("L2 2009 -> 2024 = 时隔15年; true 2011..2024 = 14th; 13.6 < 28 (target); 岑坪 8.7 < 13.6", span_ok(2009, 2024, 15, False) and span_ok(2011, 2024, 14, True) and 13.6 < 28 and 8.7 < 13.6),
    ("L3 (28.9-25.3)/25.3 = 14.2%; 28.9 > 28", pct(28.9 - 25.3, 25.3) == 14.2 and 28.9 > 28),
    ("L3 7.3+4.4+1.8+5.0 = 18.5; 39.5, 23.8, 9.7, 27.0 (sum 100.0); 36.9 -> 39.5; 6.6/18.5 = 35.7%", close(7.3 + 4.4 + 1.8 + 5.0, 18.5, 0.001) and [pct(x, 18.5) for x in (7.3, 4.4, 1.8, 5.0)] == [39.5, 23.8, 9.7, 27.0] and close(39.5 + 23.8 + 9.7 + 27.0, 100, 0.001) and pct(6.2, 16.8) == 36.9 and pct(6.6, 18.5) == 35.7),
    ("L3 11.2+14.9+2.8 = 28.9; 28.9-13.6 = 15.3 > 13.6; 14.9/28.9 = 51.6% (一半以上)", close(11.2 + 14.9 + 2.8, 28.9, 0.001) and close(28.9 - 13.6, 15.3, 0.001) and 15.3 > 13.6 and pct(14.9, 28.9) == 51.6 and pct(14.9, 28.9) > 50),
    ("L3 true 37+5 = 42 (39 at mid-2024); 9 -> 11; 11.2亿/2.51万户 = 44,622元 ≈ 4.5万; true base 2.34 < 2.51", 37 + 5 == 42 and 39 < 42 and 9 < 11 and round(112000.0 / 2.51 / 10000, 1) == 4.5 and 2.34 < 2.51),
    ("L3 1300+950+1700 = 3950; true 3950/4000 = 98.8%; 4300 > 3950; 604/610 = 99.0%", 1300 + 950 + 1700 == 3950 and pct(3950, 4000) == 98.8 and 4300 > 3950 and pct(604, 610) == 99.0),
    ("L3 2014 -> 2025 = 11年来; 64 -> 72 persons < 7200 person-times; (3.9-3.2)/3.2 = 21.9%; 2011..2024 = 第十四届", span_ok(2014, 2025, 11, False) and 64 < 72 < 7200 and pct(3.9 - 3.2, 3.2) == 21.9 and span_ok(2011, 2024, 14, True)),
    ("L3 true 2016 -> 2025 = 9 (10th year); 20 > 18.5; 32 > 28.9; 46 -> 58 points; 岑坪 13.2 < 18.5", span_ok(2016, 2025, 9, False) and span_ok(2016, 2025, 10, True) and 20 > 18.5 and 32 > 28.9 and 46 < 58 and 13.2 < 18.5),
    # xizhou (gas pipe renewal, 汐州市)
    ("X1 (326-258)/258 = 26.4%; 326 > 300; 118+164+44 = 326; true shares 36.2, 50.3, 13.5 (sum 100.0)", pct(326 - 258, 258) == 26.4 and 326 > 300 and 118 + 164 + 44 == 326 and [pct(x, 326) for x in (118, 164, 44)] == [36.2, 50.3, 13.5] and close(36.2 + 50.3 + 13.5, 100, 0.001)),
    ("X1 8.64亿/326 km = 265万 a km; true 2.10+3.20+2.86+0.48 = 8.64", round(86400.0 / 326) == 265 and close(2.10 + 3.20 + 2.86 + 0.48, 8.64, 0.001)),
    ("X1 258+326 = 584; 584/900 = 64.9%; 67.1+1.3 = 68.4; 1.35/1.38 = 97.8%; 4800 < 36000 (partial)", 258 + 326 == 584 and pct(584, 900) == 64.9 and close(67.1 + 1.3, 68.4, 0.001) and pct(1.35, 1.38) == 97.8 and 4800 < 36000),
    ("X1 584+360 = 944 >= 900; 1988 -> 2024 = 36 > 30; true 1986 -> 2024 = 38; 2005 -> 2024 = 19周年; 2013..2023 = 第十一届; 澜平 214 < 326", 584 + 360 >= 900 and 2024 - 1988 > 30 and span_ok(1986, 2024, 38, False) and span_ok(2005, 2024, 19, False) and span_ok(2013, 2023, 11, True) and 214 < 326),
    ("X2 true 172/360 = 47.8%; 4.37/9.5 = 46.0%; true 58+91+23 = 172; 584+172 = 756; 756/900 = 84.0%; 41 < 172", pct(172, 360) == 47.8 and pct(4.37, 9.5) == 46.0 and 58 + 91 + 23 == 172 and 584 + 172 == 756 and pct(756, 900) == 84.0 and 41 < 172),
    ("X2 1.20+1.85 = 3.05 < 4.37 (partial); 360-172 = 188; 6980/7120 = 98.0%; 68.4 -> 69.7; true 2013..2024 = 12th", close(1.20 + 1.85, 3.05, 0.001) and 3.05 < 4.37 and 360 - 172 == 188 and pct(6980, 7120) == 98.0 and 68.4 < 69.7 and span_ok(2013, 2024, 12, True)),
    ("X3 (384-326)/326 = 17.8%; 384 > 360; 132+196+56 = 384; 34.4, 51.0, 14.6 (sum 100.0); 51.0 > 50", pct(384 - 326, 326) == 17.8 and 384 > 360 and 132 + 196 + 56 == 384 and [pct(x, 384) for x in (132, 196, 56)] == [34.4, 51.0, 14.6] and close(34.4 + 51.0 + 14.6, 100, 0.001) and 51.0 > 50),
    ("X3 true 584+384 = 968 (近千公里); 384-172 = 212; 212/6 = 35.3 > 35", 584 + 384 == 968 and 900 < 968 < 1000 and 384 - 172 == 212 and 212 / 6.0 > 35),
    ("X3 2.45+3.60+3.21+0.56 = 9.82; true 9.82/9.5 = 103.4%; 96.2 -> 97.5; 71.2 = 70多万; 66.9万户次 < 71.2万户", close(2.45 + 3.60 + 3.21 + 0.56, 9.82, 0.001) and pct(9.82, 9.5) == 103.4 and 96.2 < 97.5 and 70 < 71.2 < 80 and 66.9 < 71.2),
    ("X3 1986 -> 2025 = 39年间; 2013..2024 = 第十二届; true 2005 -> 2025 = 20; 400 > 384; 10.2 > 9.82; 澜平 231 < 384", span_ok(1986, 2025, 39, False) and span_ok(2013, 2024, 12, True) and span_ok(2005, 2025, 20, False) and 400 > 384 and 10.2 > 9.82 and 231 < 384),
    # fenmore (mosquito abatement district)
    ("F1 (16420-14860)/14860 = 10.5%; 8130+5470+2820 = 16420; true 49.5, 33.3, 17.2 (sum 100.0); 10440+5980 = 16420", pct(16420 - 14860, 14860) == 10.5 and 8130 + 5470 + 2820 == 16420 and [pct(x, 16420) for x in (8130, 5470, 2820)] == [49.5, 33.3, 17.2] and close(49.5 + 33.3 + 17.2, 100, 0.001) and 10440 + 5980 == 16420),
    ("F1 2009 -> 2024 = 15 years; 41/3460 = 1.2%; 1516+668 = 2184; 1310 households < 2184 requests; 22+14 = 36; 36 < 5860", span_ok(2009, 2024, 15, False) and pct(41, 3460) == 1.2 and 1516 + 668 == 2184 and 1310 < 2184 and 22 + 14 == 36 and 36 < 5860),
    ("F1 true 2.46+1.31+0.29+0.12 = 4.18; 14 x 93600 = 1.31 million; (4.47-4.18)/4.18 = 6.9%; 17500 > 16420", close(2.46 + 1.31 + 0.29 + 0.12, 4.18, 0.001) and round(14 * 93600 / 1e6, 2) == 1.31 and pct(4.47 - 4.18, 4.18) == 6.9 and 17500 > 16420),
    ("F1 true 1948 -> 2024 = 76; 1996 -> 2024 = 28 years ago; 2006..2023 = 18th annual; Calloway 11280 < 16420", span_ok(1948, 2024, 76, False) and span_ok(1996, 2024, 28, False) and span_ok(2006, 2023, 18, True) and 11280 < 16420),
    ("F2 (9880-9130)/9130 = 8.2%; true 4920+3360+1600 = 9880; 3540 < 9880; 19/1840 = 1.0%; 388 < 1430; 910 < 1430", pct(9880 - 9130, 9130) == 8.2 and 4920 + 3360 + 1600 == 9880 and 3540 < 9880 and pct(19, 1840) == 1.0 and 388 < 1430 and 910 < 1430),
    ("F2 true 4.09/4.18 = 97.8%; 4.09 < 4.47; true 2006..2024 = 19th; 9880 (Jan-Jul 2024) < 16420 (2023)", pct(4.09, 4.18) == 97.8 and 4.09 < 4.47 and span_ok(2006, 2024, 19, True) and 9880 < 16420),
    ("F3 (17950-16420)/16420 = 9.3%; 17950 > 17500; 8760+6150+3040 = 17950; 48.8, 34.3, 16.9 (sum 100.0); 11410+6540 = 17950", pct(17950 - 16420, 16420) == 9.3 and 17950 > 17500 and 8760 + 6150 + 3040 == 17950 and [pct(x, 17950) for x in (8760, 6150, 3040)] == [48.8, 34.3, 16.9] and close(48.8 + 34.3 + 16.9, 100, 0.001) and 11410 + 6540 == 17950),
    ("F3 true 17950-9880 = 8070; 29/3720 = 0.8%; (41-29)/41 = 29.3% > 25%; 17950 nearly 18000; 18500 > 17950; Calloway 12040 < 17950", 17950 - 9880 == 8070 and pct(29, 3720) == 0.8 and 25 < pct(41 - 29, 41) < 33.3 and 17900 < 17950 < 18000 and 18500 > 17950 and 12040 < 17950),
    ("F3 true 1.12/4.47 = 25.1%; 2.36/4.47 = 52.8%; 14+2 = 16; 1948 -> 2025 = 77; 2006..2025 = 20th annual; true 2009 -> 2025 = 16", pct(1.12, 4.47) == 25.1 and pct(2.36, 4.47) == 52.8 and 14 + 2 == 16 and span_ok(1948, 2025, 77, False) and span_ok(2006, 2025, 20, True) and span_ok(2009, 2025, 16, False)),
    # marlow (regional 911 center)
    ("M1 (194750-186400)/186400 = 4.5%; 96420+94110+4220 = 194750; true 49.5, 48.3, 2.2 (sum 100.0); 84310/96420 = 87.4%; 93.6 > 90", pct(194750 - 186400, 186400) == 4.5 and 96420 + 94110 + 4220 == 194750 and [pct(x, 194750) for x in (96420, 94110, 4220)] == [49.5, 48.3, 2.2] and close(49.5 + 48.3 + 2.2, 100, 0.001) and pct(84310, 96420) == 87.4 and 93.6 > 90),
    ("M1 (118640-113970)/113970 = 4.1%; true 82310+9870+26460 = 118640; 64-51 = 13; 51 persons < 21400 hours", pct(118640 - 113970, 113970) == 4.1 and 82310 + 9870 + 26460 == 118640 and 64 - 51 == 13 and 51 < 21400),
    ("M1 4.12+2.34+1.08+1.82 = 9.36; (9.94-9.36)/9.36 = 6.2%; true 1991 -> 2024 = 33; 2007 -> 2024 = 17 years ago; 2012..2023 = 12th annual; Pine Ledge 121600 < 194750", close(4.12 + 2.34 + 1.08 + 1.82, 9.36, 0.001) and pct(9.94 - 9.36, 9.36) == 6.2 and span_ok(1991, 2024, 33, False) and span_ok(2007, 2024, 17, False) and span_ok(2012, 2023, 12, True) and 121600 < 194750),
    ("M2 9.21/9.36 = 98.4%; (98260-94870)/94870 = 3.6%; 48730+47090+2440 = 98260; 98260 (Jan-Jun 2024) < 194750 (2023)", pct(9.21, 9.36) == 98.4 and pct(98260 - 94870, 94870) == 3.6 and 48730 + 47090 + 2440 == 98260 and 98260 < 194750),
    ("M2 true 58/64 = 90.6%; 51 -> 58; 3.35-3.2 = 0.15; true 1.5+1.1+0.6 = 3.2; 4.38+2.49+1.15+1.92 = 9.94; true 2012..2024 = 13th; Pine Ledge 6.1 < 9.21", pct(58, 64) == 90.6 and 51 < 58 and close(3.35 - 3.2, 0.15, 0.001) and close(1.5 + 1.1 + 0.6, 3.2, 0.001) and close(4.38 + 2.49 + 1.15 + 1.92, 9.94, 0.001) and span_ok(2012, 2024, 13, True) and 6.1 < 9.21),
    ("M3 (201380-194750)/194750 = 3.4%; 99870+96540+4970 = 201380 > 200000; 93.6 -> 95.1", pct(201380 - 194750, 194750) == 3.4 and 99870 + 96540 + 4970 == 201380 and 201380 > 200000 and 93.6 < 95.1),
    ("M3 true 123480-118640 = 4840; 58 -> 61 of 64; true 1.82/9.36 = 19.4%; 4.87/9.94 = 49.0%; (10.41-9.94)/9.94 = 4.7%", 123480 - 118640 == 4840 and 58 < 61 <= 64 and pct(1.82, 9.36) == 19.4 and pct(4.87, 9.94) == 49.0 and pct(10.41 - 9.94, 9.94) == 4.7),
    ("M3 1991 -> 2025 = turns 34; 2012..2025 = 14th annual; true 2007 -> 2025 = 18; 124900/201380 = 62 percent", span_ok(1991, 2025, 34, False) and span_ok(2012, 2025, 14, True) and span_ok(2007, 2025, 18, False) and r0(100.0 * 124900 / 201380) == 62),
]

FAIL = [
    # conflict: the two values differ (and the right one fits the other figures)
    ("m03 25.3 == 23.5; 9.8+13.1+2.4 = 23.5; (23.5-21.6)/21.6 = 17.1%", close(25.3, 23.5, 0.001) or close(9.8 + 13.1 + 2.4, 23.5, 0.001) or pct(23.5 - 21.6, 21.6) == 17.1),
    ("m08 28.9 == 29.8; 11.2+14.9+2.8 = 29.8; (29.8-25.3)/25.3 = 14.2%", close(28.9, 29.8, 0.001) or close(11.2 + 14.9 + 2.8, 29.8, 0.001) or pct(29.8 - 25.3, 25.3) == 14.2),
    ("m10 2.34 == 2.43; 1.12+0.76+0.46 = 2.43", close(2.34, 2.43, 0.001) or close(1.12 + 0.76 + 0.46, 2.43, 0.001)),
    ("m13 326 == 362; 118+164+44 = 362; (362-258)/258 = 26.4%", 326 == 362 or 118 + 164 + 44 == 362 or pct(362 - 258, 258) == 26.4),
    ("m20 384 == 348; 132+196+56 = 348", 384 == 348 or 132 + 196 + 56 == 348),
    ("m23 68.4 == 64.8; 67.1+1.3 = 64.8", close(68.4, 64.8, 0.001) or close(67.1 + 1.3, 64.8, 0.001)),
    ("m27 16420 == 16240; 8130+5470+2820 = 16240", 16420 == 16240 or 8130 + 5470 + 2820 == 16240),
    ("m32 17950 == 17590; 8760+6150+3040 = 17590", 17950 == 17590 or 8760 + 6150 + 3040 == 17590),
    ("m34 2184 == 2148; 1516+668 = 2148", 2184 == 2148 or 1516 + 668 == 2148),
    ("m39 96420 == 96240; 96240+94110+4220 = 194750", 96420 == 96240 or 96240 + 94110 + 4220 == 194750),
    ("m44 201380 == 201830; 99870+96540+4970 = 201830", 201380 == 201830 or 99870 + 96540 + 4970 == 201830),
    ("m46 51 == 57; 64-13 = 57", 51 == 57 or 64 - 13 == 57),
    # shares
    ("m01 4.5/16.8 = 26.3% (even at the rounding limits); 36.9+26.3+7.7+28.6 = 100", pct(4.5, 16.8) == 26.3 or pct(4.45, 16.85) <= 26.35 or close(36.9 + 26.3 + 7.7 + 28.6, 100, 0.15)),
    ("m06 2280/4000 = 55.7%", pct(2280, 4000) == 55.7),
    ("m11 3950/4000 = 96.8%", pct(3950, 4000) == 96.8),
    ("m14 44/326 = 15.3%; 36.2+50.3+15.3 = 100", pct(44, 326) == 15.3 or close(36.2 + 50.3 + 15.3, 100, 0.15)),
    ("m17 172/360 = 45.8%", pct(172, 360) == 45.8),
    ("m22 9.82/9.5 = 105.3% (even at the rounding limits)", pct(9.82, 9.5) == 105.3 or pct(9.825, 9.45) >= 105.25),
    ("m25 2820/16420 = 17.8%; 49.5+33.3+17.8 = 100", pct(2820, 16420) == 17.8 or close(49.5 + 33.3 + 17.8, 100, 0.15)),
    ("m29 4.09/4.18 = 95.8% (even at the rounding limits)", pct(4.09, 4.18) == 95.8 or pct(4.085, 4.185) <= 95.85),
    ("m35 1.12/4.47 = 27.1% (even at the rounding limits)", pct(1.12, 4.47) == 27.1 or pct(1.125, 4.465) >= 27.05),
    ("m37 4220/194750 = 2.7%; 49.5+48.3+2.7 = 100", pct(4220, 194750) == 2.7 or close(49.5 + 48.3 + 2.7, 100, 0.15)),
    ("m41 58/64 = 92.6%", pct(58, 64) == 92.6),
    ("m47 1.82/9.36 = 21.4% (even at the rounding limits)", pct(1.82, 9.36) == 21.4 or pct(1.825, 9.355) >= 21.35),
    # sum
    ("m02 1200+900+1600 = 3600", 1200 + 900 + 1600 == 3600),
    ("m05 4.3+7.2+2.6 = 13.6 (even at the rounding limits)", close(4.3 + 7.2 + 2.6, 13.6, 0.001) or 4.25 + 7.15 + 2.55 <= 13.65),
    ("m09 37+6 = 42", 37 + 6 == 42),
    ("m15 2.10+3.20+2.68+0.48 = 8.64 (even at the rounding limits)", close(2.10 + 3.20 + 2.68 + 0.48, 8.64, 0.001) or 2.105 + 3.205 + 2.685 + 0.485 >= 8.635),
    ("m18 58+91+28 = 172", 58 + 91 + 28 == 172),
    ("m21 584+384 = 986", 584 + 384 == 986),
    ("m26 2.46+1.31+0.29+0.21 = 4.18 (even at the rounding limits)", close(2.46 + 1.31 + 0.29 + 0.21, 4.18, 0.001) or 2.455 + 1.305 + 0.285 + 0.205 <= 4.185),
    ("m30 4920+3360+1690 = 9880", 4920 + 3360 + 1690 == 9880),
    ("m33 9880+8170 = 17950", 9880 + 8170 == 17950),
    ("m38 82310+9870+26640 = 118640", 82310 + 9870 + 26640 == 118640),
    ("m42 1.5+1.1+0.9 = 3.2 (even at the rounding limits)", close(1.5 + 1.1 + 0.9, 3.2, 0.001) or 1.45 + 1.05 + 0.85 <= 3.25),
    ("m45 123480-118640 = 4480", 123480 - 118640 == 4480),
    # date (each fails under both counting conventions)
    ("m04 1992..2024 (至今) = 31个年头", not span_fails_both(1992, 2024, 31)),
    ("m07 2011..2024 = 第十五届", not span_fails_both(2011, 2024, 15)),
    ("m12 2016..2025 (今年) = 第八个年头", not span_fails_both(2016, 2025, 8)),
    ("m16 1986..2024 (至今) = 已有36年", not span_fails_both(1986, 2024, 36)),
    ("m19 2013..2024 = 第十三届", not span_fails_both(2013, 2024, 13)),
    ("m24 2005..2025 (今年) = 19周年", not span_fails_both(2005, 2025, 19)),
    ("m28 1948..2024 (this year) = 75th anniversary", not span_fails_both(1948, 2024, 75)),
    ("m31 2006..2024 = 20th edition", not span_fails_both(2006, 2024, 20)),
    ("m36 2009..2025 = flown for 15 years", not span_fails_both(2009, 2025, 15)),
    ("m40 1991..2024 (this year) = 32nd anniversary", not span_fails_both(1991, 2024, 32)),
    ("m43 2012..2024 = 14th class", not span_fails_both(2012, 2024, 14)),
    ("m48 2007..2025 = in service for 17 years", not span_fails_both(2007, 2025, 17)),
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
