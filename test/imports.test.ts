/**
 * Imports into workspaces: the migration that gives plans an owner, visibility of workspace plans, the
 * console preview → y/n flow, files that are not files, the size and time limits, a destructive re-import
 * that needs --force, versions and restore, and the event loop staying free while a file is parsed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import { openDb } from '../src/store/db.js';
import { exportPlans } from '../src/store/export.js';
import { ImportService, IMPORT_LIMITS } from '../src/services/imports.js';
import { ThemeService } from '../src/services/themes.js';
import { ImportError, readPlanFile } from '../src/services/importer.js';
import { ConsoleAdapter, consoleCaller } from '../src/adapters/console/console.js';
import { databaseOfVersion4, unitTotals } from './helpers.js';
import { pdfOf } from './fixtures/make.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SEED = join(ROOT, 'seeds/nanjing-2022-science-literacy.txt');
const TEXT = readFileSync(SEED, 'utf8');
const dirs: string[] = [];
const apps: App[] = [];

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-imports-'));
  dirs.push(dir);
  return dir;
}

function app(): App & { clock: ReturnType<typeof manualClock> } {
  const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
  const a = createApp({ dbPath: ':memory:', clock });
  apps.push(a);
  return Object.assign(a, { clock });
}

afterEach(() => {
  for (const a of apps.splice(0)) a.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs console lines through the console adapter; returns what it printed. */
async function consoleRun(a: App, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c) => (out += c));
  const adapter = new ConsoleAdapter({ locale: 'zh-CN', input, output });
  await adapter.start(a.dispatcher);
  input.end(lines.join('\n') + '\n');
  await adapter.done();
  return out;
}

const reason = async (p: Promise<unknown> | (() => unknown)): Promise<string> => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    if (err instanceof ImportError) return err.reason;
    throw err;
  }
  return 'no error';
};

describe('plan ownership', () => {
  it('migrates a database of the previous version: plans become library plans, their tasks and targets intact', () => {
    const path = join(tmp(), 'old.db');
    const old = databaseOfVersion4(path);
    old.exec(`INSERT INTO plan (id, source, sha256, title, imported_at) VALUES (7, 'a.txt', 'abc', '甲方案', 'x');
      INSERT INTO task (id, plan_id, seq, part, path, number, title, text) VALUES (70, 7, 1, 'main', '[]', '1', '任务', '正文');
      INSERT INTO target (plan_id, seq, task_id, quote, metric, comparator, value, unit) VALUES (7, 1, 70, 'q', 'm', '=', 1, '%');`);
    old.close();
    const db = openDb(path);
    expect(db.prepare('SELECT id, workspace, title FROM plan').all()).toEqual([
      { id: 7, workspace: null, title: '甲方案' },
    ]);
    expect(db.prepare('SELECT count(*) FROM task WHERE plan_id = 7').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM target WHERE plan_id = 7').pluck().get()).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Foreign keys still cascade after the rebuild.
    db.prepare('DELETE FROM plan WHERE id = 7').run();
    expect(db.prepare('SELECT count(*) FROM task').pluck().get()).toBe(0);
    db.close();
  });

  it('a workspace plan is seen in its workspace only, in every listing; the same file may be imported in two workspaces', async () => {
    const a = app();
    const text = Buffer.from(TEXT.replaceAll('南京', '扬州'));
    const id = (await a.services.imports.importNow('G1', text, 'y.txt')).id;
    const id2 = (await a.services.imports.importNow('G2', text, 'y.txt')).id;
    expect(id2).not.toBe(id);
    const g1 = a.services.for('G1');
    const g3 = a.services.for('G3');
    expect(g1.plans.find(String(id))?.workspace).toBe('G1');
    expect(g3.plans.find(String(id))).toBeUndefined();
    expect(g3.plans.page(1, 100).total).toBe(5);
    expect(g1.plans.page(1, 100).total).toBe(6);
    expect(g1.tasks.get(`${id}-1`)).toBeDefined();
    expect(g3.tasks.get(`${id}-1`)).toBeUndefined();
    expect(g1.tasks.search({ query: '扬州', page: 1 }).total).toBeGreaterThan(0);
    expect(g3.tasks.search({ query: '扬州', page: 1 }).total).toBe(0);
    const targets = (s: typeof g1) => s.targets.list({}, 1).total;
    expect(targets(g1) - targets(g3)).toBe(6);
    const due = (s: typeof g1) => s.deadlines.list({ year: 2025 }).rows.filter((d) => d.planId === id).length;
    expect(due(g1)).toBeGreaterThan(0);
    expect(due(g3)).toBe(0);
    const units = (s: typeof g1) => s.units.list('市科协', 1).rows[0]!.responsible;
    expect(units(g1)).toBeGreaterThan(units(g3));
    const themed = (ws: string) => a.services.themes.taskCount(ws, a.services.themes.find(ws, '全国科普日')!);
    expect(themed('G1')).toBeGreaterThan(themed('G3'));
    const digest = (ws: string) =>
      a.services.digests.compose(
        { workspace: ws, planIds: [id], lookahead: 366, locale: 'zh-CN', timezone: 'Asia/Shanghai' },
        new Date('2025-01-06T01:00:00Z'),
      );
    expect(digest('G1').days.some((d) => d.tasks.length > 0)).toBe(true);
    expect(digest('G3').days.every((d) => d.tasks.length === 0)).toBe(true);
  });

  it('theme-day counts and tasks (memoized for digests) follow imports, removals, restores and re-imports per workspace', async () => {
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    // A database file: confirmed imports are stored by a worker thread's own connection.
    const a = createApp({ dbPath: join(tmp(), 'k.db'), clock });
    apps.push(a);
    const themes = a.services.themes;
    const day = themes.find('G1', '全国科普日')!;
    const fresh = () => new ThemeService(a.db, themes.builtIn);
    const check = (ws: string, planIds: number[] | null) => {
      expect(themes.taskCount(ws, day)).toBe(fresh().taskCount(ws, day));
      expect(themes.relatedTasks(ws, day, planIds).map((t) => t.id)).toEqual(
        fresh()
          .relatedTasks(ws, day, planIds)
          .map((t) => t.id),
      );
    };
    const library = themes.taskCount('G1', day);
    expect(themes.taskCount('G2', day)).toBe(library);
    const text = TEXT.replaceAll('南京', '扬州');
    const preview = await a.services.imports.preview('G1', Buffer.from(text), 'y.txt');
    const { id } = await a.services.imports.confirm(preview.token, 'G1');
    for (const ws of ['G1', 'G2']) for (const plans of [null, [id], [id, 1]]) check(ws, plans);
    expect(themes.taskCount('G1', day)).toBeGreaterThan(library);
    expect(themes.taskCount('G2', day)).toBe(library);
    expect(themes.relatedTasks('G1', day, [id]).length).toBeGreaterThan(0);
    expect(themes.relatedTasks('G2', day, [id])).toEqual([]);
    // The same plan again with the day's name gone: same tasks, same ids, other links.
    const linked = themes.relatedTasks('G1', day, [id]).length;
    await a.services.imports.importNow('G1', Buffer.from(text.replaceAll('全国科普日', '科普活动')), 'y.txt', true);
    check('G1', [id]);
    expect(themes.relatedTasks('G1', day, [id]).length).toBeLessThan(linked);
    a.services.imports.remove('G1', id);
    expect(themes.taskCount('G1', day)).toBe(library);
    expect(themes.relatedTasks('G1', day, [id])).toEqual([]);
    await a.services.imports.restore('G1', id);
    for (const ws of ['G1', 'G2']) check(ws, [id]);
  }, 60_000);

  it('removing a library plan from a workspace is refused; a workspace plan is removed after a confirmation', async () => {
    const a = app();
    const g = { ...consoleCaller('zh-CN'), workspace: 'G1' };
    const refused = await a.dispatcher.runText('/plan remove 3', g);
    expect(refused.error).toBe(true);
    expect(refused.text).toContain('规划库');
    const id = (await a.services.imports.importNow('G1', Buffer.from(TEXT.replaceAll('南京', '常州')), 'c.txt')).id;
    const ask = await a.dispatcher.runText(`/plan remove ${id}`, g);
    expect(ask.confirm?.yes.label).toBe('删除');
    expect(a.services.for('G1').plans.find(String(id))).toBeDefined();
    await a.dispatcher.run(ask.confirm!.yes.invocation, g);
    expect(a.services.for('G1').plans.find(String(id))).toBeUndefined();
    expect((await a.dispatcher.runText(`/plan restore ${id}`, g)).title).toContain(`规划 ${id}`);
    expect(a.services.for('G1').plans.find(String(id))).toBeDefined();
  });
});

describe('console import', () => {
  it('previews a file, stores it on y, and stores nothing on n', async () => {
    const a = app();
    const dir = tmp();
    writeFileSync(join(dir, 'wx.txt'), TEXT.replaceAll('南京', '无锡'));
    writeFileSync(join(dir, 'sz.txt'), TEXT.replaceAll('南京', '苏州'));
    const out = await consoleRun(a, [
      `/plan import ${join(dir, 'wx.txt')}`,
      'y',
      `/plan import ${join(dir, 'sz.txt')}`,
      'n',
      '/plans',
    ]);
    expect(out).toContain('导入预览：无锡市全民科学素质行动规划纲要实施方案');
    expect(out).toContain('导入？[y/n]');
    expect(out).toMatch(/已导入规划 6/);
    expect(out).toContain('已取消导入');
    expect(out).toMatch(/本工作区 · 无锡市/);
    expect(a.services.plans.find('苏州')).toBeUndefined();
  });

  it('a text that prints no title is titled by its file name, in the preview and once stored', async () => {
    const a = app();
    const text = '一、重点任务\n（一）开展科普活动。组织科普报告20场。（区科协负责）\n';
    const preview = await a.services.imports.preview('G1', Buffer.from(text), '某区科协2026年工作要点.docx');
    expect(preview.report.title).toBe('某区科协2026年工作要点');
    const { id } = await a.services.imports.confirm(preview.token, 'G1');
    const stored = exportPlans(a.db, id).plans[0]!;
    expect([stored.title, stored.period]).toEqual(['某区科协2026年工作要点', { start: 2026, end: 2026 }]);
  });

  it('a confirm after the preview expired stores nothing and says so', async () => {
    const a = app();
    const dir = tmp();
    writeFileSync(join(dir, 'nt.txt'), TEXT.replaceAll('南京', '南通'));
    const preview = await a.dispatcher.runText(`/plan import ${join(dir, 'nt.txt')}`, consoleCaller('zh-CN'));
    a.clock.advance(IMPORT_LIMITS.pendingMs + 1);
    const late = await a.dispatcher.run(preview.confirm!.yes.invocation, consoleCaller('zh-CN'));
    expect(late.text).toContain('已经过期');
    expect(a.services.plans.find('南通')).toBeUndefined();
  });
});

describe('files that are not files, and the limits', () => {
  it('refuses a FIFO (without hanging), a directory and a device before opening them', async () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(await reason(() => readPlanFile(fifo))).toBe('not-a-file');
    expect(await reason(() => readPlanFile(dir))).toBe('not-a-file');
    expect(await reason(() => readPlanFile('/dev/zero'))).toBe('not-a-file');
    const a = app();
    const reply = await a.dispatcher.runText(`/plan import ${fifo}`, consoleCaller('zh-CN'));
    expect(reply.text).toContain('不是普通文件（named pipe）');
  });

  it('says that a mistyped path names no file, in the language of the caller', async () => {
    const missing = join(tmp(), '规划.docx');
    const a = app();
    expect((await a.dispatcher.runText(`/plan import ${missing}`, consoleCaller('zh-CN'))).text).toContain(
      '没有文件“规划.docx”。请检查路径和文件名。',
    );
    expect((await a.dispatcher.runText(`/plan import ${missing}`, consoleCaller('en'))).text).toContain(
      'There is no file “规划.docx”.',
    );
  });

  it('refuses a file over 20 MB by its size, before reading it', async () => {
    const big = join(tmp(), 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, IMPORT_LIMITS.bytes + 1);
    expect(await reason(() => readPlanFile(big))).toBe('too-large');
    const a = app();
    expect(await reason(a.services.imports.parse(Buffer.alloc(IMPORT_LIMITS.bytes + 1), 'big'))).toBe('too-large');
  });

  it('stops a parse that runs past the time limit, and stores nothing', async () => {
    const a = app();
    const slow = new ImportService(a.db, a.clock, a.services.themes.builtIn, { parseMs: 1, pendingMs: 60_000 });
    const before = exportPlans(a.db);
    expect(await reason(slow.preview('G1', Buffer.from(TEXT), 'n.txt'))).toBe('timeout');
    expect(exportPlans(a.db)).toEqual(before);
  });

  it('imports many files in order while the workers parse ahead; a bad file is reported, the others stored', async () => {
    const a = app();
    const texts = [
      TEXT.replaceAll('南京', '甲市'),
      '只是一行字。',
      TEXT.replaceAll('南京', '乙市'),
      TEXT.replaceAll('南京', '丙市'),
    ];
    const files = texts.map((t, i) => ({ source: `f${i}.txt`, read: () => Buffer.from(t) }));
    const out: (string | undefined)[] = [];
    for await (const r of a.services.imports.importMany(null, files))
      out.push(r instanceof ImportError ? r.reason : r.title.match(/^(.市)/)?.[1]);
    expect(out).toEqual(['甲市', 'not-a-plan', '乙市', '丙市']);
    const titles = exportPlans(a.db).plans.map((p) => p.title);
    for (const city of ['甲市', '乙市', '丙市']) expect(titles.filter((t) => t.startsWith(city))).toHaveLength(1);
    // A file that cannot be read is reported in its turn too.
    const unreadable = [{ source: 'gone.txt', read: () => readPlanFile(join(tmp(), 'gone.txt')) }, files[0]!];
    const again: string[] = [];
    for await (const r of a.services.imports.importMany(null, unreadable))
      again.push(r instanceof ImportError ? r.reason : r.replaced ? 'replaced' : 'new');
    expect(again).toEqual(['unreadable', 'replaced']);
  });

  it('a bulk import into a database file checkpoints its log in the background, then gives the connection its own settings back', async () => {
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    const a = createApp({ dbPath: join(tmp(), 'kepu.db'), clock, seeds: null });
    apps.push(a);
    const settings = () => [
      a.db.pragma('wal_autocheckpoint', { simple: true }),
      a.db.pragma('journal_size_limit', { simple: true }),
    ];
    const before = settings();
    const files = ['甲市', '乙市', '丙市', '丁市'].map((r) => ({
      source: `${r}.txt`,
      read: () => Buffer.from(TEXT.replaceAll('南京', r)),
    }));
    for await (const r of a.services.imports.importMany(null, files)) if (r instanceof ImportError) throw r;
    expect(exportPlans(a.db).plans).toHaveLength(4);
    // The pages are in the database file, not only in the log (which the connection would copy only past
    // 1 000 pages: more than these plans take).
    const pages = a.db.pragma('page_count', { simple: true }) as number;
    expect(pages).toBeLessThan(1000);
    expect(statSync(a.db.name).size).toBe(pages * (a.db.pragma('page_size', { simple: true }) as number));
    expect(settings()).toEqual(before);
  });

  it('a bulk import stores as files imported one at a time do, a replacement inside the same transaction too', async () => {
    const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => /\.(txt|md)$/.test(f));
    const texts = [
      ...seeds.map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')),
      TEXT.replaceAll('南京', '甲市'),
      TEXT.replaceAll('南京', '乙市'),
      TEXT.replaceAll('南京', '甲市').replace('（一）', '（一）新增一句。'), // replaces the first 甲市
    ];
    const files = texts.map((t, i) => ({ source: `f${i}.txt`, read: () => Buffer.from(t) }));
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    const bulk = createApp({ dbPath: ':memory:', clock, seeds: null });
    const single = createApp({ dbPath: ':memory:', clock, seeds: null });
    apps.push(bulk, single);
    const replaced: boolean[] = [];
    for await (const r of bulk.services.imports.importMany(null, files)) {
      if (r instanceof ImportError) throw r;
      replaced.push(r.replaced);
    }
    for (const f of files) await single.services.imports.importNow(null, f.read(), f.source);
    expect(replaced).toEqual([...seeds.map(() => false), false, false, true]);
    expect(exportPlans(bulk.db)).toEqual(exportPlans(single.db));
    for (const a of [bulk, single]) {
      expect(a.db.prepare('SELECT * FROM unit_stat ORDER BY 1, 2').raw().all()).toEqual(unitTotals(a.db));
      // The index holds every task's words once: the replaced plan's rows are gone.
      for (const word of ['科普', '农民', '甲市'])
        expect(a.db.prepare('SELECT count(*) FROM task_fts WHERE task_fts MATCH ?').pluck().get(`"${word}"`)).toBe(
          a.db.prepare(`SELECT count(*) FROM task WHERE title || text LIKE '%${word}%'`).pluck().get(),
        );
      a.db.exec("INSERT INTO task_fts (task_fts, rank) VALUES ('integrity-check', 0)");
    }
  });

  it('a store failing inside a bulk import undoes its transaction: the files before it are stored alone and reported, then it fails', async () => {
    const a = app();
    const before = exportPlans(a.db).plans.length;
    a.db.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON plan WHEN NEW.title LIKE '乙市%' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const files = ['甲市', '乙市', '丙市'].map((city, i) => ({
      source: `f${i}.txt`,
      read: () => Buffer.from(TEXT.replaceAll('南京', city)),
    }));
    const out: string[] = [];
    const run = async () => {
      for await (const r of a.services.imports.importMany(null, files))
        out.push(r instanceof ImportError ? r.reason : r.title.slice(0, 2));
    };
    await expect(run()).rejects.toThrow('refused');
    expect(out).toEqual(['甲市']);
    const titles = exportPlans(a.db).plans.map((p) => p.title.slice(0, 2));
    expect(titles).toHaveLength(before + 1);
    expect(titles).toContain('甲市');
    expect(a.db.inTransaction).toBe(false);
    expect(a.db.prepare('SELECT * FROM unit_stat ORDER BY 1, 2').raw().all()).toEqual(unitTotals(a.db));
  });

  it('parses files at once, two to a worker, each answered as its own: a text file queued behind a PDF waits for it', async () => {
    const a = app();
    const haian = readFileSync(join(ROOT, 'seeds/haian-2022-science-literacy.txt'), 'utf8');
    const files: [string, Uint8Array][] = [
      ['haian.pdf', await pdfOf(haian, '海安市全民科学素质行动规划纲要实施方案')],
      ...['甲市', '乙市', '丙市', '丁市'].map((r): [string, Uint8Array] => [
        `${r}.txt`,
        Buffer.from(TEXT.replaceAll('南京', r)),
      ]),
    ];
    const parsed = await Promise.all(files.map(([name, bytes]) => a.services.imports.parse(bytes, name)));
    expect(parsed.map((p) => [p.format, p.plan.title.slice(0, 2)])).toEqual([
      ['pdf', '海安'],
      ['text', '甲市'],
      ['text', '乙市'],
      ['text', '丙市'],
      ['text', '丁市'],
    ]);
  }, 60_000);

  it('a parse past the time limit in a bulk import ends that worker; the next file gets a new one', async () => {
    const a = app();
    const slow = new ImportService(a.db, a.clock, a.services.themes.builtIn, { parseMs: 1, pendingMs: 60_000 });
    const files = [0, 1, 2].map((i) => ({ source: `s${i}.txt`, read: () => Buffer.from(TEXT) }));
    const reasons: string[] = [];
    for await (const r of slow.importMany(null, files)) reasons.push(r instanceof ImportError ? r.reason : 'stored');
    expect(reasons).toEqual(['timeout', 'timeout', 'timeout']);
    const before = exportPlans(a.db);
    const ok = await a.services.imports.importNow(null, Buffer.from(TEXT.replaceAll('南京', '丁市')), 'd.txt');
    expect(ok.title).toMatch(/^丁市/);
    expect(exportPlans(a.db).plans).toHaveLength(before.plans.length + 1);
  });

  it('with a database file, stores in a worker too: commands answer while a large plan is written', async () => {
    const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
    const a = createApp({ dbPath: join(tmp(), 'k.db'), clock });
    apps.push(a);
    const big = Buffer.from(Array.from({ length: 60 }, (_, i) => TEXT.replaceAll('南京', `第${i}市`)).join('\n'));
    const preview = await a.services.imports.preview('G1', big, 'big.txt');
    let stored = false;
    const storing = a.services.imports.confirm(preview.token, 'G1').then((r) => ((stored = true), r));
    const reply = await a.dispatcher.runText('/plans', { ...consoleCaller('zh-CN'), workspace: 'G1' });
    expect(reply.title).toContain('5 个规划');
    expect(stored).toBe(false);
    const r = await storing;
    expect(r.tasks).toBe(preview.report.tasks);
    expect(a.services.for('G1').plans.page(1, 10).total).toBe(6);
    expect(a.services.for('G1').tasks.get(`${r.id}-${r.tasks}`)).toBeDefined();
  }, 60_000);

  it('keeps answering commands while a large file is parsed', async () => {
    const a = app();
    const big = Buffer.from(Array.from({ length: 150 }, (_, i) => TEXT.replaceAll('南京', `第${i}市`)).join('\n'));
    let parsed = false;
    const parsing = a.services.imports.parse(big, 'big.txt').then(
      () => (parsed = true),
      () => (parsed = true),
    );
    const reply = await a.dispatcher.runText('/plans', consoleCaller('zh-CN'));
    expect(reply.title).toContain('5 个规划');
    expect(parsed).toBe(false);
    await parsing;
  }, 60_000);
});

describe('re-imports that drop much, versions and restore', () => {
  const half = Buffer.from(TEXT.slice(0, TEXT.length / 2));

  it('refuses to replace a plan with a version that drops over 30% of its tasks, unless forced; restore brings it back', async () => {
    const a = app();
    const before = exportPlans(a.db, 3);
    expect(await reason(a.services.imports.importNow(null, half, 'half.txt'))).toBe('large-loss');
    expect(exportPlans(a.db, 3)).toEqual(before);
    const forced = await a.services.imports.importNow(null, half, 'half.txt', true);
    expect(forced).toMatchObject({ id: 3, replaced: true, tasks: 12 });
    const restored = await a.services.imports.restore(null, 3);
    expect(restored).toMatchObject({ id: 3, tasks: 39 });
    expect(exportPlans(a.db, 3)).toEqual(before);
    // The version a restore replaced is kept in turn: a second restore undoes the first.
    expect((await a.services.imports.restore(null, 3)).tasks).toBe(12);
  });

  it('the chat preview states the loss and that the plan will be replaced', async () => {
    const a = app();
    const dir = tmp();
    writeFileSync(join(dir, 'full.txt'), TEXT.replaceAll('南京', '宿迁'));
    writeFileSync(join(dir, 'half.txt'), TEXT.replaceAll('南京', '宿迁').slice(0, TEXT.length / 2));
    const c = consoleCaller('zh-CN');
    await a.dispatcher.run(
      (await a.dispatcher.runText(`/plan import ${join(dir, 'full.txt')}`, c)).confirm!.yes.invocation,
      c,
    );
    const preview = await a.dispatcher.runText(`/plan import ${join(dir, 'half.txt')}`, c);
    const text = JSON.stringify(preview.sections);
    expect(text).toContain('已有的规划 6');
    expect(text).toContain('任务从 39 项减少到 12 项');
  });

  it('kepu import needs --force for such a version, and kepu restore brings the old one back', async () => {
    const dir = tmp();
    const db = join(dir, 'k.db');
    writeFileSync(join(dir, 'half.txt'), half);
    const kepu = (...args: string[]) =>
      promisify(execFile)('node', [join(ROOT, 'dist/src/bin.js'), '--db', db, ...args], { cwd: dir }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const refused = await kepu('import', join(dir, 'half.txt'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect((await kepu('import', '--force', join(dir, 'half.txt'))).stdout).toContain('已更新 3：');
    expect((await kepu('restore', '3')).stdout).toContain(
      'restored 3: 南京市全民科学素质行动规划纲要实施方案 (39 tasks',
    );
  }, 30_000);
});
