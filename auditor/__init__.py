"""auditor: check the figures of news articles against claims and against each other."""

__version__ = "0.1.0"

# Where each check's page (docs/rules/<id>.md) is published: SARIF's `helpUri`. OWNER is the repository's
# owner on publication, as in docs/ci.md; a project points elsewhere with the `rule-docs-url` setting.
RULE_DOCS_URL = "https://github.com/OWNER/auditor/blob/v" + __version__ + "/docs/rules/{id}.md"


def __getattr__(name: str):
    # `auditor.check(...)` and `auditor.scan(...)` (auditor/api.py), imported on first use so that
    # `import auditor` (and `auditor --help`) stays light.
    if name in ("check", "scan"):
        from auditor import api

        return getattr(api, name)
    raise AttributeError(f"module 'auditor' has no attribute {name!r}")
