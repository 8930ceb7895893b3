"""auditor: check the figures of news articles against claims and against each other."""

__version__ = "0.1.0"
