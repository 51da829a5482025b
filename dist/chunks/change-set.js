/** The one place a ChangeSet is assembled, once everything it holds has been read. */
function changeSetOf(parts) {
    const problems = parts.problems ?? [];
    return {
        source: parts.source,
        base: parts.base ?? null,
        head: parts.head ?? null,
        files: parts.files,
        complete: problems.length === 0,
        incompleteReason: problems.length === 0 ? null : problems.join('; '),
        pr: parts.pr ?? null,
        commits: parts.commits ?? [],
        manifest: parts.manifest ?? { status: 'absent' },
        ci: parts.ci ?? null,
        gitattributes: parts.gitattributes ?? null,
        headTree: parts.headTree ?? null
    };
}

export { changeSetOf as c };
