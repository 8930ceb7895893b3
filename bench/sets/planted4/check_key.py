#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (heldout/planted4).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
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
HOLD = [
    # shiling
    ("s1 386.5 = 72.3+118.6+195.6", close(72.3 + 118.6 + 195.6, 386.5, 0.001)),
    ("s1 9.42 = 3.86+1.12+2.75+1.69", close(3.86 + 1.12 + 2.75 + 1.69, 9.42, 0.001)),
    ("s1 shares", [pct(x, 9.42) for x in (3.86, 1.12, 2.75, 1.69)] == [41.0, 11.9, 29.2, 17.9]),
    ("s1 shares sum 100", close(41.0 + 11.9 + 29.2 + 17.9, 100.0)),
    ("s1 2.75亿 = 27500万", 2.75 * 10000 == 27500),
    ("s1 1108/1184 = 93.6%", pct(1108, 1184) == 93.6),
    ("s1 15+62+196 = 273", 15 + 62 + 196 == 273),
    ("s1 true network 412+968+1837 = 3217", 412 + 968 + 1837 == 3217),
    ("s2 268.4/420 = 63.9%", pct(268.4, 420) == 63.9),
    ("s2 96.2+88.7+83.5 = 268.4", close(96.2 + 88.7 + 83.5, 268.4, 0.001)),
    ("s2 84+184.4 = 268.4", close(84 + 184.4, 268.4, 0.001)),
    ("s2 5+4+6 = 15 townships", 5 + 4 + 6 == 15),
    ("s2 3217+84 = 3301", 3217 + 84 == 3301),
    ("s2 2024-2014 = 10", 2024 - 2014 == 10),
    ("s3 431.2/420 = 102.7%", pct(431.2, 420) == 102.7),
    ("s3 10.36/9.42 = +10.0%", pct(10.36 - 9.42, 9.42) == 10.0),
    ("s3 4.25+3.08+3.03 = 10.36", close(4.25 + 3.08 + 3.03, 10.36, 0.001)),
    ("s3 shares", [pct(x, 10.36) for x in (4.25, 3.08, 3.03)] == [41.0, 29.7, 29.2]),
    ("s3 shares sum 99.9 (rounding)", close(41.0 + 29.7 + 29.2, 99.9)),
    ("s3 3217+126 = 3343", 3217 + 126 == 3343),
    ("s3 386.5+431.2 = 817.7", close(386.5 + 431.2, 817.7, 0.001)),
    ("s3 9.42+10.36 = 19.78", close(9.42 + 10.36, 19.78, 0.001)),
    ("s3 true 81.4+136.5+213.3 = 431.2", close(81.4 + 136.5 + 213.3, 431.2, 0.001)),
    # rongyang
    ("r1 12.46/9.02 = +38.1% (2022 = 9.02, not stated)", pct(12.46 - 9.02, 9.02) == 38.1),
    ("r1 12.46/28.6 = 43.6%", pct(12.46, 28.6) == 43.6),
    ("r1 7.85+3.42+1.19 = 12.46", close(7.85 + 3.42 + 1.19, 12.46, 0.001)),
    ("r1 type shares", [pct(x, 12.46) for x in (7.85, 3.42, 1.19)] == [63.0, 27.4, 9.6]),
    ("r1 type shares sum 100", close(63.0 + 27.4 + 9.6, 100.0)),
    ("r1 1.27+1.85 = 3.12", close(1.27 + 1.85, 3.12, 0.001)),
    ("r1 2024-2009 = 15", 2024 - 2009 == 15),
    ("r2 7.08/5 = +41.6%", pct(7.08 - 5, 5) == 41.6),
    ("r2 7.08/14.2 = 49.9%", pct(7.08, 14.2) == 49.9),
    ("r2 true types 4.13+2.21+0.74 = 7.08", close(4.13 + 2.21 + 0.74, 7.08, 0.001)),
    ("r2 true type shares", [pct(x, 7.08) for x in (4.13, 2.21, 0.74)] == [58.3, 31.2, 10.5]),
    ("r2 true 3120+4730+800 = 8650", 3120 + 4730 + 800 == 8650),
    ("r2 8650/15000 = 57.7%", pct(8650, 15000) == 57.7),
    ("r2 1.5亿 = 15000万", 1.5 * 10000 == 15000),
    ("r2 3.58-3.12 = 0.46万 = 4600", round((3.58 - 3.12) * 10000) == 4600),
    ("r2 2020..2024 = 第五届", 2024 - 2020 + 1 == 5),
    ("r3 16.83/12.46 = +35.1%", pct(16.83 - 12.46, 12.46) == 35.1),
    ("r3 16.83/31.4 = 53.6%", pct(16.83, 31.4) == 53.6),
    ("r3 14.02+2.81 = 16.83", close(14.02 + 2.81, 16.83, 0.001)),
    ("r3 14.02/16.83 = 83.3%", pct(14.02, 16.83) == 83.3),
    ("r3 9.96+5.12+1.75 = 16.83", close(9.96 + 5.12 + 1.75, 16.83, 0.001)),
    ("r3 10.21/16.83 = 60.7%", pct(10.21, 16.83) == 60.7),
    ("r3 12.46+16.83 = 29.29", close(12.46 + 16.83, 29.29, 0.001)),
    ("r3 4.05-3.12 = 0.93万 = 9300", round((4.05 - 3.12) * 10000) == 9300),
    # yunxiu
    ("y1 2023 双节 = 9/29..10/6 = 8 days",
     (datetime.date(2023, 10, 6) - datetime.date(2023, 9, 29)).days + 1 == 8),
    ("y1 46.8/30.73 = +52.3% (2022 = 30.73, not stated)", pct(46.8 - 30.73, 30.73) == 52.3),
    ("y1 168/612 = 27.5%", pct(168, 612) == 27.5),
    ("y1 236+148+127+101 = 612", 236 + 148 + 127 + 101 == 612),
    ("y1 1.18/3.27 = 36.1%", pct(1.18, 3.27) == 36.1),
    ("y1 23+71 = 94", 23 + 71 == 94),
    ("y1 2023-2008 = 15", 2023 - 2008 == 15),
    ("y2 五一 2024 = 5/1..5/5 = 5 days", 5 - 1 + 1 == 5),
    ("y2 31.5/26.49 = +18.9% (2023 = 26.49, not stated)", pct(31.5 - 26.49, 26.49) == 18.9),
    ("y2 668-612 = 56", 668 - 612 == 56),
    ("y2 2024-2019 = 5", 2024 - 2019 == 5),
    ("y2 163/668 = 24.4%", pct(163, 668) == 24.4),
    ("y3 2024..2026 = 3 years", 2026 - 2024 + 1 == 3),
    ("y3 2022-2018 = 4", 2022 - 2018 == 4),
    ("y3 527-153 = 374", 527 - 153 == 374),
    ("y3 1500*3 = 4500 = 1800+2100+600", 1500 * 3 == 4500 == 1800 + 2100 + 600),
    ("y3 200-94 = 106", 200 - 94 == 106),
    # harlow
    ("h1 8599-187 = 8412", 8599 - 187 == 8412),
    ("h1 187/8599 = 2.2%", pct(187, 8599) == 2.2),
    ("h1 3806+1998+2608 = 8412", 3806 + 1998 + 2608 == 8412),
    ("h1 true 71.6+39.2+7.6 = 118.4", close(71.6 + 39.2 + 7.6, 118.4, 0.001)),
    ("h1 $4.7M = $4,700,000", round(4.7 * 1e6) == 4700000),
    ("h1 2024-1974 = 50", 2024 - 1974 == 50),
    ("h2 118.4-117.9 = 0.5", close(118.4 - 117.9, 0.5, 0.001)),
    ("h2 2.9+1.1+0.7 = 4.7", close(2.9 + 1.1 + 0.7, 4.7, 0.001)),
    ("h2 14+11+6 = 31", 14 + 11 + 6 == 31),
    ("h2 14/31 = 45.2%, 11/31 = 35.5%", [pct(14, 31), pct(11, 31)] == [45.2, 35.5]),
    ("h2 10.9-1.1 = 9.8", close(10.9 - 1.1, 9.8, 0.001)),
    ("h3 8412-8296 = 116", 8412 - 8296 == 116),
    ("h3 true 3702+1981+2613 = 8296", 3702 + 1981 + 2613 == 8296),
    ("h3 128+86 = 214", 128 + 86 == 214),
    ("h3 2024-1962 = 62", 2024 - 1962 == 62),
    ("h3 2024-2011 = 13", 2024 - 2011 == 13),
    # sableridge
    ("a1 1.84/1.64 = +12.2%", pct(1.84 - 1.64, 1.64) == 12.2),
    ("a1 921400+918600 = 1840000", 921400 + 918600 == 1840000),
    ("a1 781000+612000+447000 = 1840000", 781000 + 612000 + 447000 == 1840000),
    ("a1 carrier shares", [pct(x, 1840) for x in (781, 612, 447)] == [42.4, 33.3, 24.3]),
    ("a1 carrier shares sum 100", close(42.4 + 33.3 + 24.3, 100.0)),
    ("a1 3.9+1.4+0.9 = 6.2", close(3.9 + 1.4 + 0.9, 6.2, 0.001)),
    ("a1 3.9/6.2 = 62.9%, 1.4/6.2 = 22.6%", [pct(3.9, 6.2), pct(1.4, 6.2)] == [62.9, 22.6]),
    ("a1 1.84 > 1.81 (new record)", 1.84 > 1.81),
    ("a1 2023-1998 = 25", 2023 - 1998 == 25),
    ("a2 968300/885100 = +9.4%", pct(968300 - 885100, 885100) == 9.4),
    ("a2 38.4/46.5 = 82.6%", pct(38.4, 46.5) == 82.6),
    ("a2 true 38.4+4.2+3.9 = 46.5", close(38.4 + 4.2 + 3.9, 46.5, 0.001)),
    ("a2 2024-1996 = 28", 2024 - 1996 == 28),
    ("a3 1.97/1.84 = +7.1%", pct(1.97 - 1.84, 1.84) == 7.1),
    ("a3 986200+988700 rounds to 1.97M", round((986200 + 988700) / 1e6, 2) == 1.97),
    ("a3 46.5-45.8 = 0.7", close(46.5 - 45.8, 0.7, 0.001)),
    ("a3 2.05 > 2 > 1.97", 2.05 > 2 > 1.97),
    # corliss
    ("c1 1146/2000 = 57.3%", pct(1146, 2000) == 57.3),
    ("c1 688+458 = 1146", 688 + 458 == 1146),
    ("c1 302+251+135 = 688", 302 + 251 + 135 == 688),
    ("c1 income shares", [pct(x, 688) for x in (302, 251, 135)] == [43.9, 36.5, 19.6]),
    ("c1 income shares sum 100", close(43.9 + 36.5 + 19.6, 100.0)),
    ("c1 2000-1146 = 854", 2000 - 1146 == 854),
    ("c1 2030-2024 = 6", 2030 - 2024 == 6),
    ("c1 2024-2019 = 5", 2024 - 2019 == 5),
    ("c2 38.6+8.5+6.4+7.7 = 61.2", close(38.6 + 8.5 + 6.4 + 7.7, 61.2, 0.001)),
    ("c2 64+82+38 = 184", 64 + 82 + 38 == 184),
    ("c2 64/184 = 34.8%, 82/184 = 44.6%", [pct(64, 184), pct(82, 184)] == [34.8, 44.6]),
    ("c2 1146+184 = 1330", 1146 + 184 == 1330),
]

# (label, holds?) -- each planted mistake: the stated relation must FAIL
FAIL = [
    ("m13 40.0+29.6+27.4 = 100", close(40.0 + 29.6 + 27.4, 100.0, 0.15)),
    ("m14 6.18/9.42 = 71.6%", pct(6.18, 9.42) == 71.6),
    ("m15 58.3+31.2+12.4 = 100", close(58.3 + 31.2 + 12.4, 100.0, 0.15)),
    ("m16 83.3+18.7 = 100 / 2.81/16.83 = 18.7%", pct(2.81, 16.83) == 18.7),
    ("m17 94/612 = 16.4%", pct(94, 612) == 16.4),
    ("m18 62.5+39.8 = 100", close(62.5 + 39.8, 100.0, 0.15)),
    ("m19 6/31 = 22.6%", pct(6, 31) == 22.6),
    ("m20 0.9/6.2 = 17.5%", pct(0.9, 6.2) == 17.5),
    ("m21 43.1+32.9+26.0 = 100", close(43.1 + 32.9 + 26.0, 100.0, 0.15)),
    ("m22 38/184 = 22.7%", pct(38, 184) == 22.7),
    ("m23 412+986+1837 = 3217", 412 + 986 + 1837 == 3217),
    ("m24 14.6+5.9 = 21.3", close(14.6 + 5.9, 21.3, 0.001)),
    ("m25 3120+4730+1200 = 8650", 3120 + 4730 + 1200 == 8650),
    ("m26 81.4+136.5+221.3 = 431.2", close(81.4 + 136.5 + 221.3, 431.2, 0.001)),
    ("m27 2870+1260+590 = 4620", 2870 + 1260 + 590 == 4620),
    ("m28 71.6+39.2+6.7 = 118.4", close(71.6 + 39.2 + 6.7, 118.4, 0.001)),
    ("m29 3702+1981+2631 = 8296", 3702 + 1981 + 2631 == 8296),
    ("m30 38.4+4.2+4.9 = 46.5", close(38.4 + 4.2 + 4.9, 46.5, 0.001)),
    ("m31 1.84+1.97 = 3.71", close(1.84 + 1.97, 3.71, 0.001)),
    ("m32 7.4+3.1+1.8 = 12.8", close(7.4 + 3.1 + 1.8, 12.8, 0.001)),
    ("m33 2004..2024 = 第二十个年头", 2024 - 2004 + 1 == 20),
    ("m34 2024-1998 = 27", 2024 - 1998 == 27),
    ("m35 去年 (2025-1 = 2024) = 2023", 2025 - 1 == 2023),
    ("m36 2024-2015 = 10", 2024 - 2015 == 10),
    ("m37 2025-2009 = 15", 2025 - 2009 == 15),
    ("m38 2017..2023 = 第六届", 2023 - 2017 + 1 == 6),
    ("m39 2023-2015 = 9", 2023 - 2015 == 9),
    ("m40 2024-2011 = 14", 2024 - 2011 == 14),
    ("m41 2024-2019 = 4", 2024 - 2019 == 4),
    ("m42 2024-2007 = 15", 2024 - 2007 == 15),
    ("m43 2025-1971 = 55", 2025 - 1971 == 55),
    ("m44 2024-2016 = 9", 2024 - 2016 == 9),
    ("m45 2021-1987 = 35", 2021 - 1987 == 35),
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
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
