# SPDX-License-Identifier: MIT
"""Run every check on a draft and collect a Report. Deterministic, no I/O, never raises on text."""

from __future__ import annotations

import logging
from bisect import bisect_right
from itertools import accumulate

from .checks.base import CheckOptions, Context
from .checks.registry import all_checks
from .incremental import fit_to
from .model import Document, Finding, Report, Span
from .outline import paragraph_spans, parse_outline

log = logging.getLogger(__name__)


def spans_of(doc: Document) -> list[Span]:
    """Paragraph spans of a document, keeping the levels its source gave."""
    spans: list[Span] = []
    pos = 0
    for p in doc.paragraphs:
        spans.append(Span(pos, pos + len(p.text), p.text, p.level))
        pos += len(p.text) + 1
    return spans


def check_text(text: str, options: CheckOptions | None = None) -> Report:
    return _run(text, paragraph_spans(text), options or CheckOptions())


def check_document(doc: Document, options: CheckOptions | None = None) -> Report:
    return _run(doc.text, spans_of(doc), options or CheckOptions())


def make_context(text: str, options: CheckOptions | None = None) -> Context:
    """The context the checks see for a plain text (for running one rule on its own)."""
    options = options or CheckOptions()
    spans = paragraph_spans(text)
    return Context(text, spans, parse_outline(text, spans, options.report_type), options)


def _run(text: str, spans: list[Span], options: CheckOptions) -> Report:
    fit_to(len(text), len(spans))  # inside caching(): the piece caches hold this draft and as much again
    outline = parse_outline(text, spans, options.report_type)
    ctx = Context(text, spans, outline, options)
    found: dict[tuple[str, int, int, str], Finding] = {}
    ran = ctx.__dict__.setdefault("_jiaogao_ran", {})  # each check's own findings (base.findings_of)
    for check in all_checks():
        try:
            produced: list[Finding] = []
            for f in check(ctx):
                produced.append(f)
                if f.rule in options.disabled_rules or f.category in options.disabled_categories:
                    continue
                # Two rules, one problem: the first wins. Missing sections all point at the title,
                # so for them the rule (one per section) tells them apart.
                key = (f.category, f.start, f.end, f.rule if f.category == "missing-section" else "")
                found.setdefault(key, f)
            ran[check] = produced
        except Exception:  # one broken rule must not hide the others' findings
            if options.strict:
                raise
            log.exception("check %s failed", getattr(check, "__name__", check))
    findings = _outside_residue(sorted(found.values(), key=lambda f: (f.start, f.end, f.rule)))
    return Report(text, outline, tuple(findings))


def _outside_residue(findings: list[Finding]) -> list[Finding]:
    """Drop findings inside pasted web residue: the user deletes the whole block anyway.

    Placeholders stay: a masked value is worth seeing even there.
    """
    blocks = sorted((f.start, f.end) for f in findings if f.category == "web-residue" and f.end > f.start)
    if not blocks:
        return findings
    # One bisect per finding instead of a look at every block: the furthest end among the
    # blocks starting at or before a finding tells whether one of them covers it.
    starts = [a for a, _ in blocks]
    reach = list(accumulate((b for _, b in blocks), max))
    return [
        f
        for f in findings
        if f.category in ("web-residue", "placeholder")
        or (i := bisect_right(starts, f.start) - 1) < 0
        or reach[i] < f.end
    ]
