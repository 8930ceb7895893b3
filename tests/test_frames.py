"""Figure frames (place, period, kind), publication dates, slips of the pen, and the file discovery scan uses."""

from __future__ import annotations

import datetime
from fractions import Fraction
from pathlib import Path

import pytest

from auditor.discovery.frames import Frame, Period, frame_factor, frames_disagree
from auditor.discovery.pairs import document_sites
from auditor.discovery.reading import read_document as read_for_discovery
from auditor.discovery.values import slipped, transposed
from auditor.documents import Document
from auditor.places import places_in
from auditor.project import expand_paths
from auditor.published import publication_date


def frames(text: str, path: str = "a.txt") -> dict[str, Frame]:
    # A first line is read as the headline; the text under test is the body.
    document = Document(path, text if text.startswith("---") else "Headline\n\n" + text)
    return {site.figure.text: site.frame for site in document_sites(read_for_discovery(document))}


# ------------------------------------------------------------------ places


def test_places_come_from_the_gazetteers_with_short_forms_for_provinces_and_prefectures():
    text = "新疆伊犁州伊宁县、西安市和内蒙古，全国与我国；the United States and Japan"
    assert [(m.start, m.end, m.place) for m in places_in(text)] == [
        (0, 2, "新疆"),
        (2, 5, "伊犁"),
        (5, 8, "伊宁"),
        (9, 12, "西安"),
        (13, 16, "内蒙古"),
        (17, 19, "全国"),
        (20, 22, "全国"),
        (27, 40, "United States"),
        (45, 50, "Japan"),
    ]


def test_a_county_is_named_by_its_full_name_only():
    # 和平 (和平区) and 东方 (东方市) are ordinary words; only the full names are places.
    assert [m.place for m in places_in("和平发展，东方红；东方市")] == ["东方"]


def test_the_level_of_government_is_read_like_a_place_and_carried_from_the_sentence_before():
    found = frames(
        "中央一般公共预算支出150070亿元。收支总量相抵，中央财政赤字50900亿元。\n"
        "全国一般公共预算支出300100亿元（含中央预备费500亿元），增长4.4%。赤字58900亿元。\n"
        "地方财政赤字8000亿元。"
    )
    assert found["50900亿元"].places == frozenset({"中央"})
    assert found["58900亿元"].places == frozenset({"全国"})  # the sentence before opens with 全国
    assert found["8000亿元"].places == frozenset({"地方"})
    assert frames_disagree(found["50900亿元"], found["58900亿元"], True) == "different places: 中央 vs 全国"


# ------------------------------------------------------------------ periods and kinds


def test_the_period_is_read_before_the_figure_and_carried_through_the_paragraph():
    found = frames("今年前2个月全省进出口总值6.2万亿元，比去年同期增长13.3%。其中，出口3.47万亿元。\n")
    assert found["6.2万亿元"].period == Period("rel+0", "1-2")
    # 比去年同期 is the comparison's base, not the figure's period.
    assert found["13.3%"].period == Period("rel+0", "1-2")
    assert found["3.47万亿元"].period == Period("rel+0", "1-2")


@pytest.mark.parametrize(
    "text, figure, period",
    [
        ("1—11月份，利润总额79750.1亿元。", "79750.1亿元", Period(None, "1-11")),
        ("前三季度，原煤产量7.33亿吨。", "7.33亿吨", Period(None, "1-9")),
        ("截至2021年7月末，债务余额279901亿元。", "279901亿元", Period("2021", "end-7")),
        ("一季度，投资27576亿元。", "27576亿元", Period(None, "1-3")),
        ("上半年，收入120亿元。", "120亿元", Period(None, "1-6")),
        ("“十二五”期间，产能将突破1600万吨。", "突破1600万吨", Period("2011-2015", None)),
        ("In fiscal 2024 the county spent $41 million.", "$41 million", Period("FY2024", None)),
        ("In the year to June, sales rose by $4 million.", "$4 million", Period(None, "1-6")),
        ("For the 98-99 year the campus raised $18.5 million.", "$18.5 million", Period("1998-99", None)),
        ("In the 03-04 school year it enrolled 1,200 students.", "1,200 students", Period("2003-04", None)),
        # two two-digit numbers not of years in a row: no period
        ("After a 98-91 year opener it drew 4,300 fans.", "4,300 fans", Period(None, None)),
    ],
)
def test_periods_as_news_writes_them(text, figure, period):
    assert frames(text + "\n")[figure].period == period


def test_the_headline_period_is_the_article_s_own_where_a_paragraph_states_none():
    document = Document(
        "a.txt",
        "上半年全市经济运行情况分析\n\n全市实现规上工业增加值479亿元，同比下降1.2%。\n\n"
        "一季度，全市地方财政收入43.7亿元。\n",
    )
    found = {site.figure.text: site.frame for site in document_sites(read_for_discovery(document))}
    assert found["479亿元"].period == Period(None, "1-6")
    assert found["43.7亿元"].period == Period(None, "1-3")  # stated in its own sentence: that one holds


def test_the_headline_s_year_dates_a_part_of_the_year_stated_without_one():
    document = Document(
        "a.txt",
        "江川市2025年国民经济和社会发展统计公报[1]\n\n全年全市货物进出口总额1862.4亿元，比上年增长4.1%。\n\n"
        "上半年，全市实现地区生产总值1520亿元。\n\n2020年，全市货物进出口总额1286.4亿元。\n",
    )
    found = {site.figure.text: site.frame for site in document_sites(read_for_discovery(document))}
    # The headline ends in a footnote mark and is still the headline.
    assert found["1862.4亿元"].period == Period("2025", "1-12")
    assert found["1520亿元"].period == Period("2025", "1-6")
    assert found["1286.4亿元"].period == Period("2020", None)


def test_a_paragraph_opening_with_a_classification_takes_the_period_of_the_total_it_breaks_down():
    document = Document(
        "a.txt",
        "栗山县农产品网络零售额突破25亿元\n\n1月19日，记者从县农业农村局获悉，2025年全县农产品网络零售额达25.37亿元。\n\n"
        "分品类看，猕猴桃网络零售额11.52亿元，茶叶5.86亿元。\n\n猕猴桃鲜果远销20多个省份，冷库容量3.6万吨。\n",
    )
    found = {site.figure.text: site.frame for site in document_sites(read_for_discovery(document))}
    assert found["11.52亿元"].period == Period("2025", None)  # the lede's year, not its reporting date
    assert found["3.6万吨"].period == Period(None, None)  # no classification: the headline's (none)


def test_an_english_amount_s_own_month_after_it_overrides_the_whole_year_before_it():
    text = (
        "Other cash receipts for the entire 2023-24 fiscal year were $108 million above forecast, and were "
        "$171 million above forecast for the month of June.\n"
    )
    found = frames(text)
    assert found["$108 million"].period == Period("2023-24", "1-12")
    assert found["$171 million"].period == Period("2023-24", "6-6")


def test_for_the_year_is_the_whole_year_and_a_county_s_programme_for_a_year_keeps_its_year():
    found = frames("Average length of stay for the year was 15 days, down from 18 days in 2023.\n")
    assert found["15 days"].period.part == "1-12"
    found = frames("The shelter budget for the year ahead is $2.1 million.\n")
    assert found["$2.1 million"].period.part is None  # the year ahead: not the year reported on
    found = frames("资金方面，2024年全县高标准农田建设计划总投资7.6亿元。2023年开工的灌区项目总投资4.2亿元。\n")
    assert found["7.6亿元"].period == Period("2024", None)  # the year's programme, not a project's one size
    assert found["4.2亿元"].period == Period(None, None)  # a project's total investment, whatever the year


def test_the_part_of_the_year_most_of_an_article_names_is_its_own_but_never_its_year():
    body = (
        "一季度全市实现地区生产总值626.9亿元。\n\n2023年一季度，规上工业增加值384.1亿元。\n\n"
        "一季度，全市固定资产投资增长8.1%。\n\n全市地方财政收入完成43.7亿元。\n"
    )
    found = frames(body)
    assert found["43.7亿元"].period == Period(None, "1-3")
    found = frames(
        "2022年，全市投资增长5%。\n\n2022年，全市消费增长3%。\n\n2022年，出口增长2%。\n\n"
        "通伊教育基金首期筹得108万元。\n"
    )
    assert found["108万元"].period == Period(None, None)  # an article's years are not its figures' years


def test_relative_years_are_resolved_by_the_publication_date():
    found = frames("---\ndate: 2022-03-07\n---\n\n今年前2个月进出口总值6.2万亿元。\n", "a.md")
    assert found["6.2万亿元"].period == Period("2022", "1-2")
    assert found["6.2万亿元"].published == 2022


@pytest.mark.parametrize(
    "text, figure, kinds",
    [
        ("2021年全国地方政府债务限额为332774.3亿元。", "332774.3亿元", {"limit"}),
        ("全国地方政府债务余额279901亿元。", "279901亿元", {"balance"}),
        ("工程将治理河道长度38公里。", "38公里", {"plan"}),
        ("工业增加值同比增长5.8%。", "5.8%", {"change", "yoy"}),
        ("全年人均可支配收入32000元。", "32000元", {"per-capita"}),
        ("平均发行期限11.6年。", "11.6年", {"average"}),
        ("服务业占地区生产总值的45.5%。", "45.5%", {"share"}),
        ("扣除价格因素，实际增长10.3%。", "10.3%", {"change", "real"}),
        ("The fund raised $2.4 million.", "$2.4 million", set()),
        ("Prices rose by 4%.", "4%", {"change"}),
    ],
)
def test_kinds(text, figure, kinds):
    # "dated" says where the period came from (the figure's own sentence), not what sort of figure it is
    assert set(frames(text + "\n")[figure].kinds) - {"dated"} == kinds


def test_a_figure_whose_own_sentence_states_a_time_is_dated_and_one_that_carries_its_period_is_not():
    found = frames("2022年，全县共有家庭农场138家。全县农民合作社216家。\n")
    assert "dated" in found["138家"].kinds
    assert "dated" not in found["216家"].kinds


def test_a_state_today_is_now_and_no_earlier_years_figure():
    found = frames("2025年6月3日\n\n2022年，全县共有家庭农场138家。\n\n目前全县家庭农场已达183家。\n")
    assert "now" in found["183家"].kinds and found["183家"].period.year is None


# ------------------------------------------------------------------ frames compared


def frame(places=(), year=None, part=None, kinds=(), published=None, anchor=None) -> Frame:
    return Frame(frozenset(places), Period(year, part), frozenset(kinds), published, anchor)


@pytest.mark.parametrize(
    "a, b, why",
    [
        (frame(["内蒙古"]), frame(["山西"]), "different places: 内蒙古 vs 山西"),
        (frame(part="1-7"), frame(part="7-7"), "different periods: 1-7 vs 7-7 (months)"),
        (frame(year="2021"), frame(year="2022"), "different years: 2021 vs 2022"),
        (
            frame(kinds=["limit"]),
            frame(kinds=["balance"]),
            "different kinds of figure: balance, limit on one side only",
        ),
        (frame(kinds=["plan"]), frame(kinds=["outcome"]), "a plan or target vs an outcome"),
        (frame(kinds=["yoy"]), frame(kinds=["mom"]), "year on year vs month on month"),
        (
            frame(anchor="[currency_CNY]"),
            frame(anchor="[length] ** 2"),
            "changes of different measures ([currency_CNY] vs [length] ** 2)",
        ),
        (
            frame(published=2016),
            frame(published=2020),
            "articles published in different years (2016 and 2020), period unstated",
        ),
        (frame(year="2014"), frame(part="1-6"), "different periods: the whole of 2014 vs 1-6 (months)"),
        (
            Frame(
                frozenset(),
                Period(None, None),
                frozenset({"change"}),
                None,
                "[currency_CNY]",
                None,
                ("268亿元", Fraction(268 * 10**8)),
            ),
            Frame(
                frozenset(),
                Period(None, None),
                frozenset({"change"}),
                None,
                "[currency_CNY]",
                None,
                ("50.2亿元", Fraction(502 * 10**7)),
            ),
            "changes of different levels (268亿元 vs 50.2亿元)",
        ),
    ],
)
def test_frames_that_cannot_describe_one_thing(a, b, why):
    assert frames_disagree(a, b, same_document=False) == why


def test_frames_that_may_describe_one_thing():
    assert frames_disagree(frame(["全国"]), frame(["全国", "上海"]), False) is None
    assert frames_disagree(frame(["~home"]), frame(["伊宁"]), True) is None  # 全县 is the article's place
    assert frames_disagree(frame(kinds=["yoy"]), frame(), False) is None
    assert frames_disagree(frame(year="2021", published=2021), frame(year="2021", published=2022), False) is None
    # An unstated period is its article's publication year: October 2023's holiday news and 2024's "去年国庆"
    assert frames_disagree(frame(published=2023), frame(year="2023", published=2024), False) is None
    assert frames_disagree(frame(published=2024), frame(year="2023", published=2025), False) is not None
    assert frames_disagree(frame(year="2014"), frame(part="1-12"), False) is None  # 全年 is the whole year
    level = Frame(
        frozenset(),
        Period(None, None),
        frozenset({"change"}),
        None,
        "[currency_CNY]",
        None,
        ("108万元", Fraction(1080000)),
    )
    restated = Frame(
        frozenset(),
        Period(None, None),
        frozenset({"change"}),
        None,
        "[currency_CNY]",
        None,
        ("118万元", Fraction(1180000)),
    )
    assert frames_disagree(level, restated, False) is None  # levels one slip apart: maybe one level, misprinted


def test_a_frame_stated_on_one_side_only_lowers_confidence():
    assert frame_factor(frame(["南通"]), frame(), True) == 0.9
    assert frame_factor(frame(part="1-7"), frame(), False) == 0.9
    assert frame_factor(frame(part="1-7"), frame(), True) == 1.0  # one article speaks of one period
    assert frame_factor(frame(kinds=["plan"]), frame(), True) == 0.85


# ------------------------------------------------------------------ slips of the pen


@pytest.mark.parametrize(
    "x, y, slip",
    [
        ("1080000", "1180000", True),  # one digit
        ("386.5", "368.5", True),  # neighbours swapped
        ("1250", "125", True),  # a digit dropped
        ("108", "1080", True),  # magnitude
        ("1200000000", "1400000000", True),
        ("8950000", "9000000", False),
        ("10", "23", False),
        ("28.2", "38.6", False),
        ("1", "10.7", False),  # the zero that aligns 1 with 10.7 was never written
        ("1", "1.5", False),
        ("3.5", "3.9", True),
    ],
)
def test_slips(x, y, slip):
    assert slipped(Fraction(x), Fraction(y)) is slip


@pytest.mark.parametrize(
    "x, y, swap",
    [
        ("57", "75", True),
        ("386.5", "368.5", True),
        ("1250", "1520", True),
        ("14.5", "15.4", True),
        ("29", "23", False),
        ("1250", "5210", False),
        ("12", "12", False),
    ],
)
def test_transpositions(x, y, swap):
    assert transposed(Fraction(x), Fraction(y)) is swap


# ------------------------------------------------------------------ publication dates


@pytest.mark.parametrize(
    "text, date",
    [
        ("---\ntitle: x\ndate: Sun, 17 Jul 2022 05:04:58 GMT\n---\n正文。\n", datetime.date(2022, 7, 17)),
        ('---\npublicationDate: "2024-02-02"\n---\nBody.\n', datetime.date(2024, 2, 2)),
        ("EASTBROOK, Sept. 3, 2024 — The district opened.\n", datetime.date(2024, 9, 3)),
        ("正文第一段。\n\n伊宁县统计局\n2024年3月5日\n", datetime.date(2024, 3, 5)),
        ("The plan was adopted.\n", None),
    ],
)
def test_publication_date_as_the_document_states_it(text, date):
    assert publication_date(Document("a.md", text)) == date


# ------------------------------------------------------------------ file discovery


def test_folders_are_searched_as_git_sees_them(tmp_path: Path):
    for name in (
        "a/one.txt",
        "a/two.md",
        "a/secret.txt",
        ".hidden/h.txt",
        "node_modules/n.txt",
        "venv2/v.txt",
        "build/b.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    (tmp_path / "venv2" / "pyvenv.cfg").write_text("", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    (tmp_path / "a" / ".gitignore").write_text("secret.txt\n", encoding="utf-8")
    suffixes = (".txt", ".md")

    def found(paths, exclude=()):
        files, problems = expand_paths(paths, suffixes, tmp_path, exclude)
        return [p.relative_to(tmp_path).as_posix() for p in files], [(p.path, p.message) for p in problems]

    assert found([tmp_path]) == (["a/one.txt", "a/two.md"], [])
    assert found([tmp_path], ["*.md"]) == (["a/one.txt"], [])
    assert found([tmp_path / "**" / "*.md"]) == (["a/two.md"], [])
    assert found([tmp_path / "build" / "b.txt"]) == (["build/b.txt"], [])  # named directly: always read
    missing = (tmp_path / "zz" / "*.md").as_posix()
    assert found([tmp_path / "zz" / "*.md"]) == ([], [(missing, "no file matches this pattern")])


@pytest.mark.parametrize(
    "written, digits",
    [
        ("28.6万亩", Fraction(286000000)),  # 亩 is 2000/3 m²: its digits are told as written, not in m²
        ("3.2 miles", Fraction(32, 10)),
        ("1,250 visits", Fraction(1250)),
        ("145.7萬人", Fraction(1457000)),
        ("12.5亿元", Fraction(1250000000)),
    ],
)
def test_slips_are_told_in_the_digits_as_written(written, digits, monkeypatch):
    import auditor.units
    from auditor.discovery.values import written_value
    from auditor.figures import parse

    figure = parse(written)  # (reading the figure has looked its unit up)
    # Counts and money need no unit looked up again, and a measured unit is the one the figure was read with:
    # telling a slip never loads pint (bench/bench_scan.py: peak memory).
    monkeypatch.setattr(auditor.units, "pint_unit_factor", lambda unit: pytest.fail(f"pint loaded for {unit!r}"))
    assert written_value(figure) / digits in {Fraction(10) ** k for k in range(-6, 7)}


def test_amounts_one_slip_apart_in_one_article_are_judged_however_reworded():
    from auditor.audit import Audit
    from auditor.discovery.pairs import pairs_of

    text = (
        "云溪县旅游回暖\n\n2023年，全县共接待游客386.5万人次，同比增长42.6%。\n\n"
        "县文化广电和旅游局负责人表示，全年368.5万人次的游客接待量，标志着旅游已走出低谷。\n"
    )
    pairs = pairs_of(Audit(documents={"a.txt": Document("a.txt", text)}))
    found = [(c.first.figure.text, c.second.figure.text, c.confidence) for c in pairs.conflicts(0.5)]
    # 0.6 for a restated slip, times 0.9: 全县 names the article's place on one side only.
    assert found == [("386.5万人次", "368.5万人次", 0.54)]


# ------------------------------------------------------------------ subjects of dates


def _date_site(text: str, date: str):
    document = Document("a.txt", "Headline\n\n" + text)
    return next(site for site in document_sites(read_for_discovery(document)) if site.figure.text == date)


def test_dates_after_two_different_names_are_the_events_of_two_subjects():
    from auditor.discovery.pairs import _different_subjects

    first = _date_site("青岚科技于2019年10月14日在上海证券交易所科创板上市。", "2019年10月14日")
    other = _date_site("远帆电子2023年6月2日在上交所科创板上市。", "2023年6月2日")
    same = _date_site("青岚科技2019年10月24日在上交所科创板上市。", "2019年10月24日")
    bare = _date_site("2019年10月24日，公司在上交所科创板上市。", "2019年10月24日")
    assert _different_subjects(first, other)
    assert not _different_subjects(first, same)  # the same company: one event, two dates to compare
    assert not _different_subjects(first, bare)  # no name before one of them: nothing to tell them apart


def test_a_comparison_s_base_value_has_the_base_s_period():
    found = frames(
        "2025年度合作社分红2150万元，比2024年度的1480万元增加了670万元。港口吞吐量68.4万标箱，比上年的57.9万标箱增长18.1%。\n"
    )
    assert found["2150万元"].period.year == "2025"
    assert found["1480万元"].period.year == "2024"
    assert found["57.9万标箱"].period.year == "rel-1"  # 上年, with no publication date to resolve it


def test_a_part_of_the_year_in_articles_whose_years_are_unknown_is_not_compared():
    half = Frame(frozenset(), Period(None, "1-6"), frozenset(), None)
    dated = Frame(frozenset(), Period(None, "1-6"), frozenset(), 2022)
    assert frames_disagree(dated, half, False) == "a part of the year (1-6) in articles whose years are unknown"
    # both dated: the years are known (and compared elsewhere); one article: one year
    assert frames_disagree(dated, Frame(frozenset(), Period(None, "1-6"), frozenset(), 2022), False) is None
    assert frames_disagree(half, half, True) is None


def test_a_whole_year_and_a_run_of_its_months_are_two_periods_but_not_a_month_a_date_names():
    assert (
        frames_disagree(frame(year="2025", published=2026), frame(year="2025", part="1-6", published=2025), False)
        == "different periods: the whole of 2025 vs 1-6 (months)"
    )
    assert frames_disagree(frame(year="2025"), frame(year="2025", part="8-8"), False) is None


def test_a_quarter_and_no_stated_period_in_undated_articles_are_not_known_to_be_one_period():
    assert (
        frames_disagree(frame(part="1-3"), frame(), False)
        == "1-3 (months) vs a figure of no stated period, in undated articles"
    )
    assert frames_disagree(frame(part="8-8"), frame(), False) is None  # 去年8月: a date, not a period


def test_a_company_s_legal_form_names_no_company():
    # 临川精工股份有限公司 / 长江客运股份有限公司: two firms share their legal form as they share 的; their names tell
    from auditor.discovery.windows import content_tokens

    tokens = list("供应商临川精工股份有限公司董事长")
    assert "".join(content_tokens(tokens)) == "供应商临川精工董事长"
    assert "".join(content_tokens(list("长江客运有限公司跑船"))) == "长江客运跑船"


def test_a_neighbour_keeps_its_own_name_and_is_one_in_every_article_of_the_series():
    from auditor.discovery.frames import neighbour_before, neighbour_named, neighbours_named

    first = "Neighboring Kessel Township Fire Department, which covers 9,000 residents, answered 2,950 calls."
    assert neighbour_before(first, 0, first.index("2,950")) == "Kessel Township"
    assert neighbours_named(first) == {"Kessel Township"}
    later = "Kessel Township answered 3,020 calls in 2025."
    assert neighbour_named(later, 0, later.index("3,020"), {"Kessel Township"})
    own = "Unlike Kessel Township, Tamsford County answered 6,540 calls."
    assert not neighbour_named(own, 0, own.index("6,540"), {"Kessel Township"})


def test_the_year_an_article_reports_on_is_named_in_its_opening():
    from auditor.audit import Audit
    from auditor.discovery.frames import PeriodIndex
    from auditor.discovery.reading import reading_of

    text = "Gifts at Harlow\nHarlow Receives $18.5 Million For 98-99 Year\nThe campus received $18.5 million.\n"
    document = Document("a.txt", text)
    reading = reading_of(Audit(documents={"a.txt": document}), document)
    assert PeriodIndex(reading, None).report == "1998-99"


def test_a_market_is_no_place_an_article_is_about():
    from auditor.audit import Audit
    from auditor.discovery.frames import home_places
    from auditor.discovery.reading import reading_of

    text = "财经早餐\n\n债券市场运行平稳，总市值创新高，当前市场情绪回暖。临江县金融市场规范发展。\n"
    document = Document("a.txt", text)
    reading = reading_of(Audit(documents={"a.txt": document}), document)
    assert home_places(reading) == frozenset({"临江县"})
