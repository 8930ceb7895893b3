#!/usr/bin/env python3
"""Verify key.yaml against the article files in this folder (bench/sets/planted6).

1. Documents: every listed file exists, every article file is listed, and the publication date
   in the key matches the date the file carries (Chinese date on the first line, YAML front
   matter `date:`, or an English dateline "(Mon. D, YYYY) —"), or null when it carries none.
2. Entries: unique ids; valid kind/scope; figures/lines (and files, when docs has several
   documents) are parallel lists; docs lists the documents in order of first figure; every figure
   appears verbatim on its stated 1-based line; figures of one document are in text order.
3. Arithmetic: every relation the articles rely on is recomputed. The relations meant to hold
   must hold, and each planted mistake must really fail.
4. Shape: every article has 14-25 lines and a headline as the first line after its date or front
   matter; at least 36 mistakes, at least 8 of each kind, and at least 50 decoys.
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

    # length 14-25 lines; the first line after the date / front matter is a headline (short,
    # no sentence-final punctuation), followed by a blank line
    n = len(lines) - (1 if lines[-1] == "" else 0)
    if not (14 <= n <= 25):
        err("%s: %d lines, outside 14-25" % (f, n))
    head_at = body_start + (2 if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[0].strip()) else 0)
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
HOLD = [
    # wuling (ski and tourism)
    ("w1 (586.4-447.0)/447.0 = +31.2% (2022 = 447.0, not stated)", pct(586.4 - 447.0, 447.0) == 31.2),
    ("w1 (48.65-35.85)/35.85 = +35.7% (2022 = 35.85, not stated)", pct(48.65 - 35.85, 35.85) == 35.7),
    ("w1 headline 近49 ~ 48.65", 48.5 <= 48.65 < 49),
    ("w1 12.36+15.42+9.18+7.04+4.65 = 48.65", close(12.36 + 15.42 + 9.18 + 7.04 + 4.65, 48.65, 0.001)),
    ("w1 15.42/48.65 = 31.7% > 三成", pct(15.42, 48.65) == 31.7 and 31.7 > 30),
    ("w1 true 58.4+29.3+12.3 = 100", close(58.4 + 29.3 + 12.3, 100.0)),
    ("w1 62.3/21.8 = 2.86 (近3次)", 2.7 < 62.3 / 21.8 < 3),
    ("w1 28.6+17.9+10.2+5.6 = 62.3", close(28.6 + 17.9 + 10.2 + 5.6, 62.3, 0.001)),
    ("w1 resort shares", [pct(x, 62.3) for x in (28.6, 17.9, 10.2, 5.6)] == [45.9, 28.7, 16.4, 9.0]),
    ("w1 resort shares sum 100", close(45.9 + 28.7 + 16.4 + 9.0, 100.0)),
    ("w1 true 2024-2006 = 18 (十八周年)", 2024 - 2006 == 18),
    ("w1 23.6/20 = 118.0%", pct(23.6, 20) == 118.0),
    ("w1 16.5/23.6 = 69.9%", pct(16.5, 23.6) == 69.9),
    ("w1 去年11月18日 = 2023-11-18 starts the 2023—2024 season", 2024 - 1 == 2023),
    ("w2 headline 超310 <= 312.5", 312.5 > 310),
    ("w2 (312.5-263.5)/263.5 = +18.6%", pct(312.5 - 263.5, 263.5) == 18.6),
    ("w2 (26.84-22.11)/22.11 = +21.4%", pct(26.84 - 22.11, 22.11) == 21.4),
    ("w2 6.71/26.84 = 25.0%, 8.59/26.84 = 32.0%", [pct(6.71, 26.84), pct(8.59, 26.84)] == [25.0, 32.0]),
    ("w2 26.84-6.71-8.59 = 11.54", close(26.84 - 6.71 - 8.59, 11.54, 0.001)),
    ("w2 running total 62.3 (to 2/20) <= 71.6 (season)", 62.3 <= 71.6),
    ("w2 (71.6-50.3)/50.3 = +42.3%", pct(71.6 - 50.3, 50.3) == 42.3),
    ("w2 true 32.9+20.4+11.8+6.5 = 71.6", close(32.9 + 20.4 + 11.8 + 6.5, 71.6, 0.001)),
    ("w2 true 2024-2015 = 9", 2024 - 2015 == 9),
    ("w2 13.8/25 = 55.2%", pct(13.8, 25) == 55.2),
    ("w2 312.5/650 = 48.1%, 26.84/55 = 48.8%", [pct(312.5, 650), pct(26.84, 55)] == [48.1, 48.8]),
    ("w3 (668.5-586.4)/586.4 = +14.0%", pct(668.5 - 586.4, 586.4) == 14.0),
    ("w3 (56.37-48.65)/48.65 = +15.9%", pct(56.37 - 48.65, 48.65) == 15.9),
    ("w3 668.5/650 = 102.8%, 56.37/55 = 102.5%", [pct(668.5, 650), pct(56.37, 55)] == [102.8, 102.5]),
    ("w3 13.75+18.16+10.62+8.11+5.73 = 56.37", close(13.75 + 18.16 + 10.62 + 8.11 + 5.73, 56.37, 0.001)),
    ("w3 true 18.16/56.37 = 32.2% (> 31.7%, 提高 holds)", pct(18.16, 56.37) == 32.2 and 32.2 > 31.7),
    ("w3 前年 (2025-2) = 2023 share 31.7%", 2025 - 2 == 2023 and pct(15.42, 48.65) == 31.7),
    ("w3 55.6+30.1+14.3 = 100", close(55.6 + 30.1 + 14.3, 100.0)),
    ("w3 去年11月16日 = 2024, starts 2024—2025 season", 2025 - 1 == 2024),
    ("w3 4 resorts + 梧桐谷 = 5", 4 + 1 == 5),
    ("w3 true 48.65+56.37 = 105.02", close(48.65 + 56.37, 105.02, 0.001)),
    ("w3 586.4+668.5 = 1254.9", close(586.4 + 668.5, 1254.9, 0.001)),
    ("w3 去年10月 (2024) - 2018 = 6 (时隔六年)", (2025 - 1) - 2018 == 6),
    ("w3 true station opened 2023 = 前年", 2025 - 2 == 2023),
    ("w3 近670 ~ 668.5", 665 <= 668.5 < 670),
    ("w3 2025 targets above 2024 results", 720 > 668.5 and 62 > 56.37),
    # canglan (vocational training)
    ("c1 18.62/16 = 116.4%", pct(18.62, 16) == 116.4),
    ("c1 persons 14.35 < person-times 18.62", 14.35 < 18.62),
    ("c1 12.08/14.35 = 84.2%", pct(12.08, 14.35) == 84.2),
    ("c1 7.45/18.62 = 40.0%", pct(7.45, 18.62) == 40.0),
    ("c1 other trades 18.62-7.45-3.91-2.98 = 4.28 = 23.0%",
     close(18.62 - 7.45 - 3.91 - 2.98, 4.28, 0.001) and pct(4.28, 18.62) == 23.0),
    ("c1 true 40+21+16+23 = 100", close(40.0 + 21.0 + 16.0 + 23.0, 100.0)),
    ("c1 1.58亿+8600万+3000万 = 2.74亿", 15800 + 8600 + 3000 == round(2.74 * 10000)),
    ("c1 6.85/6.2 = 110.5%", pct(6.85, 6.2) == 110.5),
    ("c1 4.12万-3.77万 = 3500人 (2022 = 3.77万, not stated)", round((4.12 - 3.77) * 10000) == 3500),
    ("c1 2019..2024 = 第六个年头", 2024 - 2019 + 1 == 6),
    ("c1 2019..2023 = 五年", 2023 - 2019 + 1 == 5),
    ("c1 12.15+13.60+16.23+17.80+18.62 = 78.40", close(12.15 + 13.60 + 16.23 + 17.80 + 18.62, 78.40, 0.001)),
    ("c1 2024 targets 20 > 16, 6.5 > 6.2", 20 > 16 and 6.5 > 6.2),
    ("c2 headline 六成以上: 13.26/20 = 66.3%", pct(13.26, 20) == 66.3 and 66.3 > 60),
    ("c2 4.93/6.5 = 75.8%", pct(4.93, 6.5) == 75.8),
    ("c2 6.95/13.26 = 52.4%", pct(6.95, 13.26) == 52.4),
    ("c2 persons 10.17 < person-times 13.26", 10.17 < 13.26),
    ("c2 16.82 would also exceed 16 (超额 does not give the conflict away)", 16.82 > 16),
    ("c2 true 12.8-5.6-4.5 = 2.7", close(12.8 - 5.6 - 4.5, 2.7, 0.001)),
    ("c2 2024-1962 = 62周年", 2024 - 1962 == 62),
    ("c2 true 2018..2024 = 第七届", 2024 - 2018 + 1 == 7),
    ("c2 今年3月 (2024) .. 2026年9月", 2024 < 2026),
    ("c3 (21.06-18.62)/18.62 = +13.1%", pct(21.06 - 18.62, 18.62) == 13.1),
    ("c3 21.06/20 = 105.3%", pct(21.06, 20) == 105.3),
    ("c3 78.40+21.06 = 99.46", close(78.40 + 21.06, 99.46, 0.001)),
    ("c3 2019..2024 = 六年", 2024 - 2019 + 1 == 6),
    ("c3 headline 近百万 ~ 99.46", 99 <= 99.46 < 100),
    ("c3 6.91/6.5 = 106.3%", pct(6.91, 6.5) == 106.3),
    ("c3 4.56/6.91 = 66.0%", pct(4.56, 6.91) == 66.0),
    ("c3 4.56万-4.12万 = 4400人", round((4.56 - 4.12) * 10000) == 4400),
    ("c3 1.82亿+9200万+3800万 = 3.12亿", 18200 + 9200 + 3800 == round(3.12 * 10000)),
    ("c3 1.82/3.12 = 58.3%, 0.92/3.12 = 29.5%", [pct(1.82, 3.12), pct(0.92, 3.12)] == [58.3, 29.5]),
    ("c3 true 0.38/3.12 = 12.2%; 58.3+29.5+12.2 = 100", pct(0.38, 3.12) == 12.2 and close(58.3 + 29.5 + 12.2, 100.0)),
    ("c3 true 2.74+3.12 = 5.86", close(2.74 + 3.12, 5.86, 0.001)),
    ("c3 6.91万人 = 69100人", round(6.91 * 10000) == 69100),
    ("c3 去年3月 = 2024-03 = c2 今年3月; 明年9月 = 2026-09", 2025 - 1 == 2024 and 2025 + 1 == 2026),
    ("c3 2025 training target 22 above the 2024 result 21.06", 22 > 21.06),
    # hepu (battery park)
    ("h1 headline 突破380 <= 386.5", 386.5 > 380),
    ("h1 386.5-83.1 = 303.4; 83.1/303.4 = +27.4%", close(386.5 - 83.1, 303.4, 0.001) and pct(83.1, 303.4) == 27.4),
    ("h1 218.7+96.4+45.2+26.2 = 386.5", close(218.7 + 96.4 + 45.2 + 26.2, 386.5, 0.001)),
    ("h1 218.7/386.5 = 56.6%", pct(218.7, 386.5) == 56.6),
    ("h1 42.6+18.3 = 60.9", close(42.6 + 18.3, 60.9, 0.001)),
    ("h1 true 112.4-96.8 = 15.6", close(112.4 - 96.8, 15.6, 0.001)),
    ("h1 54 and 23 are subsets of 86", 54 <= 86 and 23 <= 86),
    ("h1 1.12/3.86 = 29.0%", pct(1.12, 3.86) == 29.0),
    ("h1 2024-2012 = 12", 2024 - 2012 == 12),
    ("h1 28+37 = 65", 28 + 37 == 65),
    ("h1 去年3月 = 2023-03", 2024 - 1 == 2023),
    ("h2 (208.3-174.2)/174.2 = +19.6%", pct(208.3 - 174.2, 174.2) == 19.6),
    ("h2 208.3/450 = 46.3%", pct(208.3, 450) == 46.3),
    ("h2 true 57.2+24.1+11.8+6.9 = 100", close(57.2 + 24.1 + 11.8 + 6.9, 100.0)),
    ("h2 23.5+11.2 = 34.7", close(23.5 + 11.2, 34.7, 0.001)),
    ("h2 5 of 17 projects, 96.0 of 142.6", 5 <= 17 and 96.0 <= 142.6),
    ("h2 2023-03-01..2024-06-28 < 16 months",
     (D(2024, 6, 28) - D(2023, 3, 1)).days < (D(2024, 7, 1) - D(2023, 3, 1)).days),
    ("h2 true 2024-2012 = 12", 2024 - 2012 == 12),
    ("h2 4.15万-3.86万 = 2900人", round((4.15 - 3.86) * 10000) == 2900),
    ("h3 (461.3-386.5)/386.5 = +19.4%", pct(461.3 - 386.5, 386.5) == 19.4),
    ("h3 461.3 > 450", 461.3 > 450),
    ("h3 262.1+108.6+53.9+36.7 = 461.3", close(262.1 + 108.6 + 53.9 + 36.7, 461.3, 0.001)),
    ("h3 (36.7-26.2)/26.2 = +40.1%", pct(36.7 - 26.2, 26.2) == 40.1),
    ("h3 26.2/386.5 = 6.8%", pct(26.2, 386.5) == 6.8),
    ("h3 true 36.7/461.3 = 8.0%", pct(36.7, 461.3) == 8.0),
    ("h3 2016..2024 = 第九个年头", 2024 - 2016 + 1 == 9),
    ("h3 386.5+461.3 = 847.8", close(386.5 + 461.3, 847.8, 0.001)),
    ("h3 年均增速 > 20% (geometric, 2023 and 2024)", (1.274 * 1.194) ** 0.5 - 1 > 0.20),
    ("h3 4.42 > 4.15 (mid-year) > 3.86", 4.42 > 4.15 > 3.86),
    # marlow (school bond)
    ("m1 86.2+37.6+14.3+10.4 = 148.5", close(86.2 + 37.6 + 14.3 + 10.4, 148.5, 0.001)),
    ("m1 2024-1957 = 67", 2024 - 1957 == 67),
    ("m1 (7842-7215)/7215 = +8.7%", pct(7842 - 7215, 7215) == 8.7),
    ("m1 2023-2018 = five years", 2023 - 2018 == 5),
    ("m1 3611+1804+2427 = 7842", 3611 + 1804 + 2427 == 7842),
    ("m1 level shares", [pct(x, 7842) for x in (3611, 1804, 2427)] == [46.0, 23.0, 30.9]),
    ("m1 level shares sum 99.9 (rounding)", close(46.0 + 23.0 + 30.9, 99.9)),
    ("m1 285 * 1.38 = 393.30", round(285 * 1.38, 2) == 393.30),
    ("m1 true 2024-2016 = 8", 2024 - 2016 == 8),
    ("m1 2024-02-14 is a Wednesday (board voted Tuesday)", D(2024, 2, 14).weekday() == 2),
    ("m2 14382+10938 = 25320", 14382 + 10938 == 25320),
    ("m2 14382/25320 = 56.8%, 10938/25320 = 43.2%", [pct(14382, 25320), pct(10938, 25320)] == [56.8, 43.2]),
    ("m2 25320/61450 = 41.2%", pct(25320, 61450) == 41.2),
    ("m2 true 71.4+24.8+3.8 = 100", close(71.4 + 24.8 + 3.8, 100.0)),
    ("m2 true 14-11 = 3 lost", 14 - 11 == 3),
    ("m2 2024-2016 = 8", 2024 - 2016 == 8),
    ("m2 148.5+83.2 = 231.7", close(148.5 + 83.2, 231.7, 0.001)),
    ("m2 2024-05-21 is a Tuesday (Tuesday's election)", D(2024, 5, 21).weekday() == 1),
    ("m3 last May (2025-1) = May 2024 election", 2025 - 1 == 2024),
    ("m3 148.5-92 = 56.5", close(148.5 - 92, 56.5, 0.001)),
    ("m3 true 61.5/92 = 66.8%", pct(61.5, 92) == 66.8),
    ("m3 (84.6-79.4)/84.6 = 6.1%", pct(84.6 - 79.4, 84.6) == 6.1),
    ("m3 79.4+6.8 = 86.2", close(79.4 + 6.8, 86.2, 0.001)),
    ("m3 true 2025-1957 = 68", 2025 - 1957 == 68),
    ("m3 (7961-7842)/7842 = +1.5%", pct(7961 - 7842, 7842) == 1.5),
    ("m3 3.87 < 4.25 budgeted", 3.87 < 4.25),
    ("m3 285 * 1.31 = 373.35; 1.31 < 1.38", round(285 * 1.31, 2) == 373.35 and 1.31 < 1.38),
    ("m3 2025-03-04 is a Tuesday (said Monday)", D(2025, 3, 4).weekday() == 1),
    # harrow (hospital ER)
    ("r1 (58640-54350)/54350 = +7.9%", pct(58640 - 54350, 54350) == 7.9),
    ("r1 41275 patients < 58640 visits", 41275 < 58640),
    ("r1 9420/58640 = 16.1% (about one in six)", pct(9420, 58640) == 16.1 and abs(9420 / 58640 - 1 / 6) < 0.01),
    ("r1 38.5+14.2+7.6+4.5 = 64.8", close(38.5 + 14.2 + 7.6 + 4.5, 64.8, 0.001)),
    ("r1 24.0+15.0+25.8 = 64.8", close(24.0 + 15.0 + 25.8, 64.8, 0.001)),
    ("r1 funding shares", [pct(x, 64.8) for x in (24.0, 15.0, 25.8)] == [37.0, 23.1, 39.8]),
    ("r1 funding shares sum 99.9 (rounding)", close(37.0 + 23.1 + 39.8, 99.9)),
    ("r1 2024-1962 = 62", 2024 - 1962 == 62),
    ("r1 true 1946-612-187 = 1147", 1946 - 612 - 187 == 1147),
    ("r1 2024-03-19 is a Tuesday (approved Monday)", D(2024, 3, 19).weekday() == 1),
    ("r2 (61870-58640)/58640 = +5.5%", pct(61870 - 58640, 58640) == 5.5),
    ("r2 headline top 61,000", 61870 > 61000),
    ("r2 43090 patients < 61870 visits", 43090 < 61870),
    ("r2 true 2910/61870 = 4.7%", pct(2910, 61870) == 4.7),
    ("r2 68.3-64.8 = 3.5 = 18.5-15.0", close(68.3 - 64.8, 3.5, 0.001) and close(18.5 - 15.0, 3.5, 0.001)),
    ("r2 24.0+25.8+18.5 = 68.3", close(24.0 + 25.8 + 18.5, 68.3, 0.001)),
    ("r2 18.5/68.3 = 27.1%", pct(18.5, 68.3) == 27.1),
    ("r2 true 2024-1994 = 30", 2024 - 1994 == 30),
    ("r2 Oct 2024 + 26 months = Dec 2026", (2024 * 12 + 10 + 26 - 1) // 12 == 2026 and (10 + 26 - 1) % 12 + 1 == 12),
    ("r2 FY ended Mon 2024-09-30, ground broken Tue 2024-10-01, published Wed 2024-10-02",
     D(2024, 9, 30).weekday() == 0 and D(2024, 10, 1).weekday() == 1),
    ("r1/r2 54-32 = 22 bays", 54 - 32 == 22),
    ("r3 (32460-30390)/30390 = +6.8%", pct(32460 - 30390, 30390) == 6.8),
    ("r3 5290/32460 = 16.3%", pct(5290, 32460) == 16.3),
    ("r3 23.9/68.3 = 35.0% (about a third)", pct(23.9, 68.3) == 35.0 and abs(23.9 / 68.3 - 1 / 3) < 0.02),
    ("r3 true 58640+61870 = 120510", 58640 + 61870 == 120510),
    ("r3 true 2025-2011 = 14", 2025 - 2011 == 14),
    ("r3 2025-04-08 is a Tuesday (told trustees Monday)", D(2025, 4, 8).weekday() == 1),
    # gorse (wind farm)
    ("g1 84*3.6 = 302.4", close(84 * 3.6, 302.4, 0.001)),
    ("g1 true 84-37-29 = 18", 84 - 37 - 29 == 18),
    ("g1 1.16+1.22+0.52 = 2.90", close(1.16 + 1.22 + 0.52, 2.90, 0.001)),
    ("g1 payment shares", [pct(x, 2.9) for x in (1.16, 1.22, 0.52)] == [40.0, 42.1, 17.9]),
    ("g1 payment shares sum 100", close(40.0 + 42.1 + 17.9, 100.0)),
    ("g1 3.21M/146 = about 22,000", abs(3210000 / 146 - 22000) < 100),
    ("g1 true 2024-2011 = 13", 2024 - 2011 == 13),
    ("g1 2024-06-11 is a Tuesday (approved Monday)", D(2024, 6, 11).weekday() == 1),
    ("g2 (1072000-1010000)/1010000 = 6.1%", pct(1072000 - 1010000, 1010000) == 6.1),
    ("g2 1072000/(302.4*8760) = 40.5%", pct(1072000, 302.4 * 8760) == 40.5),
    ("g2 640000+432000 = 1072000", 640000 + 432000 == 1072000),
    ("g2 true 1.22/2.9 = 42.1%", pct(1.22, 2.9) == 42.1),
    ("g2 2019-2008 = 11", 2019 - 2008 == 11),
    ("g2 380 > 350 projected; 3.27 > 3.21 projected", 380 > 350 and 3.27 > 3.21),
    ("g2 finished November 2025, before the end of 2025 expected in gorse-1", (2025, 11) <= (2025, 12)),
]

# (label, holds?) -- each planted mistake: the stated relation must FAIL
FAIL = [
    # conflict: the two values differ
    ("m01 48.65 == 48.56", 48.65 == 48.56),
    ("m02 18.62 == 16.82", 18.62 == 16.82),
    ("m03 6.91万 == 6910", round(6.91 * 10000) == 6910),
    ("m04 386.5 == 368.5", 386.5 == 368.5),
    ("m05 3.86 == 3.66", 3.86 == 3.66),
    ("m06 148.5 == 145.8", 148.5 == 145.8),
    ("m07 86.2 == 88.2", 86.2 == 88.2),
    ("m08 3.87 == 3.78", 3.87 == 3.78),
    ("m09 58640 == 56840", 58640 == 56840),
    ("m10 68.3 == 66.3", 68.3 == 66.3),
    ("m11 465 == 456", 465 == 456),
    # shares
    ("m12 58.4+29.3+14.1 = 100", close(58.4 + 29.3 + 14.1, 100.0, 0.15)),
    ("m13 18.16/56.37 = 34.2%", pct(18.16, 56.37) == 34.2),
    ("m14 40.0+21.0+16.0+25.0 = 100", close(40.0 + 21.0 + 16.0 + 25.0, 100.0, 0.15)),
    ("m15 3800万/3.12亿 = 13.2%", pct(0.38, 3.12) == 13.2),
    ("m15 58.3+29.5+13.2 = 100", close(58.3 + 29.5 + 13.2, 100.0, 0.15)),
    ("m16 57.2+24.1+11.8+8.4 = 100", close(57.2 + 24.1 + 11.8 + 8.4, 100.0, 0.15)),
    ("m17 36.7/461.3 = 8.9%", pct(36.7, 461.3) == 8.9),
    ("m18 71.4+24.8+5.1 = 100", close(71.4 + 24.8 + 5.1, 100.0, 0.15)),
    ("m19 61.5/92 = 68.9%", pct(61.5, 92) == 68.9),
    ("m20 2910/61870 = 5.7%", pct(2910, 61870) == 5.7),
    ("m21 1.22/2.9 = 44.1%", pct(1.22, 2.9) == 44.1),
    # sum
    ("m22 32.9+20.4+11.8+6.9 = 71.6", close(32.9 + 20.4 + 11.8 + 6.9, 71.6, 0.001)),
    ("m23 48.65+56.37 = 105.12", close(48.65 + 56.37, 105.12, 0.001)),
    ("m24 5.6+4.5+2.3 = 12.8", close(5.6 + 4.5 + 2.3, 12.8, 0.001)),
    ("m25 2.74+3.12 = 5.68", close(2.74 + 3.12, 5.68, 0.001)),
    ("m26 96.8+12.3 = 112.4", close(96.8 + 12.3, 112.4, 0.001)),
    ("m27 11+4 = 14", 11 + 4 == 14),
    ("m28 612+187+1174 = 1946", 612 + 187 + 1174 == 1946),
    ("m29 14+6+3 = 22", 14 + 6 + 3 == 22),
    ("m30 58640+61870 = 120410", 58640 + 61870 == 120410),
    ("m31 37+29+21 = 84", 37 + 29 + 21 == 84),
    # date
    ("m32 2024-2006 = 17", 2024 - 2006 == 17),
    ("m33 2024-2015 = 8 (or 8 counting both ends)", 2024 - 2015 == 8 or 2024 - 2015 + 1 == 8),
    ("m34 去年 (2025-1) = 2023", 2025 - 1 == 2023),
    ("m35 2018..2024 = 第五届 (either way of counting)", 2024 - 2018 + 1 == 5 or 2024 - 2018 == 5),
    ("m36 2024-2012 = 11", 2024 - 2012 == 11),
    ("m37 2024-2016 = 9", 2024 - 2016 == 9),
    ("m38 2025-1957 = 66", 2025 - 1957 == 66),
    ("m39 2024-1994 = 28", 2024 - 1994 == 28),
    ("m40 2025-2011 = 12", 2025 - 2011 == 12),
    ("m41 2024-2011 = 15", 2024 - 2011 == 15),
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
    if counts[("mistakes", k, "within")] + counts[("mistakes", k, "across")] < 8:
        err("fewer than 8 mistakes of kind %s" % k)
if nm < 36:
    err("fewer than 36 mistakes (%d)" % nm)
if nd < 50:
    err("fewer than 50 decoys (%d)" % nd)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: key and articles are consistent")
