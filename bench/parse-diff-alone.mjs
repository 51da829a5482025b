// The baseline process of the real-diff bench: read the diff file and run parse-diff on it.
import { readFileSync } from 'node:fs'
import parseDiff from 'parse-diff'

parseDiff(readFileSync(process.argv[2], 'utf8'))
