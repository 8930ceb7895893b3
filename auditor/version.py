"""The version, and where this version's check pages are published (auditor/__init__ re-exports both)."""

__version__ = "0.1.0"

# Where each check's page (docs/rules/<id>.md) is published: SARIF's `helpUri`. OWNER is the repository's
# owner on publication, as in docs/ci.md; a project points elsewhere with the `rule-docs-url` setting.
RULE_DOCS_URL = "https://github.com/OWNER/auditor/blob/v" + __version__ + "/docs/rules/{id}.md"
