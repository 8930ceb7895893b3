#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted18).

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
    # shihua (rural road maintenance, 石桦县)
    ("S1 78.6 < 80 (近八成); 78.6-74.1 = 4.5", 78.6 < 80 and close(78.6 - 74.1, 4.5, 0.001)),
    ("S1 412+936+1498 = 2846; 2807+39 = 2846", 412 + 936 + 1498 == 2846 and 2807 + 39 == 2846),
    ("S1 true 100-52.6-38.5 = 8.9", close(100 - 52.6 - 38.5, 8.9, 0.001)),
    ("S1 true 38+71+77 = 186", 38 + 71 + 77 == 186),
    ("S1 3800+4200+5600 = 13600 = 1.36亿; 27.9/30.9/41.2, sum 100.0", 3800 + 4200 + 5600 == 13600 and [pct(x, 13600) for x in (3800, 4200, 5600)] == [27.9, 30.9, 41.2] and close(27.9 + 30.9 + 41.2, 100, 0.001)),
    ("S1 15+126+318 = 459", 15 + 126 + 318 == 459),
    ("S1 1260 persons < 3.8万 person-times", 1260 < 38000),
    ("S1 1200 x 12 = 14400 = 1.44万", 1200 * 12 == 14400),
    ("S1 1985 -> 2024 = 39年来", span_ok(1985, 2024, 39, False)),
    ("S1 true 2017..2024 = 8th year", span_ok(2017, 2024, 8, True)),
    ("S1 (1.52-1.36)/1.36 = 11.8%", pct(1.52 - 1.36, 1.36) == 11.8),
    ("S1 2024 targets 200 > 186, 超过80% > 78.6", 200 > 186 and 80 > 78.6),
    ("S2 96/200 = 48.0%; 14/30 = 46.7% (接近一半)", pct(96, 200) == 48.0 and pct(14, 30) == 46.7 and 46.7 < 50),
    ("S2 true 4+6+4 = 14", 4 + 6 + 4 == 14),
    ("S2 2846+19 = 2865", 2846 + 19 == 2865),
    ("S2 80.1 > 80; true 80.1 > 78.6", 80.1 > 80 and 80.1 > 78.6),
    ("S2 7300/15200 = 48.0%", pct(7300, 15200) == 48.0),
    ("S2 4520+1570+1210 = 7300; 61.9/21.5/16.6 sum 100.0", 4520 + 1570 + 1210 == 7300 and [pct(x, 7300) for x in (4520, 1570, 1210)] == [61.9, 21.5, 16.6] and close(61.9 + 21.5 + 16.6, 100, 0.001)),
    ("S2 true 2016 -> 2024 = 8", span_ok(2016, 2024, 8, False)),
    ("S2 1260 -> 1290 -> 1310 wardens", 1260 < 1290 < 1310),
    ("S2 2019 -> 2024 = 满五年", span_ok(2019, 2024, 5, False)),
    ("S2 1972 -> 2024 = 52年", span_ok(1972, 2024, 52, False)),
    ("S2 200-96 = 104; 30-14 = 16", 200 - 96 == 104 and 30 - 14 == 16),
    ("S3 214/200 = 107.0%; 31-30 = 1", pct(214, 200) == 107.0 and 31 - 30 == 1),
    ("S3 82.3-78.6 = 3.7", close(82.3 - 78.6, 3.7, 0.001)),
    ("S3 412+951+1540 = 2903; 2846+57 = 2903; 2865+38 = 2903", 412 + 951 + 1540 == 2903 and 2846 + 57 == 2903 and 2865 + 38 == 2903),
    ("S3 true 96/214 = 44.9%", pct(96, 214) == 44.9),
    ("S3 1.58 > 1.52; (1.58-1.36)/1.36 = 16.2%", 1.58 > 1.52 and pct(1.58 - 1.36, 1.36) == 16.2),
    ("S3 4100+4600+7100 = 15800 = 1.58亿; 7100/15800 = 44.9%", 4100 + 4600 + 7100 == 15800 and pct(7100, 15800) == 44.9),
    ("S3 true 4100/15800 = 25.9%", pct(4100, 15800) == 25.9),
    ("S3 true 1.36+1.58 = 2.94", close(1.36 + 1.58, 2.94, 0.001)),
    ("S3 1310 persons < 4.2万 person-times", 1310 < 42000),
    ("S3 true 1972 -> 2024 = 52", span_ok(1972, 2024, 52, False)),
    ("S3 2017 -> 2025 = 八年来", span_ok(2017, 2025, 8, False)),
    ("S3 1985 -> 2025 = 40周年", span_ok(1985, 2025, 40, False)),
    ("S3 2025 plans 220 > 214, 1.65 > 1.58, 85 > 82.3", 220 > 214 and 1.65 > 1.58 and 85 > 82.3),
    # mianjiang (urban drainage, 沔江市)
    ("M1 99/126 = 78.6% (近八成); 126-99 = 27; 58+41 = 99", pct(99, 126) == 78.6 and 126 - 99 == 27 and 58 + 41 == 99),
    ("M1 96+54+18 = 168", 96 + 54 + 18 == 168),
    ("M1 2.1+4.3+3.2 = 9.6; true 3.2/9.6 = 33.3", close(2.1 + 4.3 + 3.2, 9.6, 0.001) and pct(2.1, 9.6) == 21.9 and pct(4.3, 9.6) == 44.8 and pct(3.2, 9.6) == 33.3),
    ("M1 412 m3/s x 3600 = 148.3万 m3/h (近150万)", 412 * 3600 == 1483200 and 1483200 < 1500000),
    ("M1 34.4/86 = 40.0% (四成)", pct(34.4, 86) == 40.0),
    ("M1 2020 -> 2024 = 四年来", span_ok(2020, 2024, 4, False)),
    ("M1 true 1987 -> 2024 = 37", span_ok(1987, 2024, 37, False)),
    ("M1 1380 persons < 1.26万 person-times", 1380 < 12600),
    ("M1 (11.5-9.6)/9.6 = 19.8%; 200 > 168", pct(11.5 - 9.6, 9.6) == 19.8 and 200 > 168),
    ("M2 5.2/11.5 = 45.2%; 2.6/5.2 = 50%", pct(5.2, 11.5) == 45.2 and pct(2.6, 5.2) == 50.0),
    ("M2 99+12 = 111; 126-111 = 15", 99 + 12 == 111 and 126 - 111 == 15),
    ("M2 97/200 = 48.5%; true 52+31+14 = 97", pct(97, 200) == 48.5 and 52 + 31 + 14 == 97),
    ("M2 38+4 = 42; 412 -> 468", 38 + 4 == 42 and 468 > 412),
    ("M2 52+8 = 60", 52 + 8 == 60),
    ("M2 34.4+2.1 = 36.5", close(34.4 + 2.1, 36.5, 0.001)),
    ("M2 2021..2023 = three calendar years", span_ok(2021, 2023, 3, True)),
    ("M2 true 1958 -> 2024 = 66", span_ok(1958, 2024, 66, False)),
    ("M2 46+2 = 48 crews", 46 + 2 == 48),
    ("M3 12.3/11.5 = 107.0%; (12.3-9.6)/9.6 = 28.1%", pct(12.3, 11.5) == 107.0 and pct(12.3 - 9.6, 9.6) == 28.1),
    ("M3 99+25 = 124; 111+13 = 124; 12+13 = 25; 126-124 = 2", 99 + 25 == 124 and 111 + 13 == 124 and 12 + 13 == 25 and 126 - 124 == 2),
    ("M3 true 25/126 = 19.8%", pct(25, 126) == 19.8),
    ("M3 120+66+26 = 212; 212-200 = 12", 120 + 66 + 26 == 212 and 212 - 200 == 12),
    ("M3 true 120/212 = 56.6%", pct(120, 212) == 56.6),
    ("M3 true 168+212 = 380", 168 + 212 == 380),
    ("M3 2.8+5.6+3.9 = 12.3; 22.8/45.5/31.7 sum 100.0", close(2.8 + 5.6 + 3.9, 12.3, 0.001) and [pct(x, 12.3) for x in (2.8, 5.6, 3.9)] == [22.8, 45.5, 31.7] and close(22.8 + 45.5 + 31.7, 100, 0.001)),
    ("M3 true 28+9+5 = 42", 28 + 9 + 5 == 42),
    ("M3 39.6/86 = 46.0%", pct(39.6, 86) == 46.0),
    ("M3 true 2020 -> 2025 = 5", span_ok(2020, 2025, 5, False)),
    ("M3 1987 -> 2025 = 38年来", span_ok(1987, 2025, 38, False)),
    ("M3 1460 persons < 1.48万 person-times", 1460 < 14800),
    ("M3 2025 plan 8.4 < 12.3; 150 km < 212", 8.4 < 12.3 and 150 < 212),
    # brackwater (dairy cooperative)
    ("B1 (648-612)/612 = 5.9%", pct(648 - 612, 612) == 5.9),
    ("B1 402+171+75 = 648", 402 + 171 + 75 == 648),
    ("B1 214-11+3 = 206; 94+87+25 = 206", 214 - 11 + 3 == 206 and 94 + 87 + 25 == 206),
    ("B1 2.48/6.2 = 40%; true remaining 60", pct(2.48, 6.2) == 40.0 and 100 - 40 == 60),
    ("B1 true 12.0+18.5+8.0 = 38.5", close(12.0 + 18.5 + 8.0, 38.5, 0.001)),
    ("B1 true 1946..2025 = 80th year", span_ok(1946, 2025, 80, True)),
    ("B1 2025 budget 665 > 648; 205 > 198.6", 665 > 648 and 205 > 198.6),
    ("B2 (341-329)/329 = 3.6%; 341/648 = 52.6%", pct(341 - 329, 329) == 3.6 and pct(341, 648) == 52.6),
    ("B2 true 214+86+41 = 341", 214 + 86 + 41 == 341),
    ("B2 206-2 = 204", 206 - 2 == 204),
    ("B2 24.1 < 38.5", 24.1 < 38.5),
    ("B2 true 1987 -> 2024 = 37", span_ok(1987, 2024, 37, False)),
    ("B2 1946 -> 2026 = 80th anniversary", span_ok(1946, 2026, 80, False)),
    ("B2 318 persons < 1240 hours", 318 < 1240),
    ("B3 211.4 > 210; (211.4-198.6)/198.6 = 6.4%", 211.4 > 210 and pct(211.4 - 198.6, 198.6) == 6.4),
    ("B3 (671-648)/648 = 3.5%; 671 > 665", pct(671 - 648, 648) == 3.5 and 671 > 665),
    ("B3 418+168+85 = 671; 418/671 = 62.3%; true 168/671 = 25.0%", 418 + 168 + 85 == 671 and pct(418, 671) == 62.3 and pct(168, 671) == 25.0),
    ("B3 true 341/671 = 50.8%", pct(341, 671) == 50.8),
    ("B3 true 198.6+211.4 = 410.0", close(198.6 + 211.4, 410.0, 0.001)),
    ("B3 41.2-38.5 = 2.7; 2.7/38.5 = 7.0%", close(41.2 - 38.5, 2.7, 0.001) and pct(2.7, 38.5) == 7.0),
    ("B3 206 -> 204 -> 201 farms", 206 > 204 > 201),
    ("B3 1946 -> 2026 = 80th; 2019 -> 2026 = seven years", span_ok(1946, 2026, 80, False) and span_ok(2019, 2026, 7, False)),
    ("B3 true 2011 -> 2026 = 15", span_ok(2011, 2026, 15, False)),
    ("B3 2026 budget 690 > 671; 220 > 211.4", 690 > 671 and 220 > 211.4),
    ("B3 Hollis Ridge 288 -> 296", 296 > 288),
    ("B1-B3 pay price 19.10 -> 20.85 -> 21.10 (H1) -> 21.40", 19.10 < 20.85 < 21.10 < 21.40),
    # ashcombe (tree canopy)
    ("A1 2980 < 3000 (nearly); (2980-2460)/2460 = 21.1%", 2980 < 3000 and pct(2980 - 2460, 2460) == 21.1),
    ("A1 1740+820+420 = 2980; 58.4/27.5, true 14.1", 1740 + 820 + 420 == 2980 and [pct(x, 2980) for x in (1740, 820, 420)] == [58.4, 27.5, 14.1]),
    ("A1 2980-1120 = 1860", 2980 - 1120 == 1860),
    ("A1 640 persons < 2150 hours", 640 < 2150),
    ("A1 29.1-27.4 = 1.7; 35 > 29.1", close(29.1 - 27.4, 1.7, 0.001) and 35 > 29.1),
    ("A1 1.38+1.96+1.28 = 4.62; 29.9/42.4/27.7 sum 100.0", close(1.38 + 1.96 + 1.28, 4.62, 0.001) and [pct(x, 4.62) for x in (1.38, 1.96, 1.28)] == [29.9, 42.4, 27.7] and close(29.9 + 42.4 + 27.7, 100, 0.001)),
    ("A1 3 x 250000 = 750000", 3 * 250000 == 750000),
    ("A1 true 1972 -> 2024 = 52", span_ok(1972, 2024, 52, False)),
    ("A1 FY2025 goal 3200 > 2980; 5.10 > 4.62", 3200 > 2980 and 5.10 > 4.62),
    ("A2 1870/3200 = 58.4%", pct(1870, 3200) == 58.4),
    ("A2 true 1060+470+340 = 1870", 1060 + 470 + 340 == 1870),
    ("A2 410 persons < 1380 hours", 410 < 1380),
    ("A2 true 1884 -> 2024 = 140", span_ok(1884, 2024, 140, False)),
    ("A2 1991..2025 = 35th planting", span_ok(1991, 2025, 35, True)),
    ("A2 $250,000 = $0.25 million", 250000 == 0.25 * 1000000),
    ("A2 Brellin 1050 < 2075 (six months vs year)", 1050 < 2075),
    ("A3 3340-3200 = 140; (3340-2980)/2980 = 12.1%", 3340 - 3200 == 140 and pct(3340 - 2980, 2980) == 12.1),
    ("A3 1910+880+550 = 3340", 1910 + 880 + 550 == 3340),
    ("A3 true 1870/3340 = 56.0%", pct(1870, 3340) == 56.0),
    ("A3 true 2040/3340 = 61.1%", pct(2040, 3340) == 61.1),
    ("A3 3340-1210 = 2130", 3340 - 1210 == 2130),
    ("A3 700 persons < 2400 hours", 700 < 2400),
    ("A3 48600+1350 = 49950", 48600 + 1350 == 49950),
    ("A3 30.2 < 35; true 30.2 > 29.1", 30.2 < 35 and 30.2 > 29.1),
    ("A3 true 1.62+2.14+1.34 = 5.10", close(1.62 + 2.14 + 1.34, 5.10, 0.001)),
    ("A3 (5.45-5.10)/5.10 = 6.9%; 3400 > 3340", pct(5.45 - 5.10, 5.10) == 6.9 and 3400 > 3340),
    ("A3 true 2980+3340 = 6320", 2980 + 3340 == 6320),
    ("A3 true 1991..2026 = 36th", span_ok(1991, 2026, 36, True)),
    ("A3 1972 -> 2025 = 53 years old", span_ok(1972, 2025, 53, False)),
]

FAIL = [
    # conflict: the two values differ
    ("m01 1.36亿 == 1.63亿", 1.36 == 1.63),
    ("m05 78.6 == 76.8", 78.6 == 76.8),
    ("m08 4.2万 == 4200", 42000 == 4200),
    ("m13 168 == 186; 96+54+18 = 186", 168 == 186 or 96 + 54 + 18 == 186),
    ("m16 9.6亿 == 9600万 (0.96亿)", 96000 == 9600),
    ("m19 468 == 486; 412+56 = 486", 468 == 486 or 412 + 56 == 486),
    ("m25 648 == 684; 402+171+75 = 684", 648 == 684 or 402 + 171 + 75 == 684),
    ("m29 20.85 == 20.58", 20.85 == 20.58),
    ("m32 211.4 == 214.1; (214.1-198.6)/198.6 = 6.4%", 211.4 == 214.1 or pct(214.1 - 198.6, 198.6) == 6.4),
    ("m37 2980 == 2890; 1740+820+420 = 2890", 2980 == 2890 or 1740 + 820 + 420 == 2890),
    ("m40 29.1 == 29.7; 29.7-27.4 = 1.7", 29.1 == 29.7 or close(29.7 - 27.4, 1.7, 0.001)),
    ("m43 2130 == 2310; 3340-1210 = 2310", 2130 == 2310 or 3340 - 1210 == 2310),
    # shares
    ("m02 52.6+38.5+10.4 = 100", close(52.6 + 38.5 + 10.4, 100, 0.15)),
    ("m09 4100/15800 = 29.5%", pct(4100, 15800) == 29.5 or pct(4150, 15750) >= 29.45),
    ("m10 96/214 = 48.0%", pct(96, 214) == 48.0),
    ("m14 21.9+44.8+35.3 = 100; 3.2/9.6 = 35.3%", close(21.9 + 44.8 + 35.3, 100, 0.15) or pct(3.2, 9.6) == 35.3 or pct(3.25, 9.55) >= 35.25),
    ("m20 120/212 = 65.6%", pct(120, 212) == 65.6),
    ("m22 25/126 = 21.8%", pct(25, 126) == 21.8),
    ("m26 40+65 = 100", close(40 + 65, 100, 0.15)),
    ("m33 168/671 = 28.0% (even at the rounding limits)", pct(168, 671) == 28.0 or pct(168.5, 670.5) >= 27.95),
    ("m34 341/671 = 53.8% (even at the rounding limits)", pct(341, 671) == 53.8 or pct(341.5, 670.5) >= 53.75),
    ("m38 58.4+27.5+18.1 = 100; 420/2980 = 18.1%", close(58.4 + 27.5 + 18.1, 100, 0.15) or pct(420, 2980) == 18.1),
    ("m44 2040/3340 = 64.1%", pct(2040, 3340) == 64.1),
    ("m46 1870/3340 = 58.0%", pct(1870, 3340) == 58.0),
    # sum
    ("m03 38+71+67 = 186", 38 + 71 + 67 == 186),
    ("m06 4+6+5 = 14", 4 + 6 + 5 == 14),
    ("m11 1.36+1.58 = 3.04 (even at the rounding limits)", close(1.36 + 1.58, 3.04, 0.001) or 1.365 + 1.585 >= 3.035),
    ("m17 52+31+11 = 97", 52 + 31 + 11 == 97),
    ("m21 28+9+4 = 42", 28 + 9 + 4 == 42),
    ("m23 168+212 = 370", 168 + 212 == 370),
    ("m27 12.0+18.5+9.0 = 38.5 (even at the rounding limits)", close(12.0 + 18.5 + 9.0, 38.5, 0.001) or 11.95 + 18.45 + 8.95 <= 38.55),
    ("m30 214+86+38 = 341", 214 + 86 + 38 == 341),
    ("m35 198.6+211.4 = 400.0 (even at the rounding limits)", close(198.6 + 211.4, 400.0, 0.001) or 198.55 + 211.35 <= 400.05),
    ("m41 1060+470+320 = 1870", 1060 + 470 + 320 == 1870),
    ("m45 1.62+2.14+1.44 = 5.10 (even at the rounding limits)", close(1.62 + 2.14 + 1.44, 5.10, 0.001) or 1.615 + 2.135 + 1.435 <= 5.105),
    ("m47 2980+3340 = 6230", 2980 + 3340 == 6230),
    # date (each fails under both counting conventions)
    ("m04 2017..2024 = 第九个年头", not span_fails_both(2017, 2024, 9)),
    ("m07 2016..2024 = 走过十年", not span_fails_both(2016, 2024, 10)),
    ("m12 1972..2024 (去年 of 2025) = 服役55年; not even to 2025", not (span_fails_both(1972, 2024, 55) and span_fails_both(1972, 2025, 55))),
    ("m15 1987..2024 = 三十五年", not span_fails_both(1987, 2024, 35)),
    ("m18 1958..2024 = 七十周年", not span_fails_both(1958, 2024, 70)),
    ("m24 2020..2025 = 七年", not span_fails_both(2020, 2025, 7)),
    ("m28 1946..2025 = 82nd year", not span_fails_both(1946, 2025, 82)),
    ("m31 1987..2024 = turned 35", not span_fails_both(1987, 2024, 35)),
    ("m36 2011..2026 (this spring) = 17 years", not span_fails_both(2011, 2026, 17)),
    ("m39 1972..2024 (this year) = 50th anniversary", not span_fails_both(1972, 2024, 50)),
    ("m42 1884..2024 = turned 150", not span_fails_both(1884, 2024, 150)),
    ("m48 1991..2026 (next spring of 2025) = 34th", not span_fails_both(1991, 2026, 34)),
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
