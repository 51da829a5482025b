import { createHash } from 'node:crypto';
import { F as FAMILY_TITLE, f as familyOf, r as ruleMeta } from './catalogue.js';

/** SARIF 2.1.0, one run: the rules the gate knows and one result per finding. */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'agent-pr-gate';
/** Names the fingerprint's recipe: change the recipe, change the version. */
const FINGERPRINT_KEY = 'agentPrGate/v1';
const RESULT_LEVEL = {
    block: 'error',
    warn: 'warning',
    info: 'note'
};
const DEFAULT_LEVEL = {
    block: 'error',
    warn: 'warning',
    info: 'note',
    off: 'note'
};
/** Where the rule reference lives; each rule is a heading there, so its id is its anchor. */
const RULES_DOC_URL = 'https://github.com/agent-pr-gate/agent-pr-gate/blob/v1/docs/rules.md';
const DEFAULT_CATEGORY = 'agent-pr-gate';
const DEFAULT_CONFIG_PATH = '.github/agent-pr-gate.yml';
/** Code scanning rejects a run with more results; the blocking ones are kept first. */
const SARIF_MAX_RESULTS = 25_000;
const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 };
/**
 * SARIF that code scanning accepts: every result has a location (GitHub rejects a result
 * without one), so a finding about the whole change points at the manifest (run rules) or the
 * gate config, line 1.
 */
function renderSarif(report, rules, options = {}) {
    const opts = typeof options === 'string' ? { toolVersion: options } : options;
    const descriptors = rules.map(ruleDescriptor);
    const ruleIndex = new Map();
    descriptors.forEach((descriptor, index) => {
        if (!ruleIndex.has(descriptor.id))
            ruleIndex.set(descriptor.id, index);
    });
    // A finding of a rule the caller did not list still gets a descriptor its ruleIndex can name.
    for (const finding of report.findings) {
        if (ruleIndex.has(finding.rule))
            continue;
        ruleIndex.set(finding.rule, descriptors.length);
        descriptors.push(ruleDescriptor({ id: finding.rule, defaultLevel: 'warn', summary: `Rule ${finding.rule}.` }));
    }
    const fallback = {
        config: opts.configPath || DEFAULT_CONFIG_PATH,
        manifest: opts.manifestPath || null
    };
    const seen = new Map();
    const kept = report.findings.length <= SARIF_MAX_RESULTS
        ? report.findings
        : [...report.findings]
            .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
            .slice(0, SARIF_MAX_RESULTS);
    const omitted = report.findings.length - kept.length;
    const category = withoutTrailingSlashes(opts.category || DEFAULT_CATEGORY);
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        ...(opts.toolVersion === undefined
                            ? {}
                            : { version: opts.toolVersion, semanticVersion: opts.toolVersion }),
                        informationUri: 'https://github.com/agent-pr-gate/agent-pr-gate',
                        rules: descriptors
                    }
                },
                automationDetails: { id: `${category}/` },
                results: kept.map((finding) => result(finding, ruleIndex.get(finding.rule) ?? -1, fallback, seen)),
                properties: {
                    ...(omitted > 0 ? { omittedResults: omitted } : {}),
                    verdict: report.verdict,
                    mode: report.mode,
                    overridden: report.overridden,
                    complete: report.complete,
                    incompleteReason: report.incompleteReason,
                    minimalityScore: report.score.value
                }
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/** A scan from the end, not a `/\/+$/` regex, which is quadratic on a long run of slashes. */
function withoutTrailingSlashes(text) {
    let end = text.length;
    while (end > 0 && text[end - 1] === '/')
        end -= 1;
    return text.slice(0, end);
}
const LEVEL_WORD = {
    block: 'blocks the merge',
    warn: 'warns without blocking',
    info: 'is shown as information only',
    off: 'is off'
};
function ruleDescriptor(rule) {
    const helpUri = `${RULES_DOC_URL}#${rule.id}`;
    const level = rule.locked
        ? 'blocks the merge, and is locked: no config can lower it'
        : LEVEL_WORD[rule.defaultLevel];
    const full = `${rule.summary} By default it ${level}.`;
    return {
        id: rule.id,
        name: rule.id,
        shortDescription: { text: rule.summary },
        fullDescription: { text: full },
        helpUri,
        help: {
            text: `${full} Set its level (off, warn, block) under rules: in ${DEFAULT_CONFIG_PATH}. Reference: ${helpUri}`,
            markdown: `${full}\n\nSet its level (\`off\`, \`warn\`, \`block\`) under \`rules:\` in \`${DEFAULT_CONFIG_PATH}\`.\n\n[Rule reference](${helpUri})`
        },
        defaultConfiguration: {
            // Code scanning takes note, warning or error here: an off rule is disabled instead.
            level: DEFAULT_LEVEL[rule.defaultLevel],
            ...(rule.defaultLevel === 'off' ? { enabled: false } : {})
        },
        properties: { tags: [FAMILY_TITLE[familyOf(rule.id)]] }
    };
}
function result(finding, ruleIndex, fallback, seen) {
    const properties = {
        ...(finding.category === undefined ? {} : { category: finding.category }),
        ...(finding.evidence === undefined ? {} : { evidence: finding.evidence }),
        ...(finding.why === undefined ? {} : { why: finding.why }),
        ...(finding.fix === undefined ? {} : { fix: finding.fix })
    };
    return {
        ruleId: finding.rule,
        ruleIndex,
        level: RESULT_LEVEL[finding.severity],
        message: { text: finding.message || finding.rule },
        locations: [locationOf(finding, fallback)],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, seen) },
        ...(Object.keys(properties).length === 0 ? {} : { properties })
    };
}
function locationOf(finding, fallback) {
    if (finding.path === undefined || finding.path === '') {
        // A rule about the agent's run points at the manifest, when it came from a file.
        const aboutRun = ruleMeta(finding.rule)?.pointsAt === 'manifest';
        const path = (aboutRun && fallback.manifest) || fallback.config;
        return {
            physicalLocation: { artifactLocation: { uri: pathToUri(path) }, region: { startLine: 1 } }
        };
    }
    const startLine = validLine(finding.line);
    const endLine = validLine(finding.endLine);
    const region = startLine === null
        ? undefined
        : { startLine, ...(endLine !== null && endLine >= startLine ? { endLine } : {}) };
    return {
        physicalLocation: {
            artifactLocation: { uri: pathToUri(finding.path) },
            ...(region === undefined ? {} : { region })
        }
    };
}
function validLine(line) {
    return line !== undefined && Number.isInteger(line) && line >= 1 ? line : null;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A repository-relative URI reference: each segment percent-encoded (spaces, `#`, `?`, `:`). */
function pathToUri(path) {
    // encodeURIComponent throws on a lone surrogate; U+FFFD is what a decoder would show.
    return path.replace(LONE_SURROGATE, '\uFFFD').split('/').map(encodeURIComponent).join('/');
}
/**
 * Stable across runs for the same rule, file and message (the inputs are already redacted); a
 * repeat of the same three counts up, so two identical findings stay two alerts.
 */
function fingerprint(finding, seen) {
    const key = `${finding.rule}\u0000${finding.path ?? ''}\u0000${finding.message}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return createHash('sha256')
        .update(repeat === 0 ? key : `${key}\u0000${repeat}`)
        .digest('hex');
}

export { DEFAULT_CATEGORY, DEFAULT_CONFIG_PATH, RULES_DOC_URL, SARIF_MAX_RESULTS, SARIF_SCHEMA_URI, TOOL_NAME, renderSarif };
