"""Reading figures: every form of the bundled corpus, the non-figures, English, units, properties."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.figures import (
    APPROXIMATE_TOLERANCE,
    CalendarRef,
    Figure,
    FigureError,
    UnitMismatch,
    figure_json,
    find_figures,
    format_number,
    parse,
    reading,
)
from auditor.units import UnknownUnit, convert, format_quantity, registry, unit_factor

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
INF = None  # an unbounded side

# text, kind, low, high, low_inclusive, high_inclusive, unit, qualifier
# Bounds are in base units, written as exact strings (Fraction syntax).
CORPUS_FORMS = [
    # plain integers with measure words: exact
    ("15个", "quantity", "15", "15", True, True, "count", None),
    ("3000名", "quantity", "3000", "3000", True, True, "person", None),
    ("1162人次", "quantity", "1162", "1162", True, True, "person_time", None),
    ("300户", "quantity", "300", "300", True, True, "household", None),
    ("17场次", "quantity", "17", "17", True, True, "count", None),
    ("50批次", "quantity", "50", "50", True, True, "count", None),
    ("18批", "quantity", "18", "18", True, True, "count", None),
    ("176对", "quantity", "176", "176", True, True, "count", None),
    ("25所", "quantity", "25", "25", True, True, "count", None),
    ("3.2万封", "quantity", "31500", "32500", True, False, "count", None),
    ("180列", "quantity", "180", "180", True, True, "count", None),
    ("35趟", "quantity", "35", "35", True, True, "count", None),
    ("10节", "quantity", "10", "10", True, True, "count", None),
    ("5项", "quantity", "5", "5", True, True, "count", None),
    ("3条", "quantity", "3", "3", True, True, "count", None),
    ("67次", "quantity", "67", "67", True, True, "count", None),
    ("1465人", "quantity", "1465", "1465", True, True, "person", None),
    ("4500元", "quantity", "4500", "4500", True, True, "CNY", None),
    ("60平方米", "quantity", "60", "60", True, True, "square_meter", None),
    ("1500平方米", "quantity", "1500", "1500", True, True, "square_meter", None),
    ("200亩", "quantity", "400000/3", "400000/3", True, True, "square_meter", None),
    ("5000公里", "quantity", "5000000", "5000000", True, True, "meter", None),
    ("3413户", "quantity", "3413", "3413", True, True, "household", None),
    ("100%", "percent", "100", "100", True, True, "percent", None),
    ("80%", "percent", "80", "80", True, True, "percent", None),
    # magnitude words and decimals: implied precision, half a step of the last written digit
    ("15280万元", "quantity", "152795000", "152805000", True, False, "CNY", None),
    ("2.12亿元", "quantity", "211500000", "212500000", True, False, "CNY", None),
    ("1.36亿元", "quantity", "135500000", "136500000", True, False, "CNY", None),
    ("70.18亿元", "quantity", "7017500000", "7018500000", True, False, "CNY", None),
    ("17亿元", "quantity", "1650000000", "1750000000", True, False, "CNY", None),
    ("2亿元", "quantity", "150000000", "250000000", True, False, "CNY", None),
    ("108万元", "quantity", "1075000", "1085000", True, False, "CNY", None),
    ("118万元", "quantity", "1175000", "1185000", True, False, "CNY", None),
    ("480万元", "quantity", "4795000", "4805000", True, False, "CNY", None),
    ("4万平方米", "quantity", "35000", "45000", True, False, "square_meter", None),
    ("2.5万亩", "quantity", "49000000/3", "17000000", True, False, "square_meter", None),
    ("1.2万人次", "quantity", "11500", "12500", True, False, "person_time", None),
    ("83万人次", "quantity", "825000", "835000", True, False, "person_time", None),
    ("2.24万人次", "quantity", "22350", "22450", True, False, "person_time", None),
    ("1.54万人", "quantity", "15350", "15450", True, False, "person", None),
    ("4.2万名", "quantity", "41500", "42500", True, False, "person", None),
    ("623万棵", "quantity", "6225000", "6235000", True, False, "count", None),
    ("30万吨", "quantity", "295000", "305000", True, False, "tonne", None),
    ("28.39%", "percent", "28.385", "28.395", True, False, "percent", None),
    # qualifiers
    ("近3400个", "quantity", "3060", "3400", True, False, "count", "近"),
    ("近300万吨", "quantity", "2700000", "3000000", True, False, "tonne", "近"),
    ("近200人", "quantity", "180", "200", True, False, "person", "近"),
    ("超90%", "percent", "90", INF, False, False, "percent", "超"),
    ("超95%", "percent", "95", INF, False, False, "percent", "超"),
    ("超600万元", "quantity", "6000000", INF, False, False, "CNY", "超"),
    ("超30亿元", "quantity", "3000000000", INF, False, False, "CNY", "超"),
    ("超亿元", "quantity", "100000000", INF, False, False, "CNY", "超"),
    ("约2000万元", "quantity", "18000000", "22000000", True, True, "CNY", "约"),
    ("3500元左右", "quantity", "3150", "3850", True, True, "CNY", "左右"),
    ("2.8万元以上", "quantity", "28000", INF, True, False, "CNY", "以上"),
    ("18%以上", "percent", "18", INF, True, False, "percent", "以上"),
    ("上千名", "quantity", "1000", INF, True, False, "person", "上"),
    ("不到四个月", "span", "0", "1/3", True, False, "year", "不到"),
    # 多 / 余: at least N, below N + the step of the last non-zero digit
    ("1500多名", "quantity", "1500", "1600", True, False, "person", "多"),
    ("700多只", "quantity", "700", "800", True, False, "count", "多"),
    ("30多亿元", "quantity", "3000000000", "4000000000", True, False, "CNY", "多"),
    ("6万多元", "quantity", "60000", "70000", True, False, "CNY", "多"),
    ("100多分", "quantity", "100", "200", True, False, "score_point", "多"),
    ("1000多份", "quantity", "1000", "2000", True, False, "count", "多"),
    ("9500多人", "quantity", "9500", "9600", True, False, "person", "多"),
    ("15万余人", "quantity", "150000", "160000", True, False, "person", "余"),
    ("3100余人次", "quantity", "3100", "3200", True, False, "person_time", "余"),
    ("百余场", "quantity", "100", "200", True, False, "count", "余"),
    ("百余人次", "quantity", "100", "200", True, False, "person_time", "余"),
    ("7.8万余人", "quantity", "78000", "79000", True, False, "person", "余"),
    ("110万余名", "quantity", "1100000", "1200000", True, False, "person", "余"),
    ("50余家", "quantity", "50", "60", True, False, "count", "余"),
    # Chinese numerals
    ("两家", "quantity", "2", "2", True, True, "count", None),
    ("十一批次", "quantity", "11", "11", True, True, "count", None),
    ("两人", "quantity", "2", "2", True, True, "person", None),
    ("三个", "quantity", "3", "3", True, True, "count", None),
    # spans and anniversaries
    ("三年来", "span", "3", "3", True, True, "year", "来"),
    ("7年间", "span", "7", "7", True, True, "year", "间"),
    ("12年", "span", "12", "12", True, True, "year", None),
    ("30年", "span", "30", "30", True, True, "year", None),
    ("1年时间", "span", "1", "1", True, True, "year", None),
    ("一年半时间", "span", "3/2", "3/2", True, True, "year", None),
    ("75周年", "anniversary", "75", "75", True, True, "year", None),
    ("十周年", "anniversary", "10", "10", True, True, "year", None),
    # calendar: bounds are YYYYMMDD
    ("2023年", "year", "20230101", "20231231", True, True, "date", None),
    ("2010年至今", "year", "20100101", "20101231", True, True, "date", "至今"),
    ("2023年以来", "year", "20230101", "20231231", True, True, "date", "以来"),
    ("2023年起", "year", "20230101", "20231231", True, True, "date", "起"),
    ("2023年4月", "date", "20230401", "20230430", True, True, "date", None),
    ("2025年12月24日", "date", "20251224", "20251224", True, True, "date", None),
    ("2025 年 6 月27日", "date", "20250627", "20250627", True, True, "date", None),
    ("2025年11月15日至16日", "date", "20251115", "20251116", True, True, "date", "至"),
    ("去年8月", "relative-date", INF, INF, False, False, "date", None),
    ("今年9月1日", "relative-date", INF, INF, False, False, "date", None),
    # ordinals
    ("第十一批", "ordinal", "11", "11", True, True, "", "第"),
    ("第十一批次", "ordinal", "11", "11", True, True, "", "第"),
    ("第四届", "ordinal", "4", "4", True, True, "", "第"),
]


def _bound(text: str | None) -> Fraction | None:
    return None if text is None else Fraction(text)


@pytest.mark.parametrize(
    "text,kind,low,high,low_inc,high_inc,unit,qualifier", CORPUS_FORMS, ids=[row[0] for row in CORPUS_FORMS]
)
def test_corpus_forms(text, kind, low, high, low_inc, high_inc, unit, qualifier):
    figure = parse(text)
    assert (
        figure.kind,
        figure.low,
        figure.high,
        figure.low_inclusive,
        figure.high_inclusive,
        figure.unit,
        figure.qualifier,
    ) == (kind, _bound(low), _bound(high), low_inc, high_inc, unit, qualifier)
    assert figure.text == text
    assert (figure.start, figure.end) == (0, len(text))
    assert reading(figure)


def test_every_corpus_form_is_found_in_its_article():
    corpus_text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt")))
    found = {figure.text for figure in find_figures(corpus_text)}
    written_in_corpus = [row[0] for row in CORPUS_FORMS if row[0] in corpus_text]
    assert written_in_corpus, "the corpus should contain the table's forms"
    missing = [text for text in written_in_corpus if text not in found]
    assert missing == []


# Every figure find_figures reports on the five articles, in order: a change here
# is either a new true figure or a new false hit, and must be looked at.
EXPECTED_CORPUS_FIGURES = {
    "000": [
        "第十一批",
        "第十一批",
        "2010年以来",
        "第十一批",
        "2023年4月以来",
        "第十一批",
        "2025年上半年",
        "500万元",
        "17场次",
        "1250人次",
        "1.2万人次",
        "4500名",
        "3200人",
        "4500元",
        "2.8万元以上",
        "17亿元",
        "40亿元",
        "3.5亿元",
        "两家",
        "1.6亿元",
        "不到四个月",
        "2025年",
        "突破30亿元",
        "8场次",
        "50批次",
        "20家",
        "70.18亿元",
        "50余家",
        "80多家",
        "2000人次",
        "2025年12月24日",
        "7个",
        "67次",
        "80余场",
        "1.54万人",
        "25所",
        "100余场",
        "176对",
        "30余名",
        "6名",
        "百余场",
        "18批",
        "1162人次",
        "2018年",
        "7年间",
        "4.2万名",
        "3.2万封",
        "10所",
        "2025年9月30日",
        "62家",
        "1.79亿元",
        "第十一批",
    ],
    "001": [
        "19个",
        "80%",
        "80%",
        "今年2月",
        "3500元左右",
        "去年8月",
        "700多人",
        "3000多个",
        "200多家",
        "30多亿元",
        "2023年以来",
        "19个",
        "数百公里",
        "200亩",
        "超95%",
        "第十一批",
        "2.9万人",
        "2025年6月23日",
        "第一次",
        "2023年以来",
        "22个",
        "100所",
        "5000公里",
        "今年6月",
        "30万吨",
        "21家",
        "2025 年 6 月27日",
        "2023年起",
        "2023年以来",
        "1年时间",
        "2024年",
        "9500多人",
        "3万人",
        "去年8月",
        "14名",
        "百余人次",
        "10节",
        "7.8万余人",
        "2025年6月25日",
    ],
    "002": [
        "2010年至今",
        "近3400个",
        "十一批次",
        "140名",
        "280名",
        "2023年",
        "第十一批次",
        "第一年",
        "2023年",
        "2023年",
        "15个",
        "15280万元",
        "100%",
        "300户",
        "2023年10月",
        "30年",
        "60平方米",
        "300户",
        "2.12亿元",
        "1.36亿元",
        "4万平方米",
        "3000名",
        "今年9月1日",
        "第十一批次",
        "2023年4月",
        "2024年",
        "75周年",
        "2023年",
        "第十一批次",
        "500万元",
        "第十一批次",
        "2023年5月",
        "7月",
        "十周年",
        "100多分",
        "108万元",
        "2023年11月29日",
        "第一站",
        "1500多名",
        "2023年12月22日",
        "2010年",
        "第七批",
        "一年半时间",
        "2023年",
        "12年",
        "第二次",
        "第一次",
        "第十一批次",
        "700多只",
        "2023年9月",
        "超600万元",
        "1000多份",
    ],
    "003": [
        "三年",
        "三年来",
        "2846名",
        "三年来",
        "超90%",
        "上千名",
        "2023年12月26日",
        "2023年12月26日",
        "30所",
        "13万余人次",
        "35万人次",
        "25万余个",
        "61名",
        "22个",
        "20余项",
        "8家",
        "三年来",
        "2.24万人次",
        "1465人",
        "40%",
        "25%以上",
        "180列",
        "近300万吨",
        "15万余人",
        "2025年11月15日至16日",
        "第四届",
        "2023年10月27日",
        "三年来",
        "92个",
        "28.39%",
        "3413户",
        "623万棵",
        "2.5万亩",
        "三年来",
        "83万人次",
        "921名",
        "30余封",
        "两人",
        "900余所",
        "40万名",
        "600余名",
        "127场次",
        "10万余人次",
        "五年",
        "5万余个",
        "2024年9月",
        "6万多元",
        "500余个",
        "5000余名",
        "1300余个",
        "5项",
        "4个",
        "230场次",
        "110万余名",
        "三倍",
        "70周年",
        "两条",
        "三个",
        "10余个",
        "35趟",
        "9趟",
        "18%以上",
        "20%以上",
    ],
    "004": [
        "15个",
        "第十一批",
        "去年4月",
        "第十一批",
        "15个",
        "100%",
        "第十一批",
        "2024年",
        "3个",
        "2亿元",
        "近200人",
        "13次",
        "50余家",
        "9家",
        "超30亿元",
        "超亿元",
        "10个",
        "今年3月",
        "5月",
        "7月",
        "1500平方米",
        "3条",
        "500万元",
        "约2000万元",
        "近300万元",
        "11个",
        "超3亿元",
        "400余人",
        "两个",
        "去年8月",
        "118万元",
        "今年9月1日",
        "4万平方米",
        "3000名",
        "20个",
        "2500余人次",
        "86人次",
        "480万元",
        "3100余人次",
        "86人次",
        "480万元",
    ],
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED_CORPUS_FIGURES))
def test_corpus_figures_exactly(prefix):
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    figures = find_figures(text)
    assert [f.text for f in figures] == EXPECTED_CORPUS_FIGURES[prefix]
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text


# --- forms the issue names beyond the corpus ----------------------------------

OTHER_FORMS = [
    ("15280", "quantity", "15280", "15280", True, True, "", None),
    ("70.18", "quantity", "70.175", "70.185", True, False, "", None),
    ("1,250", "quantity", "1250", "1250", True, True, "", None),
    ("１２３", "quantity", "123", "123", True, True, "", None),
    ("１２３个", "quantity", "123", "123", True, True, "count", None),
    ("一千二百", "quantity", "1200", "1200", True, True, "", None),
    ("一千二百元", "quantity", "1200", "1200", True, True, "CNY", None),
    ("二〇二五", "quantity", "2025", "2025", True, True, "", None),
    ("二〇二五年", "year", "20250101", "20251231", True, True, "date", None),
    ("百分之八十", "percent", "80", "80", True, True, "percent", None),
    ("1.2万", "quantity", "11500", "12500", True, False, "", None),
    ("2.12亿", "quantity", "211500000", "212500000", True, False, "", None),
    ("30多亿", "quantity", "3000000000", "4000000000", True, False, "", "多"),
    ("3至5万", "quantity", "30000", "50000", True, True, "", "至"),
    ("3-5", "quantity", "3", "5", True, True, "", "至"),
    ("3~5万元", "quantity", "30000", "50000", True, True, "CNY", "至"),
    ("逾百人", "quantity", "100", INF, False, False, "person", "逾"),
    ("100人以下", "quantity", "0", "100", True, True, "person", "以下"),
    ("不到300人", "quantity", "0", "300", True, False, "person", "不到"),
    ("大约5万元", "quantity", "45000", "55000", True, True, "CNY", "大约"),
    ("三十多万人", "quantity", "300000", "400000", True, False, "person", "多"),
    ("2年多", "span", "2", "3", True, False, "year", "多"),
    ("50标箱", "quantity", "50", "50", True, True, "TEU", None),
    ("120 TEU", "quantity", "120", "120", True, True, "TEU", None),
    ("3公顷", "quantity", "30000", "30000", True, True, "square_meter", None),
    ("5 km", "quantity", "5000", "5000", True, True, "meter", None),
    ("2023-12-26", "date", "20231226", "20231226", True, True, "date", None),
    # English
    ("1.2 million", "quantity", "1150000", "1250000", True, False, "", None),
    ("$2.6 million", "quantity", "2550000", "2650000", True, False, "USD", None),
    ("2,600,000 dollars", "quantity", "2600000", "2600000", True, True, "USD", None),
    ("$3.2m", "quantity", "3150000", "3250000", True, False, "USD", None),
    ("more than 300 people", "quantity", "300", INF, False, False, "person", "more than"),
    ("about 40%", "percent", "36", "44", True, True, "percent", "about"),
    ("1,250 people", "quantity", "1250", "1250", True, True, "person", None),
    ("nearly 2,000 households", "quantity", "1800", "2000", True, False, "household", "nearly"),
    ("3 to 5 million", "quantity", "3000000", "5000000", True, True, "", "至"),
    ("40 yuan", "quantity", "40", "40", True, True, "CNY", None),
]


@pytest.mark.parametrize(
    "text,kind,low,high,low_inc,high_inc,unit,qualifier", OTHER_FORMS, ids=[row[0] for row in OTHER_FORMS]
)
def test_other_forms(text, kind, low, high, low_inc, high_inc, unit, qualifier):
    figure = parse(text)
    assert (
        figure.kind,
        figure.low,
        figure.high,
        figure.low_inclusive,
        figure.high_inclusive,
        figure.unit,
        figure.qualifier,
    ) == (kind, _bound(low), _bound(high), low_inc, high_inc, unit, qualifier)


def test_written_unit_and_nominal():
    figure = parse("108万元")
    assert (figure.written_unit, figure.nominal, figure.dimension) == ("万元", Fraction(1080000), "[currency_CNY]")
    assert parse("近300万吨").nominal == 3_000_000
    assert parse("2.5万亩").written_unit == "万亩"
    assert parse("$2.6 million").written_unit == "$"


@pytest.mark.parametrize(
    "text,value",
    [
        ("一千二百", 1200),
        ("十一", 11),
        ("两万", 20000),
        ("三万亿", 3 * 10**12),
        ("一亿二千万", 120_000_000),
        ("一百零五", 105),
        ("三千五", 3500),
        ("一万二", 12000),
        ("五十六万七千八百九十", 567_890),
        ("二〇二五", 2025),
        ("百分之八点五", Fraction(17, 2)),
    ],
)
def test_chinese_numerals(text, value):
    assert parse(text).nominal == value


@pytest.mark.parametrize("text", ["一一", "百十", "一千零", "一万二百", "三七"])
def test_malformed_chinese_numerals(text):
    with pytest.raises(FigureError):
        parse(text)


# --- non-figures ---------------------------------------------------------------

NOT_FIGURES_IN_PROSE = [
    "形成“落地一批、签约一批、洽谈一批”的良好循环",
    "目前一期工程已建成投产",
    "一个个援疆平台成为集聚产业的强磁场",
    "处处浸润着徐奎携手的深厚情谊，统一思想",
    "浙江“千万工程”发源地",
    "“95后”电商米尔扎提",
    "助力天山托木尔景区创成阿克苏首个国家5A级景区",
    "聚焦伊犁州“8+1+1”产业集群",
    "辉煌“十四五”“徐”写新篇章",
    "实现“十四五”规划目标任务的关键一年",
    "踏遍千山万水的执着",
    "“七个一”行动等结对帮扶机制",
    "成立初高中“1+3”四年一贯制试点班",
    "奎屯市三公里半“零工市场”",
    "五年级学生穆妮热",
    "乡村五人制足球超级联赛",
    "引进头部 MCN 机构，借助新引进的3D成像设备",
    "一带一路倡议",
    "百姓富足、安居祥和",
    "跨越万里的互动",
    "点亮万个微心愿",
    "韩红爱心·百人援疆",
    "各援疆省市和新疆各族群众三交形式",
    "拿出百分百的热诚与干劲",
    "吉里于孜镇五道桥居委会墩买里路二巷66号",
    "奎屯市第二中学青年教师",
    "第一时间组织调研",
    "产销两旺，两地交流，两大民生领域",
]


@pytest.mark.parametrize("text", NOT_FIGURES_IN_PROSE)
def test_not_figures_in_prose(text):
    assert [f.text for f in find_figures(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "一批",
        "一期",
        "一个个",
        "统一",
        "千万工程",
        "95后",
        "5A级",
        "8+1+1",
        "“十四五”",
        "万吨吨",
        "3万吨吨",
        "abc",
        "",
        "   ",
        "一个",
        "3D",
    ],
)
def test_parse_rejects_non_figures(text):
    with pytest.raises(FigureError) as caught:
        parse(text)
    message = str(caught.value)
    assert "\n" not in message
    if text.strip():
        assert text.strip() in message


def test_ordinal_is_kept_as_ordinal():
    (figure,) = find_figures("第十一批徐州援疆工作组")
    assert (figure.kind, figure.nominal, figure.written_unit) == ("ordinal", 11, "批")


def test_figure_error_names_unknown_unit():
    with pytest.raises(FigureError, match='unknown unit "万吨吨"'):
        parse("3万吨吨")


# --- implied precision --------------------------------------------------------


def test_rounded_figure_agrees_with_its_precise_value():
    rounded = parse("1.2万人次")
    assert rounded.overlaps(parse("12,340人次"))
    assert not rounded.overlaps(parse("13,000人次"))
    assert rounded.contains(Fraction(12340)) and not rounded.contains(Fraction(12500))


def test_implied_precision_can_be_switched_off():
    figure = parse("1.2万人次", implied_precision=False)
    assert (figure.low, figure.high) == (12000, 12000)
    assert not figure.overlaps(parse("12,340人次"))
    found = find_figures("累计培训1.2万人次", implied_precision=False)
    assert [(f.low, f.high) for f in found] == [(12000, 12000)]


def test_plain_integers_stay_exact():
    assert (parse("15个").low, parse("15个").high) == (15, 15)


def test_approximate_tolerance_is_the_documented_constant():
    figure = parse("约1000人")
    assert (figure.low, figure.high) == (1000 * (1 - APPROXIMATE_TOLERANCE), 1000 * (1 + APPROXIMATE_TOLERANCE))


# --- units and dimensions -------------------------------------------------------


def test_yi_and_wan_yuan_are_the_same_amount():
    assert parse("1.36亿元").nominal == parse("13600万元").nominal == 136_000_000
    assert convert(Fraction("1.36"), "亿元", "万元") == 13600


def test_square_meters_convert_to_mu():
    assert convert(Fraction(4), "万平方米", "亩") == 60
    assert convert(Fraction(1), "亩", "平方米") == Fraction(2000, 3)
    assert convert(Fraction(1), "公里", "km") == 1
    assert convert(Fraction(1), "公顷", "亩") == 15


def test_dimension_mismatch_is_reported_not_crashed():
    with pytest.raises(UnitMismatch, match=r"cannot compare 元 \(\[currency_CNY\]\) with 人次 \(\[person_time\]\)"):
        convert(Fraction(1), "元", "人次")
    with pytest.raises(UnitMismatch):
        parse("4500元").overlaps(parse("4500人次"))
    assert not parse("4500元").same_dimension(parse("4500人次"))


def test_persons_are_not_person_times():
    assert not parse("3200人").same_dimension(parse("3200人次"))
    assert parse("3200人").same_dimension(parse("3200名"))


def test_currencies_never_convert():
    with pytest.raises(UnitMismatch):
        convert(Fraction(1), "元", "美元")
    assert not parse("$2.6 million").same_dimension(parse("260万元"))


def test_measure_words_share_one_dimension():
    assert parse("15个").overlaps(parse("15项"))
    assert not parse("15个").same_dimension(parse("15%"))


def test_a_year_is_not_a_span():
    assert not parse("2023年").same_dimension(parse("12年"))
    assert parse("2023年").overlaps(parse("2023年4月"))
    assert not parse("2023年").overlaps(parse("2024年"))


def test_unit_factor_and_registry():
    assert unit_factor("万元") == (Fraction(10000), "CNY", "[currency_CNY]")
    assert unit_factor("亩") == (Fraction(2000, 3), "square_meter", "[length] ** 2")
    assert unit_factor("人次")[1:] == ("person_time", "[person_time]")
    assert unit_factor("TEU") == unit_factor("标箱")
    assert registry() is registry()
    with pytest.raises(UnknownUnit):
        unit_factor("吨吨")
    with pytest.raises(KeyError):
        unit_factor("furlongs_per_fortnight")


def test_format_quantity():
    assert format_quantity(Fraction(1080000), "CNY") == "1,080,000 CNY"
    assert format_quantity(Fraction(40000), "square_meter") == "40,000 m²"
    assert format_quantity(Fraction(60), "亩") == "60 亩"


# --- calendar -------------------------------------------------------------------


def test_relative_dates_resolve_against_publication_year():
    figure = parse("去年8月")
    assert figure.calendar == CalendarRef(None, 8, None, -1)
    resolved = figure.resolve(2024)
    assert (resolved.kind, resolved.low, resolved.high) == ("date", 20230801, 20230831)
    assert parse("今年9月1日").calendar.resolve(2024) == CalendarRef(2024, 9, 1)


def test_invalid_dates_are_not_figures():
    with pytest.raises(FigureError):
        parse("2023年2月30日")


# --- JSON -----------------------------------------------------------------------


def test_json_fields_are_stable_and_exact():
    data = figure_json(parse("28.39%"))
    for field in (
        "text",
        "kind",
        "low",
        "high",
        "low_inclusive",
        "high_inclusive",
        "unit",
        "dimension",
        "qualifier",
        "direction",
        "low_exact",
        "high_exact",
        "nominal_exact",
    ):
        assert field in data
    # Numbers a program can use, and each exactly as a string beside it.
    assert (data["low"], data["high"], data["unit"]) == (28.385, 28.395, "percent")
    assert (data["low_exact"], data["high_exact"]) == ("28.385", "28.395")
    assert figure_json(parse("超90%"))["high"] is None
    acres = figure_json(parse("2.5万亩"))
    assert (acres["low"], acres["low_exact"]) == (16333333.333333334, "49000000/3")
    assert figure_json(parse("15280万元"))["nominal"] == 152800000
    assert figure_json(parse("下降3.2%"))["direction"] == "fall"


# --- format_number --------------------------------------------------------------


@pytest.mark.parametrize(
    "value,text",
    [
        (Fraction(1080000), "1080000"),
        (Fraction(1, 2), "0.5"),
        (Fraction("28.39"), "28.39"),
        (Fraction(2000, 3), "2000/3"),
        (Fraction(-5, 4), "-1.25"),
        (Fraction(0), "0"),
    ],
)
def test_format_number(value, text):
    assert format_number(value) == text


# --- properties -----------------------------------------------------------------

_PIECES = list(
    "0123456789.,%-~至到万亿千百十一二两三四五六七八九〇零年月日号周个名人次元亩吨多余近超约以上下左右第今去前 $mkb百分之点半来间后级+AD时"
) + [
    "more than ",
    "about ",
    " million",
    " people",
    "平方米",
    "人次",
    "万元",
    "周年",
    "个月",
    "dollars",
    "以来",
    "至今",
    "１",
    "％",
]
figure_like_text = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(figure_like_text, st.text(max_size=30)))
def test_parse_raises_only_figure_error(text):
    try:
        figure = parse(text)
    except FigureError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(figure, Figure)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(figure_like_text, st.text(max_size=40)))
def test_find_figures_spans_are_exact_sorted_and_disjoint(text):
    end = 0
    for figure in find_figures(text):
        assert text[figure.start : figure.end] == figure.text
        assert figure.start >= end
        end = figure.end


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=0, max_value=8))
def test_format_number_parse_round_trip(numerator, places):
    value = Fraction(numerator, 10**places)
    text = format_number(value)
    assert Fraction(text) == value
    figure = parse(text, implied_precision=False)
    assert figure.nominal == value
    assert figure.low == figure.high == value


@settings(max_examples=200, deadline=None)
@given(st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**4))
def test_format_number_is_exact(value):
    assert Fraction(format_number(value)) == value


def test_importing_figures_does_not_import_pint():
    code = "import sys, auditor.figures; auditor.figures.find_figures('两地一批'); print('pint' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_tonnes_written_as_t():
    assert (parse("5t").low, parse("5t").unit) == (5, "tonne")
    assert parse("300 t").nominal == 300
    assert [f.text for f in find_figures("运输300 t棉纱, 3rd time")] == ["300 t"]


@pytest.mark.parametrize(
    ("written", "value", "shown"),
    [
        ("5800万元", 57_000_000, "5700万元"),  # a sum of components, in the total's own scale
        ("3.81亿元", 371_000_000, "3.71亿元"),
        ("约5800万元", 57_000_000, "5700万元"),  # the qualifier belongs to the figure, not to the sum
        ("US$12.4 million", 12_300_000, "US$12.3 million"),
        ("1,200 tonnes", 1_100, "1,100 tonnes"),
        ("15个", 14, "14个"),
        ("3.81亿元", Fraction(1, 3), "≈0.33 CNY"),  # no short decimal in the figure's scale: base units
        ("一千万元", 9_000_000, "9,000,000 CNY"),  # not written in digits: base units
        (
            "20余万元",
            200_000,
            "20万元",
        ),  # a qualifier after the number (余, 以上, 多, +) is the figure's, not the value's
        ("290万元以上", 100_000, "10万元"),
        ("1600多名", 200, "200名"),
        ("5,700+ people", 300, "300 people"),
        ("负5万元", -30_000, "-3万元"),  # the sign is a word: the scale is still 万
        ("负5万元", 60_000, "6万元"),
        ("USD 2.6 million", 2_500_000, "USD 2.5 million"),  # a currency code stays
        ("$12.4 million", -3_000_000, "-$3 million"),
    ],
)
def test_values_are_shown_in_the_units_the_article_wrote(written, value, shown):
    from auditor.formatting import format_like

    assert format_like(Fraction(value), parse(written)) == shown


def test_a_bare_number_counting_members_of_a_group_is_read_and_other_bare_numbers_are_not():
    text = "Last year 4,312 children signed up, and 2,968 of them, or 71.8%, finished. Route 66 reopened in 12 days."
    found = [(f.text, f.dimension) for f in find_figures(text)]
    assert found == [("4,312 children", "[person]"), ("2,968", ""), ("71.8%", "[percent]"), ("12 days", "[time]")]


def test_a_number_restated_as_a_share_after_or_does_not_take_the_percent_sign():
    # ", or" restates the number as a share; it is no list sharing the unit (as in "5, 6 or 7 percent")
    text = "PRT employs 214 bus operators. Of those, 38, or 21.4%, have finished the course."
    found = [(f.text, f.dimension) for f in find_figures(text)]
    assert found == [("214 bus operators", "[count]"), ("38", ""), ("21.4%", "[percent]")]
    assert [(f.text, f.dimension) for f in find_figures("Fares may rise 5, 6 or 7 percent.")] == [
        ("5", "[percent]"),
        ("6", "[percent]"),
        ("7 percent", "[percent]"),
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # after "of whom", and each member counted with what is said of it
        (
            "The clinic saw 1,794 people, of whom 402 are children, 1,047 are adults under 65 and 318 are 65 or older.",
            ["1,794 people", "402", "1,047", "under 65", "318"],
        ),
        # a sentence opening with the group: "Of the 214 homes …,"
        (
            "Of the 214 homes the fire destroyed, 79 have been rebuilt and the last 36 are still in design.",
            ["214 homes", "79", "36"],
        ),
        # no group named before it in its sentence: a bare number stays unread
        ("Of the homes, most were rebuilt. Then 79 were sold and 36 are empty.", []),
        ("Route 66 were closed for 12 days.", ["12 days"]),
    ],
)
def test_bare_numbers_counting_members_of_a_group_named_before_them_are_read(text, read):
    assert [f.text for f in find_figures(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # later members of a list whose first names what it counts, each set apart by a preposition
        (
            "It served 412 patients in March and 380 in April; 4,120 households wait for vouchers and 2,795 for "
            "housing — 6,915 in all.",
            [
                ("412 patients", "[person]"),
                ("380", ""),
                ("4,120 households", "[household]"),
                ("2,795", ""),
                ("6,915", ""),
            ],
        ),
        # the list's total after ", a total of"
        (
            "There are 412 licenses in Eastgate, 305 in Millbrook and 218 in Southport, a total of 935.",
            [("412 licenses", "[count]"), ("305", ""), ("218", ""), ("935", "")],
        ),
        # "a total of" with no counted list before it: unread
        ("The total is 1,386, and a total of 935.", []),
        # a year, a member after money, or a number with nothing after it that sets it apart: unread
        (
            "It served 40 patients in 2019 and 2020 in all.",
            [("40 patients", "[person]"), ("2019", "[calendar]"), ("2020", "[calendar]")],
        ),
        ("It spent $1.2 million on roads and 3 on parks.", [("$1.2 million", "[currency_USD]")]),
        ("It served 40 patients and 3 nurses said so, and 12.", [("40 patients", "[person]"), ("3 nurses", "[count]")]),
        # a change's base after "up / down from", of the things counted before it
        (
            "Officers wrote 28,900 citations last year, down from 34,100 in 2023, and the shelter took in 4,620 "
            "animals, up from 4,180.",
            [
                ("28,900 citations", "[count]"),
                ("34,100", ""),
                ("2023", "[calendar]"),
                ("4,620 animals", "[count]"),
                ("4,180", ""),
            ],
        ),
        # "from" with no change before it, or nothing counted before it: unread
        ("Tickets run from 1,200 to 3,400 in all. Revenue rose, up from 2,100.", []),
        # a member of a group named before it, with its share
        (
            "Of the 3,340 trees, 2,040, or 64.1 percent, went into low-canopy tracts.",
            [("3,340 trees", "[count]"), ("2,040", ""), ("64.1 percent", "[percent]")],
        ),
    ],
)
def test_bare_numbers_later_in_a_list_of_counted_things_count_them_too(text, read):
    assert [(f.text, f.dimension) for f in find_figures(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("将有68.3万群众喝上自来水", [("68.3万群众", "[person]")]),
        ("惠及沿线12万居民和3000农户", [("12万居民", "[person]"), ("3000农户", "[household]")]),
        # the noun begins a longer word: not what is counted
        ("新建5万平方米居民楼，成立3个学生会", [("5万平方米", "[length] ** 2"), ("3个", "[count]")]),
        ("规划可住5万居民楼宇", [("5万", "")]),
    ],
)
def test_chinese_nouns_that_count_people_after_a_number_are_its_unit(text, read):
    assert [(f.text, f.dimension) for f in find_figures(text)] == read


def test_a_full_width_comma_between_digit_groups_leaves_the_number_unread():
    from auditor.figures.prose import read_prose

    reading = read_prose("截至2020年，投资收益额1，135.77亿元，投资收益率10.95%。2023年1，135家企业完成改造。")
    assert [f.text for f in reading.figures] == ["2020年", "10.95%", "2023年", "135家"]
    assert [(u.text, u.malformed) for u in reading.unread] == [("1，135.77", True)]


def test_an_amount_with_its_currency_before_a_full_width_comma_is_an_amount_of_its_own():
    from auditor.figures.prose import read_prose

    reading = read_prose("在下面的价格中选一个，$20，300美圆")
    assert [f.text for f in reading.figures] == ["$20", "300美圆"]
    assert reading.unread == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the magnitude written once after the second amount is the first one's too; each is its own figure
        ("It grew from $7.64 to $10.11 billion.", [("$7.64", 7_640_000_000), ("$10.11 billion", 10_110_000_000)]),
        ("from €3.1 to €4.2 million", [("€3.1", 3_100_000), ("€4.2 million", 4_200_000)]),
        # without "from" the two ends are one range, the sign written on both
        ("It will cost $40 to $55 million a year.", [("$40 to $55 million a year", 40_000_000)]),
        # no magnitude word, or one on each: nothing to share
        ("Fares rose from $5 to $7.", [("$5", 5), ("$7", 7)]),
        ("from $5 million to $7 billion", [("$5 million", 5_000_000), ("$7 billion", 7_000_000_000)]),
    ],
)
def test_two_amounts_with_one_magnitude_word_after_the_second_share_it(text, values):
    assert [(f.text, f.nominal) for f in find_figures(text)] == values


def test_a_range_whose_second_end_is_no_numeral_is_no_range():
    # found by the property test: the second end, 万万, is no numeral; the reader says so instead of crashing
    with pytest.raises(FigureError):
        parse("000万元-万万m")


def test_a_number_written_in_two_magnitude_words_is_read_whole():
    # 8万7千 is 87,000: reading only 7千 would misread it
    found = [(f.text, float(f.nominal)) for f in find_figures("馆藏总量约8万7千余册，参观3万5千人次，投资2亿3千万元。")]
    assert found == [("约8万7千余册", 87000.0), ("3万5千人次", 35000.0), ("2亿3千万元", 230000000.0)]
    # as many smaller words as it has, and 千 before 米 after 万 is a magnitude (35,000 metres), not 千米
    found = [(f.text, float(f.nominal)) for f in find_figures("善款1万2千3百元，其中个人8千3百元。线路全长3万5千米。")]
    assert found == [("1万2千3百元", 12300.0), ("8千3百元", 8300.0), ("3万5千米", 35000.0)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Arden, incorporated in 1869, celebrates", [("1869", "[calendar]")]),
        ("The church, built in 1885 by settlers, reopened.", [("1885", "[calendar]")]),
        ("It has stood since 1888.", [("1888", "[calendar]")]),
        # no founding verb before it, or a count after it: no year
        ("The vote was in 1869 and more.", []),
        ("Founded in 1869 homes across the county.", [("1869 homes", "[count]")]),
    ],
)
def test_an_english_year_before_1900_is_read_after_the_verb_of_a_founding(text, read):
    assert [(f.text, f.dimension) for f in find_figures(text)] == read


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("相当于全年的三分之一左右。", "左右", 30, Fraction(110, 3)),
        ("三分之二以上的村", "以上", Fraction(200, 3), None),
    ],
)
def test_a_fraction_takes_the_qualifier_after_it(text, qualifier, low, high):
    (figure,) = find_figures(text)
    assert (figure.qualifier, figure.low, figure.high) == (qualifier, low, high)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a bare number before "of the N things": members of that whole
        ("By year-end, 540 of the 820 streetlights had LED fixtures.", [("540", ""), ("820 streetlights", "[count]")]),
        # a list after the total's year and a colon; a count written with its comma is never a year
        (
            "Inspectors issued 12,600 notices in 2024: 7,300 for lots and 1,900 for other violations.",
            [("12,600 notices", "[count]"), ("2024", "[calendar]"), ("7,300", ""), ("1,900", "")],
        ),
    ],
)
def test_bare_counts_of_a_whole_named_after_them_or_listed_after_its_year_are_read(text, read):
    assert [(f.text, f.dimension) for f in find_figures(text)] == read


def test_chutou_after_a_figure_is_a_little_over_it():
    (figure,) = find_figures("人均体育场地面积2.6平方米出头")
    assert (figure.text, figure.qualifier, figure.low, figure.high) == (
        "2.6平方米出头",
        "出头",
        Fraction(13, 5),
        Fraction(27, 10),
    )


def test_a_dash_typed_as_two_hyphens_is_no_minus_sign():
    assert [(f.text, f.nominal) for f in find_figures("the single-largest grant--$4.2 million--went to Education")] == [
        ("$4.2 million", 4_200_000)
    ]
    assert [f.nominal for f in find_figures("a loss of -$4.2 million")] == [-4_200_000]


def test_a_year_earlier_is_a_time_before_not_a_rate():
    found = [
        (f.text, f.unit) for f in find_figures("It sold 455 passes, up from 412 a year earlier. Fees cost $15 a year.")
    ]
    assert found == [("455 passes", "count"), ("412", ""), ("$15 a year", "USD/year")]


def test_a_singular_unit_before_a_plural_noun_leaves_the_number_unread():
    from auditor.figures.prose import read_prose

    # "320 yard trees" counts trees planted in yards; "20 pound bags" are bags of 20 pounds each: the words do not
    # say which, so neither is read as a length or a weight. "a 300 yard stretch" and "40 yards" are lengths.
    reading = read_prose(
        "The fall count is made up of 1,060 street trees, 470 park trees and 320 yard trees. "
        "The pantry gave out 20 pound bags along a 300 yard stretch, 40 yards from the door."
    )
    assert [f.text for f in reading.figures] == ["1,060 street trees", "470 park trees", "300 yard", "40 yards"]
    assert [(u.text, u.reason) for u in reading.unread] == [
        ("320 yard trees", '"yard trees": yard names the things counted or the size of each'),
        ("20 pound bags", '"pound bags": pound names the things counted or the size of each'),
    ]


def test_an_english_year_before_1900_is_read_when_a_time_back_from_it_follows():
    from auditor.figures.prose import read_prose

    # "in 1896, 118 years ago": the years ago say 1896 is a year; "1871 residents" stays a count
    reading = read_prose("The town lit its streets with arc lamps in 1896, 118 years ago. It had 1871 residents.")
    assert [(f.text, f.kind) for f in reading.figures] == [
        ("1896", "year"),
        ("118 years", "span"),
        ("1871 residents", "quantity"),
    ]


def test_a_rise_verb_that_completes_a_verb_of_work_is_no_change():
    from auditor.figures.prose import read_prose

    # 改造提升 is "renovated and upgraded": a count of work done; 同比提升12% is a rise
    reading = read_prose("全市新建公厕91座、改造提升156座，收入同比提升12%，整治提升村庄32个。")
    assert [(f.text, f.direction) for f in reading.figures] == [
        ("91座", None),
        ("156座", None),
        ("12%", 1),
        ("32个", None),
    ]


def test_an_acronym_before_a_counted_noun_and_a_bare_count_with_its_share_of_a_counted_whole():
    from auditor.figures.prose import read_prose

    reading = read_prose(
        "With 11,460 LED lights up, we pay less. Crews brought the city's total to 11,640, or 81.5 percent of its "
        "14,280 lights. In 2024 LED prices fell."
    )
    assert [(f.text, f.dimension) for f in reading.figures] == [
        ("11,460 LED lights", "[count]"),
        ("11,640", ""),
        ("81.5 percent", "[percent]"),
        ("14,280 lights", "[count]"),
        ("2024", "[calendar]"),
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a year before the data it dates is no count of them
        ("ONS has released 2012 divorce statistics today.", []),
        ("It is the first time that 2013 annual figures are out.", []),
        ("It sold 2,012 figures.", ["2,012 figures"]),
        # a service line's number names the line
        ("Cell phones placed 84,310 of the 911 calls, or 87.4 percent.", ["84,310", "87.4 percent"]),
        # a possessive before a count is no label
        ('"Our 11,840 members carried us," she said.', ["11,840 members"]),
        # members of a group the sentence named, their verbs left out after the first
        (
            "It hauled 3,120 piles in 2024, of which 1,940 came in the spring and 1,280 in the fall.",
            ["3,120 piles", "2024", "1,940", "1,280"],
        ),
        (
            "Of the 37 applications received in the spring round, 21 came from crop farms, 9 from dairies and the other 5 from orchards.",
            ["37 applications", "21", "9", "5"],
        ),
        ("Of the 1,410 acres, 960 were cropland, 290 pasture and 160 woodland.", ["1,410 acres", "960", "290", "160"]),
        # "split between" shares out a list; it opens no range
        (
            "The $3.26 million is split between $1.74 million from the levy and $0.98 million in grants.",
            ["$3.26 million", "$1.74 million", "$0.98 million"],
        ),
        # a program's name before the counted noun; never a name after a year
        (
            "It closed 127 Home Repair Assistance loans and 43 Storefront Renewal grants.",
            ["127 Home Repair Assistance loans", "43 Storefront Renewal grants"],
        ),
        ("In 2019 Boston voters approved it.", ["2019"]),
        # after in / since a year, not a count of what follows: "aims" is the law's verb
        (
            "A law passed in 2013 aims to raise it; one passed in 2011 requiring schools to serve meals.",
            ["2013", "2011"],
        ),
        # a verb after the counted noun is no part of it
        ("The class of 1,126 graduates includes 648 nurses.", ["1,126 graduates", "648 nurses"]),
        # members listed right after "broke down as"
        (
            "The 9,410 visits broke down as 5,120 for lap swim and 4,290 for lessons.",
            ["9,410 visits", "5,120", "4,290"],
        ),
    ],
)
def test_counts_years_labels_and_members_in_english_prose(text, read):
    assert [f.text for f in find_figures(text)] == read


@pytest.mark.parametrize(
    "text, read",
    [
        # members named by their kind, the list's noun only after its last: each counts that noun
        (
            "It has 62 one-bedroom, 84 two-bedroom and 38 three-bedroom apartments.",
            [
                ("62 one-bedroom", "one-bedroom apartments"),
                ("84 two-bedroom", "two-bedroom apartments"),
                ("38 three-bedroom apartments", "three-bedroom apartments"),
            ],
        ),
        (
            "The district has 22 schools: 14 elementary, four middle and three high schools.",
            [
                ("22 schools", "schools"),
                ("14 elementary", "elementary schools"),
                ("four middle", "middle schools"),
                ("three high schools", "high schools"),
            ],
        ),
        # a member whose own noun follows it names its own thing; a comma and a year is no count before a word
        ("We saw 62 one-bedroom, 84 units and 3 houses.", [("84 units", "units"), ("3 houses", "houses")]),
        (
            "It was the worst fire since 2015, seven years earlier.",
            [("2015", ""), ("seven years", "years")],
        ),
    ],
)
def test_list_members_named_by_kind_count_the_noun_after_the_last(text, read):
    assert [(f.text, f.written_unit) for f in find_figures(text)] == read


def test_members_shared_out_in_brackets_or_after_with_and_a_year_after_the():
    text = "The 2023 incidents were split among police with 71,420 and fire with 8,630. The 8,640 acres were split among wetlands (4,310) and pasture (3,120)."
    assert [f.text for f in find_figures(text)] == ["71,420", "8,630", "8,640 acres", "4,310", "3,120"]
    assert [f.text for f in find_figures("The room holds 40 people (with 20 chairs).")] == ["40 people", "20 chairs"]
