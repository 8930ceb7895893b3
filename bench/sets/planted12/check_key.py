#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (bench/sets/planted12).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 8-20 paragraphs, 14-45 lines, 1,100-3,800 characters and a headline
   as the first line after its date or front matter; at least 50 mistakes, for each kind at
   least 4 within one article and at least 2 across articles, and at least 150 decoys.
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
    if not (1100 <= nchar <= 3800):
        err("%s: %d characters, outside 1,100-3,800" % (f, nchar))
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
    ("S1 'Monday' before 2024-09-17", D(2024, 9, 16).weekday() == 0),
    ("C1 'Monday' before 2024-02-27", D(2024, 2, 26).weekday() == 0),
    ("K1 'Monday' before 2025-08-12", D(2025, 8, 11).weekday() == 0),
    ("K3 'Monday' before 2026-02-10", D(2026, 2, 9).weekday() == 0),
    # tinglan (water utility)
    ("t1 (3.42-3.28)/3.28 = +4.3%; (3.42-2.96)/3.42 = 13.5%", pct(3.42 - 3.28, 3.28) == 4.3 and pct(3.42 - 2.96, 3.42) == 13.5),
    ("t1 1.38+0.87+0.51+0.20 = 2.96", close(1.38 + 0.87 + 0.51 + 0.20, 2.96, 0.001)),
    ("t1 true sales shares 46.6/29.4/17.2/6.8 (sum 100.0)", [pct(x, 2.96) for x in (1.38, 0.87, 0.51, 0.20)] == [46.6, 29.4, 17.2, 6.8] and close(46.6 + 29.4 + 17.2 + 6.8, 100.0, 0.001)),
    ("t1 20+30+25+18+15+10 = 118", 20 + 30 + 25 + 18 + 15 + 10 == 118),
    ("t1 112.4/118 = 95.3%; 112.4 < 118", pct(112.4, 118) == 95.3 and 112.4 < 118),
    ("t1 412-380 = 32; 412 > 400", 412 - 380 == 32 and 412 > 400),
    ("t1 136.8+5.8 = 142.6", close(136.8 + 5.8, 142.6, 0.001)),
    ("t1 7.2+8.9+2.5 = 18.6", close(7.2 + 8.9 + 2.5, 18.6, 0.001)),
    ("t1 25+20 = 45; 118+20 = 138; 45 > 30 (largest plant)", 25 + 20 == 45 and 118 + 20 == 138 and 45 > 30),
    ("t1 14-9 = 5", 14 - 9 == 5),
    ("t1 true 2025-1958 = 67", 2025 - 1958 == 67),
    ("t2 7.6/12.8 = 59.4% (近六成)", pct(7.6, 12.8) == 59.4 and 55 < 59.4 < 60),
    ("t2 (1.74-1.68)/1.68 = +3.6%; 0.06亿 = 600万", pct(1.74 - 1.68, 1.68) == 3.6 and round((1.74 - 1.68) * 1e4) == 600),
    ("t2 true 7060+4510+2530+980 = 15080", 7060 + 4510 + 2530 + 980 == 15080),
    ("t2 (17400-15080)/17400 = 13.3%", pct(17400 - 15080, 17400) == 13.3),
    ("t2 108.7 < 112.4; 108.7 > 105", 108.7 < 112.4 and 108.7 > 105),
    ("t2 186/420 = 44.3%", pct(186, 420) == 44.3),
    ("t2 true 2019..2025 = 第七个年头", span_ok(2019, 2025, 7, True)),
    ("t2 10+4 = 14", 10 + 4 == 14),
    ("t2 8600万 < 1.36亿 = 13600万", 8600 < 13600),
    ("t2 5.8+22.8 = 28.6", close(5.8 + 22.8, 28.6, 0.001)),
    ("t2 58+62 = 120", 58 + 62 == 120),
    ("t2 3.10 x 1.5 = 4.65; 3.10 x 3 = 9.30", close(3.10 * 1.5, 4.65, 0.001) and close(3.10 * 3, 9.30, 0.001)),
    ("t2 9.8/21 = 46.7%", pct(9.8, 21) == 46.7),
    ("t3 (3.55-3.42)/3.42 = +3.8%; (3.55-3.09)/3.55 = 13.0%; 13.5-13.0 = 0.5", pct(3.55 - 3.42, 3.42) == 3.8 and pct(3.55 - 3.09, 3.55) == 13.0 and close(13.5 - 13.0, 0.5, 0.001)),
    ("t3 1.45+0.90+0.53+0.21 = 3.09; shares 46.9/29.1/17.2/6.8 (sum 100.0)", close(1.45 + 0.90 + 0.53 + 0.21, 3.09, 0.001) and [pct(x, 3.09) for x in (1.45, 0.90, 0.53, 0.21)] == [46.9, 29.1, 17.2, 6.8] and close(46.9 + 29.1 + 17.2 + 6.8, 100.0, 0.001)),
    ("t3 true 115.8-112.4 = 3.4", close(115.8 - 112.4, 3.4, 0.001)),
    ("t3 72.6+27.4 = 100; 27.4% of 3.55 = 0.97 (近1亿)", close(72.6 + 27.4, 100, 0.001) and 0.9 < 0.274 * 3.55 < 1.0),
    ("t3 true 11.2/12.8 = 87.5%", pct(11.2, 12.8) == 87.5),
    ("t3 436 > 420; 380+412+436 = 1228", 436 > 420 and 380 + 412 + 436 == 1228),
    ("t3 9.6+9.3+2.5 = 21.4; 21.4 > 21 (plan)", close(9.6 + 9.3 + 2.5, 21.4, 0.001) and 21.4 > 21),
    ("t3 true 18.6+21.4 = 40.0", close(18.6 + 21.4, 40.0, 0.001)),
    ("t3 142.6+4.3 = 146.9 = 140.8+6.1", close(142.6 + 4.3, 146.9, 0.001) and close(140.8 + 6.1, 146.9, 0.001)),
    ("t3 9+3 = 12; 14-12 = 2", 9 + 3 == 12 and 14 - 12 == 2),
    ("t3 32.4-28.6 = 3.8", close(32.4 - 28.6, 3.8, 0.001)),
    ("t3 124 > 120; 136+124 = 260", 124 > 120 and 136 + 124 == 260),
    ("t3 5.02万-4.86万 = 1600", round((5.02 - 4.86) * 1e4) == 1600),
    ("t3 true 1993..2026 = 第34个年头", span_ok(1993, 2026, 34, True)),
    ("t3 2026 plan 118+20 = 138", 118 + 20 == 138),
    # luanxi (tea)
    ("l1 true 23.4/28.6 = 81.8%", pct(23.4, 28.6) == 81.8),
    ("l1 (42.3-39.2)/39.2 = +7.9%", pct(42.3 - 39.2, 39.2) == 7.9),
    ("l1 1.12+0.47+0.16+0.11 = 1.86; shares 60.2/25.3/8.6/5.9 (sum 100.0)", close(1.12 + 0.47 + 0.16 + 0.11, 1.86, 0.001) and [pct(x, 1.86) for x in (1.12, 0.47, 0.16, 0.11)] == [60.2, 25.3, 8.6, 5.9] and close(60.2 + 25.3 + 8.6 + 5.9, 100.0, 0.001)),
    ("l1 96.5/42.3 between 2 and 3 (两倍多)", 2 < 96.5 / 42.3 < 3),
    ("l1 146+580+38 = 764", 146 + 580 + 38 == 764),
    ("l1 2024-2012 = 12 (12年来)", span_ok(2012, 2024, 12, False)),
    ("l1 2010..2024 = 第十五届", span_ok(2010, 2024, 15, True)),
    ("l1 (1280-1200)/1200 = +6.7%", pct(1280 - 1200, 1200) == 6.7),
    ("l1 80/20 = 4 per group", 80 / 20 == 4),
    ("l2 0.81-0.78 = 0.03万吨 = 300吨", round((0.81 - 0.78) * 1e4) == 300),
    ("l2 true 0.36+0.45 = 0.81", close(0.36 + 0.45, 0.81, 0.001)),
    ("l2 18.9/24.6 = 76.8%", pct(18.9, 24.6) == 76.8),
    ("l2 true 2010..2024 = 第十五届", span_ok(2010, 2024, 15, True)),
    ("l2 (38.6-34.1)/34.1 = +13.2%", pct(38.6 - 34.1, 34.1) == 13.2),
    ("l2 186 > 162", 186 > 162),
    ("l2 6.3/31.6 = 19.9%", pct(6.3, 31.6) == 19.9),
    ("l2 6000+3600+2400 = 12000万 = 1.2亿", 6000 + 3600 + 2400 == 12000),
    ("l3 29.3-28.6 = 0.7 (true); 24.5/29.3 = 83.6%", close(29.3 - 28.6, 0.7, 0.001) and pct(24.5, 29.3) == 83.6),
    ("l3 (1.94-1.86)/1.86 = +4.3%; (45.8-42.3)/42.3 = +8.3%; 103.2 > 100", pct(1.94 - 1.86, 1.86) == 4.3 and pct(45.8 - 42.3, 42.3) == 8.3 and 103.2 > 100),
    ("l3 1.15+0.50+0.29 = 1.94; shares 59.3/25.8/14.9 (sum 100.0)", close(1.15 + 0.50 + 0.29, 1.94, 0.001) and [pct(x, 1.94) for x in (1.15, 0.50, 0.29)] == [59.3, 25.8, 14.9] and close(59.3 + 25.8 + 14.9, 100.0, 0.001)),
    ("l3 23.1/29.3 = 78.8%; 12.4/29.3 = 42.3%", pct(23.1, 29.3) == 78.8 and pct(12.4, 29.3) == 42.3),
    ("l3 true 24.6/45.8 = 53.7%", pct(24.6, 45.8) == 53.7),
    ("l3 186+24 = 210", 186 + 24 == 210),
    ("l3 158+612+41 = 811", 158 + 612 + 41 == 811),
    ("l3 true 2012..2025 = 第十四个年头", span_ok(2012, 2025, 14, True)),
    ("l3 0.35-0.32 = 300吨", round((0.35 - 0.32) * 1e4) == 300),
    ("l3 (3680-3260)/3260 = +12.9%; (2380-2140)/2140 = +11.2%", pct(3680 - 3260, 3260) == 12.9 and pct(2380 - 2140, 2140) == 11.2),
    ("l3 2010..2025 = 第十六届", span_ok(2010, 2025, 16, True)),
    ("l3 1.51万-1.42万 = 900; 13.1万-12.6万 = 5000", round((1.51 - 1.42) * 1e4) == 900 and round((13.1 - 12.6) * 1e4) == 5000),
    ("l3 targets 50 > 45.8; 110 > 103.2", 50 > 45.8 and 110 > 103.2),
    # heyu (museum)
    ("h1 (186.4-130.6)/130.6 = +42.7%", pct(186.4 - 130.6, 130.6) == 42.7),
    ("h1 58.2/186.4 = 31.2%; 103.6/186.4 = 55.6%", pct(58.2, 186.4) == 31.2 and pct(103.6, 186.4) == 55.6),
    ("h1 1864000/310 = 6013; 9920 < 10000", round(1864000 / 310) == 6013 and 9920 < 10000),
    ("h1 236+1184+7000 = 8420", 236 + 1184 + 7000 == 8420),
    ("h1 4.1/12.46 = 32.9%", pct(4.1, 12.46) == 32.9),
    ("h1 true 21+15+12 = 48", 21 + 15 + 12 == 48),
    ("h1 2024-1954 = 70; 2024-2014 = 10", span_ok(1954, 2024, 70, False) and span_ok(2014, 2024, 10, False)),
    ("h1 1.86 < 5.2; 186.4 < 200 (接近满负荷)", 1.86 < 5.2 and 180 < 186.4 < 200),
    ("h1 true 1958..2024 = 第六十七个年头", span_ok(1958, 2024, 67, True)),
    ("h2 (42.6-36.0)/36.0 = +18.3%; 426000/62 = 6871", pct(42.6 - 36.0, 36.0) == 18.3 and round(426000 / JUL_AUG) == 6871),
    ("h2 true 17.4+25.2 = 42.6", close(17.4 + 25.2, 42.6, 0.001)),
    ("h2 true 58.4+41.6 = 100", close(58.4 + 41.6, 100, 0.001)),
    ("h2 19.8/42.6 = 46.5%", pct(19.8, 42.6) == 46.5),
    ("h2 2011..2024 = 第十四个年头", span_ok(2011, 2024, 14, True)),
    ("h2 58.7 近60万", 55 < 58.7 < 60),
    ("h2 42/236 = 17.8%", pct(42, 236) == 17.8),
    ("h2 12.46 > 12 (超过12万)", 12.46 > 12),
    ("h2 3.1/42.6 = 7.3%", pct(3.1, 42.6) == 7.3),
    ("h2 1260/3860 = 32.6% (三分之一左右)", 30 < 100 * 1260 / 3860 < 36),
    ("h2 1.18 < 1.2", 1.18 < 1.2),
    ("h3 (203.8-186.4)/186.4 = +9.3%; 203.8 > 200", pct(203.8 - 186.4, 186.4) == 9.3 and 203.8 > 200),
    ("h3 66.1/203.8 = 32.4%; 116.8/203.8 = 57.3%", pct(66.1, 203.8) == 32.4 and pct(116.8, 203.8) == 57.3),
    ("h3 true age shares 32.4+58.9+8.7 = 100", close(32.4 + 58.9 + 8.7, 100, 0.001)),
    ("h3 true 203.8-186.4 = 17.4; 186.4+203.8 = 390.2", close(203.8 - 186.4, 17.4, 0.001) and close(186.4 + 203.8, 390.2, 0.001)),
    ("h3 124600+1380 = 125980 = 12.60万", round((124600 + 1380) / 1e4, 2) == 12.60),
    ("h3 4.9/12.60 = 38.9%", pct(4.9, 12.60) == 38.9),
    ("h3 24+17+11 = 52", 24 + 17 + 11 == 52),
    ("h3 91.6 > 58.7", 91.6 > 58.7),
    ("h3 (4520-3860)/3860 = +17.1%", pct(4520 - 3860, 3860) == 17.1),
    ("h3 true 2025-2014 = 11", span_ok(2014, 2025, 11, False)),
    ("h3 1.86+0.84 = 2.70", close(1.86 + 0.84, 2.70, 0.001)),
    ("h3 203.8/412 = 49.5% (约占一半)", pct(203.8, 412) == 49.5),
    ("h3 1460 < 4620; 210 > 203.8", 1460 < 4620 and 210 > 203.8),
    # tamsett (hospital district)
    ("s1 (21460-20480)/20480 = +4.8%", pct(21460 - 20480, 20480) == 4.8),
    ("s1 12940+5210+3310 = 21460", 12940 + 5210 + 3310 == 21460),
    ("s1 642.8-628.5 = 14.3; 14.3/642.8 = 2.2%", close(642.8 - 628.5, 14.3, 0.001) and pct(14.3, 642.8) == 2.2),
    ("s1 true payer 44.1+29.8+21.6+4.5 = 100", close(44.1 + 29.8 + 21.6 + 4.5, 100, 0.001)),
    ("s1 1640/4870 = 33.7%", pct(1640, 4870) == 33.7),
    ("s1 312-88+124 = 348; 2024-1962 = 62", 312 - 88 + 124 == 348 and span_ok(1962, 2024, 62, False)),
    ("s1 2.5 x 23.20 = 58", close(250000 / 100000 * 23.20, 58, 0.001)),
    ("s1 61400 > 45000", 61400 > 45000),
    ("s1 true 1923..2024 = 102nd year", span_ok(1923, 2024, 102, True)),
    ("s1 (671.4-628.5)/628.5 = +6.8%", pct(671.4 - 628.5, 628.5) == 6.8),
    ("s2 31208/53438 = 58.4%; 22230/53438 = 41.6%", pct(31208, 31208 + 22230) == 58.4 and pct(22230, 31208 + 22230) == 41.6),
    ("s2 186+19+9 = 214", 186 + 19 + 9 == 214),
    ("s2 14.6/19 = 76.8%", pct(14.6, 19) == 76.8),
    ("s2 true 36+64+24 = 124", 36 + 64 + 24 == 124),
    ("s2 2027-1962 = 65", span_ok(1962, 2027, 65, False)),
    ("s2 true 2011..2026 = 16th year", span_ok(2011, 2026, 16, True)),
    ("s2 true 5210/21460 = 24.3%", pct(5210, 21460) == 24.3),
    ("s2 (11080-10750)/10750 = +3.1%", pct(11080 - 10750, 10750) == 3.1),
    ("s3 (22310-21460)/21460 = +4.0%; 22310 > 22000", pct(22310 - 21460, 21460) == 4.0 and 22310 > 22000),
    ("s3 13480+5390+3440 = 22310", 13480 + 5390 + 3440 == 22310),
    ("s3 63900/99800 = 64.0%; true 22600/99800 = 22.6%", pct(63900, 99800) == 64.0 and pct(22600, 99800) == 22.6),
    ("s3 true 684.6-669.2 = 15.4", close(684.6 - 669.2, 15.4, 0.001)),
    ("s3 671.4-669.2 = 2.2", close(671.4 - 669.2, 2.2, 0.001)),
    ("s3 45.0+29.1+21.2+4.7 = 100", close(45.0 + 29.1 + 21.2 + 4.7, 100, 0.001)),
    ("s3 1710/4960 = 34.5%; 58 < 96", pct(1710, 4960) == 34.5 and 58 < 96),
    ("s3 true 2009..2025 = 17th year", span_ok(2009, 2025, 17, True)),
    ("s3 (702.5-669.2)/669.2 = +5.0%", pct(702.5 - 669.2, 669.2) == 5.0),
    ("s3 212 in fiscal 2022 = three years before fiscal 2025", 2024 - 2 == 2022 and 2025 - 2022 == 3),
    # calloway (library)
    ("c1 (2864000-2722000)/2722000 = +5.2%", pct(2864000 - 2722000, 2722000) == 5.2),
    ("c1 1872000+992000 = 2864000; 992/2864 = 34.6% > 33.3", 1872000 + 992000 == 2864000 and pct(992000, 2864000) == 34.6 and 34.6 > 100 / 3),
    ("c1 1108000+1756000 = 2864000", 1108000 + 1756000 == 2864000),
    ("c1 27900/118400 = 23.6%", pct(27900, 118400) == 23.6),
    ("c1 15.1+3.8+3.4+2.3 = 24.6; shares 61.4/15.4/13.8, true other 9.3", close(15.1 + 3.8 + 3.4 + 2.3, 24.6, 0.001) and [pct(x, 24.6) for x in (15.1, 3.8, 3.4, 2.3)] == [61.4, 15.4, 13.8, 9.3]),
    ("c1 1984..2023 = 40th edition; 2023-1913 = 110", span_ok(1984, 2023, 40, True) and span_ok(1913, 2023, 110, False)),
    ("c1 true 1967..2024 = 58th year", span_ok(1967, 2024, 58, True)),
    ("c1 1 central + 7 branches = 8 buildings; Marrow Hill = 8th branch", 1 + 7 == 8 and 7 + 1 == 8),
    ("c2 8.5+3.3 = 11.8", close(8.5 + 3.3, 11.8, 0.001)),
    ("c2 true 1984..2024 = 41st", span_ok(1984, 2024, 41, True)),
    ("c2 true 6180+3140+1100 = 10420; 10420 > 9860 (record)", 6180 + 3140 + 1100 == 10420 and 10420 > 9860),
    ("c2 (3.12-2.78)/2.78 = +12.2%", pct(3.12 - 2.78, 2.78) == 12.2),
    ("c2 521/1439 = 36.2%", pct(521000, 1439000) == 36.2),
    ("c2 true 1108000/2864000 = 38.7%", pct(1108000, 2864000) == 38.7),
    ("c2 121300 > 118400", 121300 > 118400),
    ("c3 (3012000-2864000)/2864000 = +5.2%", pct(3012000 - 2864000, 2864000) == 5.2),
    ("c3 1904000+1108000 = 3012000; 36.8%; 36.8-34.6 = 2.2", 1904000 + 1108000 == 3012000 and pct(1108000, 3012000) == 36.8 and close(36.8 - 34.6, 2.2, 0.001)),
    ("c3 1126000+1886000 = 3012000", 1126000 + 1886000 == 3012000),
    ("c3 124900-118400 = 6500; 29600/124900 = 23.7% (one in four)", 124900 - 118400 == 6500 and pct(29600, 124900) == 23.7 and 20 < 23.7 < 27),
    ("c3 25.9 > 25.8; true 15.9+4.1+3.6+2.3 = 25.9", 25.9 > 25.8 and close(15.9 + 4.1 + 3.6 + 2.3, 25.9, 0.001)),
    ("c3 11.8-11.6 = 0.2", close(11.8 - 11.6, 0.2, 0.001)),
    ("c3 true 3012000-2722000 = 290000", 3012000 - 2722000 == 290000),
    ("c3 true 2025-1913 = 112", span_ok(1913, 2025, 112, False)),
    ("c3 (27.2-25.9)/25.9 = +5.0%", pct(27.2 - 25.9, 25.9) == 5.0),
    # kestrel (ferry)
    ("k1 (2314000-2231000)/2231000 = +3.7%; 2.31 million", pct(2314000 - 2231000, 2231000) == 3.7 and round(2314000 / 1e6, 2) == 2.31),
    ("k1 1486000+642000+186000 = 2314000", 1486000 + 642000 + 186000 == 2314000),
    ("k1 route shares 64.2/27.7, true shuttle 8.0", [pct(x, 2314000) for x in (1486000, 642000, 186000)] == [64.2, 27.7, 8.0]),
    ("k1 548000+64000 = 612000", 548000 + 64000 == 612000),
    ("k1 2025-1986 = 39", span_ok(1986, 2025, 39, False)),
    ("k1 41.0+18.2+9.2 = 68.4; 41.0/68.4 = 59.9%", close(41.0 + 18.2 + 9.2, 68.4, 0.001) and pct(41.0, 68.4) == 59.9),
    ("k1 34.0/54.6 = 62.3%", pct(34.0, 54.6) == 62.3),
    ("k1 (9.40-8.95)/8.95 = +5.0%", pct(9.40 - 8.95, 8.95) == 5.0),
    ("k1 true 1971..2025 = 55th year", span_ok(1971, 2025, 55, True)),
    ("k2 true 760+280+160 = 1200", 760 + 280 + 160 == 1200),
    ("k2 1.1/2.9 = 38%", r0(100 * 1.1 / 2.9) == 38),
    ("k2 true 2026-2014 = 12", span_ok(2014, 2026, 12, False)),
    ("k2 12.6 x 80% = 10.08", close(12.6 * 0.8, 10.08, 0.001)),
    ("k2 486000/62 = 7839", round(486000 / JUL_AUG) == 7839),
    ("k2 16-2 = 14", 16 - 2 == 14),
    ("k3 (1262000-1226000)/1226000 = +2.9%", pct(1262000 - 1226000, 1226000) == 2.9),
    ("k3 812000+348000+102000 = 1262000", 812000 + 348000 + 102000 == 1262000),
    ("k3 486000/1262000 = 38.5%", pct(486000, 1262000) == 38.5),
    ("k3 296000+35000 = 331000; 89.4%; true trucks 10.6%", 296000 + 35000 == 331000 and pct(296000, 331000) == 89.4 and pct(35000, 331000) == 10.6),
    ("k3 (57.3-54.6)/54.6 = +4.9%", pct(57.3 - 54.6, 54.6) == 4.9),
    ("k3 (9.90-9.40)/9.40 = +5.3%", pct(9.90 - 9.40, 9.40) == 5.3),
    ("k3 true 2314000-2231000 = 83000", 2314000 - 2231000 == 83000),
    ("k3 69.1-68.4 = 0.7", close(69.1 - 68.4, 0.7, 0.001)),
    ("k3 true 2026-1986 = 40", span_ok(1986, 2026, 40, False)),
    ("k3 fare raised 2024, flat two years by 2026", 2026 - 2024 == 2),
]

FAIL = [
    # conflict: the two values differ
    ("m01 3.42 == 3.24", 3.42 == 3.24),
    ("m02 412 == 421", 412 == 421),
    ("m03 112.4 == 121.4; 115.8-121.4 == 3.4", 112.4 == 121.4 or close(115.8 - 121.4, 3.4, 0.001)),
    ("m04 28.6 == 26.8", 28.6 == 26.8),
    ("m05 146 == 164", 146 == 164),
    ("m06 45.8 == 48.5", 45.8 == 48.5),
    ("m07 186.4 == 168.4", 186.4 == 168.4),
    ("m08 42.6 == 46.2", 42.6 == 46.2),
    ("m09 61400 == 64100", 61400 == 64100),
    ("m10 88 == 98", 88 == 98),
    ("m11 214 == 241", 214 == 241),
    ("m12 612400 == 621400", 612400 == 621400),
    ("m13 2864000 == 2684000", 2864000 == 2684000),
    ("m14 10420 == 10240", 10420 == 10240),
    ("m15 2314000 == 2341000", 2314000 == 2341000),
    ("m16 124 == 142", 124 == 142),
    ("m17 57.3 == 53.7", 57.3 == 53.7),
    # shares
    ("m18 46.6+29.4+17.2+6.3 = 100", close(46.6 + 29.4 + 17.2 + 6.3, 100.0, 0.15)),
    ("m18 0.20/2.96 = 6.3%", pct(0.20, 2.96) == 6.3),
    ("m19 11.2/12.8 = 92.5%", pct(11.2, 12.8) == 92.5),
    ("m20 23.4/28.6 = 84.8%", pct(23.4, 28.6) == 84.8),
    ("m21 24.6/45.8 = 58.7%", pct(24.6, 45.8) == 58.7),
    ("m22 62.4+41.6 = 100", close(62.4 + 41.6, 100.0, 0.15)),
    ("m23 32.4+58.9+10.3 = 100", close(32.4 + 58.9 + 10.3, 100.0, 0.15)),
    ("m24 44.1+29.8+21.6+6.5 = 100", close(44.1 + 29.8 + 21.6 + 6.5, 100.0, 0.15)),
    ("m25 5210/21460 = 27.4%", pct(5210, 21460) == 27.4),
    ("m26 22600/99800 = 26.2%", pct(22600, 99800) == 26.2),
    ("m27 61.4+15.4+13.8+12.4 = 100", close(61.4 + 15.4 + 13.8 + 12.4, 100.0, 0.15)),
    ("m27 2.3/24.6 = 12.4%", pct(2.3, 24.6) == 12.4),
    ("m28 1108000/2864000 = 41.3%", pct(1108000, 2864000) == 41.3),
    ("m29 64.2+27.7+10.1 = 100", close(64.2 + 27.7 + 10.1, 100.0, 0.15)),
    ("m29 186000/2314000 = 10.1%", pct(186000, 2314000) == 10.1),
    ("m30 642000/2314000 = 24.7%", pct(642000, 2314000) == 24.7),
    ("m31 89.4+12.6 = 100", close(89.4 + 12.6, 100.0, 0.15)),
    ("m31 35000/331000 = 12.6%", pct(35000, 331000) == 12.6),
    # sum
    ("m32 7060+4150+2530+980 = 15080", 7060 + 4150 + 2530 + 980 == 15080),
    ("m33 18.6+21.4 = 39.8", close(18.6 + 21.4, 39.8, 0.001)),
    ("m34 0.36+0.54 = 0.81", close(0.36 + 0.54, 0.81, 0.001)),
    ("m35 29.3-28.6 = 0.9", close(29.3 - 28.6, 0.9, 0.001)),
    ("m36 21+15+9 = 48", 21 + 15 + 9 == 48),
    ("m37 17.4+24.8 = 42.6", close(17.4 + 24.8, 42.6, 0.001)),
    ("m38 203.8-186.4 = 14.7", close(203.8 - 186.4, 14.7, 0.001)),
    ("m39 36+64+28 = 124", 36 + 64 + 28 == 124),
    ("m40 684.6-669.2 = 13.4", close(684.6 - 669.2, 13.4, 0.001)),
    ("m41 6180+3140+1300 = 10420", 6180 + 3140 + 1300 == 10420),
    ("m42 15.9+4.1+3.6+2.8 = 25.9", close(15.9 + 4.1 + 3.6 + 2.8, 25.9, 0.001)),
    ("m43 3012000-2722000 = 270000", 3012000 - 2722000 == 270000),
    ("m44 760+280+180 = 1200", 760 + 280 + 180 == 1200),
    ("m45 2314000-2231000 = 38000", 2314000 - 2231000 == 38000),
    # date (each fails under both counting conventions)
    ("m46 2025-1958 = 65周年", not span_fails_both(1958, 2025, 65)),
    ("m47 2019..2025 = 第九个年头", not span_fails_both(2019, 2025, 9)),
    ("m48 1993..2026 = 第35个年头", not span_fails_both(1993, 2026, 35)),
    ("m49 2010..2024 = 第十七届", not span_fails_both(2010, 2024, 17)),
    ("m50 2012..2025 = 第十六个年头", not span_fails_both(2012, 2025, 16)),
    ("m51 1958..2024 = 第六十三个年头", not span_fails_both(1958, 2024, 63)),
    ("m52 2014..2025 = 十三年", not span_fails_both(2014, 2025, 13)),
    ("m53 1923..2024 = 104th year", not span_fails_both(1923, 2024, 104)),
    ("m54 2011..2026 = 18th year", not span_fails_both(2011, 2026, 18)),
    ("m55 2009..2025 = 19th year", not span_fails_both(2009, 2025, 19)),
    ("m56 1967..2024 = 60th year", not span_fails_both(1967, 2024, 60)),
    ("m57 1984..2024 = 43rd", not span_fails_both(1984, 2024, 43)),
    ("m58 1913..2025 = 114 years old", not span_fails_both(1913, 2025, 114)),
    ("m59 1971..2025 = 57th year", not span_fails_both(1971, 2025, 57)),
    ("m60 2014..2026 = 14 years", not span_fails_both(2014, 2026, 14)),
    ("m61 1986..2026 = 43 years", not span_fails_both(1986, 2026, 43)),
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
if nm < 50:
    err("fewer than 50 mistakes (%d)" % nm)
if nd < 150:
    err("fewer than 150 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
