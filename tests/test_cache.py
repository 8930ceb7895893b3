"""The report cache (auditor/cache.py): reused only when nothing a report depends on changed."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from auditor import cache as report_cache
from auditor import caching, runner
from auditor.cache import ReportCache
from auditor.errors import InputError
from auditor.findings import Severity
from auditor.report import text as text_report
from auditor.runner import run_audit
from tests.conftest import ROOT
from tests.test_check_cli import make_project
from tests.test_check_cli import run_cli as run_cli_anywhere


def run_cli(args, cwd, env):
    """As a person runs it: not in CI, where reports are never cached."""
    return run_cli_anywhere(args, cwd, {"CI": None, "AUDITOR_NO_CACHE": None, **env})


def audit(root, cache, **kwargs):
    return run_audit(root, claim_paths=sorted((root / "claims").glob("*.yaml")), cache=cache, **kwargs)


def person_env(cache_dir):
    """The environment of a person at a shell (not CI, caches on), with the cache in `cache_dir`."""
    env = {key: value for key, value in os.environ.items() if key not in ("CI", "AUDITOR_NO_CACHE")}
    env["AUDITOR_CACHE_DIR"] = str(cache_dir)
    return env


def findings(report):
    return [(f.check, f.location.path, f.location.line, f.location.column, f.message) for f in report.findings]


@pytest.fixture
def no_fresh_audit(monkeypatch):
    """Make a run that is not answered from the cache fail loudly."""

    def refuse(*args, **kwargs):
        raise AssertionError("audited afresh, expected the cached report")

    def arm():
        monkeypatch.setattr(runner, "_audit", refuse)

    return arm


def entries(cache_dir):
    return sorted(path.name for path in (cache_dir / f"reports-v{report_cache.FORMAT}").glob("*.json"))


def test_the_unit_factor_cache_is_not_an_input_of_a_report(tmp_path):
    # It is auditor's own file, read while figures are parsed: were it noted as an input, every run that adds a
    # unit factor would make the next rerun miss. Fresh processes, so that the factors are read from disk.
    script = (
        "import sys; from pathlib import Path; from auditor.cache import ReportCache; "
        "from auditor.runner import run_audit; root = Path(sys.argv[1]); "
        "run_audit(root, claim_paths=sorted((root / 'claims').glob('*.yaml')), cache=ReportCache(Path(sys.argv[2])))"
    )
    for reports in ("first", "second"):  # the first run writes the unit factors, the second reads them
        subprocess.run(
            [sys.executable, "-c", script, str(ROOT), str(tmp_path / reports)],
            check=True,
            cwd=ROOT,
            env=person_env(tmp_path / "cache"),
        )
    assert list((tmp_path / "cache").glob("units-*.json"))
    entry = json.loads(next((tmp_path / "second" / f"reports-v{report_cache.FORMAT}").glob("*.json")).read_text())
    assert entry["files"] and not [name for name in entry["files"] if "units-" in name]


@pytest.mark.slow  # a fresh interpreter (and pint) per case
@pytest.mark.parametrize(
    "damage", ["[" * 100_000, "{not json", '{"万元": 42}'], ids=["nested", "not-json", "wrong-types"]
)
def test_a_damaged_unit_factor_cache_is_ignored(tmp_path, damage):
    # As in CI (no report cache, unit factors cached): a second process reads the factors the first stored.
    env = {**person_env(tmp_path / "cache"), "CI": "1"}
    command = [sys.executable, "-m", "auditor.cli", "check", "--color", "never"]
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True)
    (stored,) = (tmp_path / "cache").glob("units-*.json")
    stored.write_text(damage, encoding="utf-8")
    second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True)
    assert (first.returncode, second.returncode, second.stderr) == (1, 1, b"")
    assert second.stdout == first.stdout


def test_an_unchanged_run_is_answered_from_the_cache_with_an_equal_report(tmp_path, no_fresh_audit):
    cache = ReportCache(tmp_path / "cache")
    first = audit(ROOT, cache)
    assert len(entries(tmp_path / "cache")) == 1
    no_fresh_audit()
    second = audit(ROOT, cache)
    assert second == first
    assert [f.suppressed_by for f in second.suppressed] == [f.suppressed_by for f in first.suppressed]
    assert second.coverage == first.coverage and second.coverage[0].path == "corpus/000_ace7c8b895bb0294.txt"
    assert (tmp_path / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_cached_and_fresh_reports_print_byte_identically(tmp_path):
    cache_dir = tmp_path / "cache"
    env = {"AUDITOR_CACHE_DIR": str(cache_dir)}
    fresh = run_cli(["check", "--format", "json", "--no-cache"], ROOT, env)
    assert entries(cache_dir) == []
    stored = run_cli(["check", "--format", "json"], ROOT, env)
    assert len(entries(cache_dir)) == 1
    reused = run_cli(["check", "--format", "json"], ROOT, env)
    assert fresh.status == stored.status == reused.status == 1
    assert fresh.stdout == stored.stdout == reused.stdout
    text_fresh = run_cli(["check", "--no-cache"], ROOT, env)
    text_reused = run_cli(["check"], ROOT, env)
    assert text_fresh.stdout == text_reused.stdout
    assert "Found 3 errors, 34 warnings, 8 info; 5 documents checked" in text_reused.stdout


def test_no_cache_flag_neither_reads_nor_writes(tmp_path):
    project = make_project(tmp_path / "news")
    cache_dir = tmp_path / "cache"
    run_cli(["check", "--no-cache"], project, {"AUDITOR_CACHE_DIR": str(cache_dir)})
    run_cli(["scan", "corpus", "--no-cache"], project, {"AUDITOR_CACHE_DIR": str(cache_dir)})
    assert entries(cache_dir) == []


def test_a_document_named_only_by_a_claim_file_is_watched(tmp_path):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    before = audit(project, cache)
    assert [f[0] for f in findings(before)] == ["conflicting-figures"]
    # The claim files are unchanged; only the document they name is edited.
    (project / "corpus" / "b.txt").write_text("二是援疆干部捐赠启动资金128万元，设立通伊教育基金。\n", encoding="utf-8")
    after = audit(project, cache)
    assert findings(after) == findings(audit(project, None))
    assert [f[0] for f in findings(after)] == ["conflicting-figures", "quote-not-found"]


def test_an_edited_claim_file_is_a_miss(tmp_path):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    audit(project, cache)
    claim = project / "claims" / "b.yaml"
    claim.write_text(claim.read_text(encoding="utf-8").replace("118万元", "118万吨"), encoding="utf-8")
    after = audit(project, cache)
    assert after == audit(project, None)
    assert {f[0] for f in findings(after)} >= {"key-unit-mismatch"}


def test_other_settings_file_other_entries(tmp_path, no_fresh_audit):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    everything = audit(project, cache)
    narrowed = audit(project, cache, ignore=["conflicting-figures"])
    assert findings(narrowed) == [] and findings(everything) != []
    warned = audit(project, cache, severities={"conflicting-figures": Severity.INFO})
    assert [f.severity.label for f in warned.findings] == ["info"]
    assert len(entries(tmp_path / "cache")) == 3
    no_fresh_audit()
    assert audit(project, cache, ignore=["conflicting-figures"]) == narrowed


def test_a_symlink_retargeted_out_of_the_project_is_refused_not_served(tmp_path):
    project = make_project(tmp_path / "news")
    outside = tmp_path / "outside.txt"
    outside.write_text((project / "corpus" / "b.txt").read_text(encoding="utf-8"), encoding="utf-8")
    inside = project / "corpus" / "b-inside.txt"
    inside.write_text(outside.read_text(encoding="utf-8"), encoding="utf-8")
    link = project / "corpus" / "b.txt"
    link.unlink()
    link.symlink_to(inside)
    cache = ReportCache(tmp_path / "cache")
    assert [f[0] for f in findings(audit(project, cache))] == ["conflicting-figures"]
    link.unlink()
    link.symlink_to(outside)  # same bytes, but now outside the project root
    with pytest.raises(InputError, match="leaves the project root"):
        audit(project, cache)


def test_runs_that_fail_on_input_are_not_cached(tmp_path):
    project = make_project(tmp_path / "news")
    (project / "corpus" / "b.txt").unlink()
    cache = ReportCache(tmp_path / "cache")
    with pytest.raises(InputError):
        audit(project, cache)
    assert entries(tmp_path / "cache") == []


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b'{"key": "other"}',
        b"[1, 2]",
        b'{"key": null, "files": 3}',
        b"[" * 200_000 + b"]" * 200_000,
        b"\xff\xfe",
    ],
)
def test_a_damaged_entry_is_a_miss_and_is_replaced(tmp_path, content):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    expected = audit(project, cache)
    (entry,) = (tmp_path / "cache" / f"reports-v{report_cache.FORMAT}").glob("*.json")
    entry.write_bytes(content)
    assert audit(project, cache) == expected
    assert json.loads(entry.read_bytes())["key"] == entry.stem


def test_a_wrong_report_under_the_right_key_is_still_checked_against_the_files(tmp_path):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    expected = audit(project, cache)
    (entry,) = (tmp_path / "cache" / f"reports-v{report_cache.FORMAT}").glob("*.json")
    data = json.loads(entry.read_bytes())
    data["files"] = {path: "0" * 64 for path in data["files"]}  # recorded for other contents
    data["report"]["findings"] = []
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert audit(project, cache) == expected


def test_an_unwritable_cache_is_skipped_silently(tmp_path):
    project = make_project(tmp_path / "news")
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    report = audit(project, ReportCache(blocker))
    assert [f[0] for f in findings(report)] == ["conflicting-figures"]
    result = run_cli(["check"], project, {"AUDITOR_CACHE_DIR": str(blocker)})
    assert result.status == 1 and result.stderr == ""


def test_a_change_to_the_code_is_a_miss(tmp_path, monkeypatch):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    audit(project, cache)
    signature = report_cache.code_signature()
    source = ROOT / "checks" / "conflicting_figures.py"
    assert (str(source), hashlib.sha256(source.read_bytes()).hexdigest()) in signature  # content, not mtime
    monkeypatch.setattr(report_cache, "code_key", lambda: "0" * 64)  # what any change to the signature makes
    audit(project, cache)
    assert len(entries(tmp_path / "cache")) == 2


def test_old_entries_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setattr(report_cache, "MAX_ENTRIES", 3)
    monkeypatch.setattr(report_cache, "PRUNED_TO", 2)
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    for ignored in ("sum-mismatch", "percent-sum", "date-arithmetic", "stray-latin"):
        audit(project, cache, ignore=[ignored])
    assert len(entries(tmp_path / "cache")) == 2


def test_scan_uses_the_cache_too(tmp_path):
    env = {"AUDITOR_CACHE_DIR": str(tmp_path / "cache")}
    first = run_cli(["scan", "corpus", "--format", "json"], ROOT, env)
    second = run_cli(["scan", "corpus", "--format", "json", "--jobs", "2"], ROOT, env)
    assert first.status == second.status == 1
    assert first.stdout == second.stdout
    assert len(entries(tmp_path / "cache")) == 1


def test_plain_output_skips_rich_but_writes_what_rich_would(tmp_path):
    """A console that is not a terminal gets the lines' plain text: the same bytes rich's print writes."""
    report = audit(ROOT, None)
    for width in (60, 100, 160):
        direct, through_rich = io.StringIO(), io.StringIO()
        options = dict(width=width, color_system=None, force_terminal=False, highlight=False, markup=False)
        text_report.render(report, Console(file=direct, **options), verbose=True)
        text_report.render(report, Console(file=through_rich, record=True, **options), verbose=True)
        assert direct.getvalue() == through_rich.getvalue()
        assert direct.getvalue().count("\n") > 100


def _tampered(tmp_path, change):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    expected = audit(project, cache)
    (entry,) = (tmp_path / "cache" / f"reports-v{report_cache.FORMAT}").glob("*.json")
    data = json.loads(entry.read_bytes())
    change(data)
    entry.write_text(json.dumps(data), encoding="utf-8")
    return project, cache, expected


@pytest.mark.parametrize(
    "change",
    [
        lambda data: data.update(files={}, resolved={}),  # claims to depend on nothing
        lambda data: data["report"]["findings"][0].update(message=5),
        lambda data: data["report"]["findings"][0]["location"].__setitem__(1, "3"),
        lambda data: data["report"].update(coverage=[["a.txt", "3", 1]]),
        lambda data: data["report"].update(documents="abc"),
        lambda data: data["report"].update(claim_count=True),
        lambda data: data["report"]["findings"][0].update(evidence=[["value", 108]]),
    ],
    ids=["no files", "message type", "line type", "coverage type", "documents type", "bool count", "evidence type"],
)
def test_an_entry_of_the_wrong_shape_is_a_miss(tmp_path, change):
    project, cache, expected = _tampered(tmp_path, change)
    assert audit(project, cache) == expected


def test_a_document_swapped_for_a_symlink_out_of_the_project_is_refused_before_anything_is_read(tmp_path):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    audit(project, cache)
    document = project / "corpus" / "b.txt"
    document.unlink()
    document.symlink_to("/dev/zero")  # read whole, it would never end
    with pytest.raises(InputError, match="leaves the project root"):
        audit(project, cache)


def test_a_recorded_file_that_grew_too_large_or_is_not_a_file_is_not_read(tmp_path, monkeypatch):
    project = make_project(tmp_path / "news")
    cache = ReportCache(tmp_path / "cache")
    claim_paths = sorted((project / "claims").glob("*.yaml"))
    audit(project, cache)
    request = report_cache.Request.of(
        project, claim_paths, [], select=(), ignore=(), check_options=None, severities=None, discovery=False
    )
    assert cache.load(request) is not None
    monkeypatch.setattr(report_cache, "MAX_READ_BYTES", 10)
    assert cache.load(request) is None
    monkeypatch.undo()
    document = project / "corpus" / "b.txt"
    document.unlink()
    os.mkfifo(document)  # opening it would wait for a writer forever
    assert cache.load(request) is None


def test_file_names_that_are_not_utf8_are_refused_the_same_way_each_run(tmp_path):
    project = make_project(tmp_path / "news", {"docs/plain.txt": "其中援建学校3所。\n"})
    (project / os.fsdecode(b"docs/\xff\xfe.txt")).write_text("其中援建学校3所。\n", encoding="utf-8")
    # A real process: click's test runner cannot print such a name at all. No report format can carry the
    # name (JSON, SARIF and annotations are UTF-8), so it is an input error naming the bytes.
    env = person_env(tmp_path / "cache")
    command = [sys.executable, "-m", "auditor.cli", "scan", "docs", "--format", "json"]
    first, second = (subprocess.run(command, cwd=project, env=env, capture_output=True) for _ in range(2))
    assert first.returncode == second.returncode == 2
    assert first.stdout == second.stdout == b""
    assert (
        first.stderr
        == second.stderr
        == (
            b"docs/\\xff\\xfe.txt: file name is not valid UTF-8; rename it\nauditor: 1 input error; nothing was checked\n"
        )
    )
    assert entries(tmp_path / "cache") == []


def test_no_home_means_no_cache_not_a_crash(monkeypatch):
    from auditor import units

    for name in ("AUDITOR_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert caching.default_directory() is None
    assert ReportCache.default() is None
    assert units._FactorCache().path is None


def test_no_cache_turns_off_the_unit_factor_cache_too(monkeypatch):
    from auditor import units

    monkeypatch.delenv("AUDITOR_NO_CACHE", raising=False)
    assert units._FactorCache().path is not None
    with caching.caches_off():
        assert units._FactorCache().path is None
        assert ReportCache.default() is None
    assert units._FactorCache().path is not None


@pytest.mark.parametrize(
    ("variable", "value", "cached"),
    [
        ("CI", "true", False),
        ("CI", "1", False),
        ("CI", "false", True),
        ("AUDITOR_NO_CACHE", "1", False),
        ("AUDITOR_NO_CACHE", "0", True),
        ("AUDITOR_NO_CACHE", "", True),
    ],
)
def test_environment_switches(tmp_path, variable, value, cached):
    project = make_project(tmp_path / "news")
    run_cli(["check"], project, {"AUDITOR_CACHE_DIR": str(tmp_path / "cache"), variable: value})
    assert len(entries(tmp_path / "cache")) == (1 if cached else 0)


def test_lazy_patterns_copy_and_pickle_like_compiled_ones():
    from auditor.patterns import lazy_compile

    pattern = lazy_compile(r"(?P<n>[一二三])个")
    for fresh in (pickle.loads(pickle.dumps(pattern)), copy.copy(pattern), copy.deepcopy(pattern)):
        assert fresh.findall("一个和三个") == ["一", "三"]
    assert pattern.groupindex == {"n": 1} and pattern.sub("#", "两个一个") == "两个#"
    assert pickle.loads(pickle.dumps(pattern)).search("三个").group("n") == "三"


# ---------------------------------------------------------------- what a rerun imports


def test_a_rerun_from_the_cache_imports_no_check(tmp_path):
    env = person_env(tmp_path / "cache")
    script = (
        "import sys\nfrom auditor.cli import main\ntry:\n    main(['check'])\nexcept SystemExit as exit:\n"
        "    status = exit.code\nprint(status, sorted(m for m in sys.modules if m.startswith('auditor.checks.')), file=sys.stderr)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout and "Found 3 errors, 34 warnings, 8 info" in runs[1].stdout
    assert runs[0].stderr.startswith(
        "1 ['auditor.checks._breakdowns', 'auditor.checks._claims'"
    )  # the first run audits
    assert (
        runs[1].stderr == "1 []\n"
    )  # the rerun: settings and selection from the registry table, the report from the cache


def test_library_runs_without_a_cache_touch_no_cache_directory(tmp_path):
    env = person_env(tmp_path / "cache")
    script = (
        "from pathlib import Path\nfrom auditor.runner import run_audit\nroot = Path.cwd()\n"
        "report = run_audit(root, sorted((root / 'claims').glob('*.yaml')), select=['percent-sum'])\n"
        "print(report.checks, len(report.findings))"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.stdout == "('percent-sum',) 1\n", run.stderr
    # Only the unit factors (auditor/units.py, pint's answers) are kept: no report.
    assert [path.name for path in (tmp_path / "cache").iterdir()] == [
        path.name for path in (tmp_path / "cache").glob("units-*.json")
    ]


def test_an_empty_home_is_no_home(monkeypatch):
    for name in ("AUDITOR_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", "")
    assert caching.default_directory() is None
