import { weekly } from './helpers.js';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../src/clock.js';
import { DeliveryError } from '../src/reply.js';
import type { Poster, Reply } from '../src/reply.js';
import { openDb, type Db } from '../src/store/db.js';
import { claimRun, getRun, markRun, upsertSubscription, type Subscription } from '../src/store/subscriptions.js';
import { nextRun, Scheduler, slotOf } from '../src/services/scheduler.js';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-sched-'));
  dirs.push(dir);
  return join(dir, 'kepu.db');
}

function open(path = tempDbPath()): Db {
  const db = openDb(path);
  dbs.push(db);
  return db;
}

function subscribe(db: Db, over: Partial<Subscription> = {}): Subscription {
  return upsertSubscription(
    db,
    weekly({ platform: 'console', workspace: 'w1', channel: 'c1', createdBy: 'admin', ...over }),
    new Date('2026-01-01T00:00:00Z'),
  );
}

/** A poster that records posts and can be told to fail. */
function recorder(failures: Error[] = []): Poster & { posts: string[] } {
  const posts: string[] = [];
  return {
    platform: 'console',
    posts,
    async post(target, reply) {
      const f = failures.shift();
      if (f) throw f;
      posts.push(`${target.channel}:${reply.title}`);
    },
  };
}

const compose = (sub: Subscription, now: Date): Reply => ({
  title: `digest ${sub.id} ${now.toISOString().slice(0, 10)}`,
});

function scheduler(
  db: Db,
  clock: ReturnType<typeof manualClock>,
  poster: Poster,
  reports: string[] = [],
  owner?: string,
) {
  return new Scheduler({
    db,
    clock,
    posters: [poster],
    compose,
    owner,
    retryDelaysMs: [60_000, 120_000],
    report: async (sub, error) => void reports.push(`${sub.id}:${error}`),
  });
}

describe('run times in each subscription time zone', () => {
  it('Monday 09:00 in Shanghai is 01:00 UTC', () => {
    expect(
      nextRun(
        { weekday: 1, time: '09:00', timezone: 'Asia/Shanghai' },
        new Date('2026-05-04T00:00:00Z'),
      )?.toISOString(),
    ).toBe('2026-05-04T01:00:00.000Z');
    expect(slotOf({ weekday: 1, time: '09:00', timezone: 'Asia/Shanghai' }, new Date('2026-05-06T00:00:00Z'))).toEqual({
      week: '2026-W19',
      due: new Date('2026-05-04T01:00:00Z'),
    });
  });

  it('follows daylight saving time in New York', () => {
    const sub = { weekday: 1, time: '09:00', timezone: 'America/New_York' };
    expect(nextRun(sub, new Date('2026-03-01T00:00:00Z'))?.toISOString()).toBe('2026-03-02T14:00:00.000Z');
    expect(nextRun(sub, new Date('2026-03-08T00:00:00Z'))?.toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(slotOf(sub, new Date('2026-03-10T00:00:00Z')).due.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('uses the local week: at 00:00 UTC Monday it is already Monday morning in Shanghai', () => {
    const sunday = { weekday: 7, time: '23:30', timezone: 'Asia/Shanghai' };
    expect(slotOf(sunday, new Date('2026-05-10T15:00:00Z'))).toEqual({
      week: '2026-W19',
      due: new Date('2026-05-10T15:30:00Z'),
    });
    expect(slotOf(sunday, new Date('2026-05-10T16:00:00Z'))).toEqual({
      week: '2026-W20',
      due: new Date('2026-05-17T15:30:00Z'),
    });
  });
});

describe('scheduler', () => {
  it('posts once when due, not before, not twice', async () => {
    const db = open();
    const sub = subscribe(db);
    const clock = manualClock(new Date('2026-05-04T00:59:00Z'));
    const poster = recorder();
    const s = scheduler(db, clock, poster);
    expect(await s.tick()).toEqual([]);
    clock.set(new Date('2026-05-04T01:00:00Z'));
    expect(await s.tick()).toEqual([`${sub.id}:2026-W19`]);
    clock.advance(3600_000);
    expect(await s.tick()).toEqual([]);
    expect(poster.posts).toEqual([`c1:digest ${sub.id} 2026-05-04`]);
  });

  it('catches up once after downtime over the run time, while the week lasts', async () => {
    const db = open();
    subscribe(db);
    const clock = manualClock(new Date('2026-05-06T03:00:00Z'));
    const poster = recorder();
    const s = scheduler(db, clock, poster);
    await s.tick();
    await s.tick();
    expect(poster.posts).toHaveLength(1);
    clock.set(new Date('2026-05-11T00:30:00Z'));
    await s.tick();
    expect(poster.posts).toHaveLength(1);
    clock.set(new Date('2026-05-11T01:00:00Z'));
    await s.tick();
    expect(poster.posts).toHaveLength(2);
  });

  it('a restart between claim and post does not double-post', async () => {
    const path = tempDbPath();
    const db = open(path);
    const sub = subscribe(db);
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    expect(claimRun(db, sub.id, '2026-W19', 'crashed-process', clock.now(), new Date(0))).toBe(true);
    const poster = recorder();
    const restarted = scheduler(open(path), clock, poster);
    clock.advance(60_000);
    await restarted.tick();
    expect(poster.posts).toHaveLength(0);
    clock.advance(10 * 60_000);
    await restarted.tick();
    await restarted.tick();
    expect(poster.posts).toHaveLength(1);
  });

  it('a restart while posting, on a platform that cannot tell, reports the unknown delivery instead of posting again', async () => {
    const db = open();
    const sub = subscribe(db);
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    claimRun(db, sub.id, '2026-W19', 'crashed-process', clock.now(), new Date(0));
    markRun(db, sub.id, '2026-W19', 'crashed-process', 'posting', clock.now());
    const poster = recorder();
    const reports: string[] = [];
    clock.advance(11 * 60_000);
    await scheduler(db, clock, poster, reports).tick();
    expect(poster.posts).toHaveLength(0);
    expect(reports).toEqual([`${sub.id}:interrupted`]);
    expect(getRun(db, sub.id, '2026-W19')?.status).toBe('failed');
  });

  it('a restart while posting asks the platform: found is recorded as sent, missing is posted again, both unreported', async () => {
    for (const arrived of [true, false]) {
      const db = open();
      const sub = subscribe(db);
      const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
      claimRun(db, sub.id, '2026-W19', 'crashed-process', clock.now(), new Date(0));
      markRun(db, sub.id, '2026-W19', 'crashed-process', 'posting', clock.now());
      const asked: string[] = [];
      const poster = Object.assign(recorder(), {
        async delivered(_: unknown, key: string) {
          asked.push(key);
          return arrived;
        },
      });
      const reports: string[] = [];
      clock.advance(3 * 60_000);
      await scheduler(db, clock, poster, reports).tick();
      await scheduler(db, clock, poster, reports).tick();
      expect(asked).toEqual([`${sub.id}:2026-W19`]);
      expect(poster.posts).toHaveLength(arrived ? 0 : 1);
      expect(reports).toEqual([]);
      expect(getRun(db, sub.id, '2026-W19')?.status).toBe('sent');
    }
  });

  it('a restart while posting on an idempotent platform posts again with the same key', async () => {
    const db = open();
    const sub = subscribe(db);
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    claimRun(db, sub.id, '2026-W19', 'crashed-process', clock.now(), new Date(0));
    markRun(db, sub.id, '2026-W19', 'crashed-process', 'posting', clock.now());
    const keys: (string | undefined)[] = [];
    const poster: Poster = { platform: 'console', idempotent: true, post: async (_t, _r, o) => void keys.push(o?.key) };
    const reports: string[] = [];
    clock.advance(3 * 60_000);
    await scheduler(db, clock, poster, reports).tick();
    expect(keys).toEqual([`${sub.id}:2026-W19`]);
    expect(reports).toEqual([]);
  });

  it('one channel whose post hangs does not delay another', async () => {
    const db = open();
    subscribe(db, { channel: 'stuck' });
    subscribe(db, { channel: 'fine' });
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    const posted: string[] = [];
    let release!: () => void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    const poster: Poster = {
      platform: 'console',
      post: async (target) => {
        if (target.channel === 'stuck') await hung;
        posted.push(target.channel);
      },
    };
    const tick = scheduler(db, clock, poster).tick();
    for (let i = 0; i < 50 && !posted.includes('fine'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(posted).toEqual(['fine']);
    release();
    expect(await tick).toHaveLength(2);
  });

  it('a database busy right after a delivered post does not turn it into a failure posted again', async () => {
    const path = tempDbPath();
    const db = open(path);
    db.pragma('busy_timeout = 0');
    const sub = subscribe(db);
    const other = open(path);
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    const posts: string[] = [];
    const poster: Poster = {
      platform: 'console',
      post: async (target) => {
        posts.push(target.channel);
        other.exec('BEGIN IMMEDIATE'); // another writer holds the lock as the post returns
      },
      delivered: async () => posts.length > 0,
    };
    const reports: string[] = [];
    expect(await scheduler(db, clock, poster, reports).tick()).toEqual([`${sub.id}:2026-W19`]);
    other.exec('COMMIT');
    expect(getRun(db, sub.id, '2026-W19')?.status).toBe('posting');
    clock.advance(3 * 60_000);
    await scheduler(db, clock, poster, reports).tick();
    expect(posts).toHaveLength(1);
    expect(reports).toEqual([]);
    expect(getRun(db, sub.id, '2026-W19')?.status).toBe('sent');
  });

  it('two processes on one database post once', async () => {
    const path = tempDbPath();
    subscribe(open(path));
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    const a = recorder();
    const b = recorder();
    await Promise.all([
      scheduler(open(path), clock, a, [], 'A').tick(),
      scheduler(open(path), clock, b, [], 'B').tick(),
    ]);
    expect(a.posts.length + b.posts.length).toBe(1);
  });

  it('retries a failed post with back-off, then records success', async () => {
    const db = open();
    const sub = subscribe(db);
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    const poster = recorder([new DeliveryError('ratelimited', false), new Error('socket hang up')]);
    const s = scheduler(db, clock, poster);
    await s.tick();
    expect(getRun(db, sub.id, '2026-W19')).toMatchObject({ status: 'retry', attempts: 1, lastError: 'ratelimited' });
    clock.advance(30_000);
    await s.tick();
    expect(getRun(db, sub.id, '2026-W19')?.attempts).toBe(1);
    clock.advance(30_000);
    await s.tick();
    expect(getRun(db, sub.id, '2026-W19')).toMatchObject({ status: 'retry', attempts: 2 });
    clock.advance(120_000);
    await s.tick();
    expect(getRun(db, sub.id, '2026-W19')).toMatchObject({ status: 'sent', attempts: 3 });
    expect(poster.posts).toHaveLength(1);
  });

  it('reports a permanent failure to the admin at once and does not drop the subscription', async () => {
    const db = open();
    const sub = subscribe(db);
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    const reports: string[] = [];
    await scheduler(db, clock, recorder([new DeliveryError('not_in_channel', true)]), reports).tick();
    expect(reports).toEqual([`${sub.id}:not_in_channel`]);
    expect(getRun(db, sub.id, '2026-W19')?.status).toBe('failed');
    expect(db.prepare('SELECT count(*) AS n FROM subscription').get()).toEqual({ n: 1 });
  });
});
