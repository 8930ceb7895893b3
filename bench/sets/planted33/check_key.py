#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted33).

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
    # yangchuan (农村生活污水治理, 漾川县)
    ("Y1 118+34 = 152; 152/236 = 64.4%; 118/236 = 50.0%; 34 > 32; 9+17+8 = 34; 5.84/9.12 = 64.0%; 4.58/9.12 = 50.2, 64.0-50.2 = 13.8; true 48+96+42 = 186; 86+241+85 = 412, true shares 20.9, 58.5, 20.6; 5600+1800+5200+1600 = 14200; 18600/64 = 290.6 (约290); 1260/412 = 3.06; 218/238 = 91.6%; 19+8 = 27, 19/27 = 70.4%; true 2008 -> 2024 = 16; 2019 -> 2024 = 5 (五年来); 2017..2023 = 第七届; (152+36)/236 = 79.7%; (1.6-1.42)/1.42 = 12.7%; 漾平 41 != 34, 68.9 != 64.4",
     152 - 34 == 118 and pct(152, 236) == 64.4 and pct(118, 236) == 50.0 and 34 > 32 and 9 + 17 + 8 == 34 and pct(5.84, 9.12) == 64.0 and pct(5.84 - 1.26, 9.12) == 50.2 and close(64.0 - 50.2, 13.8, 0.001) and 48 + 96 + 42 == 186 and 86 + 241 + 85 == 412 and [pct(x, 412) for x in (86, 241, 85)] == [20.9, 58.5, 20.6] and 5600 + 1800 + 5200 + 1600 == 14200 and 290 <= 18600 / 64 < 291 and round(1260 / 412, 2) == 3.06 and pct(218, 238) == 91.6 and 19 + 8 == 27 and pct(19, 27) == 70.4 and span_ok(2008, 2024, 16, False) and span_ok(2019, 2024, 5, False) and span_ok(2017, 2023, 7, True) and pct(152 + 36, 236) == 79.7 and pct(1.6 - 1.42, 1.42) == 12.7 and 41 != 34 and 68.9 != 64.4),
    ("Y2 152+19 = 171; 171/236 = 72.5%; true 19/36 = 52.8% (过半); 6+9+4 = 19; 5.84万+5700 = 6.41万; 6.41/9.12 = 70.3%; 92/200 = 46.0%; 7800/16000 = 48.8%; true 3200+1000+3600 = 7800; 1.42亿 = 14200万; 412+15 = 427; 85 < 87; 141/150 = 94.0%; 5+3 = 8; true 2019..2024 = 6th year; 36-19 = 17; 2017..2024 = 第八届; 漾平 22 != 19",
     152 + 19 == 171 and pct(171, 236) == 72.5 and pct(19, 36) == 52.8 and 19 / 36 > 0.5 and 6 + 9 + 4 == 19 and close(5.84 + 0.57, 6.41, 0.001) and pct(6.41, 9.12) == 70.3 and pct(92, 200) == 46.0 and pct(7800, 16000) == 48.8 and 3200 + 1000 + 3600 == 7800 and 412 + 15 == 427 and 85 < 87 and pct(141, 150) == 94.0 and 5 + 3 == 8 and span_ok(2019, 2024, 6, True) and 36 - 19 == 17 and span_ok(2017, 2024, 8, True) and 22 != 19),
    ("Y3 152+38 = 190; 38/36 = 105.6%; 190/236 = 80.5% (突破八成); 80.5-64.4 = 16.1; 19+19 = 38; 11+19+8 = 38 (H2 5+10+4 = 19); 5.84+1.14 = 6.98; 6.98/9.12 = 76.5%; 6.98-5.84 = 1.14 (1万多); 52+98+53 = 203; true 186+203 = 389; 1223+203 = 1426; 427+21 = 448; 93+266+89 = 448; 1.58/1.6 = 98.8%; 6200+2000+5800+1800 = 15800, true shares 39.2, 12.7, 36.7, 11.4; (1420-1260)/1260 = 12.7%; 283/300 = 94.3%, 94.3-91.6 = 2.7; 2012 -> 2024 = 12; true 1998 -> 2025 = 27; true 2017..2025 = 9th; 236-190 = 46; (190+30)/236 = 93.2%; 1.5 < 1.58; 漾平 79.6 != 80.5",
     152 + 38 == 190 and pct(38, 36) == 105.6 and pct(190, 236) == 80.5 and pct(190, 236) > 80 and close(80.5 - 64.4, 16.1, 0.001) and 19 + 19 == 38 and 11 + 19 + 8 == 38 and (11 - 6) + (19 - 9) + (8 - 4) == 19 and close(5.84 + 1.14, 6.98, 0.001) and pct(6.98, 9.12) == 76.5 and 1 < 6.98 - 5.84 < 2 and 52 + 98 + 53 == 203 and 186 + 203 == 389 and 1223 + 203 == 1426 and 427 + 21 == 448 and 93 + 266 + 89 == 448 and pct(1.58, 1.6) == 98.8 and 6200 + 2000 + 5800 + 1800 == 15800 and [pct(x, 15800) for x in (6200, 2000, 5800, 1800)] == [39.2, 12.7, 36.7, 11.4] and pct(1420 - 1260, 1260) == 12.7 and pct(283, 300) == 94.3 and close(94.3 - 91.6, 2.7, 0.001) and span_ok(2012, 2024, 12, False) and span_ok(1998, 2025, 27, False) and span_ok(2017, 2025, 9, True) and 236 - 190 == 46 and pct(190 + 30, 236) == 93.2 and 1.5 < 1.58 and 79.6 != 80.5),
    # dipu (口袋公园 / 绿道, 荻浦市)
    ("P1 58+46 = 104; 46 > 40; 17+14+9+6 = 46, true shares 37.0, 30.4, 19.6, 13.0; 18.4/46 = 0.4; 134+94+82 = 310, shares 43.2, 30.3, 26.5 (sum 100.0); 310-42 = 268; 1.12+2.14 = 3.26; 1.48+1.16+0.62 = 3.26; true 1985 -> 2023 = 38; 2014..2023 = 第十届; 104+50 = 154 > 150; (3.6-3.26)/3.26 = 10.4%; 荻宁 48 != 46, 305 != 310",
     58 + 46 == 104 and 46 > 40 and 17 + 14 + 9 + 6 == 46 and [pct(x, 46) for x in (17, 14, 9, 6)] == [37.0, 30.4, 19.6, 13.0] and close(18.4 / 46, 0.4, 0.001) and 134 + 94 + 82 == 310 and [pct(x, 310) for x in (134, 94, 82)] == [43.2, 30.3, 26.5] and close(43.2 + 30.3 + 26.5, 100.0, 0.001) and 310 - 42 == 268 and close(1.12 + 2.14, 3.26, 0.001) and close(1.48 + 1.16 + 0.62, 3.26, 0.001) and span_ok(1985, 2023, 38, False) and span_ok(2014, 2023, 10, True) and 104 + 50 > 150 and pct(3.6 - 3.26, 3.26) == 10.4 and 48 != 46 and 305 != 310),
    ("P2 104+37 = 141; 310+31 = 341; true 37/50 = 74.0%; true 13+11+8+5 = 37; 14+7+10 = 31; 2.52/3.6 = 70.0%; (1630-1420)/1420 = 14.8%; 1420 < 1860; 86.9-83.2 = 3.7; 21+9 = 30; 2014..2024 = 第十一届; true 2012..2024 = 13th year; 37+16 = 53 > 50; 23 <= 37; 荻宁 34 != 37",
     104 + 37 == 141 and 310 + 31 == 341 and pct(37, 50) == 74.0 and 13 + 11 + 8 + 5 == 37 and 14 + 7 + 10 == 31 and pct(2.52, 3.6) == 70.0 and pct(1630 - 1420, 1420) == 14.8 and 1420 < 1860 and close(86.9 - 83.2, 3.7, 0.001) and 21 + 9 == 30 and span_ok(2014, 2024, 11, True) and span_ok(2012, 2024, 13, True) and 37 + 16 == 53 > 50 and 23 <= 37 and 34 != 37),
    ("P3 104+53 = 157; true 53/50 = 106.0%; 310+48 = 358; 48/45 = 106.7%; 37+16 = 53; 19+15+11+8 = 53 (Q4 6+4+3+3 = 16 with true 高新 5); 155+105+98 = 358, true shares 43.3, 29.3, 27.4; 134+21 = 155, 94+11 = 105, 82+16 = 98, 21+11+16 = 48 = 31+17; 3.54/3.6 = 98.3%; 1.31+2.23 = 3.54; true 1.62+1.24+0.68 = 3.54 (1.62 > 1.48, 1.24 > 1.16); true 3.26+3.54 = 6.80; 46+53 = 99; 42+48 = 90; (2140-1860)/1860 = 15.1%; 30+4 = 34; 1985 -> 2025 = 40; 2009 -> 2024 = 15; true 2014..2025 = 12th; 3.2 < 3.54; 14.1 < 14.5; 荻宁 352 != 358",
     104 + 53 == 157 and pct(53, 50) == 106.0 and 310 + 48 == 358 and pct(48, 45) == 106.7 and 37 + 16 == 53 and 19 + 15 + 11 + 8 == 53 and (19 - 13) + (15 - 11) + (11 - 8) + (8 - 5) == 16 and 155 + 105 + 98 == 358 and [pct(x, 358) for x in (155, 105, 98)] == [43.3, 29.3, 27.4] and 134 + 21 == 155 and 94 + 11 == 105 and 82 + 16 == 98 and 21 + 11 + 16 == 48 == 31 + 17 and pct(3.54, 3.6) == 98.3 and close(1.31 + 2.23, 3.54, 0.001) and close(1.62 + 1.24 + 0.68, 3.54, 0.001) and 1.62 > 1.48 and 1.24 > 1.16 and close(3.26 + 3.54, 6.80, 0.001) and 46 + 53 == 99 and 42 + 48 == 90 and pct(2140 - 1860, 1860) == 15.1 and 30 + 4 == 34 and span_ok(1985, 2025, 40, False) and span_ok(2009, 2024, 15, False) and span_ok(2014, 2025, 12, True) and 3.2 < 3.54 and 14.1 < 14.5 and 352 != 358),
    # quillan (state trout hatchery)
    ("Q1 (204750-186400)/186400 = 9.8%; 132600+41850+30300 = 204750, true shares 64.8, 20.4, 14.8; 46+72 = 118; true 2.16+1.22+0.46 = 3.84; (4.02-3.84)/3.84 = 4.7%; 6.8+3.5+1.3 = 11.6; 14+10 = 24; 10.9 < 11.6; true 1931 -> 2024 = 93; 1989..2023 = 35th; 210000 > 204750; Brask 198400 != 204750",
     pct(204750 - 186400, 186400) == 9.8 and 132600 + 41850 + 30300 == 204750 and [pct(x, 204750) for x in (132600, 41850, 30300)] == [64.8, 20.4, 14.8] and 46 + 72 == 118 and close(2.16 + 1.22 + 0.46, 3.84, 0.001) and pct(4.02 - 3.84, 3.84) == 4.7 and close(6.8 + 3.5 + 1.3, 11.6, 0.001) and 14 + 10 == 24 and 10.9 < 11.6 and span_ok(1931, 2024, 93, False) and span_ok(1989, 2023, 35, True) and 210000 > 204750 and 198400 != 204750),
    ("Q2 (131600-124900)/124900 = 5.4%; true 131600/210000 = 62.7%; true 85400+27100+19100 = 131600; 28+43 = 71; 9 <= 14; 18920 x 12 = 227040 (about 227,000); true 1989..2024 = 36th; 131600 > 131000; Brask 127300 != 131600",
     pct(131600 - 124900, 124900) == 5.4 and pct(131600, 210000) == 62.7 and 85400 + 27100 + 19100 == 131600 and 28 + 43 == 71 and 9 <= 14 and abs(18920 * 12 - 227000) < 500 and span_ok(1989, 2024, 36, True) and 131600 > 131000 and 127300 != 131600),
    ("Q3 215300/210000 = 102.5%; (215300-204750)/204750 = 5.2%; 138900+44200+32200 = 215300, true shares 64.5, 20.5, 15.0; true 215300-131600 = 83700; 124-118 = 6; (438000-412000)/412000 = 6.3%; true 204750+215300 = 420050; 11.6+0.5 = 12.1; 14+10 = 24; 4.25 > 4.02; true 1998 -> 2025 = 27; 1989..2025 = 37th; 92 > 86; Brask 208900 < 212000",
     pct(215300, 210000) == 102.5 and pct(215300 - 204750, 204750) == 5.2 and 138900 + 44200 + 32200 == 215300 and [pct(x, 215300) for x in (138900, 44200, 32200)] == [64.5, 20.5, 15.0] and 215300 - 131600 == 83700 and 124 - 118 == 6 and pct(438000 - 412000, 412000) == 6.3 and 204750 + 215300 == 420050 and close(11.6 + 0.5, 12.1, 0.001) and 14 + 10 == 24 and 4.25 > 4.02 and span_ok(1998, 2025, 27, False) and span_ok(1989, 2025, 37, True) and 92 > 86 and 208900 < 212000),
    # brennick (Safe at Home)
    ("B1 true 214/200 = 107.0%; (214-168)/168 = 27.4%; 78+64+47+25 = 214; 214 x 11240 = 2405360 (about $2.41 million); true 1.42+0.98+0.46 = 2.86; (3.34-2.86)/2.86 = 16.8%; true 1994 -> 2024 = 30; 2003..2023 = 21st annual; 240 > 214; Cressmoor 196 != 214",
     pct(214, 200) == 107.0 and pct(214 - 168, 168) == 27.4 and 78 + 64 + 47 + 25 == 214 and round(214 * 11240 / 1e6, 2) == 2.41 and close(1.42 + 0.98 + 0.46, 2.86, 0.001) and pct(3.34 - 2.86, 2.86) == 16.8 and span_ok(1994, 2024, 30, False) and span_ok(2003, 2023, 21, True) and 240 > 214 and 196 != 214),
    ("B2 (118-97)/97 = 21.6%; 44+38+24+12 = 118, true shares 37.3, 32.2, 20.3, 10.2; 118/240 = 49.2%; 3286+118 = 3404; 2.79/2.86 = 97.6%; true 2003..2024 = 22nd; 11960 > 11240; 118 > 100; 286 < 312; Cressmoor 91 != 118",
     pct(118 - 97, 97) == 21.6 and 44 + 38 + 24 + 12 == 118 and [pct(x, 118) for x in (44, 38, 24, 12)] == [37.3, 32.2, 20.3, 10.2] and pct(118, 240) == 49.2 and 3286 + 118 == 3404 and pct(2.79, 2.86) == 97.6 and span_ok(2003, 2024, 22, True) and 11960 > 11240 and 118 > 100 and 286 < 312 and 91 != 118),
    ("B3 251/240 = 104.6%; 251-214 = 37; 133+118 = 251; true 86+79+55+31 = 251; true 3286+251 = 3537 = 3404+133; 251 x 12080 = 3032080 (about $3.03 million); true 3.21/3.34 = 96.1%; 3.52 > 3.34; 1994..2025 = 32nd year; true 1978 -> 2025 = 47; true 2003..2025 = 23rd; 44-38 = 6; 264 < 286 < 312; Cressmoor 203 != 251",
     pct(251, 240) == 104.6 and 251 - 214 == 37 and 133 + 118 == 251 and 86 + 79 + 55 + 31 == 251 and 3286 + 251 == 3537 == 3404 + 133 and round(251 * 12080 / 1e6, 2) == 3.03 and pct(3.21, 3.34) == 96.1 and 3.52 > 3.34 and span_ok(1994, 2025, 32, True) and span_ok(1978, 2025, 47, False) and span_ok(2003, 2025, 23, True) and 44 - 38 == 6 and 264 < 286 < 312 and 203 != 251),
]

FAIL = [
    # conflict
    ("m01 1.26 == 1.62; 5.84-1.62 = 4.58", close(1.26, 1.62, 0.001) or close(5.84 - 1.62, 4.58, 0.001)),
    ("m07 1.42 == 1.24; 5600+1800+5200+1600 = 12400", close(1.42, 1.24, 0.001) or 5600 + 1800 + 5200 + 1600 == 12400),
    ("m09 5.84 == 5.48; 5.48+1.14 = 6.98", close(5.84, 5.48, 0.001) or close(5.48 + 1.14, 6.98, 0.001)),
    ("m14 203 == 230; 52+98+53 = 230", 203 == 230 or 52 + 98 + 53 == 230),
    ("m15 46 == 64; 58+64 = 104", 46 == 64 or 58 + 64 == 104),
    ("m20 1860 == 1680; (2140-1680)/1680 = 15.1%", 1860 == 1680 or pct(2140 - 1680, 1680) == 15.1),
    ("m23 53 == 35; 104+35 = 157", 53 == 35 or 104 + 35 == 157),
    ("m29 204750 == 204570; 132600+41850+30300 = 204570", 204750 == 204570 or 132600 + 41850 + 30300 == 204570),
    ("m34 11.6 == 16.1; 6.8+3.5+1.3 = 16.1", close(11.6, 16.1, 0.001) or close(6.8 + 3.5 + 1.3, 16.1, 0.001)),
    ("m36 215300 == 213500; 138900+44200+32200 = 213500", 215300 == 213500 or 138900 + 44200 + 32200 == 213500),
    ("m41 214 == 241; 78+64+47+25 = 241", 214 == 241 or 78 + 64 + 47 + 25 == 241),
    ("m46 312 == 321", 312 == 321),
    ("m48 251 == 215; 133+118 = 215", 251 == 215 or 133 + 118 == 215),
    # shares
    ("m03 241/412 = 60.5%; 20.9+60.5+20.6 = 100", pct(241, 412) == 60.5 or close(20.9 + 60.5 + 20.6, 100, 0.15)),
    ("m05 19/36 = 55.8%", pct(19, 36) == 55.8),
    ("m11 5800/15800 = 38.7%; 39.2+12.7+38.7+11.4 = 100", pct(5800, 15800) == 38.7 or close(39.2 + 12.7 + 38.7 + 11.4, 100, 0.15)),
    ("m16 6/46 = 15.0%; 37.0+30.4+19.6+15.0 = 100", pct(6, 46) == 15.0 or close(37.0 + 30.4 + 19.6 + 15.0, 100, 0.15)),
    ("m18 37/50 = 78.0%", pct(37, 50) == 78.0),
    ("m22 53/50 = 110.6%", pct(53, 50) == 110.6),
    ("m24 105/358 = 31.3%; 43.3+31.3+27.4 = 100", pct(105, 358) == 31.3 or close(43.3 + 31.3 + 27.4, 100, 0.15)),
    ("m28 41850/204750 = 22.4%; 64.8+22.4+14.8 = 100", pct(41850, 204750) == 22.4 or close(64.8 + 22.4 + 14.8, 100, 0.15)),
    ("m32 131600/210000 = 64.7%", pct(131600, 210000) == 64.7),
    ("m37 32200/215300 = 17.0%; 64.5+20.5+17.0 = 100", pct(32200, 215300) == 17.0 or close(64.5 + 20.5 + 17.0, 100, 0.15)),
    ("m42 214/200 = 109.0%", pct(214, 200) == 109.0),
    ("m45 24/118 = 22.3%; 37.3+32.2+22.3+10.2 = 100", pct(24, 118) == 22.3 or close(37.3 + 32.2 + 22.3 + 10.2, 100, 0.15)),
    ("m50 3.21/3.34 = 97.1% (even at the rounding limits)", pct(3.215, 3.335) >= 97.05),
    # sum
    ("m02 48+96+52 = 186", 48 + 96 + 52 == 186),
    ("m06 3200+1000+3400 = 7800", 3200 + 1000 + 3400 == 7800),
    ("m10 186+203 = 398", 186 + 203 == 398),
    ("m19 13+11+8+7 = 37", 13 + 11 + 8 + 7 == 37),
    ("m25 1.62+1.34+0.68 = 3.54 (even at the rounding limits)", close(1.62 + 1.34 + 0.68, 3.54, 0.001) or 1.615 + 1.335 + 0.675 <= 3.545),
    ("m26 3.26+3.54 = 6.86 (even at the rounding limits)", close(3.26 + 3.54, 6.86, 0.001) or 3.265 + 3.545 >= 6.855),
    ("m30 2.16+1.22+0.56 = 3.84 (even at the rounding limits)", close(2.16 + 1.22 + 0.56, 3.84, 0.001) or 2.155 + 1.215 + 0.555 <= 3.845),
    ("m33 85400+27100+21100 = 131600", 85400 + 27100 + 21100 == 131600),
    ("m38 215300-131600 = 85700", 215300 - 131600 == 85700),
    ("m39 204750+215300 = 422050", 204750 + 215300 == 422050),
    ("m43 1.42+0.98+0.64 = 2.86 (even at the rounding limits)", close(1.42 + 0.98 + 0.64, 2.86, 0.001) or 1.415 + 0.975 + 0.635 <= 2.865),
    ("m49 86+79+65+31 = 251", 86 + 79 + 65 + 31 == 251),
    ("m51 3286+251 = 3573", 3286 + 251 == 3573),
    # date (each fails under both counting conventions)
    ("m04 2008..2024 = 已运行18年", not span_fails_both(2008, 2024, 18)),
    ("m08 2019..2024 = 第七个年头", not span_fails_both(2019, 2024, 7)),
    ("m12 1998..2025 (今年) = 25周年", not span_fails_both(1998, 2025, 25)),
    ("m13 2017..2025 (今年秋季) = 第十届", not span_fails_both(2017, 2025, 10)),
    ("m17 1985..2023 (去年) = 40周年", not span_fails_both(1985, 2023, 40)),
    ("m21 2012..2024 = 14个年头", not span_fails_both(2012, 2024, 14)),
    ("m27 2014..2025 (今年10月) = 第十四届", not span_fails_both(2014, 2025, 14)),
    ("m31 1931..2024 (this summer) = 90th year", not span_fails_both(1931, 2024, 90)),
    ("m35 1989..2024 (June 2024) = 38th edition", not span_fails_both(1989, 2024, 38)),
    ("m40 1998..2025 (this year) = 25th anniversary", not span_fails_both(1998, 2025, 25)),
    ("m44 1994..2024 (this year) = turns 32", not span_fails_both(1994, 2024, 32)),
    ("m47 2003..2024 (April 2024) = 23rd edition", not span_fails_both(2003, 2024, 23)),
    ("m52 2003..2025 (this month) = the 25th", not span_fails_both(2003, 2025, 25)),
    ("m53 1978..2025 (this year) = 49 years", not span_fails_both(1978, 2025, 49)),
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
