#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted31).

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
    # yuanya (农村供水, 沅垭县)
    ("Y1 92.4-88.6 = 3.8; 31.2/46.8 = 66.7%; 2315+428 = 2743; 9+2 = 11; 7+3+1 = 11, true shares 63.6, 27.3, 9.1; true 6200+4300+3900+4200 = 18600; 1.26万 x 600 = 756万; 168/214 = 78.5%; 214-168 = 46; 1218/1260 = 96.7%; 3389/3412 = 99.3%; 1998 -> 2024 = 26; true 1986 -> 2024 = 38; 沅阳 93.8 vs 92.4; 428 < 450 plan; (2.05-1.86)/1.86 = 10.2%; 11+2 = 13",
     close(92.4 - 88.6, 3.8, 0.001) and pct(31.2, 46.8) == 66.7 and 2315 + 428 == 2743 and 9 + 2 == 11 and 7 + 3 + 1 == 11 and [pct(x, 11) for x in (7, 3, 1)] == [63.6, 27.3, 9.1] and 6200 + 4300 + 3900 + 4200 == 18600 and 12600 * 600 == 7560000 and pct(168, 214) == 78.5 and 214 - 168 == 46 and pct(1218, 1260) == 96.7 and pct(3389, 3412) == 99.3 and span_ok(1998, 2024, 26, False) and span_ok(1986, 2024, 38, False) and 93.8 != 92.4 and 428 < 450 and pct(2.05 - 1.86, 1.86) == 10.2 and 11 + 2 == 13),
    ("Y2 true 196/450 = 43.6%; 2743+196 = 2939; 450-196 = 254; 2+1.5 = 3.5; 1.12/2.05 = 54.6%; true parts sum 11200 (4800+2600+1900+1900); 168+10 = 178; 186-17 = 169; 214 persons vs 640 person-times; 1998 -> 2024 = 26; true 2009..2024 = 16th year; 沅阳 210 vs 196",
     pct(196, 450) == 43.6 and 2743 + 196 == 2939 and 450 - 196 == 254 and close(2 + 1.5, 3.5, 0.001) and pct(1.12, 2.05) == 54.6 and 4800 + 2600 + 1900 + 1900 == 11200 and 168 + 10 == 178 and 186 - 17 == 169 and 214 < 640 and span_ok(1998, 2024, 26, False) and span_ok(2009, 2024, 16, True) and 210 != 196),
    ("Y3 95.1-92.4 = 2.7; 35.6/46.5 = 76.6%; 31.2+4.4 = 35.6; true 463/450 = 102.9%; 2743+463 = 3206; 11+2 = 13; 192/214 = 89.7%; 168+24 = 192; 7100+4600+4100+5500 = 21300; (2.13-1.86)/1.86 = 14.5%; true 1.86+2.13 = 3.99; 186-34 = 152; 1349/1380 = 97.8%; 97.8-96.7 = 1.1; 3071/3087 = 99.5%; true 2012 -> 2025 = 13; 93.8-92.4 = 1.4, 95.6-95.1 = 0.5; (2.3-2.13)/2.13 = 8.0%; 400 < 463; 1998 -> 2025 = 27",
     close(95.1 - 92.4, 2.7, 0.001) and pct(35.6, 46.5) == 76.6 and close(31.2 + 4.4, 35.6, 0.001) and pct(463, 450) == 102.9 and 2743 + 463 == 3206 and 11 + 2 == 13 and pct(192, 214) == 89.7 and 168 + 24 == 192 and 7100 + 4600 + 4100 + 5500 == 21300 and pct(2.13 - 1.86, 1.86) == 14.5 and close(1.86 + 2.13, 3.99, 0.001) and 186 - 34 == 152 and pct(1349, 1380) == 97.8 and close(97.8 - 96.7, 1.1, 0.001) and pct(3071, 3087) == 99.5 and span_ok(2012, 2025, 13, False) and close(93.8 - 92.4, 1.4, 0.001) and close(95.6 - 95.1, 0.5, 0.001) and pct(2.3 - 2.13, 2.13) == 8.0 and 400 < 463 and span_ok(1998, 2025, 27, False)),
    # haoning (既有住宅加装电梯, 濠宁市)
    ("H1 186+62 = 248; 860 x 12 = 10320 (约1万户); 612+248 = 860; 295 > 248; 96+78+41+33 = 248, true shares 38.7, 31.5, 16.5, 13.3; 96+78 = 174, 174/248 = 70.2% (七成); 15+5 = 20; 248 x 20 = 4960; 248 x 15 = 3720, true 248 x 5 = 1240; 248 x 60 = 14880 (约1.49亿); 248 x 12 = 2976, x3 = 8928 (约8900); true 2017..2024 = 8th year; 濠川 205 vs 248; 248 < 300; 300 x 15 = 4500",
     186 + 62 == 248 and 9500 <= 860 * 12 <= 10500 and 612 + 248 == 860 and 295 > 248 and 96 + 78 + 41 + 33 == 248 and [pct(x, 248) for x in (96, 78, 41, 33)] == [38.7, 31.5, 16.5, 13.3] and 96 + 78 == 174 and 70 <= pct(174, 248) < 71 and 15 + 5 == 20 and 248 * 20 == 4960 and 248 * 15 == 3720 and 248 * 5 == 1240 and 14850 <= 248 * 60 < 14950 and 248 * 12 == 2976 and 8850 <= 2976 * 3 < 8950 and span_ok(2017, 2024, 8, True) and 205 != 248 and 248 < 300 and 300 * 15 == 4500),
    ("H2 143/300 = 47.7%; 860+143 = 1003; true 52+45+27+19 = 143 (one part 2 lower); true 74/186 = 39.8%; 121/143 = 84.6% (八成以上); 143-121 = 22; 143 x 20 = 2860; 143 x 12 = 1716; 28 < 30 < 45; true 2018..2024 = 7th; 143/186 = 76.9% (and 143/168 = 85.1%) >= 75%; 300-143 = 157; 濠川 97 vs 143",
     pct(143, 300) == 47.7 and 860 + 143 == 1003 and 52 + 45 + 27 + 19 == 143 and pct(74, 186) == 39.8 and pct(121, 143) == 84.6 and 143 - 121 == 22 and 143 * 20 == 2860 and 143 * 12 == 1716 and 28 < 30 < 45 and span_ok(2018, 2024, 7, True) and pct(143, 186) >= 75 and pct(143, 168) >= 75 and 300 - 143 == 157 and 97 != 143),
    ("H3 (312-248)/248 = 25.8%; 860+312 = 1172; true 312/300 = 104.0%; 108+96+62+46 = 312; (62-41)/41 = 51.2% (五成多); true 248+312 = 560; 312 x 20 = 6240 = 4680+1560; 312 x 60 = 18720 (约1.87亿), 6240/18720 = 33.3% (三分之一); 312 = 300多; 312 x 12 = 3744, x3 = 11232 (约1.1万); 27 < 30; 2017 -> 2025 = 8; 2018..2025 = 8th; true 2019..2025 = 7th; 350 x 20 = 7000; 濠川 236",
     pct(312 - 248, 248) == 25.8 and 860 + 312 == 1172 and pct(312, 300) == 104.0 and 108 + 96 + 62 + 46 == 312 and 50 < pct(62 - 41, 41) < 60 and 248 + 312 == 560 and 312 * 20 == 6240 == 4680 + 1560 and 312 * 15 == 4680 and 18650 <= 312 * 60 < 18750 and pct(6240, 18720) == 33.3 and 300 < 312 < 400 and 312 * 12 == 3744 and 10500 <= 3744 * 3 < 11500 and 27 < 30 and span_ok(2017, 2025, 8, False) and span_ok(2018, 2025, 8, True) and span_ok(2019, 2025, 7, True) and 350 * 20 == 7000 and 236 != 312),
    # harwell (county library)
    ("W1 1,284,600 = 1.28 million; 847,100+371,100+66,400 = 1,284,600, true shares 65.9, 28.9, 5.2; 28.9% = nearly three in ten; 6,480-2,850 = 3,630; 61,240+3,630 = 64,870; 6,480 < 7,000; true 7.68+0.94+0.49+0.31 = 9.42; 2005 -> 2024 = 19; 12.6+2.2 = 14.8; 86+26 = 112; true 1921 -> 2024 = 103; (9.86-9.42)/9.42 = 4.7%; Caddis 912,000",
     round(1284600 / 1e6, 2) == 1.28 and 847100 + 371100 + 66400 == 1284600 and [pct(x, 1284600) for x in (847100, 371100, 66400)] == [65.9, 28.9, 5.2] and 25 <= pct(371100, 1284600) < 30 and 6480 - 2850 == 3630 and 61240 + 3630 == 64870 and 6480 < 7000 and close(7.68 + 0.94 + 0.49 + 0.31, 9.42, 0.001) and span_ok(2005, 2024, 19, False) and close(12.6 + 2.2, 14.8, 0.001) and 86 + 26 == 112 and span_ok(1921, 2024, 103, False) and pct(9.86 - 9.42, 9.42) == 4.7 and 912000 < 1284600),
    ("W2 (1,352,800-1,284,600)/1,284,600 = 5.3%; true 858,200+428,700+65,900 = 1,352,800; 428,700/1,352,800 = 31.7% (nearly one in three); 671,400+681,400 = 1,352,800; true 66,150/152,000 = 43.5%; 64,870+1,280 = 66,150; true 1979..2024 = 46th; 5.3 < 10.9; 9+2 = 11; true 12.6+2.2 = 14.8; (948,000-912,000)/912,000 = 3.9%; 66,150 < 70,000",
     pct(1352800 - 1284600, 1284600) == 5.3 and 858200 + 428700 + 65900 == 1352800 and pct(428700, 1352800) == 31.7 and 30 <= pct(428700, 1352800) < 33.4 and 671400 + 681400 == 1352800 and pct(66150, 152000) == 43.5 and 64870 + 1280 == 66150 and span_ok(1979, 2024, 46, True) and 5.3 < 10.9 and 9 + 2 == 11 and close(12.6 + 2.2, 14.8, 0.001) and pct(948000 - 912000, 912000) == 3.9 and 66150 < 70000),
    ("W3 64,870+4,050 = 68,920 (near 69,000); 2005 -> 2025 = 20; true 12.1/14.8 = 81.8%; (702,300-671,400)/671,400 = 4.6%; true 1,284,600+1,352,800 = 2,637,400; true 1952..2025 = 74th year; (10.31-9.86)/9.86 = 4.6%; 1921 -> 2025 = 104; 7+1 = 8 branches, 8+1 = 9 buildings",
     64870 + 4050 == 68920 and 68500 < 68920 < 69000 and span_ok(2005, 2025, 20, False) and pct(12.1, 14.8) == 81.8 and pct(702300 - 671400, 671400) == 4.6 and 1284600 + 1352800 == 2637400 and span_ok(1952, 2025, 74, True) and pct(10.31 - 9.86, 9.86) == 4.6 and span_ok(1921, 2025, 104, False) and 7 + 1 == 8 and 8 + 1 == 9),
    # corvin (regional airport)
    ("C1 (112,600-98,400)/98,400 = 14.4%; 98,400 < 100,000 < 112,600; 58,300+36,800+17,500 = 112,600, true shares 51.8, 32.7, 15.5; true 11.2+4.1+3.3 = 18.6; $11.2 million = $11,200,000; 640+180 = 820; true 1958 -> 2024 = 66; 1987 -> 2024 = 37; Tessford 74,800; 112,600 < 120,000; 1.42 < 1.55",
     pct(112600 - 98400, 98400) == 14.4 and 98400 < 100000 < 112600 and 58300 + 36800 + 17500 == 112600 and [pct(x, 112600) for x in (58300, 36800, 17500)] == [51.8, 32.7, 15.5] and close(11.2 + 4.1 + 3.3, 18.6, 0.001) and round(11.2 * 1e6) == 11200000 and 640 + 180 == 820 and span_ok(1958, 2024, 66, False) and span_ok(1987, 2024, 37, False) and 74800 != 112600 and 112600 < 120000 and 1.42 < 1.55),
    ("C2 (1.68-1.42)/1.42 = 18.3%; 1.68 > 1.55; 2.11+1.68+1.27+1.18 = 6.24, true shares 33.8, 26.9, 20.4, 18.9; 1.51 (calendar 2023) vs 1.42 (fiscal 2023); 640+180 = 820; true 30,200+19,700+9,900 = 59,800; 2 x 59,800 = 119,600 (within reach of 120,000); 15.9+2.7 = 18.6; true 1987..2024 = 38th year; Tessford 38,900; 1.68 < 1.85, 6.24 < 6.71",
     pct(1.68 - 1.42, 1.42) == 18.3 and 1.68 > 1.55 and close(2.11 + 1.68 + 1.27 + 1.18, 6.24, 0.001) and [pct(x, 6.24) for x in (2.11, 1.68, 1.27, 1.18)] == [33.8, 26.9, 20.4, 18.9] and 1.51 != 1.42 and 640 + 180 == 820 and 30200 + 19700 + 9900 == 59800 and 119000 <= 2 * 59800 < 120000 and close(15.9 + 2.7, 18.6, 0.001) and span_ok(1987, 2024, 38, True) and 38900 != 59800 and 1.68 < 1.85 and 6.24 < 6.71),
    ("C3 126,300 > 120,000; 14 -> 17; (126,300-112,600)/112,600 = 12.2%; true 126,300-112,600 = 13,700; 59,800+66,500 = 126,300; 63,900+41,200+21,200 = 126,300; true 7.9/18.6 = 42.5%; 1958..2025 = 68th year; true 1942 -> 2025 = 83; Tessford 81,200; 126,300 < 135,000; 0.63 < 1.85",
     126300 > 120000 and 14 < 17 and pct(126300 - 112600, 112600) == 12.2 and 126300 - 112600 == 13700 and 59800 + 66500 == 126300 and 63900 + 41200 + 21200 == 126300 and pct(7.9, 18.6) == 42.5 and span_ok(1958, 2025, 68, True) and span_ok(1942, 2025, 83, False) and 81200 != 126300 and 126300 < 135000 and 0.63 < 1.85),
]

FAIL = [
    # conflict
    ("m01 92.4 == 94.2; 88.6+3.8 = 94.2", close(92.4, 94.2, 0.001) or close(88.6 + 3.8, 94.2, 0.001)),
    ("m08 428 == 482; 2315+482 = 2743", 428 == 482 or 2315 + 482 == 2743),
    ("m09 2 == 3; 11+3 = 13", 2 == 3 or 11 + 3 == 13),
    ("m13 248 == 284; 612+284 = 860", 248 == 284 or 612 + 284 == 860),
    ("m20 186 == 168; 168+62 = 248", 186 == 168 or 168 + 62 == 248),
    ("m21 1172 == 1127; 860+312 = 1127", 1172 == 1127 or 860 + 312 == 1127),
    ("m25 14.8 == 14.3; 12.6+2.2 = 14.3", close(14.8, 14.3, 0.001) or close(12.6 + 2.2, 14.3, 0.001)),
    ("m32 2.2 == 2.7; 12.6+2.7 = 14.8", close(2.2, 2.7, 0.001) or close(12.6 + 2.7, 14.8, 0.001)),
    ("m33 18500 == 15800", 18500 == 15800),
    ("m37 112,600 == 121,600; 58,300+36,800+17,500 = 121,600", 112600 == 121600 or 58300 + 36800 + 17500 == 121600),
    ("m44 11.2 == 12.2; 12.2+4.1+3.3 = 18.6", close(11.2, 12.2, 0.001) or close(12.2 + 4.1 + 3.3, 18.6, 0.001)),
    ("m45 17 == 19; 14+3 = 19", 17 == 19),
    # shares
    ("m02 1/11 = 11.1%; 63.6+27.3+11.1 = 100", pct(1, 11) == 11.1 or close(63.6 + 27.3 + 11.1, 100, 0.15)),
    ("m05 196/450 = 46.3%", pct(196, 450) == 46.3),
    ("m10 463/450 = 104.2%", pct(463, 450) == 104.2),
    ("m14 33/248 = 15.3%; 38.7+31.5+16.5+15.3 = 100", pct(33, 248) == 15.3 or close(38.7 + 31.5 + 16.5 + 15.3, 100, 0.15)),
    ("m18 74/186 = 37.8%", pct(74, 186) == 37.8),
    ("m22 312/300 = 102.4%", pct(312, 300) == 102.4),
    ("m26 371,100/1,284,600 = 30.9%; 65.9+30.9+5.2 = 100", pct(371100, 1284600) == 30.9 or close(65.9 + 30.9 + 5.2, 100, 0.15)),
    ("m30 66,150/152,000 = 45.8%", pct(66150, 152000) == 45.8),
    ("m34 12.1/14.8 = 84.3% (even at the rounding limits)", pct(12.15, 14.75) >= 84.25),
    ("m38 17,500/112,600 = 17.5%; 51.8+32.7+17.5 = 100", pct(17500, 112600) == 17.5 or close(51.8 + 32.7 + 17.5, 100, 0.15)),
    ("m41 1.68/6.24 = 28.9% (even at the rounding limits); 33.8+28.9+20.4+18.9 = 100", pct(1.685, 6.235) >= 28.85 or close(33.8 + 28.9 + 20.4 + 18.9, 100, 0.15)),
    ("m46 7.9/18.6 = 46.2% (even at the rounding limits)", pct(7.95, 18.55) >= 46.15),
    # sum
    ("m03 6200+4300+3900+4600 = 18600", 6200 + 4300 + 3900 + 4600 == 18600),
    ("m06 4800+2600+1900+1800 = 11200 (1.12亿; even at the rounding limit 11150)", 4800 + 2600 + 1900 + 1800 >= 11150),
    ("m11 1.86+2.13 = 3.89 (even at the rounding limits)", close(1.86 + 2.13, 3.89, 0.001) or 1.855 + 2.125 <= 3.895),
    ("m15 3720+1420 = 4960", 3720 + 1420 == 4960),
    ("m17 52+45+27+21 = 143", 52 + 45 + 27 + 21 == 143),
    ("m23 248+312 = 570", 248 + 312 == 570),
    ("m27 7.68+0.94+0.49+0.41 = 9.42 (even at the rounding limits)", close(7.68 + 0.94 + 0.49 + 0.41, 9.42, 0.001) or 7.675 + 0.935 + 0.485 + 0.405 <= 9.425),
    ("m29 858,200+428,700+75,900 = 1,352,800", 858200 + 428700 + 75900 == 1352800),
    ("m35 1,284,600+1,352,800 = 2,673,400", 1284600 + 1352800 == 2673400),
    ("m39 11.2+4.1+3.8 = 18.6 (even at the rounding limits)", close(11.2 + 4.1 + 3.8, 18.6, 0.001) or 11.15 + 4.05 + 3.75 <= 18.65),
    ("m42 30,200+19,700+9,300 = 59,800", 30200 + 19700 + 9300 == 59800),
    ("m47 126,300-112,600 = 13,900", 126300 - 112600 == 13900),
    # date (each fails under both counting conventions)
    ("m04 1986..2024 (今年) = 40周年", not span_fails_both(1986, 2024, 40)),
    ("m07 2009..2024 = 第十七个年头", not span_fails_both(2009, 2024, 17)),
    ("m12 2012..2025 = 成立15年来", not span_fails_both(2012, 2025, 15)),
    ("m16 2017..2024 (今年) = 第九个年头", not span_fails_both(2017, 2024, 9)),
    ("m19 2018..2024 = 第八届", not span_fails_both(2018, 2024, 8)),
    ("m24 2019..2025 (今年) = 第八个年头", not span_fails_both(2019, 2025, 8)),
    ("m28 1921..2024 (this year) = turns 105", not span_fails_both(1921, 2024, 105)),
    ("m31 1979..2024 = 47th annual", not span_fails_both(1979, 2024, 47)),
    ("m36 1952..2025 (this spring) = 75th year", not span_fails_both(1952, 2025, 75)),
    ("m40 1958..2024 (this year) = marks 65 years", not span_fails_both(1958, 2024, 65)),
    ("m43 1987..2024 = 40th year", not span_fails_both(1987, 2024, 40)),
    ("m48 1942..2025 = 85 years ago", not span_fails_both(1942, 2025, 85)),
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
