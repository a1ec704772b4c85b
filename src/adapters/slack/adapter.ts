/**
 * The Slack adapter: one `/kepu` slash command whose text is a command in text syntax
 * (`/kepu tasks 防灾减灾 unit:科协`), page and related buttons as block actions, digests by
 * chat.postMessage. Runs Bolt over HTTP (signed requests) or Socket Mode, for one workspace (a bot
 * token) or many (OAuth, installations kept in SQLite).
 */
import { App, LogLevel, type InstallationStore } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import type { Caller } from '../../dispatch/types.js';
import { DeliveryError, type PostTarget, type Reply } from '../../reply.js';
import { log } from '../../log.js';
import { toLocale } from '../../i18n.js';
import type { Adapter } from '../adapter.js';
import { InFlight } from '../shared.js';
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

/** Bot scopes: the slash command, posting, and reading whether a user is a workspace admin. */
export const SCOPES = ['commands', 'chat:write', 'users:read'];

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

  constructor(private readonly o: SlackOptions) {
    this.app = new App({
      ...(o.oauth ? { ...o.oauth, scopes: SCOPES } : { token: o.botToken }),
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
        const reply = await dispatcher.runText(line, who);
        const { text: fallback, blocks } = renderBlocks(reply, who.locale);
        await respond({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', text: fallback, blocks });
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
        await respond({ replace_original: own && !reply.error, response_type: 'ephemeral', text, blocks });
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

  post(target: PostTarget, reply: Reply): Promise<void> {
    return this.send(target.workspace, target.channel, reply);
  }

  notify(target: { workspace: string; user: string }, reply: Reply): Promise<void> {
    return this.send(target.workspace, target.user, reply);
  }

  /** Whether a user is a workspace admin or owner, and their Slack locale (users.info, cached for a few minutes). */
  private async person(client: WebClient, user: string): Promise<{ admin: boolean; locale: string | undefined }> {
    const cached = this.people.get(user);
    if (cached && cached.until > Date.now()) return cached;
    try {
      const info = await client.users.info({ user, include_locale: true });
      const u = info.user;
      const p = {
        admin: Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner),
        locale: u?.locale,
        until: Date.now() + USER_CACHE_MS,
      };
      this.people.set(user, p);
      return p;
    } catch (err) {
      log.warn({ err, user }, 'users.info failed; treating the user as a member writing Chinese');
      return { admin: false, locale: undefined };
    }
  }

  /** The caller of a command typed in `channel`: admin by the configured list or by Slack's own roles. */
  private async caller(client: WebClient, team: string, channel: string, user: string): Promise<Caller> {
    const p = await this.person(client, user);
    const isAdmin = Boolean(this.o.admins?.includes(user)) || p.admin;
    return { platform: 'slack', workspace: team, channel, user, locale: toLocale(p.locale), isAdmin };
  }

  /** The bot token for a workspace: the installation's in OAuth mode, the configured one otherwise. */
  private async tokenFor(workspace: string): Promise<string | undefined> {
    if (!this.o.oauth) return this.o.botToken;
    const query = { teamId: workspace, enterpriseId: undefined, isEnterpriseInstall: false };
    const installation = await this.o.oauth.installationStore.fetchInstallation(query);
    return installation.bot?.token;
  }

  /** chat.postMessage; failures become DeliveryError, permanent when an admin has to act (see PERMANENT). */
  private async send(workspace: string, channel: string, reply: Reply): Promise<void> {
    const { text, blocks } = renderBlocks(reply, reply.locale ?? 'zh-CN');
    const token = await this.tokenFor(workspace).catch((err: unknown) => {
      throw new DeliveryError(
        'not_installed',
        true,
        `no Slack installation for ${workspace}: ${(err as Error).message}`,
      );
    });
    try {
      await this.app.client.chat.postMessage({ token, channel, text, blocks });
    } catch (err) {
      const code = errorCode(err);
      throw new DeliveryError(code, PERMANENT.has(code), (err as Error).message);
    }
  }
}
