/**
 * Check runs as GitHub keeps them, across runs of the action: created, updated by id, listed per
 * commit (with `check_name`). Seeded runs stand for what earlier runs left on the head.
 */
import type { CheckRun } from '../fixtures/github/checks.js'
import { checkRun } from '../fixtures/github/checks.js'
import type { FakeGitHub, RecordedRequest, Reply } from './fake-github.js'

interface CheckRunWrite {
  name?: string
  head_sha?: string
  status?: CheckRun['status']
  conclusion?: CheckRun['conclusion']
  output?: { title?: string; summary?: string }
}

export class CheckRunStore {
  readonly runs: CheckRun[] = []
  private nextId = 9001

  /** `appSlug`: the app the token belongs to (`github-actions` for GITHUB_TOKEN). */
  constructor(
    private readonly repoPath: string,
    private readonly appSlug = 'github-actions'
  ) {}

  seed(spec: Parameters<typeof checkRun>[0]): CheckRun {
    const run = checkRun(spec)
    this.runs.push(run)
    return run
  }

  /** The runs of one name on one commit, oldest first. */
  on(sha: string, name = 'agent-pr-gate'): CheckRun[] {
    return this.runs.filter((r) => r.head_sha === sha && r.name === name)
  }

  serve(fake: FakeGitHub): this {
    fake.on('POST', `${this.repoPath}/check-runs`, (req) => this.create(req))
    fake.on('PATCH', `${this.repoPath}/check-runs/:id`, (req, { id }) => this.update(req, id!))
    fake.on('GET', `${this.repoPath}/commits/:sha/check-runs`, (req, { sha }) => {
      const name = req.query.get('check_name')
      const listed = this.runs.filter((r) => r.head_sha === sha && (!name || r.name === name))
      return { body: { total_count: listed.length, check_runs: listed } }
    })
    return this
  }

  private create(req: RecordedRequest): Reply {
    const body = req.body as CheckRunWrite
    const status = body.status ?? 'queued'
    const run = checkRun({
      id: this.nextId++,
      name: body.name,
      headSha: body.head_sha,
      status,
      conclusion: status === 'completed' ? (body.conclusion ?? null) : null,
      appSlug: this.appSlug,
      title: body.output?.title ?? null,
      summary: body.output?.summary ?? null
    })
    this.runs.push(run)
    return { status: 201, body: run }
  }

  private update(req: RecordedRequest, id: string): Reply {
    const run = this.runs.find((r) => String(r.id) === id)
    if (!run) return { status: 404, body: { message: 'Not Found' } }
    if (run.app?.slug !== this.appSlug) {
      return {
        status: 403,
        body: {
          message:
            'Invalid app_id `15368` - check run can only be modified by the GitHub App that created it.'
        }
      }
    }
    const body = req.body as CheckRunWrite
    if (body.conclusion) {
      run.status = 'completed'
      run.conclusion = body.conclusion
    } else if (body.status) {
      run.status = body.status
      run.conclusion = body.status === 'completed' ? run.conclusion : null
    }
    if (body.output?.title) run.output.title = body.output.title
    if (body.output?.summary) run.output.summary = body.output.summary
    return { body: run }
  }
}
