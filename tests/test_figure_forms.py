"""The forms news prints, read in prose and in span mode alike: exact intervals, units, qualifiers, directions.

Each row is one figure as it stands in a sentence. In prose the figure must be
found with exactly the text given (the sentence around it is the row's
context); `parse` of that text must give the same reading. Bounds are exact
strings in base units (Fraction syntax); None is an unbounded side.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from auditor.figures import FALL, RISE, FigureError, find_figures, parse, read_prose

# (sentence, figure as written, kind, low, high, low_inclusive, high_inclusive, unit, qualifier, direction)
FORMS = [
    # ranges keep both ends; a magnitude word after the second end applies to both
    ("补贴两到三万港元。", "两到三万港元", "quantity", "20000", "30000", True, True, "HKD", "至", None),
    (
        "总投资一百二十到一百五十万元。",
        "一百二十到一百五十万元",
        "quantity",
        "1200000",
        "1500000",
        True,
        True,
        "CNY",
        "至",
        None,
    ),
    ("每户补助1万元-5万元。", "1万元-5万元", "quantity", "10000", "50000", True, True, "CNY", "至", None),
    ("工期三至五年。", "三至五年", "span", "3", "5", True, True, "year", "至", None),
    (
        "Each tank holds 3 to 4 L of water.",
        "3 to 4 L",
        "quantity",
        "3/1000",
        "1/250",
        True,
        True,
        "cubic_meter",
        "至",
        None,
    ),
    (
        "It hired between 20 and 30 people.",
        "between 20 and 30 people",
        "quantity",
        "20",
        "30",
        True,
        True,
        "person",
        "between",
        None,
    ),
    ("利润率为20-30%。", "20-30%", "percent", "20", "30", True, True, "percent", "至", None),
    # signs and directions: a fall is never an increase
    ("增速为-22.2%。", "-22.2%", "percent", "-22.25", "-22.15", True, False, "percent", None, None),
    ("利润负3.9%。", "负3.9%", "percent", "-3.95", "-3.85", True, False, "percent", None, None),
    ("出口同比增长-2.2%。", "-2.2%", "percent", "-2.25", "-2.15", True, False, "percent", None, RISE),
    ("工业增加值下降23.2%。", "23.2%", "percent", "23.15", "23.25", True, False, "percent", None, FALL),
    ("贫困人口减少了1200人。", "1200人", "quantity", "1200", "1200", True, True, "person", None, FALL),
    ("Sales fell 4% last year.", "4%", "percent", "4", "4", True, True, "percent", None, FALL),
    ("Ridership was down 4% in May.", "4%", "percent", "4", "4", True, True, "percent", None, FALL),
    # a verb's particle is no change: "signed up", "paid down"; "ramped up" is one
    ("The camp signed up 412 children.", "412 children", "quantity", "412", "412", True, True, "person", None, None),
    (
        "The town paid down $3 million of debt.",
        "$3 million",
        "quantity",
        "2500000",
        "3500000",
        True,
        False,
        "USD",
        None,
        None,
    ),
    ("Electric buses made up 18% of the fleet.", "18%", "percent", "18", "18", True, True, "percent", None, None),
    ("Service ramped up 30% in May.", "30%", "percent", "30", "30", True, True, "percent", None, RISE),
    ("The index closed up 2.4% on Monday.", "2.4%", "percent", "2.35", "2.45", True, False, "percent", None, RISE),
    # traditional characters in qualifiers and changes; 差不多 is about
    ("人數將超過80萬人。", "超過80萬人", "quantity", "800000", None, False, False, "person", "超过", None),
    ("出口同比增長5.2%。", "5.2%", "percent", "5.15", "5.25", True, False, "percent", None, RISE),
    ("距今差不多6年。", "差不多6年", "span", "27/5", "33/5", True, True, "year", "差不多", None),
    # a night is a day's length for a rate: per night, a night, each night (in base units: per year)
    ("Rooms cost $120 a night.", "$120 a night", "quantity", "43830", "43830", True, True, "USD/year", None, None),
    (
        "The stage held 3,200 seats each night.",
        "3,200 seats each night",
        "quantity",
        "1168800",
        "1168800",
        True,
        True,
        "count/year",
        None,
        None,
    ),
    (
        "Revenue rose by about 3% this year.",
        "about 3%",
        "percent",
        "27/10",
        "33/10",
        True,
        True,
        "percent",
        "about",
        RISE,
    ),
    ("The county saw a 12% increase in permits.", "12%", "percent", "12", "12", True, True, "percent", None, RISE),
    ("利率提高六个百分点。", "六个百分点", "quantity", "6", "6", True, True, "percentage_point", None, RISE),
    # 成, 折, 倍, 番, 分之
    # (a share in tenths is rounded to the tenth, as a figure rounded to tens is; 两成多: more than two tenths)
    ("三成居民参与。", "三成", "percent", "25", "35", True, False, "percent", None, None),
    ("约占用户总数的两成多。", "两成多", "percent", "20", "30", True, False, "percent", "多", None),
    ("满意度超九成。", "超九成", "percent", "90", None, False, False, "percent", "超", None),
    ("近八成受访者认可。", "近八成", "percent", "72", "80", True, False, "percent", "近", None),
    ("六成以上农户增收。", "六成以上", "percent", "60", None, True, False, "percent", "以上", None),
    ("商品打五折。", "五折", "percent", "50", "50", True, True, "percent", None, None),
    ("门票八五折。", "八五折", "percent", "85", "85", True, True, "percent", None, None),
    ("产值是去年的1.86倍。", "1.86倍", "multiple", "371/200", "373/200", True, False, "times", None, None),
    ("收入翻一番。", "翻一番", "multiple", "2", "2", True, True, "times", None, RISE),
    ("产量翻两番。", "翻两番", "multiple", "4", "4", True, True, "times", None, RISE),
    ("三分之一的资金用于教育。", "三分之一", "percent", "100/3", "100/3", True, True, "percent", None, None),
    ("差错率千分之一。", "千分之一", "percent", "1/10", "1/10", True, True, "percent", None, None),
    ("抽检不合格率万分之三。", "万分之三", "percent", "3/100", "3/100", True, True, "percent", None, None),
    ("投资增长百分之五。", "百分之五", "percent", "5", "5", True, True, "percent", None, RISE),
    ("增长2.16和1.66个百分点。", "2.16", "quantity", "2.155", "2.165", True, False, "percentage_point", None, RISE),
    (
        "增长2.16和1.66个百分点。",
        "1.66个百分点",
        "quantity",
        "1.655",
        "1.665",
        True,
        False,
        "percentage_point",
        None,
        None,
    ),
    # vague and juxtaposed numerals
    ("投资数十亿元。", "数十亿元", "quantity", "2000000000", "10000000000", True, False, "CNY", "数", None),
    ("游客十几万人次。", "十几万人次", "quantity", "100000", "200000", True, False, "person_time", "几", None),
    ("带动几十万人就业。", "几十万人", "quantity", "200000", "1000000", True, False, "person", "几", None),
    ("筹得二十几万元。", "二十几万元", "quantity", "200000", "300000", True, False, "CNY", "几", None),
    ("每年接待三五百人。", "三五百人", "quantity", "300", "500", True, True, "person", "至", None),
    ("补助两三万元。", "两三万元", "quantity", "20000", "30000", True, True, "CNY", "至", None),
    # Chinese numerals with 零, halves
    ("共有一千零十户。", "一千零十户", "quantity", "1010", "1010", True, True, "household", None, None),
    ("收购十五斤半。", "十五斤半", "quantity", "31/4000", "31/4000", True, True, "tonne", None, None),
    ("运来一吨半。", "一吨半", "quantity", "3/2", "3/2", True, True, "tonne", None, None),
    ("已经营业半年了。", "半年", "span", "1/2", "1/2", True, True, "year", None, None),
    # one-character numerals when the words say they are amounts
    ("粮食近一吨。", "近一吨", "quantity", "9/10", "1", True, False, "tonne", "近", None),
    ("只要两美元。", "两美元", "quantity", "2", "2", True, True, "USD", None, None),
    ("年满18周岁。", "18周岁", "span", "18", "18", True, True, "year", None, None),
    # currencies
    ("Tickets cost HK$5.", "HK$5", "quantity", "5", "5", True, True, "HKD", None, None),
    ("A meal is NT$300.", "NT$300", "quantity", "300", "300", True, True, "TWD", None, None),
    ("It costs S$20.", "S$20", "quantity", "20", "20", True, True, "SGD", None, None),
    ("The fee is €125.", "€125", "quantity", "125", "125", True, True, "EUR", None, None),
    ("Rent is £350 a month.", "£350 a month", "quantity", "4200", "4200", True, True, "GBP/year", None, None),
    ("The price is EUR 125.", "EUR 125", "quantity", "125", "125", True, True, "EUR", None, None),
    ("A stamp is 45 cents.", "45 cents", "quantity", "9/20", "9/20", True, True, "USD", None, None),
    ("A bun is 20 pence.", "20 pence", "quantity", "1/5", "1/5", True, True, "GBP", None, None),
    ("出口额达5306亿台币。", "5306亿台币", "quantity", "530550000000", "530650000000", True, False, "TWD", None, None),
    ("折合300日元。", "300日元", "quantity", "300", "300", True, True, "JPY", None, None),
    ("约合8英镑。", "8英镑", "quantity", "8", "8", True, True, "GBP", None, None),
    ("价值100泰铢。", "100泰铢", "quantity", "100", "100", True, True, "THB", None, None),
    ("共10瑞士法郎。", "10瑞士法郎", "quantity", "10", "10", True, True, "CHF", None, None),
    ("这份套餐¥38。", "¥38", "quantity", "38", "38", True, True, "CNY", None, None),
    ("A bowl of ramen is ¥900 in Tokyo.", "¥900", "quantity", "900", "900", True, True, "JPY", None, None),
    # English number words, counted nouns, units
    ("It took three days.", "three days", "span", "3/365.25", "3/365.25", True, True, "year", None, None),
    ("Twenty-six people were hurt.", "Twenty-six people", "quantity", "26", "26", True, True, "person", None, None),
    ("He paid five million yen.", "five million yen", "quantity", "4500000", "5500000", True, False, "JPY", None, None),
    (
        "The plan saves 2,000 residents.",
        "2,000 residents",
        "quantity",
        "2000",
        "2000",
        True,
        True,
        "person",
        None,
        None,
    ),
    (
        "The city hired 14 police officers.",
        "14 police officers",
        "quantity",
        "14",
        "14",
        True,
        True,
        "person",
        None,
        None,
    ),
    ("The plant will add 300 jobs.", "300 jobs", "quantity", "300", "300", True, True, "count", None, RISE),
    ("The plant has 300 jobs.", "300 jobs", "quantity", "300", "300", True, True, "count", None, None),
    ("There are 16 vacant positions.", "16 vacant positions", "quantity", "16", "16", True, True, "count", None, None),
    ("Taxes rose 5 per cent.", "5 per cent", "percent", "5", "5", True, True, "percent", None, RISE),
    (
        "Turnout fell 3 percentage points.",
        "3 percentage points",
        "quantity",
        "3",
        "3",
        True,
        True,
        "percentage_point",
        None,
        FALL,
    ),
    (
        "The trail is 12 miles long.",
        "12 miles",
        "quantity",
        "2414016/125",
        "2414016/125",
        True,
        True,
        "meter",
        None,
        None,
    ),
    (
        "The park covers 3 square miles.",
        "3 square miles",
        "quantity",
        "121405692672/15625",
        "121405692672/15625",
        True,
        True,
        "square_meter",
        None,
        None,
    ),
    ("The district spans 5 km2.", "5 km2", "quantity", "5000000", "5000000", True, True, "square_meter", None, None),
    ("It shipped 7 metric tons.", "7 metric tons", "quantity", "7", "7", True, True, "tonne", None, None),
    ("Highs of 39°C are expected.", "39°C", "quantity", "39", "39", True, True, "degC", None, None),
    ("It was 20 degrees Celsius.", "20 degrees Celsius", "quantity", "20", "20", True, True, "degC", None, None),
    ("A 27-kilometer road opened.", "27-kilometer", "quantity", "27000", "27000", True, True, "meter", None, None),
    ("The 248-page report is out.", "248-page", "quantity", "248", "248", True, True, "count", None, None),
    ("A five-year plan passed.", "five-year", "span", "5", "5", True, True, "year", None, None),
    ("There are 150+ vendors.", "150+ vendors", "quantity", "150", None, True, False, "count", "+", None),
    ("The deal is worth $1.8m.", "$1.8m", "quantity", "1750000", "1850000", True, False, "USD", None, None),
    ("The boy, 7 years old, was unhurt.", "7 years old", "span", "7", "7", True, True, "year", None, None),
    ("The victim, aged 87, lived alone.", "aged 87", "span", "87", "87", True, True, "year", None, None),
    (
        "He is 5 feet 2 inches tall.",
        "5 feet 2 inches",
        "quantity",
        "3937/2500",
        "3937/2500",
        True,
        True,
        "meter",
        None,
        None,
    ),
    # English dates
    ("The vote is on June 18, 2024.", "June 18, 2024", "date", "20240618", "20240618", True, True, "date", None, None),
    ("It opens July 1.", "July 1", "relative-date", None, None, False, False, "date", None, None),
    ("The plant closed in 2019.", "2019", "year", "20190101", "20191231", True, True, "date", None, None),
    (
        "The budget for fiscal 2025 passed.",
        "fiscal 2025",
        "year",
        "20250101",
        "20251231",
        True,
        True,
        "date",
        "fiscal",
        None,
    ),
    ("The 2024-25 school year starts.", "2024-25", "year", "20240101", "20251231", True, True, "date", "至", None),
    # Chinese periods and date ranges
    ("2023年前三季度GDP增长5%。", "2023年前三季度", "date", "20230101", "20230930", True, True, "date", None, None),
    ("2017年上半年完成投资。", "2017年上半年", "date", "20170101", "20170630", True, True, "date", None, None),
    ("2024年1-11月进出口总额增长。", "2024年1-11月", "date", "20240101", "20241130", True, True, "date", "至", None),
    (
        "计费周期2019年6月1日-6月30日。",
        "2019年6月1日-6月30日",
        "date",
        "20190601",
        "20190630",
        True,
        True,
        "date",
        "至",
        None,
    ),
    ("2016-2018年累计投入。", "2016-2018年", "year", "20160101", "20181231", True, True, "date", "至", None),
    # temperatures, rates and per-unit figures: a rate is its own dimension
    ("最高气温39°C。", "39°C", "quantity", "39", "39", True, True, "degC", None, None),
    ("今天气温20摄氏度。", "20摄氏度", "quantity", "20", "20", True, True, "degC", None, None),
    ("当天气温35度。", "35度", "quantity", "35", "35", True, True, "degC", None, None),
    (
        "均价1.2万元/平方米。",
        "1.2万元/平方米",
        "quantity",
        "11500",
        "12500",
        True,
        False,
        "CNY/square_meter",
        None,
        None,
    ),
    ("风速35米/秒。", "35米/秒", "quantity", "1104516000", "1104516000", True, True, "meter/year", None, None),
    (
        "Speeds of 10km/hr are allowed.",
        "10km/hr",
        "quantity",
        "87660000",
        "87660000",
        True,
        True,
        "meter/year",
        None,
        None,
    ),
    (
        "Wages start at $15.4/hour.",
        "$15.4/hour",
        "quantity",
        "1345581/10",
        "1354347/10",
        True,
        False,
        "USD/year",
        None,
        None,
    ),
    (
        "The levy is $0.85 per $100 of value.",
        "$0.85 per $100",
        "quantity",
        "169/20000",
        "171/20000",
        True,
        False,
        "USD/USD",
        None,
        None,
    ),
    ("农民人均4500元。", "4500元", "quantity", "4500", "4500", True, True, "CNY/person", None, None),
    # qualifiers
    ("单笔1000元及以上。", "1000元及以上", "quantity", "1000", None, True, False, "CNY", "及以上", None),
    ("失业率低于5%。", "低于5%", "percent", "0", "5", True, False, "percent", "低于", None),
    ("参会人数超过了300人。", "超过了300人", "quantity", "300", None, False, False, "person", "超过了", None),
    ("At least 20 people came.", "At least 20 people", "quantity", "20", None, True, False, "person", "at least", None),
    ("Under 30 people came.", "Under 30 people", "quantity", "0", "30", True, False, "person", "under", None),
    ("年龄不小于三十岁。", "不小于三十岁", "span", "30", None, True, False, "year", "不小于", None),
    # measures written with a spaced symbol, a misspelt scale, a Greek mu, a named speed
    ("The wall is 12 m high.", "12 m", "quantity", "12", "12", True, True, "meter", None, None),
    ("Each cell is 1 m x 1 m.", "1 m", "quantity", "1", "1", True, True, "meter", None, None),
    ("It was 40 deg celsius at noon.", "40 deg celsius", "quantity", "40", "40", True, True, "degC", None, None),
    (
        "A fever of 101 degrees farenheit.",
        "101 degrees farenheit",
        "quantity",
        "101",
        "101",
        True,
        True,
        "degF",
        None,
        None,
    ),
    (
        "Each dose holds 120 μg of it.",
        "120 μg",
        "quantity",
        "3/25000000000",
        "3/25000000000",
        True,
        True,
        "tonne",
        None,
        None,
    ),
    (
        "Gusts reached 60 mph.",
        "60 mph",
        "quantity",
        "21161264256/25",
        "21161264256/25",
        True,
        True,
        "meter/year",
        None,
        None,
    ),
    ("Each block now pays 6 BTC.", "6 BTC", "quantity", "6", "6", True, True, "BTC", None, None),
    # "million pounds" is sterling in a sentence about money and nothing weighed; a bare bound (大于50)
    (
        "Operating profit rose to 361 million pounds.",
        "361 million pounds",
        "quantity",
        "360500000",
        "361500000",
        True,
        False,
        "GBP",
        None,
        None,
    ),
    ("样本数量大于50的项目。", "大于50", "quantity", "50", None, False, False, "", "大于", None),
    # English multiples: "times" before what is multiplied or compared
    (
        "Sales were 2.5 times the 2022 level.",
        "2.5 times",
        "multiple",
        "49/20",
        "51/20",
        True,
        False,
        "times",
        None,
        None,
    ),
    ("Exports grew three times more.", "three times more", "multiple", "3", "3", True, True, "times", None, RISE),
    # 多/余 between two magnitude words, 千/百 before 万/亿, spoken 个亿
    (
        "全国税收收入21万多亿元。",
        "21万多亿元",
        "quantity",
        "21000000000000",
        "22000000000000",
        True,
        False,
        "CNY",
        "多",
        None,
    ),
    ("资产规模达3千亿元。", "3千亿元", "quantity", "250000000000", "350000000000", True, False, "CNY", None, None),
    ("项目投资3个亿元。", "3个亿元", "quantity", "250000000", "350000000", True, False, "CNY", None, None),
    ("我有20个比特币。", "20个比特币", "quantity", "20", "20", True, True, "BTC", None, None),
    ("售价10日元5日本銭。", "10日元5日本銭", "quantity", "201/20", "201/20", True, True, "JPY", None, None),
    ("货物吞吐量突破1.4亿吨。", "突破1.4亿吨", "quantity", "140000000", None, False, False, "tonne", "突破", None),
    # two bounds on one quantity are one range
    ("每班最少20人，最多45人。", "最少20人，最多45人", "quantity", "20", "45", True, True, "person", "最少…最多", None),
    ("这些苹果最多100最少20个。", "最多100最少20个", "quantity", "20", "100", True, True, "count", "最多…最少", None),
    (
        "Each class has at least 20 and at most 30 pupils.",
        "at least 20 and at most 30 pupils",
        "quantity",
        "20",
        "30",
        True,
        True,
        "person",
        "at least…at most",
        None,
    ),
    # a year before 1900 after 在/于/公元
    ("寺庙于1040年建成。", "1040年", "year", "10400101", "10401231", True, True, "date", None, None),
]


def _exact(text: str | None) -> Fraction | None:
    if text is None:
        return None
    if "/" in text and "." in text.split("/")[1]:
        numerator, denominator = text.split("/")
        return Fraction(numerator) / Fraction(denominator)
    return Fraction(text)


def _reading(figure) -> tuple:
    return (
        figure.kind,
        figure.low,
        figure.high,
        figure.low_inclusive,
        figure.high_inclusive,
        figure.unit,
        figure.qualifier,
        figure.direction,
    )


@pytest.mark.parametrize("row", FORMS, ids=[row[1] for row in FORMS])
def test_form_is_read_in_prose(row):
    sentence, written, kind, low, high, low_inc, high_inc, unit, qualifier, direction = row
    found = [f for f in find_figures(sentence) if f.text == written]
    assert found, [f.text for f in find_figures(sentence)]
    assert _reading(found[0]) == (kind, _exact(low), _exact(high), low_inc, high_inc, unit, qualifier, direction)


@pytest.mark.parametrize("row", [r for r in FORMS if r[9] is None], ids=[r[1] for r in FORMS if r[9] is None])
def test_form_is_read_alike_in_span_mode(row):
    sentence, written, kind, low, high, low_inc, high_inc, unit, qualifier, _ = row
    (in_prose,) = [f for f in find_figures(sentence) if f.text == written]
    try:
        alone = parse(written)
    except FigureError:
        assert written in _CONTEXT_READ, written
        return
    if written in _CONTEXT_READ:
        return
    assert _reading(alone)[:7] == _reading(in_prose)[:7]


# Figures whose reading rests on their sentence: 35度 needs 气温, ¥ its language, 人均 comes before 4500元,
# an English year needs English around it, 2.16 takes its unit from the next figure of its list,
# a spaced "m" is metres only when a length follows it (12 m high, 1 m x 1 m), "million pounds" is sterling
# in a sentence about money, a year before 1900 is a year after 于.
_CONTEXT_READ = (
    "35度",
    "¥38",
    "¥900",
    "2019",
    "2024-25",
    "2.16",
    "4500元",
    "12 m",
    "1 m",
    "361 million pounds",
    "1040年",
)


@pytest.mark.parametrize("written", ["下降23.2%", "fell 4%", "增长百分之五"])
def test_span_mode_reads_a_change_with_its_direction(written):
    assert parse(written).direction in (RISE, FALL)


NOT_AMOUNTS = [
    "前二名的选手",
    "获得第三",
    "2024届毕业生",
    "增长率=(本期-上期)/上期×100%",
    "三次产业结构",
    "电话0991-1234567",
    "https://example.com/?q=30%25%2020%",
    "“十四五”规划",
    "per $100 of assessed value",
    "Route 66 runs west",
    "the 1990s",
    "COVID-19 cases",
    "一批新项目",
    "奎屯市三公里半“零工市场”",
    "上半年",
    "这两天",
    "一半的人",
    "He was arrested 3 times.",
    "She visited three times last year.",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_words_names_and_codes_are_not_amounts(text):
    assert [f.text for f in find_figures(text) if f.kind not in ("ordinal",)] == []


UNREAD = [
    ("The county paid $100,174,00 for it.", "$100,174,00", True),
    ("累计投资1,23,456万元。", "1,23,456", True),
    ("The tax rose to ¥200.", "¥200", False),
    ("温度计显示35度，角度未知。", None, None),  # 温度 names a temperature: read, not unread
    ("The hill rose 30 degrees.", "30 degrees", False),
    ("The deal was 1.8m.", "1.8m", False),
    ("The farm harvested 2 million pounds.", "2 million pounds", False),
    ("It cost 528 million francs.", "528 million francs", False),
    ("It paid 250 million Dutch guilders.", "250 million Dutch guilders", False),
    ("Fees were 10 Turkish lira.", "10 Turkish lira", False),
    ("They raised 12 m.", "12 m", False),
    ("The tower cost 100 ₡.", "100 ₡", False),
    ("转过360度。", "360度", False),
    ("The price starts at dollar 22.5 million.", "dollar 22.5 million", False),
    ("They had just 15 USD 50 more.", "15 USD 50", False),
]


@pytest.mark.parametrize(("sentence", "span", "malformed"), UNREAD, ids=[u[0] for u in UNREAD])
def test_what_cannot_be_read_with_confidence_is_unread_not_misread(sentence, span, malformed):
    reading = read_prose(sentence)
    if span is None:
        assert reading.unread == []
        return
    assert [(u.text, u.malformed) for u in reading.unread] == [(span, malformed)]
    assert not any(f.start < reading.unread[0].end and reading.unread[0].start < f.end for f in reading.figures)


def test_a_malformed_number_is_never_a_figure_a_thousand_times_too_small():
    assert find_figures("The county paid $100,174,00 for it.") == []
    with pytest.raises(FigureError, match="malformed number"):
        parse("$100,174,00")
