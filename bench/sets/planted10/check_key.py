#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (bench/sets/planted10).

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

    # length 14-35 lines; the first line after the date / front matter is a headline (short,
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


def months(y1, m1, y2, m2):
    return (y2 * 12 + m2) - (y1 * 12 + m1)


def r0(x):
    """round half up to an integer percent"""
    return int(x + 0.5 + 1e-9)


DAYS = {2024: 366, 2025: 365}

HOLD = [
    # cenchuan (tea)
    ("c1 (3120-2921)/2921 = +6.8%; (14.6-13.4)/13.4 = +9.0%", pct(3120 - 2921, 2921) == 6.8 and pct(14.6 - 13.4, 13.4) == 9.0),
    ("c1 green 1980/3120 = 63.5% > 60% (超六成); 760 = 24.4%; 230 = 7.4%", [pct(x, 3120) for x in (1980, 760, 230)] == [63.5, 24.4, 7.4] and 63.5 > 60),
    ("c1 true rest 3120-1980-760-230 = 150 = 4.8%", 3120 - 1980 - 760 - 230 == 150 and pct(150, 3120) == 4.8),
    ("c1 2.1+3.4 = 5.5; 5.5/12.6 = 43.7%", close(2.1 + 3.4, 5.5, 0.001) and pct(5.5, 12.6) == 43.7),
    ("c1 true pickers 1.9+0.9 = 2.8", close(1.9 + 0.9, 2.8, 0.001)),
    ("c1 2025-2016 = 9 (九年来)", 2025 - 2016 == 9),
    ("c1 6+14+21 = 41 <= 48 (subset)", 6 + 14 + 21 <= 48),
    ("c1 3.2/14.6 = 21.9%", pct(3.2, 14.6) == 21.9),
    ("c1 true 2013..2025 = 第十三个年头", 2025 - 2013 + 1 == 13),
    ("c1 2025-1978 = 47", 2025 - 1978 == 47),
    ("c1 2012..2025 = 第十四届; 2024 = 第十三届", 2025 - 2012 + 1 == 14 and 2024 - 2012 + 1 == 13),
    ("c1 21.3+11.2+6.1 = 38.6", close(21.3 + 11.2 + 6.1, 38.6, 0.001)),
    ("c1 2921/8460 = 34.5%", pct(2921, 8460) == 34.5),
    ("c2 (7350-6941)/6941 = +5.9%; (21.7-20.0)/20.0 = +8.5%", pct(7350 - 6941, 6941) == 5.9 and pct(21.7 - 20.0, 20.0) == 8.5),
    ("c2 3280+4070 = 7350; 15.1+6.6 = 21.7", 3280 + 4070 == 7350 and close(15.1 + 6.6, 21.7, 0.001)),
    ("c2 2850/4070 = 70.0% (七成)", pct(2850, 4070) == 70.0),
    ("c2 21.7亿/7350吨 = 295元/kg; 20.0亿/6941吨 = 288元/kg", round(21.7e8 / 7350e3) == 295 and round(20.0e8 / 6941e3) == 288),
    ("c2 true 2016..2025: 9 years (10 counting both)", 2025 - 2016 == 9),
    ("c2 6000 a day x 92 days (Jul-Sep) = 55万人次", round(6000 * (31 + 31 + 30) / 1e4) == 55),
    ("c2 3.9/9.8 = 39.8%", pct(3.9, 9.8) == 39.8),
    ("c2 true export shares must add to 100 (46+31+23)", 46 + 31 + 23 == 100),
    ("c2 4.2亿/2860 = 14.7万", round(4.2e8 / 2860 / 1e4, 1) == 14.7),
    ("c2 9+14 = 23", 9 + 14 == 23),
    ("c2 15.4 > 15 (forecast 15万以上)", 15.4 > 15),
    ("c2 15.4 <= 48.6 (其中)", 15.4 <= 48.6),
    ("c2 21.3 > half of 38.6 (and of 36.8)", 21.3 > 38.6 / 2 and 21.3 > 36.8 / 2),
    ("c2 42.5 > 40 (有望突破40亿)", 42.5 > 40),
    ("c3 (9030-8460)/8460 = +6.7%", pct(9030 - 8460, 8460) == 6.7),
    ("c3 (23.4-21.3)/21.3 = +9.9%", pct(23.4 - 21.3, 21.3) == 9.9),
    ("c3 (42.5-38.6)/38.6 = +10.1%", pct(42.5 - 38.6, 38.6) == 10.1),
    ("c3 9030-7350 = 1680; 23.4-21.7 = 1.7", 9030 - 7350 == 1680 and close(23.4 - 21.7, 1.7, 0.001)),
    ("c3 true summer-autumn 9030-3280 = 5750 = 4070+1680", 9030 - 3280 == 5750 and 4070 + 1680 == 5750),
    ("c3 23.4亿/9030吨 = 259元/kg", round(23.4e8 / 9030e3) == 259),
    ("c3 true 15.1/23.4 = 64.5%", pct(15.1, 23.4) == 64.5),
    ("c3 1.72 > 1.7", 1.72 > 1.7),
    ("c3 3.9+0.4 = 4.3", close(3.9 + 0.4, 4.3, 0.001)),
    ("c3 2026-2016 = 10 (十周年); 48+5 = 53; 1.26万+500 = 1.31万", 2026 - 2016 == 10 and 48 + 5 == 53 and 12600 + 500 == 13100),
    ("c3 (1.46-1.26)/1.26 = +15.9%; 1260/1720 = 73.3%", pct(1.46 - 1.26, 1.26) == 15.9 and pct(1260, 1720) == 73.3),
    ("c3 true 2026-1978 = 48", 2026 - 1978 == 48),
    ("c3 2025 (去年) = 第十四届", 2025 - 2012 + 1 == 14),
    ("c3 23.4+11.9+7.2 = 42.5; 2.3/11.9 = 19.3%", close(23.4 + 11.9 + 7.2, 42.5, 0.001) and pct(2.3, 11.9) == 19.3),
    ("c3 10800万 = 1.08亿; 10800/14600 = 74.0%", 10800 == 1.08e4 and pct(10800, 14600) == 74.0),
    ("c3 7.6/42.5 = 17.9%; 4.2+1.1 = 5.3; 1860+570 = 2430", pct(7.6, 42.5) == 17.9 and close(4.2 + 1.1, 5.3, 0.001) and 1860 + 570 == 2430),
    # yingzhou (water utility)
    ("y1 (2.47-2.39)/2.39 = +3.3%; 2.47亿/366 = 67.5万", pct(2.47 - 2.39, 2.39) == 3.3 and round(24700 / DAYS[2024], 1) == 67.5),
    ("y1 40/96 = 41.7% (约四成)", pct(40, 96) == 41.7),
    ("y1 40+30+26 = 96; 84.2 < 96", 40 + 30 + 26 == 96 and 84.2 < 96),
    ("y1 1.12+0.58+0.35+0.04 = 2.09", close(1.12 + 0.58 + 0.35 + 0.04, 2.09, 0.001)),
    ("y1 sales shares 53.6/27.8/1.9 fit; true 0.35 share 16.7", [pct(x, 2.09) for x in (1.12, 0.58, 0.35, 0.04)] == [53.6, 27.8, 16.7, 1.9]),
    ("y1 (2.47-2.09)/2.47 = 15.4%", pct(2.47 - 2.09, 2.47) == 15.4),
    ("y1 118+156 = 274; 412-274 = 138", 118 + 156 == 274 and 412 - 274 == 138),
    ("y1 7.9+5.2+3.6+1.9 = 18.6", close(7.9 + 5.2 + 3.6 + 1.9, 18.6, 0.001)),
    ("y1 96+20 = 116", 96 + 20 == 116),
    ("y1 6.30 = 2 x 3.15", close(2 * 3.15, 6.30, 0.001)),
    ("y1 true 2025-2009 = 16", 2025 - 2009 == 16),
    ("y2 (1.26-1.21)/1.21 = +4.1%; 1.26亿/181 = 69.6万", pct(1.26 - 1.21, 1.21) == 4.1 and round(12600 / 181, 1) == 69.6),
    ("y2 (1.26-1.07)/1.26 = 15.1%", pct(1.26 - 1.07, 1.26) == 15.1),
    ("y2 86.7 > 84.2; 86.7/96 = 90.3% > 90", 86.7 > 84.2 and pct(86.7, 96) == 90.3),
    ("y2 true 118+156+97 = 371 = 412-41", 118 + 156 + 97 == 371 and 412 - 41 == 371),
    ("y2 87/150 = 58.0%; 9.4/19.4 = 48.5%", pct(87, 150) == 58.0 and pct(9.4, 19.4) == 48.5),
    ("y2 4.1/9.4 = 43.6%; 2.7/9.4 = 28.7%; true rest 2.6/9.4 = 27.7%", pct(4.1, 9.4) == 43.6 and pct(2.7, 9.4) == 28.7 and pct(9.4 - 4.1 - 2.7, 9.4) == 27.7),
    ("y2 Oct 2024 -> Jun 2026 = 20 months", months(2024, 10, 2026, 6) == 20),
    ("y2 36-24 = 12", 36 - 24 == 12),
    ("y2 true 2019..2025 = 第七个年头", 2025 - 2019 + 1 == 7),
    ("y2 15.4-1 = 14.4", close(15.4 - 1, 14.4, 0.001)),
    ("y2 52.3+6.0 = 58.3", close(52.3 + 6.0, 58.3, 0.001)),
    ("y3 (2.58-2.47)/2.47 = +4.5%; 2.58亿/365 = 70.7万", pct(2.58 - 2.47, 2.47) == 4.5 and round(25800 / DAYS[2025], 1) == 70.7),
    ("y3 1.26+1.32 = 2.58; 2.58 <= 2.6", close(1.26 + 1.32, 2.58, 0.001) and 2.58 <= 2.6),
    ("y3 1.19/2.21 = 53.8%; (2.58-2.21)/2.58 = 14.3%; 15.4-14.3 = 1.1", pct(1.19, 2.21) == 53.8 and pct(2.58 - 2.21, 2.58) == 14.3 and close(15.4 - 14.3, 1.1, 0.001)),
    ("y3 1.19+0.62+0.36+0.04 = 2.21", close(1.19 + 0.62 + 0.36 + 0.04, 2.21, 0.001)),
    ("y3 true 2025 renovations 412-118-156 = 138", 412 - 118 - 156 == 138),
    ("y3 56+126 = 182; 312+45 = 357", 56 + 126 == 182 and 312 + 45 == 357),
    ("y3 (21.4-18.6)/18.6 = +15.1%; 8.6+7.3+3.4+2.1 = 21.4", pct(21.4 - 18.6, 18.6) == 15.1 and close(8.6 + 7.3 + 3.4 + 2.1, 21.4, 0.001)),
    ("y3 52.3+12.2 = 64.5; 4.6万-3000 = 4.3万", close(52.3 + 12.2, 64.5, 0.001) and 46000 - 3000 == 43000),
    ("y3 2026-1956 = 70; 2026-2019 = 7", 2026 - 1956 == 70 and 2026 - 2019 == 7),
    ("y3 true 2026-2009 = 17", 2026 - 2009 == 17),
    ("y3 11.6+0.3 = 11.9", close(11.6 + 0.3, 11.9, 0.001)),
    # luping (county medical community)
    ("l1 3 + 18 = 21 members", 3 + 18 == 21),
    ("l1 134.9+112.6 = 247.5; 112.6/247.5 = 45.5%", close(134.9 + 112.6, 247.5, 0.001) and pct(112.6, 247.5) == 45.5),
    ("l1 3270+590 = 3860; 3270/3860 = 84.7%; true 590/3860 = 15.3%", 3270 + 590 == 3860 and pct(3270, 3860) == 84.7 and pct(590, 3860) == 15.3),
    ("l1 76+39+13 = 128", 76 + 39 + 13 == 128),
    ("l1 4.7+3.2+0.6 = 8.5", close(4.7 + 3.2 + 0.6, 8.5, 0.001)),
    ("l1 26.4/52.8 = 50.0%", pct(26.4, 52.8) == 50.0),
    ("l1 4120万/7.86亿 = 5.2%", pct(4120, 78600) == 5.2),
    ("l1 6320+4180 = 10500", 6320 + 4180 == 10500),
    ("l1 15.2+2.6+0.9 = 18.7", close(15.2 + 2.6 + 0.9, 18.7, 0.001)),
    ("l1 true 2025-1958 = 67", 2025 - 1958 == 67),
    ("l1 2025-1951 = 74 (七十余年)", 70 < 2025 - 1951 < 80),
    ("l1 2022..2024 = 连续第三年", 2024 - 2022 + 1 == 3),
    ("l2 (172.3-163.2)/163.2 = +5.6%; 81.4/172.3 = 47.2%; 47.2-45.5 = 1.7", pct(172.3 - 163.2, 163.2) == 5.6 and pct(81.4, 172.3) == 47.2 and close(47.2 - 45.5, 1.7, 0.001)),
    ("l2 2025-2019 = 6 (组建6年来)", 2025 - 2019 == 6),
    ("l2 3.4+2.3+0.4 = 6.1", close(3.4 + 2.3 + 0.4, 6.1, 0.001)),
    ("l2 1.2+3.5+2.1 = 6.8; 3.5/6.8 > 50%", close(1.2 + 3.5 + 2.1, 6.8, 0.001) and 3.5 / 6.8 > 0.5),
    ("l2 2025-1951 = 74", 2025 - 1951 == 74),
    ("l2 true 640+64+96 = 800", 640 + 64 + 96 == 800),
    ("l2 Dec 2023 -> Oct 2025 (下月) = 22 months", months(2023, 12, 2025, 10) == 22),
    ("l2 true 2016..2025 = 第十届", 2025 - 2016 + 1 == 10),
    ("l2 31+5 = 36", 31 + 5 == 36),
    ("l2 27.1/52.8 = 51.3%; 51.3-50.0 = 1.3", pct(27.1, 52.8) == 51.3 and close(51.3 - 50.0, 1.3, 0.001)),
    ("l2 6.3/8.6 = 73.3%", pct(6.3, 8.6) == 73.3),
    ("l2 128+14 = 142", 128 + 14 == 142),
    ("l3 91.3+1.1 = 92.4 >= 92", close(91.3 + 1.1, 92.4, 0.001) and 92.4 >= 92),
    ("l3 (261.8-247.5)/247.5 = +5.8%; 135.9+125.9 = 261.8; 125.9/261.8 = 48.1% >= 48", pct(261.8 - 247.5, 247.5) == 5.8 and close(135.9 + 125.9, 261.8, 0.001) and pct(125.9, 261.8) == 48.1),
    ("l3 (6.15-5.84)/5.84 = +5.3%", pct(6.15 - 5.84, 5.84) == 5.3),
    ("l3 (6320-6120)/6320 = 3.2%; (5010-4180)/4180 = 19.9%", pct(6320 - 6120, 6320) == 3.2 and pct(5010 - 4180, 4180) == 19.9),
    ("l3 142 <= 156", 142 <= 156),
    ("l3 true 8.24-7.86 = 0.38", close(8.24 - 7.86, 0.38, 0.001)),
    ("l3 (19.8-18.7)/18.7 = +5.9%; (4.71-4.35)/4.35 = +8.3%", pct(19.8 - 18.7, 18.7) == 5.9 and pct(4.71 - 4.35, 4.35) == 8.3),
    ("l3 3860+125 = 3985", 3860 + 125 == 3985),
    ("l3 27.9/52.8 = 52.8%", pct(27.9, 52.8) == 52.8),
    ("l3 true 7.4/8.6 = 86.0%", pct(7.4, 8.6) == 86.0),
    ("l3 7.9/8.6 = 91.9%", pct(7.9, 8.6) == 91.9),
    ("l3 186+8 = 194; 8.5+0.8 = 9.3", 186 + 8 == 194 and close(8.5 + 0.8, 9.3, 0.001)),
    ("l3 true 2019..2025 = 第七个年头", 2025 - 2019 + 1 == 7),
    ("l3 2025-2020 = 5 (五年间)", 2025 - 2020 == 5),
    ("l3 0.90+0.41+0.05 = 1.36", close(0.90 + 0.41 + 0.05, 1.36, 0.001)),
    # corliss (wind farm)
    ("e1 (612000-585000)/585000 = +4.6%", pct(612000 - 585000, 585000) == 4.6),
    ("e1 52 x 3.6 = 187.2; 612000/(187.2 x 8784) = 37.2%", close(52 * 3.6, 187.2, 0.001) and pct(612000, 187.2 * 8784) == 37.2),
    ("e1 52+32 = 84; 32 x 3.6 = 115.2; 187.2+115.2 = 302.4", 52 + 32 == 84 and close(32 * 3.6, 115.2, 0.001) and close(187.2 + 115.2, 302.4, 0.001)),
    ("e1 291+177 = 468", 291 + 177 == 468),
    ("e1 0.71+0.86+0.27 = 1.84; 0.86/1.84 = 46.7%; true 0.71/1.84 = 38.6%", close(0.71 + 0.86 + 0.27, 1.84, 0.001) and pct(0.86, 1.84) == 46.7 and pct(0.71, 1.84) == 38.6),
    ("e1 2.9M/137 = about 21,200", abs(2.9e6 / 137 - 21200) < 100),
    ("e1 true 14+8 = 22", 14 + 8 == 22),
    ("e1 2025-2006 = 19", 2025 - 2006 == 19),
    ("e1 2024..2043 = 20 years; 40+60 = 100", 2043 - 2024 + 1 == 20 and 40 + 60 == 100),
    ("e1 true 1938..2025 = 88th year", 2025 - 1938 + 1 == 88),
    ("e1 2025-03-04 is a Tuesday (told supervisors Monday)", D(2025, 3, 4).weekday() == 1),
    ("e2 32-19 = 13", 32 - 19 == 13),
    ("e2 1.3/24.8 = 5.2%", pct(1.3, 24.8) == 5.2),
    ("e2 47+37 = 84; 47/84 = 56%", 47 + 37 == 84 and r0(100 * 47 / 84) == 56),
    ("e2 12900+8500 = 21400; 60.3% / 39.7%", 12900 + 8500 == 21400 and pct(12900, 21400) == 60.3 and pct(8500, 21400) == 39.7),
    ("e2 4.1+3.2+2.4 = 9.7", close(4.1 + 3.2 + 2.4, 9.7, 0.001)),
    ("e2 2026-2006 = 20", 2026 - 2006 == 20),
    ("e2 2017-18 first school year -> 2025-26 ninth", 2025 - 2017 + 1 == 9),
    ("e2 true peak: parts must add to 410 (e.g. 260+150)", 260 + 150 == 410),
    ("e3 (688000-612000)/612000 = +12.4%; 617000+71000 = 688000", pct(688000 - 612000, 612000) == 12.4 and 617000 + 71000 == 688000),
    ("e3 32/84 = 38.1%", pct(32, 84) == 38.1),
    ("e3 183-177 = 6; 291+183 = 474", 183 - 177 == 6 and 291 + 183 == 474),
    ("e3 0.76+0.93+0.28 = 1.97; 38.6% / 47.2%", close(0.76 + 0.93 + 0.28, 1.97, 0.001) and pct(0.76, 1.97) == 38.6 and pct(0.93, 1.97) == 47.2),
    ("e3 true remaining share 100-40 = 60", 100 - 40 == 60),
    ("e3 3.1 > 2.9", 3.1 > 2.9),
    ("e3 true 2026-2006 = 20", 2026 - 2006 == 20),
    ("e3 1994..2026 = 33rd; 1938+90 = 2028", 2026 - 1994 + 1 == 33 and 1938 + 90 == 2028),
    ("e3 1.01M ~ about 1 million", abs(1.01 - 1) < 0.05),
    ("e3 617000/(187.2 x 8760) = 37.6% > 37.2", pct(617000, 187.2 * 8760) == 37.6 and 37.6 > 37.2),
    ("e3 2026-01-20 is a Tuesday (reported Monday)", D(2026, 1, 20).weekday() == 1),
    # pellvalley (school district)
    ("p1 142.6-139.2 = 3.4", close(142.6 - 139.2, 3.4, 0.001)),
    ("p1 98.4+25.7+9.8+5.3 = 139.2; 98.4/139.2 = 70.7%", close(98.4 + 25.7 + 9.8 + 5.3, 139.2, 0.001) and pct(98.4, 139.2) == 70.7),
    ("p1 112.3+6.1+17.9+6.3 = 142.6; 112.3/142.6 = 78.8%", close(112.3 + 6.1 + 17.9 + 6.3, 142.6, 0.001) and pct(112.3, 142.6) == 78.8),
    ("p1 (11727-11480)/11727 = 2.1%", pct(11727 - 11480, 11727) == 2.1),
    ("p1 declines 2017-18..2023-24 = 7", 2023 - 2017 + 1 == 7),
    ("p1 742+644 = 1386; true 742/1386 = 53.5%", 742 + 644 == 1386 and pct(742, 1386) == 53.5),
    ("p1 14+4+3 = 21", 14 + 4 + 3 == 21),
    ("p1 true cuts 2.6+1.2+0.7 = 4.5", close(2.6 + 1.2 + 0.7, 4.5, 0.001)),
    ("p1 9.8-3.4 = 6.4; 6.4/142.6 = 4.5% > 3%", close(9.8 - 3.4, 6.4, 0.001) and pct(6.4, 142.6) == 4.5),
    ("p1 4+1 = 5", 4 + 1 == 5),
    ("p1 285-212 = 73", 285 - 212 == 73),
    ("p1 true 1965..2024 = 60th year", 2024 - 1965 + 1 == 60),
    ("p1 2024-06-20 is a Thursday (voted Tuesday)", D(2024, 6, 20).weekday() == 3),
    ("p2 3.4+1.5 = 4.9", close(3.4 + 1.5, 4.9, 0.001)),
    ("p2 11240-11105 = 135; 11480-11105 = 375 = 3.3%", 11240 - 11105 == 135 and 11480 - 11105 == 375 and pct(375, 11480) == 3.3),
    ("p2 98.4-96.9 = 1.5; 139.2-1.5 = 137.7; 142.6-137.7 = 4.9", close(98.4 - 96.9, 1.5, 0.001) and close(139.2 - 1.5, 137.7, 0.001) and close(142.6 - 137.7, 4.9, 0.001)),
    ("p2 96.9/137.7 = 70.4%", pct(96.9, 137.7) == 70.4),
    ("p2 24+9+5 = 38; 24/38 = 63.2%", 24 + 9 + 5 == 38 and pct(24, 38) == 63.2),
    ("p2 true savings 2.4+0.9+0.5 = 3.8", close(2.4 + 0.9 + 0.5, 3.8, 0.001)),
    ("p2 7.2-3.8 = 3.4", close(7.2 - 3.8, 3.4, 0.001)),
    ("p2 9.8-4.9 = 4.9; 4.9/142.6 = 3.4%", close(9.8 - 4.9, 4.9, 0.001) and pct(4.9, 142.6) == 3.4),
    ("p2 2025-2012 = 13", 2025 - 2012 == 13),
    ("p2 true 2025-1965 = 60", 2025 - 1965 == 60),
    ("p2 2025-03-12 is a Wednesday (presented Tuesday)", D(2025, 3, 12).weekday() == 2),
    ("p3 139.8-136.4 = 3.4; 95.6+26.4+8.9+5.5 = 136.4", close(139.8 - 136.4, 3.4, 0.001) and close(95.6 + 26.4 + 8.9 + 5.5, 136.4, 0.001)),
    ("p3 true 142.6-139.8 = 2.8", close(142.6 - 139.8, 2.8, 0.001)),
    ("p3 109.1/139.8 = 78.0%; true remainder 100-78.0-4.3-12.6 = 5.1", pct(109.1, 139.8) == 78.0 and close(100 - 78.0 - 4.3 - 12.6, 5.1, 0.001)),
    ("p3 29+9 = 38", 29 + 9 == 38),
    ("p3 11105-10870 = 235 = 2.1%", 11105 - 10870 == 235 and pct(235, 11105) == 2.1),
    ("p3 1386-57 = 1329 = 716+613; 716/1329 = 53.9%", 1386 - 57 == 1329 and 716 + 613 == 1329 and pct(716, 1329) == 53.9),
    ("p3 true 2025-2012 = 13", 2025 - 2012 == 13),
    ("p3 4.9-3.4+3.1 = 4.6; 4.6/139.8 = 3.3%", close(4.9 - 3.4 + 3.1, 4.6, 0.001) and pct(4.6, 139.8) == 3.3),
    ("p3 2025-2016 = 9; 2025-1965 = 60; 13210 > 13000", 2025 - 2016 == 9 and 2025 - 1965 == 60 and 13210 > 13000),
    ("p3 2025-06-25 is a Wednesday (adopted Tuesday)", D(2025, 6, 25).weekday() == 2),
    # tressling (pension fund)
    ("t1 (2.84-2.63)/2.63 = +8.0%", pct(2.84 - 2.63, 2.63) == 8.0),
    ("t1 2.79/3.91 = 71.4%; 3.91-2.79 = 1.12", pct(2.79, 3.91) == 71.4 and close(3.91 - 2.79, 1.12, 0.001)),
    ("t1 6840+5910+1510 = 14260; 6840/5910 < 1.2", 6840 + 5910 + 1510 == 14260 and 6840 / 5910 < 1.2),
    ("t1 118+46 = 164; 212-164 = 48", 118 + 46 == 164 and 212 - 164 == 48),
    ("t1 212M/5910 = about 35,900", abs(212e6 / 5910 - 35900) < 100),
    ("t1 1.36/2.84 = 48%; true last slice 100-48-26-11-9 = 6", r0(100 * 1.36 / 2.84) == 48 and 100 - 48 - 26 - 11 - 9 == 6),
    ("t1 true board 4+3+2 = 9", 4 + 3 + 2 == 9),
    ("t1 true 2016..2024 = 9th year", 2024 - 2016 + 1 == 9),
    ("t1 1921+100 = 2021; 2013..2024 = 12 years", 1921 + 100 == 2021 and 2024 - 2013 + 1 == 12),
    ("t1 2024-10-08 is a Tuesday (board said Monday)", D(2024, 10, 8).weekday() == 1),
    ("t2 122+4 = 126 = 118+8", 122 + 4 == 126 and 118 + 8 == 126),
    ("t2 3.91+0.14 = 4.05; 2.79/4.05 = 68.9%", close(3.91 + 0.14, 4.05, 0.001) and pct(2.79, 4.05) == 68.9),
    ("t2 4.05-2.79 = 1.26", close(4.05 - 2.79, 1.26, 0.001)),
    ("t2 92/140 = 65.7%", pct(92, 140) == 65.7),
    ("t2 79+47 = 126; 126/684 = 18.4%", 79 + 47 == 126 and pct(126, 684) == 18.4),
    ("t2 2150/6840 = 31.4%", pct(2150, 6840) == 31.4),
    ("t2 2025-2009 = 16; 2025-1921 = 104", 2025 - 2009 == 16 and 2025 - 1921 == 104),
    ("t2 2025-03-18 is a Tuesday (released Monday)", D(2025, 3, 18).weekday() == 1),
    ("t3 2.97 near 3", 2.9 < 2.97 < 3.0),
    ("e2 $860,000 = $0.86 million", 860000 == 0.86e6),
    ("t3 (2.97-2.84)/2.84 = +4.6%", pct(2.97 - 2.84, 2.84) == 4.6),
    ("t3 2.92/4.12 = 70.9%; true 4.12-2.92 = 1.20 > 1", pct(2.92, 4.12) == 70.9 and close(4.12 - 2.92, 1.20, 0.001)),
    ("t3 true 2.97-2.63 = 0.34", close(2.97 - 2.63, 0.34, 0.001)),
    ("t3 6790+6080+1520 = 14390; 6080/14390 = 42.3%", 6790 + 6080 + 1520 == 14390 and pct(6080, 14390) == 42.3),
    ("t3 true 5910/14260 = 41.4%", pct(5910, 14260) == 41.4),
    ("t3 (224-212)/212 = +5.7%; 122+47 = 169; 164+5 = 169; 224-169 = 55", pct(224 - 212, 212) == 5.7 and 122 + 47 == 169 and 164 + 5 == 169 and 224 - 169 == 55),
    ("t3 47+27+10+10+6 = 100", 47 + 27 + 10 + 10 + 6 == 100),
    ("t3 2016..2025 = 10th year; 2013..2025 = 13 years", 2025 - 2016 + 1 == 10 and 2025 - 2013 + 1 == 13),
    ("t3 7.8 > 6.75 and 9.1 > 7 (second straight year above)", 7.8 > 6.75 and 9.1 > 7),
    ("t3 2025-09-30 is a Tuesday", D(2025, 9, 30).weekday() == 1),
]

FAIL = [
    # conflict: the two values differ
    ("m01 3120 == 3210", 3120 == 3210),
    ("m02 38.6 == 36.8", 38.6 == 36.8),
    ("m03 12.6 == 16.2", 12.6 == 16.2),
    ("m04 15.4 == 14.5", 15.4 == 14.5),
    ("m05 13.6 == 16.3", 13.6 == 16.3),
    ("m06 91.3 == 93.1", 91.3 == 93.1),
    ("m07 216 == 261", 216 == 261),
    ("m08 128 == 182", 128 == 182),
    ("m09 612000 == 621000", 612000 == 621000),
    ("m10 137 == 173", 137 == 173),
    ("m11 142.6 == 146.2", 142.6 == 146.2),
    ("m12 11480 == 11840", 11480 == 11840),
    ("m13 2.84 == 2.48", 2.84 == 2.48),
    ("m14 126 == 162", 126 == 162),
    ("m15 7.8 == 8.7", 7.8 == 8.7),
    # shares
    ("m16 63.5+24.4+7.4+7.2 = 100", close(63.5 + 24.4 + 7.4 + 7.2, 100.0, 0.15)),
    ("m16 150/3120 = 7.2%", pct(150, 3120) == 7.2),
    ("m17 46+31+19 = 100", 46 + 31 + 19 == 100),
    ("m18 15.1/23.4 = 68.5%", pct(15.1, 23.4) == 68.5),
    ("m19 0.35/2.09 = 19.7%", pct(0.35, 2.09) == 19.7),
    ("m19 53.6+27.8+19.7+1.9 = 100", close(53.6 + 27.8 + 19.7 + 1.9, 100.0, 0.15)),
    ("m20 43.6+28.7+25.7 = 100", close(43.6 + 28.7 + 25.7, 100.0, 0.15)),
    ("m20 2.6/9.4 = 25.7%", pct(9.4 - 4.1 - 2.7, 9.4) == 25.7),
    ("m21 590/3860 = 17.3%", pct(590, 3860) == 17.3),
    ("m21 84.7+17.3 = 100", close(84.7 + 17.3, 100.0, 0.15)),
    ("m22 4120/78600 = 6.2%", pct(4120, 78600) == 6.2),
    ("m23 7.4/8.6 = 82.6%", pct(7.4, 8.6) == 82.6),
    ("m24 0.71/1.84 = 41.3%", pct(0.71, 1.84) == 41.3),
    ("m25 40+55 = 100", 40 + 55 == 100),
    ("m26 0.86/1.84 = 49.1%", pct(0.86, 1.84) == 49.1),
    ("m27 742/1386 = 57.3%", pct(742, 1386) == 57.3),
    ("m28 78.0+4.3+12.6+7.1 = 100", close(78.0 + 4.3 + 12.6 + 7.1, 100.0, 0.15)),
    ("m29 48+26+11+9+8 = 100", 48 + 26 + 11 + 9 + 8 == 100),
    ("m30 5910/14260 = 43.9%", pct(5910, 14260) == 43.9),
    # sum
    ("m31 1.9+0.8 = 2.8", close(1.9 + 0.8, 2.8, 0.001)),
    ("m32 3280+5570 = 9030", 3280 + 5570 == 9030),
    ("m33 97+118+156 = 361", 97 + 118 + 156 == 361),
    ("m34 118+156+148 = 412", 118 + 156 + 148 == 412),
    ("m35 14+9+6 = 31", 14 + 9 + 6 == 31),
    ("m36 640+64+86 = 800", 640 + 64 + 86 == 800),
    ("m37 8.24-7.86 = 0.28", close(8.24 - 7.86, 0.28, 0.001)),
    ("m38 14+9 = 22", 14 + 9 == 22),
    ("m39 260+140 = 410", 260 + 140 == 410),
    ("m40 2.6+1.2+0.7 = 4.7", close(2.6 + 1.2 + 0.7, 4.7, 0.001)),
    ("m41 2.5+0.9+0.5 = 3.8", close(2.5 + 0.9 + 0.5, 3.8, 0.001)),
    ("m42 142.6-139.8 = 3.2", close(142.6 - 139.8, 3.2, 0.001)),
    ("m43 4+3+1 = 9", 4 + 3 + 1 == 9),
    ("m44 4.12-2.92 = 1.02", close(4.12 - 2.92, 1.02, 0.001)),
    ("m45 2.97-2.63 = 0.43", close(2.97 - 2.63, 0.43, 0.001)),
    # date (each fails under both counting conventions)
    ("m46 2013..2025 = 第十个年头", 2025 - 2013 + 1 == 10 or 2025 - 2013 == 10),
    ("m47 2016-2025 = 11年间", 2025 - 2016 == 11 or 2025 - 2016 + 1 == 11),
    ("m48 2026-1978 = 50周年", 2026 - 1978 == 50 or 2026 - 1978 + 1 == 50),
    ("m49 2025-2009 = 18年来", 2025 - 2009 == 18 or 2025 - 2009 + 1 == 18),
    ("m50 2019..2025 = 第五个年头", 2025 - 2019 + 1 == 5 or 2025 - 2019 == 5),
    ("m51 2026-2009 = 15年", 2026 - 2009 == 15 or 2026 - 2009 + 1 == 15),
    ("m52 2025-1958 = 65周年", 2025 - 1958 == 65 or 2025 - 1958 + 1 == 65),
    ("m53 2016..2025 = 第十一届", 2025 - 2016 + 1 == 11 or 2025 - 2016 == 11),
    ("m54 2019..2025 = 第八个年头", 2025 - 2019 + 1 == 8 or 2025 - 2019 == 8),
    ("m55 1938..2025 = 89th year", 2025 - 1938 + 1 == 89 or 2025 - 1938 == 89),
    ("m56 2026-2006 = 18 years", 2026 - 2006 == 18 or 2026 - 2006 + 1 == 18),
    ("m57 1965..2024 = 61st year", 2024 - 1965 + 1 == 61 or 2024 - 1965 == 61),
    ("m58 2025-1965 = 55 years", 2025 - 1965 == 55 or 2025 - 1965 + 1 == 55),
    ("m59 2025-2012 = 11 years ago", 2025 - 2012 == 11 or 2025 - 2012 + 1 == 11),
    ("m60 2016..2024 = 11th year", 2024 - 2016 + 1 == 11 or 2024 - 2016 == 11),
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
