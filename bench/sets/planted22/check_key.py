#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (/work/planted22).

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
    # ruochuan (bamboo industry, 箬川县)
    ("R1 (86.5-78.2)/78.2 = 10.6%; 52.6+15.8 = 68.4; 76.9 / 23.1; 76.9 < 80 (近八成)", pct(86.5 - 78.2, 78.2) == 10.6 and close(52.6 + 15.8, 68.4, 0.001) and [pct(x, 68.4) for x in (52.6, 15.8)] == [76.9, 23.1] and close(76.9 + 23.1, 100, 0.001) and 70 < 76.9 < 80),
    ("R1 21.3+52.8+12.4 = 86.5; 24.6, 61.0, true 14.3; 61.0 > 60", close(21.3 + 52.8 + 12.4, 86.5, 0.001) and [pct(x, 86.5) for x in (21.3, 52.8, 12.4)] == [24.6, 61.0, 14.3] and 61.0 > 60),
    ("R1 6.1+1.2+1.3 = 8.6; 38/214 = 17.8%; 41.6/52.8 = 78.8%; 86.5亿/4.2万 = 20.6万", close(6.1 + 1.2 + 1.3, 8.6, 0.001) and pct(38, 214) == 17.8 and pct(41.6, 52.8) == 78.8 and round(865000 / 42000, 1) == 20.6),
    ("R1 true 1200+1500+500 = 3200; 2014 -> 2024 = 10; (3600-3200)/3200 = 12.5%; true 2009..2024 = 16th", 1200 + 1500 + 500 == 3200 and span_ok(2014, 2024, 10, False) and pct(3600 - 3200, 3200) == 12.5 and span_ok(2009, 2024, 16, True)),
    ("R1 46 persons < 3260 person-times; 126 < 150 (plan)", 46 < 3260 and 126 < 150),
    ("R2 (44.7-41.2)/41.2 = 8.5%; 13.6+24.9+6.2 = 44.7; 24.9/44.7 = 55.7% < 61.0", pct(44.7 - 41.2, 41.2) == 8.5 and close(13.6 + 24.9 + 6.2, 44.7, 0.001) and pct(24.9, 44.7) == 55.7 and 55.7 < 61.0),
    ("R2 5.1 < 5.4 (其中); 610/1260 = 48.4% > 40; 214+7 = 221; 38+2 = 40", 5.1 < 5.4 and pct(610, 1260) == 48.4 and pct(610, 1260) > 40 and 214 + 7 == 221 and 38 + 2 == 40),
    ("R2 1740/3600 = 48.3%; 620+800 < 1740 (partial); 72/150 = 48.0%", pct(1740, 3600) == 48.3 and 620 + 800 < 1740 and pct(72, 150) == 48.0),
    ("R2 2009..2024 = 16th festival; 2011 -> 2024 = 13", span_ok(2009, 2024, 16, True) and span_ok(2011, 2024, 13, False)),
    ("R3 (95.8-86.5)/86.5 = 10.8%; 95.8 > 95; 68.4+0.7 = 69.1; 53.2+15.9 = 69.1", pct(95.8 - 86.5, 86.5) == 10.8 and 95.8 > 95 and close(68.4 + 0.7, 69.1, 0.001) and close(53.2 + 15.9, 69.1, 0.001)),
    ("R3 true 44.7/95.8 = 46.7%; second half > 50%", pct(44.7, 95.8) == 46.7 and 100 - pct(44.7, 95.8) > 50),
    ("R3 23.5+58.4+13.9 = 95.8; 24.5, 61.0, 14.5 (sum 100.0); 三产 grew fastest", close(23.5 + 58.4 + 13.9, 95.8, 0.001) and [pct(x, 95.8) for x in (23.5, 58.4, 13.9)] == [24.5, 61.0, 14.5] and close(24.5 + 61.0 + 14.5, 100, 0.001) and 13.9 / 12.4 > max(23.5 / 21.3, 58.4 / 52.8)),
    ("R3 (1385-1260)/1260 = 9.9%; true 6.5+1.3+1.4 = 9.2 (春笋 6.5); true 43/226 = 19.0%; 47.3/58.4 = 81.0%", pct(1385 - 1260, 1260) == 9.9 and close(6.5 + 1.3 + 1.4, 9.2, 0.001) and pct(43, 226) == 19.0 and pct(47.3, 58.4) == 81.0),
    ("R3 3550/3600 = 98.6%; 1300+1650+600 = 3550; 158 > 150; 126+158 = 284", pct(3550, 3600) == 98.6 and 1300 + 1650 + 600 == 3550 and 158 > 150 and 126 + 158 == 284),
    ("R3 true 86.5+95.8 = 182.3; true 1958 -> 2025 = 67; true 2014 -> 2025 = 11", close(86.5 + 95.8, 182.3, 0.001) and span_ok(1958, 2025, 67, False) and span_ok(2014, 2025, 11, False)),
    ("R3 48 persons < 3580 person-times; (3900-3550)/3550 = 9.9%; 95.8 < 105; 38+5 = 43", 48 < 3580 and pct(3900 - 3550, 3550) == 9.9 and 95.8 < 105 and 38 + 5 == 43),
    # jimei (public bike sharing, 蓟湄市)
    ("J1 (2186-1874)/1874 = 16.6%; 2186万/365 = 约6万; 542-56 = 486", pct(2186 - 1874, 1874) == 16.6 and round(2186 / 365.0) == 6 and 542 - 56 == 486),
    ("J1 11200+2600 = 13800; 2600/13800 = 18.8%; 68.2万人 (persons) vs 2186万人次", 11200 + 2600 == 13800 and pct(2600, 13800) == 18.8 and 68.2 < 2186),
    ("J1 962+708+516 = 2186; 44.0, 32.4, true 23.6", 962 + 708 + 516 == 2186 and [pct(x, 2186) for x in (962, 708, 516)] == [44.0, 32.4, 23.6]),
    ("J1 21860000/(13800*365) = 4.3; true 3200+1080+400 = 4680; (5100-4680)/4680 = 9.0%", round(21860000 / (13800 * 365.0), 1) == 4.3 and 3200 + 1080 + 400 == 4680 and pct(5100 - 4680, 4680) == 9.0),
    ("J1 2013 -> 2024 = 11 (十余年); true 2012 -> 2024 = 12", 10 < 2024 - 2013 < 20 and span_ok(2012, 2024, 12, False)),
    ("J2 (1768-1642)/1642 = 7.7%; 1768/2186 = 80.9% > 80; 1768 < 2186; 2300 < 2395", pct(1768 - 1642, 1642) == 7.7 and pct(1768, 2186) == 80.9 and pct(1768, 2186) > 80 and 2300 < 2395),
    ("J2 542+50 = 592; 588 < 592; 336+1432 = 1768; 19.0 / 81.0", 542 + 50 == 592 and 588 < 592 and 336 + 1432 == 1768 and [pct(x, 1768) for x in (336, 1432)] == [19.0, 81.0]),
    ("J2 14900-3500 = 11400 (regular); (3500-2600)/1200 = 75% (大半); true 3720/5100 = 72.9%; 1460+1280 < 3720", 14900 - 3500 == 11400 and pct(3500 - 2600, 1200) == 75.0 and pct(3720, 5100) == 72.9 and 1460 + 1280 < 3720),
    ("J2 320 < 16000; 2012..2024 = 13th year; (588-50)/50 = 10.8 times; true 1956 -> 2024 = 68", 320 < 16000 and span_ok(2012, 2024, 13, True) and (588 - 50) / 50.0 > 10 and span_ok(1956, 2024, 68, False)),
    ("J3 (2395-2186)/2186 = 9.6%; 2395万/366 = 6.5万; 603 > 592; 68.2+6.4 = 74.6; 2600+1200 = 3800", pct(2395 - 2186, 2186) == 9.6 and round(2395 / 366.0, 1) == 6.5 and 603 > 592 and close(68.2 + 6.4, 74.6, 0.001) and 2600 + 1200 == 3800),
    ("J3 true 11400+3800 = 15200; true 1768/2395 = 73.8%", 11400 + 3800 == 15200 and pct(1768, 2395) == 73.8),
    ("J3 1046+772+577 = 2395; 43.7, 32.2, 24.1; (577-516)/516 = 11.8% fastest", 1046 + 772 + 577 == 2395 and [pct(x, 2395) for x in (1046, 772, 577)] == [43.7, 32.2, 24.1] and pct(577 - 516, 516) == 11.8 and pct(577 - 516, 516) > max(pct(1046 - 962, 962), pct(772 - 708, 708))),
    ("J3 5060/5100 = 99.2%; 3450+1160+450 = 5060; (5400-5060)/5060 = 6.7%; 603 < 650", pct(5060, 5100) == 99.2 and 3450 + 1160 + 450 == 5060 and pct(5400 - 5060, 5060) == 6.7 and 603 < 650),
    ("J3 true 2186+2395 = 4581; true 2019 -> 2025 = 6", 2186 + 2395 == 4581 and span_ok(2019, 2025, 6, False)),
    # corvale (scenic railroad)
    ("C1 (46950-41280)/41280 = 13.7%; 148+34+30 = 212; 46950/212 = 221", pct(46950 - 41280, 41280) == 13.7 and 148 + 34 + 30 == 212 and int(46950 / 212) == 221),
    ("C1 29860+5440+11650 = 46950; 63.6, 11.6, true 24.8", 29860 + 5440 + 11650 == 46950 and [pct(x, 46950) for x in (29860, 5440, 11650)] == [63.6, 11.6, 24.8]),
    ("C1 true 2.36+0.44+0.39+0.33 = 3.52; (28-26)/26 = 7.7%; 21400/186 = 115", close(2.36 + 0.44 + 0.39 + 0.33, 3.52, 0.001) and pct(28 - 26, 26) == 7.7 and round(21400 / 186.0) == 115),
    ("C1 1923 -> 2023 = 100; true 1971 -> 2024 = 53", span_ok(1923, 2023, 100, False) and span_ok(1971, 2024, 53, False)),
    ("C2 (27640-25120)/25120 = 10.0%; 78+20+6 = 104; true 4.1+1.5+1.2 = 6.8; 2.9/6.8 = 42.6%", pct(27640 - 25120, 25120) == 10.0 and 78 + 20 + 6 == 104 and close(4.1 + 1.5 + 1.2, 6.8, 0.001) and pct(2.9, 6.8) == 42.6),
    ("C2 4.10 > 3.84; 1968 -> 2024 = 56; 1973..2024 = 52nd season; 172 persons < 11300 hours", 4.10 > 3.84 and span_ok(1968, 2024, 56, False) and span_ok(1973, 2024, 52, True) and 172 < 11300),
    ("C3 (52310-46950)/46950 = 11.4%; 52310 > 50000; 152+38+36 = 226; 6+30 = 36", pct(52310 - 46950, 46950) == 11.4 and 52310 > 50000 and 152 + 38 + 36 == 226 and 6 + 30 == 36),
    ("C3 32540+6380+13390 = 52310; 62.2, true 12.2, 25.6", 32540 + 6380 + 13390 == 52310 and [pct(x, 52310) for x in (32540, 6380, 13390)] == [62.2, 12.2, 25.6]),
    ("C3 3.91 > 3.84; true 2.46/4.10 = 60 percent; true 46950+52310 = 99260", 3.91 > 3.84 and r0(100.0 * 2.46 / 4.10) == 60 and 46950 + 52310 == 99260),
    ("C3 4.1+1.5+1.2 = 6.8; 7.3-6.8 = 0.5; true 1911 -> 2025 = 114; true 1973..2025 = 53rd season; 23900 > 21400; 95 > 89", close(4.1 + 1.5 + 1.2, 6.8, 0.001) and close(7.3 - 6.8, 0.5, 0.001) and span_ok(1911, 2025, 114, False) and span_ok(1973, 2025, 53, True) and 23900 > 21400 and 95 > 89),
    # tarrow (farmland preservation)
    ("T1 18460+1410 = 19870; 960+290+160 = 1410; true 68.1, 20.6, 11.3", 18460 + 1410 == 19870 and 960 + 290 + 160 == 1410 and [pct(x, 1410) for x in (960, 290, 160)] == [68.1, 20.6, 11.3]),
    ("T1 7.62M/1410 = 5404 (about 5,400); true 3.05+3.31+1.26 = 7.62; 1989 -> 2024 = 35", round(7620000 / 1410.0, -2) == 5400 and close(3.05 + 3.31 + 1.26, 7.62, 0.001) and span_ok(1989, 2024, 35, False)),
    ("T1 true 1991 -> 2024 = 33; 7900/1410 = 5.6 > 5; 19870/25000 = 79.5%; 3.4 > 3.1", span_ok(1991, 2024, 33, False) and 7900 / 1410.0 > 5 and pct(19870, 25000) == 79.5 and 3.4 > 3.1),
    ("T2 19870+670 = 20540; 142+5 = 147; true 21+9+7 = 37; 12 < 37", 19870 + 670 == 20540 and 142 + 5 == 147 and 21 + 9 + 7 == 37 and 12 < 37),
    ("T2 (3.4-3.1)/3.1 = 9.7%; 138 < 147; 1989 -> 2024 = 35; 2012..2024 = 13th year; 12300 < 12680", pct(3.4 - 3.1, 3.1) == 9.7 and 138 < 147 and span_ok(1989, 2024, 35, False) and span_ok(2012, 2024, 13, True) and 12300 < 12680),
    ("T2 670+800 = 1470 (about 1,500 / 1,450)", abs(670 + 800 - 1450) <= 50),
    ("T3 19870+1450 = 21320; 142+11 = 153; 21320/25000 = 85.3%; 25000-21320 = 3680; 5+6 = 11", 19870 + 1450 == 21320 and 142 + 11 == 153 and pct(21320, 25000) == 85.3 and 25000 - 21320 == 3680 and 5 + 6 == 11),
    ("T3 true 670/1450 = 46.2% (less than half)", pct(670, 1450) == 46.2 and pct(670, 1450) < 50),
    ("T3 8.14M/1450 = 5614 (about 5,600); 3.20+3.52+1.42 = 8.14; 39.3, 43.2, true 17.4", round(8140000 / 1450.0, -2) == 5600 and close(3.20 + 3.52 + 1.42, 8.14, 0.001) and [pct(x, 8.14) for x in (3.20, 3.52, 1.42)] == [39.3, 43.2, 17.4]),
    ("T3 true 1410+1450 = 2860; per-acre +3.9% (about 4); true 2012..2025 = 14th; true 1989 -> 2025 = 36; 3.4 < 3.6", 1410 + 1450 == 2860 and r0(100.0 * ((8.14 / 1450) / (7.62 / 1410) - 1)) == 4 and span_ok(2012, 2025, 14, True) and span_ok(1989, 2025, 36, False) and 3.4 < 3.6),
]

FAIL = [
    # conflict: the two values differ
    ("m04 86.5 == 85.6; (85.6-78.2)/78.2 = 10.6%", 86.5 == 85.6 or pct(85.6 - 78.2, 78.2) == 10.6),
    ("m05 8.6 == 6.8; 6.1+1.2+1.3 = 6.8", 8.6 == 6.8 or close(6.1 + 1.2 + 1.3, 6.8, 0.001)),
    ("m09 1385 == 1358; (1358-1260)/1260 = 9.9%", 1385 == 1358 or pct(1358 - 1260, 1260) == 9.9),
    ("m16 2186 == 2168; (2168-1874)/1874 = 16.6%", 2186 == 2168 or pct(2168 - 1874, 1874) == 16.6),
    ("m17 542 == 524; 524+50 = 592", 542 == 524 or 524 + 50 == 592),
    ("m23 74.6 == 76.4; 68.2+6.4 = 76.4", 74.6 == 76.4 or close(68.2 + 6.4, 76.4, 0.001)),
    ("m28 46950 == 46590; (46590-41280)/41280 = 13.7%", 46950 == 46590 or pct(46590 - 41280, 41280) == 13.7),
    ("m29 46950 == 49650; (52310-49650)/49650 = 11.4%", 46950 == 49650 or pct(52310 - 49650, 49650) == 11.4),
    ("m33 3.52 == 3.25; 2.36+0.44+0.39+0.33 = 3.25", 3.52 == 3.25 or close(2.36 + 0.44 + 0.39 + 0.33, 3.25, 0.001)),
    ("m37 52310 == 52130; (52130-46950)/46950 = 11.4%", 52310 == 52130 or pct(52130 - 46950, 46950) == 11.4),
    ("m41 19870 == 19780; 18460+1410 = 19780", 19870 == 19780 or 18460 + 1410 == 19780),
    ("m42 1410 == 1140; 18460+1140 = 19870", 1410 == 1140 or 18460 + 1140 == 19870),
    ("m46 8.14 == 8.41; 3.20+3.52+1.42 = 8.41", 8.14 == 8.41 or close(3.20 + 3.52 + 1.42, 8.41, 0.001)),
    # shares
    ("m01 24.6+61.0+15.3 = 100; 12.4/86.5 = 15.3%", close(24.6 + 61.0 + 15.3, 100, 0.15) or pct(12.4, 86.5) == 15.3),
    ("m06 44.7/95.8 = 48.7% (even at the rounding limits)", pct(44.7, 95.8) == 48.7 or pct(44.75, 95.75) >= 48.65),
    ("m07 43/226 = 21.3%", pct(43, 226) == 21.3),
    ("m13 516/2186 = 24.6%; 44.0+32.4+24.6 = 100", pct(516, 2186) == 24.6 or close(44.0 + 32.4 + 24.6, 100, 0.15)),
    ("m18 3720/5100 = 79.2%", pct(3720, 5100) == 79.2),
    ("m20 1768/2395 = 78.3%", pct(1768, 2395) == 78.3),
    ("m25 63.6+11.6+26.8 = 100; 11650/46950 = 26.8%", close(63.6 + 11.6 + 26.8, 100, 0.15) or pct(11650, 46950) == 26.8),
    ("m31 2.46/4.10 = 64 percent (even at the rounding limits)", r0(100.0 * 2.46 / 4.10) == 64 or 100.0 * 2.465 / 4.095 >= 63.5),
    ("m32 6380/52310 = 14.2%; 62.2+14.2+25.6 = 100", pct(6380, 52310) == 14.2 or close(62.2 + 14.2 + 25.6, 100, 0.15)),
    ("m38 960/1410 = 58.1%; 58.1+20.6+11.3 = 100", pct(960, 1410) == 58.1 or close(58.1 + 20.6 + 11.3, 100, 0.15)),
    ("m44 670/1450 = 51.2%", pct(670, 1450) == 51.2),
    ("m45 39.3+43.2+19.4 = 100; (8.14-3.20-3.52)/8.14 = 19.4% (even at the rounding limits)", close(39.3 + 43.2 + 19.4, 100, 0.15) or pct(8.14 - 3.20 - 3.52, 8.14) == 19.4 or pct(8.145 - 3.195 - 3.515, 8.135) >= 19.35),
    # sum
    ("m02 1200+1500+600 = 3200", 1200 + 1500 + 600 == 3200),
    ("m08 6.8+1.3+1.4 = 9.2 (even at the rounding limits)", close(6.8 + 1.3 + 1.4, 9.2, 0.001) or 6.75 + 1.25 + 1.35 <= 9.25),
    ("m10 86.5+95.8 = 181.3 (even at the rounding limits)", close(86.5 + 95.8, 181.3, 0.001) or 86.45 + 95.75 <= 181.35),
    ("m14 3200+1080+500 = 4680", 3200 + 1080 + 500 == 4680),
    ("m21 11600+3800 = 15200 (even at the rounding limits)", 11600 + 3800 == 15200 or 11550 + 3800 <= 15250),
    ("m22 2186+2395 = 4681", 2186 + 2395 == 4681),
    ("m26 2.36+0.44+0.39+0.43 = 3.52", close(2.36 + 0.44 + 0.39 + 0.43, 3.52, 0.001)),
    ("m30 4.1+1.5+1.6 = 6.8 (even at the rounding limits)", close(4.1 + 1.5 + 1.6, 6.8, 0.001) or 4.05 + 1.45 + 1.55 <= 6.85),
    ("m34 46950+52310 = 98260", 46950 + 52310 == 98260),
    ("m39 3.05+3.31+1.36 = 7.62 (even at the rounding limits)", close(3.05 + 3.31 + 1.36, 7.62, 0.001) or 3.045 + 3.305 + 1.355 <= 7.625),
    ("m43 21+9+5 = 37", 21 + 9 + 5 == 37),
    ("m47 1410+1450 = 2960", 1410 + 1450 == 2960),
    # date (each fails under both counting conventions)
    ("m03 2009..2024 (今年 of 2024) = 第十八届", not span_fails_both(2009, 2024, 18)),
    ("m11 1958..2025 = 六十五年", not span_fails_both(1958, 2025, 65)),
    ("m12 2014..2025 = 十年来", not span_fails_both(2014, 2025, 10)),
    ("m15 2012..2024 (今年 of 2024) = 十周年", not span_fails_both(2012, 2024, 10)),
    ("m19 1956..2024 = 七十周年", not span_fails_both(1956, 2024, 70)),
    ("m24 2019..2025 = 八年来", not span_fails_both(2019, 2025, 8)),
    ("m27 1971..2024 (this year) = 50th anniversary", not span_fails_both(1971, 2024, 50)),
    ("m35 1911..2025 = 104 years", not span_fails_both(1911, 2025, 104)),
    ("m36 1973..2025 = 50th season", not span_fails_both(1973, 2025, 50)),
    ("m40 1991..2024 (this spring) = 23 years ago", not span_fails_both(1991, 2024, 23)),
    ("m48 2012..2025 (this year) = 15th", not span_fails_both(2012, 2025, 15)),
    ("m49 1989..2025 = 34 years ago", not span_fails_both(1989, 2025, 34)),
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
