#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (bench/sets/planted11).

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


def months(y1, m1, y2, m2):
    return (y2 * 12 + m2) - (y1 * 12 + m1)


def r0(x):
    """round half up to an integer percent"""
    return int(x + 0.5 + 1e-9)


DAYS = {2024: 366, 2025: 365}
H1_2025 = 181
JAN_OCT_2025 = 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31
JUL_AUG = 31 + 31


def yld(tonnes_wan, mu_wan):
    """kg per 亩 from 万吨 and 万亩"""
    return tonnes_wan * 1e7 / (mu_wan * 1e4)


HOLD = [
    # qiyuan (grain and pigs)
    ("q1 (68.4-66.1)/66.1 = +3.5%; (112.4-108.7)/108.7 = +3.4%", pct(68.4 - 66.1, 66.1) == 3.5 and pct(112.4 - 108.7, 108.7) == 3.4),
    ("q1 24.6+43.8 = 68.4; 26.9+11.5+5.4 = 43.8", close(24.6 + 43.8, 68.4, 0.001) and close(26.9 + 11.5 + 5.4, 43.8, 0.001)),
    ("q1 true crop shares 36.0/39.3/16.8/7.9 (sum 100.0)", [pct(x, 68.4) for x in (24.6, 26.9, 11.5, 5.4)] == [36.0, 39.3, 16.8, 7.9]),
    ("q1 corn 26.9 > wheat 24.6", 26.9 > 24.6),
    ("q1 68.4万吨/138.5万亩 = 493.9 kg", round(yld(68.4, 138.5), 1) == 493.9),
    ("q1 2023: 66.1/(138.5-0.9) = 480.4 kg; +13.5 kg", round(yld(66.1, 138.5 - 0.9), 1) == 480.4 and round(yld(68.4, 138.5) - yld(66.1, 137.6), 1) == 13.5 and close(493.9 - 480.4, 13.5, 0.001)),
    ("q1 86.0/121.0 = 71.1%; 52.7/121.0 = 43.6%", pct(86.0, 121.0) == 71.1 and pct(52.7, 121.0) == 43.6),
    ("q1 sown 138.5 > arable 121.0 (multiple cropping)", 138.5 > 121.0),
    ("q1 7.3/71.2 = 10.3%; 84.3/112.4 = 75.0%", pct(7.3, 71.2) == 10.3 and pct(84.3, 112.4) == 75.0),
    ("q1 true 23+41+122 = 186", 23 + 41 + 122 == 186),
    ("q1 112.4 > 110 (突破110万头)", 112.4 > 110),
    ("q1 1240+865 = 2105", 1240 + 865 == 2105),
    ("q1 31.2/68.4 = 45.6%; 13.8+12.1+5.3 = 31.2", pct(31.2, 68.4) == 45.6 and close(13.8 + 12.1 + 5.3, 31.2, 0.001)),
    ("q1 9120/21460 = 42.5%", pct(9120, 21460) == 42.5),
    ("q1 true 2025-1988 = 37", 2025 - 1988 == 37),
    ("q1 2018..2024 = 第七届", 2024 - 2018 + 1 == 7),
    ("q1 8600万+6200万 = 1.48亿", 8600 + 6200 == 14800),
    ("q1 plan 138.5 >= 138; 70 > 68.4", 138.5 >= 138 and 70 > 68.4),
    ("q2 (25.3-24.6)/24.6 = +2.8%", pct(25.3 - 24.6, 24.6) == 2.8),
    ("q2 25.3万吨/49.8万亩 = 508.0 kg; 24.6/(49.8-0.6) = 500.0; 508.0-500.0 = 8.0", round(yld(25.3, 49.8), 1) == 508.0 and round(yld(24.6, 49.8 - 0.6), 1) == 500.0 and close(508.0 - 500.0, 8.0, 0.001)),
    ("q2 true 2140+720 = 2860", 2140 + 720 == 2860),
    ("q2 49.4/49.8 = 99.2%", pct(49.4, 49.8) == 99.2),
    ("q2 780+480 = 1260", 780 + 480 == 1260),
    ("q2 14.8/25.3 = 58.5%; 9.6+5.2 = 14.8; 17.2/25.3 = 68.0%", pct(14.8, 25.3) == 58.5 and close(9.6 + 5.2, 14.8, 0.001) and pct(17.2, 25.3) == 68.0),
    ("q2 71.2-69.8 = 1.4", close(71.2 - 69.8, 1.4, 0.001)),
    ("q2 14.6 x 120 = 1752", close(14.6 * 120, 1752, 0.001)),
    ("q2 21.4/58.6 = 36.5%; 44.9/58.6 = 76.6% > 75 (七成半以上)", pct(21.4, 58.6) == 36.5 and pct(44.9, 58.6) == 76.6 and 76.6 > 75),
    ("q2 186+5 = 191", 186 + 5 == 191),
    ("q2 48.2+26.5+8.3+6.6 = 89.6", close(48.2 + 26.5 + 8.3 + 6.6, 89.6, 0.001)),
    ("q2 true area shares 53.8/29.6/9.3/7.4", [pct(x, 89.6) for x in (48.2, 26.5, 8.3, 6.6)] == [53.8, 29.6, 9.3, 7.4]),
    ("q2 86.0+6.2 = 92.2; 6.2 < 10 (plan)", close(86.0 + 6.2, 92.2, 0.001) and 6.2 < 10),
    ("q2 true 2009..2025 = 第十七个年头", 2025 - 2009 + 1 == 17),
    ("q3 (70.6-68.4)/68.4 = +3.2%; (116.9-112.4)/112.4 = +4.0%; (9.12-8.76)/8.76 = +4.1%", pct(70.6 - 68.4, 68.4) == 3.2 and pct(116.9 - 112.4, 112.4) == 4.0 and pct(9.12 - 8.76, 8.76) == 4.1),
    ("q3 70.6 > 70", 70.6 > 70),
    ("q3 49.8+89.6 = 139.4; 70.6/139.4 = 506.5 kg; +12.6 kg", close(49.8 + 89.6, 139.4, 0.001) and round(yld(70.6, 139.4), 1) == 506.5 and round(yld(70.6, 139.4) - yld(68.4, 138.5), 1) == 12.6 and close(506.5 - 493.9, 12.6, 0.001)),
    ("q3 91.5+0.9 = 92.4; 1.8+0.3 = 2.1", close(91.5 + 0.9, 92.4, 0.001) and close(1.8 + 0.3, 2.1, 0.001)),
    ("q3 25.3+45.3 = 70.6; 28.1+11.8+5.4 = 45.3", close(25.3 + 45.3, 70.6, 0.001) and close(28.1 + 11.8 + 5.4, 45.3, 0.001)),
    ("q3 crop shares 35.8/39.8/16.7/7.6", [pct(x, 70.6) for x in (25.3, 28.1, 11.8, 5.4)] == [35.8, 39.8, 16.7, 7.6]),
    ("q3 70.6/312.5 = 22.6%", pct(70.6, 312.5) == 22.6),
    ("q3 true H2 116.9-58.6 = 58.3", close(116.9 - 58.6, 58.3, 0.001)),
    ("q3 186+8 = 194; 89.6/116.9 = 76.6%; 76.6-75.0 = 1.6", 186 + 8 == 194 and pct(89.6, 116.9) == 76.6 and close(76.6 - 75.0, 1.6, 0.001)),
    ("q3 65.2/116.9 = 55.8%", pct(65.2, 116.9) == 55.8),
    ("q3 86.0+10.4 = 96.4; 96.4/121.0 = 79.7%; 10.4 > 10", close(86.0 + 10.4, 96.4, 0.001) and pct(96.4, 121.0) == 79.7 and 10.4 > 10),
    ("q3 2840+1704+1136 = 5680", 2840 + 1704 + 1136 == 5680),
    ("q3 101.3 > 100; 47.6/101.3 = 47.0%; 41.2/101.3 = 40.7%", 101.3 > 100 and pct(47.6, 101.3) == 47.0 and pct(41.2, 101.3) == 40.7),
    ("q3 true 1318+872 = 2190", 1318 + 872 == 2190),
    ("q3 33.5/70.6 = 47.5%; 47.5-45.6 = 1.9", pct(33.5, 70.6) == 47.5 and close(47.5 - 45.6, 1.9, 0.001)),
    ("q3 (22890-21460)/21460 = +6.7%", pct(22890 - 21460, 21460) == 6.7),
    ("q3 true 2018..2025 = 第八届", 2025 - 2018 + 1 == 8),
    ("q3 2026-1988 = 38", 2026 - 1988 == 38),
    ("q3 2026 targets 118 > 116.9; 100 > 96.4", 118 > 116.9 and 100 > 96.4),
    # tangchuan (airport)
    ("a1 (1286.4-1142.7)/1142.7 = +12.6%", pct(1286.4 - 1142.7, 1142.7) == 12.6),
    ("a1 (14.37-13.02)/13.02 = +10.4%; (10.26-9.48)/9.48 = +8.2%", pct(14.37 - 13.02, 13.02) == 10.4 and pct(10.26 - 9.48, 9.48) == 8.2),
    ("a1 1286.4万/366 = 3.51万; 10.26万/366 = 280", round(1286.4 / DAYS[2024], 2) == 3.51 and round(102600 / DAYS[2024]) == 280),
    ("a1 1198.6+87.8 = 1286.4; true 87.8/1286.4 = 6.8%", close(1198.6 + 87.8, 1286.4, 0.001) and pct(87.8, 1286.4) == 6.8),
    ("a1 (87.8-52.3)/52.3 = +67.9% (近七成)", pct(87.8 - 52.3, 52.3) == 67.9 and 65 < 67.9 < 70),
    ("a1 46.3/1286.4 = 3.6%", pct(46.3, 1286.4) == 3.6),
    ("a1 161+25 = 186", 161 + 25 == 186),
    ("a1 1286.4-1200 = 86.4; 1200+2500 = 3700", close(1286.4 - 1200, 86.4, 0.001) and 1200 + 2500 == 3700),
    ("a1 true 96+47+25 = 168", 96 + 47 + 25 == 168),
    ("a1 true 2004..2025 = 第二十二个年头", 2025 - 2004 + 1 == 22),
    ("a1 15.1+13.5 = 28.6", close(15.1 + 13.5, 28.6, 0.001)),
    ("a1 2024-1994 = 30 (去年30周年)", 2024 - 1994 == 30),
    ("a1 3.86/14.37 = 26.9%; 5+4 = 9", pct(3.86, 14.37) == 26.9 and 5 + 4 == 9),
    ("a2 (689.5-612.3)/612.3 = +12.6%", pct(689.5 - 612.3, 612.3) == 12.6),
    ("a2 (7.46-6.85)/6.85 = +8.9%; (5.31-4.99)/4.99 = +6.4%", pct(7.46 - 6.85, 6.85) == 8.9 and pct(5.31 - 4.99, 4.99) == 6.4),
    ("a2 689.5万/181 = 3.81万; 3.81-3.51 = 0.3", round(689.5 / H1_2025, 2) == 3.81 and close(3.81 - 3.51, 0.3, 0.001)),
    ("a2 689.5/2316.8 = 29.8%", pct(689.5, 2316.8) == 29.8),
    ("a2 true 346.2+343.3 = 689.5", close(346.2 + 343.3, 689.5, 0.001)),
    ("a2 51.6/689.5 = 7.5%", pct(51.6, 689.5) == 7.5),
    ("a2 26.5/689.5 = 3.8%; 89.6+0.8 = 90.4; 2.08/7.46 = 27.9%", pct(26.5, 689.5) == 3.8 and close(89.6 + 0.8, 90.4, 0.001) and pct(2.08, 7.46) == 27.9),
    ("a2 4+8 = 12; 169+29 = 198; 186+12 = 198; 161+8 = 169; 25+4 = 29; 41+3 = 44; 44-3 = 41", 4 + 8 == 12 and 169 + 29 == 198 and 186 + 12 == 198 and 161 + 8 == 169 and 25 + 4 == 29 and 41 + 3 == 44),
    ("a2 true rest 100-31.4-24.7-12.2 = 31.7", close(100 - 31.4 - 24.7 - 12.2, 31.7, 0.001)),
    ("a2 12.6/3 = 4.2; 19.8/5 = 3.96", close(12.6 / 3, 4.2, 0.001) and close(19.8 / 5, 3.96, 0.001)),
    ("a2 true 2015..2025 = 第十一个年头", 2025 - 2015 + 1 == 11),
    ("a2 7.9+7.3 = 15.2", close(7.9 + 7.3, 15.2, 0.001)),
    ("a2 true 102/168 = 60.7%", pct(102, 168) == 60.7),
    ("a2 689.5/1400 = 49.3% (近五成)", 45 < 100 * 689.5 / 1400 < 50),
    ("a2 245/62 = 3.95", round(245 / JUL_AUG, 2) == 3.95),
    ("a3 true 1182.6-689.5 = 493.1", close(1182.6 - 689.5, 493.1, 0.001)),
    ("a3 1182.6/3968.5 = 29.8%", pct(1182.6, 3968.5) == 29.8),
    ("a3 92.4-87.8 = 4.6; 92.4 > 87.8", close(92.4 - 87.8, 4.6, 0.001)),
    ("a3 3.52/12.58 = 28.0%; 3.52 < 3.86", pct(3.52, 12.58) == 28.0 and 3.52 < 3.86),
    ("a3 true rest 100-38.2-27.5-19.6 = 14.7", close(100 - 38.2 - 27.5 - 19.6, 14.7, 0.001)),
    ("a3 34.8/8 = 4.35; 5.38 > 5.12", close(34.8 / 8, 4.35, 0.001) and 5.38 > 5.12),
    ("a3 173+32 = 205; 186+19 = 205; 29+3 = 32", 173 + 32 == 205 and 186 + 19 == 205 and 29 + 3 == 32),
    ("a3 131/168 = 78.0%; true 168-131 = 37", pct(131, 168) == 78.0 and 168 - 131 == 37),
    ("a3 11.2/23.1 = 48.5%", pct(11.2, 23.1) == 48.5),
    ("a3 86.4/1200 = 7.2%", pct(1286.4 - 1200, 1200) == 7.2),
    ("a3 true 2025-1994 = 31", 2025 - 1994 == 31),
    ("a3 1182.6万/304 = 3.89万 > 3.81万", JAN_OCT_2025 == 304 and round(1182.6 / JAN_OCT_2025, 2) == 3.89),
    # sangxi (textile park)
    ("s1 96/312 = 30.8%", pct(96, 312) == 30.8),
    ("s1 true 41.3+52.6+38.2+54.3 = 186.4", close(41.3 + 52.6 + 38.2 + 54.3, 186.4, 0.001)),
    ("s1 63.8/186.4 = 34.2%", pct(63.8, 186.4) == 34.2),
    ("s1 true 2.86/4.26 = 67.1%", pct(2.86, 4.26) == 67.1),
    ("s1 2470+1390 = 3860", 2470 + 1390 == 3860),
    ("s1 1.46/5.83 = 25.0%; 1.12/5.83 = 19.2%", pct(1.46, 5.83) == 25.0 and pct(1.12, 5.83) == 19.2),
    ("s1 true 2024-2016 = 8", 2024 - 2016 == 8),
    ("s1 2024-2009 = 15", 2024 - 2009 == 15),
    ("s1 186.4/400 = 46.6%", pct(186.4, 400) == 46.6),
    ("s1 3+6+8 = 17", 3 + 6 + 8 == 17),
    ("s2 (392.7-359.0)/359.0 = +9.4%; 392.7/400 = 98.2% (98%以上)", pct(392.7 - 359.0, 359.0) == 9.4 and 98 < 100 * 392.7 / 400 < 99),
    ("s2 392.7-186.4 = 206.3; (206.3-186.4)/186.4 = +10.7%", close(392.7 - 186.4, 206.3, 0.001) and pct(206.3 - 186.4, 186.4) == 10.7),
    ("s2 21.3/418.5 = 5.1%; 138.2/392.7 = 35.2%", pct(21.3, 418.5) == 5.1 and pct(138.2, 392.7) == 35.2),
    ("s2 86.5+110.2+81.4+114.6 = 392.7; shares 22.0/28.1/20.7/29.2", close(86.5 + 110.2 + 81.4 + 114.6, 392.7, 0.001) and [pct(x, 392.7) for x in (86.5, 110.2, 81.4, 114.6)] == [22.0, 28.1, 20.7, 29.2]),
    ("s2 true export rest 100-25.0-19.3-21.6-14.8 = 19.3", close(100 - 25.0 - 19.3 - 21.6 - 14.8, 19.3, 0.001)),
    ("s2 325 > 312 (又有增加)", 325 > 312),
    ("s2 true 8.6+4.1+2.1 = 14.8", close(8.6 + 4.1 + 2.1, 14.8, 0.001)),
    ("s2 17+18 = 35", 17 + 18 == 35),
    ("s2 6.9/392.7 = 1.8%", pct(6.9, 392.7) == 1.8),
    ("s2 4.38万-4.26万 = 1200", round((4.38 - 4.26) * 1e4) == 1200),
    ("s2 86-12+18 = 92", 86 - 12 + 18 == 92),
    ("s2 2016..2025 = 第十届; 2025-2009 = 16", 2025 - 2016 + 1 == 10 and 2025 - 2009 == 16),
    ("s2 430/392.7 = +9.5%; 13.5/12.46 = +8.3%", pct(430 - 392.7, 392.7) == 9.5 and pct(13.5 - 12.46, 12.46) == 8.3),
    ("s3 17.5/331.6 = 5.3%", pct(17.5, 331.6) == 5.3),
    ("s3 312.8/430 = 72.7%", pct(312.8, 430) == 72.7),
    ("s3 30.1+28.4+21.5+20.0 = 100", close(30.1 + 28.4 + 21.5 + 20.0, 100.0, 0.001)),
    ("s3 true 108+230 = 338; 325+13 = 338", 108 + 230 == 338 and 325 + 13 == 338),
    ("s3 4.45万-4.38万 = 700", round((4.45 - 4.38) * 1e4) == 700),
    ("s3 true job rest 100-62.5-21.3 = 16.2", close(100 - 62.5 - 21.3, 16.2, 0.001)),
    ("s3 2009..2025 = 第十七个年头", 2025 - 2009 + 1 == 17),
    ("s3 2+19+25 = 46", 2 + 19 + 25 == 46),
    ("s3 312.8/9 = 34.8", round(312.8 / 9, 1) == 34.8),
    ("s3 92+6 = 98", 92 + 6 == 98),
    ("s3 2.51/9.74 = 25.8%; 9.74/13.5 = 72.1%", pct(2.51, 9.74) == 25.8 and pct(9.74, 13.5) == 72.1),
    # penmarrow (bus electrification)
    ("p1 26 x 1.15 = 29.9; 29.9+9.85 = 39.75; 31.8+7.95 = 39.75", close(26 * 1.15, 29.9, 0.001) and close(29.9 + 9.85, 39.75, 0.001) and close(31.8 + 7.95, 39.75, 0.001)),
    ("p1 true 7.95/39.75 = 20%", r0(100 * 7.95 / 39.75) == 20),
    ("p1 112+24+12 = 148; 12+26 = 38; 112-26 = 86; 86+24+38 = 148", 112 + 24 + 12 == 148 and 12 + 26 == 38 and 112 - 26 == 86 and 86 + 24 + 38 == 148),
    ("p1 38/148 = 25.7%", pct(38, 148) == 25.7),
    ("p1 true 2019..2024 = 6th year", 2024 - 2019 + 1 == 6),
    ("p1 (9.42-8.61)/8.61 = +9.4%", pct(9.42 - 8.61, 8.61) == 9.4),
    ("p1 true 9.8+31.6+12.4+10.4 = 64.2", close(9.8 + 31.6 + 12.4 + 10.4, 64.2, 0.001)),
    ("p1 1.46 x 3.62 = 5.29", round(1.46 * 3.62, 2) == 5.29),
    ("p1 0.88-0.41 = 0.47", close(0.88 - 0.41, 0.47, 0.001)),
    ("p1 2024-1987 = 37; 2024-1974 = 50", 2024 - 1987 == 37 and 2024 - 1974 == 50),
    ("p1 8+18 = 26", 8 + 18 == 26),
    ("p1 2024-04-15 is a Monday", D(2024, 4, 15).weekday() == 0),
    ("p2 14+12 = 26", 14 + 12 == 26),
    ("p2 (10.07-9.42)/9.42 = +6.9%", pct(10.07 - 9.42, 9.42) == 6.9),
    ("p2 64.2-63.1 = 1.1; 10.3/63.1 = 16.3%", close(64.2 - 63.1, 1.1, 0.001) and pct(10.3, 63.1) == 16.3),
    ("p2 (67.5-64.2)/64.2 = +5.1%", pct(67.5 - 64.2, 64.2) == 5.1),
    ("p2 540000 x 0.41 = 221k; x 0.88 = 475k; 475-221 = 254; 253.8k", round(540000 * 0.41 / 1000) == 221 and round(540000 * 0.88 / 1000) == 475 and 475 - 221 == 254 and round(540000 * 0.47 / 1000) == 254),
    ("p2 true 16+4 = 20", 16 + 4 == 20),
    ("p2 true 38/214 = 17.8%", pct(38, 214) == 17.8),
    ("p2 true 2027-1987 = 40", 2027 - 1987 == 40),
    ("p2 38+30 = 68", 38 + 30 == 68),
    ("p3 (10.58-10.07)/10.07 = +5.1%; 10.58 > 10.5", pct(10.58 - 10.07, 10.07) == 5.1 and 10.58 > 10.5),
    ("p3 fiscal 2022..2025 = 4 straight years of growth", 2025 - 2021 == 4),
    ("p3 24/148 = 16.2%; true 86/148 = 58.1%", pct(24, 148) == 16.2 and pct(86, 148) == 58.1),
    ("p3 67.5-66.9 = 0.6; 10.9/66.9 = 16.3%", close(67.5 - 66.9, 0.6, 0.001) and pct(10.9, 66.9) == 16.3),
    ("p3 1.52M x 0.41 = 623k; x 0.88 = 1.34M; true difference 714k (717k from rounded)", round(1.52e6 * 0.41 / 1000) == 623 and round(1.52e6 * 0.88 / 1e6, 2) == 1.34 and round(1.52e6 * 0.47 / 1000) == 714 and 1340 - 623 == 717),
    ("p3 33.12+8.28 = 41.4; 8.28/41.4 = 20%", close(33.12 + 8.28, 41.4, 0.001) and r0(100 * 8.28 / 41.4) == 20),
    ("p3 41.4 > 39.75 (second phase costs more)", 41.4 > 39.75),
    ("p3 2019..2026 = 8th year; 2027-1987 = 40; 1974..2026 = 53rd", 2026 - 2019 + 1 == 8 and 2027 - 1987 == 40 and 2026 - 1974 + 1 == 53),
    ("p3 68/148 = 45.9%", pct(68, 148) == 45.9),
    # tillbrook (food bank)
    ("f1 (14.6-13.5)/13.5 = +8.1%; 14.6/1.2 = 12.2", pct(14.6 - 13.5, 13.5) == 8.1 and round(14.6 / 1.2, 1) == 12.2),
    ("f1 6.3+4.9+3.4 = 14.6; 43.2/33.6/23.3", close(6.3 + 4.9 + 3.4, 14.6, 0.001) and [pct(x, 14.6) for x in (6.3, 4.9, 3.4)] == [43.2, 33.6, 23.3]),
    ("f1 4.1/14.6 = 28.1%", pct(4.1, 14.6) == 28.1),
    ("f1 94+58+37+23 = 212", 94 + 58 + 37 + 23 == 212),
    ("f1 4.2+2.1+1.3+0.7+0.6 = 8.9; 8.9-8.4 = 0.5", close(4.2 + 2.1 + 1.3 + 0.7 + 0.6, 8.9, 0.001) and close(8.9 - 8.4, 0.5, 0.001)),
    ("f1 118300/2080 = about 57", round(118300 / 2080) == 57),
    ("f1 true 1983..2024 = 42nd year", 2024 - 1983 + 1 == 42),
    ("f1 2024-1996 = 28; 2024-2012 = 12", 2024 - 1996 == 28 and 2024 - 2012 == 12),
    ("f2 14.2/24 = 59.2%", pct(14.2, 24) == 59.2),
    ("f2 96000/52000 nearly twice; 21000/6500 > 3", 1.8 < 96000 / 52000 < 2 and 21000 / 6500 > 3),
    ("f2 16.8+3.1+2.6+1.5 = 24", close(16.8 + 3.1 + 2.6 + 1.5, 24, 0.001)),
    ("f2 8.5+3.5+2.2 = 14.2", close(8.5 + 3.5 + 2.2, 14.2, 0.001)),
    ("f2 802000-737000 = 65000", 802000 - 737000 == 65000),
    ("f2 2027-1996 = 31; 24-20 = 4", 2027 - 1996 == 31 and 24 - 20 == 4),
    ("f3 true 15.8-14.6 = 1.2", close(15.8 - 14.6, 1.2, 0.001)),
    ("f3 15.8/1.2 = 13.2", round(15.8 / 1.2, 1) == 13.2),
    ("f3 6.6+5.2+4.0 = 15.8; 41.8/32.9/25.3", close(6.6 + 5.2 + 4.0, 15.8, 0.001) and [pct(x, 15.8) for x in (6.6, 5.2, 4.0)] == [41.8, 32.9, 25.3]),
    ("f3 (4.0-3.4)/3.4 = +17.6%; (6.6-6.3)/6.3 = +4.8%; federal +6.1% < 17.6", pct(4.0 - 3.4, 3.4) == 17.6 and pct(6.6 - 6.3, 6.3) == 4.8 and pct(5.2 - 4.9, 4.9) < 17.6),
    ("f3 9.6-9.9 = -0.3", close(9.6 - 9.9, -0.3, 0.001)),
    ("f3 true 19.8/24 = 82.5%", pct(19.8, 24) == 82.5),
    ("f3 212+7 = 219; 5+2 = 7", 212 + 7 == 219 and 5 + 2 == 7),
    ("f3 true 2025-1996 = 29", 2025 - 1996 == 29),
    ("f3 (124600-118300)/118300 = +5.3%", pct(124600 - 118300, 118300) == 5.3),
    ("f3 1983..2025 = 43rd year", 2025 - 1983 + 1 == 43),
    # veswick (university)
    ("v1 (18742-18205)/18205 = +2.9%", pct(18742 - 18205, 18205) == 2.9),
    ("v1 2024-1906 = 118", 2024 - 1906 == 118),
    ("v1 fall 2021..2024 = 4 straight years", 2024 - 2020 == 4),
    ("v1 14386+3512+844 = 18742", 14386 + 3512 + 844 == 18742),
    ("v1 2671+611+186 = 3468; 77.0%; 33.2%", 2671 + 611 + 186 == 3468 and pct(2671, 3468) == 77.0 and pct(1152, 3468) == 33.2),
    ("v1 81.4-79.8 = 1.6", close(81.4 - 79.8, 1.6, 0.001)),
    ("v1 (3512-3310)/3310 = +6.1%; 1284 <= 3512", pct(3512 - 3310, 3310) == 6.1 and 1284 <= 3512),
    ("v1 true 2017..2024 = 8th year", 2024 - 2017 + 1 == 8),
    ("v1 (96.4-86.7)/86.7 = +11.2%", pct(96.4 - 86.7, 86.7) == 11.2),
    ("v1 (9480-9160)/9160 = +3.5%", pct(9480 - 9160, 9160) == 3.5),
    ("v2 96.4/49.6 nearly double", 1.9 < 96.4 / 49.6 < 2),
    ("v2 58.9+14.2+9.6+13.7 = 96.4; 58.9/96.4 = 61.1%", close(58.9 + 14.2 + 9.6 + 13.7, 96.4, 0.001) and pct(58.9, 96.4) == 61.1),
    ("v2 true 2024-2009 = 15th anniversary", 2024 - 2009 == 15),
    ("v2 18.7/96.4 = 19.4%; 612/3512 = 17.4%", pct(18.7, 96.4) == 19.4 and pct(612, 3512) == 17.4),
    ("v2 96.4 x 1.076^6 = about 150 (2024..2030)", abs(96.4 * 1.076 ** (2030 - 2024) - 150) < 1),
    ("v2 2024-2019 = 5; 9.6/4.1 > 2", 2024 - 2019 == 5 and 9.6 / 4.1 > 2),
    ("v3 (19108-18742)/18742 = +2.0%", pct(19108 - 18742, 18742) == 2.0),
    ("v3 fall 2021..2025 = 5 straight years", 2025 - 2020 == 5),
    ("v3 14502+3740+866 = 19108", 14502 + 3740 + 866 == 19108),
    ("v3 3468-3391 = 77; 121 < 186", 3468 - 3391 == 77 and 121 < 186),
    ("v3 (3740-3512)/3512 = +6.5%; 3740/19108 = 19.6%", pct(3740 - 3512, 3512) == 6.5 and pct(3740, 19108) == 19.6),
    ("v3 (104.8-96.4)/96.4 = +8.7%; 104.8 > 100", pct(104.8 - 96.4, 96.4) == 8.7 and 104.8 > 100),
    ("v3 62.3+15.1+11.2+16.2 = 104.8; 62.3/104.8 = 59.4%", close(62.3 + 15.1 + 11.2 + 16.2, 104.8, 0.001) and pct(62.3, 104.8) == 59.4),
    ("v3 true 2026-2009 = 17", 2026 - 2009 == 17),
    ("v3 2017..2025 = 9th year; 2026-1906 = 120", 2025 - 2017 + 1 == 9 and 2026 - 1906 == 120),
    ("v3 (9755-9480)/9480 = +2.9%; 81.4+1.2 = 82.6", pct(9755 - 9480, 9480) == 2.9 and close(81.4 + 1.2, 82.6, 0.001)),
]

FAIL = [
    # conflict: the two values differ
    ("m01 68.4 == 64.8", 68.4 == 64.8),
    ("m02 58.6 == 56.8", 58.6 == 56.8),
    ("m03 96.8 == 98.6", 96.8 == 98.6),
    ("m04 1286.4 == 1268.4", 1286.4 == 1268.4),
    ("m05 87.8 == 78.8", 87.8 == 78.8),
    ("m06 2500 == 2050", 2500 == 2050),
    ("m07 5.83 == 5.38", 5.83 == 5.38),
    ("m08 312 == 321", 312 == 321),
    ("m09 392.7 == 397.2", 392.7 == 397.2),
    ("m10 31.8 == 38.1", 31.8 == 38.1),
    ("m11 1.15 == 1.51", 1.15 == 1.51),
    ("m12 10.58 == 10.85", 10.58 == 10.85),
    ("m13 39.75 == 37.95", 39.75 == 37.95),
    ("m14 18742 == 18472", 18742 == 18472),
    # shares
    ("m15 36.0+39.3+18.6+7.9 = 100", close(36.0 + 39.3 + 18.6 + 7.9, 100.0, 0.15)),
    ("m15 11.5/68.4 = 18.6%", pct(11.5, 68.4) == 18.6),
    ("m16 53.8+29.6+9.3+9.4 = 100", close(53.8 + 29.6 + 9.3 + 9.4, 100.0, 0.15)),
    ("m16 6.6/89.6 = 9.4%", pct(6.6, 89.6) == 9.4),
    ("m17 35.8+39.8+16.7+5.6 = 100", close(35.8 + 39.8 + 16.7 + 5.6, 100.0, 0.15)),
    ("m18 87.8/1286.4 = 7.8%", pct(87.8, 1286.4) == 7.8),
    ("m19 31.4+24.7+12.2+29.7 = 100", close(31.4 + 24.7 + 12.2 + 29.7, 100.0, 0.15)),
    ("m20 102/168 = 65.7%", pct(102, 168) == 65.7),
    ("m21 38.2+27.5+19.6+17.3 = 100", close(38.2 + 27.5 + 19.6 + 17.3, 100.0, 0.15)),
    ("m22 2.86/4.26 = 76.1%", pct(2.86, 4.26) == 76.1),
    ("m23 25.0+19.3+21.6+14.8+21.7 = 100", close(25.0 + 19.3 + 21.6 + 14.8 + 21.7, 100.0, 0.15)),
    ("m24 62.5+21.3+19.4 = 100", close(62.5 + 21.3 + 19.4, 100.0, 0.15)),
    ("m25 7.95/39.75 = 25%", r0(100 * 7.95 / 39.75) == 25),
    ("m26 38/214 = 21.4%", pct(38, 214) == 21.4),
    ("m27 25.7+16.2+56.1 = 100", close(25.7 + 16.2 + 56.1, 100.0, 0.15)),
    ("m27 86/148 = 56.1%", pct(86, 148) == 56.1),
    ("m28 4.1/14.6 = 32.1%", pct(4.1, 14.6) == 32.1),
    ("m29 19.8/24 = 87.5%", pct(19.8, 24) == 87.5),
    # sum
    ("m30 23+41+112 = 186", 23 + 41 + 112 == 186),
    ("m31 2140+820 = 2860", 2140 + 820 == 2860),
    ("m32 58.6+56.3 = 116.9", close(58.6 + 56.3, 116.9, 0.001)),
    ("m33 1318+872 = 2180", 1318 + 872 == 2180),
    ("m34 96+47+35 = 168", 96 + 47 + 35 == 168),
    ("m35 346.2+334.3 = 689.5", close(346.2 + 334.3, 689.5, 0.001)),
    ("m36 689.5+502.1 = 1182.6", close(689.5 + 502.1, 1182.6, 0.001)),
    ("m37 168-131 = 47", 168 - 131 == 47),
    ("m38 41.3+52.6+38.2+45.3 = 186.4", close(41.3 + 52.6 + 38.2 + 45.3, 186.4, 0.001)),
    ("m39 8.6+4.1+2.4 = 14.8", close(8.6 + 4.1 + 2.4, 14.8, 0.001)),
    ("m40 108+220 = 338", 108 + 220 == 338),
    ("m41 9.8+31.6+12.4+11.4 = 64.2", close(9.8 + 31.6 + 12.4 + 11.4, 64.2, 0.001)),
    ("m42 16+6 = 20", 16 + 6 == 20),
    ("m43 1340-623 ~ 741 (within 1%)", abs((1340 - 623) - 741) <= 7),
    ("m44 15.8-14.6 = 1.6", close(15.8 - 14.6, 1.6, 0.001)),
    # date (each fails under both counting conventions)
    ("m45 2025-1988 = 35年", 2025 - 1988 == 35 or 2025 - 1988 + 1 == 35),
    ("m46 2009..2025 = 第十四个年头", 2025 - 2009 + 1 == 14 or 2025 - 2009 == 14),
    ("m47 2018..2025 = 第十届", 2025 - 2018 + 1 == 10 or 2025 - 2018 == 10),
    ("m48 2004..2025 = 第二十个年头", 2025 - 2004 + 1 == 20 or 2025 - 2004 == 20),
    ("m49 2015..2025 = 第八个年头", 2025 - 2015 + 1 == 8 or 2025 - 2015 == 8),
    ("m50 2025-1994 = 33年", 2025 - 1994 == 33 or 2025 - 1994 + 1 == 33),
    ("m51 2024-2016 = 十一年", 2024 - 2016 == 11 or 2024 - 2016 + 1 == 11),
    ("m52 2016..2025 = 第十二届", 2025 - 2016 + 1 == 12 or 2025 - 2016 == 12),
    ("m53 2019..2024 = eighth year", 2024 - 2019 + 1 == 8 or 2024 - 2019 == 8),
    ("m54 2027-1987 = 42 years old", 2027 - 1987 == 42 or 2027 - 1987 + 1 == 42),
    ("m55 1983..2024 = 45th year", 2024 - 1983 + 1 == 45 or 2024 - 1983 == 45),
    ("m56 2025-1996 = 31 years ago", 2025 - 1996 == 31 or 2025 - 1996 + 1 == 31),
    ("m57 2017..2024 = tenth year", 2024 - 2017 + 1 == 10 or 2024 - 2017 == 10),
    ("m58 2024-2009 = 12th anniversary", 2024 - 2009 == 12 or 2024 - 2009 + 1 == 12),
    ("m59 2026-2009 = 20th anniversary", 2026 - 2009 == 20 or 2026 - 2009 + 1 == 20),
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
