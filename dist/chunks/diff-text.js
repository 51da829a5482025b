import { D as DiffParseError } from './errors.js';
import { L as LineWriter, c as LineSource, b as KIND_ADD, a as KIND_DEL, P as PackedHunk, K as KIND_CONTEXT } from './packed-lines.js';

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var parseDiff$1;
var hasRequiredParseDiff;

function requireParseDiff () {
	if (hasRequiredParseDiff) return parseDiff$1;
	hasRequiredParseDiff = 1;
	parseDiff$1=n=>{if(!n)return [];if(typeof n!="string"||n.match(/^\s+$/))return [];const s=n.split(`
`);if(s.length===0)return [];const a=[];let o=null,d=null,u=0,m=0,l=null;const g=e=>{d?.changes.push({type:"normal",normal:true,ln1:u++,ln2:m++,content:e}),l.oldLines--,l.newLines--;},p=e=>{const[t,r]=parseFiles(e)??[];o={chunks:[],deletions:0,additions:0,from:t,to:r},a.push(o);},i=()=>{(!o||o.chunks.length)&&p();},$=(e,t)=>{i(),o.new=true,o.newMode=t[1],o.from="/dev/null";},N=(e,t)=>{i(),o.deleted=true,o.oldMode=t[1],o.to="/dev/null";},x=(e,t)=>{i(),o.oldMode=t[1];},F=(e,t)=>{i(),o.newMode=t[1];},S=(e,t)=>{i(),o.index=e.split(" ").slice(1),t[1]&&(o.oldMode=o.newMode=t[1].trim());},k=e=>{i(),o.from=parseOldOrNewFile(e);},y=e=>{i(),o.to=parseOldOrNewFile(e);},f=e=>+(e||1),M=(e,t)=>{o||p(e);const[r,c,w,L]=t.slice(1);u=+r,m=+w,d={content:e,changes:[],oldStart:+r,oldLines:f(c),newStart:+w,newLines:f(L)},l={oldLines:f(c),newLines:f(L)},o.chunks.push(d);},R=e=>{d&&(d.changes.push({type:"del",del:true,ln:u++,content:e}),o.deletions++,l.oldLines--);},b=e=>{d&&(d.changes.push({type:"add",add:true,ln:m++,content:e}),o.additions++,l.newLines--);},h=e=>{if(!d)return;const[t]=d.changes.slice(-1);d.changes.push({type:t.type,[t.type]:true,ln1:t.ln1,ln2:t.ln2,ln:t.ln,content:e});},_=[[/^diff\s/,p],[/^new file mode (\d+)$/,$],[/^deleted file mode (\d+)$/,N],[/^old mode (\d+)$/,x],[/^new mode (\d+)$/,F],[/^index\s[\da-zA-Z]+\.\.[\da-zA-Z]+(\s(\d+))?$/,S],[/^---\s/,k],[/^\+\+\+\s/,y],[/^@@\s+-(\d+),?(\d+)?\s+\+(\d+),?(\d+)?\s@@/,M],[/^\\ No newline at end of file$/,h]],v=[[/^\\ No newline at end of file$/,h],[/^-/,R],[/^\+/,b],[/^\s*/,g]],C=e=>{for(const[t,r]of v){const c=e.match(t);if(c){r(e,c);break}}l.oldLines===0&&l.newLines===0&&(l=null);},H=e=>{for(const[t,r]of _){const c=e.match(t);if(c){r(e,c);break}}},O=e=>{l?C(e):H(e);};for(const e of s)O(e);return a};const fileNameDiffRegex=/(a|i|w|c|o|1|2)\/.*(?=["']? ["']?(b|i|w|c|o|1|2)\/)|(b|i|w|c|o|1|2)\/.*$/g,gitFileHeaderRegex=/^(a|b|i|w|c|o|1|2)\//,parseFiles=n=>n?.match(fileNameDiffRegex)?.map(a=>a.replace(gitFileHeaderRegex,"").replace(/("|')$/,"")),qoutedFileNameRegex=/^\\?['"]|\\?['"]$/g,parseOldOrNewFile=n=>{let s=leftTrimChars(n,"-+").trim();return s=removeTimeStamp(s),s.replace(qoutedFileNameRegex,"").replace(gitFileHeaderRegex,"")},leftTrimChars=(n,s)=>{if(n=makeString(n),!s);const a=formTrimmingString(s);return n.replace(new RegExp(`^${a}+`),"")},timeStampRegex=/\t.*|\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/,removeTimeStamp=n=>{const s=timeStampRegex.exec(n);return s&&(n=n.substring(0,s.index).trim()),n},formTrimmingString=n=>n instanceof RegExp?n.source:`[${makeString(n).replace(/([.*+?^=!:${}()|[\]/\\])/g,"\\$1")}]`,makeString=n=>`${n??""}`;
	return parseDiff$1;
}

var parseDiffExports = requireParseDiff();
var parseDiff = /*@__PURE__*/getDefaultExportFromCjs(parseDiffExports);

/**
 * Repository paths as a diff names them, checked the way git checks a path before it writes one
 * (`git apply` refuses the rest) and normalised so that `docs/../.github/x.yml` and `./.env`
 * match the rules written for `.github/x.yml` and `.env`.
 */
/** Normalises a path and says why git would refuse it as written. */
function checkPath(raw) {
    const parts = [];
    let refusal = null;
    if (raw === '')
        return { path: raw, refusal: 'it is empty' };
    if (raw.startsWith('/'))
        refusal = 'it is absolute';
    for (const part of raw.split('/')) {
        if (part === '' || part === '.') {
            refusal ??= `it has a "${part === '' ? '//' : './'}" part`;
            continue;
        }
        if (part === '..') {
            if (parts.pop() === undefined)
                refusal = 'it points above the repository root';
            else
                refusal ??= 'it has a ".." part';
            continue;
        }
        if (part.toLowerCase() === '.git')
            refusal ??= 'it writes inside ".git"';
        if (hasControl(part))
            refusal ??= 'it holds a control character';
        parts.push(part);
    }
    const path = parts.length === 0 ? raw : parts.join('/');
    return { path, refusal };
}
function hasControl(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        // a tab or a line break is a legal, quoted, file name character; NUL and the rest are not
        if (code === 0 || (code < 32 && code !== 9 && code !== 10) || code === 127)
            return true;
    }
    return false;
}

/**
 * parse-diff reads the hunks; this module is the one place that knows where parse-diff 0.12 is
 * wrong or silent, and turns its output into ChangedFiles. What it fixes:
 * - a hunk shorter than its header makes parse-diff swallow what follows (the next file's header,
 *   the next hunk) as lines: such a diff is cut where each hunk really ends and read piece by piece;
 * - `\ No newline at end of file` becomes a copy of the previous change, and crashes parse-diff
 *   when no line precedes it;
 * - CR is left on the content of CRLF lines;
 * - renames, copies, similarity, binary files and quoted (octal-escaped) paths are not parsed, and
 *   any leading `a/`, `b/`, `c/`, `i/`, `w/`, `o/`, `1/` or `2/` is cut from paths, even in
 *   `--no-prefix` diffs: names come from the header lines instead;
 * - nothing is checked: a header git would refuse (names that disagree between `diff --git`,
 *   `rename`/`copy` and `---`/`+++`, `/dev/null` on the wrong side, bad modes or index lines,
 *   a binary file with text hunks, paths with `..`) is read as written. Here each is a problem,
 *   so the change is incomplete, and paths are normalised before any rule matches them.
 */
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const PLUS = 43;
const MINUS = 45;
const BACKSLASH = 92;
const DEV_NULL = '/dev/null';
/** parse-diff's hunk header pattern without its backtracking: both agree on where a hunk starts. */
const HUNK_HEADER = /^@@\s+-(\d+)(?:,(\d+))?\s+\+(\d+)(?:,(\d+))?\s@@/;
const INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: ([0-7]{6}))?$/;
/** The empty blob's id: the side of an `index` line for an empty file, like all zeros. */
const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';
const SIMILARITY = /^similarity index (\d+)%$/;
/** The modes git records: a file, an executable, a symlink, a submodule (and old group-writable). */
const FILE_MODE = /^(?:100644|100755|100664|120000|160000)$/;
/** Text per parse-diff call on the common path: its output dies young, before it is promoted. */
const BATCH_CHARS = 1 << 15;
/** C-style escapes git writes in quoted paths, besides `\ooo` octal bytes. */
const ESCAPES = new Map([
    ['a', 7],
    ['b', 8],
    ['t', 9],
    ['n', 10],
    ['v', 11],
    ['f', 12],
    ['r', 13],
    ['"', QUOTE],
    ['\\', BACKSLASH]
]);
/** Normalizes a unified diff (LF line ends, no NUL) into changed files and what is wrong with it. */
function normalizeDiff(text) {
    return readWhole(text) ?? readBySection(text);
}
/**
 * The common case, at about parse-diff's own cost: parse-diff reads the text a batch at a time,
 * each batch ending before a `diff` or `@@` line, and each file header, hunk header and line it
 * returns is checked to sit exactly where the text says, every hunk holding what its header
 * counts. Null at the first mismatch: the text is then read section by section.
 */
function readWhole(text) {
    const writer = new LineWriter(expectedLines(text));
    const source = new LineSource(text);
    const start = text.startsWith('diff ') ? 0 : text.indexOf('\ndiff ') + 1;
    if (start === 0 && !text.startsWith('diff '))
        return null;
    const preamble = runParseDiff(text.slice(0, start));
    if (preamble.failure !== null || preamble.files.length > 0)
        return null;
    const textEnd = text.charCodeAt(text.length - 1) === LF ? text.length - 1 : text.length;
    const files = [];
    const problems = [];
    let open = null;
    let cursor = start;
    while (cursor < textEnd) {
        const cut = nextCut(text, cursor + BATCH_CHARS);
        const parse = runParseDiff(text.slice(cursor, cut === text.length ? textEnd : cut - 1));
        if (parse.failure !== null)
            return null;
        for (let k = 0; k < parse.files.length; k++) {
            const continued = k === 0 && open !== null && text.startsWith('@@', cursor);
            if (!continued) {
                if (!text.startsWith('diff ', cursor))
                    return null;
                if (open !== null)
                    finishFile(open.section, open.file, problems);
                const header = headerAt(text, cursor, cut);
                const file = startFile(header.section);
                if (file === null)
                    return null;
                files.push(file);
                open = { section: header.section, file };
                cursor = header.end;
            }
            for (const chunk of parse.files[k].chunks) {
                const headerEnd = cursor + chunk.content.length;
                if (!text.startsWith(chunk.content, cursor) || !endsLine(text, headerEnd))
                    return null;
                const before = problems.length;
                cursor =
                    headerEnd + 1 + normalizeHunk(chunk, open.file, problems, writer, source, headerEnd + 1);
                // a hunk that reports a problem may have been misread: the careful path decides
                if (problems.length > before)
                    return null;
            }
        }
        if (cut !== text.length && cursor !== cut)
            return null;
        cursor = Math.max(cursor, cut);
    }
    if (open !== null)
        finishFile(open.section, open.file, problems);
    return { files, problems };
}
/** A guess at a diff's line count, to size line buffers: long enough lines are cheap to guess. */
function expectedLines(text) {
    return Math.ceil(text.length / 32);
}
function endsLine(text, at) {
    return at === text.length || text.charCodeAt(at) === LF;
}
/** The first line at or after `from` that starts a file or a hunk, else the text's length. */
function nextCut(text, from) {
    for (let at = text.indexOf('\n', from - 1) + 1; at > 0 && at < text.length;) {
        if (text.startsWith('@@ ', at) || text.startsWith('diff ', at))
            return at;
        const next = text.indexOf('\n', at);
        if (next === -1)
            break;
        at = next + 1;
    }
    return text.length;
}
/** A file's header lines, from its `diff` line to its first hunk, the next file or `limit`. */
function headerAt(text, start, limit) {
    let end = lineEnd(text, start);
    const section = sectionFor(lineAt(text, start, end), start);
    let pos = end + 1;
    while (pos < limit) {
        end = lineEnd(text, pos);
        const line = lineAt(text, pos, end);
        if (line.startsWith('diff ') || (line.startsWith('@@') && HUNK_HEADER.test(line)))
            break;
        if (section.kind === 'combined' && line.startsWith('@@@'))
            section.combinedHunks = true;
        if (!section.combinedHunks)
            readHeaderLine(section, line);
        pos = end + 1;
    }
    return { section, end: pos };
}
function lineEnd(text, pos) {
    const end = text.indexOf('\n', pos);
    return end === -1 ? text.length : end;
}
/** A line without its trailing CR. */
function lineAt(text, pos, end) {
    return end > pos && text.charCodeAt(end - 1) === CR
        ? text.slice(pos, end - 1)
        : text.slice(pos, end);
}
function sectionFor(diffLine, start) {
    if (diffLine.startsWith('diff --git '))
        return newSection('git', start, diffLine.slice(11));
    if (diffLine.startsWith('diff --cc '))
        return newSection('combined', start, diffLine.slice(10));
    if (diffLine.startsWith('diff --combined ')) {
        return newSection('combined', start, diffLine.slice(16));
    }
    return newSection('plain', start, null);
}
function newSection(kind, start, pathsLine) {
    return {
        kind,
        start,
        pathsLine,
        oldName: null,
        newName: null,
        renameFrom: null,
        renameTo: null,
        copyFrom: null,
        copyTo: null,
        similarity: null,
        oldMode: null,
        newMode: null,
        oldBlob: null,
        newBlob: null,
        newFile: false,
        deletedFile: false,
        binary: false,
        hunks: 0,
        combinedHunks: false,
        clean: true,
        pieces: [start],
        malformed: null
    };
}
/** The header lines git writes between `diff --git` and the first hunk. */
function readHeaderLine(section, line) {
    if (line.startsWith('--- '))
        section.oldName = line.slice(4);
    else if (line.startsWith('+++ '))
        section.newName = line.slice(4);
    else if (line.startsWith('new file mode ')) {
        section.newFile = true;
        section.newMode = modeOf(section, line, 14);
    }
    else if (line.startsWith('deleted file mode ')) {
        section.deletedFile = true;
        section.oldMode = modeOf(section, line, 18);
    }
    else if (line.startsWith('old mode '))
        section.oldMode = modeOf(section, line, 9);
    else if (line.startsWith('new mode '))
        section.newMode = modeOf(section, line, 9);
    else if (line.startsWith('index ')) {
        const match = INDEX_LINE.exec(line);
        if (match === null)
            section.malformed ??= line;
        else {
            section.oldBlob = match[1];
            section.newBlob = match[2];
            if (match[3] !== undefined) {
                section.oldMode ??= match[3];
                section.newMode ??= match[3];
            }
        }
    }
    else if (line.startsWith('similarity index ')) {
        const value = SIMILARITY.exec(line)?.[1];
        if (value === undefined || Number(value) > 100)
            section.malformed ??= line;
        else
            section.similarity = Number(value);
    }
    else if (line.startsWith('rename from '))
        section.renameFrom = line.slice(12);
    else if (line.startsWith('rename to '))
        section.renameTo = line.slice(10);
    else if (line.startsWith('copy from '))
        section.copyFrom = line.slice(10);
    else if (line.startsWith('copy to '))
        section.copyTo = line.slice(8);
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
        section.binary = true;
}
/** The mode of a mode line; a mode git never writes marks the header malformed. */
function modeOf(section, line, at) {
    const mode = line.slice(at);
    if (!FILE_MODE.test(mode))
        section.malformed ??= line;
    return mode;
}
/** The careful path: find each file's section, counting hunk lines, and read them apart. */
function readBySection(text) {
    const writer = new LineWriter(expectedLines(text));
    const sections = scanSections(text);
    const parses = readSections(text, sections);
    const files = [];
    const problems = [];
    for (let i = 0; i < sections.length; i++) {
        const section = sections[i];
        const { files: parsed, failure } = parses[i];
        const file = startFile(section);
        if (file === null) {
            if (section.kind !== 'plain' || section.hunks > 0 || section.binary) {
                problems.push(`line ${lineNumber(text, section.start)}: a changed file whose name cannot be read ` +
                    'from its header: its changes are not counted; pass the unedited output of "git diff"');
            }
            continue;
        }
        if (failure !== null) {
            problems.push(`${file.path}: parse-diff could not read its hunks (${failure}): the diff is malformed`);
        }
        else {
            for (const one of parsed) {
                for (const chunk of one.chunks)
                    normalizeHunk(chunk, file, problems, writer, null, 0);
            }
            finishFile(section, file, problems);
        }
        files.push(file);
    }
    return { files, problems };
}
/**
 * One linear pass over the lines: finds where each file starts, records its header lines, and
 * counts hunk lines the way the format defines them, to tell where a hunk really ends.
 */
function scanSections(text) {
    const sections = [];
    let section = null;
    let inHunk = false;
    let lastHunkClean = true;
    let oldLeft = 0;
    let newLeft = 0;
    let pos = 0;
    const length = text.length;
    const close = (at) => {
        if (section !== null)
            section.pieces.push(at);
    };
    const open = (opened) => {
        close(opened.start - 1);
        sections.push(opened);
        lastHunkClean = true;
        return opened;
    };
    while (pos < length) {
        const end = lineEnd(text, pos);
        const first = text.charCodeAt(pos);
        if (inHunk) {
            let counted = true;
            if (first === SPACE || first === LF || (first === CR && end === pos + 1)) {
                if (oldLeft > 0 && newLeft > 0) {
                    oldLeft--;
                    newLeft--;
                }
                else
                    counted = false;
            }
            else if (first === MINUS) {
                if (oldLeft > 0)
                    oldLeft--;
                else
                    counted = false;
            }
            else if (first === PLUS) {
                if (newLeft > 0)
                    newLeft--;
                else
                    counted = false;
            }
            else if (first !== BACKSLASH)
                counted = false;
            if (counted) {
                if (oldLeft === 0 && newLeft === 0)
                    inHunk = false;
                pos = end + 1;
                continue;
            }
            inHunk = false;
            lastHunkClean = false;
            section.clean = false;
        }
        const line = lineAt(text, pos, end);
        if (line.startsWith('diff ')) {
            section = open(sectionFor(line, pos));
        }
        else if (section !== null && section.combinedHunks) ;
        else if (line.startsWith('@@')) {
            const match = HUNK_HEADER.exec(line);
            if (match !== null) {
                if (section === null)
                    section = open(newSection('plain', pos, null));
                else if (!lastHunkClean)
                    section.pieces.push(pos - 1, pos);
                section.hunks++;
                oldLeft = match[2] === undefined ? 1 : Number(match[2]);
                newLeft = match[4] === undefined ? 1 : Number(match[4]);
                inHunk = oldLeft > 0 || newLeft > 0;
                lastHunkClean = inHunk;
                if (!inHunk)
                    section.clean = false;
            }
            else if (section !== null && section.kind === 'combined' && line.startsWith('@@@')) {
                section.combinedHunks = true;
            }
        }
        else if (line.startsWith('--- ') && text.startsWith('+++ ', end + 1)) {
            // parse-diff starts a new file at `---` after hunks: plain diffs have no `diff` line
            if (section === null || section.hunks > 0)
                section = open(newSection('plain', pos, null));
            section.oldName = line.slice(4);
        }
        else if (section !== null && section.hunks === 0) {
            readHeaderLine(section, line);
        }
        pos = end + 1;
    }
    if (inHunk)
        section.clean = false;
    close(text.charCodeAt(length - 1) === LF ? length - 1 : length);
    return sections;
}
/**
 * Clean neighbouring sections go to parse-diff in one call (one file each, in order); a section
 * with a broken hunk is read alone, piece by piece, so it cannot swallow what follows.
 */
function readSections(text, sections) {
    const parses = [];
    let i = 0;
    while (i < sections.length) {
        let j = i;
        while (j < sections.length && sections[j].clean)
            j++;
        if (j > i) {
            const batch = runParseDiff(text.slice(sections[i].pieces[0], sections[j - 1].pieces[1]));
            if (batch.failure === null && batch.files.length === j - i) {
                for (const file of batch.files)
                    parses.push({ files: [file], failure: null });
            }
            else {
                for (let k = i; k < j; k++)
                    parses.push(readAlone(text, sections[k]));
            }
            i = j;
        }
        else {
            parses.push(readAlone(text, sections[i]));
            i++;
        }
    }
    return parses;
}
function readAlone(text, section) {
    const files = [];
    const pieces = section.pieces;
    for (let p = 0; p + 1 < pieces.length; p += 2) {
        const piece = runParseDiff(text.slice(pieces[p], pieces[p + 1]));
        if (piece.failure !== null)
            return piece;
        for (const item of piece.files)
            files.push(item);
    }
    return { files, failure: null };
}
function runParseDiff(text) {
    try {
        return { files: parseDiff(text), failure: null };
    }
    catch (error) {
        return { files: [], failure: error instanceof Error ? error.message : String(error) };
    }
}
/** 1-based line number of an offset; for messages only. */
function lineNumber(text, offset) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
        line++;
    }
    return line;
}
/** A ChangedFile with its names and modes and no hunks yet; null when no name can be read. */
function startFile(section) {
    const names = namesOf(section);
    if (names === null)
        return null;
    return {
        path: checkPath(names.path).path,
        oldPath: names.oldPath === null ? null : checkPath(names.oldPath).path,
        status: names.status,
        binary: section.binary,
        similarity: section.similarity,
        oldMode: section.oldMode,
        newMode: section.newMode,
        additions: 0,
        deletions: 0,
        hunks: [],
        patchMissing: false
    };
}
/** What a file with all its hunks read may still lack: a combined diff, a truncated header. */
function finishFile(section, file, problems) {
    for (const refusal of refusals(section, file)) {
        problems.push(`${file.path}: ${refusal}, so "git apply" would refuse this diff and what it changes ` +
            'cannot be trusted; pass the unedited output of "git diff"');
    }
    if (section.binary && file.hunks.length > 0) {
        // the hunks are text whatever the header says: read them like any text, never skip them
        file.binary = false;
        problems.push(`${file.path}: a "Binary files" header is followed by text hunks, which git never ` +
            'writes; pass the unedited output of "git diff"');
    }
    if (section.kind === 'combined') {
        problems.push(`${file.path}: a combined diff of a merge ("diff --cc") is not read, so its changes are ` +
            'not counted; diff the merge against one parent');
    }
    else if (file.hunks.length === 0 && !changedWithoutHunks(section)) {
        problems.push(`${file.path}: its header is not followed by any change: the diff is truncated`);
    }
}
/** What in a file's header git would refuse: forged names, misplaced `/dev/null`, bad lines. */
function refusals(section, file) {
    const found = [];
    const names = namesOf(section);
    for (const raw of [names?.path, names?.oldPath]) {
        const refusal = raw === undefined || raw === null ? null : checkPath(raw).refusal;
        if (refusal !== null)
            found.push(`the path ${JSON.stringify(raw)} is unsafe: ${refusal}`);
    }
    for (const raw of [section.oldName, section.newName, section.renameFrom, section.renameTo]) {
        if (raw !== null && raw.charCodeAt(0) === QUOTE && unquote(raw, 0) === null) {
            found.push(`the quoted name ${JSON.stringify(raw)} has a bad escape or no closing quote`);
        }
    }
    if (section.kind !== 'git')
        return found;
    if (section.malformed !== null) {
        found.push(`its header line ${JSON.stringify(section.malformed)} is malformed`);
    }
    for (const problem of disagreeingNames(section))
        found.push(problem);
    const moved = (section.renameFrom ?? section.renameTo ?? section.copyFrom ?? section.copyTo) !== null;
    if (section.newFile && section.deletedFile)
        found.push('it says the file is both new and deleted');
    if (moved && (section.newFile || section.deletedFile)) {
        found.push('it says the file is both renamed or copied and new or deleted');
    }
    if (section.oldName === DEV_NULL && !section.newFile) {
        found.push('its old side is /dev/null without "new file mode"');
    }
    if (section.newName === DEV_NULL && !section.deletedFile) {
        found.push('its new side is /dev/null without "deleted file mode"');
    }
    if (section.newFile && section.oldName !== null && section.oldName !== DEV_NULL) {
        found.push('it is a new file whose old side is not /dev/null');
    }
    if (section.deletedFile && section.newName !== null && section.newName !== DEV_NULL) {
        found.push('it is a deleted file whose new side is not /dev/null');
    }
    if (file.status === 'added' && file.hunks.some((hunk) => hunk.oldLines > 0)) {
        found.push('it is a new file whose hunks need old lines');
    }
    if (file.status === 'deleted' && file.hunks.some((hunk) => hunk.newLines > 0)) {
        found.push('it is a deleted file whose hunks keep lines');
    }
    return found;
}
/**
 * The names a git header gives each side must agree, as `git apply` requires: `diff --git A B`
 * and `--- A`, `+++ B` letter for letter; `rename`/`copy` names (no prefix) are A and B without
 * their prefix; and without a rename or copy, A and B name one path.
 */
function disagreeingNames(section) {
    const found = [];
    const from = [section.renameFrom, section.copyFrom].filter(isName).map(decodeName);
    const to = [section.renameTo, section.copyTo].filter(isName).map(decodeName);
    const line = section.pathsLine;
    // two different names with spaces split anywhere: the line cannot be checked, the rest can
    const ambiguous = line === null ||
        (from.length + to.length > 0 &&
            !line.includes('"') &&
            line.indexOf(' ') !== line.lastIndexOf(' '));
    const pair = ambiguous ? null : splitPathsLine(line);
    const older = section.oldName === null ? null : decodeName(section.oldName);
    const newer = section.newName === null ? null : decodeName(section.newName);
    const oldSide = [pair?.[0], older === DEV_NULL ? null : older].filter(isName);
    const newSide = [pair?.[1], newer === DEV_NULL ? null : newer].filter(isName);
    const side = (what, prefixed, bare) => {
        const agree = new Set(prefixed).size <= 1 &&
            new Set(bare).size <= 1 &&
            prefixed.every((name) => bare.every((path) => withPrefix(name, path)));
        if (!agree) {
            found.push(`its header names the ${what} file differently: ${list(new Set([...prefixed, ...bare]))}`);
        }
    };
    side('old', oldSide, from);
    side('new', newSide, to);
    if (from.length === 0 && to.length === 0 && oldSide.length > 0 && newSide.length > 0) {
        const [a, b] = [oldSide[0], newSide[0]];
        if (!sameAfterPrefix(a, b)) {
            found.push(`it names two files (${list(new Set([a, b]))}) with no rename or copy line`);
        }
    }
    return found;
}
function isName(name) {
    return name !== null && name !== undefined;
}
/** `prefixed` is `path` itself (`--no-prefix`) or `path` behind one prefix such as `a/`. */
function withPrefix(prefixed, path) {
    if (prefixed === path)
        return true;
    const head = prefixed.length - path.length - 1;
    return (head > 0 &&
        prefixed.endsWith(path) &&
        prefixed.charCodeAt(head) === 47 &&
        !prefixed.slice(0, head).includes('/'));
}
/** Two prefixed names of one path: equal, or equal after their first `/`. */
function sameAfterPrefix(a, b) {
    if (a === b)
        return true;
    const i = a.indexOf('/');
    const j = b.indexOf('/');
    return i > 0 && j > 0 && a.slice(i + 1) === b.slice(j + 1);
}
function list(names) {
    return [...names].map((name) => JSON.stringify(name)).join(' and ');
}
/**
 * What git prints with no hunks: binary files, empty files added or deleted, and renames, copies
 * or mode changes that leave the content as is. Anything else without hunks was cut short.
 */
function changedWithoutHunks(section) {
    if (section.binary)
        return true;
    if (section.oldName !== null || section.newName !== null)
        return false;
    if (section.oldBlob !== null && section.newBlob !== null) {
        return isEmptyBlob(section.oldBlob) && isEmptyBlob(section.newBlob);
    }
    if (section.newFile || section.deletedFile)
        return false;
    const modeChanged = section.oldMode !== null && section.newMode !== null && section.oldMode !== section.newMode;
    const moved = ((section.renameFrom !== null && section.renameTo !== null) ||
        (section.copyFrom !== null && section.copyTo !== null)) &&
        section.similarity === 100;
    return modeChanged || moved;
}
function isEmptyBlob(id) {
    return /^0+$/.test(id) || EMPTY_BLOB.startsWith(id);
}
/**
 * Adds the chunk to the file as a Hunk, with a problem when its lines do not match its header.
 * `body` is where the chunk's first line starts in `text`; without a text, the lines are read
 * from parse-diff's strings. Returns how many characters of the text its lines span.
 */
function normalizeHunk(chunk, file, problems, writer, text, body) {
    const { oldStart, oldLines, newStart, newLines } = chunk;
    const oldEnd = oldStart + oldLines;
    const newEnd = newStart + newLines;
    const changes = chunk.changes;
    const source = text ?? new LineSource(changes.map((change) => change.content).join('\n'));
    writer.reserve(changes.length);
    const cols = writer.cols;
    const first = writer.used;
    let count = 0;
    let oldLine = oldStart;
    let newLine = newStart;
    let previous = -1;
    let misfit = false;
    let pos = text === null ? 0 : body;
    for (let i = 0; i < changes.length; i++) {
        const raw = changes[i].content;
        const at = pos;
        pos += raw.length + 1;
        const marker = raw.charCodeAt(0);
        let kind;
        if (marker === PLUS) {
            if (newLine >= newEnd) {
                misfit = true;
                continue;
            }
            kind = KIND_ADD;
        }
        else if (marker === MINUS) {
            if (oldLine >= oldEnd) {
                misfit = true;
                continue;
            }
            kind = KIND_DEL;
        }
        else if (marker === SPACE || raw.length === 0 || (marker === CR && raw.length === 1)) {
            // an empty line is a context line whose leading space a mailer or editor stripped
            if (oldLine >= oldEnd || newLine >= newEnd) {
                misfit = true;
                continue;
            }
            kind = KIND_CONTEXT;
        }
        else if (marker === BACKSLASH) {
            // `\ No newline at end of file`: parse-diff records it as a copy of the previous change
            if (previous === -1)
                misfit = true;
            else
                writer.markNoNewlineAtEof(previous);
            continue;
        }
        else {
            misfit = true;
            continue;
        }
        const crlf = raw.length > 0 && raw.charCodeAt(raw.length - 1) === CR;
        const start = raw.length === 0 ? 0 : 1;
        writer.write(count, kind, crlf, at + start, at + Math.max(start, crlf ? raw.length - 1 : raw.length), kind === KIND_ADD ? -1 : oldLine++, kind === KIND_DEL ? -1 : newLine++);
        previous = count;
        count++;
    }
    writer.commit(count);
    const context = oldLine - oldStart + (newLine - newStart) - count;
    file.additions += newLine - newStart - context;
    file.deletions += oldLine - oldStart - context;
    file.hunks.push(new PackedHunk(oldStart, oldLines, newStart, newLines, sectionText(chunk.content), source, cols, first, count, count - context));
    if (newLine === newEnd && oldLine === oldEnd && !misfit)
        return pos - body;
    const header = `@@ -${oldStart},${oldLines} +${newStart},${newLines} @@`;
    if (newLine < newEnd) {
        problems.push(`${file.path}: hunk ${header} ends after ${newLine - newStart} of ${newLines} new lines: ` +
            'the diff is truncated');
    }
    else if (oldLine < oldEnd) {
        problems.push(`${file.path}: hunk ${header} ends after ${oldLine - oldStart} of ${oldLines} old lines: ` +
            'the diff is truncated');
    }
    if (misfit) {
        problems.push(`${file.path}: hunk ${header} has lines that its header does not count: the diff is malformed`);
    }
    return pos - body;
}
/** The text after the hunk header's closing `@@`, often the enclosing function. */
function sectionText(header) {
    const close = header.indexOf('@@', 2);
    let text = close === -1 ? '' : header.slice(close + 2);
    if (text.charCodeAt(0) === SPACE)
        text = text.slice(1);
    return text.charCodeAt(text.length - 1) === CR ? text.slice(0, -1) : text;
}
function namesOf(section) {
    if (section.renameFrom !== null && section.renameTo !== null) {
        const path = decodeName(section.renameTo);
        return { status: 'renamed', path, oldPath: decodeName(section.renameFrom) };
    }
    if (section.copyFrom !== null && section.copyTo !== null) {
        const path = decodeName(section.copyTo);
        return { status: 'copied', path, oldPath: decodeName(section.copyFrom) };
    }
    if (section.kind === 'combined') {
        if (section.pathsLine === null)
            return null;
        const path = decodeName(section.pathsLine);
        return { status: 'modified', path, oldPath: path };
    }
    const pair = section.kind === 'git' && section.pathsLine !== null ? splitPathsLine(section.pathsLine) : null;
    let older;
    let newer;
    if (section.oldName !== null || section.newName !== null) {
        older = section.oldName === null ? null : decodeName(section.oldName);
        newer = section.newName === null ? null : decodeName(section.newName);
    }
    else if (pair !== null) {
        older = pair[0];
        newer = pair[1];
    }
    else
        return null;
    const [source, destination] = prefixesOf(pair, older, newer);
    const oldPath = older === null || older === DEV_NULL ? null : stripPrefix(older, source);
    const newPath = newer === null || newer === DEV_NULL ? null : stripPrefix(newer, destination);
    if (section.newFile || older === DEV_NULL) {
        return newPath === null ? null : { status: 'added', path: newPath, oldPath: null };
    }
    if (section.deletedFile || newer === DEV_NULL) {
        return oldPath === null ? null : { status: 'deleted', path: oldPath, oldPath };
    }
    const path = newPath ?? oldPath;
    return path === null ? null : { status: 'modified', path, oldPath: path };
}
/**
 * The prefixes to cut. `diff --git A B` names one path twice, so A and B tell: equal means
 * `--no-prefix`; equal after their first `/` means prefixes (`a/` `b/`, mnemonic, custom).
 */
function prefixesOf(pair, older, newer) {
    if (pair !== null) {
        const [a, b] = pair;
        if (a === b)
            return ['', ''];
        const i = a.indexOf('/');
        const j = b.indexOf('/');
        if (i > 0 && j > 0 && a.slice(i + 1) === b.slice(j + 1)) {
            return [a.slice(0, i + 1), b.slice(0, j + 1)];
        }
    }
    const conventional = (older === null || older === DEV_NULL || older.startsWith('a/')) &&
        (newer === null || newer === DEV_NULL || newer.startsWith('b/'));
    return conventional ? ['a/', 'b/'] : ['', ''];
}
function stripPrefix(name, prefix) {
    return prefix !== '' && name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
/** Splits `A B` after `diff --git `; null when spaces make it ambiguous. */
function splitPathsLine(rest) {
    if (rest.charCodeAt(0) === QUOTE) {
        const a = unquote(rest, 0);
        if (a === null || rest.charCodeAt(a.end) !== SPACE)
            return null;
        const b = rest.slice(a.end + 1);
        if (b.charCodeAt(0) !== QUOTE)
            return [a.value, b];
        const quoted = unquote(b, 0);
        return quoted === null ? null : [a.value, quoted.value];
    }
    // an unquoted name holds no `"`, so ` "` starts a quoted second name
    const quote = rest.indexOf(' "');
    if (quote !== -1) {
        const b = unquote(rest, quote + 1);
        return b === null || b.end !== rest.length ? null : [rest.slice(0, quote), b.value];
    }
    const space = rest.indexOf(' ');
    if (space !== -1 && space === rest.lastIndexOf(' ')) {
        return [rest.slice(0, space), rest.slice(space + 1)];
    }
    // both names carry the same path and equally long prefixes, so the middle space splits them
    const middle = (rest.length - 1) / 2;
    if (Number.isInteger(middle) && rest.charCodeAt(middle) === SPACE) {
        return [rest.slice(0, middle), rest.slice(middle + 1)];
    }
    return null;
}
/** A name from a header line: C-quoted, or raw up to the tab git adds after names with spaces. */
function decodeName(raw) {
    if (raw.charCodeAt(0) === QUOTE) {
        const quoted = unquote(raw, 0);
        if (quoted !== null)
            return quoted.value;
    }
    const tab = raw.indexOf('\t');
    return tab === -1 ? raw : raw.slice(0, tab);
}
/** Reads a C-quoted name starting at `start`; octal escapes are bytes of UTF-8 text. */
function unquote(text, start) {
    const bytes = [];
    let i = start + 1;
    while (i < text.length) {
        const code = text.charCodeAt(i);
        if (code === QUOTE)
            return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        if (code === BACKSLASH) {
            let digits = 0;
            let value = 0;
            while (digits < 3 && isOctalDigit(text.charCodeAt(i + 1 + digits))) {
                value = value * 8 + text.charCodeAt(i + 1 + digits) - 48;
                digits++;
            }
            if (digits > 0) {
                bytes.push(value & 0xff);
                i += 1 + digits;
                continue;
            }
            const escaped = ESCAPES.get(text.charAt(i + 1));
            if (escaped === undefined)
                return null;
            bytes.push(escaped);
            i += 2;
            continue;
        }
        if (code < 0x80) {
            bytes.push(code);
            i++;
            continue;
        }
        const point = text.codePointAt(i);
        for (const byte of Buffer.from(String.fromCodePoint(point), 'utf8'))
            bytes.push(byte);
        i += point > 0xffff ? 2 : 1;
    }
    return null;
}
function isOctalDigit(code) {
    return code >= 48 && code <= 55;
}

/**
 * Reads a unified diff (`git diff`, `git format-patch`, `gh pr diff`, `--no-prefix` diffs).
 * Empty text is no change; text that is binary or holds no diff at all throws DiffParseError.
 */
function parseUnifiedDiff(text) {
    const nul = text.indexOf('\0');
    if (nul !== -1) {
        throw new DiffParseError(`--diff input is not a unified diff: it holds a NUL byte at offset ${nul}, so it is ` +
            'binary data; pass the text output of "git diff" or "gh pr diff"');
    }
    if (!/\S/.test(text))
        return { files: [], problems: [] };
    const { files, problems } = normalizeDiff(withLfLineEnds(text));
    if (files.length === 0 && problems.length === 0) {
        throw new DiffParseError(`--diff input is not a unified diff: no "diff --git", "---/+++" or "@@" header found in ` +
            `${lineCount(text)} lines; pass the output of "git diff" or "gh pr diff"`);
    }
    if (!text.endsWith('\n')) {
        problems.push('the diff does not end with a line break, so its last line may be cut short');
    }
    return { files, problems };
}
/**
 * A diff saved with CRLF line ends (its first line ends in CRLF) gets one CR removed per line;
 * the CR of a CRLF file's lines survives, as in a diff written with LF.
 */
function withLfLineEnds(text) {
    const firstEnd = text.indexOf('\n');
    return firstEnd > 0 && text.charCodeAt(firstEnd - 1) === 13 ? text.replaceAll('\r\n', '\n') : text;
}
function lineCount(text) {
    let count = text.endsWith('\n') ? 0 : 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}
/**
 * A file's text before the change, from its text after it (a work tree at the head) and the
 * diff: the diff's hunks applied in reverse. Null when the base had no such file, or when the
 * text after does not match the diff (then the base is unknown, and nothing is taken from it).
 */
function textBefore(path, after, files) {
    const file = files.find((f) => f.path === path || f.oldPath === path);
    if (file === undefined)
        return after;
    if (file.status === 'added' || file.path !== path || file.binary || file.patchMissing) {
        return null;
    }
    if (file.status === 'deleted') {
        return file.hunks.flatMap((h) => h.lines.map((l) => `${l.content}\n`)).join('');
    }
    if (after === null)
        return null;
    const lines = after.split('\n');
    const trailing = lines.at(-1) === '';
    if (trailing)
        lines.pop();
    const before = [];
    let next = 0;
    for (const hunk of file.hunks) {
        const start = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1;
        if (start < next || start > lines.length)
            return null;
        for (let k = next; k < start; k++)
            before.push(lines[k]);
        let at = start;
        for (const line of hunk.lines) {
            if (line.kind !== 'del' && lines[at++] !== line.content)
                return null;
            if (line.kind !== 'add')
                before.push(line.content);
        }
        next = at;
    }
    for (let k = next; k < lines.length; k++)
        before.push(lines[k]);
    return before.join('\n') + (trailing ? '\n' : '');
}

export { commonjsGlobal as c, getDefaultExportFromCjs as g, parseUnifiedDiff as p, textBefore as t };
