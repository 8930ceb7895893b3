#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted25).

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
    # jifeng (straw utilisation, 稷丰县)
    ("J1 48.1/52.6 = 91.4%; 51.2/54.8 = 93.4%; 93.4-91.4 = 2; 21.3+24.6+6.2+2.7 = 54.8; 24.6/54.8 = 44.9%", pct(48.1, 52.6) == 91.4 and pct(51.2, 54.8) == 93.4 and close(93.4 - 91.4, 2, 0.001) and close(21.3 + 24.6 + 6.2 + 2.7, 54.8, 0.001) and pct(24.6, 54.8) == 44.9),
    ("J1 30.6+9.4+6.1+2.3+2.8 = 51.2; true shares 59.8, 18.4, 11.9, 4.5, 5.5", close(30.6 + 9.4 + 6.1 + 2.3 + 2.8, 51.2, 0.001) and [pct(x, 51.2) for x in (30.6, 9.4, 6.1, 2.3, 2.8)] == [59.8, 18.4, 11.9, 4.5, 5.5]),
    ("J1 21 < 78; 12 < 68; 4.3/6.1 = 70.5% (约七成); true 1500+640+720 = 2860; (3200-2860)/2860 = 11.9%", 21 < 78 and 12 < 68 and 65 <= pct(4.3, 6.1) < 75 and 1500 + 640 + 720 == 2860 and pct(3200 - 2860, 2860) == 11.9),
    ("J1 2014 -> 2024 = 10年来; 2015..2023 = 第九届; true 1986 -> 2024 = 38; 51.2 < 52.5; 37 persons < 3200 person-times; 临沣 38.7 < 54.8", span_ok(2014, 2024, 10, False) and span_ok(2015, 2023, 9, True) and span_ok(1986, 2024, 38, False) and 51.2 < 52.5 and 37 < 3200 and 38.7 < 54.8),
    ("J2 20.9/21.8 = 95.9%; 95.9-94.3 = 1.6; 12.4+8.5 = 20.9; 4.6+2.2+0.9+0.8 = 8.5; 186+28 = 214; 42+5 = 47; 68+5 = 73", pct(20.9, 21.8) == 95.9 and close(95.9 - 94.3, 1.6, 0.001) and close(12.4 + 8.5, 20.9, 0.001) and close(4.6 + 2.2 + 0.9 + 0.8, 8.5, 0.001) and 186 + 28 == 214 and 42 + 5 == 47 and 68 + 5 == 73),
    ("J2 true 1850/3200 = 57.8%; 760 < 1850; 31.6+20.9 = 52.5; true 2015..2024 = 10th; 420 < 1860; 2.1 (H1) < 4.3 (year)", pct(1850, 3200) == 57.8 and 760 < 1850 and close(31.6 + 20.9, 52.5, 0.001) and span_ok(2015, 2024, 10, True) and 420 < 1860 and 2.1 < 4.3),
    ("J3 53.2/56.3 = 94.5%; 94.5-93.4 = 1.1; 94.5 > 94; 53.2 > 52.5; 21.8+25.4+6.3+2.8 = 56.3; (53.2-51.2)/51.2 = 3.9%", pct(53.2, 56.3) == 94.5 and close(94.5 - 93.4, 1.1, 0.001) and 94.5 > 94 and 53.2 > 52.5 and close(21.8 + 25.4 + 6.3 + 2.8, 56.3, 0.001) and pct(53.2 - 51.2, 51.2) == 3.9),
    ("J3 true 31.0+10.2+6.0+2.6+3.4 = 53.2; 10.2/53.2 = 19.2%; 9.4/51.2 = 18.4%; true 53.2-20.9 = 32.3; 42+11 = 53", close(31.0 + 10.2 + 6.0 + 2.6 + 3.4, 53.2, 0.001) and pct(10.2, 53.2) == 19.2 and pct(9.4, 51.2) == 18.4 and close(53.2 - 20.9, 32.3, 0.001) and 42 + 11 == 53),
    ("J3 1600+700+820 = 3120; true 3120/3200 = 97.5%; 3300 > 3120; 1986 -> 2025 = 39年来; 2015..2024 = 第十届; 1.5 < 2.4; 40 < 5600; 临沣 39.5 < 56.3", 1600 + 700 + 820 == 3120 and pct(3120, 3200) == 97.5 and 3300 > 3120 and span_ok(1986, 2025, 39, False) and span_ok(2015, 2024, 10, True) and 1.5 < 2.4 and 40 < 5600 and 39.5 < 56.3),
    # chenglan (legal aid, 澄岚市)
    ("C1 (4873-4216)/4216 = 15.6%; 2964+1587+254+68 = 4873; true shares 60.8, 32.6, 5.2, 1.4; 1215 < 1587", pct(4873 - 4216, 4216) == 15.6 and 2964 + 1587 + 254 + 68 == 4873 and [pct(x, 4873) for x in (2964, 1587, 254, 68)] == [60.8, 32.6, 5.2, 1.4] and 1215 < 1587),
    ("C1 38+118 = 156; 418/1236 = 33.8%; true 310+650+720 = 1680; 1120/1680 = 66.7%; (1850-1680)/1680 = 10.1%", 38 + 118 == 156 and pct(418, 1236) == 33.8 and 310 + 650 + 720 == 1680 and pct(1120, 1680) == 66.7 and pct(1850 - 1680, 1680) == 10.1),
    ("C1 1997 -> 2024 = 27年来; 2022 -> 2024 = 两年; true 2012..2024 = 13th; 5318 persons < 38600 person-times; 沂宁 3905 < 4873", span_ok(1997, 2024, 27, False) and span_ok(2022, 2024, 2, False) and span_ok(2012, 2024, 13, True) and 5318 < 38600 and 3905 < 4873),
    ("C2 (2618-2297)/2297 = 14.0%; true 1596+842+139+41 = 2618; 2618/5200 = 50.3%; 156+15 = 171; true 980/1850 = 53.0%; 2012..2024 = 第十三届", pct(2618 - 2297, 2297) == 14.0 and 1596 + 842 + 139 + 41 == 2618 and pct(2618, 5200) == 50.3 and 156 + 15 == 171 and pct(980, 1850) == 53.0 and span_ok(2012, 2024, 13, True)),
    ("C2 583 < 1196; 762 < 1518; 1460 < 3050 (H1 vs year); 183 >= 180; 沂宁 1987 < 2618", 583 < 1196 and 762 < 1518 and 1460 < 3050 and 183 >= 180 and 1987 < 2618),
    ("C3 (5326-4873)/4873 = 9.3%; true 5326/5200 = 102.4%; 3248+1702+291+85 = 5326; 61.0, 32.0, 5.5, 1.6", pct(5326 - 4873, 4873) == 9.3 and pct(5326, 5200) == 102.4 and 3248 + 1702 + 291 + 85 == 5326 and [pct(x, 5326) for x in (3248, 1702, 291, 85)] == [61.0, 32.0, 5.5, 1.6]),
    ("C3 growth 14.6, 25.0, 9.6, 7.2; true 5326-2618 = 2708; 1832/1850 = 99.0%; (1960-1832)/1832 = 7.0%; 98.1-97.6 = 0.5; 1210 < 1832", [pct(b - a, a) for a, b in ((254, 291), (68, 85), (2964, 3248), (1587, 1702))] == [14.6, 25.0, 9.6, 7.2] and 5326 - 2618 == 2708 and pct(1832, 1850) == 99.0 and pct(1960 - 1832, 1832) == 7.0 and close(98.1 - 97.6, 0.5, 0.001) and 1210 < 1832),
    ("C3 true 1997 -> 2025 = 28; true 2022..2025 = 4th year; 5600 > 5326; 437 < 1050; 5902 < 41200; 沂宁 4180 < 5326", span_ok(1997, 2025, 28, False) and span_ok(2022, 2025, 4, True) and 5600 > 5326 and 437 < 1050 and 5902 < 41200 and 4180 < 5326),
    # quillford (aquatic center)
    ("Q1 (161750-148300)/148300 = 9.1%; 92480+38620+21340+9310 = 161750; true shares 57.2, 23.9, 13.2, 5.8; 3140 persons < 38620 visits", pct(161750 - 148300, 148300) == 9.1 and 92480 + 38620 + 21340 + 9310 == 161750 and [pct(x, 161750) for x in (92480, 38620, 21340, 9310)] == [57.2, 23.9, 13.2, 5.8] and 3140 < 38620),
    ("Q1 1.96+0.88+0.58 = 3.42; 1.96/3.42 = 57.3% (about 57); (3.61-3.42)/3.42 = 5.6%; true 4.5+1.5+0.8 = 6.8; true 1964 -> 2024 = 60; YMCA 96400 < 161750", close(1.96 + 0.88 + 0.58, 3.42, 0.001) and r0(100 * 1.96 / 3.42) == 57 and pct(3.61 - 3.42, 3.42) == 5.6 and close(4.5 + 1.5 + 0.8, 6.8, 0.001) and span_ok(1964, 2024, 60, False) and 96400 < 161750),
    ("Q2 (84920-79360)/79360 = 7.0%; 47360+21050+11820+4690 = 84920; 2860+155 = 3015; true 3.37/3.42 = 98.5%; 2.02 > 1.96; 6.42 < 6.8; 64+4 = 68", pct(84920 - 79360, 79360) == 7.0 and 47360 + 21050 + 11820 + 4690 == 84920 and 2860 + 155 == 3015 and pct(3.37, 3.42) == 98.5 and 2.02 > 1.96 and 6.42 < 6.8 and 64 + 4 == 68),
    ("Q2 0.25/6 = 4.2% (about 4); true 2009..2024 = 16th; 84920 (H1) < 161750 (year); YMCA 50200 < 84920", r0(100 * 0.25 / 6) == 4 and span_ok(2009, 2024, 16, True) and 84920 < 161750 and 50200 < 84920),
    ("Q3 (174210-161750)/161750 = 7.7%; true 98750+42180+22860+10420 = 174210; true 174210-84920 = 89290; 3420 < 42180; 6.51 < 6.8; 174210 > 174000", pct(174210 - 161750, 161750) == 7.7 and 98750 + 42180 + 22860 + 10420 == 174210 and 174210 - 84920 == 89290 and 3420 < 42180 and 6.51 < 6.8 and 174210 > 174000),
    ("Q3 true 1.74/3.61 = 48.2%; 3.78 > 3.61; 1964 -> 2025 = 61; 2009..2024 = 16th; true 1998 -> 2025 = 27; YMCA 101300 < 174210", pct(1.74, 3.61) == 48.2 and 3.78 > 3.61 and span_ok(1964, 2025, 61, False) and span_ok(2009, 2024, 16, True) and span_ok(1998, 2025, 27, False) and 101300 < 174210),
    # veldham (storefront grants)
    ("V1 (486500-412000)/412000 = 18.1%; 318400+61200+52700+54200 = 486500; true shares 65.4, 12.6, 10.8, 11.1; 22+9+4+3 = 38", pct(486500 - 412000, 412000) == 18.1 and 318400 + 61200 + 52700 + 54200 == 486500 and [pct(x, 486500) for x in (318400, 61200, 52700, 54200)] == [65.4, 12.6, 10.8, 11.1] and 22 + 9 + 4 + 3 == 38),
    ("V1 true 250000+150000+86500 = 486500; 1.94M/486500 = 3.99 (nearly 4); 25/212 = 11.8%; 19-7 = 12; 40 > 38; 520000 > 486500", 250000 + 150000 + 86500 == 486500 and 3.9 < 1940000 / 486500 < 4 and pct(25, 212) == 11.8 and 19 - 7 == 12 and 40 > 38 and 520000 > 486500),
    ("V1 1989 -> 2024 = 35 years ago; 2010..2023 = 14th annual; true 2006..2024 = 19th year; Carrowmere 17 < 38", span_ok(1989, 2024, 35, False) and span_ok(2010, 2023, 14, True) and span_ok(2006, 2024, 19, True) and 17 < 38),
    ("V2 true 271400/520000 = 52.2%; 13+5+3+1 = 22; 512+22 = 534; 23/212 = 10.8%; 260000 > 250000; true 2010..2024 = 15th; 90 persons < 1150 hours; Carrowmere 9 < 22", pct(271400, 520000) == 52.2 and 13 + 5 + 3 + 1 == 22 and 512 + 22 == 534 and pct(23, 212) == 10.8 and 260000 > 250000 and span_ok(2010, 2024, 15, True) and 90 < 1150 and 9 < 22),
    ("V3 538900/520000 = 103.6%; (538900-486500)/486500 = 10.8%; 352600+68300+63500+54500 = 538900; true 25+10+5+3 = 43; 512+43 = 555; 534+21 = 555", pct(538900, 520000) == 103.6 and pct(538900 - 486500, 486500) == 10.8 and 352600 + 68300 + 63500 + 54500 == 538900 and 25 + 10 + 5 + 3 == 43 and 512 + 43 == 555 and 534 + 21 == 555),
    ("V3 true 21/212 = 9.9%; 560000 > 538900; 1989 -> 2025 = 36; 2006..2025 = 20th year; 2010..2024 = 15th annual; true 1982 -> 2025 = 43; Carrowmere 19 < 43", pct(21, 212) == 9.9 and 560000 > 538900 and span_ok(1989, 2025, 36, False) and span_ok(2006, 2025, 20, True) and span_ok(2010, 2024, 15, True) and span_ok(1982, 2025, 43, False) and 19 < 43),
    ("X magnitude: 512000/365 = 1403 (约1400); 6800+7000 = 13800万 = 1.38亿; 5.87M+538900 = 6.41M (about 6.4M); 0.88M = 880000", round(512000 / 365) == 1403 and 6800 + 7000 == 13800 and close(13800 / 10000.0, 1.38, 0.001) and round((5870000 + 538900) / 1e6, 1) == 6.4 and round(0.88 * 1e6) == 880000),
]

FAIL = [
    # conflict
    ("m03 51.2 == 52.1; 52.1/54.8 = 93.4%; 30.6+9.4+6.1+2.3+2.8 = 52.1", close(51.2, 52.1, 0.001) or pct(52.1, 54.8) == 93.4 or close(30.6 + 9.4 + 6.1 + 2.3 + 2.8, 52.1, 0.001)),
    ("m07 95.4 == 94.5; 53.2/56.3 = 95.4%", close(95.4, 94.5, 0.001) or pct(53.2, 56.3) == 95.4),
    ("m09 186 == 168; 168+28 = 214", 186 == 168 or 168 + 28 == 214),
    ("m13 4837 == 4873; 2964+1587+254+68 = 4837; (4837-4216)/4216 = 15.6%", 4837 == 4873 or 2964 + 1587 + 254 + 68 == 4837 or pct(4837 - 4216, 4216) == 15.6),
    ("m19 5902 == 5092", 5902 == 5092),
    ("m21 156 == 165; 38+118 = 165; 165+15 = 171", 156 == 165 or 38 + 118 == 165 or 165 + 15 == 171),
    ("m25 161750 == 161570; 92480+38620+21340+9310 = 161570", 161750 == 161570 or 92480 + 38620 + 21340 + 9310 == 161570),
    ("m31 174210 == 174120; (174120-161750)/161750 = 7.7%", 174210 == 174120 or pct(174120 - 161750, 161750) == 7.7),
    ("m33 2860 == 2680; 2680+155 = 3015", 2860 == 2680 or 2680 + 155 == 3015),
    ("m37 486500 == 468500; 318400+61200+52700+54200 = 468500", 486500 == 468500 or 318400 + 61200 + 52700 + 54200 == 468500),
    ("m43 43 == 34; 512+34 = 555", 43 == 34 or 512 + 34 == 555),
    ("m45 512 == 521; 521+43 = 555; 521+22 = 534", 512 == 521 or 521 + 43 == 555 or 521 + 22 == 534),
    # shares
    ("m01 9.4/51.2 = 16.4%; 59.8+16.4+11.9+4.5+5.5 = 100", pct(9.4, 51.2) == 16.4 or close(59.8 + 16.4 + 11.9 + 4.5 + 5.5, 100, 0.15)),
    ("m05 1850/3200 = 58.7%", pct(1850, 3200) == 58.7),
    ("m10 3120/3200 = 95.7% (even at the rounding limits)", pct(3120, 3200) == 95.7 or pct(3125, 3195) <= 95.75),
    ("m14 1587/4873 = 36.2%; 60.8+36.2+5.2+1.4 = 100", pct(1587, 4873) == 36.2 or close(60.8 + 36.2 + 5.2 + 1.4, 100, 0.15)),
    ("m18 980/1850 = 55.0%", pct(980, 1850) == 55.0),
    ("m22 5326/5200 = 104.2%", pct(5326, 5200) == 104.2),
    ("m26 38620/161750 = 28.9%; 57.2+28.9+13.2+5.8 = 100", pct(38620, 161750) == 28.9 or close(57.2 + 28.9 + 13.2 + 5.8, 100, 0.15)),
    ("m29 3.37/3.42 = 96.5% (even at the rounding limits)", pct(3.37, 3.42) == 96.5 or pct(3.365, 3.425) <= 96.55),
    ("m34 1.74/3.61 = 45.8% (even at the rounding limits)", pct(1.74, 3.61) == 45.8 or pct(1.735, 3.615) <= 45.85),
    ("m38 52700/486500 = 8.1%; 65.4+12.6+8.1+11.1 = 100", pct(52700, 486500) == 8.1 or close(65.4 + 12.6 + 8.1 + 11.1, 100, 0.15)),
    ("m41 271400/520000 = 54.2%", pct(271400, 520000) == 54.2),
    ("m46 21/212 = 10.9%", pct(21, 212) == 10.9),
    # sum
    ("m02 1500+640+820 = 2860", 1500 + 640 + 820 == 2860),
    ("m08 31.0+10.2+6.0+2.6+3.9 = 53.2 (even at the rounding limits)", close(31.0 + 10.2 + 6.0 + 2.6 + 3.9, 53.2, 0.001) or 30.95 + 10.15 + 5.95 + 2.55 + 3.85 <= 53.25),
    ("m11 20.9+32.8 = 53.2 (even at the rounding limits)", close(20.9 + 32.8, 53.2, 0.001) or 20.85 + 32.75 <= 53.25),
    ("m15 310+650+820 = 1680", 310 + 650 + 820 == 1680),
    ("m17 1596+842+193+41 = 2618", 1596 + 842 + 193 + 41 == 2618),
    ("m23 2618+2780 = 5326", 2618 + 2780 == 5326),
    ("m27 4.5+1.5+0.6 = 6.8", close(4.5 + 1.5 + 0.6, 6.8, 0.001)),
    ("m32 98750+42180+22680+10420 = 174210", 98750 + 42180 + 22680 + 10420 == 174210),
    ("m35 84920+89920 = 174210", 84920 + 89920 == 174210),
    ("m39 250000+150000+96500 = 486500", 250000 + 150000 + 96500 == 486500),
    ("m44 25+10+5+4 = 43", 25 + 10 + 5 + 4 == 43),
    ("m47 22+23 = 43", 22 + 23 == 43),
    # date (each fails under both counting conventions)
    ("m04 1986..2024 (至今) = 已有36年", not span_fails_both(1986, 2024, 36)),
    ("m06 2015..2024 = 第十一届", not span_fails_both(2015, 2024, 11)),
    ("m12 2014..2025 (今年) = 第十个年头", not span_fails_both(2014, 2025, 10)),
    ("m16 2012..2024 (今年) = 第十四届", not span_fails_both(2012, 2024, 14)),
    ("m20 2022..2025 (今年) = 第五个年头", not span_fails_both(2022, 2025, 5)),
    ("m24 1997..2025 = 成立30年来", not span_fails_both(1997, 2025, 30)),
    ("m28 1964..2024 (this summer) = 62nd anniversary", not span_fails_both(1964, 2024, 62)),
    ("m30 2009..2024 = 17th annual", not span_fails_both(2009, 2024, 17)),
    ("m36 1998..2025 = in service for 29 years", not span_fails_both(1998, 2025, 29)),
    ("m40 2006..2024 = 20th year", not span_fails_both(2006, 2024, 20)),
    ("m42 2010..2024 = 16th annual", not span_fails_both(2010, 2024, 16)),
    ("m48 1982..2025 = 41 years ago", not span_fails_both(1982, 2025, 41)),
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
