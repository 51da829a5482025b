const TRAILER_KEY = 'co-authored-by:';
/** The line ends a regex `$` with the `m` flag knows. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
/**
 * The `Co-authored-by: Name <email>` trailers of a commit message, read with string scans: a
 * regex over a whole line backtracks on long runs of blanks, and commit messages are untrusted.
 */
function coAuthorTrailers(message) {
    const found = [];
    for (const line of message.split(LINE_BREAK)) {
        const trailer = coAuthorOf(line);
        if (trailer !== null)
            found.push(trailer);
    }
    return found;
}
/** `Name <email>` after the key, the email being the last `<...>` and ending the line. */
function coAuthorOf(line) {
    if (line.length < TRAILER_KEY.length)
        return null;
    if (line.slice(0, TRAILER_KEY.length).toLowerCase() !== TRAILER_KEY)
        return null;
    const body = trimBlanks(line.slice(TRAILER_KEY.length));
    if (!body.endsWith('>'))
        return null;
    const open = body.lastIndexOf('<');
    if (open === -1)
        return null;
    const email = body.slice(open + 1, -1);
    if (email.includes('>'))
        return null;
    return { name: trimBlanks(body.slice(0, open)), email };
}
/** Trims spaces and tabs only, as the trailer format does. */
function trimBlanks(text) {
    let start = 0;
    let end = text.length;
    while (start < end && isBlank(text.charCodeAt(start)))
        start++;
    while (end > start && isBlank(text.charCodeAt(end - 1)))
        end--;
    return text.slice(start, end);
}
function isBlank(code) {
    return code === 32 || code === 9;
}

function classifyChange(changeSet, config) {
    const reasons = [
        ...authorSignals(changeSet, config),
        ...branchSignals(changeSet, config),
        ...commitSignals(changeSet.commits, config),
        ...manifestSignals(changeSet)
    ];
    if (reasons.length > 0)
        return { agent: true, reasons };
    return { agent: false, reasons: [notAgentReason(changeSet)] };
}
function lowerSet(values) {
    return new Set(values.map((v) => v.toLowerCase()));
}
function authorSignals(changeSet, config) {
    const pr = changeSet.pr;
    if (!pr)
        return [];
    const authors = lowerSet(config.agents.authors);
    const apps = lowerSet(config.agents.apps);
    const login = pr.author.login.toLowerCase();
    const signals = [];
    if (authors.has(login))
        signals.push(`author @${pr.author.login} is a listed agent`);
    // An app's bot account is `slug[bot]`: it counts only when the app itself is a listed agent.
    const botSlug = pr.author.type === 'Bot' && login.endsWith('[bot]') ? login.slice(0, -5) : null;
    if (botSlug && apps.has(botSlug) && !authors.has(login)) {
        signals.push(`author @${pr.author.login} is the bot of listed agent app ${botSlug}`);
    }
    if (pr.appSlug && apps.has(pr.appSlug.toLowerCase())) {
        signals.push(`opened through listed agent app ${pr.appSlug}`);
    }
    return signals;
}
function headBranch(changeSet) {
    return changeSet.pr?.headRef ?? changeSet.head;
}
function branchSignals(changeSet, config) {
    const branch = headBranch(changeSet);
    if (!branch)
        return [];
    const lower = branch.toLowerCase();
    const prefix = config.agents.branch_prefixes.find((p) => p && lower.startsWith(p.toLowerCase()));
    return prefix ? [`branch ${branch} starts with agent prefix ${prefix}`] : [];
}
function commitSignals(commits, config) {
    const authors = lowerSet(config.agents.authors);
    const needles = config.agents.coauthors.map((c) => c.toLowerCase()).filter((c) => c !== '');
    const signals = new Set();
    for (const commit of commits) {
        const short = commit.sha.slice(0, 7);
        if (commit.authorLogin && authors.has(commit.authorLogin.toLowerCase())) {
            signals.add(`commit ${short} is authored by listed agent @${commit.authorLogin}`);
        }
        for (const co of coAuthorTrailers(commit.message)) {
            const text = `${co.name} <${co.email}>`.toLowerCase();
            if (needles.some((n) => text.includes(n))) {
                signals.add(`commit ${short} is co-authored by agent ${co.name} <${co.email}>`);
            }
        }
    }
    return [...signals];
}
function manifestSignals(changeSet) {
    const manifest = changeSet.manifest;
    if (manifest.status === 'absent')
        return [];
    const state = manifest.status === 'invalid' ? 'an invalid' : 'a';
    return [`${state} agent run manifest is attached (${manifest.source})`];
}
function notAgentReason(changeSet) {
    const pr = changeSet.pr;
    const who = pr
        ? pr.author.type === 'Bot'
            ? `author @${pr.author.login} is a bot but not a listed agent`
            : `author @${pr.author.login} is not a listed agent`
        : 'no pull request author';
    const branch = headBranch(changeSet);
    const where = branch ? `branch ${branch} has no agent prefix` : 'no branch name';
    return `${who}, ${where}, no agent co-authors, no run manifest`;
}

var classify = /*#__PURE__*/Object.freeze({
    __proto__: null,
    classifyChange: classifyChange
});

export { coAuthorTrailers as a, classify as b, classifyChange as c };
