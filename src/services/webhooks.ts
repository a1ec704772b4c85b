/**
 * Group robots (send-only webhooks) as digest destinations: which platform a URL belongs to, a stable
 * id for it, and the masked form shown to users. The URL and its secret are secrets: stored, never shown.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Platform } from '../reply.js';
import type { Db } from '../store/db.js';
import {
  deleteWebhook,
  getWebhook,
  listWebhooks,
  upsertWebhook,
  type Webhook,
  type WebhookKind,
} from '../store/webhooks.js';

/** Each group robot: its documented host(s) and the path every webhook of it has. */
const KINDS: { kind: WebhookKind; hosts: string[]; path: RegExp }[] = [
  { kind: 'feishu', hosts: ['open.feishu.cn', 'open.larksuite.com'], path: /^\/open-apis\/bot\/v2\/hook\/[\w-]+$/ },
  { kind: 'dingtalk', hosts: ['oapi.dingtalk.com'], path: /^\/robot\/send$/ },
  { kind: 'wecom', hosts: ['qyapi.weixin.qq.com'], path: /^\/cgi-bin\/webhook\/send$/ },
];

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The group robot a webhook URL belongs to: https on the platform's own host with its documented path.
 * On loopback (a local relay, or a fake in tests) plain http is accepted and the path alone decides.
 */
export function detectWebhook(raw: string): WebhookKind | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (!loopback && url.protocol !== 'https:') return undefined;
  if (loopback && url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const found = KINDS.find((k) => k.path.test(url.pathname) && (loopback || k.hosts.includes(url.hostname)));
  if (!found) return undefined;
  if (found.kind === 'dingtalk' && !url.searchParams.get('access_token')) return undefined;
  if (found.kind === 'wecom' && !url.searchParams.get('key')) return undefined;
  return found.kind;
}

/** The URL with its tokens hidden but their last 4 characters: https://oapi.dingtalk.com/robot/send?access_token=…9f3a */
export function maskWebhook(raw: string): string {
  const hide = (s: string) => `…${s.slice(-4)}`;
  try {
    const url = new URL(raw.trim());
    const parts = url.pathname.split('/');
    if (/\/hook\//.test(url.pathname)) parts[parts.length - 1] = hide(parts[parts.length - 1]!);
    const query = [...url.searchParams].map(([k, v]) => `${k}=${hide(v)}`).join('&');
    return `${url.protocol}//${url.host}${parts.join('/')}${query ? `?${query}` : ''}`;
  } catch {
    return hide(raw);
  }
}

/** The webhook's id: its kind and a short hash of the URL (what subscriptions name as their channel). */
export function webhookId(kind: WebhookKind, url: string): string {
  return `${kind}-${createHash('sha256').update(url.trim()).digest('hex').slice(0, 10)}`;
}

export interface WebhookView {
  id: string;
  kind: WebhookKind;
  masked: string;
  signed: boolean;
}

export class WebhookService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Stores a webhook for `workspace`; returns its id, or undefined when the URL is not a known group robot. */
  add(
    workspace: string,
    url: string,
    secret: string | undefined,
    origin: { platform: Platform; channel: string },
  ): WebhookView | undefined {
    const kind = detectWebhook(url);
    if (!kind) return undefined;
    const id = webhookId(kind, url);
    upsertWebhook(
      this.db,
      {
        workspace,
        id,
        kind,
        url: url.trim(),
        secret: kind === 'wecom' ? null : (secret ?? null),
        originPlatform: origin.platform,
        originChannel: origin.channel,
      },
      this.clock.now(),
    );
    return this.view(getWebhook(this.db, workspace, id)!);
  }

  /** The workspace's webhook named by its URL or id. */
  find(workspace: string, urlOrId: string): WebhookView | undefined {
    const s = urlOrId.trim();
    const kind = detectWebhook(s);
    const w = getWebhook(this.db, workspace, kind ? webhookId(kind, s) : s);
    return w && this.view(w);
  }

  list(workspace: string): WebhookView[] {
    return listWebhooks(this.db, workspace).map((w) => this.view(w));
  }

  remove(workspace: string, id: string): void {
    deleteWebhook(this.db, workspace, id);
  }

  /** The stored webhook with its secrets, for the poster only. */
  secretOf(workspace: string, id: string): Webhook | undefined {
    return getWebhook(this.db, workspace, id);
  }

  private view(w: Webhook): WebhookView {
    return { id: w.id, kind: w.kind, masked: maskWebhook(w.url), signed: Boolean(w.secret) };
  }
}
