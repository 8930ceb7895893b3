"""A traditional character in simplified Chinese text.

## What it flags
A character that is not part of simplified Chinese, in a document written in
simplified characters: 学 written 學 in "教學能力". Two maintained libraries
must agree, so a character legitimate in simplified text is never flagged:

- **CC-CEDICT's character sets** (as the `zhon` package ships them, the data
  behind hanzidentifier) list the character as traditional only. Characters
  valid in both scripts are left alone even when they have a traditional
  reading: 乾 (乾隆, 乾坤), 於 (a surname), 著 (著名),
  麽 (幺麽), 台, 后, 里.
- **OpenCC** (`t2s`, phrase-aware, run on the whole paragraph) changes it; its
  output in context is the suggested fix (學 → 学).

A document where traditional-only characters outnumber simplified-only ones is
written in traditional Chinese and is not checked: its characters are not
strays. Characters listed in `allow` (e.g. a name that keeps its traditional
form) are never flagged.

## Why it matters
A stray traditional character comes from a pasted quote, an input method left
in the wrong mode or a converted source. Readers notice it and it breaks
search and quote matching (學 ≠ 学).

## Example
```text
全方位提升了本地教师的教學能力与专业素养
```
`Traditional character "學" in simplified text` with fix `學 → 学`.

## How to fix
Replace the character with its simplified form (the finding's fix). If the
traditional form is intended (a personal name, a calligraphy title), add it to
the check's `allow` setting.
"""

from __future__ import annotations

import functools
from types import MappingProxyType

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity
from auditor.text import HANZI


@functools.cache
def script_only_characters() -> tuple[frozenset[str], frozenset[str]]:
    """CC-CEDICT's characters that belong to one script only: (traditional, simplified)."""
    # zhon's plain strings, not hanzidentifier, whose import compiles a 13,000-character
    # regular expression we do not use (40 ms of every run).
    from zhon import cedict

    traditional, simplified = frozenset(cedict.traditional), frozenset(cedict.simplified)
    return traditional - simplified, simplified - traditional


def run(audit: Audit):
    import opencc

    allow = set(audit.option(CHECK, "allow"))
    converter = opencc.OpenCC("t2s")
    for document in audit.documents.values():
        if converter.convert(document.visible_text) == document.visible_text:
            continue  # t2s changes nothing: no character can be reported (the usual case, and cheap to see)
        traditional_only, simplified_only = script_only_characters()
        hanzi = HANZI.findall(document.visible_text)
        traditional = sum(ch in traditional_only for ch in hanzi)
        if not traditional or traditional > sum(ch in simplified_only for ch in hanzi):
            continue  # nothing to report, or a traditional-Chinese document
        for paragraph in document.paragraphs:
            converted = converter.convert(paragraph.text)
            # t2s maps character for character; a length change would misalign the context.
            aligned = len(converted) == len(paragraph.text)
            for offset, ch in enumerate(paragraph.text):
                if ch not in traditional_only or ch in allow:
                    continue
                simplified = converted[offset] if aligned else converter.convert(ch)
                if simplified == ch:
                    continue
                start = paragraph.start + offset
                context = paragraph.text[max(0, offset - 2) : offset + 3]
                yield Finding(
                    check=CHECK.id,
                    severity=CHECK.severity,
                    message=f'Traditional character "{ch}" in simplified text',
                    location=document.mark_location(start, start + 1),
                    evidence=(("character", ch), ("simplified", simplified), ("context", context)),
                    fix=f"{ch} → {simplified}",
                    identity=f"{ch}:{context}",
                )


CHECK = Check(
    id="traditional-character",
    severity=Severity.WARNING,
    summary="A traditional character in simplified Chinese text",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    options=MappingProxyType({"allow": ()}),
)
