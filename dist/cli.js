#!/usr/bin/env node
const io = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
};
const [command, ...rest] = process.argv.slice(2);
// subcommands load only what they run
if (command === 'split') {
    const { runSplit } = await import('./chunks/split.js');
    process.exitCode = await runSplit(rest, io);
}
else if (command === 'record') {
    const { runRecord } = await import('./chunks/record.js');
    process.exitCode = await runRecord(rest, io);
}
else if (command === 'manifest') {
    const { runManifest } = await import('./chunks/manifest.js');
    process.exitCode = await runManifest(rest, io);
}
else {
    const { main } = await import('./chunks/main.js');
    process.exitCode = await main(process.argv.slice(2), io);
}
