/**
 * The Feishu (Lark) adapter on the official SDK: commands are messages to the bot (an @-mention in a group,
 * or a direct message) in the console's text syntax, answered with interactive cards; page and related
 * buttons come back as `card.action.trigger` callbacks, answered within Feishu's 3 s with a card that
 * replaces the clicker's copy only. Events arrive over the SDK's long connection (WSClient, no public URL)
 * or as signed, encrypted HTTP requests. Each event id is handled once, across restarts (SQLite). A plan
 * file sent to the bot in a direct message is previewed for import (admins), with 导入/取消 buttons.
 */
import * as lark from '@larksuiteoapi/node-sdk';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../clock.js';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import { parseText } from '../../dispatch/text.js';
import { FileTooLarge, type Caller, type IncomingFile } from '../../dispatch/types.js';
import { log } from '../../log.js';
import { DeliveryError, type PostTarget, type Reply } from '../../reply.js';
import type { Db } from '../../store/db.js';
import { firstDelivery } from '../../store/feishu-events.js';
import type { Adapter } from '../adapter.js';
import { commandWord } from '../../dispatch/names.js';
import { InFlight, TimeoutError, within } from '../shared.js';
import { renderCard, type Card } from './render.js';

export interface FeishuOptions {
  appId: string;
  appSecret: string;
  /** 'feishu' (open.feishu.cn), 'lark' (open.larksuite.com) or a base URL such as a fake on loopback. */
  domain?: string;
  /** 'ws': the SDK's long connection (default); 'http': Feishu posts events to PORT. */
  mode?: 'ws' | 'http';
  encryptKey?: string;
  verificationToken?: string;
  port?: number;
  /** open_ids (or user_ids) allowed to run admin commands besides a group's owner and managers. */
  admins?: string[];
  db: Db;
  clock: Clock;
  /** How long a button's answer may take before Feishu's 3 s run out (then it comes as a message to the clicker). */
  cardTimeoutMs?: number;
  stopAfterMs?: number;
}

/** The scopes the app needs (README: Feishu setup). */
export const SCOPES = [
  'im:message',
  'im:message:send_as_bot',
  'im:message.group_at_msg:readonly',
  'im:message.p2p_msg:readonly',
  'im:chat:readonly',
  'im:resource',
];

/** Event ids are kept a week: Feishu re-delivers within hours. */
const KEEP_EVENTS_MS = 7 * 24 * 3600_000;
const CHAT_CACHE_MS = 5 * 60_000;
/** Feishu's "too many requests" codes: worth retrying later, unlike every other refusal. */
const RATE_LIMITED = new Set([99991400, 230020, 11232]);
/** Bounds on the calls made while answering (the SDK's HTTP client has no timeout of its own). */
const CHAT_INFO_MS = 2_500;
const ANSWER_MS = 10_000;
/** A digest post; a timed-out one is retried with the same uuid, which Feishu de-duplicates. */
const POST_TIMEOUT_MS = 30_000;
const BOT_INFO_MS = 10_000;
/** A file sent to the bot, from the request to its last byte. */
const DOWNLOAD_MS = 60_000;

interface MessageEvent {
  event_id?: string;
  tenant_key?: string;
  sender?: { sender_id?: { open_id?: string; user_id?: string }; sender_type?: string; tenant_key?: string };
  message?: {
    message_id: string;
    chat_id: string;
    chat_type: string;
    message_type: string;
    content: string;
    mentions?: { key: string; id?: { open_id?: string } }[];
  };
}

interface MenuEvent {
  event_id?: string;
  tenant_key?: string;
  operator?: { operator_id?: { open_id?: string; user_id?: string } };
  event_key?: string;
}

interface CardActionEvent {
  event_id?: string;
  tenant_key?: string;
  operator?: { open_id?: string; user_id?: string; tenant_key?: string };
  action?: { value?: { command?: string } };
  context?: { open_chat_id?: string; open_message_id?: string };
}

/** A Feishu API failure: the platform's code (0 when the request never got an answer) and HTTP status. */
function failure(err: unknown): { code: number; status: number; msg: string } {
  const e = err as { response?: { status?: number; data?: { code?: number; msg?: string } }; message?: string };
  return {
    code: e.response?.data?.code ?? 0,
    status: e.response?.status ?? 0,
    msg: e.response?.data?.msg ?? e.message ?? 'unknown',
  };
}

/** The code of a failed download: its error body is a stream (the request asked for one), read for Feishu's code. */
async function streamedFailure(err: unknown): Promise<string> {
  const f = failure(err);
  const body = (err as { response?: { data?: unknown } }).response?.data;
  if (body && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of body as AsyncIterable<Buffer>) {
        chunks.push(Buffer.from(c));
        if ((size += c.length) > 4096) break;
      }
      const code = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code?: number }).code;
      if (code) return String(code);
    } catch {
      // Not JSON: the HTTP status below.
    }
  }
  return String(f.code || f.status || 'network');
}

/** The text of a message with its @-mention placeholders removed, as a command line (`/tasks 农民`, `任务 农民`). */
export function commandLine(text: string, mentionKeys: string[]): string {
  let line = text;
  for (const key of mentionKeys) line = line.split(key).join(' ');
  line = line.replace(/\s+/g, ' ').trim();
  if (line === '') return '/help';
  if (/^[/／]/.test(line)) return line;
  const [first = '', ...rest] = line.split(' ');
  return `/${commandWord(first)}${rest.length ? ` ${rest.join(' ')}` : ''}`;
}

/**
 * The workspace of an event: its tenant (plans, digests and settings are scoped to it). Feishu names the
 * tenant on every event; one without it is kept to the sender alone rather than shared under an empty name.
 */
export function workspaceOf(tenant: string, openId: string): string {
  return tenant || `dm:${openId}`;
}

export class FeishuAdapter implements Adapter {
  readonly platform = 'feishu';
  readonly client: lark.Client;
  readonly events: lark.EventDispatcher;
  /** The HTTP port (HTTP mode), once started. */
  port: number | undefined;
  private ws: lark.WSClient | undefined;
  private server: Server | undefined;
  private dispatcher: Dispatcher | undefined;
  private botOpenId: string | undefined;
  private readonly chats = new Map<string, { admins: Set<string>; until: number }>();
  private readonly inFlight = new InFlight();
  private readonly domain: lark.Domain | string;

  constructor(private readonly o: FeishuOptions) {
    this.domain =
      !o.domain || o.domain === 'feishu' ? lark.Domain.Feishu : o.domain === 'lark' ? lark.Domain.Lark : o.domain;
    const logger = {
      error: (...m: unknown[]) => log.error({ sdk: 'lark' }, m.map(String).join(' ')),
      warn: (...m: unknown[]) => log.warn({ sdk: 'lark' }, m.map(String).join(' ')),
      info: () => undefined,
      debug: () => undefined,
      trace: () => undefined,
    };
    this.client = new lark.Client({
      appId: o.appId,
      appSecret: o.appSecret,
      domain: this.domain,
      loggerLevel: lark.LoggerLevel.warn,
      logger,
    });
    this.events = new lark.EventDispatcher({
      encryptKey: o.encryptKey,
      verificationToken: o.verificationToken,
      loggerLevel: lark.LoggerLevel.warn,
      logger,
    }).register({
      'im.message.receive_v1': (data: MessageEvent) => this.onMessage(data),
      'card.action.trigger': (data: CardActionEvent) => this.onCardAction(data),
      'application.bot.menu_v6': (data: MenuEvent) => this.onMenu(data),
    } as never);
    if (o.mode !== 'http') {
      this.ws = new lark.WSClient({
        appId: o.appId,
        appSecret: o.appSecret,
        domain: this.domain,
        loggerLevel: lark.LoggerLevel.warn,
        logger,
        onError: (err: Error) =>
          log.error({ err }, 'feishu long connection failed; check FEISHU_APP_ID and FEISHU_APP_SECRET'),
      });
    }
  }

  async start(dispatcher: Dispatcher): Promise<void> {
    this.dispatcher = dispatcher;
    try {
      const info = await within(
        BOT_INFO_MS,
        'feishu bot info',
        this.client.request<{ bot?: { open_id?: string } }>({ method: 'GET', url: '/open-apis/bot/v3/info' }),
      );
      this.botOpenId = info.bot?.open_id;
    } catch (err) {
      log.warn({ code: failure(err).code }, 'feishu bot info unavailable; any @-mention in a group counts');
    }
    if (this.ws) {
      await this.ws.start({ eventDispatcher: this.events });
      log.info({ domain: this.domain }, 'feishu long connection started');
      return;
    }
    const server = createServer((req, res) => void this.onHttp(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(this.o.port ?? 3000, resolve));
    this.port = (server.address() as AddressInfo).port;
    log.info({ port: this.port }, 'feishu event server running');
  }

  async stop(): Promise<void> {
    await this.inFlight.drain(this.o.stopAfterMs ?? 5000);
    this.ws?.close({ force: true });
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /**
   * Digests go out with their key as im.message.create's uuid: Feishu makes at most one message per uuid
   * within an hour, which covers the scheduler's retries (after 1, 5 and 30 minutes) and a restart's
   * take-over of an interrupted post. Only a run resumed more than an hour after its first attempt (the
   * bot down that long mid-post) could show twice. Feishu cannot look a uuid up, so there is no `delivered`.
   */
  readonly idempotent = true;

  post(target: PostTarget, reply: Reply, options?: { key?: string }): Promise<void> {
    return this.send(
      'chat_id',
      target.channel,
      renderCard(reply, reply.locale ?? 'zh-CN', { buttons: false }),
      options?.key,
    );
  }

  notify(target: { workspace: string; user: string }, reply: Reply): Promise<void> {
    return this.send('open_id', target.user, renderCard(reply, reply.locale ?? 'zh-CN', { buttons: false }));
  }

  /** First delivery of an event id? Re-deliveries (Feishu retries for hours) are skipped. */
  private first(eventId: string | undefined): boolean {
    if (!eventId) return true;
    const now = this.o.clock.now();
    const fresh = firstDelivery(this.o.db, eventId, now, new Date(now.getTime() - KEEP_EVENTS_MS));
    if (!fresh) log.info({ eventId }, 'ignored a re-delivered feishu event');
    return fresh;
  }

  /** A message to the bot: answered in the background, so the event is acknowledged at once. */
  onMessage(data: MessageEvent): void {
    const m = data.message;
    if (!m || data.sender?.sender_type !== 'user' || !this.first(data.event_id)) return;
    const mentions = m.mentions ?? [];
    const group = m.chat_type !== 'p2p';
    if (group && !mentions.some((x) => !this.botOpenId || x.id?.open_id === this.botOpenId)) return;
    if (m.message_type === 'file') {
      if (!group) this.inFlight.track('feishu file', () => this.importFile(data, m));
      return;
    }
    this.inFlight.track('feishu message', async () => {
      const text = m.message_type === 'text' ? String((JSON.parse(m.content) as { text?: string }).text ?? '') : '';
      const line = commandLine(
        text,
        mentions.map((x) => x.key),
      );
      const user = data.sender?.sender_id?.open_id ?? '';
      const tenant = data.tenant_key ?? data.sender?.tenant_key ?? '';
      const who = await this.caller(line, tenant, m.chat_id, group, user, data.sender?.sender_id?.user_id);
      const reply = await this.dispatcher!.runText(line, who);
      const card = renderCard(reply, who.locale);
      if (reply.ephemeral && group) await this.ephemeral(m.chat_id, user, card);
      else await this.reply(data, m, card);
    });
  }

  /** Answers a message with a card, once per event (the event id as the reply's uuid). */
  private async reply(data: MessageEvent, m: NonNullable<MessageEvent['message']>, card: Card): Promise<void> {
    await within(
      ANSWER_MS,
      'feishu reply',
      this.client.im.message.reply({
        path: { message_id: m.message_id },
        data: { msg_type: 'interactive', content: JSON.stringify(card), uuid: `r-${data.event_id ?? m.message_id}` },
      }),
    );
  }

  /**
   * A file sent to the bot in a direct message: `plan import` with it, the preview answered in the chat with
   * 导入/取消 buttons (the confirmation runs as a card callback). The file is downloaded only when the
   * sender may import, through im.messageResource.get, stopped past the import size limit.
   */
  private async importFile(data: MessageEvent, m: NonNullable<MessageEvent['message']>): Promise<void> {
    const content = JSON.parse(m.content) as { file_key?: string; file_name?: string };
    const user = data.sender?.sender_id?.open_id ?? '';
    const tenant = data.tenant_key ?? data.sender?.tenant_key ?? '';
    const who = await this.caller('/plan import', tenant, m.chat_id, false, user, data.sender?.sender_id?.user_id);
    const key = content.file_key ?? '';
    const file: IncomingFile = {
      name: content.file_name ?? key,
      size: null,
      read: (max) => this.download(m.message_id, key, max),
    };
    const reply = await this.dispatcher!.run({ name: 'plan import', args: {} }, { ...who, file });
    await this.reply(data, m, renderCard(reply, who.locale));
  }

  /** The bytes of a file in a message (im.messageResource.get, type file); FileTooLarge past `max`. */
  private async download(messageId: string, fileKey: string, max: number): Promise<Uint8Array> {
    const deadline = Date.now() + DOWNLOAD_MS;
    let res: Awaited<ReturnType<lark.Client['im']['messageResource']['get']>>;
    try {
      res = await within(
        DOWNLOAD_MS,
        'feishu file',
        this.client.im.messageResource.get({
          path: { message_id: messageId, file_key: fileKey },
          params: { type: 'file' },
        }),
      );
    } catch (err) {
      if (err instanceof TimeoutError) throw err;
      throw new Error(`feishu ${await streamedFailure(err)}`);
    }
    const stream = res.getReadableStream();
    const headers = (res.headers ?? {}) as Record<string, unknown>;
    if (Number(headers['content-length'] ?? 0) > max) {
      stream.destroy();
      throw new FileTooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const read = (async () => {
      for await (const chunk of stream as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > max) throw new FileTooLarge();
        chunks.push(chunk);
      }
    })();
    try {
      await within(Math.max(deadline - Date.now(), 0), 'feishu file', read);
    } finally {
      stream.destroy();
    }
    return Buffer.concat(chunks);
  }

  /** A choice from the bot's menu: its key is a command line (`/themedays`, `任务 农民`), answered in a direct message. */
  onMenu(data: MenuEvent): void {
    const user = data.operator?.operator_id?.open_id;
    if (!user || !this.first(data.event_id)) return;
    this.inFlight.track('feishu menu', async () => {
      const line = commandLine(data.event_key ?? '', []);
      const who = await this.caller(line, data.tenant_key ?? '', '', false, user, data.operator?.operator_id?.user_id);
      const reply = await this.dispatcher!.runText(line, who);
      await this.send('open_id', user, renderCard(reply, who.locale), `m-${data.event_id ?? ''}`);
    });
  }

  /**
   * A button: runs its command for the clicker and answers with the new card inside the callback, which on a
   * per-user card changes the clicker's view only. Too slow for the 3 s: a toast now, the card as a message
   * only the clicker sees when ready.
   */
  async onCardAction(data: CardActionEvent): Promise<Record<string, unknown>> {
    if (!this.first(data.event_id)) return {};
    const command = data.action?.value?.command ?? '/help';
    const user = data.operator?.open_id ?? '';
    const chat = data.context?.open_chat_id ?? '';
    const tenant = data.tenant_key ?? data.operator?.tenant_key ?? '';
    const work = (async () => {
      const who = await this.caller(command, tenant, chat, chat !== '', user, data.operator?.user_id);
      return { reply: await this.dispatcher!.runText(command, who), who };
    })();
    try {
      const { reply, who } = await within(this.o.cardTimeoutMs ?? 2500, 'feishu card action', work);
      return { card: { type: 'raw', data: renderCard(reply, who.locale) } };
    } catch {
      this.inFlight.track('feishu slow card action', async () => {
        const { reply, who } = await work;
        await this.ephemeral(chat, user, renderCard(reply, who.locale));
      });
      return {
        toast: { type: 'info', content: '处理中，结果稍后仅你可见 / Working on it; only you will see the result' },
      };
    }
  }

  /** The caller; for an admin command in a group, asks the chat's owner and managers (cached a few minutes). */
  private async caller(
    line: string,
    tenant: string,
    chat: string,
    group: boolean,
    openId: string,
    userId?: string,
  ): Promise<Caller> {
    const base = {
      platform: 'feishu' as const,
      workspace: workspaceOf(tenant, openId),
      channel: chat,
      user: openId,
      locale: 'zh-CN' as const,
    };
    const listed = Boolean(this.o.admins?.some((a) => a === openId || a === userId));
    const parsed = parseText(line, this.dispatcher!.commands);
    if (listed || !group || !parsed.ok || parsed.def.permission !== 'admin') return { ...base, isAdmin: listed };
    try {
      return { ...base, isAdmin: (await this.chatAdmins(chat)).has(openId) };
    } catch (err) {
      log.warn({ chat, code: failure(err).code }, 'feishu chat info failed');
      return { ...base, isAdmin: false, adminUnknown: true };
    }
  }

  private async chatAdmins(chat: string): Promise<Set<string>> {
    const cached = this.chats.get(chat);
    if (cached && cached.until > Date.now()) return cached.admins;
    const res = await within(
      CHAT_INFO_MS,
      'feishu chat info',
      this.client.im.chat.get({ path: { chat_id: chat }, params: { user_id_type: 'open_id' } }),
    );
    if (res.code !== 0) throw Object.assign(new Error(res.msg), { response: { data: res } });
    const admins = new Set([res.data?.owner_id ?? '', ...(res.data?.user_manager_id_list ?? [])].filter(Boolean));
    this.chats.set(chat, { admins, until: Date.now() + CHAT_CACHE_MS });
    return admins;
  }

  /** A card in a group that only `user` sees. */
  private async ephemeral(chat: string, user: string, card: Record<string, unknown>): Promise<void> {
    await within(
      ANSWER_MS,
      'feishu ephemeral',
      this.client.request({
        method: 'POST',
        url: '/open-apis/ephemeral/v1/send',
        data: { chat_id: chat, open_id: user, msg_type: 'interactive', card },
      }),
    );
  }

  /** im.message.create; `key` becomes the request's uuid, so Feishu creates one message per key. */
  private async send(
    type: 'chat_id' | 'open_id',
    to: string,
    card: Record<string, unknown>,
    key?: string,
  ): Promise<void> {
    const content = JSON.stringify(card);
    const uuid = key && (key.length <= 50 ? key : createHash('sha256').update(key).digest('hex').slice(0, 50));
    let code: number;
    let status = 200;
    let msg: string;
    try {
      const res = await within(
        POST_TIMEOUT_MS,
        'feishu post',
        this.client.im.message.create({
          params: { receive_id_type: type },
          data: { receive_id: to, msg_type: 'interactive', content, ...(uuid ? { uuid } : {}) },
        }),
      );
      ({ code, msg } = res as { code: number; msg: string });
    } catch (err) {
      if (err instanceof TimeoutError) throw new DeliveryError('timeout', false, `feishu: ${err.message}`);
      ({ code, status, msg } = failure(err));
    }
    if (code === 0 && status < 400) return;
    const retry = status === 0 || status === 429 || status >= 500 || RATE_LIMITED.has(code);
    throw new DeliveryError(String(code || status || 'network'), !retry, `feishu: ${msg}`);
  }

  /** HTTP event mode: checks the signature and token, decrypts, answers the URL challenge, then dispatches. */
  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? {}));
    };
    if (req.method !== 'POST') return answer(405, { error: 'POST only' });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    try {
      const { encryptKey, verificationToken } = this.o;
      let body = JSON.parse(raw) as Record<string, unknown>;
      if (encryptKey) {
        const h = (k: string) => String(req.headers[k] ?? '');
        const expected = createHash('sha256')
          .update(h('x-lark-request-timestamp') + h('x-lark-request-nonce') + encryptKey + raw)
          .digest('hex');
        const signed = h('x-lark-signature') === expected;
        if (typeof body.encrypt === 'string') body = JSON.parse(new lark.AESCipher(encryptKey).decrypt(body.encrypt));
        // Only the URL check Feishu sends while the app is being configured may come unsigned.
        if (!signed && body.type !== 'url_verification') return answer(401, { error: 'signature' });
      }
      const header = body.header as { token?: string } | undefined;
      const token = header?.token ?? (body.token as string | undefined);
      if (verificationToken && token !== verificationToken) return answer(401, { error: 'token' });
      if (body.type === 'url_verification') return answer(200, { challenge: body.challenge });
      answer(200, await this.events.invoke(body, { needCheck: false }));
    } catch (err) {
      log.warn({ err }, 'bad feishu event request');
      answer(400, { error: 'bad request' });
    }
  }
}
