#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted21).

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
    # ziao (beekeeping, 梓岙县)
    ("Z1 6.38-0.76 = 5.62; 0.76/5.62 = 13.5%; 4.12+2.26 = 6.38; 64.6/35.4 sum 100.0", close(6.38 - 0.76, 5.62, 0.001) and pct(0.76, 5.62) == 13.5 and close(4.12 + 2.26, 6.38, 0.001) and [pct(x, 6.38) for x in (4.12, 2.26)] == [64.6, 35.4] and close(64.6 + 35.4, 100, 0.001)),
    ("Z1 64.6 > 60 (超过六成); 1.46+1.21+0.98 = 3.65; 3.65/6.38 = 57.2%; 3.65+2.73 = 6.38", 64.6 > 60 and close(1.46 + 1.21 + 0.98, 3.65, 0.001) and pct(3.65, 6.38) == 57.2 and close(3.65 + 2.73, 6.38, 0.001)),
    ("Z1 2.37亿/1268 = 18.7万; 63800/1268 = 50.3; 186/50.3 = 3.7", round(23700 / 1268, 1) == 18.7 and round(186 / (63800 / 1268), 1) == 3.7),
    ("Z1 true 580+470+210 = 1260", 580 + 470 + 210 == 1260),
    ("Z1 2016 -> 2024 = 8 (近八年); 4.3/6.38 = 67.4%; 28 persons < 2140 person-times", span_ok(2016, 2024, 8, False) and pct(4.3, 6.38) == 67.4 and 28 < 2140),
    ("Z1 2009 -> 2024 = 15; (1186-9)/1186 = 99.2%; 1186 < 1.1万 cumulative; 1210/1846 = 65.5%", span_ok(2009, 2024, 15, False) and pct(1186 - 9, 1186) == 99.2 and 1186 < 11000 and pct(1210, 1846) == 65.5),
    ("Z1 true 1986 -> 2024 = 38; 63800+6200 = 70000", span_ok(1986, 2024, 38, False) and 63800 + 6200 == 70000),
    ("Z2 6.38+0.53 = 6.91; 5300/6200 = 85.5%; 3100+2200 = 5300; 1268+52 = 1320", close(6.38 + 0.53, 6.91, 0.001) and pct(5300, 6200) == 85.5 and 3100 + 2200 == 5300 and 1268 + 52 == 1320),
    ("Z2 486+312+222 = 1020; 47.6, 30.6, true remainder 21.8", 486 + 312 + 222 == 1020 and [pct(x, 1020) for x in (486, 312, 222)] == [47.6, 30.6, 21.8] and close(100 - 47.6 - 30.6, 21.8, 0.001)),
    ("Z2 1020 > 1846/2 (超过2023年全年的一半)", 1020 > 1846 / 2),
    ("Z2 (1400-1260)/1260 = 11.1%; 690/1400 = 49.3%; true 260+180+250 = 690", pct(1400 - 1260, 1260) == 11.1 and pct(690, 1400) == 49.3 and 260 + 180 + 250 == 690),
    ("Z2 1360 person-times > 820 households; 4.6/6.91 = 66.6%; (604-4)/604 = 99.3%; 680/1020 = 66.7%", 1360 > 820 and pct(4.6, 6.91) == 66.6 and pct(604 - 4, 604) == 99.3 and pct(680, 1020) == 66.7),
    ("Z2 true 2016 -> 2024 = 8", span_ok(2016, 2024, 8, False)),
    ("Z3 7.25/6.38 = +13.6%; 2113/1846 = +14.5%; 2.81/2.37 = +18.6%; 7.25 > 7", pct(7.25 - 6.38, 6.38) == 13.6 and pct(2113 - 1846, 1846) == 14.5 and pct(2.81 - 2.37, 2.37) == 18.6 and 7.25 > 7),
    ("Z3 4.58+2.67 = 7.25; 4.58-4.12 = 0.46; 2.67-2.26 = 0.41; 4600+4100 = 8700 = (7.25-6.38)万; true 4.58/7.25 = 63.2%", close(4.58 + 2.67, 7.25, 0.001) and close(4.58 - 4.12, 0.46, 0.001) and close(2.67 - 2.26, 0.41, 0.001) and 4600 + 4100 == 8700 and close(7.25 - 6.38, 0.87, 0.001) and pct(4.58, 7.25) == 63.2),
    ("Z3 1020+1093 = 2113; 1.34+1.47 = 2.81; true 1846+2113 = 3959", 1020 + 1093 == 2113 and close(1.34 + 1.47, 2.81, 0.001) and 1846 + 2113 == 3959),
    ("Z3 1268+74 = 1342; 168/1342 = 12.5%; 2.81亿/1342 = 20.9万 > 20万", 1268 + 74 == 1342 and pct(168, 1342) == 12.5 and 28100 / 1342 > 20),
    ("Z3 3200+2400 = 5600; 5.1/7.25 = 70.3%; 1385/1400 = 98.9%; true 690/1385 = 49.8%", 3200 + 2400 == 5600 and pct(5.1, 7.25) == 70.3 and pct(1385, 1400) == 98.9 and pct(690, 1385) == 49.8),
    ("Z3 2009 -> 2025 = 16; 11000+1240 > 12000; (1240-7)/1240 = 99.4%; true 2012 -> 2025 = 13", span_ok(2009, 2025, 16, False) and 11000 + 1240 > 12000 and pct(1240 - 7, 1240) == 99.4 and span_ok(2012, 2025, 13, False)),
    ("Z3 (1500-1385)/1385 = 8.3%; 2680 person-times > 32 persons", pct(1500 - 1385, 1385) == 8.3 and 2680 > 32),
    # fenghe (night markets, 沣禾市)
    ("F1 6+5+4+3+1 = 19; 2140+1030+690 = 3860; 55.4, 26.7, true 17.9; 55.4 > 50", 6 + 5 + 4 + 3 + 1 == 19 and 2140 + 1030 + 690 == 3860 and [pct(x, 3860) for x in (2140, 1030, 690)] == [55.4, 26.7, 17.9] and 55.4 > 50),
    ("F1 41.6亿/2860万 = 145.5 (约145元); 3420 vendors < 3860 stalls", abs(416000 / 2860 - 145) < 1 and 3420 < 3860),
    ("F1 1800+1100+300 = 3200; 4323/4380 = 98.7%", 1800 + 1100 + 300 == 3200 and pct(4323, 4380) == 98.7),
    ("F1 2021..2023 = 连续三年; true 1992 -> 2024 = 33rd year; 12 of 19; 19+5 = 24", span_ok(2021, 2023, 3, True) and span_ok(1992, 2024, 33, True) and 12 < 19 and 19 + 5 == 24),
    ("F2 2475/2022 = +22.4%; 36.2/41.6 = 87.0%; 19+4 = 23; true 7+6+4+5+1 = 23", pct(2475 - 2022, 2022) == 22.4 and pct(36.2, 41.6) == 87.0 and 19 + 4 == 23 and 7 + 6 + 4 + 5 + 1 == 23),
    ("F2 true 100-61.3 = 38.7; 2475 < 2860 (有望超过 the 2023 total)", close(100 - 61.3, 38.7, 0.001) and 2475 < 2860),
    ("F2 2540/3600 = 70.6%; 1460+870+210 = 2540; 21.4+14.8 = 36.2; 12600+900 = 13500", pct(2540, 3600) == 70.6 and 1460 + 870 + 210 == 2540 and close(21.4 + 14.8, 36.2, 0.001) and 12600 + 900 == 13500),
    ("F2 (3520-39)/3520 = 98.9%; 4200 person-times > 2870 persons; 23+1 = 24; true 2020 -> 2024 = 4", pct(3520 - 39, 3520) == 98.9 and 4200 > 2870 and 23 + 1 == 24 and span_ok(2020, 2024, 4, False)),
    ("F3 3390/2860 = +18.5%; 49.8/41.6 = +19.7%; 3390 > 3200; 49.8-36.2 = 13.6", pct(3390 - 2860, 2860) == 18.5 and pct(49.8 - 41.6, 41.6) == 19.7 and 3390 > 3200 and close(49.8 - 36.2, 13.6, 0.001)),
    ("F3 true 1860/3390 = 54.9%; true 2475/3390 = 73.0%", pct(1860, 3390) == 54.9 and pct(2475, 3390) == 73.0),
    ("F3 7+7+4+5+1 = 24; true 2460+1180+780 = 4420; 2460/4420 > 50%; 3860 < 4310 < 4420", 7 + 7 + 4 + 5 + 1 == 24 and 2460 + 1180 + 780 == 4420 and pct(2460, 4420) > 50 and 3860 < 4310 < 4420),
    ("F3 3520/3600 = 97.8%; 1980+1240+300 = 3520; 56.3, 35.2; 3200+3520 = 6720", pct(3520, 3600) == 97.8 and 1980 + 1240 + 300 == 3520 and [pct(x, 3520) for x in (1980, 1240)] == [56.3, 35.2] and 3200 + 3520 == 6720),
    ("F3 true 2860+3390 = 6250; 1.35万 < 1.38万; 48.6万 < 82万", 2860 + 3390 == 6250 and 1.35 < 1.38 and 48.6 < 82),
    ("F3 true 2005..2025 (yearly) = 21st; 1110/1200 = 92.5%; 1460-170 = 1290", span_ok(2005, 2025, 21, True) and pct(1110, 1200) == 92.5 and 1460 - 170 == 1290),
    ("F3 3880 <= 4080 persons < 5600 person-times; (4760-52)/4760 = 98.9%; 24+4 = 28; (3800-3520)/3520 = 8.0%", 3880 <= 4080 < 5600 and pct(4760 - 52, 4760) == 98.9 and 24 + 4 == 28 and pct(3800 - 3520, 3520) == 8.0),
    # tollerby (symphony)
    ("T1 (41860-38420)/38420 = 9 percent (8.95); 14+10+16+6 = 46; 41860/46 = 910; true 16/46 = 35 percent", r0(100.0 * (41860 - 38420) / 38420) == 9 and 14 + 10 + 16 + 6 == 46 and 41860 / 46 == 910 and r0(100.0 * 16 / 46) == 35),
    ("T1 1.94+1.71+0.58+0.39 = 4.62; 42.0, 37.0, 12.6, 8.4 (sum 100.0); 4.62-4.55 = 0.07", close(1.94 + 1.71 + 0.58 + 0.39, 4.62, 0.001) and [pct(x, 4.62) for x in (1.94, 1.71, 0.58, 0.39)] == [42.0, 37.0, 12.6, 8.4] and close(42.0 + 37.0 + 12.6 + 8.4, 100, 0.001) and close(4.62 - 4.55, 0.07, 0.001)),
    ("T1 0.58/11.6 = 5.0%; 3180-2960 = 220; true 18+54 = 72", pct(0.58, 11.6) == 5.0 and 3180 - 2960 == 220 and 18 + 54 == 72),
    ("T1 1961..2024 = 64th season; true 1974 -> 2024 = 50; 140 persons < 6200 hours", span_ok(1961, 2024, 64, True) and span_ok(1974, 2024, 50, False) and 140 < 6200),
    ("T2 22310/20940 = +6.5%; 3180+230 = 3410; true 100-58.0-32.2 = 9.8", pct(22310 - 20940, 20940) == 6.5 and 3180 + 230 == 3410 and close(100 - 58.0 - 32.2, 9.8, 0.001)),
    ("T2 2.41/4.85 = 49.7% (just under half); true 1.02+1.06+0.33 = 2.41", pct(2.41, 4.85) == 49.7 and pct(2.41, 4.85) < 50 and close(1.02 + 1.06 + 0.33, 2.41, 0.001)),
    ("T2 9+7 = 16; 44000-22310 = 21690 (about 21,700); true 1988 -> 2024 = 36; 140 < 152", 9 + 7 == 16 and 44000 - 22310 == 21690 and span_ok(1988, 2024, 36, False) and 140 < 152),
    ("T3 44950/41860 = +7.4%; true 22310/44950 = 49.6%", pct(44950 - 41860, 41860) == 7.4 and pct(22310, 44950) == 49.6),
    ("T3 2.12+1.79+0.62+0.40 = 4.93; 4.93-4.88 = 0.05; 4.93 > 4.85; true 2.12/4.93 = 43.0%", close(2.12 + 1.79 + 0.62 + 0.40, 4.93, 0.001) and close(4.93 - 4.88, 0.05, 0.001) and 4.93 > 4.85 and pct(2.12, 4.93) == 43.0),
    ("T3 11.6 -> 12.4; true 41860+44950 = 86810; true 2016..2025 = 10th season; 1961..2025 = 65th season", 11.6 < 12.4 and 41860 + 44950 == 86810 and span_ok(2016, 2025, 10, True) and span_ok(1961, 2025, 65, True)),
    ("T3 11800 -> 11960; (5.10-4.93)/4.93 = 3.4%; 18+2 = 20; 29700 -> 31200; 3410 < 3600", 11800 < 11960 and pct(5.10 - 4.93, 4.93) == 3.4 and 18 + 2 == 20 and 29700 < 31200 and 3410 < 3600),
    # penwick (streetlight LED conversion)
    ("P1 3950+3510 = 7460; 7460/14280 = 52.2%; true 11020+2460+800 = 14280; true 2140/3510 = 61 percent", 3950 + 3510 == 7460 and pct(7460, 14280) == 52.2 and 11020 + 2460 + 800 == 14280 and r0(100.0 * 2140 / 3510) == 61),
    ("P1 (15.8-13.6)/15.8 = 13.9%; 4.2+3.1+1.6+0.9 = 9.8; 5.1/9.8 = 52.0% (a little over half)", pct(15.8 - 13.6, 15.8) == 13.9 and close(4.2 + 3.1 + 1.6 + 0.9, 9.8, 0.001) and pct(5.1, 9.8) == 52.0),
    ("P1 (3380-2210)/3380 = 34.6%; true 1896 -> 2024 = 128; 2021..2024 = fourth year; 14280-7460-4500 = 2320 (about 2,300)", pct(3380 - 2210, 3380) == 34.6 and span_ok(1896, 2024, 128, False) and span_ok(2021, 2024, 4, True) and 14280 - 7460 - 4500 == 2320),
    ("P2 7460+1860 = 9320; 9320/14280 = 65.3%; 6170/9320 = 66.2%; true 100-66.2 = 33.8", 7460 + 1860 == 9320 and pct(9320, 14280) == 65.3 and pct(6170, 9320) == 66.2 and close(100 - 66.2, 33.8, 0.001) and pct(9320 - 6170, 9320) == 33.8),
    ("P2 5.1+1.3 = 6.4; true 0.82+0.26+0.22 = 1.3; 4500-1860 = 2640", close(5.1 + 1.3, 6.4, 0.001) and close(0.82 + 0.26 + 0.22, 1.3, 0.001) and 4500 - 1860 == 2640),
    ("P2 true 1978 -> 2024 = 46; (6.6-5.8)/6.6 = 12.1%; (1560-940)/1560 = 39.7% (about 40)", span_ok(1978, 2024, 46, False) and pct(6.6 - 5.8, 6.6) == 12.1 and r0(100.0 * (1560 - 940) / 1560) == 40),
    ("P3 7460+4180 = 11640; 4180 < 4500; 11640/14280 = 81.5%; 1860+2320 = 4180; true 1860/4180 = 44.5%", 7460 + 4180 == 11640 and 4180 < 4500 and pct(11640, 14280) == 81.5 and 1860 + 2320 == 4180 and pct(1860, 4180) == 44.5),
    ("P3 true 3510+4180 = 7690 = 11640-3950; true 4.2+2.4+1.4 = 8.0; 10.3-9.8 = 0.5", 3510 + 4180 == 7690 and 11640 - 3950 == 7690 and close(4.2 + 2.4 + 1.4, 8.0, 0.001) and close(10.3 - 9.8, 0.5, 0.001)),
    ("P3 (13.6-10.9)/13.6 = 19.9%; (2.18-1.71)/2.18 = 21.6%; (2210-1720)/2210 = 22.2%; 14280-11640 = 2640", pct(13.6 - 10.9, 13.6) == 19.9 and pct(2.18 - 1.71, 2.18) == 21.6 and pct(2210 - 1720, 2210) == 22.2 and 14280 - 11640 == 2640),
    ("P3 true 1952 -> 2025 = 73", span_ok(1952, 2025, 73, False)),
]

FAIL = [
    # conflict: the two values differ
    ("m02 1846 == 1486; 1210/1486 = 65.5%", 1846 == 1486 or pct(1210, 1486) == 65.5),
    ("m05 1846 == 1864; (2113-1864)/1864 = 14.5%", 1846 == 1864 or pct(2113 - 1864, 1864) == 14.5),
    ("m10 7.25 == 7.52; 4.58+2.67 = 7.52", 7.25 == 7.52 or close(4.58 + 2.67, 7.52, 0.001)),
    ("m14 41.6 == 46.1; 46.1亿/2860万 = 约145元", 41.6 == 46.1 or abs(461000 / 2860 - 145) < 1),
    ("m16 2860 == 2680; (3390-2680)/2680 = 18.5%", 2860 == 2680 or pct(3390 - 2680, 2680) == 18.5),
    ("m24 3390 == 3930; (3930-2860)/2860 = 18.5%", 3390 == 3930 or pct(3930 - 2860, 2860) == 18.5),
    ("m27 41860 == 41680; 46*910 = 41680", 41860 == 41680 or 46 * 910 == 41680),
    ("m32 11.6 == 16.1; 0.58/16.1 = 5.0%", 11.6 == 16.1 or pct(0.58, 16.1) == 5.0),
    ("m36 44950 == 44590; (44590-41860)/41860 = 7.4%", 44950 == 44590 or pct(44590 - 41860, 41860) == 7.4),
    ("m41 7460 == 7640; 3950+3510 = 7640", 7460 == 7640 or 3950 + 3510 == 7640),
    ("m44 9.8 == 8.9; 4.2+3.1+1.6+0.9 = 8.9", 9.8 == 8.9 or close(4.2 + 3.1 + 1.6 + 0.9, 8.9, 0.001)),
    ("m50 11640 == 11460; 7460+4180 = 11460", 11640 == 11460 or 7460 + 4180 == 11460),
    # shares
    ("m04 47.6+30.6+24.8 = 100; 222/1020 = 24.8%", close(47.6 + 30.6 + 24.8, 100, 0.15) or pct(222, 1020) == 24.8),
    ("m08 4.58/7.25 = 65.2% (even at the rounding limits)", pct(4.58, 7.25) == 65.2 or pct(4.585, 7.245) >= 65.15),
    ("m11 690/1385 = 52.8%", pct(690, 1385) == 52.8),
    ("m13 690/3860 = 18.9%; 55.4+26.7+18.9 = 100", pct(690, 3860) == 18.9 or close(55.4 + 26.7 + 18.9, 100, 0.15)),
    ("m18 61.3+36.4 = 100", close(61.3 + 36.4, 100, 0.15)),
    ("m20 1860/3390 = 58.6% (even at the rounding limits)", pct(1860, 3390) == 58.6 or pct(1860.5, 3389.5) >= 58.55),
    ("m21 2475/3390 = 75.3% (even at the rounding limits)", pct(2475, 3390) == 75.3 or pct(2475.5, 3389.5) >= 75.25),
    ("m26 16/46 = 38 percent", r0(100.0 * 16 / 46) == 38),
    ("m30 58.0+32.2+11.8 = 100", close(58.0 + 32.2 + 11.8, 100, 0.15)),
    ("m34 22310/44950 = 47.6%", pct(22310, 44950) == 47.6),
    ("m35 2.12/4.93 = 46.0% (even at the rounding limits)", pct(2.12, 4.93) == 46.0 or pct(2.125, 4.925) >= 45.95),
    ("m40 2140/3510 = 71 percent", r0(100.0 * 2140 / 3510) == 71),
    ("m43 66.2+36.8 = 100; 3150/9320 = 36.8%", close(66.2 + 36.8, 100, 0.15) or pct(9320 - 6170, 9320) == 36.8),
    ("m47 1860/4180 = 48.6%", pct(1860, 4180) == 48.6),
    # sum
    ("m01 580+470+310 = 1260", 580 + 470 + 310 == 1260),
    ("m06 260+180+230 = 690", 260 + 180 + 230 == 690),
    ("m09 1846+2113 = 3859", 1846 + 2113 == 3859),
    ("m17 7+6+4+4+1 = 23", 7 + 6 + 4 + 4 + 1 == 23),
    ("m22 2460+1180+880 = 4420", 2460 + 1180 + 880 == 4420),
    ("m23 2860+3390 = 6150", 2860 + 3390 == 6150),
    ("m28 18+56 = 72", 18 + 56 == 72),
    ("m31 1.02+0.96+0.33 = 2.41 (even at the rounding limits)", close(1.02 + 0.96 + 0.33, 2.41, 0.001) or 1.025 + 0.965 + 0.335 >= 2.405),
    ("m37 41860+44950 = 85810", 41860 + 44950 == 85810),
    ("m39 11020+2460+900 = 14280", 11020 + 2460 + 900 == 14280),
    ("m45 0.82+0.36+0.22 = 1.3 (even at the rounding limits)", close(0.82 + 0.36 + 0.22, 1.3, 0.001) or 0.815 + 0.355 + 0.215 <= 1.35),
    ("m48 3510+4180 = 7590", 3510 + 4180 == 7590),
    ("m49 4.2+2.8+1.4 = 8.0 (even at the rounding limits)", close(4.2 + 2.8 + 1.4, 8.0, 0.001) or 4.15 + 2.75 + 1.35 <= 8.05),
    # date (each fails under both counting conventions)
    ("m03 1986..2024 (今年 of 2024) = 四十周年", not span_fails_both(1986, 2024, 40)),
    ("m07 2016..2024 = 十年", not span_fails_both(2016, 2024, 10)),
    ("m12 2012..2025 = 十五年", not span_fails_both(2012, 2025, 15)),
    ("m15 1992..2024 (今年 of 2024) = 第三十个年头", not span_fails_both(1992, 2024, 30)),
    ("m19 2020..2024 = 六年", not span_fails_both(2020, 2024, 6)),
    ("m25 2005..2025 (今年 of 2025) = 第十九届", not span_fails_both(2005, 2025, 19)),
    ("m29 1974..2024 (this year) = turns 40", not span_fails_both(1974, 2024, 40)),
    ("m33 1988..2024 = 40th anniversary", not span_fails_both(1988, 2024, 40)),
    ("m38 2016..2025 = 12th season", not span_fails_both(2016, 2025, 12)),
    ("m42 1896..2024 = 118 years ago", not span_fails_both(1896, 2024, 118)),
    ("m46 1978..2024 = 50 years", not span_fails_both(1978, 2024, 50)),
    ("m51 1952..2025 (this year) = turns 75", not span_fails_both(1952, 2025, 75)),
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
