#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted34).

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
    # huaidu (就业见习基地, 槐渡县)
    ("H1 31-3 = 28, 86+28 = 114; 78+21+15 = 114; 1118+308 = 1426; 1302+124 = 1426; 612+658+47+109 = 1426, true shares 42.9, 46.1, 3.3, 7.6; 592/1290 = 45.9%, 45.9-42.7 = 3.2; 744/1860 = 40.0% (四成); 1900 x 12 = 2.28万; 29/38 = 76.3% (超过七成); 3860/1426 = 2.7; 7 = 3+4; true 640+230+410 = 1280; 2009 -> 2024 = 15; true 1998 -> 2024 = 26; 2016..2023 = 第八届, 2016..2024 = 第九届; (1450-1280)/1280 = 13.3%; 槐阳 97 != 114, 1640 != 1860",
     31 - 3 == 28 and 86 + 28 == 114 and 78 + 21 + 15 == 114 and 1118 + 308 == 1426 and 1302 + 124 == 1426 and 612 + 658 + 47 + 109 == 1426 and [pct(x, 1426) for x in (612, 658, 47, 109)] == [42.9, 46.1, 3.3, 7.6] and pct(592, 1290) == 45.9 and close(45.9 - 42.7, 3.2, 0.001) and pct(744, 1860) == 40.0 and close(1900 * 12 / 10000, 2.28, 0.001) and 70 < pct(29, 38) < 80 and round(3860 / 1426, 1) == 2.7 and 3 + 4 == 7 and 640 + 230 + 410 == 1280 and span_ok(2009, 2024, 15, False) and span_ok(1998, 2024, 26, False) and span_ok(2016, 2023, 8, True) and span_ok(2016, 2024, 9, True) and pct(1450 - 1280, 1280) == 13.3 and 97 != 114 and 1640 != 1860),
    ("H2 114+12 = 126; (1120-960)/960 = 16.7%; true 7+3+2 = 12; 1120/2000 = 56.0%, 2000-1120 = 880; 618+164 = 782, 618/782 = 79.0%; 690/1450 = 47.6%; 468+412+96+144 = 1120; 301/612 = 49.2%; 1900 x 1.1 = 2090; 2016..2024 = 第九届; 槐阳 870 != 1120",
     114 + 12 == 126 and pct(1120 - 960, 960) == 16.7 and 7 + 3 + 2 == 12 and pct(1120, 2000) == 56.0 and 2000 - 1120 == 880 and 618 + 164 == 782 and pct(618, 782) == 79.0 and pct(690, 1450) == 47.6 and 468 + 412 + 96 + 144 == 1120 and pct(301, 612) == 49.2 and round(1900 * 1.1) == 2090 and span_ok(2016, 2024, 9, True) and 870 != 1120),
    ("H3 12+9 = 21, 126+9 = 135; 2150-1120 = 1030; true 2150/2000 = 107.5%; (1638-1426)/1426 = 14.9%; 712/1484 = 48.0% (接近一半); true 1426+1638 = 3064; 1296+342 = 1638; 1498+140 = 1638; 1512/1450 = 104.3%; 760+250+502 = 1512; 94+23+18 = 135; true 9/135 = 6.7%; 2015 -> 2024 = 时隔9年; true 2009 -> 2025 = 16; true 2016..2025 = 10th; (1600-1512)/1512 = 5.8%; 608 < 712; 槐阳 108 != 135",
     12 + 9 == 21 and 126 + 9 == 135 and 2150 - 1120 == 1030 and pct(2150, 2000) == 107.5 and pct(1638 - 1426, 1426) == 14.9 and pct(712, 1484) == 48.0 and 45 <= pct(712, 1484) < 50 and 1426 + 1638 == 3064 and 1296 + 342 == 1638 and 1498 + 140 == 1638 and pct(1512, 1450) == 104.3 and 760 + 250 + 502 == 1512 and 94 + 23 + 18 == 135 and pct(9, 135) == 6.7 and span_ok(2015, 2024, 9, False) and span_ok(2009, 2025, 16, False) and span_ok(2016, 2025, 10, True) and pct(1600 - 1512, 1512) == 5.8 and 608 < 712 and 108 != 135),
    # huanzhou (生活垃圾分类, 澴州市)
    ("Z1 640+428+2+1790 = 2860; 2860 x 365 = 104.4万吨; (640+428)/2860 = 37.3%; 1246/1520 = 82.0%; 68.4/83.6 = 81.8%; 412+368+297+169 = 1246, true shares 33.1, 29.5, 23.8, 13.6; 8.9-6.8 = 2.1; 2940 < 3860; 486000/2680 = 181; true 9200+6100+3300 = 18600 = 1.86亿; 1500+1000 = 2500; 640/700 = 91.4%; true 1996 -> 2021 = 25; 2018..2024 = 第七届; (2.1-1.86)/1.86 = 12.9%; 澴阳 38.9 != 37.3",
     640 + 428 + 2 + 1790 == 2860 and round(2860 * 365 / 10000, 1) == 104.4 and pct(640 + 428, 2860) == 37.3 and pct(1246, 1520) == 82.0 and pct(68.4, 83.6) == 81.8 and 412 + 368 + 297 + 169 == 1246 and [pct(x, 1246) for x in (412, 368, 297, 169)] == [33.1, 29.5, 23.8, 13.6] and close(8.9 - 6.8, 2.1, 0.001) and 2940 < 3860 and round(486000 / 2680) == 181 and 9200 + 6100 + 3300 == 18600 and 1500 + 1000 == 2500 and pct(640, 700) == 91.4 and span_ok(1996, 2021, 25, False) and span_ok(2018, 2024, 7, True) and pct(2.1 - 1.86, 1.86) == 12.9 and 38.9 != 37.3),
    ("Z2 1246+72 = 1318; 1318/1520 = 86.7%; 1520-1318 = 202; 14+19+23+16 = 72; (705+452)/2890 = 40.0%; 5.9 < 6.8; true 9800/21000 = 46.7%; 700+200 = 900; 286+24 = 310; 23.6+2.5 = 26.1; 2018..2024 = 第七届; 180-72 = 108; 4+2 = 6 monthly ratings; 86 < 1460; 澴阳 58 != 72",
     1246 + 72 == 1318 and pct(1318, 1520) == 86.7 and 1520 - 1318 == 202 and 14 + 19 + 23 + 16 == 72 and pct(705 + 452, 2890) == 40.0 and 5.9 < 6.8 and pct(9800, 21000) == 46.7 and 700 + 200 == 900 and 286 + 24 == 310 and close(23.6 + 2.5, 26.1, 0.001) and span_ok(2018, 2024, 7, True) and 180 - 72 == 108 and 4 + 2 == 6 and 86 < 1460 and 58 != 72),
    ("Z3 730+476+4+1720 = 2930; 2930 x 366 = 107.2万吨; (730+476)/2930 = 41.2% > 40, 41.2-37.3 = 3.9; true shares 24.9, 16.2, 58.8; 1790-1720 = 70; 6.8-5.2 = 1.6; 1246+190 = 1436; 1436/1520 = 94.5%; true 72+118 = 190 >= 180, 1318+118 = 1436; 2.06/2.1 = 98.1%; 9600+7400+3600 = 20600; true 1.86+2.06 = 3.92; 7+3+2 = 12, H2 (7-4)+(3-2)+2 = 6; 730/900 = 81.1%; 120+45 = 165; 2016 -> 2025 = 9; true 2019 -> 2025 = 6; true 2018..2024 = 7th; (2.2-2.06)/2.06 = 6.8%; 澴阳 40.6 != 41.2",
     730 + 476 + 4 + 1720 == 2930 and round(2930 * 366 / 10000, 1) == 107.2 and pct(730 + 476, 2930) == 41.2 and 41.2 > 40 and close(41.2 - 37.3, 3.9, 0.001) and [pct(730, 2930), pct(476, 2930), pct(1720 + 4, 2930)] == [24.9, 16.2, 58.8] and 1790 - 1720 == 70 and close(6.8 - 5.2, 1.6, 0.001) and 1246 + 190 == 1436 and pct(1436, 1520) == 94.5 and 72 + 118 == 190 and 190 >= 180 and 1318 + 118 == 1436 and pct(2.06, 2.1) == 98.1 and 9600 + 7400 + 3600 == 20600 and close(1.86 + 2.06, 3.92, 0.001) and 7 + 3 + 2 == 12 and (7 - 4) + (3 - 2) + 2 == 6 and pct(730, 900) == 81.1 and 120 + 45 == 165 and span_ok(2016, 2025, 9, False) and span_ok(2019, 2025, 6, False) and span_ok(2018, 2024, 7, True) and pct(2.2 - 2.06, 2.06) == 6.8 and 40.6 != 41.2),
    # brannock (hospice and home health)
    ("B1 (1262-1184)/1184 = 6.6%; 188 x 365 = 68620; 442+278+253+139+150 = 1262, true shares 35.0, 22.0, 20.0, 11.0, 11.9; 3210 < 3846; 61480/3846 = 16.0 visits per admission; true 31.2+3.4+2.6+1.4 = 38.6; 4.5+2.8+1.5+1.0 = 9.8; true 1981 -> 2024 = 43; 2006..2023 = 18th annual; 168+94+31+12+107 = 412; (41.3-38.6)/38.6 = 7.0%; Cressley 1194 != 1262",
     pct(1262 - 1184, 1184) == 6.6 and 188 * 365 == 68620 and 442 + 278 + 253 + 139 + 150 == 1262 and [pct(x, 1262) for x in (442, 278, 253, 139, 150)] == [35.0, 22.0, 20.0, 11.0, 11.9] and 3210 < 3846 and round(61480 / 3846, 1) == 16.0 and close(31.2 + 3.4 + 2.6 + 1.4, 38.6, 0.001) and close(4.5 + 2.8 + 1.5 + 1.0, 9.8, 0.001) and span_ok(1981, 2024, 43, False) and span_ok(2006, 2023, 18, True) and 168 + 94 + 31 + 12 + 107 == 412 and pct(41.3 - 38.6, 38.6) == 7.0 and 1194 != 1262),
    ("B2 (712-668)/668 = 6.6%; 4.5+1.9+1.5 = 7.9; true 7.9/9.8 = 80.6%; 198 > 188; 2006..2024 = 19th annual; 8.6 < 9.8; Cressley 688 != 712",
     pct(712 - 668, 668) == 6.6 and close(4.5 + 1.9 + 1.5, 7.9, 0.001) and pct(7.9, 9.8) == 80.6 and 198 > 188 and span_ok(2006, 2024, 19, True) and 8.6 < 9.8 and 688 != 712),
    ("B3 (1341-1262)/1262 = 6.3%; 1341 > 1300; true 548+556 = 1104; 203 x 366 = 74298; 612+344+241+144 = 1341, true shares 45.6, 25.7, 18.0, 10.7; 64920 > 61480; 10.4-9.8 = 0.6; true 176+101+33+13+115 = 438; true 1986 -> 2025 = 39; true 2006..2024 = 19th annual; 1.28 > 1.12; 41.3 < 44.6; Cressley 1251 < 1341",
     pct(1341 - 1262, 1262) == 6.3 and 1341 > 1300 and 548 + 556 == 1104 and 203 * 366 == 74298 and 612 + 344 + 241 + 144 == 1341 and [pct(x, 1341) for x in (612, 344, 241, 144)] == [45.6, 25.7, 18.0, 10.7] and 64920 > 61480 and close(10.4 - 9.8, 0.6, 0.001) and 176 + 101 + 33 + 13 + 115 == 438 and span_ok(1986, 2025, 39, False) and span_ok(2006, 2024, 19, True) and 1.28 > 1.12 and 41.3 < 44.6 and 1251 < 1341),
    # tennock (eviction diversion and mediation)
    ("T1 (4620-4180)/4180 = 10.5%; 2680+1940 = 4620, shares 58.0, 42.0; true 824/1210 = 68.1%; 1210 < 1540; 2460000/1072 = 2295; true 1.3+0.84+0.32 = 2.46; 1932/4620 = 41.8%, 1932 < 2006; true 1989 -> 2024 = 35; 2019..2024 = sixth annual; 4620/38600 = 12.0 per 100; 1.86 < 2.04; Brudenell 3980 != 4620",
     pct(4620 - 4180, 4180) == 10.5 and 2680 + 1940 == 4620 and [pct(2680, 4620), pct(1940, 4620)] == [58.0, 42.0] and pct(824, 1210) == 68.1 and 1210 < 1540 and round(2460000 / 1072) == 2295 and close(1.3 + 0.84 + 0.32, 2.46, 0.001) and pct(1932, 4620) == 41.8 and 1932 < 2006 and span_ok(1989, 2024, 35, False) and span_ok(2019, 2024, 6, True) and round(100 * 4620 / 38600) == 12 and 1.86 < 2.04 and 3980 != 4620),
    ("T2 (2310-2240)/2310 = 3.0%; true 1310+930 = 2240; 2240/6 = 373; 862/1800 = 47.9% (< 50); 478 < 684 < 862; true 1.48/2.46 = 60.2%; 2019..2024 = sixth; (2.04-1.86)/1.86 = 9.7%; 52 > 46; Brudenell 1930 != 2240",
     pct(2310 - 2240, 2310) == 3.0 and 1310 + 930 == 2240 and round(2240 / 6) == 373 and pct(862, 1800) == 47.9 and 478 < 684 < 862 and pct(1.48, 2.46) == 60.2 and span_ok(2019, 2024, 6, True) and pct(2.04 - 1.86, 1.86) == 9.7 and 52 > 46 and 1930 != 2240),
    ("T3 (4620-4390)/4620 = 5.0%; 4390-2240 = 2150 < 2240; 1780 < 1800; 1003+287+112 = 1402, true shares 71.5, 20.5, 8.0; 1003 > 1000; 1.1+1.26+0.42 = 2.78; true 4620+4390 = 9010; 1702/4390 = 38.8% < 41.8%; true 1912 -> 2025 = 113; 1989 -> 2025 = 36; true 2019..2025 = 7th; Brudenell 3870 < 3980; 4390/38900 = 11.3 per 100",
     pct(4620 - 4390, 4620) == 5.0 and 4390 - 2240 == 2150 and 2150 < 2240 and 1780 < 1800 and 1003 + 287 + 112 == 1402 and [pct(x, 1402) for x in (1003, 287, 112)] == [71.5, 20.5, 8.0] and 1003 > 1000 and close(1.1 + 1.26 + 0.42, 2.78, 0.001) and 4620 + 4390 == 9010 and pct(1702, 4390) == 38.8 and 38.8 < 41.8 and span_ok(1912, 2025, 113, False) and span_ok(1989, 2025, 36, False) and span_ok(2019, 2025, 7, True) and 3870 < 3980 and round(100 * 4390 / 38900) == 11),
]

FAIL = [
    # conflict
    ("m01 1426 == 1462; 1118+308 = 1462", 1426 == 1462 or 1118 + 308 == 1462),
    ("m05 1860 == 1680; 744/1680 = 四成", 1860 == 1680 or pct(744, 1680) == 40.0),
    ("m08 712 == 721; 721/1484 = 48.0%", 712 == 721 or pct(721, 1484) == 48.0),
    ("m13 640 == 460; 460+428+2+1790 = 2860", 640 == 460 or 460 + 428 + 2 + 1790 == 2860),
    ("m17 1.86 == 1.68; (2.1-1.68)/1.68 = 12.9%", close(1.86, 1.68, 0.001) or pct(2.1 - 1.68, 1.68) == 12.9),
    ("m21 1436 == 1463; 1246+190 = 1463", 1436 == 1463 or 1246 + 190 == 1463),
    ("m25 1262 == 1226; 442+278+253+139+150 = 1226", 1262 == 1226 or 442 + 278 + 253 + 139 + 150 == 1226),
    ("m29 38.6 == 36.8; (41.3-36.8)/36.8 = 7.0%", close(38.6, 36.8, 0.001) or pct(41.3 - 36.8, 36.8) == 7.0),
    ("m33 64920 == 64290", 64920 == 64290),
    ("m37 4620 == 4260; 2680+1940 = 4260", 4620 == 4260 or 2680 + 1940 == 4260),
    ("m44 1003 == 1030; 1030+287+112 = 1402", 1003 == 1030 or 1030 + 287 + 112 == 1402),
    ("m45 2.46 == 2.64; 2640000/1072 = 2295", close(2.46, 2.64, 0.001) or round(2640000 / 1072) == 2295),
    # shares
    ("m02 109/1426 = 9.6%; 42.9+46.1+3.3+9.6 = 100", pct(109, 1426) == 9.6 or close(42.9 + 46.1 + 3.3 + 9.6, 100, 0.15)),
    ("m07 2150/2000 = 110.5%", pct(2150, 2000) == 110.5),
    ("m10 9/135 = 8.7%", pct(9, 135) == 8.7),
    ("m14 297/1246 = 25.8%; 33.1+29.5+25.8+13.6 = 100", pct(297, 1246) == 25.8 or close(33.1 + 29.5 + 25.8 + 13.6, 100, 0.15)),
    ("m18 9800/21000 = 48.7% (even at the rounding limits of 2.1亿)", pct(9800, 20500) >= 48.65),
    ("m19 (1720+4)/2930 = 60.1%; 24.9+16.2+60.1 = 100", pct(1720 + 4, 2930) == 60.1 or close(24.9 + 16.2 + 60.1, 100, 0.15)),
    ("m26 139/1262 = 13.0%; 35.0+22.0+20.0+13.0+11.9 = 100", pct(139, 1262) == 13.0 or close(35.0 + 22.0 + 20.0 + 13.0 + 11.9, 100, 0.15)),
    ("m30 7.9/9.8 = 84.0% (even at the rounding limits)", pct(7.95, 9.75) >= 83.95),
    ("m32 144/1341 = 12.7%; 45.6+25.7+18.0+12.7 = 100", pct(144, 1341) == 12.7 or close(45.6 + 25.7 + 18.0 + 12.7, 100, 0.15)),
    ("m38 824/1210 = 71.8%", pct(824, 1210) == 71.8),
    ("m42 1.48/2.46 = 64.2% (even at the rounding limits)", pct(1.485, 2.455) >= 64.15),
    ("m43 287/1402 = 22.5%; 71.5+22.5+8.0 = 100", pct(287, 1402) == 22.5 or close(71.5 + 22.5 + 8.0, 100, 0.15)),
    # sum
    ("m03 640+230+460 = 1280", 640 + 230 + 460 == 1280),
    ("m06 8+3+2 = 12", 8 + 3 + 2 == 12),
    ("m09 1426+1638 = 3164", 1426 + 1638 == 3164),
    ("m15 9200+6100+3800 = 18600", 9200 + 6100 + 3800 == 18600),
    ("m20 72+128 = 190", 72 + 128 == 190),
    ("m22 1.86+2.06 = 3.82 (even at the rounding limits)", close(1.86 + 2.06, 3.82, 0.001) or 1.855 + 2.055 <= 3.825),
    ("m27 31.2+3.4+2.9+1.4 = 38.6 (even at the rounding limits)", close(31.2 + 3.4 + 2.9 + 1.4, 38.6, 0.001) or 31.15 + 3.35 + 2.85 + 1.35 <= 38.65),
    ("m31 548+576 = 1104", 548 + 576 == 1104),
    ("m34 176+101+33+13+125 = 438", 176 + 101 + 33 + 13 + 125 == 438),
    ("m39 1.3+0.84+0.42 = 2.46 (even at the rounding limits)", close(1.3 + 0.84 + 0.42, 2.46, 0.001) or 1.25 + 0.835 + 0.415 <= 2.465),
    ("m41 1310+940 = 2240", 1310 + 940 == 2240),
    ("m46 4620+4390 = 9110", 4620 + 4390 == 9110),
    # date (each fails under both counting conventions)
    ("m04 1998..2024 (今年) = 25周年", not span_fails_both(1998, 2024, 25)),
    ("m11 2009..2025 = 15年来", not span_fails_both(2009, 2025, 15)),
    ("m12 2016..2025 (今年4月) = 第十一届", not span_fails_both(2016, 2025, 11)),
    ("m16 1996..2021 = 服务了27年", not span_fails_both(1996, 2021, 27)),
    ("m23 2019..2025 (今年11月) = 五周年", not span_fails_both(2019, 2025, 5)),
    ("m24 2018..2024 (去年5月) = 第八届", not span_fails_both(2018, 2024, 8)),
    ("m28 1981..2024 (this year) = 45th anniversary", not span_fails_both(1981, 2024, 45)),
    ("m35 1986..2025 = for 37 years", not span_fails_both(1986, 2025, 37)),
    ("m36 2006..2024 (last September) = 20th annual", not span_fails_both(2006, 2024, 20)),
    ("m40 1989..2024 = 33rd year", not span_fails_both(1989, 2024, 33)),
    ("m47 1912..2025 = has stood for 115 years", not span_fails_both(1912, 2025, 115)),
    ("m48 2019..2025 (April) = eighth annual", not span_fails_both(2019, 2025, 8)),
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
