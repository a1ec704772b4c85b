/**
 * A fake Discord on 127.0.0.1 for tests: the REST API under /api/v10 and a gateway WebSocket on the same
 * port, speaking the documented protocol (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME,
 * dispatches). It records every REST request and can answer chosen routes with 429 or errors.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RestCall {
  method: string;
  path: string;
  body: any;
  /** Files sent as multipart/form-data (files[n]), with payload_json as the body. */
  files?: { field: string; name: string; bytes: Buffer }[];
}

const APP_ID = '100000000000000001';
const BOT_ID = '100000000000000002';

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  /** Gateway opcodes received from the client, in order. */
  readonly received: { op: number; d: any }[] = [];
  readonly appId = APP_ID;
  readonly guilds: string[];
  private readonly planned: { match: RegExp; status: number; body: unknown; headers?: Record<string, string> }[] = [];
  private server!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | null = null;
  private seq = 0;
  private sessionId = 'session-1';
  private nextId = 1_000_000;
  /** Files served as attachments (Discord's CDN), by attachment id. */
  private readonly files = new Map<string, Buffer>();
  /** Messages created with enforce_nonce, by channel and nonce: a repeat returns the existing message. */
  private readonly nonces = new Map<string, unknown>();
  /** Messages created in channels (after nonce deduplication). */
  readonly created: { channel: string; body: any }[] = [];
  /** The next this-many channel message creations create the message, then answer 502. */
  createThenFail = 0;
  /** Delay before each REST answer (a slow Discord). */
  delayMs = 0;
  port = 0;

  constructor(guilds = ['200000000000000001', '200000000000000002']) {
    this.guilds = guilds;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.rest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.gateway(ws));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The next `times` requests whose "METHOD path" matches get this answer. */
  plan(match: RegExp, status: number, body: unknown, times = 1, headers?: Record<string, string>): void {
    for (let i = 0; i < times; i++) this.planned.push({ match, status, body, headers });
  }

  /** Resolves when `predicate` finds something, polling every 20 ms, or rejects after `ms`. */
  async until<T>(predicate: () => T | undefined, ms = 5000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('fake Discord: timed out waiting');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  callback(interactionId: string): RestCall | undefined {
    return this.calls.find((c) => c.method === 'POST' && c.path.startsWith(`/api/v10/interactions/${interactionId}/`));
  }

  /** Sends INTERACTION_CREATE for a payload built by the helpers below; returns the interaction id. */
  interact(payload: Record<string, unknown>): string {
    const id = String(this.nextId++);
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      token: `token-${id}`,
      version: 1,
      entitlements: [],
      authorizing_integration_owners: { 0: payload.guild_id },
      context: 0,
      ...payload,
    });
    return id;
  }

  /** Serves `bytes` as an attachment on this fake's URL; returns the attachment object of an interaction. */
  attach(filename: string, bytes: Buffer) {
    const id = String(this.nextId++);
    this.files.set(id, bytes);
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: bytes.length, url, proxy_url: url, content_type: 'application/octet-stream' };
  }

  /** Closes the gateway connection as a network failure would (the client should resume). */
  dropConnection(): void {
    this.socket?.terminate();
  }

  private dispatch(t: string, d: unknown): void {
    this.socket?.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  private gateway(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw.toString()) as { op: number; d: any };
      this.received.push(msg);
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        this.dispatch('READY', {
          v: 10,
          user: { id: BOT_ID, username: 'kepu-bot', discriminator: '0', global_name: null, avatar: null, bot: true },
          guilds: this.guilds.map((id) => ({ id, unavailable: true })),
          session_id: this.sessionId,
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        });
        for (const id of this.guilds) this.dispatch('GUILD_CREATE', guild(id));
      }
      if (msg.op === 6) this.dispatch('RESUMED', {});
    });
  }

  private async rest(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    const type = req.headers['content-type'] ?? '';
    const call: RestCall = type.startsWith('multipart/form-data')
      ? await multipart(req.method!, path, type, raw)
      : { method: req.method!, path, body: raw.length ? JSON.parse(raw.toString()) : undefined };
    this.calls.push(call);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      if (body === undefined) res.writeHead(status, headers).end();
      else res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const file = /^\/attachments\/(\d+)\//.exec(path);
    if (file && this.files.has(file[1]!)) {
      const bytes = this.files.get(file[1]!)!;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) });
      return void res.end(bytes);
    }
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const planned = this.planned.findIndex((p) => p.match.test(`${call.method} ${path}`));
    if (planned >= 0) {
      const [p] = this.planned.splice(planned, 1);
      return send(p!.status, p!.body, p!.headers);
    }
    const channelMessage = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    if (path === '/api/v10/gateway/bot')
      return send(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    if (path === '/api/v10/users/@me')
      return send(200, { id: BOT_ID, username: 'kepu-bot', discriminator: '0', bot: true });
    if (/\/commands$/.test(path) && req.method === 'PUT')
      return send(
        200,
        (call.body as any[]).map((c, i) => ({ ...c, id: String(300 + i), application_id: APP_ID, version: '1' })),
      );
    const callback = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
    if (callback) {
      // 204 unless the client asks for the interaction callback response (with_response=true).
      if (!(req.url ?? '').includes('with_response=true')) return send(204, undefined);
      return send(200, {
        interaction: {
          id: callback[1],
          type: 2,
          activity_instance_id: null,
          response_message_id: '999',
          response_message_loading: call.body?.type === 5,
          response_message_ephemeral: false,
        },
        resource: { type: call.body?.type },
      });
    }
    if (/^\/api\/v10\/webhooks\//.test(path)) return send(200, message('999', call.body));
    if (path === '/api/v10/users/@me/channels') return send(200, { id: '400000000000000001', type: 1 });
    if (channelMessage && req.method === 'POST') {
      const key = `${channelMessage[1]}:${call.body?.nonce}`;
      const existing = call.body?.enforce_nonce ? this.nonces.get(key) : undefined;
      if (existing) return send(200, existing);
      const created = message(channelMessage[1]!, call.body);
      this.created.push({ channel: channelMessage[1]!, body: call.body });
      if (call.body?.enforce_nonce) this.nonces.set(key, created);
      if (this.createThenFail > 0) {
        this.createThenFail--;
        return send(502, { message: 'Bad Gateway', code: 0 });
      }
      return send(200, created);
    }
    if (channelMessage) return send(200, message(channelMessage[1]!, call.body));
    return send(404, { message: 'Unknown route', code: 0 });
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** A multipart request as Discord reads it: payload_json is the body, files[n] the attachments. */
async function multipart(method: string, path: string, type: string, raw: Buffer): Promise<RestCall> {
  const form = await new Request('http://fake', {
    method: 'POST',
    headers: { 'content-type': type },
    body: new Uint8Array(raw),
  }).formData();
  const files: NonNullable<RestCall['files']> = [];
  for (const [field, value] of form.entries())
    if (typeof value !== 'string')
      files.push({ field, name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
  const json = form.get('payload_json');
  return { method, path, body: typeof json === 'string' ? JSON.parse(json) : undefined, files };
}

function guild(id: string) {
  return {
    id,
    name: `guild ${id.slice(-1)}`,
    icon: null,
    owner_id: '500000000000000001',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
      },
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    premium_tier: 0,
    preferred_locale: 'zh-CN',
    nsfw_level: 0,
    channels: [
      { id: `${id.slice(0, -1)}9`, type: 0, name: 'kepu', position: 0, guild_id: id, permission_overwrites: [] },
    ],
    members: [],
    threads: [],
    stickers: [],
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: '2026-01-01T00:00:00.000Z',
  };
}

function message(channelId: string, body: any) {
  return {
    id: '600000000000000001',
    channel_id: channelId,
    author: { id: BOT_ID, username: 'kepu-bot', discriminator: '0', bot: true },
    content: body?.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    pinned: false,
    type: 0,
  };
}

/** A member of a guild, with the permissions Discord computes for them in the channel. */
export function member(userId: string, permissions: bigint) {
  return {
    user: { id: userId, username: `user${userId.slice(-2)}`, discriminator: '0', global_name: null, avatar: null },
    roles: [],
    permissions: permissions.toString(),
    joined_at: '2026-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
  };
}

export function channelOf(guildId: string) {
  return { id: `${guildId.slice(0, -1)}9`, type: 0, name: 'kepu', guild_id: guildId, permissions: '2251799813685247' };
}
