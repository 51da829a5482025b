/** Numbers per line in `PackedHunk.cols`, at the `AT_*` offsets. */
const LINE_STRIDE = 5;
/** `KIND_*` in the low two bits, then the `FLAG_*` bits. */
const AT_FLAGS = 0;
/** Where the content starts in `text` (after the `+`, `-` or space). */
const AT_START = 1;
/** Where the content ends in `text` (before a trailing CR). */
const AT_END = 2;
/** Line number in the old file, or -1 for an added line. */
const AT_OLD = 3;
/** Line number in the new file, or -1 for a removed line. */
const AT_NEW = 4;
/** What a line is, as `kindAt` answers: a context, added or removed line. */
const KIND_CONTEXT = 0;
const KIND_ADD = 1;
const KIND_DEL = 2;
const KIND_MASK = 3;
const FLAG_CRLF = 4;
const FLAG_NO_NEWLINE_AT_EOF = 8;
const KINDS = ['context', 'add', 'del'];
/**
 * A hunk whose lines live in `cols` (lines `first` to `first + count - 1`, `LINE_STRIDE` numbers
 * each) over `text`. Many hunks share one `cols` buffer and one text.
 */
class PackedHunk {
    oldStart;
    oldLines;
    newStart;
    newLines;
    section;
    source;
    cols;
    first;
    count;
    changed;
    #lines;
    /** `source.text`, read on every line. */
    text;
    constructor(oldStart, oldLines, newStart, newLines, section, source, cols, first, count, 
    /** How many of the lines are added or removed ones. */
    changed) {
        this.oldStart = oldStart;
        this.oldLines = oldLines;
        this.newStart = newStart;
        this.newLines = newLines;
        this.section = section;
        this.source = source;
        this.cols = cols;
        this.first = first;
        this.count = count;
        this.changed = changed;
        this.text = source.text;
    }
    /** The lines as objects, made once, on first use. */
    get lines() {
        return (this.#lines ??= unpack(this));
    }
    /** A plain `Hunk` for JSON: the getter above is not an own property, so it would be lost. */
    toJSON() {
        const { oldStart, oldLines, newStart, newLines, section, lines } = this;
        return { oldStart, oldLines, newStart, newLines, section, lines };
    }
}
function unpack(hunk) {
    const lines = new Array(hunk.count);
    for (let k = 0; k < hunk.count; k++)
        lines[k] = diffLineAt(hunk, k);
    return lines;
}
/** The hunk's line `k` as a new `DiffLine`; `content` when the caller has already sliced it. */
function diffLineAt(hunk, k, content) {
    const { cols } = hunk;
    const o = (hunk.first + k) * LINE_STRIDE;
    const flags = cols[o + AT_FLAGS];
    const oldLine = cols[o + AT_OLD];
    const newLine = cols[o + AT_NEW];
    return {
        kind: KINDS[flags & KIND_MASK],
        content: content ?? hunk.text.slice(cols[o + AT_START], cols[o + AT_END]),
        oldLine: oldLine < 0 ? null : oldLine,
        newLine: newLine < 0 ? null : newLine,
        crlf: (flags & FLAG_CRLF) !== 0,
        noNewlineAtEof: (flags & FLAG_NO_NEWLINE_AT_EOF) !== 0
    };
}
const packedCopies = new WeakMap();
/** The hunk as a table: itself when the diff reader made it, else a copy made once. */
function packedOf(hunk) {
    if (hunk instanceof PackedHunk)
        return hunk;
    let packed = packedCopies.get(hunk);
    if (packed === undefined) {
        packed = packHunk(hunk);
        packedCopies.set(hunk, packed);
    }
    return packed;
}
function packHunk(hunk) {
    const lines = hunk.lines;
    const cols = new Int32Array(Math.max(1, lines.length) * LINE_STRIDE);
    let text = '';
    let changed = 0;
    for (let k = 0; k < lines.length; k++) {
        const line = lines[k];
        const o = k * LINE_STRIDE;
        cols[o + AT_FLAGS] =
            KINDS.indexOf(line.kind) |
                (line.crlf ? FLAG_CRLF : 0) |
                (line.noNewlineAtEof ? FLAG_NO_NEWLINE_AT_EOF : 0);
        cols[o + AT_START] = text.length;
        text += line.content;
        cols[o + AT_END] = text.length;
        cols[o + AT_OLD] = line.oldLine ?? -1;
        cols[o + AT_NEW] = line.newLine ?? -1;
        if (line.kind !== 'context')
            changed++;
        text += '\n';
    }
    return new PackedHunk(hunk.oldStart, hunk.oldLines, hunk.newStart, hunk.newLines, hunk.section, new LineSource(text), cols, 0, lines.length, changed);
}
/**
 * Buffers that hunks' lines are written into, a block at a time: one typed array per hunk would
 * cost more to allocate than to fill.
 */
class LineWriter {
    #cols;
    #used = 0;
    #blockLines;
    /** `expectedLines` sizes the blocks: a small diff gets a small buffer. */
    constructor(expectedLines) {
        this.#blockLines = Math.min(1 << 15, Math.max(64, expectedLines));
        this.#cols = new Int32Array(this.#blockLines * LINE_STRIDE);
    }
    /** Makes room for `count` more lines, written in `cols` from line index `used` on. */
    reserve(count) {
        if ((this.#used + count) * LINE_STRIDE > this.#cols.length) {
            this.#cols = new Int32Array(Math.max(this.#blockLines, count) * LINE_STRIDE);
            this.#used = 0;
        }
    }
    get cols() {
        return this.#cols;
    }
    /** Lines written to `cols` so far: the index of the next one. */
    get used() {
        return this.#used;
    }
    /**
     * Writes the line `used + count` (lines since the last `commit`): its kind, whether it ended
     * in CR, where its content sits in the text, and its numbers (-1 on the side it lacks).
     */
    write(count, kind, crlf, start, end, oldLine, newLine) {
        const cols = this.#cols;
        const o = (this.#used + count) * LINE_STRIDE;
        cols[o + AT_FLAGS] = crlf ? kind | FLAG_CRLF : kind;
        cols[o + AT_START] = start;
        cols[o + AT_END] = end;
        cols[o + AT_OLD] = oldLine;
        cols[o + AT_NEW] = newLine;
    }
    /** Marks the written line `used + count` as the file's last, without a newline at its end. */
    markNoNewlineAtEof(count) {
        this.#cols[(this.#used + count) * LINE_STRIDE + AT_FLAGS] |= FLAG_NO_NEWLINE_AT_EOF;
    }
    commit(count) {
        this.#used += count;
    }
}
/** `KIND_*` of the hunk's line `k`. */
function kindAt(hunk, k) {
    return hunk.cols[(hunk.first + k) * LINE_STRIDE + AT_FLAGS] & KIND_MASK;
}
/** The content of the hunk's line `k`, as `DiffLine.content` holds it. */
function contentAt(hunk, k) {
    const o = (hunk.first + k) * LINE_STRIDE;
    return hunk.text.slice(hunk.cols[o + AT_START], hunk.cols[o + AT_END]);
}
/** The line number of the hunk's line `k` on its own side: old for removed lines, else new. */
function numberAt(hunk, k) {
    const o = (hunk.first + k) * LINE_STRIDE;
    return hunk.cols[o + ((hunk.cols[o + AT_FLAGS] & KIND_MASK) === KIND_DEL ? AT_OLD : AT_NEW)];
}
/** The new-file number of the hunk's line `k`, or -1 for a removed line. */
function newNumberAt(hunk, k) {
    return hunk.cols[(hunk.first + k) * LINE_STRIDE + AT_NEW];
}
/** Where the content of the hunk's line `k` starts in `hunk.text`. */
function startAt(hunk, k) {
    return hunk.cols[(hunk.first + k) * LINE_STRIDE + AT_START];
}
/** Where the content of the hunk's line `k` ends in `hunk.text`. */
function endAt(hunk, k) {
    return hunk.cols[(hunk.first + k) * LINE_STRIDE + AT_END];
}
/** Numbers per block that `intBuffer` carves buffers from. */
const BLOCK_INTS = 1 << 16;
/** V8 keeps a typed array of up to 64 bytes inside its heap, where making one is cheap. */
const IN_HEAP_INTS = 16;
let block = new ArrayBuffer(0);
let blockUsed = 0;
let blockInts = 0;
/**
 * A zeroed buffer of `length` numbers. Past 64 bytes V8 keeps a typed array's numbers outside
 * its heap, and making one costs about 10 times as much as a view into a buffer already made,
 * which a diff of 25,000 tiny files pays twice per file. So those come from a shared block
 * that lives until the last view into it does; large buffers get their own.
 */
function intBuffer(length) {
    if (length <= IN_HEAP_INTS || length > BLOCK_INTS >> 4)
        return new Int32Array(length);
    if (blockUsed + length > blockInts) {
        block = new ArrayBuffer(BLOCK_INTS * Int32Array.BYTES_PER_ELEMENT);
        blockUsed = 0;
        blockInts = BLOCK_INTS;
    }
    const view = new Int32Array(block, blockUsed * Int32Array.BYTES_PER_ELEMENT, length);
    blockUsed += length;
    return view;
}
/**
 * `ChangedLines` keeps its numbers in one buffer: per changed line its hunk, its index there and
 * its run's first line, then each changed line's kind, then each run's first changed line. One
 * allocation per file, since diffs of thousands of tiny files make one per file.
 */
const CHANGED_STRIDE = 3;
const AT_HUNK = 0;
const AT_INDEX = 1;
const AT_RUN = 2;
/**
 * Every added and removed line of a file, in diff order, numbered 0 to `count - 1`: the one
 * index of changed lines that detectors share. A run is a maximal stretch of changed lines
 * between context lines (or a hunk's ends); an edit is read within its run.
 */
class ChangedLines {
    hunks;
    count;
    runs;
    #data;
    /** Where the kinds start in `#data`; the runs' first lines follow them. */
    #kinds;
    constructor(hunks) {
        this.hunks = hunks;
        let changed = 0;
        for (let h = 0; h < hunks.length; h++)
            changed += hunks[h].changed;
        this.count = changed;
        this.#kinds = changed * CHANGED_STRIDE;
        // Room for a run per changed line, the most there can be: one pass over the lines, not two.
        const data = intBuffer(changed * (CHANGED_STRIDE + 2) + 1);
        const kinds = this.#kinds;
        const runsAt = kinds + changed;
        let i = 0;
        let r = 0;
        for (let h = 0; h < hunks.length; h++) {
            const { cols, first, count } = hunks[h];
            let run = -1;
            for (let k = 0, o = first * LINE_STRIDE; k < count; k++, o += LINE_STRIDE) {
                const kind = cols[o + AT_FLAGS] & KIND_MASK;
                if (kind === KIND_CONTEXT) {
                    run = -1;
                    continue;
                }
                if (run < 0) {
                    run = k;
                    data[runsAt + r++] = i;
                }
                const d = i * CHANGED_STRIDE;
                data[d + AT_HUNK] = h;
                data[d + AT_INDEX] = k;
                data[d + AT_RUN] = run;
                data[kinds + i] = kind;
                i++;
            }
        }
        data[runsAt + r] = i;
        this.runs = r;
        this.#data = data;
    }
    /** The first changed line of run `r`; run `r` ends before `runFirst(r + 1)`. */
    runFirst(r) {
        return this.#data[this.#kinds + this.count + r];
    }
    /** The index in `hunks` of changed line `i`'s hunk. */
    hunkOf(i) {
        return this.#data[i * CHANGED_STRIDE + AT_HUNK];
    }
    /** Changed line `i`'s index among its hunk's lines (as in `Hunk.lines`). */
    indexOf(i) {
        return this.#data[i * CHANGED_STRIDE + AT_INDEX];
    }
    /** The hunk line index where changed line `i`'s run starts. */
    runStartOf(i) {
        return this.#data[i * CHANGED_STRIDE + AT_RUN];
    }
    /** `KIND_ADD` or `KIND_DEL`. */
    kindOf(i) {
        return this.#data[this.#kinds + i];
    }
    isDel(i) {
        return this.#data[this.#kinds + i] === KIND_DEL;
    }
    contentOf(i) {
        const d = i * CHANGED_STRIDE;
        return contentAt(this.hunks[this.#data[d + AT_HUNK]], this.#data[d + AT_INDEX]);
    }
}
/**
 * The file's changed lines, indexed in one pass over its hunks. Not cached per file: a weak map
 * keyed by 25,000 files made every young-generation collection walk it, which cost more than
 * the second pass the verifier makes over the test files that minimality read too.
 */
function changedLinesOf(file) {
    return new ChangedLines(packedHunksOf(file.hunks));
}
/** The hunks as tables: the array itself when the diff reader made every one. */
function packedHunksOf(hunks) {
    for (let h = 0; h < hunks.length; h++) {
        if (!(hunks[h] instanceof PackedHunk))
            return hunks.map(packedOf);
    }
    return hunks;
}
/**
 * The text a parse's hunks share (the whole diff), with what detectors searched for in it. A
 * plain `indexOf` from a line that holds no match would read on to the diff's end; `next` keeps
 * the last answer per needle, so that questions asked in increasing offset order, as detectors
 * read lines, read the text about once in all.
 */
class LineSource {
    text;
    #seen = [];
    constructor(text) {
        this.text = text;
    }
    /** Where `needle` next occurs at or after `from`; -1 for nowhere. */
    next(needle, from) {
        let seen;
        for (let i = 0; i < this.#seen.length; i++) {
            if (this.#seen[i].needle === needle) {
                seen = this.#seen[i];
                break;
            }
        }
        if (seen === undefined) {
            seen = { needle, from: 0, at: -2 };
            this.#seen.push(seen);
        }
        // `at` is the first occurrence at or after `seen.from`, so it answers every `from` up to it.
        if (seen.at !== -2 && from >= seen.from && (seen.at === -1 || from <= seen.at))
            return seen.at;
        seen.from = from;
        seen.at = this.text.indexOf(needle, from);
        return seen.at;
    }
    /** Whether `needle` occurs within `text[start, end)`. */
    occursWithin(needle, start, end) {
        const at = this.next(needle, start);
        return at !== -1 && at + needle.length <= end;
    }
}

export { KIND_CONTEXT as K, LineWriter as L, PackedHunk as P, KIND_DEL as a, KIND_ADD as b, LineSource as c, changedLinesOf as d, endAt as e, contentAt as f, newNumberAt as g, diffLineAt as h, intBuffer as i, kindAt as k, numberAt as n, packedOf as p, startAt as s };
