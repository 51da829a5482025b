function renderJson(report) {
    const ordered = {
        version: report.version,
        verdict: report.verdict,
        overridden: report.overridden,
        approval: report.approval === null ? null : orderApproval(report.approval),
        complete: report.complete,
        incompleteReason: report.incompleteReason,
        score: {
            value: report.score.value,
            components: report.score.components.map((c) => ({
                name: c.name,
                lines: c.lines,
                explain: c.explain
            }))
        },
        stats: {
            files: report.stats.files,
            additions: report.stats.additions,
            deletions: report.stats.deletions
        },
        findings: report.findings.map(orderFinding),
        timingMs: {
            collect: report.timingMs.collect,
            analyze: report.timingMs.analyze,
            report: report.timingMs.report
        },
        mode: report.mode,
        skipped: report.skipped,
        pr: report.pr,
        notes: report.notes,
        approvalNotes: report.approvalNotes,
        splitPlan: report.splitPlan,
        testTimeline: report.testTimeline,
        apiCalls: report.apiCalls,
        ...(report.base === undefined ? {} : { base: report.base })
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
function orderApproval(approval) {
    return {
        label: approval.label,
        by: approval.by,
        role: approval.role,
        at: approval.at,
        headSha: approval.headSha,
        covers: approval.covers
    };
}
/** Absent optional keys stay absent (`JSON.stringify` drops `undefined`). */
function orderFinding(finding) {
    return {
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        path: finding.path,
        line: finding.line,
        endLine: finding.endLine,
        category: finding.category,
        evidence: finding.evidence,
        why: finding.why,
        fix: finding.fix,
        approve: finding.approve,
        enforced: finding.enforced,
        lines: finding.lines,
        effect: finding.effect
    };
}

export { renderJson };
