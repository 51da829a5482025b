/**
 * A local stand-in for the GitHub REST API on 127.0.0.1. Tests register routes that answer in
 * GitHub's real shapes (typed from @octokit/openapi-types where a test builds a body); every
 * request is recorded so tests can assert what the gate asked for, and how often.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
  /** When the request arrived (epoch ms). */
  at: number
}

export interface Reply {
  status?: number
  headers?: Record<string, string>
  /** A string is sent as is; anything else as JSON. */
  body?: unknown
  /** Never answer (the connection stays open until the client gives up or the fake stops). */
  hang?: boolean
  /** Answer this much later than the fake's own latency. */
  delayMs?: number
}

export type Handler = (req: RecordedRequest, params: Record<string, string>) => Reply

interface Route {
  method: string
  pattern: RegExp
  keys: string[]
  /** Replies used in order, the last one repeating; or a handler. */
  replies: Reply[] | Handler
  calls: number
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  private readonly routes: Route[] = []
  private server: Server | null = null
  url = ''
  /** Every answer is sent this many milliseconds late, as a distant API would be. */
  latencyMs = 0

  /**
   * Route by method and path template: `/repos/:owner/:repo/pulls/:number`. Later routes win,
   * so a test can override one answer of a shared fixture.
   */
  on(method: string, template: string, replies: Reply | Reply[] | Handler): this {
    const keys: string[] = []
    const source = template
      .split('/')
      .map((part) => {
        if (part.startsWith(':')) {
          keys.push(part.slice(1))
          return '([^/]+)'
        }
        if (part === '*') {
          keys.push('rest')
          return '(.*)'
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      .join('/')
    const list =
      typeof replies === 'function' ? replies : Array.isArray(replies) ? replies : [replies]
    this.routes.unshift({
      method: method.toUpperCase(),
      pattern: new RegExp(`^${source}$`),
      keys,
      replies: list,
      calls: 0
    })
    return this
  }

  /** Requests whose method and path match. */
  calls(method: string, pathPattern: RegExp | string): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.method === method.toUpperCase() &&
        (typeof pathPattern === 'string' ? r.path === pathPattern : pathPattern.test(r.path))
    )
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this.url
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: unknown = raw
    if (raw && (req.headers['content-type'] ?? '').includes('json')) {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
      }
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      at: Date.now()
    }
    this.requests.push(recorded)
    const route = this.routes.find(
      (r) => r.method === recorded.method && r.pattern.test(url.pathname)
    )
    if (!route) {
      if (this.latencyMs > 0) await new Promise((done) => setTimeout(done, this.latencyMs))
      send(res, {
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
          status: '404'
        }
      })
      return
    }
    const match = route.pattern.exec(url.pathname)!
    const params = Object.fromEntries(
      route.keys.map((k, i) => [k, decodeURIComponent(match[i + 1] ?? '')])
    )
    const reply =
      typeof route.replies === 'function'
        ? route.replies(recorded, params)
        : route.replies[Math.min(route.calls, route.replies.length - 1)]!
    route.calls++
    if (reply.hang) return
    const delay = this.latencyMs + (reply.delayMs ?? 0)
    if (delay > 0) await new Promise((done) => setTimeout(done, delay))
    if (!res.destroyed) send(res, reply)
  }
}

function send(res: ServerResponse, reply: Reply): void {
  const status = reply.status ?? 200
  const isText = typeof reply.body === 'string'
  const payload =
    reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body)
  res.writeHead(status, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...reply.headers
  })
  res.end(payload)
}
