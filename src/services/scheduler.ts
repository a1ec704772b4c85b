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
  takeOverRun,
  type Subscription,
} from '../store/subscriptions.js';
import { log } from '../log.js';

/** The error of a run interrupted by a restart whose delivery cannot be confirmed. */
export const INTERRUPTED = 'interrupted';

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
  /** A run left 'posting' longer than this is taken over (posts are bounded well below it). */
  postingLeaseMs?: number;
  owner?: string;
}

export class Scheduler {
  readonly owner: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly delays: number[];
  private readonly lease: number;
  private readonly postingLease: number;

  constructor(private readonly o: SchedulerOptions) {
    this.owner = o.owner ?? randomUUID();
    this.delays = o.retryDelaysMs ?? [60_000, 5 * 60_000, 30 * 60_000];
    this.lease = o.leaseMs ?? 10 * 60_000;
    this.postingLease = o.postingLeaseMs ?? 2 * 60_000;
  }

  /**
   * Runs everything that is due now, each subscription on its own (one slow or failing channel never
   * delays another). Runs another process left in 'posting' are resumed: a post the platform shows
   * as delivered is recorded as sent, one it does not show is sent again (idempotent by its key).
   * Returns the (subscription id, week) pairs delivered.
   */
  async tick(): Promise<string[]> {
    const { db, clock } = this.o;
    const now = clock.now();
    const stale = new Date(now.getTime() - this.lease);
    const subs = listSubscriptions(
      db,
      this.o.posters.map((p) => p.platform),
    );
    const work: Promise<string | null>[] = [];
    for (const run of interruptedRuns(db, new Date(now.getTime() - this.postingLease))) {
      const sub = subs.find((s) => s.id === run.subscriptionId);
      if (!sub || !takeOverRun(db, run, this.owner, now)) continue;
      work.push(this.deliver(sub, run.week, true));
    }
    for (const sub of subs) {
      const { week, due } = slotOf(sub, now);
      if (now < due || !claimRun(db, sub.id, week, this.owner, now, stale)) continue;
      work.push(this.deliver(sub, week, false));
    }
    const done = await Promise.allSettled(work);
    return done.flatMap((d) => (d.status === 'fulfilled' && d.value ? [d.value] : []));
  }

  private poster(sub: Subscription): Poster | undefined {
    return this.o.posters.find((p) => p.platform === sub.platform);
  }

  /** Posts one run (keyed, so a repeat is not a second message); `resumed` when a previous attempt may have arrived. */
  private async deliver(sub: Subscription, week: string, resumed: boolean): Promise<string | null> {
    const { db, clock } = this.o;
    const poster = this.poster(sub)!;
    const key = `${sub.id}:${week}`;
    const target = { workspace: sub.workspace, channel: sub.channel };
    try {
      const previous = getRun(db, sub.id, week);
      if ((resumed || (previous?.attempts ?? 0) > 0) && poster.delivered) {
        if (await poster.delivered(target, key)) {
          this.sent(sub, week, 'digest found already posted');
          return key;
        }
      } else if (resumed && !poster.delivered && !poster.idempotent) {
        // Nothing can tell whether it arrived, and posting again could double it.
        markRun(db, sub.id, week, this.owner, 'failed', clock.now(), { error: INTERRUPTED });
        await this.o.report(sub, INTERRUPTED, poster);
        return null;
      }
      markRun(db, sub.id, week, this.owner, 'posting', clock.now(), { countAttempt: true });
      await poster.post(target, this.o.compose(sub, clock.now()), { key });
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
      return null;
    }
    this.sent(sub, week, 'digest sent');
    return key;
  }

  /**
   * Records a delivered run. A database busy past its timeout must not make a delivered digest look
   * failed: the record is retried, and if it still cannot be written the run stays 'posting', which the
   * next start resolves by asking the platform (never by posting blindly).
   */
  private sent(sub: Subscription, week: string, message: string): void {
    for (let attempt = 1; ; attempt++) {
      try {
        markRun(this.o.db, sub.id, week, this.owner, 'sent', this.o.clock.now());
        log.info({ subscription: sub.id, week }, message);
        return;
      } catch (err) {
        if (attempt >= 3) {
          log.error({ err, subscription: sub.id, week }, 'digest delivered but not recorded; resolved on next start');
          return;
        }
      }
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

  /** Stops ticking and waits for the tick in flight, at most `deadlineMs`; posts still pending are abandoned (logged; their runs stay 'posting' and are checked on the next start). */
  async stop(deadlineMs = 5_000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.running) return;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
    const result = await Promise.race([this.running, late]);
    clearTimeout(timer);
    if (result === 'late') log.warn({ deadlineMs }, 'digest posts abandoned at shutdown; checked again on next start');
  }
}
