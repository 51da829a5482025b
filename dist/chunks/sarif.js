import { createHash } from 'node:crypto';
import { k as FAMILY_TITLE, l as familyOf } from './text.js';

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
    off: 'none'
};
function renderSarif(report, rules, toolVersion) {
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
        descriptors.push({ id: finding.rule });
    }
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        ...(toolVersion === undefined ? {} : { version: toolVersion }),
                        rules: descriptors
                    }
                },
                results: report.findings.map((finding) => result(finding, ruleIndex.get(finding.rule) ?? -1)),
                properties: {
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
function ruleDescriptor(rule) {
    return {
        id: rule.id,
        shortDescription: { text: rule.summary },
        defaultConfiguration: {
            level: DEFAULT_LEVEL[rule.defaultLevel],
            ...(rule.defaultLevel === 'off' ? { enabled: false } : {})
        },
        properties: { tags: [FAMILY_TITLE[familyOf(rule.id)]] }
    };
}
function result(finding, ruleIndex) {
    const properties = {
        ...(finding.category === undefined ? {} : { category: finding.category }),
        ...(finding.evidence === undefined ? {} : { evidence: finding.evidence }),
        ...(finding.why === undefined ? {} : { why: finding.why }),
        ...(finding.fix === undefined ? {} : { fix: finding.fix })
    };
    const location = locationOf(finding);
    return {
        ruleId: finding.rule,
        ruleIndex,
        level: RESULT_LEVEL[finding.severity],
        message: { text: finding.message },
        ...(location === null ? {} : { locations: [location] }),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding) },
        ...(Object.keys(properties).length === 0 ? {} : { properties })
    };
}
function locationOf(finding) {
    if (finding.path === undefined || finding.path === '')
        return null;
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
/** Stable across runs for the same rule, file and message; the inputs are already redacted. */
function fingerprint(finding) {
    return createHash('sha256')
        .update(`${finding.rule}\u0000${finding.path ?? ''}\u0000${finding.message}`)
        .digest('hex');
}

export { renderSarif as r };
//# sourceMappingURL=sarif.js.map
