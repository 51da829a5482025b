/**
 * `npm run screenshots`: pictures of the bundled example's check run and sticky comment for the
 * README. The markdown is the gate's own (run on examples/demo-pr); marked renders it to HTML and
 * headless Chromium photographs it. Needs `npm run package` first and a `chromium` on PATH.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { marked } from 'marked'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import type { GateReport } from '../src/model.js'
import { renderCheckRun } from '../src/report/render/check-run.js'
import { renderComment } from '../src/report/render/comment.js'
import { renderMarkdown } from '../src/report/render/markdown.js'

const OUT = resolve('docs/images')
const CHROMIUM = process.env.CHROMIUM ?? 'chromium'

/** A plain reading style close to GitHub's (system fonts, bordered tables, grey code). */
const STYLE = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  color: #1f2328; background: #f6f8fa; margin: 0; padding: 16px; }
.card { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; max-width: 880px; }
.head { padding: 10px 16px; border-bottom: 1px solid #d1d9e0; background: #f6f8fa;
  border-radius: 6px 6px 0 0; font-weight: 600; }
.head .muted { color: #59636e; font-weight: 400; }
.fail { color: #d1242f; }
.body { padding: 4px 16px 12px; }
h1, h2, h3, h4 { margin: 16px 0 8px; line-height: 1.25; }
h2 { font-size: 20px; border-bottom: 1px solid #d1d9e0; padding-bottom: 4px; }
h3 { font-size: 16px; } h4 { font-size: 14px; }
table { border-collapse: collapse; margin: 8px 0; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: #eff1f3; border-radius: 4px; padding: 1px 4px; }
details { margin: 6px 0; } summary { cursor: pointer; }
ul { padding-left: 24px; } p { margin: 8px 0; }
`

function page(head: string, markdown: string): string {
  const body = marked.parse(markdown, { async: false, gfm: true })
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head>
<body><div class="card"><div class="head">${head}</div><div class="body">${body}</div></div></body></html>`
}

function shoot(html: string, file: string, height: number, dir: string): void {
  const source = join(dir, `${file}.html`)
  writeFileSync(source, html)
  execFileSync(CHROMIUM, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--hide-scrollbars',
    `--window-size=912,${height}`,
    `--screenshot=${join(OUT, `${file}.png`)}`,
    `file://${source}`
  ])
  console.log(`wrote docs/images/${file}.png`)
}

const report = JSON.parse(
  execFileSync(process.execPath, ['examples/demo.js', '--format', 'json'], { encoding: 'utf8' })
) as GateReport
const dir = mkdtempSync(join(tmpdir(), 'agent-pr-gate-shots-'))
try {
  const check = renderCheckRun(report, renderMarkdown(report))
  const icon = check.conclusion === 'failure' ? '<span class="fail">✗</span>' : '✓'
  shoot(
    page(`${icon} agent-pr-gate <span class="muted">— ${check.title}</span>`, check.summary),
    'check-run',
    1500,
    dir
  )
  shoot(
    page(
      'github-actions <span class="muted">bot commented</span>',
      renderComment(report, DEFAULT_CONFIG)
    ),
    'comment',
    900,
    dir
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
