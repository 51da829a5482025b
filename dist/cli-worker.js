import { workerData, parentPort } from 'node:worker_threads';
import { e as errorLine } from './chunks/errors3.js';
import { runGateCommand } from './chunks/gate.js';
import './chunks/errors.js';
import './chunks/errors2.js';
import './chunks/failure.js';
import 'node:util';
import 'node:fs/promises';
import 'node:path';
import './chunks/change-set.js';
import './chunks/diff-text.js';
import './chunks/packed-lines.js';
import './chunks/file.js';
import './chunks/run-gate.js';
import './chunks/index.js';
import './chunks/catalogue.js';
import './chunks/junit.js';
import './chunks/index2.js';
import './chunks/labels.js';

/**
 * The CLI's gate run inside a worker thread (see cli/isolate.ts): the same command, its output
 * and exit code sent back to the CLI's thread, which writes them.
 */
const job = workerData;
const send = (message) => parentPort?.postMessage(message);
/** isolates() keeps every run that reads stdin in the CLI's own thread: here stdin is empty. */
async function* noInput() { }
let code;
try {
    code = await runGateCommand(job.options, {
        stdin: noInput(),
        stdout: { write: (text) => send({ kind: 'stdout', text }), isTTY: job.isTTY },
        stderr: { write: (text) => send({ kind: 'stderr', text }) },
        env: process.env,
        cwd: job.cwd
    });
}
catch (error) {
    send({ kind: 'stderr', text: `${errorLine(error)}\n` });
    code = 2;
}
send({ kind: 'done', code });
