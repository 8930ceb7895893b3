"""The draft-integrity checks on the five bundled articles: exactly the defects they hold.

Each expected finding was checked by reading the article; a change here means a
check started missing a real defect or flagging correct text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.audit import run_checks
from auditor.findings import Severity
from auditor.project import load_audit
from auditor.registry import get_check

ROOT = Path(__file__).parents[1]
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
A000, A001, A002, A003, A004 = (f"corpus/{path.name}" for path in CORPUS)

EXPECTED = {
    "truncated-paragraph": {
        (A000, 38, 82),  # 创新采用“政 / 企协同” (blank line inside a quotation)
        (A000, 94, 25),  # 设立特色展区 / “韵味徐来…”等: the verb between is lost
        (A001, 7, 1),  # 累累。如今 (starts mid-sentence: 硕果 is lost)
        (A001, 13, 42),  # 祖丽阿亚·图孙托合提脸 (PDF column)
        (A001, 19, 102),  # 夯实根基、打
        (A001, 21, 38),  # 喀什地
        (A001, 25, 74),  # 玉米苗,喜
        (A001, 27, 73),  # 端稳了'饭碗'" with no full stop
        (A001, 35, 36),  # photo caption without its 。 and credit
        (A001, 49, 66),  # 在距离广东
        (A001, 53, 55),  # 注入
        (A001, 55, 110),  # 美妙碰
        (A001, 87, 130),  # 有名的电商
        (A001, 105, 107),  # 7.8万余人
        (A002, 23, 32),  # 卓然气 / 质。
        (A002, 43, 325),  # 促进全 / 县教育
        (A002, 49, 72),  # 踏上这 / 片熟悉的土地
        (A002, 61, 23),  # “…资源，要 / 找到…好处。”
        (A002, 65, 138),  # 的特色 / 工作载体
        (A003, 24, 96),  # 让运输时 / (line 41) 效提升40%
        (A003, 35, 13),  # 昔日寸 / 草不生
        (A003, 69, 177),  # 推进“绿 / 茵牵手”
        (A004, 33, 24),  # 不久 / (captions) / 前,
        (A004, 53, 84),  # the document ends after 480万元
    },
    "traditional-character": {(A000, 78, 127)},  # 教學能力
    "doubled-word": {
        (A000, 96, 41),  # 商贸商贸
        (A003, 22, 24),  # 服务浙浙企
        (A003, 43, 162),  # 销售浙浙农特产品
        (A003, 75, 41),  # 美妆美妆
    },
    "unbalanced-quotes": {
        (A000, 71, 55),  # “手把手”教操作、面对面讲思路”
        (A001, 5, 65),  # 指出:"做好新疆工作… never closed
        (A001, 31, 93),  # "我们集中…动能。' (closed with a single quote)
        (A001, 91, 1),  # '像卡米力…种子。" (opened with a single quote)
    },
    "mixed-punctuation": {
        (A000, 18, 6),
        (A001, 5, 8),
        (A002, 65, 23),  # 联赛(简称“村超”)（北赛区）: one ASCII pair in a full-width article
        (A004, 3, 12),
    },
    "stray-latin": {(A000, 88, 16)},  # 交流 and 宣传
}


@pytest.fixture(scope="module")
def audit():
    return load_audit(ROOT, document_paths=CORPUS)


def _findings(audit, check_id):
    return run_checks(audit, [get_check(check_id)])


@pytest.mark.parametrize("check_id", sorted(EXPECTED))
def test_corpus_findings_are_exactly_the_known_defects(audit, check_id):
    got = {(f.location.path, f.location.line, f.location.column) for f in _findings(audit, check_id)}
    assert got == EXPECTED[check_id]


def test_continuations_point_at_where_the_sentence_goes_on(audit):
    related = {
        (f.location.path, f.location.line): [(loc.path, loc.line, loc.column) for loc in f.related]
        for f in _findings(audit, "truncated-paragraph")
    }
    assert related[(A000, 38)] == [(A000, 40, 1)]
    assert related[(A002, 23)] == [(A002, 25, 1)]
    assert related[(A002, 61)] == [(A002, 63, 1)]
    assert related[(A003, 24)] == [(A003, 41, 1)]
    assert related[(A003, 69)] == [(A003, 71, 1)]
    assert related[(A004, 33)] == [(A004, 47, 1)]
    assert related[(A001, 13)] == []
    assert related[(A004, 53)] == []


def test_fixes_and_severities(audit):
    (traditional,) = _findings(audit, "traditional-character")
    assert traditional.fix == "學 → 学" and traditional.severity is Severity.WARNING
    assert [f.fix for f in _findings(audit, "doubled-word")] == [
        "商贸商贸 → 商贸",
        "浙浙 → 浙",
        "浙浙 → 浙",
        "美妆美妆 → 美妆",
    ]
    mixed = {f.location.path: f for f in _findings(audit, "mixed-punctuation")}
    assert all(f.severity is Severity.INFO for f in mixed.values())
    assert dict(mixed[A000].evidence)["count"] == "287"
    assert len(mixed[A000].related) == 4


def test_findings_are_deterministic(audit):
    for check_id in EXPECTED:
        first = [(f.fingerprint, f.message) for f in _findings(audit, check_id)]
        again = [(f.fingerprint, f.message) for f in _findings(load_audit(ROOT, document_paths=CORPUS), check_id)]
        assert first == again


def test_mixed_punctuation_marks_that_are_not_one_character_are_ignored():
    from auditor.audit import Audit

    documents = load_audit(ROOT, document_paths=CORPUS).documents
    check = get_check("mixed-punctuation")

    def found(marks):
        audit = Audit(documents=documents, check_options={"mixed-punctuation": {"marks": marks}})
        return [(f.location.path, f.location.line, f.evidence) for f in run_checks(audit, [check])]

    assert found(["", "...", ",;"]) == []
    assert found([",", "", "..."]) == found([","]) != []
