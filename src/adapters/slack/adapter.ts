/**
 * The Slack adapter: one `/kepu` slash command whose text is a command in text syntax
 * (`/kepu tasks 防灾减灾 unit:科协`), page and related buttons as block actions, digests by
 * chat.postMessage. Runs Bolt over HTTP (signed requests) or Socket Mode, for one workspace (a bot
 * token) or many (OAuth, installations kept in SQLite).
 */
import { App, LogLevel, webApi, type InstallationStore } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import type { Caller, IncomingFile } from '../../dispatch/types.js';
import { DeliveryError, type PostTarget, type Reply } from '../../reply.js';
import { log } from '../../log.js';
import { toLocale, translate, type Locale } from '../../i18n.js';
import type { Adapter } from '../adapter.js';
import { download, InFlight, TimeoutError, within } from '../shared.js';
import { problem } from '../../dispatch/errors.js';
import { renderBlocks } from './render.js';

type WebClient = App['client'];

export interface SlackOptions {
  /** Single-workspace mode: the bot token. */
  botToken?: string;
  /** Multi-workspace mode: OAuth app credentials and where installations are kept. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string; installationStore: InstallationStore };
  signingSecret?: string;
  /** Socket Mode when set (no public URL needed). */
  appToken?: string;
  port?: number;
  /** Web API base, e.g. http://127.0.0.1:PORT/api/ for a fake Slack. */
  apiUrl?: string;
  /** User ids allowed to run admin commands besides workspace admins and owners. */
  admins?: string[];
  /** Retries of Web API calls, besides waiting out each 429's Retry-After (tests keep them short). Default: DEFAULT_RETRIES. */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  /** How long stop() waits for replies in flight. */
  stopAfterMs?: number;
}

/**
 * Bot scopes: the slash command, posting, reading whether a user is a workspace admin, and reading the
 * plan files admins share with the bot (files:read; app_mentions:read for a file shared with a mention),
 * uploading the files replies carry (files:write: /kepu calendar).
 */
export const SCOPES = ['commands', 'chat:write', 'users:read', 'files:read', 'files:write', 'app_mentions:read'];
/** Bot events: a file shared with the bot (file_shared), or in a channel with a mention (app_mention). */
export const EVENTS = ['file_shared', 'app_mention'];
/** How long a file shared in a channel waits for `/kepu plan import`. */
const SHARED_FILE_MS = 10 * 60_000;

const PERMANENT = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'account_inactive',
  'invalid_auth',
  'token_revoked',
  'missing_scope',
]);
const USER_CACHE_MS = 5 * 60_000;
/** The event type of digest messages' metadata: the subscription and week they stand for. */
export const DIGEST_EVENT = 'kepu_digest';
/** How long an answer to a response_url may take: a hung one must not hold the command forever. */
const RESPOND_MS = 10_000;
/** How long a command waits for users.info before answering as a member. */
const USER_INFO_MS = 2_500;
/** Digest posts: one attempt each (no hidden client retries that could post twice), bounded in time. */
const POST_TIMEOUT_MS = 10_000;
/** A file upload (three calls) gives up after this. */
const UPLOAD_MS = 30_000;
/** How many recent messages are searched for a digest already posted. */
const HISTORY_LIMIT = 50;
/** A few retries within about a minute, not the Web API client's default of ten over half an hour: a digest tick must not stall. */
export const DEFAULT_RETRIES = { retries: 3, factor: 2, minTimeout: 2_000, maxTimeout: 20_000 };

/** The Slack error code of a failed Web API call; 'ratelimited' when the client gave up retrying 429s. */
export function errorCode(err: unknown): string {
  const e = err as { data?: { error?: string }; code?: string; message?: string };
  if (e.data?.error) return e.data.error;
  if (e.code === 'slack_webapi_rate_limited_error' || /rate limit was exceeded/i.test(e.message ?? ''))
    return 'ratelimited';
  return e.code ?? 'unknown';
}

export class SlackAdapter implements Adapter {
  readonly platform = 'slack';
  readonly app: App;
  /** The HTTP port Bolt listens on (HTTP mode), once started. */
  port: number | undefined;
  private dispatcher: Dispatcher | undefined;
  private readonly people = new Map<string, { admin: boolean; locale: string | undefined; until: number }>();
  private readonly inFlight = new InFlight();
  /** Files just shared in a channel, by team, channel and user, for `/kepu plan import` right after. */
  private readonly shared = new Map<string, { file: string; until: number }>();
  /** The client of digest posts and history look-ups: no retries of its own, a timeout per call. */
  private readonly poster: webApi.WebClient;

  constructor(private readonly o: SlackOptions) {
    this.poster = new webApi.WebClient(undefined, {
      slackApiUrl: o.apiUrl,
      retryConfig: { retries: 0 },
      timeout: POST_TIMEOUT_MS,
      rejectRateLimitedCalls: true,
      logLevel: webApi.LogLevel.ERROR,
    });
    this.app = new App({
      // The token is checked in start(), where a failure is this adapter's alone (not an unhandled rejection).
      ...(o.oauth ? { ...o.oauth, scopes: SCOPES } : { token: o.botToken, tokenVerificationEnabled: false }),
      // Bolt hands these client options to the OAuth installer and to the Socket Mode connection.
      installerOptions: { directInstall: true, clientOptions: { slackApiUrl: o.apiUrl } },
      signingSecret: o.signingSecret,
      appToken: o.appToken,
      socketMode: Boolean(o.appToken),
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: o.apiUrl, retryConfig: o.retryConfig ?? DEFAULT_RETRIES },
    });
  }

  async start(dispatcher: Dispatcher): Promise<void> {
    this.dispatcher = dispatcher;
    const app = this.app;
    if (this.o.botToken && !this.o.oauth)
      await within(10_000, 'auth.test', app.client.auth.test({ token: this.o.botToken })).catch((err: unknown) => {
        throw new Error(`Slack bot token refused: ${errorCode(err)}`);
      });
    // Slack resends a request it thinks timed out (x-slack-retry-num): acknowledge it and do nothing more.
    app.use(async (args) => {
      const { context, next } = args;
      if (context.retryNum) {
        const ack = (args as { ack?: () => Promise<void> }).ack;
        if (ack) await ack();
        log.info({ retryNum: context.retryNum }, 'ignored a Slack retry');
        return;
      }
      await next();
    });

    app.command('/kepu', async ({ command, ack, respond, client }) => {
      await ack();
      this.inFlight.track('slack command', async () => {
        const who = await this.caller(client, command.team_id, command.channel_id, command.user_id);
        const text = command.text.trim();
        const line = text === '' ? '/help' : text.startsWith('/') ? text : `/${text}`;
        const key = `${command.team_id}:${command.channel_id}:${command.user_id}`;
        const recent = this.shared.get(key);
        if (/^\/?(plan\s+)?import\s*$/i.test(text) && recent && recent.until > Date.now()) {
          this.shared.delete(key);
          const file = await this.sharedFile(client, command.team_id, recent.file);
          if ('failed' in file) {
            const text = translate(who.locale, 'error.file-unreachable', { platform: 'Slack', code: file.failed });
            return void (await within(RESPOND_MS, 'respond', respond({ response_type: 'ephemeral', text })));
          }
          who.file = file;
        }
        const answer = await dispatcher.runText(line.replace(/^\/import\b/i, '/plan import'), who);
        const reply = answer.file ? await this.upload(client, command.channel_id, answer, who.locale) : answer;
        const { text: fallback, blocks } = renderBlocks(reply, who.locale);
        await within(
          RESPOND_MS,
          'respond',
          respond({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', text: fallback, blocks }),
        );
      });
    });

    app.action(/^kepu_/, async ({ body, action, ack, respond, client }) => {
      await ack();
      this.inFlight.track('slack action', async () => {
        const b = body as {
          team?: { id: string };
          channel?: { id: string };
          user: { id: string; team_id?: string };
          container?: { is_ephemeral?: boolean };
        };
        const value = (action as { value?: string }).value ?? '/help';
        const who = await this.caller(client, b.team?.id ?? b.user.team_id ?? '', b.channel?.id ?? '', b.user.id);
        const reply = await dispatcher.runText(value, who);
        const { text, blocks } = renderBlocks(reply, who.locale);
        // A button answers the person who clicked: their own ephemeral message may change, a shared one never.
        const own = b.container?.is_ephemeral === true;
        await within(
          RESPOND_MS,
          'respond',
          respond({ replace_original: own && !reply.error, response_type: 'ephemeral', text, blocks }),
        );
      });
    });

    // A file shared with the bot in a direct message is imported at once; in a channel, it waits for
    // `/kepu plan import` from the same person (or comes with a mention, below).
    app.event('file_shared', async ({ event, client, context }) => {
      const e = event as { file_id: string; user_id: string; channel_id: string };
      const team = context.teamId ?? '';
      if (e.user_id === context.botUserId) return;
      if (e.channel_id.startsWith('D')) {
        this.inFlight.track('slack file', () => this.importShared(client, team, e.channel_id, e.user_id, e.file_id));
      } else {
        for (const [key, f] of this.shared) if (f.until <= Date.now()) this.shared.delete(key);
        this.shared.set(`${team}:${e.channel_id}:${e.user_id}`, {
          file: e.file_id,
          until: Date.now() + SHARED_FILE_MS,
        });
      }
    });

    // A mention carries a file to import, or a question or command: @kepu 区科协负责什么？ / @kepu /tasks 农民.
    app.event('app_mention', async ({ event, client, context }) => {
      const e = event as { user?: string; channel: string; text?: string; files?: { id: string }[] };
      const file = e.files?.[0];
      if (!e.user) return;
      const team = context.teamId ?? '';
      const line = (e.text ?? '').replace(/<@[^>]+>/g, '').trim() || '/help';
      if (file) this.inFlight.track('slack file', () => this.importShared(client, team, e.channel, e.user!, file.id));
      else
        this.inFlight.track('slack mention', async () => {
          const who = await this.caller(client, team, e.channel, e.user!);
          await this.answerIn(client, e.channel, e.user!, await dispatcher.runText(line, who), who.locale);
        });
    });

    app.error(async (err) => {
      log.error({ err }, 'slack listener failed');
    });

    const started = (this.o.appToken ? await app.start() : await app.start(this.o.port ?? 3000)) as Server | undefined;
    this.port =
      started && typeof started.address === 'function' ? (started.address() as AddressInfo | null)?.port : undefined;
    log.info({ port: this.port, socketMode: Boolean(this.o.appToken) }, 'slack app running');
  }

  async stop(): Promise<void> {
    await this.inFlight.drain(this.o.stopAfterMs ?? 5000);
    await this.app.stop();
  }

  post(target: PostTarget, reply: Reply, options: { key?: string } = {}): Promise<void> {
    return this.send(target.workspace, target.channel, reply, options.key);
  }

  /** Whether a digest tagged `key` is among the channel's recent messages (conversations.history with metadata). */
  async delivered(target: PostTarget, key: string): Promise<boolean> {
    const token = await this.tokenFor(target.workspace);
    try {
      const history = await this.poster.conversations.history({
        token,
        channel: target.channel,
        limit: HISTORY_LIMIT,
        include_all_metadata: true,
      });
      return (history.messages ?? []).some((m) => {
        const meta = (m as { metadata?: { event_type?: string; event_payload?: { key?: string } } }).metadata;
        return meta?.event_type === DIGEST_EVENT && meta.event_payload?.key === key;
      });
    } catch (err) {
      const code = errorCode(err);
      throw new DeliveryError(code, PERMANENT.has(code), (err as Error).message);
    }
  }

  notify(target: { workspace: string; user: string }, reply: Reply): Promise<void> {
    return this.send(target.workspace, target.user, reply);
  }

  /**
   * Uploads a reply's file to the channel (files.uploadV2: an upload URL, the bytes, then completion);
   * the reply itself on success, else a message saying what failed and naming `kepu ics`.
   */
  private async upload(client: WebClient, channel: string, reply: Reply, locale: Locale): Promise<Reply> {
    const file = reply.file!;
    try {
      const sent = client.filesUploadV2({
        channel_id: channel,
        file: Buffer.from(file.data),
        filename: file.name,
        title: file.name,
      });
      await within(UPLOAD_MS, 'files.uploadV2', sent);
      return reply;
    } catch (err) {
      log.warn({ err, channel }, 'file upload failed');
      const code = err instanceof TimeoutError ? 'timeout' : errorCode(err);
      return { ...problem(locale, 'error.upload', { name: file.name, code }), locale };
    }
  }

  /** Previews the import of a file shared with the bot: in the direct message, or to the sender alone in a channel. */
  private async importShared(client: WebClient, team: string, channel: string, user: string, fileId: string) {
    const who = await this.caller(client, team, channel, user);
    const file = await this.sharedFile(client, team, fileId);
    let reply: Reply;
    if ('failed' in file) {
      const vars = { platform: 'Slack', code: file.failed };
      reply = {
        title: translate(who.locale, 'error.title'),
        text: translate(who.locale, 'error.file-unreachable', vars),
        error: true,
      };
    } else reply = await this.dispatcher!.run({ name: 'plan import', args: {} }, { ...who, file });
    await this.answerIn(client, channel, user, { ...reply, ephemeral: true }, who.locale);
  }

  /** An answer to a message: in the channel, or to the sender alone when it is theirs only (a direct message is). */
  private async answerIn(client: WebClient, channel: string, user: string, reply: Reply, locale: Locale) {
    const { text, blocks } = renderBlocks(reply, locale);
    if (!reply.ephemeral || channel.startsWith('D')) await client.chat.postMessage({ channel, text, blocks });
    else await client.chat.postEphemeral({ channel, user, text, blocks });
  }

  /** A shared file: its name and size from files.info, its bytes from url_private with the bot token. */
  private async sharedFile(client: WebClient, team: string, id: string): Promise<IncomingFile | { failed: string }> {
    try {
      const token = (await this.tokenFor(team)) ?? '';
      const info = (await client.files.info({ file: id })).file;
      const url = info?.url_private_download ?? info?.url_private;
      if (!info || !url) return { failed: 'no_download_url' };
      return {
        name: info.name ?? id,
        size: info.size ?? null,
        read: (max) => download(url, max, { authorization: `Bearer ${token}` }),
      };
    } catch (err) {
      log.warn({ err, file: id }, 'files.info failed');
      return { failed: errorCode(err) };
    }
  }

  /** Whether a user is a workspace admin or owner, and their Slack locale (users.info, cached for a few minutes). */
  private async person(
    client: WebClient,
    team: string,
    user: string,
  ): Promise<{ admin: boolean; locale: string | undefined; unknown?: boolean }> {
    // Per team: one person may be an admin of one workspace and not of another (Enterprise Grid).
    const cacheKey = `${team}:${user}`;
    const cached = this.people.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached;
    try {
      const info = await within(USER_INFO_MS, 'users.info', client.users.info({ user, include_locale: true }));
      const u = info.user;
      const p = {
        admin: Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner),
        locale: u?.locale,
        until: Date.now() + USER_CACHE_MS,
      };
      this.people.set(cacheKey, p);
      return p;
    } catch (err) {
      log.warn({ err, user }, 'users.info failed; treating the user as a member writing Chinese');
      return { admin: false, locale: undefined, unknown: true };
    }
  }

  /** The caller of a command typed in `channel`: admin by the configured list or by Slack's own roles. */
  private async caller(client: WebClient, team: string, channel: string, user: string): Promise<Caller> {
    const p = await this.person(client, team, user);
    const isAdmin = Boolean(this.o.admins?.includes(user)) || p.admin;
    const who: Caller = { platform: 'slack', workspace: team, channel, user, locale: toLocale(p.locale), isAdmin };
    return !isAdmin && p.unknown ? { ...who, adminUnknown: true } : who;
  }

  /** The bot token for a workspace: the installation's in OAuth mode, the configured one otherwise. */
  private async tokenFor(workspace: string): Promise<string | undefined> {
    if (!this.o.oauth) return this.o.botToken;
    const query = { teamId: workspace, enterpriseId: undefined, isEnterpriseInstall: false };
    const installation = await this.o.oauth.installationStore.fetchInstallation(query);
    return installation.bot?.token;
  }

  /** chat.postMessage; failures become DeliveryError, permanent when an admin has to act (see PERMANENT). */
  private async send(workspace: string, channel: string, reply: Reply, key?: string): Promise<void> {
    const { text, blocks } = renderBlocks(reply, reply.locale ?? 'zh-CN');
    const token = await this.tokenFor(workspace).catch((err: unknown) => {
      throw new DeliveryError(
        'not_installed',
        true,
        `no Slack installation for ${workspace}: ${(err as Error).message}`,
      );
    });
    try {
      if (key)
        await this.poster.chat.postMessage({
          token,
          channel,
          text,
          blocks,
          metadata: { event_type: DIGEST_EVENT, event_payload: { key } },
        });
      else await this.app.client.chat.postMessage({ token, channel, text, blocks });
    } catch (err) {
      const code = errorCode(err);
      throw new DeliveryError(code, PERMANENT.has(code), (err as Error).message);
    }
  }
}
