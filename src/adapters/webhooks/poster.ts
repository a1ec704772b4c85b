/**
 * Digests to group robots (send-only webhooks): Feishu custom bots, DingTalk custom robots and WeCom group
 * robots. Signs where the platform signs, keeps under each robot's rate limits, waits out a robot's own
 * "too fast" answer a few times, and turns every other refusal into a DeliveryError (permanent for 4xx and
 * platform error codes: a wrong secret, a deleted robot). URLs and secrets never reach a log or an error.
 */
import { createHmac } from 'node:crypto';
import { DeliveryError, type Poster, type PostTarget, type Reply } from '../../reply.js';
import type { Webhook, WebhookKind } from '../../store/webhooks.js';
import { log } from '../../log.js';
import { robotBody } from './render.js';

/** At most `max` messages in any `ms` window. */
export interface Window {
  max: number;
  ms: number;
}

/** Documented per-robot limits (Feishu 5/s and 100/min; DingTalk and WeCom 20/min), each window widened for the trip. */
export const RATE_LIMITS: Record<WebhookKind, Window[]> = {
  feishu: [
    { max: 5, ms: 1_200 },
    { max: 100, ms: 61_000 },
  ],
  dingtalk: [{ max: 20, ms: 61_000 }],
  wecom: [{ max: 20, ms: 61_000 }],
};

/** Each robot's "too fast" answer: Feishu 11232, DingTalk 130101, WeCom 45009. */
const TOO_FAST: Record<WebhookKind, number> = { feishu: 11232, dingtalk: 130101, wecom: 45009 };

export interface WebhookPosterOptions {
  /** The stored webhook (URL and secret) of a subscription's channel. */
  lookup(workspace: string, id: string): Webhook | undefined;
  limits?: Partial<Record<WebhookKind, Window[]>>;
  /** The longest wait for a free slot before giving the post back to the scheduler to retry later. */
  maxWaitMs?: number;
  /** Waits after a robot's own "too fast" answer, one per retry. */
  retryDelaysMs?: number[];
  timeoutMs?: number;
}

/** Signature fields: Feishu's in the body (seconds), DingTalk's in the query (milliseconds). */
export function sign(kind: WebhookKind, secret: string, now: number): { timestamp: string; sign: string } {
  if (kind === 'feishu') {
    const timestamp = String(Math.floor(now / 1000));
    return { timestamp, sign: createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64') };
  }
  const timestamp = String(now);
  return { timestamp, sign: createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Errors of a request that never reached the robot: sending again cannot make a second message. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * The code of a post whose request went out but whose answer never came: it may have arrived, and a robot
 * has no way to ask, so it is reported rather than sent again.
 */
export const UNCONFIRMED = 'unconfirmed';

export class WebhookPoster implements Poster {
  readonly platform = 'webhook';
  /**
   * Group robots do not de-duplicate: every request that arrives is a message, so a post is never sent
   * again blindly, and there is no `delivered` either (a robot cannot be asked what it posted). A run
   * interrupted mid-post is reported to the admin by the scheduler instead.
   */
  readonly idempotent = false;
  private readonly sent = new Map<string, number[]>();

  constructor(private readonly o: WebhookPosterOptions) {}

  async post(target: PostTarget, reply: Reply): Promise<void> {
    const hook = this.o.lookup(target.workspace, target.channel);
    if (!hook) throw new DeliveryError('webhook_not_found', true, `no stored webhook ${target.channel}`);
    const body = robotBody(hook.kind, reply, reply.locale ?? 'zh-CN');
    const delays = this.o.retryDelaysMs ?? [2_000, 10_000];
    for (let attempt = 0; ; attempt++) {
      await this.slot(hook);
      const answer = await this.send(hook, body);
      if (answer === 'ok') return;
      if (answer === 'too_fast' && attempt < delays.length) {
        log.warn({ webhook: hook.id, attempt }, 'group robot says too fast; waiting');
        await sleep(delays[attempt]!);
        continue;
      }
      if (answer === 'too_fast') throw new DeliveryError('rate_limited', false, `${hook.kind} robot rate limit`);
      throw answer;
    }
  }

  /** Waits until every window of the robot has room, or hands the post back when that is too long. */
  private async slot(hook: Webhook): Promise<void> {
    const windows = this.o.limits?.[hook.kind] ?? RATE_LIMITS[hook.kind];
    const longest = Math.max(...windows.map((w) => w.ms));
    const times = (this.sent.get(hook.url) ?? []).filter((t) => t > Date.now() - longest);
    let wait = 0;
    for (const w of windows) {
      const inWindow = times.filter((t) => t > Date.now() - w.ms);
      if (inWindow.length >= w.max) wait = Math.max(wait, inWindow[inWindow.length - w.max]! + w.ms - Date.now());
    }
    if (wait > (this.o.maxWaitMs ?? 15_000)) throw new DeliveryError('rate_limited', false, `${hook.kind} robot busy`);
    if (wait > 0) await sleep(wait);
    times.push(Date.now());
    this.sent.set(hook.url, times);
  }

  private async send(hook: Webhook, body: Record<string, unknown>): Promise<'ok' | 'too_fast' | DeliveryError> {
    let url = hook.url;
    let payload = body;
    if (hook.secret && hook.kind === 'feishu') payload = { ...sign('feishu', hook.secret, Date.now()), ...body };
    if (hook.secret && hook.kind === 'dingtalk') {
      const s = sign('dingtalk', hook.secret, Date.now());
      url += `&timestamp=${s.timestamp}&sign=${encodeURIComponent(s.sign)}`;
    }
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? '';
      if (NOT_SENT.has(cause)) return new DeliveryError('network', false, `${hook.kind} robot unreachable: ${cause}`);
      // Timed out or cut off after the request went out: it may have been posted.
      return new DeliveryError(UNCONFIRMED, true, `${hook.kind} robot did not answer: ${(err as Error).name}`);
    }
    if (res.status === 429) return 'too_fast';
    const json = (await res.json().catch(() => ({}))) as {
      code?: number;
      errcode?: number;
      msg?: string;
      errmsg?: string;
    };
    const code = json.code ?? json.errcode ?? (res.ok ? 0 : res.status);
    if (code === 0 && res.ok) return 'ok';
    if (code === TOO_FAST[hook.kind]) return 'too_fast';
    const message = String(json.msg ?? json.errmsg ?? res.statusText).slice(0, 100);
    // Server trouble may pass; any answer of the robot itself (bad secret, deleted robot, bad body) needs an admin.
    return new DeliveryError(`${hook.kind} ${code}: ${message}`, res.status < 500);
  }
}
