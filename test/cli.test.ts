/** The `kepu` command line as a user runs it: digest preview, iCalendar export, import and export. */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { databaseOfVersion4 } from './helpers.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kepu-cli-'));
const db = join(dir, 'kepu.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kepu(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return kepuWith({}, ...args);
}

async function kepuWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/src/bin.js', '--db', db, ...args], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, KEPU_LOG_LEVEL: 'silent', ...env },
    });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('kepu CLI', () => {
  it('digest preview --now 2026-05-04: 防灾减灾日 on 5月12日 with its tasks and units, 科技活动周 待公布', async () => {
    const { stdout } = await kepu('--now', '2026-05-04', 'digest', 'preview');
    expect(stdout).toContain('本周 2026-05-04 至 2026-05-10');
    const section = stdout.split('▸ ').find((s) => s.startsWith('全国防灾减灾日'))!;
    expect(section).toContain('5月12日（周二） · 还有 8 天');
    expect(section).toMatch(/• \d+-\d+ .+（.*科协.*）/);
    expect(stdout.split('▸ ').find((s) => s.startsWith('全国科技活动周'))).toContain('日期待公布');
  }, 30_000);

  it('shows an announced date once an admin has set it', async () => {
    await kepu('--now', '2026-05-04', 'ask', '/themeday set 科技活动周 2026-05-16 2026-05-23');
    const { stdout } = await kepu('--now', '2026-05-04', 'digest', 'preview');
    expect(stdout.split('▸ ').find((s) => s.startsWith('全国科技活动周'))).toContain(
      '5月16日（周六） 至 5月23日（周六）',
    );
  }, 30_000);

  it('ics --year 2027 writes a calendar that ical.js reads back', async () => {
    const out = join(dir, 'k.ics');
    await kepu('ics', '--year', '2027', '--out', out);
    const events = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const month = events.find((e) => e.summary === '全国科普月')!;
    expect([month.startDate.toString(), month.endDate.toString()]).toEqual(['2027-09-01', '2027-10-01']);
  }, 30_000);

  it('import rejects a file that is not a plan with a message and exit code 1; export prints the schema', async () => {
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, '只是一行字。');
    const rejected = await kepu('--locale', 'en', 'import', junk);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('rejected junk.txt: no plan structure found');
    const { stdout } = await kepu('export', '--json', '--plan', '3');
    const json = JSON.parse(stdout);
    expect(json.plans).toHaveLength(1);
    expect(json.plans[0]).toMatchObject({
      id: 3,
      docNumber: '宁政办发〔2022〕27号',
      period: { start: 2021, end: 2025 },
    });
  }, 30_000);

  it('import prints the report of each file; --dry-run stores nothing', async () => {
    const fresh = join(dir, 'fresh.db');
    const empty = join(dir, 'no-seeds');
    mkdirSync(empty);
    const corpus = join(__dirname, 'corpus', 'gov-2018-39-employment.txt');
    const dry = await kepuWith({ KEPU_SEEDS: empty }, '--db', fresh, 'import', '--dry-run', corpus);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      '预览（未保存） gov-2018-39-employment.txt：国务院关于做好当前和今后一个时期促进就业工作的若干意见',
    );
    expect(dry.stdout).toContain('任务 15（0 项无责任单位）');
    const listed = await kepuWith({ KEPU_SEEDS: empty }, '--db', fresh, 'export', '--json');
    expect(JSON.parse(listed.stdout).plans).toHaveLength(0);
    const real = await kepuWith({ KEPU_SEEDS: empty }, '--db', fresh, 'import', corpus);
    expect(real.stdout).toMatch(/已导入 \d+：国务院关于.*（任务 15 项，目标 \d+ 个）\n  国务院 · — · 任务 15/);
    // a joint signature of many bodies: the first two and how many
    const joint = join(dir, 'joint.txt');
    const signers = ['科学技术协会', '教育局', '文化和旅游局', '卫生健康委员会', '应急管理局'].map((u) => `某区${u}`);
    writeFileSync(
      joint,
      `某区科普工作方案\n一、重点任务\n1.开展科普活动。内容。（区科协负责）\n${signers.join('\n')}\n2026年3月1日\n`,
    );
    const report = await kepuWith({ KEPU_SEEDS: empty }, '--db', fresh, 'import', '--dry-run', joint);
    expect(report.stdout).toContain('  某区科学技术协会、某区教育局等 5 个单位 · — · 任务 1');
  }, 30_000);

  it('import of several files stores each good one in order and names the one it rejects', async () => {
    const fresh = join(dir, 'several.db');
    const empty = join(dir, 'no-seeds-several');
    mkdirSync(empty);
    const junk = join(dir, 'junk-among.txt');
    writeFileSync(junk, '只是一行字。');
    const [a, b] = ['gov-2018-39-employment.txt', 'gov-2019-02-drug-procurement.txt'].map((f) =>
      join(__dirname, 'corpus', f),
    );
    const r = await kepuWith({ KEPU_SEEDS: empty }, '--db', fresh, '--locale', 'en', 'import', a!, junk, b!);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rejected junk-among.txt');
    const first = r.stdout.indexOf('imported 1: 国务院关于做好当前和今后一个时期促进就业工作的若干意见');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('imported 2: 国家组织药品集中采购和使用试点方案')).toBeGreaterThan(first);
  }, 30_000);

  it('import of many files stops after the files in hand on SIGINT, saying how far it got', async () => {
    const fresh = join(dir, 'interrupted.db');
    const empty = join(dir, 'no-seeds-interrupted');
    mkdirSync(empty);
    const text = readFileSync(join(__dirname, 'corpus', 'gov-2018-39-employment.txt'), 'utf8');
    const files = Array.from({ length: 60 }, (_, i) => {
      const f = join(dir, `copy-${i}.txt`);
      writeFileSync(f, `${text}\n（第 ${i} 份）\n`);
      return f;
    });
    const child = spawn(process.execPath, ['dist/src/bin.js', '--db', fresh, '--locale', 'en', 'import', ...files], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, KEPU_LOG_LEVEL: 'silent', KEPU_SEEDS: empty },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (!child.killed && /^(?:imported|updated) /m.test(stdout)) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const done = Number(/interrupted \(SIGINT\): (\d+) of 60 files done/.exec(stderr)?.[1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(60);
    expect(stdout.match(/^(?:imported|updated) /gm)).toHaveLength(done);
    const stored = new Database(fresh, { readonly: true });
    expect(stored.pragma('quick_check', { simple: true })).toBe('ok');
    expect(stored.prepare('SELECT count(*) FROM plan').pluck().get()).toBe(1);
    stored.close();
  }, 30_000);

  it('says when it upgrades a database of an earlier version, and only then', async () => {
    const path = join(dir, 'earlier.db');
    databaseOfVersion4(path).close();
    const empty = join(dir, 'no-seeds-earlier');
    mkdirSync(empty);
    const env = { KEPU_SEEDS: empty, KEPU_LOG_LEVEL: 'info' };
    const first = await kepuWith(env, '--db', path, 'plans');
    expect(first.code).toBe(0);
    const lines = first.stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'upgrading the database')?.migrations).toContain('005_plan_owner.sql');
    expect(lines.some((l) => l.msg === 'database upgraded')).toBe(true);
    const again = await kepuWith(env, '--db', path, 'plans');
    expect(again.stderr).not.toContain('upgrad');
  }, 30_000);

  it('KEPU_SEEDS naming a missing folder gives a clear message, not a crash', async () => {
    const r = await kepuWith({ KEPU_SEEDS: join(dir, 'nowhere') }, '--db', join(dir, 'other.db'), 'plans');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('KEPU_SEEDS');
    expect(r.stderr).toContain('不存在');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  }, 30_000);

  it('import reads a Word .doc and refuses a zip with a message in the chosen language', async () => {
    const doc = join(__dirname, 'fixtures', 'haian-2022-science-literacy.doc');
    const ok = await kepu('import', doc);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^已(导入|更新) \d+：海安市全民科学素质行动规划纲要实施方案/);
    const zip = join(dir, 'plans.zip');
    writeFileSync(zip, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
    const zh = await kepu('import', zip);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('未导入 plans.zip：不支持这种文件。可导入：PDF（可复制文字）、Word（.docx、.doc）');
    const en = await kepu('--locale', 'en', 'import', zip);
    expect(en.stderr).toContain('rejected plans.zip: this kind of file is not supported. Accepted: PDF');
  }, 30_000);

  it('two imports at once on one database both succeed', async () => {
    const seed = join(__dirname, '..', 'seeds', 'changning-2021-kepu-14th-fyp.txt');
    const fresh = join(dir, 'concurrent.db');
    const results = await Promise.all(
      [0, 1, 2].map(() =>
        run(process.execPath, ['dist/src/bin.js', '--db', fresh, 'import', seed], {
          cwd: join(__dirname, '..'),
          env: { ...process.env, KEPU_LOG_LEVEL: 'silent' },
        }).then(
          () => 0,
          (e: { code: number; stderr: string }) => `${e.code}: ${e.stderr}`,
        ),
      ),
    );
    expect(results).toEqual([0, 0, 0]);
  }, 60_000);

  it('backup writes a database that restore brings back; a damaged database is named with what to do', async () => {
    const backup = join(dir, 'backup.db');
    const saved = await kepu('backup', backup);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain(backup);
    const plans = (await kepu('plans')).stdout;
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, 'x'.repeat(8192));
    const refused = await run(process.execPath, ['dist/src/bin.js', '--db', damaged, 'plans'], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, KEPU_LOG_LEVEL: 'silent' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain(`database ${damaged}: the file is damaged`);
    const restored = await run(process.execPath, ['dist/src/bin.js', '--db', damaged, 'restore-backup', backup], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, KEPU_LOG_LEVEL: 'silent' },
    });
    expect(restored.stdout).toContain(`restored ${damaged}`);
    const again = await run(process.execPath, ['dist/src/bin.js', '--db', damaged, 'plans'], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, KEPU_LOG_LEVEL: 'silent' },
    });
    expect(again.stdout).toBe(plans);
  }, 60_000);

  it('a read command that hits a damaged page names the database and says to restore it', async () => {
    await kepu('plans');
    const damaged = join(dir, 'damaged-pages.db');
    const source = new Database(db);
    source.pragma('wal_checkpoint(TRUNCATE)');
    source.close();
    copyFileSync(db, damaged);
    // The pages of the task tables and the task index only: the schema and the plans stay readable, so the
    // damage is found by the search, not on open.
    const check = new Database(damaged, { readonly: true });
    const pageSize = check.pragma('page_size', { simple: true }) as number;
    const roots = check
      .prepare(
        `SELECT rootpage FROM sqlite_schema WHERE rootpage > 1 AND (tbl_name = 'task' OR tbl_name LIKE 'task_fts%')`,
      )
      .pluck()
      .all() as number[];
    check.close();
    expect(roots.length).toBeGreaterThan(1);
    const fd = openSync(damaged, 'r+');
    for (const root of roots) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    const asked = await run(process.execPath, ['dist/src/bin.js', '--db', damaged, 'ask', '/tasks 农民'], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, KEPU_LOG_LEVEL: 'silent' },
    }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(asked).toMatchObject({ code: 1, stdout: '' });
    expect((asked as { stderr: string }).stderr).toContain(`database ${damaged}: the file is damaged`);
    expect((asked as { stderr: string }).stderr).toContain('kepu restore-backup');
  }, 60_000);
});
