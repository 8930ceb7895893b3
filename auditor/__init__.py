"""auditor: check the figures of news articles against claims and against each other."""

from auditor.version import RULE_DOCS_URL, __version__  # noqa: F401


def __getattr__(name: str):
    # `auditor.check(...)` and `auditor.scan(...)` (auditor/api.py), imported on first use so that
    # `import auditor` (and `auditor --help`) stays light.
    if name in ("check", "scan"):
        from auditor import api

        return getattr(api, name)
    raise AttributeError(f"module 'auditor' has no attribute {name!r}")
