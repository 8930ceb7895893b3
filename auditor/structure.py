"""A document read as structure: which of its text is prose, and which is a headline, a byline, a table or markup.

The checks that judge prose (truncation, duplicates, doubled words, quotes,
discovery) must not judge an editor line (`责任编辑：…`), a table row
(`第一产业 | 37.11 | 2.6 |`), a Markdown heading or the HTML and front matter
a repost carries. `read_structure(text, markdown=...)` returns:

- `masked`: the text with everything that is not text a reader sees blanked
  out, character for character (front matter, code, HTML comments, scripts,
  tags and entities, Markdown markers, URLs). Newlines are kept, so offsets,
  lines and columns of the masked text are those of the source: a finding
  located in it points at the source.
- `blocks`: every block that holds visible text, in order, each with its
  role: prose, title (headlines, headings, 原标题, bold sub-headings, a
  paragraph that repeats the headline, a short first line the next line
  prints again in the same words, a page's title over its heading, even as a
  question `…为何成…重灾区？`, a pull quote: a short quotation alone
  on its line that the story quotes again), byline (editor, source, author,
  reporter and date lines), caption, table, list (also runs of one fact per
  line), quote, end (（完）), furniture (page navigation: 点击查看, 相关阅读).

Markdown (`markdown=True`, for .md files) is parsed with markdown-it-py, so
its headings, lists, quotes, tables and code are what the renderer makes of
them; plain text is read a line a paragraph. Roles inside either come from
the line's own shape, so a byline is a byline in a .txt file and in an HTML
block of a .md file alike.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from auditor.patterns import lazy_compile
from auditor.text import BRACKET_PAIRS, HAN, HANZI, SENTENCE_MARKS

ROLES = ("prose", "title", "byline", "caption", "table", "list", "quote", "note", "end", "furniture")
# Roles whose text is running prose: truncation, duplicates and discovery judge these.
PROSE_ROLES = frozenset({"prose", "list", "quote"})

# --- masking ------------------------------------------------------------------------------

_FRONT_MATTER = lazy_compile(r"\A(?:\ufeff)?(?:[ \t]*\n){0,3}(---|\+\+\+)[ \t]*\n")
_HTML_HIDDEN = lazy_compile(
    r"<!--.*?(?:-->|\Z)|<%.*?(?:%>|\Z)|<\?.*?(?:\?>|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<(script|style|head|noscript|template)\b[^>]{0,2000}>.*?(?:</\1\s{0,8}>|\Z)|<!DOCTYPE[^>]{0,2000}>",
    re.DOTALL | re.IGNORECASE,
)
_HTML_TAG = lazy_compile(r"</?[A-Za-z][A-Za-z0-9:_-]{0,40}(?:\s[^<>]{0,2000})?/?>")
_HTML_ENTITY = lazy_compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
# HTML elements whose text has a role of its own; a block inside one takes it.
_HTML_ROLE_ELEMENTS = lazy_compile(
    r"<(h[1-6]|title|table|li|blockquote|figcaption|caption|cite|dt|th|a|nav|button|select)\b[^>]{0,2000}>.*?</\1\s{0,8}>",
    re.DOTALL | re.IGNORECASE,
)
_HTML_ELEMENT_ROLES = {
    "table": "table",
    "th": "table",
    "li": "list",
    "dt": "list",
    "blockquote": "quote",
    "figcaption": "caption",
    "caption": "caption",
    "cite": "byline",  # <cite>-- from a council press release - 2 March 2021</cite>: the source, not prose
    "a": "furniture",
    "nav": "furniture",
    "button": "furniture",
    "select": "furniture",
}
_HTML_CAPTION_CLASS = lazy_compile(
    r"<(\w+)\b[^>]{0,300}class=\"[^\"]{0,100}(?:img_descr|caption|pic_?desc|desc)[^\"]{0,100}\"[^>]{0,300}>.*?</\1>",
    re.DOTALL | re.IGNORECASE,
)
# A paragraph whose whole text is bold is a sub-heading: <p><strong>…</strong></p>, <p style="…Bold">, **…**.
_HTML_BOLD_PARAGRAPH = lazy_compile(
    r"<p\b[^>]{0,300}>\s{0,8}(?:　{0,4})?(?:<(strong|b)\b[^>]{0,300}>[^<]{1,200}</\1>|<font[^>]{0,200}Bold[^>]{0,100}>[^<]{1,200}</font>)"
    r"\s{0,8}</p>|<p\b[^>]{0,100}(?:Bold|bold)[^>]{0,200}>(?:[^<]|<font[^>]{0,200}>[^<]{0,100}</font>){1,200}</p>",
    re.IGNORECASE,
)
_P_OPEN = lazy_compile(r"<p\b", re.IGNORECASE)
_P_CLOSE = lazy_compile(r"</p\s{0,8}>", re.IGNORECASE)
_MD_BOLD_LINE = lazy_compile(r"^[ \t]{0,3}(\*\*|__)(?=\S).{1,200}?\S\1[ \t]*$", re.MULTILINE)
_URL = lazy_compile(r"(?:https?://|www\.)[^\s<>\"'，。；、）)\]]{1,2000}")
# Markdown inline markers: images (whole), link syntax (the text stays), code spans, emphasis, escapes.
_MD_IMAGE = lazy_compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
_MD_LINK = lazy_compile(r"\[([^\]\n]{0,500})\]\(([^)\n]{0,2000})\)")
_MD_CODE_SPAN = lazy_compile(r"`[^`\n]{1,500}`")
_MD_EMPHASIS = lazy_compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<![A-Za-z0-9])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![A-Za-z0-9])")
_MD_ESCAPE = lazy_compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~])")
_MD_HEADING_MARK = lazy_compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)|(?<![ \t])[ \t]+#+[ \t]*$", re.MULTILINE)
_MD_QUOTE_MARK = lazy_compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_MD_REFERENCE = lazy_compile(r"^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*\S.*$", re.MULTILINE)

# --- roles of a line ----------------------------------------------------------------------------

_END = lazy_compile(r"^[（(【\[—\-－ ]{0,3}(?:完|END|end|全文完)[）)】\]—\-－ ]{0,3}$")
# Editor, source, author and reporter lines, as news prints them (责任编辑：张三, 来源：新华社, By Jane Doe).
_BYLINE = lazy_compile(
    r"^[（(【\[]?\s{0,2}(?:责任编辑|责编|编辑|主编|审核|审校|校对|监制|出品|策划|统筹|制作|来源|稿源|信息来源|本文来源|文章来源|"
    r"作者|撰文|文字|记者|通讯员|实习生|摄影|图片|图片来源|视频|原标题|原题|原文标题|转载|转自|声明|免责声明|版权声明|"
    r"文|图|文/图|图表|制图|发布时间|发布日期|发布人|发稿时间|更新时间|时间|日期|浏览次数|阅读量|点击数|字号)\s{0,2}[：:／/|丨]"
    r"|^[◎●■★]?(?:本报记者|本报讯|新华社|中新网|人民网|央视网|记者|通讯员)\S{0,12}(?:\s|$)"
    r"|^(?:Source|SOURCE|Sources|Editor|Editors|Editing|Photo|Photos|Credit|Credits|Contact)\s?[:：|]"
    r"|^(?:PUBLISHED|UPDATED|Published|Updated|Posted|Last updated)\b(?!.{0,80}[.!?][\"”’]?\s+\S)"
    # By Jane Doe; Reporting by Jane Doe and Li Wei, Reuters: a name, not "By September, the fund had…".
    r"|^(?:By|BY|Edited by|Reporting by|Written by|Words by|Photos? by)\s+[A-Z][\w.'’-]{0,30}"
    r"(?:\s+(?:[A-Z][\w.'’-]{0,30}|and|&|de|van|von|da|al|bin)){0,6}\s*(?:[,|–—-]\s*[^.!?]{0,60})?$"
    # 来源 齐鲁观, 速豹新闻网编辑 董雪: a credit written without a colon.
    r"|^(?:来源|稿源|编辑|责任编辑)\s{1,2}\S|^.{0,20}(?:编辑|记者|通讯员|作者)\s?[" + HAN + r"·]{2,4}$"
)
# A line that is only a date and a time (06:02 EST, 17 April 2013; 2011-03-24 10:30).
# A line that is only a date, with a time and a weekday around it ("Mon, 25 Jul 2022 14:02:28 GMT", a feed's
# publication date): a dateline, not a paragraph.
_DATELINE = lazy_compile(
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AaPp]\.?[Mm]\.?|EST|EDT|GMT|BST|UTC|CST|PST)?,?\s?)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s)?"
    r"(?:\d{1,2}\s[A-Z][A-Za-z]{2,8}\s\d{4}|[A-Z][A-Za-z]{2,8}\.?\s\d{1,2},?\s\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
    r"(?:\s{0,2}\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[AaPp]\.?[Mm]\.?|EST|EDT|GMT|BST|UTC|CST|PST|[+-]\d{4}))?)?$"
)
_CREDIT_WORD = lazy_compile(r"记者|编辑|作者|通讯员|来源|供图|校对|审核|实习生|摄")
# Page furniture: navigation, sharing and related-article links.
_FURNITURE = lazy_compile(
    r"^(?:点击|查看原文|阅读原文|相关阅读|相关新闻|相关报道|延伸阅读|推荐阅读|热门推荐|更多|返回|上一篇|下一篇|分享到|扫码|扫一扫|"
    r"关注我们|长按|打印|关闭窗口|Share|Related|Read more|Subscribe|Sign up|Advertisement"
    r"|(?i:for\simmediate\srelease|press\srelease|media\scontacts?\s?:|contact\s?:))"
    r"|(?:>>|》》|→)$"
)
# A page's font-size buttons ("A+ A-", "A- A+"), left in the text when a page is saved.
_FONT_SIZE_SWITCH = lazy_compile(r"A\+[ \t]{0,2}A-|A-[ \t]{0,2}A\+")
_TITLE_PREFIX = lazy_compile(r"^\s{0,2}(?:原标题|原题|原文标题)(?:\s{0,2}[：:]|\s{1,2}(?=\S))")
_CAPTION = lazy_compile(
    r"^(?:图为|图片为|上图|下图|左图|右图|图\s?\d{0,2}\s?[：:]|▲|△|Photo:|Image:"
    # A table's or a chart's own title: 表2  2021年1—11月份…, Table 3: Revenue by source, Figure 2.
    r"|[表图]\s?\d{1,3}(?:[-.．]\d{1,2})?(?:\s|[：:])|(?:Table|Figure|Chart|Exhibit)\s\d{1,3}(?:[.:]|\s|$))"
)
# A note to a table or a chart: 注：…, 资料来源：…, Note: …, Source: …; a bare 注： opens a run of numbered notes.
# A credit at the end of a line with no colon: 华商报记者 黄涛, 通讯员 李明.
_TRAILING_CREDIT = lazy_compile(r"(?:记者|通讯员|编辑|摄影|摄)[ \t\u3000]{0,2}[" + HAN + r"·]{2,8}$")
_CLAUSE_MARKS = frozenset("，,。；;：:、！!？?")
# A line of one fact with no punctuation inside, ending in a figure (an infographic's "参保人数超10亿").
_FACT_LINE_END = lazy_compile(r"\d(?:[\d.]{0,12})(?:%|[" + HAN + r"]{0,3})$")
_HAS_WORD = lazy_compile(r"[A-Za-z0-9" + HAN + r"]")
_SPACED_PHRASES = lazy_compile(r"[" + HAN + r"%\d][ \t\u3000]{1,4}[" + HAN + r"]")
_NOTE = lazy_compile(r"^(?:注|附注|说明|资料来源|数据来源|来源|Notes?|Sources?)\s{0,2}[：:]")
# …供图（中新网）: a credit may be followed by the outlet that ran the picture, in brackets.
_CAPTION_END = lazy_compile(
    r"(?:摄|供图|提供|制图|绘|图片来源\S{0,12}|资料图|Photo\s\S.{0,40})[）)]?(?:[（(][^（）()]{1,12}[）)])?$"
)
_SOURCE_AT_END = lazy_compile(
    r"(?:[（(][^（()）]{0,40})?(?:数据来源|资料来源|来源|制表|制图|Source)\s{0,2}[：:][^。！？（()）]{1,40}[）)]?$"
    r"|[（(][^（()）]{0,40}(?:整理|制表|制图)[）)]$"
)
_SENTENCE_MARK_BEFORE_SOURCE = lazy_compile(r"[。！？!?；;].{0,60}(?:来源|整理|制表|制图|Source)")
# A photo caption's positions: （右一）, （左二）, （前排左三）, （中）.
_PHOTO_POSITION = lazy_compile(r"[（(](?:前排|后排|中排)?(?:左|右)[一二三四五六七八九]|[（(]中[）)]")
# A portrait's caption: official titles joined by 、 and a two- or three-character name, nothing else.
_PORTRAIT = lazy_compile(
    r"^["
    + HAN
    + r"、]{2,24}(?:书记|常委|委员|主任|主席|市长|县长|区长|省长|州长|镇长|乡长|局长|厅长|部长|院长|校长|董事长|"
    r"总经理|总裁|经理|理事长|会长|秘书长|主编|总编辑)[" + HAN + r"·]{2,4}$"
)
_FIELD_LABEL = lazy_compile(r"[" + HAN + r"A-Za-z ]{1,8}")
_FIELD_STOPS = frozenset("。！？!?；;，,")
_DIGIT_GROUP_COMMA = lazy_compile(r"(?<=\d),(?=\d{3})")  # 4,805,975,546.54: no clause break
# Two headlines on one line, as a page lists related stories: "首季继续亏损近20亿 | 今年再亏将退市".
_HEADLINE_PAIR = lazy_compile(r"^[^|｜。！？!?；;]{2,30}[ \t\u3000][|｜][ \t\u3000][^|｜。！？!?；;]{2,30}$")
# A web page's title: the headline, a bar, the site's name ("… to authorize a strike | EdSource").
_PAGE_TITLE = lazy_compile(r"^[^|｜\n]{8,200}[ \t\u3000][|｜][ \t\u3000][^|｜。！？!?.；;,，\n]{2,30}$")
# 借扭亏利益输送?——中国远洋涉嫌向大股东贱卖资产: a headline and its subtitle joined by a dash, no clause mark.
_DASHED_HEADLINE = lazy_compile(r"^[^，,。；;：:—]{2,24}——[^，,。；;：:—]{2,24}$")
_DECORATED = lazy_compile(r"^[~～=＝*＊#\-—]{3,}[^~～=＝*＊#]{1,24}[~～=＝*＊#\-—]{3,}$")
_BARRED_CREDIT = lazy_compile(r"^[｜|][^｜|。！？]{2,40}[｜|]$")
# "Benjamin Fanjoy/The Standard", "SFUSD Superintendent Matt Wayne | Benjamin Fanjoy/The Standard": a photo's
# credit, the photographer and the outlet.
_SLASH_CREDIT = lazy_compile(
    r"(?:^|[|｜][ \t]{0,2})[A-Z][A-Za-z.'-]{1,20}(?:[ \t][A-Z][A-Za-z.'-]{1,20}){0,3}[ \t]?/[ \t]?"
    r"(?:The[ \t])?[A-Z][A-Za-z&.'-]{1,20}(?:[ \t][A-Z][A-Za-z&.'-]{1,20}){0,3}$"
)
_WIRE_TITLE = lazy_compile(r"^\S{2,16}电\s{0,3}(?:[（(][^（()）]{1,20}[）)]\s{0,3})?题\s{0,2}[：:]")
# A press release's section heading over its boilerplate: "About the City of Decatur", "About Acme Corp."
_ABOUT_HEADING = lazy_compile(
    r"^(?:About|ABOUT)[ \t]{1,2}(?:(?:the|THE)[ \t]{1,2})?[A-Z][\w&.'’-]{0,30}"
    r"(?:[ \t]{1,2}(?:of|and|for|the|&|[A-Z(][\w&.'’()-]{0,30})){0,10}[ \t]*$"
)
_PHOTO_CREDIT = lazy_compile(r"\((?i:stock\s)?(?i:image|photo|picture|pic|credit)\b[^()]{0,60}\)$")
_TABLE_CELL_SEPARATOR = lazy_compile(r"\t|\s[|｜]\s|^\s{0,3}[|｜]|[|｜]\s{0,3}$")
_LIST_MARKER = lazy_compile(
    r"^(?:[•▶►▷■□◆◇●○·]|[*\-+]\s|\d{1,3}[.．、)）](?!\d)|[(（][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
)
_SENTENCE_MARKS = SENTENCE_MARKS
_OPEN_CLAUSE_MARKS = frozenset("，,、")
# Marks that never make a heading a sentence.
_TITLE_PUNCTUATION = frozenset(" \u3000—–-·・•")
_PAIRS = BRACKET_PAIRS
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
# Lines of an infographic: each at most this long.
FACT_LINE_LENGTH = 40
_FRONT_TITLE = lazy_compile(r"^title:[ \t]*['\"]?(.*?)['\"]?[ \t]*$", re.MULTILINE)
_NOT_WORD = lazy_compile(r"[\W_]+")
_NAME_ONLY = lazy_compile(r"^[" + HAN + r"·]{2,6}$|^[A-Z][a-z]+(?: [A-Z]\.?)?(?: [A-Z][a-z]+){1,2}$")
_OPENS_WITH_FIGURE = lazy_compile(
    r"[\d０-９.约近超逾达共]|[一二两三四五六七八九十百千万亿]{1,8}[万亿千百十]?[元人户个家项亩吨米%％]"
)


@dataclass(frozen=True)
class Block:
    """A stretch of a document that holds visible text, and what it is."""

    start: int  # offsets in the source (and in `masked`), without surrounding whitespace
    end: int
    role: str


@dataclass(frozen=True)
class Structure:
    masked: str
    blocks: tuple[Block, ...]
    # The visible text with the masked characters removed (line breaks kept), for reading figures across
    # inline markup (1<font>月</font> is 1月), and where each of its pieces starts in the source:
    # (offset in `compact`, offset in the source), one pair per piece. None when nothing is masked.
    compact: str | None = None
    pieces: tuple[tuple[int, int], ...] = ()

    def to_source(self, offset: int) -> int:
        """The source offset of an offset in `compact` (an end offset maps to just after its character)."""
        if self.compact is None:
            return offset
        index = bisect.bisect_right(self.pieces, (offset, float("inf"))) - 1
        compact_start, source_start = self.pieces[index]
        return source_start + offset - compact_start


def read_structure(text: str, *, markdown: bool = False) -> Structure:
    """The blocks of a document and its masked text (see the module docstring)."""
    hidden: list[tuple[int, int]] = []
    front = front_matter(text)
    if front is not None:
        hidden.append(front)
    for m in _HTML_HIDDEN.finditer(text):
        hidden.append(m.span())
    for pattern in (_HTML_TAG, _HTML_ENTITY, _URL):
        hidden.extend(m.span() for m in pattern.finditer(text))
    if markdown:
        # Markdown is parsed with only its front matter blanked: the HTML must still be there to be an html_block.
        regions, marks = _markdown_regions(_mask(text, [front]) if front is not None else text)
        hidden.extend(marks)
    else:
        regions = None
    masked = _mask(text, hidden)
    compact, pieces = _compact(text, hidden) if masked is not text else (None, ())
    blocks = _blocks(text, masked, regions)
    _apply_element_roles(blocks, _element_roles(text, markdown))
    _mark_headline(masked, blocks, _front_matter_title(text, front))
    _mark_deck(masked, blocks)
    _mark_fact_runs(masked, blocks)
    _mark_table_runs(masked, blocks)
    _mark_notes(masked, blocks)
    _mark_closing_name(masked, blocks)
    _mark_label_lines(masked, blocks)
    _mark_photo_captions(masked, blocks)
    _mark_pull_quotes(masked, blocks)
    return Structure(masked, tuple(blocks), compact, pieces)


def _compact(text: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without the masked spans (their line breaks kept), and where each kept piece starts."""
    out: list[str] = []
    pieces: list[tuple[int, int]] = []
    length = 0
    last = 0
    for start, end in sorted(spans) + [(len(text), len(text))]:
        if end <= last:
            continue
        start = max(start, last)
        if start > last:
            pieces.append((length, last))
            out.append(text[last:start])
            length += start - last
        for offset in range(start, end):
            if text[offset] == "\n":
                pieces.append((length, offset))
                out.append("\n")
                length += 1
        last = end
    return "".join(out), tuple(pieces)


def _element_roles(text: str, markdown: bool) -> list[tuple[int, int, str]]:
    """Spans whose text has a role from the markup around it: HTML headings, tables, list items, captions,
    bold paragraphs; Markdown bold lines."""
    spans: list[tuple[int, int, str]] = []
    if "<" in text:
        for m in _HTML_ROLE_ELEMENTS.finditer(text):
            name = m.group(1).lower()
            spans.append((m.start(), m.end(), _HTML_ELEMENT_ROLES.get(name, "title")))
        spans.extend((m.start(), m.end(), "caption") for m in _HTML_CAPTION_CLASS.finditer(text))
        spans.extend((m.start(), m.end(), "title") for m in _HTML_BOLD_PARAGRAPH.finditer(text))
    if markdown:
        spans.extend((m.start(), m.end(), "title") for m in _MD_BOLD_LINE.finditer(text))
    return sorted(spans)


def _apply_element_roles(blocks: list[Block], spans: list[tuple[int, int, str]]) -> None:
    if not spans:
        return
    starts = [start for start, _, _ in spans]
    for index, block in enumerate(blocks):
        if block.role not in ("prose", "quote", "list"):
            continue
        at = bisect.bisect_right(starts, block.start) - 1
        # The innermost element that holds the block decides (a list item inside a table is a table cell).
        for start, end, role in reversed(spans[max(0, at - 8) : at + 1]):
            if start <= block.start and block.end <= end:
                blocks[index] = Block(block.start, block.end, role)
                break


def _front_matter_title(text: str, front: tuple[int, int] | None) -> str | None:
    if front is None:
        return None
    m = _FRONT_TITLE.search(text, front[0], front[1])
    return m.group(1).strip() if m else None


def _normal(text: str) -> str:
    """Text compared for echoes: without spaces, punctuation and quotation marks."""
    return _NOT_WORD.sub("", text)


_BARE_CELL = lazy_compile(r"[-+−]?[$€£¥]?[\d][\d,.]*[%％]?[*]{0,3}|[-—–]|N/?A|n/?a")


def _mark_fact_runs(masked: str, blocks: list[Block]) -> None:
    """Three or more short prose lines in a row, none a sentence, are facts set one per line (an infographic)."""
    run: list[int] = []
    for index, block in enumerate([*blocks, None]):
        if block is not None and block.role == "prose":
            text = masked[block.start : block.end]
            if (
                len(text) <= FACT_LINE_LENGTH
                and not _ends_with_sentence(text)
                and not _ends_open(text)
                and "\n" not in text
            ):
                run.append(index)
                continue
        if len(run) >= 3:
            # a run whose lines are often a bare figure ("1,128", "51%", "$4.2M") is a table set one cell per
            # line: its labels repeat from table to table
            cells = sum(
                1 for member in run if _BARE_CELL.fullmatch(masked[blocks[member].start : blocks[member].end].strip())
            )
            role = "table" if cells >= 2 and cells * 3 >= len(run) else "list"
            for member in run:
                blocks[member] = Block(blocks[member].start, blocks[member].end, role)
        run = []
    # a longer label between two cells of such a table is one of its cells too
    for index in range(1, len(blocks) - 1):
        block = blocks[index]
        text = masked[block.start : block.end]
        if (
            block.role == "prose"
            and blocks[index - 1].role == blocks[index + 1].role == "table"
            and len(text) <= 2 * FACT_LINE_LENGTH
            and not _ends_with_sentence(text)
            and "\n" not in text
        ):
            blocks[index] = Block(block.start, block.end, "table")


def _mark_table_runs(masked: str, blocks: list[Block]) -> None:
    """A table of two column groups set as text has one cell separator per row ("Percent | Percent",
    "Personal Income $12,776 12,880 | $98,508 $99,031"): two or more such lines in a row, none a sentence, or one
    next to a table row, are rows of a table. One line alone is a title and its site ("… | EdSource")."""

    def row_like(index: int) -> bool:
        block = blocks[index]
        if block.role == "table":
            return True
        text = masked[block.start : block.end].strip()
        return (
            block.role in ("prose", "title")  # a row alone has a page title's shape ("Percent | Percent")
            and "\n" not in text
            and len(_TABLE_CELL_SEPARATOR.findall(text)) == 1
            and not any(ch in _SENTENCE_MARKS for ch in text)
            and not text.endswith(".")
        )

    # Lines with no word (a lone "|") sit between rows without breaking the run.
    kept = [index for index, block in enumerate(blocks) if block.role != "furniture"]
    rows = [row_like(index) for index in kept]
    for position, index in enumerate(kept):
        if blocks[index].role == "table" or not rows[position]:
            continue
        neighbours = rows[max(position - 1, 0) : position] + rows[position + 1 : position + 2]
        if any(neighbours):
            blocks[index] = Block(blocks[index].start, blocks[index].end, "table")


def _mark_notes(masked: str, blocks: list[Block]) -> None:
    """The numbered lines after a bare 注： / Notes: line are notes too (a table's footnotes)."""
    in_notes = False
    for index, block in enumerate(blocks):
        text = masked[block.start : block.end].strip()
        if block.role == "note":
            in_notes = _NOTE.fullmatch(text) is not None
        elif in_notes and _LIST_MARKER.match(text):
            blocks[index] = Block(block.start, block.end, "note")
        else:
            in_notes = False


# A credit for the pictures above it: "以上图片均为陈振摄", "上图为…（新华社记者 张三摄）", "（以上图片由…提供）".
_PHOTOS_ABOVE = lazy_compile(
    r"(?:以上图片|以上照片|以上图|上图为|上图：|上图:)[^。！？\n]{0,20}?(?:摄|提供|供图)[）)]?\s*$"
)
MAX_CAPTION = 60  # characters: a caption is one short sentence


def _mark_photo_captions(masked: str, blocks: list[Block]) -> None:
    """The short one-sentence lines right before a credit for the pictures above are their captions (two
    photos may share a caption, which is then no repeated paragraph)."""
    for index, block in enumerate(blocks):
        text = masked[block.start : block.end]
        if block.role not in ("prose", "caption") or not _PHOTOS_ABOVE.search(text.rstrip()):
            continue
        if len(text.strip()) <= MAX_CAPTION + 20:
            blocks[index] = Block(block.start, block.end, "caption")
        for earlier in range(index - 1, -1, -1):
            previous = blocks[earlier]
            caption = masked[previous.start : previous.end].strip()
            if previous.role not in ("prose", "caption") or "\n" in caption or len(caption) > MAX_CAPTION:
                break
            blocks[earlier] = Block(previous.start, previous.end, "caption")


# A line that is one short quotation and nothing else: “Expenses are going up, up, up”.
_WHOLE_QUOTATION = lazy_compile(r"[“\"]([^“”\"\n]{3,100})[”\"]")
PULL_QUOTE_MIN = 12  # characters of a quotation that, found again in the story, make it a pull quote


def _mark_pull_quotes(masked: str, blocks: list[Block]) -> None:
    """A short quotation alone on its line, with no one said to say it, whose words the story quotes again in
    another paragraph, is a pull quote set between paragraphs for display: not a paragraph cut off."""
    for index, block in enumerate(blocks):
        if block.role != "prose":
            continue
        found = _WHOLE_QUOTATION.fullmatch(masked, block.start, block.end)
        if found is None:
            continue
        words = _normal(found.group(1))
        if len(words) < PULL_QUOTE_MIN:
            continue
        if any(
            other != index
            and blocks[other].role in PROSE_ROLES
            # (quoted again inside a longer paragraph; the same line twice is a repeat, not a pull quote)
            and len(found_again := _normal(masked[blocks[other].start : blocks[other].end])) > len(words)
            and words in found_again
            for other in range(len(blocks))
        ):
            blocks[index] = Block(block.start, block.end, "title")


def _mark_closing_name(masked: str, blocks: list[Block]) -> None:
    """A short name alone on the article's last line (张海彤, Jane Doe) credits its author."""
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.role in ("byline", "furniture", "end"):
            continue
        text = masked[block.start : block.end]
        if block.role == "prose" and len(text) <= 8 and _NAME_ONLY.match(text):
            blocks[index] = Block(block.start, block.end, "byline")
        return


def front_matter(text: str) -> tuple[int, int] | None:
    """The span of the document's front matter (YAML between --- lines, or TOML between +++), or None."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return None
    fence = m.group(1)
    close = re.compile(rf"^{re.escape(fence)}[ \t]*$", re.MULTILINE).search(text, m.end())
    if close is None or text.count("\n", m.end(), close.start()) > 200:
        return None
    return m.start(1), close.end()


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span blanked: every character a space, except line breaks."""
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if end <= last:
            continue
        start = max(start, last)
        pieces.append(text[last:start])
        segment = text[start:end]
        pieces.append(re.sub(r"[^\n]", " ", segment) if "\n" in segment else " " * len(segment))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _markdown_regions(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Markdown's block structure: (first line, end line, role) per block, and the spans of its markers."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    regions: list[tuple[int, int, str]] = []
    line_starts = _line_starts(text)
    marks: list[tuple[int, int]] = []
    context: list[str] = []
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            context.append("list")
        elif token.type == "blockquote_open":
            context.append("quote")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            context.pop()
        if token.map is None or token.nesting == -1:
            continue
        first, last = token.map
        span = (line_starts[first], line_starts[last] if last < len(line_starts) else len(text))
        if token.type == "heading_open":
            regions.append((first, last, "title"))
        elif token.type == "paragraph_open":
            role = context[-1] if context else "prose"
            regions.append((first, last, role))
        elif token.type == "table_open":
            regions.append((first, last, "table"))
        elif token.type in ("fence", "code_block", "hr"):
            marks.append(span)
        elif token.type == "html_block":
            regions.append((first, last, "html"))
    # Markers inside the blocks that stay: heading hashes, quote marks, link and image syntax, emphasis.
    for pattern in (
        _MD_HEADING_MARK,
        _MD_QUOTE_MARK,
        _MD_REFERENCE,
        _MD_IMAGE,
        _MD_CODE_SPAN,
        _MD_ESCAPE,
        _MD_EMPHASIS,
    ):
        marks.extend(m.span() for m in pattern.finditer(text))
    for m in _MD_LINK.finditer(text):
        marks.append((m.start(), m.start(1)))  # "["
        marks.append((m.end(1), m.end()))  # "](url)"
    list_mark = re.compile(r"^[ \t]{0,12}(?:[*+\-]|\d{1,9}[.)])[ \t]+", re.MULTILINE)
    for first, _last, role in regions:
        if role == "list":
            start = line_starts[first]
            m = list_mark.match(text, start)
            if m:
                marks.append(m.span())
    return regions, marks


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    position = find("\n")
    while position != -1:
        starts.append(position + 1)
        position = find("\n", position + 1)
    return starts


def _blocks(text: str, masked: str, regions: list[tuple[int, int, str]] | None) -> list[Block]:
    line_starts = _line_starts(masked)
    bounds = line_starts + [len(masked) + 1]

    def span(first: int, last: int) -> tuple[int, int]:
        return line_starts[first], bounds[last] - 1

    def lines(first: int, last: int, role: str, refine: bool = True) -> list[Block]:
        # A line a paragraph, except that an HTML paragraph left open on a line goes on to where it closes.
        result = []
        number = first
        while number < last:
            end = number + 1
            depth = _open_paragraphs(text, *span(number, end))
            while depth > 0 and end < last:
                depth += _open_paragraphs(text, *span(end, end + 1))
                end += 1
            result.extend(_line_block(masked, *span(number, end), role, refine))
            number = end
        return result

    blocks: list[Block] = []
    if regions is None:
        blocks.extend(lines(0, len(line_starts), "prose"))
    else:
        for first, last, role in regions:
            if role == "html":
                blocks.extend(lines(first, last, "prose"))
            elif role == "table":
                blocks.extend(lines(first, last, "table", refine=False))
            else:
                blocks.extend(_line_block(masked, *span(first, last), role, refine=role in ("prose", "quote")))
    return blocks


def _open_paragraphs(text: str, start: int, end: int) -> int:
    """How many HTML paragraphs a stretch of source opens and leaves open (negative: closes)."""
    if "<" not in text[start:end]:
        return 0
    return len(_P_OPEN.findall(text, start, end)) - len(_P_CLOSE.findall(text, start, end))


def _line_block(masked: str, start: int, end: int, role: str, refine: bool = True) -> list[Block]:
    segment = masked[start:end]
    stripped = segment.strip()
    if not stripped:
        return []
    start += len(segment) - len(segment.lstrip())
    end = start + len(stripped)
    if refine and role == "quote":
        # A Markdown quote is also how some sites set a byline or a credit apart ("> 本报记者 … 《人民日报》（…第 02 版）").
        found = line_role(stripped)
        if found in ("byline", "note", "end", "furniture", "caption"):
            role = found
    elif refine and role == "prose":
        role = line_role(stripped)
        if role == "prose" and "\n" in stripped:
            # A block of lines none of which is prose (a release's header: FOR IMMEDIATE RELEASE / JANUARY 6,
            # 2014 / CONTACT: …) is not prose either.
            roles = [line_role(line.strip()) for line in stripped.splitlines() if line.strip()]
            if roles and "prose" not in roles:
                role = "byline" if "byline" in roles else roles[0]
    return [Block(start, end, role)]


def line_role(text: str) -> str:
    """The role a line's own shape gives it: end, byline, title (原标题), caption, table, list or prose."""
    if _END.match(text):
        return "end"
    if text.startswith("<!--") and text.endswith("-->"):
        return "furniture"  # a comment (an auditor-ignore in a plain-text article) is not text to read
    if _TITLE_PREFIX.match(text):
        return "title"
    if (_BYLINE.match(text) or _bracketed_byline(text)) and not _lede_after_byline(text):
        return "byline"
    if (_FURNITURE.search(text) or _FONT_SIZE_SWITCH.search(text)) and len(text) <= 40:
        return "furniture"
    if _DATELINE.match(text):
        return "byline"
    if _NOTE.match(text):
        return "note"
    if not _HAS_WORD.search(text):
        return "furniture"  # a lone quotation mark or bracket left by markup
    if _DECORATED.match(text):
        return "furniture"  # ~~~文末有福利~~~: a banner set off by decoration
    if _BARRED_CREDIT.match(text):
        return "byline"  # ｜每日经济新闻 nbdnews 原创文章｜
    if text[0] in "（(" and text[-1] in "）)" and len(text) <= 120 and not _LIST_MARKER.match(text):
        return "note"  # an aside set apart: （本报记者根据公开数据整理）, （2021年09月20日 第 03 版）
    if len(text) <= 20 and _TRAILING_CREDIT.search(text):
        return "byline"
    if _CAPTION.match(text) and len(text) <= 80 and not _ends_with_sentence(text):
        return "caption"
    if _roundup_heading(text):
        return "title"
    if _ABOUT_HEADING.match(text):
        return "title"  # "About the Decatur Downtown Development Authority", "ABOUT LEVIN JOHNSTON OF …": a press
        # release's boilerplate heading
    if _CAPTION.match(text) or (_CAPTION_END.search(text) and len(text) <= 40 and not _ends_with_sentence(text)):
        return "caption"
    if len(_TABLE_CELL_SEPARATOR.findall(text)) >= 2:
        return "table"
    if _LIST_MARKER.match(text):
        return "list"
    if _SLASH_CREDIT.search(text) and len(text) <= 120:
        return "caption"  # … | Benjamin Fanjoy/The Standard: a photo and its credit
    if _PHOTO_CREDIT.search(text):
        return "caption"  # "… (stock image used)", "… (Photo: Jane Doe)"
    if _SOURCE_AT_END.search(text) and not _SENTENCE_MARK_BEFORE_SOURCE.search(text):
        return "caption"  # a chart's or a table's title and its source: "…交易情况 数据来源：中指研究院"
    if _WIRE_TITLE.match(text):
        return "title"  # "中新社北京11月1日电 题：…": a wire story's title line
    if _HEADLINE_PAIR.match(text) or _DASHED_HEADLINE.match(text):
        return "title"
    if _PAGE_TITLE.match(text) and not _ends_with_sentence(text):
        return "title"  # "… vote to authorize a strike | EdSource": a page's title and its site
    if _PHOTO_POSITION.search(text) and len(text) <= 60 and not _ends_with_sentence(text):
        return "caption"  # "吴锦（右一）、魏华山（左一）会谈": who stands where in a photo
    if _PORTRAIT.match(text):
        return "caption"  # "黄石市委副书记、市长吴锦": a portrait's caption, titles and a name
    if _field_line(text):
        return "list"  # "对话人：…", "视频时长: 02:09", "总投资：2.1亿元": a field and its value
    return "prose"


def _field_line(text: str) -> bool:
    """A short label, a colon and a value that is no sentence: a field of a record, not a paragraph."""
    head, colon, value = text.partition("：")
    if not colon:
        head, colon, value = text.partition(":")
    head, value = head.strip(), _DIGIT_GROUP_COMMA.sub("", " ".join(value.split()))
    if not colon or not 0 < len(head) <= 8 or not 0 < len(value) <= 60 or not _FIELD_LABEL.fullmatch(head):
        return False
    if any(ch in _FIELD_STOPS for ch in value):
        return False
    return _balanced(value)


def _balanced(text: str) -> bool:
    """No quotation or bracket left open: one left open is a sentence cut short ("他说：“今年我们的目标是")."""
    return all(text.count(a) == text.count(b) for a, b in ("“”", "（）", "()", "《》", "「」"))


def _label_role(text: str) -> str | None:
    """The role of a Chinese line with no clause mark at all, by its shape, or None."""
    if HANZI.search(text) and not _CLAUSE_MARKS.intersection(text) and len(text) <= 60:
        if len(text) <= 10:
            return "caption"  # a short label: 中指研究院, a chart's source
        if _SPACED_PHRASES.search(text):
            return "title"  # a subheading in spaced phrases: 省份GDP数据揭晓 多地发展韧性持续显现
        if _FACT_LINE_END.search(text):
            return "list"  # one fact: 基本养老保险参保人数超10亿
    return None


def _mark_label_lines(masked: str, blocks: list[Block]) -> None:
    """Prose blocks left after the headline, fact runs and closing names that are labels by their shape."""
    for index, block in enumerate(blocks):
        if block.role == "prose" and "\n" not in masked[block.start : block.end]:
            role = _label_role(masked[block.start : block.end].strip())
            if role is not None:
                blocks[index] = Block(block.start, block.end, role)


def _roundup_heading(text: str) -> bool:
    """湖北：为抗旱防汛提供资金保证: a short place or topic, a colon and a short title, no sentence mark after."""
    head, colon, tail = text.partition("：")
    if not colon:
        head, colon, tail = text.partition(":")
    # 总投资：2.1亿元 is a fact, not a heading: a heading's title does not open with a figure.
    tail = " ".join(tail.split())  # masked markup leaves runs of spaces
    return (
        bool(colon)
        and 0 < len(head) <= 8
        and 0 < len(tail) <= 30
        and not _ends_with_sentence(tail)
        and not _OPENS_WITH_FIGURE.match(tail.lstrip())
        and _balanced(tail)
        and not any(ch in _SENTENCE_MARKS or ch in "，," for ch in tail)
    )


def _bracketed_byline(text: str) -> bool:
    """（作者：张三 编辑：李四）, （总台记者 金珠）: a short line in brackets that credits people or a source."""
    if len(text) < 4 or len(text) > 40 or text[0] not in "（(【[" or text[-1] not in "）)】]":
        return False
    return bool(_BYLINE.match(text[1:].lstrip()) or _CREDIT_WORD.search(text))


# A lede run on after its byline ("本报讯（记者 韩雪）记者从市人社局获悉，…。", "记者 林晓帆 报道 2月4日，…"): the
# paragraph is the article's first, in prose; a byline alone is short and states no sentence.
LEDE_AFTER_BYLINE_MIN = 30
_SENTENCE_INSIDE = lazy_compile(r"[。！？!?][”’\"']?\s{0,2}\S")


_REPORTER_LEAD = lazy_compile(r"^[◎●■★]?[（(【\[]?\s{0,2}(?:本报记者|本报讯|新华社|中新网|人民网|央视网|记者|通讯员)")


def _lede_after_byline(text: str) -> bool:
    # Only the reporter's line opens a lede; a label line (图片来源：…, 责任编辑：…) runs on into nothing but markup.
    return (
        bool(_REPORTER_LEAD.match(text))
        and len(text) >= LEDE_AFTER_BYLINE_MIN
        and (_ends_with_sentence(text) or bool(_SENTENCE_INSIDE.search(text)))
        and ("，" in text or ", " in text)
    )


def _ends_with_sentence(text: str) -> bool:
    stripped = text.rstrip("”’」』）)》〉】\"' ")
    return bool(stripped) and stripped[-1] in "。！？!?…；;"


def _mark_headline(masked: str, blocks: list[Block], front_title: str | None) -> None:
    """The first block is the headline when it reads as a title (short, no sentence mark), and any
    block that repeats the headline (the front matter's title, or that first block) is a title too."""
    headline = front_title
    for index, block in enumerate(blocks):
        if block.role in ("byline", "end", "furniture"):
            continue
        text = masked[block.start : block.end]
        if block.role == "prose" and (
            is_title_like(text)
            or (is_title_like(text, FIRST_HEADLINE_LENGTH) and _story_opens_after(masked, blocks, index))
        ):
            blocks[index] = Block(block.start, block.end, "title")
        if block.role == "prose" and blocks[index].role != "title" and _printed_twice(masked, blocks, index):
            # 热点关注：母婴店为何成“育儿谣言”重灾区？ over 【热点关注】母婴店为何成“育儿谣言”重灾区？: a page's title and
            # the article's heading, one headline printed twice (a question mark and all)
            blocks[index] = Block(block.start, block.end, "title")
        if blocks[index].role == "title" and headline is None:
            headline = text
        break
    if not headline or len(_normal(headline)) < 6:
        return
    wanted = _normal(headline)
    for index, block in enumerate(blocks):
        if block.role in PROSE_ROLES:
            found = _normal(masked[block.start : block.end])
            if found == wanted or (
                wanted in found
                and len(found) <= len(wanted) + 8
                and is_title_like(masked[block.start : block.end].strip())
            ):
                blocks[index] = Block(block.start, block.end, "title")


TWICE_PRINTED_LENGTH = 50  # characters of a headline a page prints twice, as its title and its heading


def _printed_twice(masked: str, blocks: list[Block], index: int) -> bool:
    """The first line, a short one, is printed again as the next, its words the same (punctuation and brackets
    aside)."""
    if index + 1 >= len(blocks):
        return False
    first = masked[blocks[index].start : blocks[index].end].strip()
    second = masked[blocks[index + 1].start : blocks[index + 1].end].strip()
    return (
        "\n" not in first
        and "\n" not in second
        # (a first sentence pasted twice is a copy: 。 or a full stop; a question or a cry may be a headline)
        and not any(mark in first for mark in "。；;")
        and not first.rstrip("”’」』）)》〉】\"' ").endswith(".")
        and max(len(first), len(second)) <= TWICE_PRINTED_LENGTH
        and len(_normal(first)) >= 6
        and _normal(first) == _normal(second)
    )


# An English headline on an article's first line may run longer than a heading inside it ("Scenic railroad posts
# record 2023 season as ridership climbs 13.7 percent"), when the story opens right after it.
FIRST_HEADLINE_LENGTH = 100
# A story's opening dateline: "LINDEN GAP (March 5, 2024) —", "(May 6, 2024) —".
_OPENING_DATELINE = lazy_compile(
    r"(?:[A-Z][A-Za-z.'’-]{0,20}(?:[ \t,]{1,2}[A-Z][A-Za-z.'’-]{0,20}){0,4}[ \t]{1,2})?\(?"
    r"[A-Z][a-z]{2,8}\.?[ \t]\d{1,2},[ \t]\d{4}\)?[ \t]{0,2}(?:—|–|--)"
)


def _story_opens_after(masked: str, blocks: list[Block], index: int) -> bool:
    """The block after `index` is a byline, or prose that opens with a dateline."""
    if index + 1 >= len(blocks):
        return False
    after = blocks[index + 1]
    return after.role == "byline" or (
        after.role == "prose" and bool(_OPENING_DATELINE.match(masked, after.start, after.end))
    )


HEADER_BLOCKS = 6  # the blocks an article's header (headline, deck, date, byline) may take
DECK_LENGTH = 80


def _mark_deck(masked: str, blocks: list[Block]) -> None:
    """Short lines above the byline are the header's, not the story's: a headline, or a deck that sums the story
    up, often in its first sentence's words (`潜在购房者会不会买房，取决于三个因素：…` between 原标题 and `文 | …`).
    A line that ends a sentence with a full stop, or holds a figure, is a lede set above its byline, and stays
    prose; so does all of a brief whose byline closes it (the story is above it, none below)."""
    header = blocks[:HEADER_BLOCKS]
    bylines = [index for index, block in enumerate(header) if block.role == "byline"]
    if not bylines or not any(block.role == "prose" for block in blocks[bylines[-1] + 1 :]):
        return
    for index in range(bylines[-1]):
        block = blocks[index]
        text = masked[block.start : block.end].strip()
        if (
            block.role == "prose"
            and text
            and len(text) <= DECK_LENGTH
            and text[-1] not in '。.;；”"'
            and not any(ch.isdigit() for ch in text)
        ):
            blocks[index] = Block(block.start, block.end, "title")


def first_line_headline(text: str) -> bool:
    """A Chinese headline on a document's first line may say more than a heading inside it: up to 50
    characters, three commas, an exclamation inside (4.9%！三季度GDP同比增速放缓，经济结构持续优化，…), but
    no sentence mark at its end."""
    text = text.strip()
    if "\n" in text or not HANZI.search(text) or _ends_open(text) or _ends_with_sentence(text):
        return False
    # 全国人口普查数据来了：男性多出3490万，…; 最具_引力_ (underscores standing for quotation marks)
    inner = re.sub(r"[！？!?：:](?=.)", "，", text.replace("_", ""))
    return is_heading(inner, 50, 4, max_commas=4)


# A footnote reference at the end of a title ([1], [注], ①): the note's marker, not the title's punctuation.
_FOOTNOTE_MARK = lazy_compile(r"(?:\[(?:\d{1,2}|注\d{0,2})\]|[①-⑳])\s{0,2}$")


# A full stop in English: not a decimal point.
_FULL_STOP = lazy_compile(r"\.(?!\d)")
TITLE_LENGTH = 60
# A headline set in capitals: upper-case words, figures and a colon or commas, no full stop.
_ALL_CAPS_HEADLINE = lazy_compile(r"(?=[^a-z]{0,40}?[A-Z]{3})[A-Z0-9 ,:'’&$%\-–—]{8,120}")
# Words each capitalised (short function words aside): a headline's casing.
_TITLE_CASE = lazy_compile(
    r"(?:(?:[A-Z0-9][\w'’-]{0,30}(?![\w'’-])|a|an|the|of|in|on|for|and|or|to|at|by|with|vs\.?)(?:[ \t]{1,3}|$)){2,20}"
)


def is_title_like(text: str, max_length: int = TITLE_LENGTH) -> bool:
    """A headline's shape. Chinese: at most 40 characters with at most one comma outside quotation marks
    (see `is_heading`); other text: at most `max_length` characters, no sentence mark. Neither may end
    with a clause left open (a line ending in a comma is a sentence broken across lines)."""
    if "\n" in text or _ends_open(text):
        return False
    text = _FOOTNOTE_MARK.sub("", text)  # 中华人民共和国2025年国民经济和社会发展统计公报[1]
    if HANZI.search(text):
        return is_heading(text, 40, 4)
    if len(text) <= 2 * max_length and _ALL_CAPS_HEADLINE.fullmatch(text):
        return True  # "DAY ONE PRIORITIES BY THE NUMBERS: 100 DAYS, 115 GUN-RELATED DETENTIONS"
    if len(text) > max_length or (len(text) > TITLE_LENGTH and _FULL_STOP.search(text)):
        return False  # (a long first line is a headline only with no full stop: "ridership climbs 13.7 percent")
    head, colon, tail = text.partition(":")
    if colon and _TITLE_CASE.fullmatch(tail.strip()) and not any(ch in _SENTENCE_MARKS for ch in head + tail):
        return True  # "Heather Roy's Diary: Local Government Rates": a headline in two parts
    return not any(ch in _SENTENCE_MARKS for ch in text)


def is_heading(text: str, max_length: int, min_clause: int, *, max_commas: int = 1, listing: bool = False) -> bool:
    """The shape of a Chinese heading: at most `max_length` characters, quotation marks and brackets balanced,
    no sentence mark anywhere, and outside quotation marks no punctuation but spaces, dashes and middle dots
    and at most `max_commas` commas, each clause between them at least `min_clause` characters."""
    if len(text) > max_length or any(ch in _SENTENCE_MARKS for ch in text):
        return False
    outside = _outside_quotes(text)
    if outside is None:
        return False
    marks = [index for index in outside if not (text[index].isalnum() or _part_of_title_word(text, index, listing))]
    if not marks:
        return True
    if len(marks) > max_commas or any(text[index] not in "，," for index in marks):
        return False
    # Quoted words count toward a clause: 边疆百姓的笑脸,印证了“稳稳的幸福”.
    bounds = [-1, *marks, len(text)]
    return all(len(text[a + 1 : b].strip()) >= min_clause for a, b in zip(bounds, bounds[1:]))


def _part_of_title_word(text: str, index: int, listing: bool = False) -> bool:
    """Punctuation a heading keeps inside its words: spaces and dashes, a percent sign or decimal point of a
    figure (GDP增长3%, 4.9%), and with `listing` 、 between listed words (让发电更经济、输电更高效)."""
    ch = text[index]
    if ch in _TITLE_PUNCTUATION or (listing and ch == "、"):
        return True
    if ch in "%％":
        return index > 0 and text[index - 1].isdigit()
    return ch == "." and 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


def _outside_quotes(text: str) -> list[int] | None:
    """Indexes of the characters outside quoted and bracketed spans; None when those do not balance."""
    outside: list[int] = []
    stack: list[str] = []
    straight_open = False
    for index, ch in enumerate(text):
        if ch == '"':
            straight_open = not straight_open
            continue
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
            continue
        if ch in _CLOSERS:
            if not stack or stack[-1] != ch:
                return None
            stack.pop()
            continue
        if not stack and not straight_open:
            outside.append(index)
    if stack or straight_open:
        return None
    return outside


def _ends_open(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in _OPEN_CLAUSE_MARKS
