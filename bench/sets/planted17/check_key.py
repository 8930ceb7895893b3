#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted17).

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
    # luping (rural e-commerce, 鹭屏县)
    ("L1 23.4 > 23 (超23亿); (23.4-18.6)/18.6 = 25.8%", 23.4 > 23 and pct(23.4 - 18.6, 18.6) == 25.8),
    ("L1 243/312 = 77.9% (近八成)", pct(243, 312) == 77.9 and 77.9 < 80),
    ("L1 9.8/23.4 = 41.9%", pct(9.8, 23.4) == 41.9),
    ("L1 3260万/365 = 8.93万 (近9万件)", round(3260 / 365, 2) == 8.93),
    ("L1 true 2410+850 = 3260", 2410 + 850 == 3260),
    ("L1 186+57 = 243", 186 + 57 == 243),
    ("L1 3460+1910 = 5370; 3460/5370 = 64.4%", 3460 + 1910 == 5370 and pct(3460, 5370) == 64.4),
    ("L1 3120 persons < 4860 person-times", 3120 < 4860),
    ("L1 1500+600+500 = 2600; true shares 57.7/23.1/19.2", 1500 + 600 + 500 == 2600 and [pct(x, 2600) for x in (1500, 600, 500)] == [57.7, 23.1, 19.2]),
    ("L1 2019..2024 = 第六个年头", span_ok(2019, 2024, 6, True)),
    ("L1 true 2016 -> 2024 = 8 years", span_ok(2016, 2024, 8, False)),
    ("L1 27/23.4 = +15.4% (15%以上)", pct(27 - 23.4, 23.4) == 15.4 and 15.4 > 15),
    ("L1 (243+50)/312 = 93.9% (超过九成)", pct(243 + 50, 312) == 93.9),
    ("L2 12.9/27 = 47.8%; 5.6/12.9 = 43.4%", pct(12.9, 27) == 47.8 and pct(5.6, 12.9) == 43.4),
    ("L2 1.9/5.6 = 33.9% (of the whole 14.7%)", pct(1.9, 5.6) == 33.9 and pct(1.9, 12.9) == 14.7),
    ("L2 1870万/182 days > 10万", 1870 / 182 > 10),
    ("L2 356 < 1870", 356 < 1870),
    ("L2 271/312 = 86.9%; true 271-243 = 28", pct(271, 312) == 86.9 and 271 - 243 == 28),
    ("L2 830 persons < 1260 person-times", 830 < 1260),
    ("L2 3100-2600 = 500; 1500+700+900 = 3100", 3100 - 2600 == 500 and 1500 + 700 + 900 == 3100),
    ("L2 true 2019..2024 = 6th year", span_ok(2019, 2024, 6, True)),
    ("L3 28.3/27 = 104.8%; (28.3-23.4)/23.4 = 20.9%", pct(28.3, 27) == 104.8 and pct(28.3 - 23.4, 23.4) == 20.9),
    ("L3 243+55 = 298; 298/312 = 95.5%", 243 + 55 == 298 and pct(298, 312) == 95.5),
    ("L3 true 12.6/28.3 = 44.5%", pct(12.6, 28.3) == 44.5),
    ("L3 true 12.9/28.3 = 45.6% (仅占 < half)", pct(12.9, 28.3) == 45.6),
    ("L3 3980 < 4000; 2870+1110 = 3980", 3980 < 4000 and 2870 + 1110 == 3980),
    ("L3 3380 persons < 5240 person-times", 3380 < 5240),
    ("L3 3240-3100 = 140", 3240 - 3100 == 140),
    ("L3 2016 -> 2025 = 9年间", span_ok(2016, 2025, 9, False)),
    ("L3 28.3 > 28 (超过28亿元)", 28.3 > 28),
    ("L3 32/28.3 = +13.1% (13%左右)", pct(32 - 28.3, 28.3) == 13.1),
    ("L3 true 23.4+28.3 = 51.7", close(23.4 + 28.3, 51.7, 0.001)),
    ("L3 true 2014 -> 2025 = 11 years", span_ok(2014, 2025, 11, False)),
    ("L1/L2 1.5万元 = 15000元; L3 1.8万吨 = 18000吨", 1.5 * 10000 == 15000 and 1.8 * 10000 == 18000),
    ("L3 沙河 (24.6-21.7)/21.7 = 13.4%", pct(24.6 - 21.7, 21.7) == 13.4),
    ("X1/X3 1.82万个 = 18200个", round(1.82 * 10000) == 18200),
    ("W1 $0.51 million = $510,000", round(0.51 * 1000000) == 510000),
    # langxi (public fitness, 琅溪市)
    ("X1 2.48 < 2.5 (近2.5); 1126/454 = 2.48", 2.48 < 2.5 and round(1126 / 454, 2) == 2.48),
    ("X1 2.48-2.31 = 0.17", close(2.48 - 2.31, 0.17, 0.001)),
    ("X1 486+126 = 612", 486 + 126 == 612),
    ("X1 5800+4900+2900 = 13600 = 1.36亿; 42.6/36.0/21.3 (sum 99.9 by rounding)", 5800 + 4900 + 2900 == 13600 and [pct(x, 13600) for x in (5800, 4900, 2900)] == [42.6, 36.0, 21.3] and close(42.6 + 36.0 + 21.3, 99.9, 0.001)),
    ("X1 8640/4540 = 1.9 per 1000", round(8640 / 4540, 1) == 1.9),
    ("X1 true 126+1380+3560+3574 = 8640", 126 + 1380 + 3560 + 3574 == 8640),
    ("X1 2.6万 persons < 18.4万 person-times; 1.38/2.6 = 53.1%", 2.6 < 18.4 and pct(1.38, 2.6) == 53.1),
    ("X1 2012 -> 2024 = 12年来", span_ok(2012, 2024, 12, False)),
    ("X1 true 1958..2024 = 67th year", span_ok(1958, 2024, 67, True)),
    ("X1 2.6 > 2.48 (2024 target above 2023 result)", 2.6 > 2.48),
    ("X2 612+56 = 668; 56/100 = 56%", 612 + 56 == 668 and pct(56, 100) == 56.0),
    ("X2 186+245+237 = 668; true shares 27.8/36.7/35.5", 186 + 245 + 237 == 668 and [pct(x, 668) for x in (186, 245, 237)] == [27.8, 36.7, 35.5]),
    ("X2 12+23+21 = 56", 12 + 23 + 21 == 56),
    ("X2 true 96+88+74+92+66 = 416", 96 + 88 + 74 + 92 + 66 == 416),
    ("X2 15200-13600 = 1600; 7300/15200 = 48.0%", 15200 - 13600 == 1600 and pct(7300, 15200) == 48.0),
    ("X2 32万 < 168万 person-times", 32 < 168),
    ("X2 8640 -> 8900 instructors; 8900 < 2.3万 person-times", 8900 > 8640 and 8900 < 23000),
    ("X2 56+44 = 100", 56 + 44 == 100),
    ("X2 true 1998 -> 2024 = 26 years", span_ok(1998, 2024, 26, False)),
    ("X3 1207/459 = 2.63 >= 2.6", round(1207 / 459, 2) == 2.63 and 2.63 >= 2.6),
    ("X3 1.82万 + 1400 = 1.96万", 18200 + 1400 == 19600),
    ("X3 612+123 = 735; 126+123 = 249", 612 + 123 == 735 and 126 + 123 == 249),
    ("X3 (1.52-1.36)/1.36 = 11.8%", pct(1.52 - 1.36, 1.36) == 11.8),
    ("X3 true 6200+5400+3600 = 15200", 6200 + 5400 + 3600 == 15200),
    ("X3 9120/4590 = 1.99 (近2名); 9120 < 5.1万", round(9120 / 4590, 2) == 1.99 and 9120 < 51000),
    ("X3 40.5-39.2 = 1.3", close(40.5 - 39.2, 1.3, 0.001)),
    ("X3 (3.1-2.6)/2.6 = 19.2%", pct(3.1 - 2.6, 2.6) == 19.2),
    ("X3 true 1.74/3.1 = 56.1%", pct(1.74, 3.1) == 56.1),
    ("X3 true 2.6+3.1 = 5.7 (at most 5.8 with rounding)", close(2.6 + 3.1, 5.7, 0.001) and 2.65 + 3.15 < 5.85),
    ("X3 true 56/123 = 45.5%", pct(56, 123) == 45.5),
    ("X3 1958..2025 = 第68个年头", span_ok(1958, 2025, 68, True)),
    ("X3 true 2012 -> 2024 = 12 years", span_ok(2012, 2024, 12, False)),
    ("X3 2.63 = 2.6出头; 2.75 > 2.63", 2.6 < 2.63 < 2.7 and 2.75 > 2.63),
    # tamsworth (fire district)
    ("T1 6120 > 6000; (6120-5480)/5480 = 11.7%", 6120 > 6000 and pct(6120 - 5480, 5480) == 11.7),
    ("T1 4290+610+1220 = 6120; 4290/6120 = 70.1%", 4290 + 610 + 1220 == 6120 and pct(4290, 6120) == 70.1),
    ("T1 true 2940+1870+1310 = 6120", 2940 + 1870 + 1310 == 6120),
    ("T1 7:12 - 6:48 = 24 s", (7 * 60 + 12) - (6 * 60 + 48) == 24),
    ("T1 38 persons < 9600 hours", 38 < 9600),
    ("T1 11.8-10.9 = 0.9; 8.6+1.4+1.8 = 11.8", close(11.8 - 10.9, 0.9, 0.001) and close(8.6 + 1.4 + 1.8, 11.8, 0.001)),
    ("T1 true 8.6/11.8 = 72.9%", pct(8.6, 11.8) == 72.9),
    ("T1 2004 -> 2025 = 21 years old", span_ok(2004, 2025, 21, False)),
    ("T1 true 1961 -> 2025 = 64", span_ok(1961, 2025, 64, False)),
    ("T2 3210 x 2 = 6420 (about 6,400)", 3210 * 2 == 6420),
    ("T2 2280+290+640 = 3210; 71.0/9.0, true remaining 19.9", 2280 + 290 + 640 == 3210 and [pct(x, 3210) for x in (2280, 290, 640)] == [71.0, 9.0, 19.9]),
    ("T2 590 < 3210", 590 < 3210),
    ("T2 4.1/7.4 = 55.4%", pct(4.1, 7.4) == 55.4),
    ("T2 38 -> 43 volunteers", 43 > 38),
    ("T2 1948 -> 2023 = 75th anniversary", span_ok(1948, 2023, 75, False)),
    ("T2 true 1948 -> 2022 = 74", span_ok(1948, 2022, 74, False)),
    ("T3 (6540-6120)/6120 = 6.9%; 4650/6540 = 71.1%", pct(6540 - 6120, 6120) == 6.9 and pct(4650, 6540) == 71.1),
    ("T3 true 3210/6540 = 49.1% (nearly half)", pct(3210, 6540) == 49.1),
    ("T3 true 6120+6540 = 12660", 6120 + 6540 == 12660),
    ("T3 6:48 - 6:41 = 7 s", (6 * 60 + 48) - (6 * 60 + 41) == 7),
    ("T3 7.4-7.2 = 0.2", close(7.4 - 7.2, 0.2, 0.001)),
    ("T3 43 -> 45 volunteers; 45 < 10400 hours", 45 > 43 and 45 < 10400),
    ("T3 (12.6-11.8)/11.8 = 6.8%", pct(12.6 - 11.8, 11.8) == 6.8),
    ("T3 true 9.1+1.6+1.9 = 12.6", close(9.1 + 1.6 + 1.9, 12.6, 0.001)),
    ("T3 6540 > 6500", 6540 > 6500),
    ("T3 true 2004 -> 2026 = 22", span_ok(2004, 2026, 22, False)),
    ("T3 Station 3 October -> December = two months", 12 - 10 == 2),
    # wexmoor (parking)
    ("W1 4.86 < 4.9; (4.86-4.37)/4.37 = 11.2%", 4.86 < 4.9 and pct(4.86 - 4.37, 4.37) == 11.2),
    ("W1 2.71+1.64+0.51 = 4.86; 55.8/33.7/10.5", close(2.71 + 1.64 + 0.51, 4.86, 0.001) and [pct(x, 4.86) for x in (2.71, 1.64, 0.51)] == [55.8, 33.7, 10.5]),
    ("W1 1150+620+410 = 2180", 1150 + 620 + 410 == 2180),
    ("W1 420 -> 760; true 760/1150 = 66.1%", 760 > 420 and pct(760, 1150) == 66.1),
    ("W1 true 18200+7900+5300 = 31400", 18200 + 7900 + 5300 == 31400),
    ("W1 5.2/4.86 = +7.0% (about 7 percent)", pct(5.2 - 4.86, 4.86) == 7.0),
    ("W1 (2.00-1.50)/1.50 = 33.3%", pct(0.5, 1.5) == 33.3),
    ("W1 1968 -> 2024 = 56", span_ok(1968, 2024, 56, False)),
    ("W1 true 1947 -> 2024 = 77", span_ok(1947, 2024, 77, False)),
    ("W2 2.47/5.2 = 47.5%", pct(2.47, 5.2) == 47.5),
    ("W2 0.431 < 2.47", 0.431 < 2.47),
    ("W2 760 -> 930 -> 1150", 760 < 930 < 1150),
    ("W2 true 1.9+1.3 = 3.2", close(1.9 + 1.3, 3.2, 0.001)),
    ("W2 620+410 = 1030", 620 + 410 == 1030),
    ("W2 true 1999 -> 2024 = 25", span_ok(1999, 2024, 25, False)),
    ("W3 5.31/5.2 = 102.1%; (5.31-4.86)/4.86 = 9.3%", pct(5.31, 5.2) == 102.1 and pct(5.31 - 4.86, 4.86) == 9.3),
    ("W3 3.02+1.74+0.55 = 5.31; 56.9/32.8, true 10.4", close(3.02 + 1.74 + 0.55, 5.31, 0.001) and [pct(x, 5.31) for x in (3.02, 1.74, 0.55)] == [56.9, 32.8, 10.4]),
    ("W3 true 4.86+5.31 = 10.17", close(4.86 + 5.31, 10.17, 0.001)),
    ("W3 true 620/1030 = 60.2%", pct(620, 1030) == 60.2),
    ("W3 1999 -> 2025 = 26", span_ok(1999, 2025, 26, False)),
    ("W3 1890 households < 2460 permits", 1890 < 2460),
    ("W3 5.31 > 5; 5.6 > 5.31", 5.31 > 5 and 5.6 > 5.31),
    ("W3 true 2011..2025 = 15th year", span_ok(2011, 2025, 15, True)),
]

FAIL = [
    # conflict: the two values differ
    ("m01 23.4 == 24.3; (24.3-18.6)/18.6 = 25.8%", 23.4 == 24.3 or pct(24.3 - 18.6, 18.6) == 25.8),
    ("m05 243 == 234; 186+57 = 234", 243 == 234 or 186 + 57 == 234),
    ("m10 3980万 == 398万; 2870+1110 = 398", 39800000 == 3980000 or 2870 + 1110 == 398),
    ("m14 612 == 621; 486+126 = 621", 612 == 621 or 486 + 126 == 621),
    ("m16 2.48 == 2.84; 1126/454 = 2.84", 2.48 == 2.84 or round(1126 / 454, 2) == 2.84),
    ("m22 9120 == 9.12万; 91200/4590 near 2", 9120 == 91200 or round(91200 / 4590) == 2),
    ("m26 6120 == 6210; 4290+610+1220 = 6210", 6120 == 6210 or 4290 + 610 + 1220 == 6210),
    ("m31 4290 == 4920; 4920/6120 = 70.1%", 4290 == 4920 or pct(4920, 6120) == 70.1),
    ("m35 10400 == 1040", 10400 == 1040),
    ("m38 4.86 == 4.68; 2.71+1.64+0.51 = 4.68", 4.86 == 4.68 or close(2.71 + 1.64 + 0.51, 4.68, 0.001)),
    ("m42 2.47 million == 247,000; 0.247/5.2 = 47.5%", 2470000 == 247000 or pct(0.247, 5.2) == 47.5),
    ("m47 31400 == 34100", 31400 == 34100),
    # shares
    ("m03 57.7+23.1+21.2 = 100; 500/2600 = 21.2%", close(57.7 + 23.1 + 21.2, 100, 0.15) or pct(500, 2600) == 21.2),
    ("m07 12.6/28.3 = 47.5%", pct(12.6, 28.3) == 47.5 or pct(12.65, 28.25) >= 47.45),
    ("m08 12.9/28.3 = 49.2%", pct(12.9, 28.3) == 49.2 or pct(12.95, 28.25) >= 49.15),
    ("m17 29.8+36.7+35.5 = 100; 186/668 = 29.8%", close(29.8 + 36.7 + 35.5, 100, 0.15) or pct(186, 668) == 29.8),
    ("m20 56/123 = 54.5%", pct(56, 123) == 54.5),
    ("m23 1.74/3.1 = 65.1%", pct(1.74, 3.1) == 65.1 or pct(1.745, 3.05) >= 65.05),
    ("m28 8.6/11.8 = 79.2%", pct(8.6, 11.8) == 79.2 or pct(8.65, 11.75) >= 79.15),
    ("m30 71.0+9.0+22.0 = 100; 640/3210 = 22.0%", close(71.0 + 9.0 + 22.0, 100, 0.15) or pct(640, 3210) == 22.0),
    ("m33 3210/6540 = 47.2%", pct(3210, 6540) == 47.2),
    ("m39 760/1150 = 61.6%", pct(760, 1150) == 61.6),
    ("m45 56.9+32.8+12.3 = 100; 0.55/5.31 = 12.3%", close(56.9 + 32.8 + 12.3, 100, 0.15) or pct(0.55, 5.31) == 12.3),
    ("m48 620/1030 = 65.2%", pct(620, 1030) == 65.2),
    # sum
    ("m02 2410+580 = 3260", 2410 + 580 == 3260),
    ("m09 128+96+52 = 298", 128 + 96 + 52 == 298),
    ("m11 23.4+28.3 = 50.7", close(23.4 + 28.3, 50.7, 0.15)),
    ("m13 126+1380+3560+3374 = 8640", 126 + 1380 + 3560 + 3374 == 8640),
    ("m18 96+88+74+92+56 = 416", 96 + 88 + 74 + 92 + 56 == 416),
    ("m21 6200+5400+2600 = 15200", 6200 + 5400 + 2600 == 15200),
    ("m24 2.6+3.1 = 5.9 (even at the rounding limits)", close(2.6 + 3.1, 5.9, 0.001) or 2.65 + 3.15 >= 5.85),
    ("m27 2940+1870+1410 = 6120", 2940 + 1870 + 1410 == 6120),
    ("m34 6120+6540 = 12560", 6120 + 6540 == 12560),
    ("m36 9.1+1.6+1.4 = 12.6 (even at the rounding limits)", close(9.1 + 1.6 + 1.4, 12.6, 0.001) or 9.15 + 1.65 + 1.45 >= 12.55),
    ("m40 18200+7900+4300 = 31400", 18200 + 7900 + 4300 == 31400),
    ("m43 1.9+1.5 = 3.2 (even at the rounding limits)", close(1.9 + 1.5, 3.2, 0.001) or 1.85 + 1.45 <= 3.25),
    ("m46 4.86+5.31 = 10.71", close(4.86 + 5.31, 10.71, 0.001)),
    # date (each fails under both counting conventions)
    ("m04 2016..2024 = 满十年", not span_fails_both(2016, 2024, 10)),
    ("m06 2019..2024 = 第八个年头", not span_fails_both(2019, 2024, 8)),
    ("m12 2014..2025 = 十三年", not span_fails_both(2014, 2025, 13)),
    ("m15 1958..2024 = 七十六个年头", not span_fails_both(1958, 2024, 76)),
    ("m19 1998..2024 = 三十年", not span_fails_both(1998, 2024, 30)),
    ("m25 2012..2024 (去年 of 2025) = 十周年", not span_fails_both(2012, 2024, 10)),
    ("m29 1961..2025 = 46 years old", not span_fails_both(1961, 2025, 46)),
    ("m32 1948..2022 = 78 years since", not span_fails_both(1948, 2022, 78)),
    ("m37 2004..2026 = 25 years old", not span_fails_both(2004, 2026, 25)),
    ("m41 1947..2024 = 67 years ago", not span_fails_both(1947, 2024, 67)),
    ("m44 1999..2024 = turned 30", not span_fails_both(1999, 2024, 30)),
    ("m49 2011..2025 = 16th year", not span_fails_both(2011, 2025, 16)),
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
