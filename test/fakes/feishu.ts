/**
 * A fake Feishu on 127.0.0.1 for tests. REST: tenant_access_token/internal, bot/v3/info,
 * im/v1/messages (create with uuid de-duplication, reply, patch), im/v1/chats/:id (owner and managers),
 * ephemeral/v1/send, im/v1/messages/:id/resources/:file_key (the bytes of a file sent in a message) — each
 * checking the bearer token and recording the call. Events: the long connection
 * exactly as the SDK's WSClient speaks it (POST /callback/ws/endpoint, then protobuf pbbp2.Frame messages over
 * a WebSocket, the client's answer frame carrying {code, data}), and HTTP events encrypted (AES-256-CBC
 * with SHA-256 of the encrypt key, IV first, base64) and signed (sha256(timestamp + nonce + key + body)).
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import protobuf from 'protobufjs';
import { WebSocketServer, type WebSocket } from 'ws';

const root = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: {
          fields: {
            key: { rule: 'required', type: 'string', id: 1 },
            value: { rule: 'required', type: 'string', id: 2 },
          },
        },
        Frame: {
          fields: {
            SeqID: { rule: 'required', type: 'uint64', id: 1 },
            LogID: { rule: 'required', type: 'uint64', id: 2 },
            service: { rule: 'required', type: 'int32', id: 3 },
            method: { rule: 'required', type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
});
const Frame = root.lookupType('pbbp2.Frame');

export interface FeishuCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  auth: string | undefined;
}

export interface Chat {
  tenant: string;
  owner: string;
  managers: string[];
  /** The bot is a member (false: it left or was removed). */
  bot: boolean;
}

export const APP_ID = 'cli_a1b2c3d4e5f60718';
export const APP_SECRET = 'fake-app-secret';
export const BOT_OPEN_ID = 'ou_bot';
const TOKEN = 't-fake-tenant-token';

export class FakeFeishu {
  readonly calls: FeishuCall[] = [];
  readonly chats = new Map<string, Chat>();
  /** Files users sent, by message id and file key: what im.messageResource.get downloads. */
  readonly resources = new Map<string, Uint8Array>();
  /** Messages created, by uuid when one was given. */
  private readonly uuids = new Map<string, string>();
  /** Messages created with im.message.create (a request de-duplicated by its uuid creates none). */
  readonly created: { id: string; to: string; uuid?: string }[] = [];
  private server!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | null = null;
  private readonly pending = new Map<string, (payload: { code: number; data?: unknown }) => void>();
  private readonly waiters: (() => void)[] = [];
  private seq = 0;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://x');
      const call = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body,
        auth: req.headers.authorization,
      };
      const resource = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/resources\/([^/]+)$/.exec(call.path);
      if (resource && call.method === 'GET' && call.auth === `Bearer ${TOKEN}`) {
        this.calls.push(call);
        const bytes = this.resources.get(`${resource[1]}/${resource[2]}`);
        if (!bytes || call.query.get('type') !== 'file') {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ code: 234003, msg: 'File not in msg.' }));
        } else {
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
          res.end(bytes);
        }
        for (const w of this.waiters.splice(0)) w();
        return;
      }
      const [status, answer] = this.answer(call);
      if (!call.path.startsWith('/open-apis/auth') && call.path !== '/callback/ws/endpoint') this.calls.push(call);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      for (const w of this.waiters.splice(0)) w();
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/ws' });
    this.wss.on('connection', (ws) => {
      ws.on('close', () => {
        if (this.socket === ws) this.socket = null;
      });
      ws.on('message', (raw: Buffer) => {
        const frame = Frame.toObject(Frame.decode(raw), { longs: Number }) as {
          method: number;
          headers: { key: string; value: string }[];
          payload?: Uint8Array;
        };
        const type = frame.headers.find((h) => h.key === 'type')?.value;
        if (frame.method === 0 && type === 'ping') {
          // The client pings as soon as it is open, then listens: from here on events reach it.
          this.socket = ws;
          const ClientConfig = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 120, ReconnectNonce: 0 };
          const pong = Frame.fromObject({
            SeqID: 0,
            LogID: 0,
            service: 1,
            method: 0,
            headers: [{ key: 'type', value: 'pong' }],
            payload: Buffer.from(JSON.stringify(ClientConfig)),
          });
          ws.send(Frame.encode(pong).finish());
          for (const w of this.waiters.splice(0)) w();
        }
        const id = frame.headers.find((h) => h.key === 'message_id')?.value;
        if (frame.method === 1 && id && frame.payload) {
          this.pending.get(id)?.(JSON.parse(Buffer.from(frame.payload).toString('utf8')));
          this.pending.delete(id);
        }
      });
      for (const w of this.waiters.splice(0)) w();
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves when `check` holds, re-checked after each request or connection (rejects after `ms`). */
  async until(check: () => boolean, ms = 5000): Promise<void> {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('fake Feishu: condition not met in time');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Calls to one API path (e.g. '/open-apis/im/v1/messages'). */
  to(path: string | RegExp, method?: string): FeishuCall[] {
    return this.calls.filter(
      (c) => (typeof path === 'string' ? c.path === path : path.test(c.path)) && (!method || c.method === method),
    );
  }

  /** How many messages were created for `to` with `uuid`. */
  messagesIn(to: string, uuid: string): number {
    return this.created.filter((m) => m.to === to && m.uuid === uuid).length;
  }

  get connected(): boolean {
    return this.socket !== null;
  }

  /** Sends an event over the long connection and resolves with the client's answer ({code, data?} decoded). */
  push(event: Record<string, unknown>): Promise<{ code: number; data?: Record<string, unknown> }> {
    const socket = this.socket;
    if (!socket) throw new Error('no long connection');
    const id = `msg_${++this.seq}`;
    const frame = Frame.fromObject({
      SeqID: this.seq,
      LogID: this.seq,
      service: 1,
      method: 1,
      headers: [
        { key: 'type', value: 'event' },
        { key: 'message_id', value: id },
        { key: 'sum', value: '1' },
        { key: 'seq', value: '0' },
        { key: 'trace_id', value: `trace_${this.seq}` },
      ],
      payload: Buffer.from(JSON.stringify(event)),
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer over the long connection')), 5000);
      this.pending.set(id, (p) => {
        clearTimeout(timer);
        const data = typeof p.data === 'string' ? JSON.parse(Buffer.from(p.data, 'base64').toString('utf8')) : p.data;
        resolve({ code: p.code, data });
      });
      socket.send(Frame.encode(frame).finish());
    });
  }

  private answer(c: FeishuCall): [number, Record<string, unknown>] {
    if (c.path === '/open-apis/auth/v3/tenant_access_token/internal') {
      if (c.body.app_id !== APP_ID || c.body.app_secret !== APP_SECRET)
        return [400, { code: 10014, msg: 'app secret invalid' }];
      return [200, { code: 0, msg: 'ok', tenant_access_token: TOKEN, expire: 7200 }];
    }
    if (c.path === '/callback/ws/endpoint') {
      if (c.body.AppID !== APP_ID || c.body.AppSecret !== APP_SECRET) return [200, { code: 403, msg: 'forbidden' }];
      const ClientConfig = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 120, ReconnectNonce: 0 };
      return [
        200,
        { code: 0, msg: 'ok', data: { URL: `ws://127.0.0.1:${this.port}/ws?device_id=d1&service_id=1`, ClientConfig } },
      ];
    }
    if (c.auth !== `Bearer ${TOKEN}`) return [401, { code: 99991663, msg: 'Invalid access token' }];
    if (c.path === '/open-apis/bot/v3/info') return [200, { code: 0, msg: 'ok', bot: { open_id: BOT_OPEN_ID } }];
    const chatInfo = /^\/open-apis\/im\/v1\/chats\/([^/]+)$/.exec(c.path);
    if (chatInfo) {
      const chat = this.chats.get(chatInfo[1]!);
      if (!chat?.bot) return [400, { code: 232011, msg: 'operator is not in the chat' }];
      return [
        200,
        {
          code: 0,
          msg: 'ok',
          data: { owner_id: chat.owner, user_manager_id_list: chat.managers, tenant_key: chat.tenant },
        },
      ];
    }
    if (c.path === '/open-apis/im/v1/messages' && c.method === 'POST') {
      const type = c.query.get('receive_id_type');
      const to = String(c.body.receive_id);
      if (type === 'chat_id' && !this.chats.get(to)?.bot)
        return [400, { code: 230002, msg: 'Bot/User can NOT be out of the chat.' }];
      const uuid = c.body.uuid as string | undefined;
      if (uuid && this.uuids.has(uuid))
        return [200, { code: 0, msg: 'ok', data: { message_id: this.uuids.get(uuid), duplicate: true } }];
      const id = `om_${++this.seq}`;
      if (uuid) this.uuids.set(uuid, id);
      this.created.push({ id, to, uuid });
      return [200, { code: 0, msg: 'ok', data: { message_id: id } }];
    }
    if (/^\/open-apis\/im\/v1\/messages\/[^/]+\/reply$/.test(c.path))
      return [200, { code: 0, msg: 'ok', data: { message_id: `om_${++this.seq}` } }];
    if (/^\/open-apis\/im\/v1\/messages\/[^/]+$/.test(c.path) && c.method === 'PATCH')
      return [200, { code: 0, msg: 'ok' }];
    if (c.path === '/open-apis/ephemeral/v1/send')
      return [200, { code: 0, msg: 'ok', data: { message_id: `om_${++this.seq}` } }];
    return [404, { code: 404, msg: `no route ${c.method} ${c.path}` }];
  }

  /** Posts an event to an HTTP event endpoint as Feishu does: encrypted with `encryptKey`, signed, with `token`. */
  async deliverHttp(
    url: string,
    event: Record<string, unknown>,
    o: { encryptKey: string; signature?: string },
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const body = JSON.stringify({ encrypt: encrypt(JSON.stringify(event), o.encryptKey) });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const signature =
      o.signature ??
      createHash('sha256')
        .update(timestamp + nonce + o.encryptKey + body)
        .digest('hex');
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-lark-request-timestamp': timestamp,
        'x-lark-request-nonce': nonce,
        'x-lark-signature': signature,
      },
      body,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  }
}

/** Feishu's event encryption: AES-256-CBC, key = SHA-256(encrypt key), a random IV before the cipher text, base64. */
export function encrypt(plain: string, key: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', createHash('sha256').update(key).digest(), iv);
  return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

let eventSeq = 0;

/** An im.message.receive_v1 event (schema 2.0). `mention` puts an @-mention of the bot before the text. */
export function messageEvent(o: {
  eventId?: string;
  tenant: string;
  chat: string;
  user: string;
  text: string;
  p2p?: boolean;
  mention?: boolean;
  token?: string;
}): Record<string, unknown> {
  const mention = o.mention ?? !o.p2p;
  return {
    schema: '2.0',
    header: {
      event_id: o.eventId ?? `ev_${Date.now()}_${++eventSeq}`,
      event_type: 'im.message.receive_v1',
      create_time: String(Date.now()),
      token: o.token ?? 'vtoken',
      app_id: APP_ID,
      tenant_key: o.tenant,
    },
    event: {
      sender: { sender_id: { open_id: o.user, user_id: `u_${o.user}` }, sender_type: 'user', tenant_key: o.tenant },
      message: {
        message_id: `om_in_${++eventSeq}`,
        create_time: String(Date.now()),
        chat_id: o.chat,
        chat_type: o.p2p ? 'p2p' : 'group',
        message_type: 'text',
        content: JSON.stringify({ text: mention ? `@_user_1 ${o.text}` : o.text }),
        mentions: mention
          ? [{ key: '@_user_1', id: { open_id: BOT_OPEN_ID }, name: 'kepu', tenant_key: o.tenant }]
          : undefined,
      },
    },
  };
}

/** A file a user sends the bot in a direct message (im.message.receive_v1, message_type 'file'). */
export function fileEvent(o: { tenant: string; chat: string; user: string; fileKey: string; name: string }): {
  event: Record<string, unknown>;
  messageId: string;
} {
  const messageId = `om_file_${++eventSeq}`;
  const event = {
    schema: '2.0',
    header: {
      event_id: `ev_${Date.now()}_${++eventSeq}`,
      event_type: 'im.message.receive_v1',
      create_time: String(Date.now()),
      token: 'vtoken',
      app_id: APP_ID,
      tenant_key: o.tenant,
    },
    event: {
      sender: { sender_id: { open_id: o.user, user_id: `u_${o.user}` }, sender_type: 'user', tenant_key: o.tenant },
      message: {
        message_id: messageId,
        create_time: String(Date.now()),
        chat_id: o.chat,
        chat_type: 'p2p',
        message_type: 'file',
        content: JSON.stringify({ file_key: o.fileKey, file_name: o.name }),
      },
    },
  };
  return { event, messageId };
}

/** A card.action.trigger callback (schema 2.0) for a button whose value is `{command}`. */
export function cardAction(o: {
  eventId?: string;
  tenant: string;
  chat: string;
  user: string;
  command: string;
  messageId?: string;
}): Record<string, unknown> {
  return {
    schema: '2.0',
    header: {
      event_id: o.eventId ?? `ev_${Date.now()}_${++eventSeq}`,
      event_type: 'card.action.trigger',
      create_time: String(Date.now()),
      token: 'vtoken',
      app_id: APP_ID,
      tenant_key: o.tenant,
    },
    event: {
      operator: { tenant_key: o.tenant, open_id: o.user, user_id: `u_${o.user}` },
      token: 'c-callback-token',
      action: { value: { command: o.command }, tag: 'button' },
      host: 'im_message',
      context: { open_message_id: o.messageId ?? 'om_card', open_chat_id: o.chat },
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}
