/**
 * Weekly digest scheduler. Each subscription runs once per ISO week at its weekday and time in its own
 * time zone. A run is claimed in the database before posting, so each (subscription, week) is delivered
 * at most once even across restarts and several processes; a run missed while the bot was down is sent
 * on the next tick if its week is not over. Failed posts are retried with back-off, then reported.
 */
import { Cron } from 'croner';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Poster, Reply } from '../reply.js';
import { DeliveryError } from '../reply.js';
import type { Db } from '../store/db.js';
import {
  claimRun,
  interruptedRuns,
  listSubscriptions,
  markRun,
  getRun,
  type Subscription,
} from '../store/subscriptions.js';
import { log } from '../log.js';

/** This week's slot of a subscription: the ISO week key and the instant it is due. */
export function slotOf(
  sub: Pick<Subscription, 'weekday' | 'time' | 'timezone'>,
  now: Date,
): { week: string; due: Date } {
  const local = DateTime.fromJSDate(now, { zone: sub.timezone });
  const [hour, minute] = sub.time.split(':').map(Number);
  const due = local.set({ weekday: sub.weekday as 1, hour, minute, second: 0, millisecond: 0 });
  return { week: `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`, due: due.toJSDate() };
}

/** The next instant a subscription is due after `after` (croner, in the subscription's zone). */
export function nextRun(sub: Pick<Subscription, 'weekday' | 'time' | 'timezone'>, after: Date): Date | null {
  const [hour, minute] = sub.time.split(':').map(Number);
  return new Cron(`${minute} ${hour} * * ${sub.weekday % 7}`, { timezone: sub.timezone, paused: true }).nextRun(after);
}

export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  posters: Poster[];
  compose: (sub: Subscription, now: Date) => Reply;
  /** Report a failure to the subscription's admins (after the last retry or an interrupted post). */
  report: (sub: Subscription, error: string, poster: Poster | undefined) => Promise<void>;
  /** Delays before the 2nd, 3rd … attempts. */
  retryDelaysMs?: number[];
  /** A claim older than this, never posted, is taken over. */
  leaseMs?: number;
  owner?: string;
}

export class Scheduler {
  readonly owner: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly delays: number[];
  private readonly lease: number;

  constructor(private readonly o: SchedulerOptions) {
    this.owner = o.owner ?? randomUUID();
    this.delays = o.retryDelaysMs ?? [60_000, 5 * 60_000, 30 * 60_000];
    this.lease = o.leaseMs ?? 10 * 60_000;
  }

  /** Runs everything that is due now. Returns the (subscription id, week) pairs it delivered. */
  async tick(): Promise<string[]> {
    const { db, clock } = this.o;
    const now = clock.now();
    const stale = new Date(now.getTime() - this.lease);
    const subs = listSubscriptions(
      db,
      this.o.posters.map((p) => p.platform),
    );
    for (const run of interruptedRuns(db, stale)) {
      const sub = subs.find((s) => s.id === run.subscriptionId);
      markRun(db, run.subscriptionId, run.week, run.owner, 'failed', now, {
        error: 'interrupted while posting; delivery unknown',
      });
      if (sub) await this.o.report(sub, 'interrupted while posting; delivery unknown', this.poster(sub));
    }
    const sent: string[] = [];
    for (const sub of subs) {
      const { week, due } = slotOf(sub, now);
      if (now < due || !claimRun(db, sub.id, week, this.owner, now, stale)) continue;
      if (await this.deliver(sub, week)) sent.push(`${sub.id}:${week}`);
    }
    return sent;
  }

  private poster(sub: Subscription): Poster | undefined {
    return this.o.posters.find((p) => p.platform === sub.platform);
  }

  private async deliver(sub: Subscription, week: string): Promise<boolean> {
    const { db, clock } = this.o;
    const poster = this.poster(sub)!;
    markRun(db, sub.id, week, this.owner, 'posting', clock.now(), { countAttempt: true });
    try {
      // The key lets platforms that dedupe (Feishu's uuid) refuse a second message for the same week.
      await poster.post({ workspace: sub.workspace, channel: sub.channel }, this.o.compose(sub, clock.now()), {
        key: `kepu-digest-${sub.id}-${week}`,
      });
      markRun(db, sub.id, week, this.owner, 'sent', clock.now());
      log.info({ subscription: sub.id, week }, 'digest sent');
      return true;
    } catch (err) {
      const code = err instanceof DeliveryError ? err.code : String((err as Error).message ?? err);
      const attempts = getRun(db, sub.id, week)?.attempts ?? 1;
      const permanent = err instanceof DeliveryError && err.permanent;
      if (!permanent && attempts <= this.delays.length) {
        const next = new Date(clock.now().getTime() + this.delays[attempts - 1]!);
        markRun(db, sub.id, week, this.owner, 'retry', clock.now(), { error: code, nextAttemptAt: next });
        log.warn({ subscription: sub.id, week, code, next }, 'digest post failed; will retry');
      } else {
        markRun(db, sub.id, week, this.owner, 'failed', clock.now(), { error: code });
        log.error({ subscription: sub.id, week, code }, 'digest post failed');
        await this.o
          .report(sub, code, poster)
          .catch((e: unknown) => log.error({ err: e }, 'could not report digest failure'));
      }
      return false;
    }
  }

  /** Ticks every `everyMs` until stopped (one tick at a time). */
  start(everyMs = 30_000): void {
    const run = () => {
      this.running ??= this.tick()
        .then(() => undefined)
        .catch((err: unknown) => log.error({ err }, 'scheduler tick failed'))
        .finally(() => (this.running = null));
    };
    run();
    this.timer = setInterval(run, everyMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
