import { types } from 'node:util';

/** Turns anything thrown (an Error or not) into one message for the log; nothing is swallowed. */
function describeFailure(error) {
    // isNativeError also recognises errors from another realm (a vm context), unlike instanceof.
    if (types.isNativeError(error)) {
        const cause = types.isNativeError(error.cause) ? ` (cause: ${error.cause.message})` : '';
        return `${error.message}${cause}`;
    }
    if (typeof error === 'string')
        return error;
    try {
        return `Unexpected non-Error thrown: ${JSON.stringify(error)}`;
    }
    catch {
        return `Unexpected non-Error thrown: ${String(error)}`;
    }
}
/** A message on one line: each line break and the blanks around it become one space. */
function oneLine(text) {
    return text
        .split('\n')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join(' ');
}

export { describeFailure as d, oneLine as o };
