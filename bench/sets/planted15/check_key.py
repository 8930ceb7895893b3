#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted15).

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
   at least 40 mistakes, for each kind at least 6 within one article and at least 3 across
   articles, and at least 100 decoys.
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


def span_ok(y1, y2, n, ordinal):
    """a stated span n between years y1 and y2: ordinal counts the first year as 1"""
    return (y2 - y1 + 1 == n) if ordinal else (y2 - y1 == n)


def span_fails_both(y1, y2, n):
    return y2 - y1 != n and y2 - y1 + 1 != n


HOLD = [
    # weekdays named in the articles ("Monday" before the publication date)
    ("mw1 'Monday' before 2025-02-11", D(2025, 2, 10).weekday() == 0),
    ("mw3 'Monday' before 2026-02-10", D(2026, 2, 9).weekday() == 0),
    ("k1 'Monday' before 2024-08-20", D(2024, 8, 19).weekday() == 0),
    ("k3 'Monday' before 2025-08-19", D(2025, 8, 18).weekday() == 0),
    # yunxiu (elderly meal canteens)
    ("y1 186.4 > 180 (超180万); (186.4-152.7)/152.7 = 22.1%", 186.4 > 180 and pct(186.4 - 152.7, 152.7) == 22.1),
    ("y1 36+92 = 128; 71+39+18 = 128", 36 + 92 == 128 and 71 + 39 + 18 == 128),
    ("y1 102+26 = 128; true 8+18 = 26", 102 + 26 == 128 and 8 + 18 == 26),
    ("y1 2.36/11.8 = 20.0%", pct(2.36, 11.8) == 20.0),
    ("y1 5830+10480+7290 = 23600 = 2.36万", 5830 + 10480 + 7290 == 23600 and close(23600 / 10000, 2.36, 0.001)),
    ("y1 shares 24.7/44.4, true 30.9", [pct(x, 23600) for x in (5830, 10480, 7290)] == [24.7, 44.4, 30.9]),
    ("y1 186.4万 / 2.36万 about 79 meals per person", 78 < 186.4 / 2.36 < 80),
    ("y1 12-8 = 4; 12-3 = 9", 12 - 8 == 4 and 12 - 3 == 9),
    ("y1 1520+860+480 = 2860", 1520 + 860 + 480 == 2860),
    ("y1 2860-420 = 2440; 420/2440 = 17.2%", 2860 - 420 == 2440 and pct(420, 2440) == 17.2),
    ("y1 186.4万/366 = 5000多 (5000-5999)", 5000 <= 1864000 / 366 < 6000),
    ("y1 153 x 366 about 5.6万", round(153 * 366 / 10000, 1) == 5.6),
    ("y1 128+20 = 148", 128 + 20 == 148),
    ("y1 true 2019..2025 = 7th year", span_ok(2019, 2025, 7, True)),
    ("y2 102.3 > 100 (超百万); (102.3-88.6)/88.6 = 15.5%", 102.3 > 100 and pct(102.3 - 88.6, 88.6) == 15.5),
    ("y2 128+13 = 141; 13/20 = 65%", 128 + 13 == 141 and r0(100 * 13 / 20) == 65),
    ("y2 true 41.6+60.7 = 102.3", close(41.6 + 60.7, 102.3, 0.001)),
    ("y2 (1680-1520)/1520 = 10.5%; 820/1680 = 48.8%", pct(1680 - 1520, 1520) == 10.5 and pct(820, 1680) == 48.8),
    ("y2 true 820/1520 = 53.9%", pct(820, 1520) == 53.9),
    ("y2 (4.2-3.5)/3.5 = 20.0%", pct(4.2 - 3.5, 3.5) == 20.0),
    ("y2 21000/3460 about 6", r0(21000 / 3460) == 6),
    ("y2 7+2 = 9; 10+5+3 = 18", 7 + 2 == 9 and 10 + 5 + 3 == 18),
    ("y2 13+7 = 20; 141+7 = 148", 13 + 7 == 20 and 141 + 7 == 148),
    ("y2 true 2021..2025 = 4 years", span_ok(2021, 2025, 4, False)),
    ("y3 (214.8-186.4)/186.4 = 15.2%", pct(214.8 - 186.4, 186.4) == 15.2),
    ("y3 128+22 = 150 > 148", 128 + 22 == 150 and 150 > 148),
    ("y3 102.3+112.5 = 214.8", close(102.3 + 112.5, 214.8, 0.001)),
    ("y3 86+44+20 = 150; (86-71)+(44-39)+(20-18) = 22", 86 + 44 + 20 == 150 and (86 - 71) + (44 - 39) + (20 - 18) == 22),
    ("y3 (3240-2860)/2860 = 13.3%", pct(3240 - 2860, 2860) == 13.3),
    ("y3 1680+960+600 = 3240; 51.9/29.6, true 18.5", 1680 + 960 + 600 == 3240 and [pct(x, 3240) for x in (1680, 960, 600)] == [51.9, 29.6, 18.5]),
    ("y3 2.71-2.36 = 0.35万 = 3500; 1.16+1.55 = 2.71", close(2.71 - 2.36, 0.35, 0.001) and close(1.16 + 1.55, 2.71, 0.001)),
    ("y3 2.71/12.3 = 22.0%", pct(2.71, 12.3) == 22.0),
    ("y3 214.8万/365 about 5900", round(2148000 / 365, -2) == 5900),
    ("y3 3980 persons < 4.6万 person-times", 3980 < 46000),
    ("y3 4.2+4.7 = 8.9; 26+22 = 48", close(4.2 + 4.7, 8.9, 0.001) and 26 + 22 == 48),
    ("y3 true 186.4+214.8 = 401.2", close(186.4 + 214.8, 401.2, 0.001)),
    ("y3 150+15 = 165; (1850-1680)/1680 = 10.1%", 150 + 15 == 165 and pct(1850 - 1680, 1680) == 10.1),
    ("y3 true 2019 -> 2026 = 7 years", span_ok(2019, 2026, 7, False)),
    ("y3 2016..2026 (今年) = 第十一个年头", span_ok(2016, 2026, 11, True)),
    # chengtang (old housing renovation)
    ("c1 (146-118)/118 = 23.7%", pct(146 - 118, 118) == 23.7),
    ("c1 42+38+35+31 = 146", 42 + 38 + 35 + 31 == 146),
    ("c1 3.24+1.40+3.80+0.92 = 9.36; 34.6/15.0/40.6, true 9.8", close(3.24 + 1.40 + 3.80 + 0.92, 9.36, 0.001) and [pct(x, 9.36) for x in (3.24, 1.40, 3.80, 0.92)] == [34.6, 15.0, 40.6, 9.8]),
    ("c1 true 74+68+44 = 186", 74 + 68 + 44 == 186),
    ("c1 218/604 = 36.1%", pct(218, 604) == 36.1),
    ("c1 2015..2024 (今年) = 第十个年头", span_ok(2015, 2024, 10, True)),
    ("c1 true 1984 -> 2024 = 40 years", span_ok(1984, 2024, 40, False)),
    ("c1 (10.2-9.36)/9.36 = 9.0%", pct(10.2 - 9.36, 9.36) == 9.0),
    ("c1 9.36亿 / 2.18万户 about 4.3万元", round(9.36e4 / 2.18 / 1e4, 1) == 4.3),
    ("c1 58-20 = 38", 58 - 20 == 38),
    ("c2 121/158 = 76.6%; 158-121 = 37", pct(121, 158) == 76.6 and 158 - 121 == 37),
    ("c2 46+40+38+34 = 158", 46 + 40 + 38 + 34 == 158),
    ("c2 true 3.45+1.52+4.28+0.95 = 10.2", close(3.45 + 1.52 + 4.28 + 0.95, 10.2, 0.001)),
    ("c2 2.10/3.45 = 60.9%", pct(2.10, 3.45) == 60.9),
    ("c2 true 96/218 = 44.0%; 604+96 = 700", pct(96, 218) == 44.0 and 604 + 96 == 700),
    ("c2 103/190 = 54.2%; 1460/3600 = 40.6%", pct(103, 190) == 54.2 and pct(1460, 3600) == 40.6),
    ("c2 22/30 > 2/3", 22 / 30 > 2 / 3),
    ("c2 true 1988 -> 2024 = 36 years", span_ok(1988, 2024, 36, False)),
    ("c3 161-158 = 3; (161-146)/146 = 10.3%", 161 - 158 == 3 and pct(161 - 146, 146) == 10.3),
    ("c3 47+41+38+35 = 161", 47 + 41 + 38 + 35 == 161),
    ("c3 97+46+18 = 161; 60.2/28.6, true 11.2", 97 + 46 + 18 == 161 and [pct(x, 161) for x in (97, 46, 18)] == [60.2, 28.6, 11.2]),
    ("c3 10.48-10.2 = 0.28亿 = 2800万; 10.48 > 10 > 9.36", close((10.48 - 10.2) * 10000, 2800, 0.01) and 9.36 < 10 < 10.48),
    ("c3 10.48亿 / 2.42万户 about 4.3万元", round(10.48e4 / 2.42 / 1e4, 1) == 4.3),
    ("c3 true 96+107 = 203; 604+203 = 807 = 700+107", 96 + 107 == 203 and 604 + 203 == 807 and 700 + 107 == 807),
    ("c3 194 > 190; 3650-3420 = 230; 3650 > 3600", 194 > 190 and 3650 - 3420 == 230 and 3650 > 3600),
    ("c3 682/905 = 75.4%", pct(682, 905) == 75.4),
    ("c3 146+161 = 307; true 2.18+2.42 = 4.60", 146 + 161 == 307 and close(2.18 + 2.42, 4.60, 0.001)),
    ("c3 2.42万 = 24200", close(2.42 * 10000, 24200, 0.001)),
    ("c3 true 2015 -> 2025 = 10 years", span_ok(2015, 2025, 10, False)),
    ("c3 2019..2024 = 第六年", span_ok(2019, 2024, 6, True)),
    # marrowind (broadband)
    ("m1 7920/18600 = 42.6% > 40%", pct(7920, 18600) == 42.6 and 42.6 > 40),
    ("m1 3770+4150 = 7920 > 2 x 3770", 3770 + 4150 == 7920 and 7920 > 2 * 3770),
    ("m1 3410/7920 = 43.1%", pct(3410, 7920) == 43.1),
    ("m1 1480+1350+580 = 3410; 43.4/39.6, true 17.0", 1480 + 1350 + 580 == 3410 and [pct(x, 3410) for x in (1480, 1350, 580)] == [43.4, 39.6, 17.0]),
    ("m1 538/1240 = 43.4%", pct(538, 1240) == 43.4),
    ("m1 true 312+226 = 538", 312 + 226 == 538),
    ("m1 41.2+22.8+24.0+8.4 = 96.4; 41.2/96.4 nearly 43%", close(41.2 + 22.8 + 24.0 + 8.4, 96.4, 0.001) and 42.5 <= 100 * 41.2 / 96.4 < 43),
    ("m1 (6.8-5.9)/5.9 = 15.3%", pct(6.8 - 5.9, 5.9) == 15.3),
    ("m1 7920+5600 = 13520; 89-70 = 19; 18600-7920 = 10680", 7920 + 5600 == 13520 and 89 - 70 == 19 and 18600 - 7920 == 10680),
    ("m1 true 2019..2025 = 7th year", span_ok(2019, 2025, 7, True)),
    ("m2 7920+2260 = 10180 > 10000; 10180/18600 = 54.7%", 7920 + 2260 == 10180 and 10180 > 10000 and pct(10180, 18600) == 54.7),
    ("m2 true 1410+850 = 2260", 1410 + 850 == 2260),
    ("m2 4620-3410 = 1210; 4620/10180 = 45.4%", 4620 - 3410 == 1210 and pct(4620, 10180) == 45.4),
    ("m2 true 702/1240 = 56.6% (past halfway)", pct(702, 1240) == 56.6),
    ("m2 true 1938 -> 2025 = 87", span_ok(1938, 2025, 87, False)),
    ("m2 (7.3-6.8)/6.8 = 7.4%", pct(7.3 - 6.8, 6.8) == 7.4),
    ("m2 13520-10180 = 3340", 13520 - 10180 == 3340),
    ("m2 612 persons < 1485 seats; 26+9+6 = 41", 612 < 1485 and 26 + 9 + 6 == 41),
    ("m3 13880 > 13800; 13880-13520 = 360; 6540/13880 = 47.1%", 13880 > 13800 and 13880 - 13520 == 360 and pct(6540, 13880) == 47.1),
    ("m3 13880-7920 = 5960 > 4150; 13880/18600 = 74.6%", 13880 - 7920 == 5960 and 5960 > 4150 and pct(13880, 18600) == 74.6),
    ("m3 2610+2690+1240 = 6540; 39.9/41.1, true 19.0", 2610 + 2690 + 1240 == 6540 and [pct(x, 6540) for x in (2610, 2690, 1240)] == [39.9, 41.1, 19.0]),
    ("m3 middle overtakes basic: 2690 > 2610, 1350 < 1480", 2690 > 2610 and 1350 < 1480),
    ("m3 true 6540-3410 = 3130", 6540 - 3410 == 3130),
    ("m3 71.6/96.4 about three-quarters; true 38.9+24.5+8.2 = 71.6", 72 <= 100 * 71.6 / 96.4 <= 78 and close(38.9 + 24.5 + 8.2, 71.6, 0.001)),
    ("m3 1012/1240 = 81.6%; 18600-13880 = 4720", pct(1012, 1240) == 81.6 and 18600 - 13880 == 4720),
    ("m3 true 2019 -> 2026 = 7 years ago", span_ok(2019, 2026, 7, False)),
    ("m3 7.3 < 7.6; 47 > 41", 7.3 < 7.6 and 47 > 41),
    ("m3 2008 -> 2026 (this year) = turns 18", span_ok(2008, 2026, 18, False)),
    # kestlow (recycling)
    ("k1 (18420-17650)/17650 = 4.4%", pct(18420 - 17650, 17650) == 4.4),
    ("k1 34760+18420+8620 = 61800; (18420+8620)/61800 = 43.8%", 34760 + 18420 + 8620 == 61800 and pct(18420 + 8620, 61800) == 43.8),
    ("k1 9580+3870+2210+1660+1100 = 18420", 9580 + 3870 + 2210 + 1660 + 1100 == 18420),
    ("k1 shares 52.0/21.0/9.0/6.0, true plastics 12.0", [pct(x, 18420) for x in (9580, 3870, 2210, 1660, 1100)] == [52.0, 21.0, 12.0, 9.0, 6.0]),
    ("k1 true 2.94+3.12+0.98+0.41 = 7.45", close(2.94 + 3.12 + 0.98 + 0.41, 7.45, 0.001)),
    ("k1 (1.86-1.52)/1.52 = 22.4%", pct(1.86 - 1.52, 1.52) == 22.4),
    ("k1 18420 t x 2000 / 41300 about 890 lb", round(18420 * 2000 / 41300, -1) == 890),
    ("k1 1991 -> 2024 = 33 years ago", span_ok(1991, 2024, 33, False)),
    ("k1 true 1994..2024 = 31st year", span_ok(1994, 2024, 31, True)),
    ("k1 (7.82-7.45)/7.45 = 5.0%", pct(7.82 - 7.45, 7.45) == 5.0),
    ("k1 18420 < 18500 < 18900", 18420 < 18500 < 18900),
    ("k2 (9380-9130)/9130 = 2.7%", pct(9380 - 9130, 9130) == 2.7),
    ("k2 true 4810+1960+1130+840+640 = 9380", 4810 + 1960 + 1130 + 840 + 640 == 9380),
    ("k2 640/9380 = 6.8% > 5%", pct(640, 9380) == 6.8 and 6.8 > 5),
    ("k2 9380/18900 = 49.6%", pct(9380, 18900) == 49.6),
    ("k2 12400/20000 = 62%", r0(100 * 12400 / 20000) == 62),
    ("k2 true 1.02/1.86 = 54.8%", pct(1.02, 1.86) == 54.8),
    ("k2 true 2003 -> 2025 = 22", span_ok(2003, 2025, 22, False)),
    ("k2 2380 households < 9140 set-outs", 2380 < 9140),
    ("k3 19060 > 18900; (19060-18420)/18420 = 3.5%", 19060 > 18900 and pct(19060 - 18420, 18420) == 3.5),
    ("k3 9680+9380 = 19060", 9680 + 9380 == 19060),
    ("k3 H2 by material non-negative against the true H1 split", min(9720 - 4810, 3950 - 1960, 2400 - 1130, 1760 - 840, 1230 - 640) > 0),
    ("k3 34510+19060+8930 = 62500; (19060+8930)/62500 = 44.8%", 34510 + 19060 + 8930 == 62500 and pct(19060 + 8930, 62500) == 44.8),
    ("k3 9720+3950+2400+1760+1230 = 19060; true paper 51.0% < 52.0%", 9720 + 3950 + 2400 + 1760 + 1230 == 19060 and pct(9720, 19060) == 51.0 and 51.0 < 52.0),
    ("k3 (2.14-1.86)/1.86 = 15.1%", pct(2.14 - 1.86, 1.86) == 15.1),
    ("k3 true 38+17+9 = 64", 38 + 17 + 9 == 64),
    ("k3 true 18420+19060 = 37480", 18420 + 19060 == 37480),
    ("k3 true 1991 -> 2025 = 34", span_ok(1991, 2025, 34, False)),
    ("k3 41800-41300 = 500; 19060 t x 2000 / 41800 about 910 lb", 41800 - 41300 == 500 and round(19060 * 2000 / 41800, -1) == 910),
    ("k3 (8.06-7.82)/7.82 = 3.1%; 3120 > 2380", pct(8.06 - 7.82, 7.82) == 3.1 and 3120 > 2380),
]

FAIL = [
    # conflict: the two values differ
    ("m01 186.4 == 184.6", 186.4 == 184.6),
    ("m05 2.36 == 2.63; 2.63 = 23600 / 10000", 2.36 == 2.63 or close(23600 / 10000, 2.63, 0.001)),
    ("m09 214.8 == 218.4; 102.3 + 112.5 = 218.4", 214.8 == 218.4 or close(102.3 + 112.5, 218.4, 0.001)),
    ("m13 146 == 164; 42+38+35+31 = 164", 146 == 164 or 42 + 38 + 35 + 31 == 164),
    ("m17 9.36 == 9.63; 3.24+1.40+3.80+0.92 = 9.63", 9.36 == 9.63 or close(3.24 + 1.40 + 3.80 + 0.92, 9.63, 0.001)),
    ("m21 10.48 == 10.84; 10.84-10.2 = 0.28", 10.48 == 10.84 or close(10.84 - 10.2, 0.28, 0.001)),
    ("m26 7920 == 7290; 3770+4150 = 7290", 7920 == 7290 or 3770 + 4150 == 7290),
    ("m30 41.2 == 42.1; 42.1+22.8+24.0+8.4 = 96.4", 41.2 == 42.1 or close(42.1 + 22.8 + 24.0 + 8.4, 96.4, 0.001)),
    ("m34 6540 == 6450; 2610+2690+1240 = 6450", 6540 == 6450 or 2610 + 2690 + 1240 == 6450),
    ("m39 18420 == 18240; 9580+3870+2210+1660+1100 = 18240", 18420 == 18240 or 9580 + 3870 + 2210 + 1660 + 1100 == 18240),
    ("m43 41300 == 41030; 41030+500 = 41800", 41300 == 41030 or 41030 + 500 == 41800),
    ("m47 2.14 == 2.41; (2.41-1.86)/1.86 = 15.1%", 2.14 == 2.41 or pct(2.41 - 1.86, 1.86) == 15.1),
    # shares
    ("m02 24.7+44.4+31.9 = 100; 7290/23600 = 31.9%", close(24.7 + 44.4 + 31.9, 100, 0.15) or pct(7290, 23600) == 31.9),
    ("m06 820/1520 = 56.0%", pct(820, 1520) == 56.0),
    ("m10 51.9+29.6+15.8 = 100; 600/3240 = 15.8%", close(51.9 + 29.6 + 15.8, 100, 0.15) or pct(600, 3240) == 15.8),
    ("m14 34.6+15.0+40.6+8.9 = 100; 0.92/9.36 = 8.9%", close(34.6 + 15.0 + 40.6 + 8.9, 100, 0.15) or pct(0.92, 9.36) == 8.9),
    ("m18 96/218 = 45.0%", pct(96, 218) == 45.0),
    ("m22 60.2+28.6+12.2 = 100; 18/161 = 12.2%", close(60.2 + 28.6 + 12.2, 100, 0.15) or pct(18, 161) == 12.2),
    ("m27 43.4+39.6+19.0 = 100; 580/3410 = 19.0%", close(43.4 + 39.6 + 19.0, 100, 0.15) or pct(580, 3410) == 19.0),
    ("m31 702/1240 = 58.6%", pct(702, 1240) == 58.6),
    ("m35 39.9+41.1+17.0 = 100; 1240/6540 = 17.0%", close(39.9 + 41.1 + 17.0, 100, 0.15) or pct(1240, 6540) == 17.0),
    ("m40 52.0+21.0+13.0+9.0+6.0 = 100; 2210/18420 = 13.0%", close(52.0 + 21.0 + 13.0 + 9.0 + 6.0, 100, 0.15) or pct(2210, 18420) == 13.0),
    ("m44 1.02/1.86 = 58.8%", pct(1.02, 1.86) == 58.8),
    ("m48 9720/19060 = 56.0%", pct(9720, 19060) == 56.0),
    # sum
    ("m03 8+20 = 26", 8 + 20 == 26),
    ("m07 41.6+62.7 = 102.3", close(41.6 + 62.7, 102.3, 0.001)),
    ("m11 186.4+214.8 = 410.2", close(186.4 + 214.8, 410.2, 0.001)),
    ("m15 74+68+52 = 186", 74 + 68 + 52 == 186),
    ("m19 3.45+1.52+4.18+0.95 = 10.2", close(3.45 + 1.52 + 4.18 + 0.95, 10.2, 0.001)),
    ("m23 96+117 = 203", 96 + 117 == 203),
    ("m24 2.18+2.42 = 4.50", close(2.18 + 2.42, 4.50, 0.001)),
    ("m28 312+236 = 538", 312 + 236 == 538),
    ("m32 1410+920 = 2260", 1410 + 920 == 2260),
    ("m36 6540-3410 = 3230", 6540 - 3410 == 3230),
    ("m37 38.9+24.5+6.9 = 71.6", close(38.9 + 24.5 + 6.9, 71.6, 0.001)),
    ("m41 2.94+3.12+0.98+0.31 = 7.45", close(2.94 + 3.12 + 0.98 + 0.31, 7.45, 0.001)),
    ("m45 4910+1960+1130+840+640 = 9380", 4910 + 1960 + 1130 + 840 + 640 == 9380),
    ("m49 38+17+11 = 64", 38 + 17 + 11 == 64),
    ("m50 18420+19060 = 37840", 18420 + 19060 == 37840),
    # date (each fails under both counting conventions)
    ("m04 2019..2025 = 第八个年头", not span_fails_both(2019, 2025, 8)),
    ("m08 2021..2025 = 满六年", not span_fails_both(2021, 2025, 6)),
    ("m12 2019..2026 = 走过九年", not span_fails_both(2019, 2026, 9)),
    ("m16 1984..2024 = 距今四十二年", not span_fails_both(1984, 2024, 42)),
    ("m20 1988..2024 = 走过三十八年", not span_fails_both(1988, 2024, 38)),
    ("m25 2015..2025 = 开展十二年", not span_fails_both(2015, 2025, 12)),
    ("m29 2019..2025 = eighth year", not span_fails_both(2019, 2025, 8)),
    ("m33 1938..2025 = turned 85", not span_fails_both(1938, 2025, 85)),
    ("m38 2019..2026 = five years ago (also fails for 2025)", not (span_fails_both(2019, 2026, 5) and span_fails_both(2019, 2025, 5))),
    ("m42 1994..2024 = 33rd year (also fails for 2025)", not (span_fails_both(1994, 2024, 33) and span_fails_both(1994, 2025, 33))),
    ("m46 2003..2025 = turn 20", not span_fails_both(2003, 2025, 20)),
    ("m51 1991..2025 = run for 36 years", not span_fails_both(1991, 2025, 36)),
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
if nd < 100:
    err("fewer than 100 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
