/**
 * Crash trials: a bot process posting digests to a slow fake Discord is killed with SIGKILL at a random
 * moment inside the posting window, then started again on the same database. Per subscription and week
 * it counts digests lost (none arrived), doubled (more than one) and false reports (an admin told of a
 * failure for a digest that did arrive). The figures are printed; the test asks for 0 / 0 / 0.
 */
import { weekly } from './helpers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../src/store/db.js';
import { upsertSubscription } from '../src/store/subscriptions.js';
import { FakeDiscord } from './fakes/discord.js';

const TRIALS = Number(process.env.KEPU_CRASH_TRIALS ?? 4);
/** Three channels per trial, new ones each trial (each trial stands for its own deployment). */
const channelsOf = (trial: number) => [1, 2, 3].map((n) => String(810000000000000000n + BigInt(trial * 10 + n)));
const DM = '400000000000000001';
const dir = mkdtempSync(join(tmpdir(), 'kepu-crash-'));
let discord: FakeDiscord;

beforeAll(async () => {
  discord = await new FakeDiscord(['200000000000000001']).start();
});
afterAll(async () => {
  await discord.stop();
  rmSync(dir, { recursive: true, force: true });
});

function bot(db: string, now: string): ChildProcess {
  return spawn(process.execPath, ['dist/src/bin.js', 'start'], {
    cwd: join(__dirname, '..'),
    env: {
      ...process.env,
      VITEST: '',
      KEPU_LOG_LEVEL: 'silent',
      KEPU_DB: db,
      KEPU_SEEDS: join(__dirname, '..', 'seeds'),
      KEPU_NOW: now,
      DISCORD_TOKEN: 'crash-token',
      DISCORD_APPLICATION_ID: discord.appId,
      DISCORD_API_URL: discord.apiUrl,
    },
    stdio: 'ignore',
  });
}

async function until(predicate: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

const exit = (p: ChildProcess) =>
  new Promise<void>((resolve) => (p.exitCode !== null ? resolve() : p.once('exit', () => resolve())));

describe('kill -9 while posting digests', () => {
  it(`${TRIALS} trials: no digest lost, doubled or falsely reported`, async () => {
    const figures = { slots: 0, lost: 0, doubled: 0, falseReports: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const db = join(dir, `trial-${trial}.db`);
      const CHANNELS = channelsOf(trial);
      const setup = openDb(db);
      for (const channel of CHANNELS)
        upsertSubscription(
          setup,
          weekly({ platform: 'discord', workspace: '200000000000000001', channel, createdBy: '700000000000000001' }),
          new Date('2026-01-01T00:00:00Z'),
        );
      setup.close();
      const before = discord.created.length;
      discord.delayMs = 200 + trial * 50;
      const first = bot(db, '2026-05-04T09:00');
      // Kill at a random moment once the first digest post has been sent.
      await until(
        () => discord.calls.some((c, i) => i >= before && /\/channels\/81\d+\/messages$/.test(c.path)),
        30_000,
      );
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      first.kill('SIGKILL');
      await exit(first);
      // Started again past the posting lease, in the same week.
      const second = bot(db, '2026-05-04T09:05');
      const settled = () => {
        const check = openDb(db);
        try {
          return (
            (
              check.prepare("SELECT count(*) AS n FROM digest_run WHERE status IN ('sent', 'failed')").get() as {
                n: number;
              }
            ).n === CHANNELS.length
          );
        } finally {
          check.close();
        }
      };
      await until(settled, 30_000);
      second.kill('SIGTERM');
      await exit(second);
      const created = discord.created.slice(before);
      const reports = created.filter((c) => c.channel === DM).length;
      for (const channel of CHANNELS) {
        const n = created.filter((c) => c.channel === channel).length;
        figures.slots++;
        if (n === 0) figures.lost++;
        if (n > 1) figures.doubled++;
      }
      if (created.filter((c) => CHANNELS.includes(c.channel)).length >= CHANNELS.length)
        figures.falseReports += reports;
    }
    discord.delayMs = 0;
    console.log(
      `crash trials: ${TRIALS} kill -9, ${figures.slots} digests — lost ${figures.lost}, doubled ${figures.doubled}, false reports ${figures.falseReports}`,
    );
    expect(figures).toEqual({ slots: TRIALS * 3, lost: 0, doubled: 0, falseReports: 0 });
  }, 240_000);
});
