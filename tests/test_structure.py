"""What auditor.structure makes of the shapes news is published in: which text is prose, which a headline, a
byline, a caption, a table, a list or markup. The texts are written for these tests in the style of reposted
news (plain text from a CMS, Markdown with front matter, HTML left in a repost)."""

from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.structure import first_line_headline, is_heading, is_title_like, line_role, read_structure


def roles(text: str, path: str = "a.txt") -> list[tuple[str, str]]:
    return [(p.role, p.text) for p in Document(path, text).paragraphs]


CHINESE_REPOST = """\
援疆资金助力南疆产业发展
原标题：南疆产业援疆见成效
来源：天山日报
2024-03-05 10:30

本报记者 王海 通讯员 李明

3月4日，记者从自治区发展改革委获悉，今年以来全区落实援疆资金12.6亿元。

其中，产业项目资金7.8亿元，占比约62%。

图为新建的纺织产业园。本报记者 王海 摄

（完）

责任编辑：赵静
"""


def test_a_chinese_repost_has_its_headline_credits_and_end_set_apart_from_the_prose():
    assert roles(CHINESE_REPOST) == [
        ("title", "援疆资金助力南疆产业发展"),
        ("title", "原标题：南疆产业援疆见成效"),
        ("byline", "来源：天山日报"),
        ("byline", "2024-03-05 10:30"),
        ("byline", "本报记者 王海 通讯员 李明"),
        ("prose", "3月4日，记者从自治区发展改革委获悉，今年以来全区落实援疆资金12.6亿元。"),
        ("prose", "其中，产业项目资金7.8亿元，占比约62%。"),
        ("caption", "图为新建的纺织产业园。本报记者 王海 摄"),
        ("end", "（完）"),
        ("byline", "责任编辑：赵静"),
    ]


def test_prose_paragraphs_are_the_prose_and_list_and_quote_blocks():
    document = Document("a.txt", CHINESE_REPOST)
    assert [p.text[:6] for p in document.prose] == ["3月4日，记", "其中，产业项"]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("责任编辑：赵静", "byline"),
        ("（作者：张三 编辑：李四）", "byline"),
        ("来源 天山网", "byline"),
        ("速豹新闻网编辑 董雪", "byline"),
        ("By Jane Doe and Li Wei, Reuters", "byline"),
        # a feed's publication date with its weekday, time and zone is a dateline; a sentence opening so is prose
        ("Mon, 25 Jul 2022 14:02:28 GMT", "byline"),
        ("Tuesday, March 3, 2026", "byline"),
        ("Mon, 25 Jul 2022 sales rose 4% at the port.", "prose"),
        ("Source: National Bureau of Statistics", "byline"),
        ("Updated 10:30 GMT, 5 March 2024", "byline"),
        ("By September, the fund had distributed $2.1 million.", "prose"),
        ("By the end of the year the project was done.", "prose"),
        ("（完）", "end"),
        ("原标题：南疆产业援疆见成效", "title"),
        ("湖北：为抗旱防汛提供资金保证", "title"),
        ("图为新建的纺织产业园。本报记者 王海 摄", "caption"),
        ("第一产业 | 37.11 | 2.6 |", "table"),
        ("1. 新建校舍3栋", "list"),
        ("（一）产业援疆", "list"),
        ("点击查看更多>>", "furniture"),
        ("表2  2023年1—9月份全县规模以上工业企业主要指标", "caption"),
        ("Table 3: Revenue by source", "caption"),
        ("注：本表数据为快报数。", "note"),
        ("Note: figures are rounded.", "note"),
        ("表示感谢。", "prose"),
        ("今年以来全区落实援疆资金12.6亿元。", "prose"),
        ("张明（左二）、李华（右一）调研产业园", "caption"),
        ("青禾县委副书记、县长周立新", "caption"),
        ("访谈嘉宾：周立新（青禾县县长）、王芳（扬帆市副市长）、陈东（扬帆市发展改革委主任）", "list"),
        ("视频时长:   03:15", "list"),
        ("总投资：2.1亿元", "list"),
        ("他说：“今年我们的目标是", "prose"),
        ("会上，县长周立新说：今年全县将新建校舍3栋，投入资金1.2亿元", "prose"),
        ("A+ A- 收藏本文", "furniture"),
        ("合计：1,234,567.89万元", "list"),
        ("前三季度营收增长12% | 净利润再创新高", "title"),
        ("全年营收 | 12.3 | 11.8 |", "table"),
        ("稳增长还是保利润?——县属企业一季度经营观察", "title"),
        ("他停顿了一下——然后说出了答案。", "prose"),
        # a lede run on after its byline is the article's first paragraph
        (
            "本报讯（记者 韩雪）记者从市人社局获悉，今年以来全市共开展职业技能培训6.84万人次，发放补贴1.27亿元。",
            "prose",
        ),
        ("记者 林晓帆 报道 2月4日，记者从港务集团获悉，2023年全港完成集装箱吞吐量486.2万标箱，同比增长8.3%。", "prose"),
        (
            "图片来源：摄图网（图文无关）    1—3月份，商品房销售面积36007万平方米，同比增长63.8%。其中，住宅销售面积增长",
            "byline",
        ),
        ("~~~文末有福利~~~", "furniture"),
        ("｜每日经济新闻  nbdnews  原创文章｜", "byline"),
        ("Benjamin Fanjoy/The Standard", "caption"),
        ("SFUSD Superintendent Matt Wayne | Benjamin Fanjoy/The Standard", "caption"),
        ("He said the 50/50 split was fair and the City/County Board agreed.", "prose"),
        # a press release's boilerplate heading
        ("About the Decatur Downtown Development Authority", "title"),
        ("ABOUT LEVIN JOHNSTON OF MARCUS & MILLICHAP", "title"),
        ("About the fair, the board said little.", "prose"),
    ],
)
def test_a_line_s_own_shape_gives_its_role(line, role):
    assert line_role(line) == role


def test_a_first_line_headline_may_have_a_colon_an_exclamation_and_underscores_for_quotes():
    assert first_line_headline("10年一次！全国人口普查数据来了：男性多出3490万，平均年龄38.8岁，最老省份在东北")
    assert first_line_headline("11个重点城市人口变局：2021年无一增长超30万人，成都杭州青岛最具_引力_")
    assert not first_line_headline("全国人口普查数据来了：男性多出3490万，平均年龄38.8岁。")


def test_a_headline_is_short_has_no_sentence_mark_and_no_clause_left_open():
    assert is_title_like("援疆资金助力南疆产业发展")
    assert is_title_like("边疆百姓的笑脸，印证了“稳稳的幸福”")
    assert not is_title_like("今年以来全区落实援疆资金12.6亿元。")
    # A line that ends in a comma is a sentence broken across lines, not a headline.
    assert not is_title_like("记者看到，白雪覆盖下的校舍，")
    # Three clauses and 49 characters: the first line of a paragraph broken in two.
    assert not is_title_like(
        "在伊宁县南通第二实验学校建设现场,记者看到,白雪覆盖下的校舍,依然显露出南通“建筑铁军”的卓然气"
    )
    assert is_title_like("Harbor Town counts the cost of the March flood")
    # an English headline in two parts, each word capitalised
    assert is_title_like("Mayor's Notebook: Harbor Town Water Rates")
    assert not is_title_like("Contact: the rates office opens at nine")
    assert not is_heading("在阿拉尔市的盐碱水塘里，昔日寸", 30, 4)  # a three-character clause


def test_the_first_paragraph_repeating_the_headline_is_a_title_but_one_that_extends_it_into_a_sentence_is_prose():
    text = "南通援疆投入资金600万元\n\n南通援疆投入资金600万元\n\n南通援疆投入资金600万元，建成体育中心。\n"
    assert [role for role, _ in roles(text)] == ["title", "title", "prose"]


def test_three_short_lines_of_facts_are_a_list_but_lines_ending_in_commas_are_prose():
    facts = "项目概况\n\n总投资：2.1亿元\n占地面积：80亩\n建筑面积：3.6万平方米\n\n项目于去年开工建设，今年年底完工。\n"
    assert [role for role, _ in roles(facts)] == ["title", "list", "list", "list", "prose"]
    broken = "第一段资金，\n第二段资金，\n第三段资金，\n第四段资金，\n"
    assert {role for role, _ in roles(broken)} == {"prose"}


def test_a_short_name_closing_the_article_is_its_byline():
    text = "今年以来全区落实援疆资金12.6亿元。\n\n张海彤\n"
    assert roles(text)[-1] == ("byline", "张海彤")


MARKDOWN_POST = """\
---
title: 援疆资金助力南疆产业发展
date: 2024-03-05
tags: [援疆, 产业]
---

# 援疆资金助力南疆产业发展

<!-- 编辑备注：数字待核 120万元 -->

今年以来全区落实援疆资金**12.6亿元**，详见[发展改革委](https://example.org/a/12.6/2024)。

> 这是近年来援疆资金最多的一年。

- 产业项目资金7.8亿元
- 民生项目资金4.8亿元

| 项目 | 资金 |
| --- | --- |
| 产业 | 7.8亿元 |

```
print(120)
```
"""


def test_a_markdown_quote_that_credits_the_reporters_is_a_byline_and_one_that_quotes_stays_a_quote():
    text = "# 青禾县前三季度经济稳中有进\n\n> 本报记者  周立新  王芳《青禾日报》（2025年10月20日第 02 版）\n\n> 今年以来，全县经济运行稳中有进。\n"
    assert [role for role, _ in roles(text, "a.md")] == ["title", "byline", "quote"]


def test_markdown_is_read_as_the_renderer_reads_it():
    got = [(role, " ".join(text.split())) for role, text in roles(MARKDOWN_POST, "post.md")]
    assert got == [
        ("title", "援疆资金助力南疆产业发展"),
        ("prose", "今年以来全区落实援疆资金 12.6亿元 ，详见 发展改革委 。"),
        ("quote", "这是近年来援疆资金最多的一年。"),
        ("list", "产业项目资金7.8亿元"),
        ("list", "民生项目资金4.8亿元"),
        ("table", "| 项目 | 资金 |"),
        ("table", "| --- | --- |"),
        ("table", "| 产业 | 7.8亿元 |"),
    ]


def test_masking_keeps_every_offset_and_line_break():
    structure = read_structure(MARKDOWN_POST, markdown=True)
    assert len(structure.masked) == len(MARKDOWN_POST)
    assert [i for i, ch in enumerate(structure.masked) if ch == "\n"] == [
        i for i, ch in enumerate(MARKDOWN_POST) if ch == "\n"
    ]
    # Front matter, the comment, the URL and the code are not text a reader sees: no figure is read there.
    document = Document("post.md", MARKDOWN_POST)
    assert [f.text for f in document.figures] == ["12.6亿元", "7.8亿元", "4.8亿元", "7.8亿元"]
    first = document.figures[0]
    assert MARKDOWN_POST[first.start : first.end] == "12.6亿元"


def test_a_figure_split_by_inline_markup_is_read_whole_and_placed_in_the_source():
    text = "<p>今年<b>1</b>月，全区落实资金<font color=red>12.6</font>亿元。</p>\n"
    document = Document("a.html", text)
    assert [(f.text, text[f.start : f.end]) for f in document.figures] == [
        ("今年1月", "今年<b>1</b>月"),
        ("12.6亿元", "12.6</font>亿元"),
    ]
    assert document.visible(0, len(text)) == "今年 1 月，全区落实资金 12.6 亿元。"


HTML_REPOST = """\
<html><head><title>援疆资金助力南疆产业发展</title><script>var total = 120;</script></head>
<body>
<h1>援疆资金助力南疆产业发展</h1>
<p><strong>一、产业援疆</strong></p>
<p>今年以来全区落实援疆资金12.6亿元，
其中产业项目资金7.8亿元。</p>
<table><tr><td>产业</td><td>7.8亿元</td></tr></table>
<p class="img_descr">新建的纺织产业园</p>
<a href="/next">下一篇：南疆棉花丰收</a>
</body></html>
"""


def test_html_elements_give_their_text_a_role_and_a_paragraph_left_open_runs_on():
    got = [(role, " ".join(text.split())) for role, text in roles(HTML_REPOST, "a.html")]
    assert got == [
        ("title", "援疆资金助力南疆产业发展"),
        ("title", "一、产业援疆"),
        ("prose", "今年以来全区落实援疆资金12.6亿元， 其中产业项目资金7.8亿元。"),
        ("table", "产业 7.8亿元"),
        ("caption", "新建的纺织产业园"),
        ("furniture", "下一篇：南疆棉花丰收"),
    ]
    # The script's 120 is not a figure of the article.
    assert [f.text for f in Document("a.html", HTML_REPOST).figures] == ["12.6亿元", "7.8亿元", "7.8亿元"]


def _scan(documents: dict[str, str]):
    from auditor.audit import Audit, run_checks
    from auditor.registry import all_checks

    audit = Audit(documents={path: Document(path, text) for path, text in documents.items()}, check_options={})
    checks = [check for check in all_checks() if not check.needs_claims and check.id != "stale-baseline-entry"]
    return [(f.check, str(f.location), f.message) for f in run_checks(audit, checks)]


def test_scanning_the_reposts_judges_only_their_prose():
    # Credits, captions, the headline echo, the table and the markup raise nothing; the prose is clean.
    assert _scan({"a.txt": CHINESE_REPOST, "post.md": MARKDOWN_POST, "a.html": HTML_REPOST}) == []


def test_a_defect_in_the_prose_of_markup_is_reported_at_its_place_in_the_source():
    text = HTML_REPOST.replace("其中产业项目资金7.8亿元。</p>", "其中产业项目资金7.8亿元，主要用于</p>")
    assert _scan({"a.html": text}) == [
        ("truncated-paragraph", "a.html:6:15", 'Paragraph ends mid-sentence after "主要用于"; the document ends here')
    ]


def test_the_numbered_lines_under_a_bare_note_heading_are_notes():
    text = "标题\n\n正文第一段，全县完成投资12亿元。\n\n注：\n\n1．本表数据四舍五入。\n\n2．部分指标未作调整。\n\n3．正文又开始了吗？不是。\n"
    assert [role for role, _ in roles(text)] == ["title", "prose", "note", "note", "note", "note"]
    text = "标题\n\n注：\n\n正文第一段，全县完成投资12亿元。\n"
    assert [role for role, _ in roles(text)] == ["title", "note", "prose"]


def test_names_are_a_known_surname_and_one_or_two_given_characters():
    from auditor.text import after_last_mark, is_name

    assert [is_name(text) for text in ("郭晋晖", "李明", "欧阳修文", "他说", "王", "张三丰四", "Smith")] == [
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]
    assert after_last_mark("逐步缩小差距。”郭晋晖") == "郭晋晖" and after_last_mark("差距。") == ""


def test_a_cited_source_is_a_byline_and_captions_credited_as_the_pictures_above_are_captions():
    text = "Council budget\n\nThe council approved the budget on Tuesday.\n\n<cite>-- from a council press release - 2 March 2021</cite>\n"
    assert roles(text, "a.md")[-1] == ("byline", "-- from a council press release - 2 March 2021")
    photos = "基地风机集群。\n\n基地风机集群。\n\n基地煤电机组。　　以上图片均为陈振摄\n\n基地规划建设新能源装机1200万千瓦，是我国首个新能源外送基地。\n"
    assert [role for role, _ in roles(photos)] == ["caption", "caption", "caption", "prose"]


def test_rows_of_a_table_set_as_text_with_one_cell_separator_each_are_a_table():
    text = (
        "County revenue falls short\n\nThe county's revenue came in below the forecast in June.\n\n"
        "JUNE | YEAR-TO-DATE\n\nPercent | Percent\n\nSource Forecast Actual Change Change | Forecast Actual Change Change\n\n"
        "|\n\nProperty $1,204 1,188 -$16 -1.3% | $14,560 $14,402 -$158 -1.1%\n\n"
        "Analysts expect the gap to close by December.\n"
    )
    assert [role for role, _ in roles(text)] == [
        "title",
        "prose",
        "table",
        "table",
        "table",
        "furniture",
        "table",
        "prose",
    ]
    # One line alone with a separator is a page title and its site, and a sentence with one is prose.
    alone = "Board adopts budget | Valley Ledger\n\nThe board adopted a $48.2 million budget | a record.\n"
    assert [role for role, _ in roles(alone)] == ["title", "prose"]


def test_short_lines_above_the_byline_are_the_header_and_a_repeated_headline_is_a_title():
    # a deck between 原标题 and the byline sums the story up, often in its first sentence's words
    text = (
        "哪些城市楼市回暖了？\n"
        "原标题：哪些城市楼市回暖了？\n"
        "潜在购房者会不会买房，取决于购房意愿、购房资格和购房能力\n"
        "文 | 王海\n"
        "潜在购房者会不会买房，取决于购房意愿、购房资格和购房能力。今年3月，多地政策开始调整。\n"
    )
    assert [role for role, _ in roles(text)] == ["title", "title", "title", "byline", "prose"]
    # a lede that ends its sentence above the byline stays prose
    text = "县里新建三所学校。\n本报记者 王海\n今年全县新建学校三所，总投资1.2亿元。\n"
    assert [role for role, _ in roles(text)] == ["prose", "byline", "prose"]
    # a page that prints its headline again above the story
    text = "Mayor's Notebook: Harbor Town Water Rates\nSaturday, 29 July 2006\nMayor's Notebook: Harbor Town Water Rates\nEvery year the rates rise.\n"
    assert [role for role, _ in roles(text)][0::2] == ["title", "title"]


def test_a_lede_with_figures_above_a_byline_and_a_brief_closed_by_its_byline_stay_prose():
    text = "市财政局发布一季度财政收支情况\n一季度，全市一般公共预算收入完成91.2亿元，其中税收收入66.1亿元\n记者 王海\n税收收入占比为72.5%。\n"
    assert [role for role, _ in roles(text)] == ["title", "prose", "byline", "prose"]
    text = "服务队获评省级优秀\n近日，县志愿服务队获评全省优秀志愿服务组织。\n队长李华说：“服务队共有队员320人。”\n（记者 王海 通讯员 张华）\n"
    assert [role for role, _ in roles(text)][1:3] == ["prose", "prose"]
    # a headline set in capitals
    assert is_title_like("FIRST 100 DAYS BY THE NUMBERS: 96 CASES, 41 DETENTIONS")


def test_a_long_first_line_is_the_headline_when_the_story_opens_with_a_dateline_after_it():
    headline = "Harbor trolley posts its best season yet as ridership climbs 11.4 percent"
    story = "BELLMONT (March 3, 2025) — The Bellmont Harbor Trolley carried 38,720 riders in 2024."
    roles = [block.role for block in read_structure(f"{headline}\n\n{story}\n").blocks]
    assert roles == ["title", "prose"]
    # without a dateline, or with a full stop, a long first line is a paragraph of the story
    assert [b.role for b in read_structure(f"{headline}\n\nThe trolley carried 38,720 riders.\n").blocks][0] == "prose"
    assert not is_title_like("The trolley carried 38,720 riders in 2024, up 11.4 percent from the year before.", 100)


def test_a_short_quotation_alone_on_its_line_and_quoted_again_is_a_pull_quote():
    lede = "Transit board weighs fares\n\nThe board began weighing its first fare increase in eight years on Tuesday."
    pull = "“Costs keep climbing, climbing, climbing”"
    text = f"{lede}\n\n{pull}\n\n“Costs keep climbing, climbing, climbing,” said chair Lena Oduya.\n"
    assert [block.role for block in read_structure(text).blocks] == ["title", "prose", "title", "prose"]
    alone = f"{lede}\n\n{pull}\n"
    assert [block.role for block in read_structure(alone).blocks] == ["title", "prose", "prose"]


def test_the_gazetteer_knows_real_divisions_and_which_lies_in_which():
    from auditor.places import known_place, lies_within

    assert known_place("山西省") and known_place("白河县")
    assert not known_place("执行省")
    assert lies_within("白河县", "陕西省")
    assert not lies_within("陕西省", "白河县")
    assert not lies_within("伊宁县", "南通市")


def test_a_question_headline_printed_twice_as_page_title_and_heading_is_a_title():
    page = "观察：社区团购为何频陷“缺斤少两”争议？"
    heading = "【观察】社区团购为何频陷“缺斤少两”争议？"
    story = "11月3日上午，市民周女士在小区团购群里下单了两斤排骨，到货后一称只有一斤六两。"
    roles = [block.role for block in read_structure(f"{page}\n{heading}\n{story}\n").blocks]
    assert roles == ["title", "title", "prose"]
    # a question alone on the first line, not printed again, is the story's first paragraph
    assert [b.role for b in read_structure(f"{page}\n{story}\n").blocks] == ["prose", "prose"]
