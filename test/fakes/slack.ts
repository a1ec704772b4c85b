/**
 * A fake Slack on 127.0.0.1 for tests: the Web API under /api/<method> (form or JSON bodies, as the
 * real one accepts) and response_url endpoints under /respond/<id>. It records every call and can be
 * told to fail a method with an error code or a 429 with Retry-After. For Socket Mode it answers
 * apps.connections.open with a WebSocket URL on the same port, says hello, sends envelopes and records acks.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  auth: string | undefined;
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  /** users.info answers: user id → is_admin. */
  readonly admins = new Set<string>();
  /** users.info answers: user id → Slack locale (e.g. en-US). */
  readonly locales = new Map<string, string>();
  private readonly failures = new Map<string, (string | 429)[]>();
  /** Seconds in the Retry-After header of a 429. */
  retryAfter = 1;
  private readonly waiters: (() => void)[] = [];
  private server!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | null = null;
  /** Files users shared (files.info, and url_private downloads that need the bot token), by file id. */
  readonly files = new Map<string, { name: string; bytes: Buffer }>();
  /** The bot token url_private downloads must carry. */
  fileToken = 'xoxb-test';
  /** Downloads of shared files: file id and whether the bearer token was right. */
  readonly downloads: { id: string; authorized: boolean }[] = [];
  /** HTTP failures planned per method: the next calls answer with these statuses. */
  private readonly httpFailures = new Map<string, number[]>();
  /** Status every response_url answers with (e.g. 404 once Slack stops honouring it); 200 when unset. */
  refuseResponses = 0;
  /** Delay before each Web API answer (a slow Slack). */
  delayMs = 0;
  /** The next this-many chat.postMessage calls create the message, then answer 502. */
  createThenFail = 0;
  /** Messages posted, per channel, as conversations.history returns them (newest last here). */
  readonly messages: { channel: string; ts: string; text: string; metadata?: unknown }[] = [];
  /** Files uploaded through files.uploadV2: the upload URL's bytes, then the channel completion shared them in. */
  readonly uploads = new Map<string, { filename: string; bytes?: Buffer; channel?: string }>();
  /** Envelope acknowledgements received over Socket Mode. */
  readonly acks: { envelope_id: string; payload?: unknown }[] = [];
  port = 0;

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const url = req.url ?? '';
      const upload = /^\/upload\/([^/?]+)/.exec(url);
      if (upload && this.uploads.has(upload[1]!)) {
        // The upload URL files.getUploadURLExternal gave: the bytes as multipart/form-data (or raw).
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const raw = Buffer.concat(chunks);
        const type = req.headers['content-type'] ?? '';
        let bytes = raw;
        if (type.startsWith('multipart/form-data')) {
          const form = await new Request('http://fake', {
            method: 'POST',
            headers: { 'content-type': type },
            body: new Uint8Array(raw),
          }).formData();
          const file = [...form.values()].find((v) => typeof v !== 'string');
          bytes = file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
        }
        this.uploads.get(upload[1]!)!.bytes = bytes;
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
        for (const w of this.waiters.splice(0)) w();
        return;
      }
      const body = await readBody(req);
      const download = /^\/files\/([^/]+)\//.exec(url);
      if (download) {
        const file = this.files.get(download[1]!);
        const authorized = req.headers.authorization === `Bearer ${this.fileToken}`;
        this.downloads.push({ id: download[1]!, authorized });
        if (!file || !authorized) res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
        else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.bytes);
      } else if (url.startsWith('/respond/')) {
        if (this.refuseResponses) res.writeHead(this.refuseResponses).end('no_response_url');
        else {
          this.responses.push({ id: url.slice('/respond/'.length), body });
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        }
      } else {
        const method = url.replace(/^\/api\//, '').split('?')[0]!;
        this.calls.push({ method, body, auth: req.headers.authorization });
        if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
        const failure = this.failures.get(method)?.shift();
        const status = this.httpFailures.get(method)?.shift();
        if (status) {
          res.writeHead(status).end('upstream failure');
        } else if (method === 'chat.postMessage' && this.createThenFail > 0) {
          this.createThenFail--;
          this.answer(method, body);
          res.writeHead(502).end('bad gateway');
        } else if (failure === 429) {
          res
            .writeHead(429, { 'retry-after': String(this.retryAfter), 'content-type': 'application/json' })
            .end('{"ok":false,"error":"ratelimited"}');
        } else if (failure) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: failure }));
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.answer(method, body)));
        }
      }
      for (const w of this.waiters.splice(0)) w();
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => {
      this.socket = ws;
      ws.on('close', () => {
        if (this.socket === ws) this.socket = null;
        for (const w of this.waiters.splice(0)) w();
      });
      ws.on('message', (raw) => {
        this.acks.push(JSON.parse(raw.toString()));
        for (const w of this.waiters.splice(0)) w();
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: 'A1' },
          debug_info: { host: 'fake', approximate_connection_time: 3600 },
        }),
      );
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Whether a Socket Mode client is connected. */
  get socketConnected(): boolean {
    return this.socket !== null;
  }

  /** Sends a Socket Mode envelope (e.g. type 'slash_commands' with the command payload). */
  envelope(id: string, type: string, payload: Record<string, unknown>): void {
    this.socket?.send(
      JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api' }),
    );
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** The next calls of `method` fail with these Slack error codes (or 429). */
  fail(method: string, ...errors: (string | 429)[]): void {
    this.failures.set(method, errors);
  }

  /** The next `times` calls of `method` answer with HTTP `status` (e.g. 500). */
  failHttp(method: string, status: number, times = 1): void {
    this.httpFailures.set(method, Array(times).fill(status));
  }

  /** Resolves when `predicate` holds (checked after every request), or rejects after `ms`. */
  async until<T>(predicate: () => T | undefined, ms = 5000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('fake Slack: timed out waiting');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'auth.test':
        return { ok: true, team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'users.info': {
        const user = String(body.user);
        return {
          ok: true,
          user: {
            id: user,
            is_admin: this.admins.has(user),
            is_owner: false,
            locale: this.locales.get(user) ?? 'zh-CN',
          },
        };
      }
      case 'files.info': {
        const file = this.files.get(String(body.file));
        if (!file) return { ok: false, error: 'file_not_found' };
        const url = `http://127.0.0.1:${this.port}/files/${body.file}/${encodeURIComponent(file.name)}`;
        return {
          ok: true,
          file: {
            id: body.file,
            name: file.name,
            size: file.bytes.length,
            url_private: url,
            url_private_download: url,
          },
        };
      }
      case 'chat.postMessage': {
        const ts = `${Date.now() / 1000}${this.messages.length}`;
        const metadata = typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata;
        this.messages.push({ channel: String(body.channel), ts, text: String(body.text ?? ''), metadata });
        return { ok: true, channel: body.channel, ts };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${1000 + this.uploads.size}`;
        this.uploads.set(id, { filename: String(body.filename) });
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof body.files === 'string' ? JSON.parse(body.files) : body.files) as { id: string }[];
        const done = files.map((f) => this.uploads.get(f.id));
        if (done.some((u) => !u?.bytes)) return { ok: false, error: 'file_upload_not_complete' };
        for (const u of done) u!.channel = String(body.channel_id);
        return { ok: true, files: files.map((f) => ({ id: f.id })) };
      }
      case 'conversations.history': {
        const all = String(body.include_all_metadata) === 'true';
        const found = this.messages
          .filter((m) => m.channel === String(body.channel))
          .reverse()
          .slice(0, Number(body.limit ?? 100))
          .map((m) => ({
            type: 'message',
            ts: m.ts,
            text: m.text,
            ...(all && m.metadata ? { metadata: m.metadata } : {}),
          }));
        return { ok: true, messages: found, has_more: false };
      }
      default:
        return { ok: true };
    }
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString();
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(raw);
  const form = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments'])
    if (typeof form[key] === 'string') (form as Record<string, unknown>)[key] = JSON.parse(form[key]!);
  return form;
}
