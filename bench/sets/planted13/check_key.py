#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted13).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 8-20 paragraphs, 14-45 lines, 1,100-3,800 characters (Chinese
   articles, denser, 700-3,800) and a headline as the first line after its date or front matter;
   at least 60 mistakes, for each kind at least 5 within one article and at least 3 across
   articles, and at least 180 decoys.
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
    lo = 700 if re.search(r"[\u4e00-\u9fff]", "\n".join(lines)) else 1100
    if not (lo <= nchar <= 3800):
        err("%s: %d characters, outside %d-3,800" % (f, nchar, lo))
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


JUL_AUG = 31 + 31


def span_ok(y1, y2, n, ordinal):
    """a stated span n between years y1 and y2: ordinal counts the first year as 1"""
    return (y2 - y1 + 1 == n) if ordinal else (y2 - y1 == n)


def span_fails_both(y1, y2, n):
    return y2 - y1 != n and y2 - y1 + 1 != n


HOLD = [
    # weekdays named in the articles
    ("H1 fair closed 'Sunday' 2024-08-25, two days before 2024-08-27", D(2024, 8, 25).weekday() == 6),
    ("W1 'Monday' before 2025-02-04", D(2025, 2, 3).weekday() == 0),
    ("W3 'Tuesday' before 2026-01-29", D(2026, 1, 27).weekday() == 1),
    ("D1 'Monday' before 2024-10-22", D(2024, 10, 21).weekday() == 0),
    ("H3 six-day fair ending Sunday 2025-08-31 includes a Thursday", D(2025, 8, 31).weekday() == 6),
    # qingyan (wind and solar company)
    ("q1 186.5-158.2 = 28.3; 28.3/158.2 = 17.9%", close(186.5 - 158.2, 28.3, 0.001) and pct(28.3, 158.2) == 17.9),
    ("q1 112.0+74.5 = 186.5; 60.1/39.9", close(112.0 + 74.5, 186.5, 0.001) and pct(112.0, 186.5) == 60.1 and pct(74.5, 186.5) == 39.9),
    ("q1 true 27.82+13.54 = 41.36; 67.3% / true 32.7%", close(27.82 + 13.54, 41.36, 0.001) and pct(27.82, 41.36) == 67.3 and pct(13.54, 41.36) == 32.7),
    ("q1 (41.36-37.05)/37.05 = 11.6%; 41.36-37.05 = 4.31", pct(41.36 - 37.05, 37.05) == 11.6 and close(41.36 - 37.05, 4.31, 0.001)),
    ("q1 30+25+20+15+12+10 = 112", 30 + 25 + 20 + 15 + 12 + 10 == 112),
    ("q1 48.6+25.9 = 74.5", close(48.6 + 25.9, 74.5, 0.001)),
    ("q1 20万千瓦时 / 10万千瓦 = 2 hours", 20 / 10 == 2),
    ("q1 (17.8-15.9)/15.9 = 11.9%; 4.26/17.8 = 23.9%", pct(17.8 - 15.9, 15.9) == 11.9 and pct(4.26, 17.8) == 23.9),
    ("q1 8.6+4.1+1.5 = 14.2", close(8.6 + 4.1 + 1.5, 14.2, 0.001)),
    ("q1 true staff 386+94+132 = 612", 386 + 94 + 132 == 612),
    ("q1 true 2024-2009 = 15周年", span_ok(2009, 2024, 15, False)),
    ("q1 plan 186.5+30+20 = 236.5 > 230", close(186.5 + 30 + 20, 236.5, 0.001) and 236.5 > 230),
    ("q1 186.5 突破186", 186 < 186.5 < 187),
    ("q2 (23.18-21.05)/21.05 = 10.1%; 23.18/46 = 50.4%", pct(23.18 - 21.05, 21.05) == 10.1 and pct(23.18, 46) == 50.4),
    ("q2 15.64+7.54 = 23.18; 67.5/32.5; 67.5 > 67.3", close(15.64 + 7.54, 23.18, 0.001) and pct(15.64, 23.18) == 67.5 and pct(7.54, 23.18) == 32.5 and 67.5 > 67.3),
    ("q2 24 x 6.25 MW = 150 MW = 15万千瓦", close(24 * 6.25, 150, 0.001)),
    ("q2 true 6.2+2.1+1.3 = 9.6", close(6.2 + 2.1 + 1.3, 9.6, 0.001)),
    ("q2 true 2009..2025 = 第十七个年头", span_ok(2009, 2025, 17, True)),
    ("q2 4.8+7.6 = 12.4", close(4.8 + 7.6, 12.4, 0.001)),
    ("q2 1260 x 3200 = 403.2万", 1260 * 3200 == 4032000),
    ("q2 storage 10+20 = 30; 20+40 = 60", 10 + 20 == 30 and 20 + 40 == 60),
    ("q2 3.2-2.8 = 0.4; 2.1-1.9 = 0.2", close(3.2 - 2.8, 0.4, 0.001) and close(2.1 - 1.9, 0.2, 0.001)),
    ("q2 6.12+3.24 = 9.36; 65.4%; true 34.6%", close(6.12 + 3.24, 9.36, 0.001) and pct(6.12, 9.36) == 65.4 and pct(3.24, 9.36) == 34.6),
    ("q2 46-23.18 = 22.82", close(46 - 23.18, 22.82, 0.001)),
    ("q3 (47.12-41.36)/41.36 = 13.9%; 47.12 > 46", pct(47.12 - 41.36, 41.36) == 13.9 and 47.12 > 46),
    ("q3 139.0+89.7 = 228.7; 60.8/39.2", close(139.0 + 89.7, 228.7, 0.001) and pct(139.0, 228.7) == 60.8 and pct(89.7, 228.7) == 39.2),
    ("q3 31.05+16.07 = 47.12", close(31.05 + 16.07, 47.12, 0.001)),
    ("q3 228.7-186.5 = 42.2 = 27.0+15.2; 139.0-112.0 = 27.0; 89.7-74.5 = 15.2", close(228.7 - 186.5, 42.2, 0.001) and close(27.0 + 15.2, 42.2, 0.001) and close(139.0 - 112.0, 27.0, 0.001) and close(89.7 - 74.5, 15.2, 0.001)),
    ("q3 228.7 < 230 (略低于); 27 < 30, 15.2 < 20", 228.7 < 230 and 27.0 < 30 and 15.2 < 20),
    ("q3 true 7.9/9.6 = 82.3%", pct(7.9, 9.6) == 82.3),
    ("q3 true 41.36+47.12 = 88.48; x 0.3 kg = 265万吨", close(41.36 + 47.12, 88.48, 0.001) and round(88.48e8 * 0.3 / 1000 / 1e4) == 265),
    ("q3 (20.6-17.8)/17.8 = 15.7%; 4.92/20.6 = 23.9%", pct(20.6 - 17.8, 17.8) == 15.7 and pct(4.92, 20.6) == 23.9),
    ("q3 10.2+4.9+1.7 = 16.8", close(10.2 + 4.9 + 1.7, 16.8, 0.001)),
    ("q3 658-612 = 46", 658 - 612 == 46),
    ("q3 2021..2025 = 五年", span_ok(2021, 2025, 5, True)),
    ("q3 true 2009..2026 = 第十八个年头", span_ok(2009, 2026, 18, True)),
    ("q3 228.7+40 = 268.7; 52-47.12 = 4.88", close(228.7 + 40, 268.7, 0.001) and close(52 - 47.12, 4.88, 0.001)),
    ("q3 2534-2486 = 48", 2534 - 2486 == 48),
    # chengchuan (EV charging)
    ("c1 38640-34120 = 4520; 4520/34120 = 13.2%", 38640 - 34120 == 4520 and pct(4520, 34120) == 13.2),
    ("c1 15280+23360 = 38640; 39.5%", 15280 + 23360 == 38640 and pct(15280, 38640) == 39.5),
    ("c1 end-2023 fast 12760/34120 = 37.4%; 39.5-37.4 = 2.1", pct(12760, 34120) == 37.4 and close(39.5 - 37.4, 2.1, 0.001)),
    ("c1 true 9860+8420+7310+5940+3870+3240 = 38640", 9860 + 8420 + 7310 + 5940 + 3870 + 3240 == 38640),
    ("c1 (9860+8420)/38640 = 47.3% 近一半", 45 < 100 * (9860 + 8420) / 38640 < 50),
    ("c1 (6.82-4.92)/4.92 = 38.6%", pct(6.82 - 4.92, 4.92) == 38.6),
    ("c1 (4.15-3.02)/3.02 = 37.4%", pct(4.15 - 3.02, 3.02) == 37.4),
    ("c1 true 52.6+31.8+15.6 = 100", close(52.6 + 31.8 + 15.6, 100, 0.001)),
    ("c1 42.7 / (11.9+3.864) = 2.7", round(42.7 / (11.9 + 3.864), 1) == 2.7),
    ("c1 true 2019..2024 = 第六个年头", span_ok(2019, 2024, 6, True)),
    ("c1 4520/8000 = 56.5%", pct(4520, 8000) == 56.5),
    ("c1 38640: 突破3.8万, 近4万", 38000 < 38640 < 40000),
    ("c2 43260-34120 = 9140; 9140/8000 = 114.3%; 9140-8000 = 1140", 43260 - 34120 == 9140 and pct(9140, 8000) == 114.3 and 9140 - 8000 == 1140),
    ("c2 (9.36-6.82)/6.82 = 37.2%", pct(9.36 - 6.82, 6.82) == 37.2),
    ("c2 true 5190+3950 = 9140; 17950-12760 = 5190; 25310-21360 = 3950", 5190 + 3950 == 9140 and 17950 - 12760 == 5190 and 25310 - 21360 == 3950),
    ("c2 12760+21360 = 34120; 17950+25310 = 43260; (17950-12760)/12760 = 40.7%", 12760 + 21360 == 34120 and 17950 + 25310 == 43260 and pct(17950 - 12760, 12760) == 40.7),
    ("c2 17950/43260 = 41.5%", pct(17950, 43260) == 41.5),
    ("c2 43260-38640 = 4620 = 2670+1950; 4620/9140 = 50.5%", 43260 - 38640 == 4620 and 2670 + 1950 == 4620 and 17950 - 15280 == 2670 and 25310 - 23360 == 1950 and pct(4620, 9140) == 50.5),
    ("c2 true 15280/38640 = 39.5%", pct(15280, 38640) == 39.5),
    ("c2 2.1+10.5 = 12.6; 2.1/12.6 = 16.7%", close(2.1 + 10.5, 12.6, 0.001) and pct(2.1, 12.6) == 16.7),
    ("c2 true 2025-2021 = 4", span_ok(2021, 2025, 4, False)),
    ("c2 49.8 / (14.2+4.326) = 2.7", round(49.8 / (14.2 + 4.326), 1) == 2.7),
    ("c3 47180-43260 = 3920; 3920/10000 = 39.2%", 47180 - 43260 == 3920 and pct(3920, 10000) == 39.2),
    ("c3 20140+27040 = 47180; 42.7%; true 57.3%; 42.7-41.5 = 1.2", 20140 + 27040 == 47180 and pct(20140, 47180) == 42.7 and pct(27040, 47180) == 57.3 and close(42.7 - 41.5, 1.2, 0.001)),
    ("c3 (4.62-3.71)/3.71 = 24.5% (超两成)", pct(4.62 - 3.71, 3.71) == 24.5 and 24.5 > 20),
    ("c3 true 47180-34120 = 13060 = 4520+4620+3920", 47180 - 34120 == 13060 and 4520 + 4620 + 3920 == 13060),
    ("c3 53.6-42.7 = 10.9; 10.9/42.7 = 25.5%", close(53.6 - 42.7, 10.9, 0.001) and pct(10.9, 42.7) == 25.5),
    ("c3 100+28 = 128; 28/50 = 56%", 100 + 28 == 128 and r0(100 * 28 / 50) == 56),
    ("c3 true 2025-2019 = 6", span_ok(2019, 2025, 6, False)),
    ("c3 4.5+0.9 = 5.4", close(4.5 + 0.9, 5.4, 0.001)),
    ("c3 2150-1860 = 290", 2150 - 1860 == 290),
    ("c3 1380/3920 = 35.2%", pct(1380, 3920) == 35.2),
    # jiaomen (fishing port)
    ("j1 (26.8-24.3)/24.3 = 10.3%; (58.6-53.4)/53.4 = 9.7%", pct(26.8 - 24.3, 24.3) == 10.3 and pct(58.6 - 53.4, 53.4) == 9.7),
    ("j1 5.9+3.2+4.6+2.7+10.4 = 26.8", close(5.9 + 3.2 + 4.6 + 2.7 + 10.4, 26.8, 0.001)),
    ("j1 shares 22.0/17.2/11.9/10.1, true rest 38.8 (sum 100)", [pct(x, 26.8) for x in (5.9, 4.6, 3.2, 2.7, 10.4)] == [22.0, 17.2, 11.9, 10.1, 38.8] and close(22.0 + 17.2 + 11.9 + 10.1 + 38.8, 100, 0.001)),
    ("j1 386+1040 = 1426; 386/1426 = 27.1%", 386 + 1040 == 1426 and pct(386, 1426) == 27.1),
    ("j1 true 3.5+8.5 = 12", close(3.5 + 8.5, 12, 0.001)),
    ("j1 2.9+2.4+1.5 = 6.8; 2200-1500 = 700", close(2.9 + 2.4 + 1.5, 6.8, 0.001) and 2200 - 1500 == 700),
    ("j1 2024-1998 = 26", span_ok(1998, 2024, 26, False)),
    ("j1 true 1978..2024 = 第四十七个年头", span_ok(1978, 2024, 47, True)),
    ("j1 targets 28 > 26.8; 62 > 58.6", 28 > 26.8 and 62 > 58.6),
    ("j2 (11.6-10.9)/10.9 = 6.4%; (25.3-23.6)/23.6 = 7.2%", pct(11.6 - 10.9, 10.9) == 6.4 and pct(25.3 - 23.6, 23.6) == 7.2),
    ("j2 true 2.4+2.1+1.3+1.1+4.7 = 11.6", close(2.4 + 2.1 + 1.3 + 1.1 + 4.7, 11.6, 0.001)),
    ("j2 1312+114 = 1426", 1312 + 114 == 1426),
    ("j2 true 1995..2024 = 第三十年", span_ok(1995, 2024, 30, True)),
    ("j2 1860 x 2.6万 = 4836万", close(1860 * 2.6, 4836, 0.001)),
    ("j2 true 4.1/6.8 = 60.3% (过半)", pct(4.1, 6.8) == 60.3 and 60.3 > 50),
    ("j2 1.2/1.8 = 2/3", close(1.2 / 1.8, 2 / 3, 0.001)),
    ("j2 1.2/3.1 = 38.7%", pct(1.2, 3.1) == 38.7),
    ("j3 (28.3-26.8)/26.8 = 5.6%; (63.5-58.6)/58.6 = 8.4%; 28.3 > 28; 63.5 > 62 > 60", pct(28.3 - 26.8, 26.8) == 5.6 and pct(63.5 - 58.6, 58.6) == 8.4 and 28.3 > 28 and 63.5 > 62 > 60),
    ("j3 true 28.3-26.8 = 1.5", close(28.3 - 26.8, 1.5, 0.001)),
    ("j3 28.4+22.6+12.5 = 63.5; 44.7/35.6, true 19.7", close(28.4 + 22.6 + 12.5, 63.5, 0.001) and [pct(x, 63.5) for x in (28.4, 22.6, 12.5)] == [44.7, 35.6, 19.7]),
    ("j3 12+3 = 15", 12 + 3 == 15),
    ("j3 6.1/6.8 = 89.7%", pct(6.1, 6.8) == 89.7),
    ("j3 42 > 40", 42 > 40),
    ("j3 true 2026-1978 = 48", span_ok(1978, 2026, 48, False)),
    ("j3 1.2亿-2000万 = 1.0亿", 12000 - 2000 == 10000),
    # hollis (county fair)
    ("h1 (148600-139900)/139900 = 6.2%", pct(148600 - 139900, 139900) == 6.2),
    ("h1 92300+31800+24500 = 148600; 148600/6 about 24800", 92300 + 31800 + 24500 == 148600 and round(148600 / 6, -2) == 24800),
    ("h1 shares 62.1/21.4, true passes 16.5", [pct(x, 148600) for x in (92300, 31800, 24500)] == [62.1, 21.4, 16.5]),
    ("h1 1948..2024 = 77th annual; 1948..2025 = 78th", span_ok(1948, 2024, 77, True) and span_ok(1948, 2025, 78, True)),
    ("h1 true 1.46+0.88+0.61+0.47 = 3.42; 3.42-3.15 = 0.27", close(1.46 + 0.88 + 0.61 + 0.47, 3.42, 0.001) and close(3.42 - 3.15, 0.27, 0.001)),
    ("h1 2011..2024 = 14th fair", span_ok(2011, 2024, 14, True)),
    ("h1 true 2024-1962 = 62", span_ok(1962, 2024, 62, False)),
    ("h1 5 x 4800 = 24000; 21400/24000 = 89.2%", 5 * 4800 == 24000 and pct(21400, 24000) == 89.2),
    ("h1 3.2+2.5+1.1+1.0 = 7.8", close(3.2 + 2.5 + 1.1 + 1.0, 7.8, 0.001)),
    ("h2 true 7.8-0.4-5.1-1.2 = 1.1", close(7.8 - 0.4 - 5.1 - 1.2, 1.1, 0.001)),
    ("h2 6200-4800 = 1400; 1400/4800 = 29.2%", 6200 - 4800 == 1400 and pct(1400, 4800) == 29.2),
    ("h2 true 2025-1956 = 69; 1956..2024 = 69 fairs", span_ok(1956, 2025, 69, False) and span_ok(1956, 2024, 69, True)),
    ("h2 true 1.46/3.42 = 42.7%", pct(1.46, 3.42) == 42.7),
    ("h2 (520-470)/470 = 10.6%; 438+23 = 461", pct(520 - 470, 470) == 10.6 and 438 + 23 == 461),
    ("h3 (156200-148600)/148600 = 5.1%; 156200 > 150000", pct(156200 - 148600, 148600) == 5.1 and 156200 > 150000),
    ("h3 96500+34400+25300 = 156200; 61.8/22.0, true 16.2", 96500 + 34400 + 25300 == 156200 and [pct(x, 156200) for x in (96500, 34400, 25300)] == [61.8, 22.0, 16.2]),
    ("h3 true 156200-139900 = 16300", 156200 - 139900 == 16300),
    ("h3 2262-2184 = 78", 2262 - 2184 == 78),
    ("h3 (655-612)/612 = 7.0%", pct(655 - 612, 612) == 7.0),
    ("h3 true 2011..2025 = 15th fair", span_ok(2011, 2025, 15, True)),
    ("h3 3.68-3.29 = 0.39", close(3.68 - 3.29, 0.39, 0.001)),
    ("h3 6 x 3500 = 21000; 19800/21000 = 94.3%", 6 * 3500 == 21000 and pct(19800, 21000) == 94.3),
    ("h3 4.9/7.8 = 62.8%", pct(4.9, 7.8) == 62.8),
    ("h3 1948..2026 = 79th annual", span_ok(1948, 2026, 79, True)),
    # wexcombe (port)
    ("w1 (1284600-1225800)/1225800 = 4.8%; 1.28 million", pct(1284600 - 1225800, 1225800) == 4.8 and round(1284600 / 1e6, 2) == 1.28),
    ("w1 612300+418900+253400 = 1284600", 612300 + 418900 + 253400 == 1284600),
    ("w1 47.7+32.6 = 80.3; true empties 19.7 (sum 100)", [pct(x, 1284600) for x in (612300, 418900, 253400)] == [47.7, 32.6, 19.7] and close(47.7 + 32.6, 80.3, 0.001) and close(80.3 + 19.7, 100, 0.001)),
    ("w1 742000+542600 = 1284600; 57.8%", 742000 + 542600 == 1284600 and pct(742000, 1284600) == 57.8),
    ("w1 403400/1284600 = 31.4%", pct(403400, 1284600) == 31.4),
    ("w1 1284600/1126 = 1141", round(1284600 / 1126) == 1141),
    ("w1 true 248+96+68 = 412", 248 + 96 + 68 == 412),
    ("w1 2024-1974 = 50", span_ok(1974, 2024, 50, False)),
    ("w1 true 1921..2024 = 104th year", span_ok(1921, 2024, 104, True)),
    ("w1 186.4-141.2 = 45.2", close(186.4 - 141.2, 45.2, 0.001)),
    ("w1 4 x 14.5 = 58", close(4 * 14.5, 58, 0.001)),
    ("w1 (1.33-1.2846)/1.2846 = 3.5%", pct(1.33 - 1.2846, 1.2846) == 3.5),
    ("w2 (198.7-186.4)/186.4 = 6.6%; 198.7-149.9 = 48.8 > 45.2", pct(198.7 - 186.4, 186.4) == 6.6 and close(198.7 - 149.9, 48.8, 0.001) and 48.8 > 45.2),
    ("w2 true 121.4+52.6+24.7 = 198.7", close(121.4 + 52.6 + 24.7, 198.7, 0.001)),
    ("w2 true 542600/1284600 = 42.2%", pct(542600, 1284600) == 42.2),
    ("w2 248/412 = 60.2%", pct(248, 412) == 60.2),
    ("w2 true 2028-1998 = 30", span_ok(1998, 2028, 30, False)),
    ("w2 9.6 x 40% = 3.84", close(9.6 * 0.4, 3.84, 0.001)),
    ("w2 (676800-641000)/641000 = 5.6%", pct(676800 - 641000, 641000) == 5.6),
    ("w3 (1352900-1284600)/1284600 = 5.3%; > 1.33 million", pct(1352900 - 1284600, 1284600) == 5.3 and 1352900 > 1330000),
    ("w3 641200+447500+264200 = 1352900; 47.4/33.1, true 19.5", 641200 + 447500 + 264200 == 1352900 and [pct(x, 1352900) for x in (641200, 447500, 264200)] == [47.4, 33.1, 19.5]),
    ("w3 true 1352900-1225800 = 127100", 1352900 - 1225800 == 127100),
    ("w3 676800+676100 = 1352900", 676800 + 676100 == 1352900),
    ("w3 441000/1352900 = 32.6%; 32.6-31.4 = 1.2", pct(441000, 1352900) == 32.6 and close(32.6 - 31.4, 1.2, 0.001)),
    ("w3 true 1974..2026 = 53rd year", span_ok(1974, 2026, 53, True)),
    ("w3 118 < 248", 118 < 248),
    ("w3 (1.40-1.3529)/1.3529 = 3.5%", pct(1.40 - 1.3529, 1.3529) == 3.5),
    # delmont (parks)
    ("d1 (186400-171200)/171200 = 8.9%", pct(186400 - 171200, 171200) == 8.9),
    ("d1 true 52800+44600+38900+29700+20400 = 186400; 52800/186400 = 28.3%", 52800 + 44600 + 38900 + 29700 + 20400 == 186400 and pct(52800, 186400) == 28.3),
    ("d1 104700/21300 = 4.9", round(104700 / 21300, 1) == 4.9),
    ("d1 62.1+6.3 = 68.4", close(62.1 + 6.3, 68.4, 0.001)),
    ("d1 4.6+3.1+1.5 = 9.2; 4.6 = half", close(4.6 + 3.1 + 1.5, 9.2, 0.001) and close(4.6 * 2, 9.2, 0.001)),
    ("d1 41.2+27.2 = 68.4; 60.2%, true 39.8%", close(41.2 + 27.2, 68.4, 0.001) and pct(41.2, 68.4) == 60.2 and pct(27.2, 68.4) == 39.8),
    ("d1 true 1946..2024 = 79th year", span_ok(1946, 2024, 79, True)),
    ("d1 2024-1888 = 136", span_ok(1888, 2024, 136, False)),
    ("d1 2019..2024 = sixth year; 10-year levy 2019..2028", span_ok(2019, 2024, 6, True) and span_ok(2019, 2028, 10, True)),
    ("d2 (24.6-23.4)/23.4 = 5.1%", pct(24.6 - 23.4, 23.4) == 5.1),
    ("d2 true 14.8+6.3+3.5 = 24.6; 14.8/24.6 = 60.2%", close(14.8 + 6.3 + 3.5, 24.6, 0.001) and pct(14.8, 24.6) == 60.2),
    ("d2 5.9/24.6 = 24.0%", pct(5.9, 24.6) == 24.0),
    ("d2 true 52800/186400 = 28.3%", pct(52800, 186400) == 28.3),
    ("d2 true 2026-1961 = 65", span_ok(1961, 2026, 65, False)),
    ("d2 500-350 = 150; 4.1 x 10 = 41", 500 - 350 == 150 and close(4.1 * 10, 41, 0.001)),
    ("d3 (186400-172900)/186400 = 7.2%; 172900 > 165000", pct(186400 - 172900, 186400) == 7.2 and 172900 > 165000),
    ("d3 55100+47200+40300+30300 = 172900; 31.9/27.3/23.3, true 17.5", 55100 + 47200 + 40300 + 30300 == 172900 and [pct(x, 172900) for x in (55100, 47200, 40300, 30300)] == [31.9, 27.3, 23.3, 17.5]),
    ("d3 (55100-52800)/52800 = 4.4%", pct(55100 - 52800, 52800) == 4.4),
    ("d3 true 68.4+2.4 = 70.8", close(68.4 + 2.4, 70.8, 0.001)),
    ("d3 98600/19800 = 5.0 (close to five)", round(98600 / 19800, 1) == 5.0),
    ("d3 4620+290 = 4910", 4620 + 290 == 4910),
    ("d3 true 1946..2025 = 80th year", span_ok(1946, 2025, 80, True)),
    ("d3 (25.8-24.6)/24.6 = 4.9%", pct(25.8 - 24.6, 24.6) == 4.9),
]

FAIL = [
    # conflict: the two values differ
    ("m01 186.5 == 185.6", 186.5 == 185.6),
    ("m02 41.36 == 41.63", 41.36 == 41.63),
    ("m03 47.12 == 47.21", 47.12 == 47.21),
    ("m04 38640 == 36840", 38640 == 36840),
    ("m05 6.82 == 6.28; 6.28 x 1.372 = 9.36", 6.82 == 6.28 or pct(9.36 - 6.28, 6.28) == 37.2),
    ("m06 47180 == 47810", 47180 == 47810),
    ("m07 26.8 == 28.6", 26.8 == 28.6),
    ("m08 26.8 == 26.3; (28.3-26.3)/26.3 = 5.6%", 26.8 == 26.3 or pct(28.3 - 26.3, 26.3) == 5.6),
    ("m09 63.5 == 65.3", 63.5 == 65.3),
    ("m10 148600 == 146800", 148600 == 146800),
    ("m11 2184 == 2148; 2262-2148 = 78", 2184 == 2148 or 2262 - 2148 == 78),
    ("m12 156200 == 165200", 156200 == 165200),
    ("m13 1284600 == 1248600", 1284600 == 1248600),
    ("m14 1126 == 1162; 1284600/1162 = 1141", 1126 == 1162 or round(1284600 / 1162) == 1141),
    ("m15 1352900 == 1325900", 1352900 == 1325900),
    ("m16 186400 == 181400", 186400 == 181400),
    ("m17 6.3 == 6.8; 62.1+6.8 = 68.4", 6.3 == 6.8 or close(62.1 + 6.8, 68.4, 0.001)),
    ("m18 172900 == 182900", 172900 == 182900),
    # shares
    ("m19 67.3+34.7 = 100; 13.54/41.36 = 34.7%", close(67.3 + 34.7, 100, 0.15) or pct(13.54, 41.36) == 34.7),
    ("m20 3.24/9.36 = 36.4%; 65.4+36.4 = 100", pct(3.24, 9.36) == 36.4 or close(65.4 + 36.4, 100, 0.15)),
    ("m21 7.9/9.6 = 86.5%", pct(7.9, 9.6) == 86.5),
    ("m22 52.6+31.8+18.4 = 100", close(52.6 + 31.8 + 18.4, 100, 0.15)),
    ("m23 15280/38640 = 41.5%", pct(15280, 38640) == 41.5),
    ("m24 27040/47180 = 57.9%; 42.7+57.9 = 100", pct(27040, 47180) == 57.9 or close(42.7 + 57.9, 100, 0.15)),
    ("m25 22.0+17.2+11.9+10.1+40.8 = 100; 10.4/26.8 = 40.8%", close(22.0 + 17.2 + 11.9 + 10.1 + 40.8, 100, 0.15) or pct(10.4, 26.8) == 40.8),
    ("m26 4.1/6.8 = 63.8%", pct(4.1, 6.8) == 63.8),
    ("m27 12.5/63.5 = 21.7%; 44.7+35.6+21.7 = 100", pct(12.5, 63.5) == 21.7 or close(44.7 + 35.6 + 21.7, 100, 0.15)),
    ("m28 62.1+21.4+18.5 = 100; 24500/148600 = 18.5%", close(62.1 + 21.4 + 18.5, 100, 0.15) or pct(24500, 148600) == 18.5),
    ("m29 1.46/3.42 = 45.2%", pct(1.46, 3.42) == 45.2),
    ("m30 61.8+22.0+14.6 = 100; 25300/156200 = 14.6%", close(61.8 + 22.0 + 14.6, 100, 0.15) or pct(25300, 156200) == 14.6),
    ("m31 80.3+21.7 = 100; 253400/1284600 = 21.7%", close(80.3 + 21.7, 100, 0.15) or pct(253400, 1284600) == 21.7),
    ("m32 542600/1284600 = 44.2%", pct(542600, 1284600) == 44.2),
    ("m33 47.4+33.1+18.5 = 100; 264200/1352900 = 18.5%", close(47.4 + 33.1 + 18.5, 100, 0.15) or pct(264200, 1352900) == 18.5),
    ("m34 60.2+41.8 = 100; 27.2/68.4 = 41.8%", close(60.2 + 41.8, 100, 0.15) or pct(27.2, 68.4) == 41.8),
    ("m35 52800/186400 = 30.3%", pct(52800, 186400) == 30.3),
    ("m36 31.9+27.3+23.3+19.5 = 100; 30300/172900 = 19.5%", close(31.9 + 27.3 + 23.3 + 19.5, 100, 0.15) or pct(30300, 172900) == 19.5),
    # sum
    ("m37 386+94+123 = 612", 386 + 94 + 123 == 612),
    ("m38 6.2+2.3+1.3 = 9.6", close(6.2 + 2.3 + 1.3, 9.6, 0.001)),
    ("m39 41.36+47.12 = 88.84", close(41.36 + 47.12, 88.84, 0.001)),
    ("m40 9860+8420+7310+5490+3870+3240 = 38640", 9860 + 8420 + 7310 + 5490 + 3870 + 3240 == 38640),
    ("m41 5190+3590 = 9140", 5190 + 3590 == 9140),
    ("m42 47180-34120 = 13160", 47180 - 34120 == 13160),
    ("m43 3.5+7.8 = 12", close(3.5 + 7.8, 12, 0.001)),
    ("m44 2.4+2.1+1.3+1.1+4.9 = 11.6", close(2.4 + 2.1 + 1.3 + 1.1 + 4.9, 11.6, 0.001)),
    ("m45 28.3-26.8 = 1.8", close(28.3 - 26.8, 1.8, 0.001)),
    ("m46 1.46+0.88+0.61+0.74 = 3.42", close(1.46 + 0.88 + 0.61 + 0.74, 3.42, 0.001)),
    ("m47 7.8-0.4-5.1-1.2 = 1.4", close(7.8 - 0.4 - 5.1 - 1.2, 1.4, 0.001)),
    ("m48 156200-139900 = 18300", 156200 - 139900 == 18300),
    ("m49 248+96+86 = 412", 248 + 96 + 86 == 412),
    ("m50 121.4+52.6+26.7 = 198.7", close(121.4 + 52.6 + 26.7, 198.7, 0.001)),
    ("m51 1352900-1225800 = 117100", 1352900 - 1225800 == 117100),
    ("m52 52800+44600+38900+29700+24000 = 186400", 52800 + 44600 + 38900 + 29700 + 24000 == 186400),
    ("m53 14.8+6.3+3.8 = 24.6", close(14.8 + 6.3 + 3.8, 24.6, 0.001)),
    ("m54 68.4+2.4 = 71.8", close(68.4 + 2.4, 71.8, 0.001)),
    # date (each fails under both counting conventions)
    ("m55 2009..2024 = 十七周年", not span_fails_both(2009, 2024, 17)),
    ("m56 2009..2025 = 第十八个年头", not span_fails_both(2009, 2025, 18)),
    ("m57 2009..2026 = 第十九个年头", not span_fails_both(2009, 2026, 19)),
    ("m58 2019..2024 = 第八个年头", not span_fails_both(2019, 2024, 8)),
    ("m59 2021..2025 = 满六年", not span_fails_both(2021, 2025, 6)),
    ("m60 2019..2025 = 八年", not span_fails_both(2019, 2025, 8)),
    ("m61 1978..2024 = 第四十九个年头", not span_fails_both(1978, 2024, 49)),
    ("m62 1995..2024 = 第二十八年", not span_fails_both(1995, 2024, 28)),
    ("m63 1978..2026 = 50周年", not span_fails_both(1978, 2026, 50)),
    ("m64 1962..2024 = turned 64", not span_fails_both(1962, 2024, 64)),
    ("m65 1956..2025 = 71 years old", not span_fails_both(1956, 2025, 71)),
    ("m66 2011..2025 = 16th fair", not span_fails_both(2011, 2025, 16)),
    ("m67 1921..2024 = 105th year", not span_fails_both(1921, 2024, 105)),
    ("m68 1998..2028 = 32 years", not span_fails_both(1998, 2028, 32)),
    ("m69 1974..2026 = 54th year", not span_fails_both(1974, 2026, 54)),
    ("m70 1946..2024 = 80th year", not span_fails_both(1946, 2024, 80)),
    ("m71 1961..2026 = 67 years old", not span_fails_both(1961, 2026, 67)),
    ("m72 1946..2025 = 82nd year", not span_fails_both(1946, 2025, 82)),
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
    if counts[("mistakes", k, "within")] < 5:
        err("fewer than 5 within-article mistakes of kind %s" % k)
    if counts[("mistakes", k, "across")] < 3:
        err("fewer than 3 across-article mistakes of kind %s" % k)
if nm < 60:
    err("fewer than 60 mistakes (%d)" % nm)
if nd < 180:
    err("fewer than 180 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
