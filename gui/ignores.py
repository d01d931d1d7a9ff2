# SPDX-License-Identifier: MIT
"""Findings the user chose to ignore, kept with the document.

A finding is keyed by its rule, its excerpt and a few characters either side, not
by offsets: the key survives re-checks and edits elsewhere in the text, and goes
away with the words it was about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jiaogao.core.model import Finding

CONTEXT_CHARS = 6


def finding_key(finding: Finding, text: str) -> str:
    before = text[max(0, finding.start - CONTEXT_CHARS) : finding.start]
    after = text[finding.end : finding.end + CONTEXT_CHARS]
    return f"{finding.rule}\x1f{before}\x1f{finding.excerpt}\x1f{after}"


@dataclass
class IgnoreList:
    findings: set[str] = field(default_factory=set)
    rules: set[str] = field(default_factory=set)

    def ignore(self, finding: Finding, text: str) -> None:
        self.findings.add(finding_key(finding, text))

    def ignore_rule(self, rule: str) -> None:
        self.rules.add(rule)

    def is_ignored(self, finding: Finding, text: str) -> bool:
        return finding.rule in self.rules or finding_key(finding, text) in self.findings

    def visible(self, findings: tuple[Finding, ...] | list[Finding], text: str) -> list[Finding]:
        if not self.findings and not self.rules:
            return list(findings)
        return [f for f in findings if not self.is_ignored(f, text)]

    def clear(self) -> None:
        self.findings.clear()
        self.rules.clear()

    def __bool__(self) -> bool:
        return bool(self.findings or self.rules)

    def to_dict(self) -> dict[str, list[str]]:
        return {"findings": sorted(self.findings), "rules": sorted(self.rules)}

    @classmethod
    def from_dict(cls, data: dict[str, list[str]]) -> IgnoreList:
        return cls(set(data.get("findings", ())), set(data.get("rules", ())))
