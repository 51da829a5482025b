/**
 * Set when junit-parser.ts loads. The parser is a fifth of the code a gate run would load, so
 * only what hands reports over loads it: the JUnit reader, `record`, the library entry.
 */
let reader = null;
function useXmlReader(next) {
    reader = next;
}
/** Null when the text is not a JUnit report the parser can read. */
function junitFlips(report) {
    const root = parseReport(report);
    if (root === null)
        return null;
    const flips = [];
    const runs = new Map();
    for (const testcase of testcases(root)) {
        const outcome = outcomeOf(testcase);
        const reruns = count(testcase, 'flakyFailure', 'flakyError', 'rerunFailure', 'rerunError');
        if (outcome === 'passed' && reruns > 0) {
            flips.push(flipOf(testcase, reruns));
            continue;
        }
        const key = `${text(testcase.classname)}\u0000${text(testcase.name)}`;
        const seen = runs.get(key);
        const failed = (seen?.failed ?? 0) + (outcome === 'failed' ? 1 : 0);
        runs.set(key, { failed, last: outcome, case: testcase });
    }
    for (const run of runs.values()) {
        if (run.last === 'passed' && run.failed > 0)
            flips.push(flipOf(run.case, run.failed));
    }
    return flips;
}
/** Names of the test cases that failed or errored; null when the text is not a JUnit report. */
function junitFailures(report) {
    const root = parseReport(report);
    if (root === null)
        return null;
    const names = [];
    for (const testcase of testcases(root)) {
        if (outcomeOf(testcase) !== 'failed')
            continue;
        const name = text(testcase.name);
        const classname = text(testcase.classname);
        names.push(classname === '' || name.startsWith(classname) ? name : `${classname} > ${name}`);
    }
    return names;
}
function parseReport(report) {
    if (reader === null) {
        throw new Error('a JUnit report reached the analysis before its XML parser was loaded (import analyze/verifier/junit-parser.js first)');
    }
    let root;
    try {
        root = reader.parse(report.xml);
    }
    catch {
        return null;
    }
    if (!isNode(root) || (!('testsuites' in root) && !('testsuite' in root)))
        return null;
    return root;
}
function* testcases(node) {
    for (const child of list(node.testcase))
        yield child;
    for (const key of ['testsuites', 'testsuite']) {
        for (const child of list(node[key]))
            yield* testcases(child);
    }
}
function outcomeOf(testcase) {
    if (count(testcase, 'failure', 'error') > 0)
        return 'failed';
    if ('skipped' in testcase)
        return 'skipped';
    return 'passed';
}
function flipOf(testcase, failures) {
    return {
        name: text(testcase.name),
        classname: text(testcase.classname),
        file: text(testcase.file),
        failures
    };
}
function count(node, ...keys) {
    return keys.reduce((sum, key) => sum + list(node[key]).length + (isText(node[key]) ? 1 : 0), 0);
}
function list(value) {
    if (Array.isArray(value))
        return value.map((v) => (isNode(v) ? v : {}));
    return isNode(value) ? [value] : [];
}
function isNode(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isText(value) {
    return typeof value === 'string';
}
function text(value) {
    return typeof value === 'string' ? value : '';
}

export { junitFlips as a, junitFailures as j, useXmlReader as u };
