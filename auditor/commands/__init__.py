"""One module per command; `auditor.cli` loads them on demand."""
