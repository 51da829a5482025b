export { D as DEFAULT_CONFIG, F as FAMILIES, R as RULES, a as analyze, b as buildReport, c as collectFromGit, d as decide, p as parseConfig, e as parseManifest, f as parseUnifiedDiff, r as renderJson, g as renderMarkdown, h as renderText, i as runGate } from './chunks/text.js';
export { r as renderSarif } from './chunks/sarif.js';
import 'node:child_process';
import 'node:fs/promises';
import 'process';
import 'buffer';
import 'node:buffer';
import 'node:crypto';
//# sourceMappingURL=engine.js.map
