#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted20).

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
    # tangzhu (funeral and burial reform, 棠渚县)
    ("T1 3911/4126 = 94.8%; 38+14 = 52; 9+5 = 14; 1.17/2.84 = 41.2%", pct(3911, 4126) == 94.8 and 38 + 14 == 52 and 9 + 5 == 14 and pct(1.17, 2.84) == 41.2),
    ("T1 612+438+336 = 1386; 1386/3911 = 35.4%; (612+438)*1000 = 105万", 612 + 438 + 336 == 1386 and pct(1386, 3911) == 35.4 and (612 + 438) * 1000 == 1050000),
    ("T1 3911*2000 = 782.2万 (782万, 约2000元); 2021 -> 2024 = 三年", int(3911 * 2000 / 10000 + 0.5) == 782 and span_ok(2021, 2024, 3, False)),
    ("T1 3760 collected < 3911 cremated", 3760 < 3911),
    ("T1 1640+820+400 = 2860; 57.3/28.7/14.0 sum 100.0", 1640 + 820 + 400 == 2860 and [pct(x, 2860) for x in (1640, 820, 400)] == [57.3, 28.7, 14.0] and close(57.3 + 28.7 + 14.0, 100, 0.001)),
    ("T1 52*3000 = 15.6万", 52 * 3000 == 156000),
    ("T1 true 0.87+0.96+0.53 = 2.36", close(0.87 + 0.96 + 0.53, 2.36, 0.001)),
    ("T1 412 persons < 2600 person-times", 412 < 2600),
    ("T1 true 1996 -> 2024 = 28; 1978 -> 2019 = 41", span_ok(1996, 2024, 28, False) and span_ok(1978, 2019, 41, False)),
    ("T1 94.8 >= 90 (九成以上); 2024 plans 52+18 = 70, (3200-2860)/2860 = 11.9%", 94.8 >= 90 and 52 + 18 == 70 and pct(3200 - 2860, 2860) == 11.9),
    ("T2 52+9 = 61; 9 = 18/2; 2087/2172 = 96.1%; true 96.1-94.8 = 1.3", 52 + 9 == 61 and 9 * 2 == 18 and pct(2087, 2172) == 96.1 and close(96.1 - 94.8, 1.3, 0.001)),
    ("T2 2+3+4 = 9; 27+21+13 = 61", 2 + 3 + 4 == 9 and 27 + 21 + 13 == 61),
    ("T2 (18.6-15.9)/15.9 = 17.0%; 13.9+4.7 = 18.6; 13.9/18.6 = 74.7%; true 4.7/18.6 = 25.3%", pct(18.6 - 15.9, 15.9) == 17.0 and close(13.9 + 4.7, 18.6, 0.001) and pct(13.9, 18.6) == 74.7 and pct(4.7, 18.6) == 25.3),
    ("T2 742/2087 = 35.6%; 1480/3200 = 46.3%", pct(742, 2087) == 35.6 and pct(1480, 3200) == 46.3),
    ("T2 true 880+420+180 = 1480", 880 + 420 + 180 == 1480),
    ("T2 420万/2087 = 约2000元; 113*1000 = 11.3万", abs(4200000 / 2087 - 2000) < 50 and 113 * 1000 == 113000),
    ("T2 true 2019 -> 2024 = 5 (6th year); 1996 -> 2024 = 28", span_ok(2019, 2024, 5, False) and span_ok(1996, 2024, 28, False)),
    ("T2 1.17万 -> 1.32万 plots; 61+9 = 70; 3100 -> 5200 memorials", 1.17 < 1.32 and 61 + 9 == 70 and 3100 < 5200),
    ("T3 4052/4208 = 96.3%; 96.3-94.8 = 1.5; 52+18 = 70; 9+9 = 18", pct(4052, 4208) == 96.3 and close(96.3 - 94.8, 1.5, 0.001) and 52 + 18 == 70 and 9 + 9 == 18),
    ("T3 176/203 = 86.7%; 203-176 = 27", pct(176, 203) == 86.7 and 203 - 176 == 27),
    ("T3 1532/4052 = 37.8%; 37.8-35.4 = 2.4; 37.8 >= 37 (goal)", pct(1532, 4052) == 37.8 and close(37.8 - 35.4, 2.4, 0.001) and 37.8 >= 37),
    ("T3 676+502+354 = 1532; 44.1, 32.8, true 23.1", 676 + 502 + 354 == 1532 and [pct(x, 1532) for x in (676, 502, 354)] == [44.1, 32.8, 23.1]),
    ("T3 true 1386+1532 = 2918", 1386 + 1532 == 2918),
    ("T3 3150/3200 = 98.4%; 1810+880+460 = 3150", pct(3150, 3200) == 98.4 and 1810 + 880 + 460 == 3150),
    ("T3 true 1480/3150 = 47.0%", pct(1480, 3150) == 47.0),
    ("T3 4052*2000 = 810.4万 (810万); 70*4000 = 28万", int(4052 * 2000 / 10000 + 0.5) == 810 and 70 * 4000 == 280000),
    ("T3 2018..2024 = 连续七年", span_ok(2018, 2024, 7, True)),
    ("T3 true 1978 -> 2025 = 47", span_ok(1978, 2025, 47, False)),
    ("T3 2025 plans 70+12 = 82; (3400-3150)/3150 = 7.9%; 3890 < 4052; vehicles 12 -> 14", 70 + 12 == 82 and pct(3400 - 3150, 3150) == 7.9 and 3890 < 4052 and 12 < 14),
    # jichuan (public toilets, 霁川市)
    ("J1 86/80 = 107.5%; 142/140 = 101.4%; 1272/142.6 = 8.9", pct(86, 80) == 107.5 and pct(142, 140) == 101.4 and round(1272 / 142.6, 1) == 8.9),
    ("J1 74+79+86 = 239; 1033+239 = 1272; 386+341+297+248 = 1272", 74 + 79 + 86 == 239 and 1033 + 239 == 1272 and 386 + 341 + 297 + 248 == 1272),
    ("J1 true 648+521+103 = 1272; 214/1272 = 16.8%", 648 + 521 + 103 == 1272 and pct(214, 1272) == 16.8),
    ("J1 0.82+0.41+0.15 = 1.38; 59.4/29.7/10.9 sum 100.0", close(0.82 + 0.41 + 0.15, 1.38, 0.001) and [pct(x, 1.38) for x in (0.82, 0.41, 0.15)] == [59.4, 29.7, 10.9] and close(59.4 + 29.7 + 10.9, 100, 0.001)),
    ("J1 (2631-1846)/2631 = 29.8% (近三成); true 100-46.3-31.2 = 22.5", pct(2631 - 1846, 2631) == 29.8 and 29.8 < 30 and close(100 - 46.3 - 31.2, 22.5, 0.001)),
    ("J1 732+326 = 1058; 326/732 > 40%", 732 + 326 == 1058 and pct(326, 732) > 40),
    ("J1 1420 persons < 2860万 person-times; 1983 -> 2024 = 41", 1420 < 28600000 and span_ok(1983, 2024, 41, False)),
    ("J1 2024 plans 1272+90 = 1362 >= 1360; (1.52-1.38)/1.38 = 10.1%", 1272 + 90 >= 1360 and pct(1.52 - 1.38, 1.38) == 10.1),
    ("J2 58/90 = 64.4%; 117/150 = 78.0%; 1272+58 = 1330", pct(58, 90) == 64.4 and pct(117, 150) == 78.0 and 1272 + 58 == 1330),
    ("J2 12+11+16+19 = 58; 418+796+116 = 1330; (418+796)/1330 > 90%", 12 + 11 + 16 + 19 == 58 and 418 + 796 + 116 == 1330 and pct(418 + 796, 1330) > 90),
    ("J2 236/1330 = 17.7%; 1012/1330 = 76.1%; (1386-1006)/1386 = 27.4%", pct(236, 1330) == 17.7 and pct(1012, 1330) == 76.1 and pct(1386 - 1006, 1386) == 27.4),
    ("J2 1.06/1.52 = 69.7%; true 0.58+0.36+0.12 = 1.06", pct(1.06, 1.52) == 69.7 and close(0.58 + 0.36 + 0.12, 1.06, 0.001)),
    ("J2 true 2020 -> 2024 = 4 (5th year); 1956 -> 2026 = 70", span_ok(2020, 2024, 4, False) and span_ok(1956, 2026, 70, False)),
    ("J2 58+32 = 90; 117+33 = 150; 31.2万人 < 268万人次", 58 + 32 == 90 and 117 + 33 == 150 and 31.2 < 268),
    ("J3 91/90 = 101.1%; 156/150 = 104.0%; 1363/144.1 = 9.5; 1272+91 = 1363", pct(91, 90) == 101.1 and pct(156, 150) == 104.0 and round(1363 / 144.1, 1) == 9.5 and 1272 + 91 == 1363),
    ("J3 398+352+313+300 = 1363; 452+823+88 = 1363; 33.2/60.4/6.5 (sum 100.1 by rounding)", 398 + 352 + 313 + 300 == 1363 and 452 + 823 + 88 == 1363 and [pct(x, 1363) for x in (452, 823, 88)] == [33.2, 60.4, 6.5]),
    ("J3 251/1363 = 18.4%; 1.49/1.52 = 98.0%; 0.88+0.44+0.17 = 1.49", pct(251, 1363) == 18.4 and pct(1.49, 1.52) == 98.0 and close(0.88 + 0.44 + 0.17, 1.49, 0.001)),
    ("J3 59.1, 29.5, true 11.4", [pct(x, 1.49) for x in (0.88, 0.44, 0.17)] == [59.1, 29.5, 11.4]),
    ("J3 true 86+91 = 177; true 58/91 = 63.7%", 86 + 91 == 177 and pct(58, 91) == 63.7),
    ("J3 (1846-1312)/1846 = 28.9%; 1058+188 = 1246; 214 -> 236 -> 251", pct(1846 - 1312, 1846) == 28.9 and 1058 + 188 == 1246 and 214 < 236 < 251),
    ("J3 true 1983 -> 2025 = 42; true 1956..2025 = 70th year; 2024..2025 = 第二年", span_ok(1983, 2025, 42, False) and span_ok(1956, 2025, 70, True) and span_ok(2024, 2025, 2, True)),
    ("J3 (1.6-1.49)/1.49 = 7.4%; 1363+80 = 1443 < 1500", pct(1.6 - 1.49, 1.49) == 7.4 and 1363 + 80 < 1500),
    # orlen (adult literacy)
    ("O1 (1312-1184)/1184 = 10.8%; 604+287+421 = 1312; 604/1312 = 46.0%", pct(1312 - 1184, 1184) == 10.8 and 604 + 287 + 421 == 1312 and pct(604, 1312) == 46.0),
    ("O1 true 100-51.4-27.8 = 20.8", close(100 - 51.4 - 27.8, 20.8, 0.001)),
    ("O1 96400/1312 = 73.5; 765/1312 = 58.3%", round(96400 / 1312, 1) == 73.5 and pct(765, 1312) == 58.3),
    ("O1 1.12+0.64+0.31+0.11 = 2.18; 2180000/1312 = about 1660", close(1.12 + 0.64 + 0.31 + 0.11, 2.18, 0.001) and abs(2180000 / 1312 - 1660) < 5),
    ("O1 186 persons < 11240 hours; 1968+6 = 1974; true 1974..2024 = 51st year", 186 < 11240 and 1968 + 6 == 1974 and span_ok(1974, 2024, 51, True)),
    ("O1 (2.34-2.18)/2.18 = 7.3%", pct(2.34 - 2.18, 2.18) == 7.3),
    ("O2 868/1400 = 62.0%; (868-791)/791 = 9.7%; 412+176+280 = 868", pct(868, 1400) == 62.0 and pct(868 - 791, 791) == 9.7 and 412 + 176 + 280 == 868),
    ("O2 47.5, 20.3, true 32.3", [pct(x, 868) for x in (412, 176, 280)] == [47.5, 20.3, 32.3]),
    ("O2 1.09/2.34 = 46.6%; true 780+160+150 = 1090", pct(1.09, 2.34) == 46.6 and 780 + 160 + 150 == 1090),
    ("O2 true 1991 -> 2024 = 33; 1974 -> 2024 = 50", span_ok(1991, 2024, 33, False) and span_ok(1974, 2024, 50, False)),
    ("O2 waiting list 142 -> 96; 164 persons < 5980 hours", 96 < 142 and 164 < 5980),
    ("O3 (1406-1312)/1312 = 7.2%; 1406 > 1400; 868+538 = 1406", pct(1406 - 1312, 1312) == 7.2 and 1406 > 1400 and 868 + 538 == 1406),
    ("O3 true 671+284+451 = 1406", 671 + 284 + 451 == 1406),
    ("O3 104800/1406 = 74.5; 842/1406 = 59.9%; 191 < 12060", round(104800 / 1406, 1) == 74.5 and pct(842, 1406) == 59.9 and 191 < 12060),
    ("O3 true 71/163 = 43.6%; true 148+163 = 311", pct(71, 163) == 43.6 and 148 + 163 == 311),
    ("O3 2.29/2.34 = 97.9%; 1.18+0.66+0.33+0.12 = 2.29", pct(2.29, 2.34) == 97.9 and close(1.18 + 0.66 + 0.33 + 0.12, 2.29, 0.001)),
    ("O3 true 1974 -> 2026 (next year) = 52", span_ok(1974, 2026, 52, False)),
    ("O3 (2.41-2.34)/2.34 = 3.0%", pct(2.41 - 2.34, 2.34) == 3.0),
    # halbrook (cruise terminal)
    ("H1 (118420-101600)/101600 = 16.6%; 96180+22240 = 118420; 22240/118420 = 18.8%", pct(118420 - 101600, 101600) == 16.6 and 96180 + 22240 == 118420 and pct(22240, 118420) == 18.8),
    ("H1 19+31+17 = 67", 19 + 31 + 17 == 67),
    ("H1 true 1.52+0.98+0.61+0.35 = 3.46", close(1.52 + 0.98 + 0.61 + 0.35, 3.46, 0.001)),
    ("H1 118420*8.50 = 1006570 (about $1.01 million); 14.2M/118420 = about $120", 118420 * 8.5 == 1006570 and round(1006570 / 1e6, 2) == 1.01 and abs(14.2e6 / 118420 - 120) < 1),
    ("H1 140 persons < 38600 hours; 1986 -> 2024 = 38; true 1999..2024 = 26th season", 140 < 38600 and span_ok(1986, 2024, 38, False) and span_ok(1999, 2024, 26, True)),
    ("H1 9+6.5+7.1 = 22.6; 76 booked > 67", close(9 + 6.5 + 7.1, 22.6, 0.001) and 76 > 67),
    ("H2 31/76 = 40.8%; 54870-52860 = 2010 (about 2,000); 43240+11630 = 54870", pct(31, 76) == 40.8 and 54870 - 52860 == 2010 and 43240 + 11630 == 54870),
    ("H2 43240/54870 = 78.8%; true 11630/54870 = 21.2%", pct(43240, 54870) == 78.8 and pct(11630, 54870) == 21.2),
    ("H2 2.41/3.70 = 65.1%; 22.6+1.3 = 23.9", pct(2.41, 3.70) == 65.1 and close(22.6 + 1.3, 23.9, 0.001)),
    ("H2 true 1.9+2.1+0.8 = 4.8", close(1.9 + 2.1 + 0.8, 4.8, 0.001)),
    ("H2 true 1912 -> 2024 = 112; 140 -> 152", span_ok(1912, 2024, 112, False) and 152 > 140),
    ("H3 (131050-118420)/118420 = 10.7%; 76-2 = 74; 54870+76180 = 131050", pct(131050 - 118420, 118420) == 10.7 and 76 - 2 == 74 and 54870 + 76180 == 131050),
    ("H3 104630+26420 = 131050; 26420/131050 = 20.2%", 104630 + 26420 == 131050 and pct(26420, 131050) == 20.2),
    ("H3 true 31/74 = 41.9%", pct(31, 74) == 41.9),
    ("H3 1.67+1.08+0.68+0.38 = 3.81; (3.81-3.46)/3.46 = 10.1%; 3.81 > 3.70; 1.67/3.81 = 43.8%; true 0.68/3.81 = 17.8%", close(1.67 + 1.08 + 0.68 + 0.38, 3.81, 0.001) and pct(3.81 - 3.46, 3.46) == 10.1 and 3.81 > 3.70 and pct(1.67, 3.81) == 43.8 and pct(0.68, 3.81) == 17.8),
    ("H3 true 14.2+15.9 = 30.1", close(14.2 + 15.9, 30.1, 0.001)),
    ("H3 158 persons < 44300 hours; 4.8 -> 9.7 of 23.9", 158 < 44300 and 4.8 < 9.7 < 23.9),
    ("H3 true 1986..2025 = 40 seasons; 1957 -> 2027 = 70", span_ok(1986, 2025, 40, True) and span_ok(1957, 2027, 70, False)),
    ("H3 2026: 81 > 74 calls; 4.02 > 3.81", 81 > 74 and 4.02 > 3.81),
]

FAIL = [
    # conflict: the two values differ
    ("m01 3911 == 3191", 3911 == 3191),
    ("m07 94.8 == 94.3; 3911/4126 = 94.3%", 94.8 == 94.3 or pct(3911, 4126) == 94.3),
    ("m08 4052 == 4025; 4025/4208 = 96.3%", 4052 == 4025 or pct(4025, 4208) == 96.3),
    ("m13 86 == 68; 74+79+68 = 239", 86 == 68 or 74 + 79 + 68 == 239),
    ("m16 142 == 124; 124/140 = 101.4%", 142 == 124 or pct(124, 140) == 101.4),
    ("m19 156 == 165; 165/150 = 104.0%", 156 == 165 or pct(165, 150) == 104.0),
    ("m25 1312 == 1321; 604+287+421 = 1321", 1312 == 1321 or 604 + 287 + 421 == 1321),
    ("m28 1312 == 1231; (1406-1231)/1231 = 7.2%", 1312 == 1231 or pct(1406 - 1231, 1231) == 7.2),
    ("m35 1406 == 1460; 868+538 = 1460", 1406 == 1460 or 868 + 538 == 1460),
    ("m38 118420 == 118240; 96180+22240 = 118240", 118420 == 118240 or 96180 + 22240 == 118240),
    ("m40 22240 == 22420; 96180+22420 = 118420", 22240 == 22420 or 96180 + 22420 == 118420),
    ("m47 3.81 == 3.18; 1.67+1.08+0.68+0.38 = 3.18", 3.81 == 3.18 or close(1.67 + 1.08 + 0.68 + 0.38, 3.18, 0.001)),
    # shares
    ("m04 74.7+27.3 = 100; 4.7/18.6 = 27.3%", close(74.7 + 27.3, 100, 0.15) or pct(4.7, 18.6) == 27.3),
    ("m09 354/1532 = 25.1%; 44.1+32.8+25.1 = 100", pct(354, 1532) == 25.1 or close(44.1 + 32.8 + 25.1, 100, 0.15)),
    ("m11 1480/3150 = 49.6%", pct(1480, 3150) == 49.6),
    ("m15 46.3+31.2+25.4 = 100", close(46.3 + 31.2 + 25.4, 100, 0.15)),
    ("m20 0.17/1.49 = 13.4% (even at the rounding limits); 59.1+29.5+13.4 = 100", pct(0.17, 1.49) == 13.4 or pct(0.175, 1.485) >= 13.35 or close(59.1 + 29.5 + 13.4, 100, 0.15)),
    ("m22 58/91 = 67.3%", pct(58, 91) == 67.3),
    ("m26 51.4+27.8+24.6 = 100", close(51.4 + 27.8 + 24.6, 100, 0.15)),
    ("m29 280/868 = 34.3%; 47.5+20.3+34.3 = 100", pct(280, 868) == 34.3 or close(47.5 + 20.3 + 34.3, 100, 0.15)),
    ("m33 71/163 = 46.3%", pct(71, 163) == 46.3),
    ("m41 78.8+23.2 = 100; 11630/54870 = 23.2%", close(78.8 + 23.2, 100, 0.15) or pct(11630, 54870) == 23.2),
    ("m44 0.68/3.81 = 19.8% (even at the rounding limits)", pct(0.68, 3.81) == 19.8 or pct(0.685, 3.805) >= 19.75),
    ("m45 31/74 = 44.6%", pct(31, 74) == 44.6),
    # sum
    ("m02 0.87+0.96+0.63 = 2.36", close(0.87 + 0.96 + 0.63, 2.36, 0.001)),
    ("m05 880+420+200 = 1480", 880 + 420 + 200 == 1480),
    ("m10 1386+1532 = 2818", 1386 + 1532 == 2818),
    ("m14 648+521+113 = 1272", 648 + 521 + 113 == 1272),
    ("m17 0.58+0.36+0.15 = 1.06 (even at the rounding limits)", close(0.58 + 0.36 + 0.15, 1.06, 0.001) or 0.575 + 0.355 + 0.145 <= 1.065),
    ("m21 86+91 = 187", 86 + 91 == 187),
    ("m30 780+160+170 = 1090 (thousands; $1.09 million at the rounding limits)", 780 + 160 + 170 == 1090 or 780 + 160 + 170 <= 1095),
    ("m32 671+284+461 = 1406", 671 + 284 + 461 == 1406),
    ("m34 148+163 = 321", 148 + 163 == 321),
    ("m37 1.52+0.98+0.61+0.45 = 3.46 (even at the rounding limits)", close(1.52 + 0.98 + 0.61 + 0.45, 3.46, 0.001) or 1.515 + 0.975 + 0.605 + 0.445 <= 3.465),
    ("m42 1.9+2.1+0.5 = 4.8 (even at the rounding limits)", close(1.9 + 2.1 + 0.5, 4.8, 0.001) or 1.95 + 2.15 + 0.55 >= 4.75),
    ("m46 14.2+15.9 = 31.1 (even at the rounding limits)", close(14.2 + 15.9, 31.1, 0.001) or 14.25 + 15.95 >= 31.05),
    # date (each fails under both counting conventions)
    ("m03 1996..2024 = 二十六年", not span_fails_both(1996, 2024, 26)),
    ("m06 2019..2024 = 七年", not span_fails_both(2019, 2024, 7)),
    ("m12 1978..2025 (今年 of 2025) = 五十周年", not span_fails_both(1978, 2025, 50)),
    ("m18 2020..2024 = 六年", not span_fails_both(2020, 2024, 6)),
    ("m23 1983..2025 (今年 of 2025) = 四十周年", not span_fails_both(1983, 2025, 40)),
    ("m24 1956..2025 (今年 of 2025) = 第六十七个年头", not span_fails_both(1956, 2025, 67)),
    ("m27 1974..2024 = 52nd year", not span_fails_both(1974, 2024, 52)),
    ("m31 1991..2024 = 30 years", not span_fails_both(1991, 2024, 30)),
    ("m36 1974..2026 (next year of 2025) = 50th anniversary", not span_fails_both(1974, 2026, 50)),
    ("m39 1999..2024 = 27th season", not span_fails_both(1999, 2024, 27)),
    ("m43 1912..2024 = 110th anniversary", not span_fails_both(1912, 2024, 110)),
    ("m48 1986..2025 = 41 seasons", not span_fails_both(1986, 2025, 41)),
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
