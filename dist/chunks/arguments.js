import { U as UsageError } from './errors3.js';

/** Argument parsing shared by every command: parseArgs failures as what, why and how to fix. */
/** parseArgs' own messages suggest `--` tricks; ours say what was wrong and what is valid. */
function parseFailure(error, known, command = '') {
    const help = `agent-pr-gate ${command === '' ? '' : `${command} `}--help`;
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const name = quoted.replace(/^-+/, '');
        const near = known.find((option) => closeTo(name, option));
        const hint = near === undefined ? '' : ` (did you mean --${near}?)`;
        return new UsageError(`unknown option "${quoted}"${hint}; run ${help} for the options`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const option = /--[\w-]+/.exec(message)?.[0] ?? 'an option';
        return new UsageError(`${option} needs a value, as in "${option} VALUE"; see ${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        return new UsageError(`unexpected argument "${quoted}"; every input is given by an option${command === '' ? ', such as --diff FILE' : ''} (see ${help})`);
    }
    return new UsageError(`${message}; run ${help} for the options`);
}
/** One edit apart, or one is a prefix of the other: enough to catch a typo without guessing. */
function closeTo(typed, option) {
    if (typed === '' || Math.abs(typed.length - option.length) > 2)
        return false;
    if (option.startsWith(typed) || typed.startsWith(option))
        return true;
    let i = 0;
    while (i < typed.length && typed[i] === option[i])
        i++;
    const rest = (s, skip) => s.slice(i + skip);
    return (rest(typed, 1) === rest(option, 1) ||
        rest(typed, 1) === rest(option, 0) ||
        rest(typed, 0) === rest(option, 1));
}

export { parseFailure as p };
