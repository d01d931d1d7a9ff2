# SPDX-License-Identifier: MIT
"""Precision and recall of the whole checker over the hand-marked drafts in tests/data/drafts.

The drafts and their .expected.json files were marked up by hand, as a supervisor would,
independently of the rules. See tests/data/drafts/README.md for the format.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from jiaogao.core.engine import check_text
from jiaogao.core.model import Finding
from jiaogao.core.outline import parse_outline

from tests.core.corpus import (
    DRAFTS,
    CorpusError,
    Draft,
    Expected,
    MatchResult,
    Tally,
    evaluate,
    format_details,
    format_table,
    load_corpus,
    locate,
    match_draft,
    overlaps,
)

pytestmark = pytest.mark.core

MIN_PRECISION = 0.90
MIN_RECALL = 0.90
MIN_EXPECTED_FOR_RATE = 3  # a category with fewer planted problems is too small to rate on its own
MIN_CHARS, MAX_CHARS = 800, 3000
BLOCKING = ("error", "warning")
HALF_WIDTH_IN_PROSE = re.compile(r"(?<=[\u4e00-\u9fff])\s*[,;:()]\s*(?=[\u4e00-\u9fff])")

CORPUS = load_corpus()
CLEAN = [d for d in CORPUS if d.is_clean]


@cache
def _report_findings(name: str) -> tuple[Finding, ...]:
    draft = next(d for d in CORPUS if d.name == name)
    return check_text(draft.text).findings


# --- the matcher itself, on synthetic findings -------------------------------------------------


def _f(category: str, start: int, end: int, rule: str = "x.y") -> Finding:
    return Finding(rule, category, "warning", "测试", start, end, "")


def _exp(category: str, *spans: tuple[int, int], optional: bool = False, draft: str = "d.txt") -> Expected:
    return Expected(draft, category, tuple(spans), "", "", optional)


def test_locate_counts_occurrences():
    text = "培训X人，发展X名，X光机1台"
    assert locate(text, "X", 1) == (2, 3)
    assert locate(text, "X", 3) == (10, 11)
    with pytest.raises(CorpusError):
        locate(text, "X", 4)
    with pytest.raises(CorpusError):
        locate(text, "XX", 1)


@pytest.mark.parametrize(
    ("span", "start", "end", "hit"),
    [
        ((10, 14), 10, 14, True),
        ((10, 14), 12, 20, True),
        ((10, 14), 0, 11, True),
        ((10, 14), 14, 18, False),  # touching is not overlapping
        ((10, 14), 6, 10, False),
        ((10, 14), 14, 14, True),  # an empty finding at the edge still points at the span
        ((10, 14), 15, 15, False),
    ],
)
def test_overlap(span, start, end, hit):
    assert overlaps(span, start, end) is hit


def test_match_counts_hits_false_alarms_and_misses():
    expected = [_exp("placeholder", (5, 6)), _exp("placeholder", (20, 22)), _exp("duplicate", (40, 50))]
    findings = [
        _f("placeholder", 5, 7),  # hit, wider than the excerpt
        _f("placeholder", 30, 31),  # false alarm
        _f("duplicate", 5, 6),  # right place, wrong category: false alarm
        _f("duplicate", 45, 60),  # hit
    ]
    result = match_draft("d.txt", findings, expected)
    ph, dup = result.tallies["placeholder"], result.tallies["duplicate"]
    assert (ph.expected, ph.recalled, ph.true_pos, ph.false_pos) == (2, 1, 1, 1)
    assert (dup.expected, dup.recalled, dup.true_pos, dup.false_pos) == (1, 1, 1, 1)
    assert [e.spans for e in result.misses] == [((20, 22),)]
    assert [f.start for _, f in result.false_alarms] == [30, 5]
    total = result.total()
    assert (total.expected, total.recalled, total.true_pos, total.false_pos) == (3, 2, 2, 2)
    assert total.precision == 0.5
    assert total.recall == pytest.approx(2 / 3)


def test_match_alternative_spans_and_optional_entries():
    expected = [
        _exp("figure-conflict", (100, 104), (10, 14)),  # either place of the two values
        _exp("punctuation", (50, 51), optional=True),
    ]
    findings = [_f("figure-conflict", 11, 13), _f("figure-conflict", 100, 104), _f("punctuation", 50, 51)]
    result = match_draft("d.txt", findings, expected)
    fc, pu = result.tallies["figure-conflict"], result.tallies["punctuation"]
    assert (fc.expected, fc.recalled, fc.true_pos, fc.false_pos) == (1, 1, 2, 0)
    assert (pu.expected, pu.recalled, pu.true_pos, pu.false_pos) == (0, 0, 0, 0)  # tolerated, not counted
    assert not result.misses
    assert not result.false_alarms


def test_match_accumulates_over_drafts_and_reports_them():
    result = MatchResult()
    match_draft("a.txt", [_f("numbering", 0, 2)], [], result)
    match_draft("b.txt", [], [_exp("numbering", (3, 5), draft="b.txt")], result)
    assert result.tallies["numbering"].precision == 0.0
    assert result.tallies["numbering"].recall == 0.0
    table = format_table(result)
    assert "numbering" in table and "placeholder" not in table
    details = format_details(result, {"a.txt": "一、二、四、", "b.txt": "一、二、四、五"})
    assert "FALSE a.txt [numbering/x.y/warning]" in details
    assert "MISS  b.txt [numbering] …一、二【、四】、五…" in details


# --- the corpus is well formed ----------------------------------------------------------------


def test_corpus_size():
    assert len(CORPUS) >= 24
    assert len(CLEAN) >= 6
    assert set(d.report_type for d in CORPUS) == {"halfyear", "annual", "summary_plan", "duty", "special"}


@pytest.mark.parametrize("draft", CORPUS, ids=lambda d: d.name)
def test_draft_well_formed(draft: Draft):
    assert MIN_CHARS <= len(draft.text) <= MAX_CHARS, len(draft.text)
    assert "\r" not in draft.text
    # held-out sets use an hN- prefix
    assert bool(re.match(r"(?:h\d+-)?clean-", draft.name)) == draft.is_clean
    if not draft.is_clean:
        assert 2 <= len(draft.required) <= 60
    for e in draft.expected:
        assert all(draft.text[a:b] for a, b in e.spans)


def _whole_lines(text: str, span: tuple[int, int]) -> bool:
    a, b = span
    return (a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b] == "\n")


@pytest.mark.parametrize("draft", [d for d in CORPUS if not d.is_clean], ids=lambda d: d.name)
def test_expectations_follow_the_span_conventions(draft: Draft):
    """The spans per category documented in tests/data/drafts/README.md."""
    text = draft.text
    for e in draft.expected:
        excerpt = text[e.spans[0][0] : e.spans[0][1]]
        if e.category == "missing-section":
            assert _whole_lines(text, e.spans[0]) and len(excerpt) <= 60, excerpt
        elif e.category == "web-residue":
            assert _whole_lines(text, e.spans[0]), excerpt
        elif e.category == "punctuation":
            assert excerpt in ',;:()"', excerpt
        elif e.category == "duplicate":
            assert len(excerpt) >= 8 and text.count(excerpt) >= 2, excerpt
            assert not excerpt.endswith(("。", "；")), excerpt


@pytest.mark.parametrize("draft", CLEAN, ids=lambda d: d.name)
def test_clean_draft_has_no_half_width_marks_in_prose(draft: Draft):
    assert not HALF_WIDTH_IN_PROSE.search(draft.text)


def test_expectation_files_have_drafts():
    stems = {p.name.removesuffix(".expected.json") for p in DRAFTS.glob("*.expected.json")}
    assert stems == {p.stem for p in DRAFTS.glob("*.txt")}


# --- the checker on the corpus ----------------------------------------------------------------


@pytest.mark.parametrize("draft", CORPUS, ids=lambda d: d.name)
def test_report_type_detected(draft: Draft):
    assert parse_outline(draft.text).report_type == draft.report_type


@pytest.mark.parametrize("draft", CLEAN, ids=lambda d: d.name)
def test_clean_draft_has_no_findings(draft: Draft):
    findings = _report_findings(draft.name)
    blocking = [f for f in findings if f.severity in BLOCKING]
    shown = "\n".join(f"{f.category}/{f.rule}/{f.severity} {f.excerpt!r} @{f.start}" for f in findings)
    assert not blocking, f"{draft.name}: clean draft flagged:\n{shown}"
    assert not findings, f"{draft.name}: clean draft has info findings:\n{shown}"


def _rated(result: MatchResult) -> dict[str, Tally]:
    return {c: t for c, t in result.tallies.items() if t.expected >= MIN_EXPECTED_FOR_RATE}


def _report(result: MatchResult, failures: list[str]) -> str:
    texts = {d.name: d.text for d in CORPUS}
    return "\n".join([*failures, "", format_table(result), "", format_details(result, texts)])


@cache
def _corpus_result() -> MatchResult:
    return evaluate(CORPUS)


def test_precision_and_recall_over_corpus():
    """The bar set for the checker: overall precision, and recall in every category big enough to rate."""
    result = _corpus_result()
    failures: list[str] = []
    total = result.total()
    if total.precision < MIN_PRECISION:
        failures.append(f"overall precision {total.precision:.2f} < {MIN_PRECISION}")
    failures += [
        f"{cat}: recall {t.recall:.2f} < {MIN_RECALL}"
        for cat, t in _rated(result).items()
        if t.recall < MIN_RECALL
    ]
    assert not failures, _report(result, failures)


def test_precision_per_category():
    """Stricter: no category may cry wolf, even when the others keep the overall figure up."""
    result = _corpus_result()
    failures = [
        f"{cat}: precision {t.precision:.2f} < {MIN_PRECISION}"
        for cat, t in _rated(result).items()
        if t.precision < MIN_PRECISION
    ]
    assert not failures, _report(result, failures)
