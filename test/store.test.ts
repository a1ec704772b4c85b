import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { openDb, migrate, type Db } from '../src/store/db.js';
import { ImportError, importFile, parseText, readPlanText } from '../src/services/importer.js';
import { store } from '../src/services/import-worker.js';
import { deletePlanRows, listPlans, replacedBy } from '../src/store/plans.js';
import { listUnits } from '../src/store/units.js';
import { searchTasks, taskBriefs, tasksById, THEME_TASKS, type TaskRow } from '../src/store/tasks.js';
import { exportPlans } from '../src/store/export.js';
import { listTargets } from '../src/store/targets.js';
import { bigrams, chars, queryTerms, matchExpression } from '../src/store/fts.js';
import { loadCatalog } from '../src/calendar/catalog.js';
import { unitTotals } from './helpers.js';

const ALIASES = loadCatalog();
const NOW = new Date('2026-11-24T00:00:00Z');
const SEEDS = join(__dirname, '..', 'seeds');
let dir: string;
let db: Db;

function setup(): void {
  dir = mkdtempSync(join(tmpdir(), 'kepu-store-'));
  db = openDb(join(dir, 'kepu.db'));
}
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const counts = () =>
  Object.fromEntries(
    ['plan', 'task', 'task_unit', 'target', 'milestone', 'theme_mention', 'task_fts'].map((t) => [
      t,
      (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Imports the five seed plans into the library. */
async function importSeeds(): Promise<void> {
  for (const f of readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f)))
    await importFile(db, join(SEEDS, f), ALIASES, NOW);
}

/** Stores a seed as a plan of `owner` (as a confirmed chat import does). */
async function importAs(owner: string, seed: string) {
  const bytes = readFileSync(join(SEEDS, seed));
  const plan = parseText(await readPlanText(bytes, seed), seed, ALIASES);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return store(db, { owner, plan, source: seed, sha256, now: NOW.toISOString(), catalog: ALIASES });
}

/** Unit totals per owner ('' = the library) counted from the task links. */
const unitTotalsFromScratch = () => unitTotals(db);

/** What each workspace finds: searches (text, one character, unit filters) and unit listings. */
function snapshot() {
  const out: Record<string, unknown> = {};
  for (const ws of ['console', 'G1', 'G2', 'G3'])
    for (const [q, unit] of [
      ['农民', undefined],
      ['科普', '科协'],
      ['农', undefined],
      ['', '教育'],
      ['科学素质', undefined],
    ] as const) {
      const found = searchTasks(db, { ws, terms: queryTerms(q), unit, limit: 1000, offset: 0 });
      out[`${ws}:${q}:${unit}`] = [found.total, found.rows.map((r) => `${r.planTitle}-${r.seq}`).sort()];
      out[`${ws}:units`] = listUnits(db, ws, undefined, 1000, 0).rows;
    }
  return out;
}

describe('store', () => {
  it('applies numbered migrations once and records the version', () => {
    setup();
    const files = readdirSync(join(__dirname, '..', 'src', 'store', 'migrations')).filter((f) =>
      /^\d+_.*\.sql$/.test(f),
    );
    // The version is the highest number applied; numbers may have gaps.
    expect(migrate(db)).toBe(Math.max(...files.map((f) => Number(f.split('_')[0]))));
    expect(db.prepare('SELECT count(*) AS n FROM schema_version').get()).toEqual({ n: files.length });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('applies a migration numbered below the recorded version when it was not applied (a gap filled later)', () => {
    setup();
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    writeFileSync(join(migrations, '001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(migrations, '003_c.sql'), 'CREATE TABLE c (x INTEGER);');
    const fresh = new Database(':memory:');
    try {
      expect(migrate(fresh, migrations)).toBe(3);
      writeFileSync(join(migrations, '002_b.sql'), 'CREATE TABLE b (x INTEGER);');
      expect(migrate(fresh, migrations)).toBe(3);
      const versions = fresh.prepare('SELECT version FROM schema_version ORDER BY version').all();
      expect(versions).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
      expect(fresh.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toEqual({ name: 'b' });
      expect(migrate(fresh, migrations)).toBe(3);
    } finally {
      fresh.close();
    }
  });

  it('imports the five seeds; re-importing a file updates it in place', async () => {
    setup();
    const nanjing = join(SEEDS, 'nanjing-2022-science-literacy.txt');
    const first = await importFile(db, nanjing, ALIASES, NOW);
    const before = counts();
    const again = await importFile(db, nanjing, ALIASES, NOW);
    expect(again).toMatchObject({ id: first.id, replaced: true });
    expect(counts()).toEqual(before);
    for (const f of [
      'changning-2021-kepu-14th-fyp.txt',
      'shanghai-2022-kepu-14th-fyp.txt',
      'haian-2022-science-literacy.txt',
      'qingyunpu-2022-science-literacy.md',
    ])
      await importFile(db, join(SEEDS, f), ALIASES, NOW);
    expect(listPlans(db, null).map((p) => p.tasks)).toEqual([39, 11, 21, 33, 38]);
    await importFile(db, nanjing, ALIASES, NOW);
    // The unit totals kept at import equal a count from scratch, after a re-import too.
    const fromScratch = unitTotalsFromScratch();
    expect(fromScratch.length).toBeGreaterThan(20);
    expect(db.prepare('SELECT * FROM unit_stat ORDER BY 1, 2').raw().all()).toEqual(fromScratch);
  });

  it('finds the plan an import replaces by content first, else by title, issuer and number, of the same owner only', async () => {
    setup();
    await importSeeds();
    const [a, b] = listPlans(db, null);
    const shaOf = (id: number) => db.prepare('SELECT sha256 FROM plan WHERE id = ?').pluck().get(id) as string;
    const named = (p: typeof a) => ({ title: p!.title, issuer: p!.issuer, docNumber: p!.docNumber });
    expect(replacedBy(db, null, named(b), shaOf(a!.id))?.id).toBe(a!.id);
    expect(replacedBy(db, null, named(b), 'other content')?.id).toBe(b!.id);
    expect(replacedBy(db, null, { ...named(b), docNumber: 'another number' }, 'other content')).toBeUndefined();
    expect(replacedBy(db, 'T1', named(b), shaOf(b!.id))).toBeUndefined();
  });

  it('rejects an empty, a binary, a truncated and a random-text file and one of headings only, leaving the database unchanged', async () => {
    setup();
    await importFile(db, join(SEEDS, 'qingyunpu-2022-science-literacy.md'), ALIASES, NOW);
    const before = counts();
    const seed = readFileSync(join(SEEDS, 'nanjing-2022-science-literacy.txt'));
    const cases: [string, string | Uint8Array, ImportError['reason']][] = [
      ['empty.txt', '', 'empty'],
      ['binary.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) % 256), 'binary'],
      ['truncated.txt', seed.subarray(0, 900), 'not-a-plan'],
      ['random.txt', '这只是一段普通的文字，没有任何规划的结构。\n明天见。', 'not-a-plan'],
      [
        'headings.txt',
        '某区科普工作方案\n一、指导思想\n以创新发展为指导，推动科普工作。\n二、基本原则\n坚持政府推动，全民参与。\n' +
          '三、保障措施\n（一）加强组织领导。各单位要高度重视。\n（二）强化宣传引导。营造良好氛围。',
        'no-tasks',
      ],
    ];
    for (const [name, content, reason] of cases) {
      const err = await importFile(db, file(name, content), ALIASES, NOW).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).reason).toBe(reason);
    }
    await expect(importFile(db, join(dir, 'missing.txt'), ALIASES, NOW)).rejects.toThrow(/cannot read/);
    expect(counts()).toEqual(before);
  });

  it('imports a GB18030-encoded file', async () => {
    setup();
    const r = await importFile(db, join(__dirname, 'fixtures', 'gbk-plan.txt'), ALIASES, NOW);
    expect(r).toMatchObject({ title: '某某县全民科学素质行动实施方案（2026—2030年）', tasks: 2 });
  });

  it('rolls back a failing import completely', async () => {
    setup();
    const before = counts();
    db.exec(`CREATE TRIGGER boom BEFORE INSERT ON target BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    await expect(importFile(db, join(SEEDS, 'nanjing-2022-science-literacy.txt'), ALIASES, NOW)).rejects.toThrow(
      /boom/,
    );
    expect(counts()).toEqual(before);
  });

  it('finds 1-, 2- and 3+-character Chinese queries with bm25 ranking', async () => {
    setup();
    await importFile(db, join(SEEDS, 'nanjing-2022-science-literacy.txt'), ALIASES, NOW);
    const search = (q: string) => searchTasks(db, { ws: 'console', terms: queryTerms(q), limit: 50, offset: 0 });
    const like = (q: string) =>
      (db.prepare(`SELECT count(*) AS n FROM task WHERE title || text LIKE ?`).get(`%${q}%`) as { n: number }).n;
    for (const q of ['农', '农民', '防灾减灾', '科学素质']) expect(search(q).total).toBe(like(q));
    expect(search('农民').rows[0]!.title).toBe('实施高素质农民培育工程');
    expect(search('農民').total).toBe(like('农民'));
  });

  it('answers unit and plan filters from the index as a scan of the plans a workspace sees would', async () => {
    setup();
    await importSeeds();
    const g1 = (await importAs('G1', 'haian-2022-science-literacy.txt')).id;
    const g2 = (await importAs('G2', 'nanjing-2022-science-literacy.txt')).id;
    const scan = (ws: string, q: string, unit: string | null, plan: number | null) =>
      db
        .prepare(
          `SELECT t.id FROM task t JOIN plan p ON p.id = t.plan_id WHERE (p.workspace IS NULL OR p.workspace = ?)
           AND (t.title || t.text) LIKE ? AND (? IS NULL OR t.plan_id = ?)
           AND (? IS NULL OR EXISTS (SELECT 1 FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id AND u.name LIKE ?))
           ORDER BY t.id`,
        )
        .pluck()
        .all(ws, `%${q}%`, plan, plan, unit, `%${unit}%`);
    for (const ws of ['console', 'G1', 'G2'])
      for (const [q, unit, plan] of [
        ['科普', '科协', null],
        ['科普', null, 2],
        ['学校', '教育', 3],
        ['馆', '科协', null],
        ['馆', '农业农村', null],
        // A unit of one character, in no index: checked on the text's hits.
        ['馆', '局', null],
        ['科普', '局', null],
        ['农', '妇联', null],
        ['学', '区科协', g1],
        ['应急', '应急管理', null],
        ['科', null, 1],
        ['', '文明办', null],
        ['农民', null, null],
        ['农', null, null],
        ['科普', null, g1],
        ['', '科协', g2],
        ['', null, g2],
        // Words that are marker tokens of the units and owner columns ('zz' between unit names, plan owners).
        ['zz', null, null],
        ['wlib', null, null],
        ['wown', '科协', null],
      ] as const) {
        const expected = scan(ws, q, unit, plan);
        if (ws === 'G2' && plan === g2) expect(expected.length).toBeGreaterThan(0);
        // The unit checked on the text's hits (indexed 0), or in the MATCH expression: its hits and the text's
        // ranked, or with few text hits kept in one query.
        for (const [indexed, scored] of [
          [0, 0],
          [1e9, 0],
          [1e9, 500],
        ]) {
          const found = searchTasks(db, {
            ws,
            terms: queryTerms(q),
            unit: unit ?? undefined,
            planId: plan ?? undefined,
            limit: 1000,
            ranked: 40,
            indexed,
            scored,
            offset: 0,
          });
          expect(found.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(expected);
          expect(found.total).toBe(found.rows.length);
        }
      }
  });

  it('answers a theme filter from the links, naming tasks first, in the plans a workspace sees', async () => {
    setup();
    await importSeeds();
    await importAs('G1', 'haian-2022-science-literacy.txt');
    await importAs('G2', 'nanjing-2022-science-literacy.txt');
    const theme = { dayIds: ['national-disaster-prevention-day'], names: ['防灾减灾日', '全国防灾减灾日'] };
    for (const ws of ['console', 'G1', 'G2']) {
      const expected = db
        .prepare(
          `SELECT t.id FROM task t JOIN plan p ON p.id = t.plan_id WHERE (p.workspace IS NULL OR p.workspace = ?)
             AND t.id IN (${THEME_TASKS}) ORDER BY t.id`,
        )
        .pluck()
        .all(ws, JSON.stringify(theme.dayIds), JSON.stringify(theme.names));
      expect(expected.length).toBeGreaterThan(2);
      const found = searchTasks(db, { ws, terms: [], theme, limit: 1000, offset: 0 });
      expect(found.total).toBe(expected.length);
      expect(found.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(expected);
      const named = found.rows.map((r) => r.themeDays.some((n) => theme.names.includes(n)));
      expect(named.indexOf(false)).toBeGreaterThan(0);
      expect(named.slice(named.indexOf(false))).not.toContain(true);
    }
  });

  it('lists the targets due in a year (yearly ones through their plan period) by year, plan and order, page by page', async () => {
    setup();
    await importSeeds();
    await importAs('G1', 'haian-2022-science-literacy.txt');
    type Row = { id: number; planId: number; seq: number; year: number | null; recurrence: string | null };
    const all = db
      .prepare(
        `SELECT g.id, g.plan_id AS planId, g.seq, g.year, g.recurrence, p.workspace, p.period_start AS first,
           p.period_end AS last FROM target g JOIN plan p ON p.id = g.plan_id`,
      )
      .all() as (Row & { workspace: string | null; first: number | null; last: number | null })[];
    const order = (a: Row, b: Row) =>
      Number(a.year === null) - Number(b.year === null) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      a.planId - b.planId ||
      a.seq - b.seq;
    let yearly = 0;
    for (const ws of ['console', 'G1'])
      for (const year of [undefined, 2021, 2023, 2025, 2030, 2036]) {
        const expected = all
          .filter((g) => g.workspace === null || g.workspace === ws)
          .filter((g) =>
            year === undefined
              ? true
              : g.recurrence === null
                ? g.year === year
                : g.first !== null && g.first <= year && year <= (g.year ?? g.last ?? -1),
          )
          .sort(order)
          .map((g) => g.id);
        yearly += all.filter((g) => g.recurrence && expected.includes(g.id)).length;
        const found = listTargets(db, { ws, year });
        expect(found.total).toBe(expected.length);
        expect(found.rows.map((r) => r.id)).toEqual(expected);
        const paged = [0, 7, 14, 21, 28, 35, 42, 49].flatMap((offset) =>
          listTargets(db, { ws, year }, { limit: 7, offset }).rows.map((r) => r.id),
        );
        expect(paged).toEqual(expected.slice(0, 56));
      }
    expect(yearly).toBeGreaterThan(0);
  });

  it('reads task briefs with the units of the full row, in printed order, leads apart', async () => {
    setup();
    await importSeeds();
    const ids = db.prepare('SELECT id FROM task ORDER BY id DESC').pluck().all() as number[];
    const full = tasksById(db, ids);
    expect(full.some((t) => t.leadUnits.length > 0 && t.units.length > 2)).toBe(true);
    expect(taskBriefs(db, ids)).toEqual(
      full.map(({ id, planId, seq, title, planTitle, units, leadUnits }) => ({
        ...{ id, planId, seq, title, planTitle, units, leadUnits },
      })),
    );
  });

  it('pages every hit once past the ranked ones', async () => {
    setup();
    await importSeeds();
    const all = searchTasks(db, { ws: 'console', terms: queryTerms('科普'), limit: 1000, offset: 0 });
    const paged = [0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126].flatMap((offset) =>
      searchTasks(db, { ws: 'console', terms: queryTerms('科普'), limit: 7, offset, ranked: 20 }).rows.map((r) => r.id),
    );
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.length).toBe(Math.min(all.total, 133));
  });

  it('stops counting at the bound, says so, and pages as far', async () => {
    setup();
    await importSeeds();
    for (const q of ['科普', '科']) {
      const all = searchTasks(db, { ws: 'console', terms: queryTerms(q), limit: 1000, offset: 0 });
      expect(all.total).toBeGreaterThan(12);
      expect(all.more).toBe(false);
      const bounded = (offset: number) =>
        searchTasks(db, { ws: 'console', terms: queryTerms(q), limit: 5, offset, counted: 12, ranked: 8 });
      expect(bounded(0)).toMatchObject({ total: 12, more: true });
      const ids = [0, 5, 10].flatMap((o) => bounded(o).rows.map((r) => r.id));
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      expect(ids.every((id) => all.rows.some((r) => r.id === id))).toBe(true);
      // Past the bound, text hits are ranked without bm25: those with the term in their title come first.
      const top = searchTasks(db, { ws: 'console', terms: queryTerms(q), limit: 5, offset: 0, counted: 12 }).rows;
      if (q.length > 1) expect(top[0]!.title).toContain(q);
      expect(
        searchTasks(db, { ws: 'console', terms: queryTerms(q), limit: 5, offset: 0, counted: all.total }),
      ).toMatchObject({
        total: all.total,
        more: false,
      });
    }
  });

  it('ranks the newest hits past the bound by BM25 without IDF, title occurrences counting 3', async () => {
    setup();
    await importSeeds();
    const count = (text: string, term: string) => text.split(term).length - 1;
    for (const q of ['科普', '科学 素质']) {
      const terms = queryTerms(q);
      const all = searchTasks(db, { ws: 'console', terms, limit: 1000, offset: 0 }).rows;
      const newest = [...all].sort((a, b) => b.id - a.id).slice(0, 10);
      const length = (t: TaskRow) => Buffer.byteLength(t.title) + Buffer.byteLength(t.text);
      const average = newest.reduce((n, t) => n + length(t), 0) / newest.length;
      const score = (t: TaskRow) =>
        terms.reduce((sum, term) => {
          const tf = 3 * count(t.title, term) + count(t.text, term);
          return sum + (tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length(t)) / average));
        }, 0);
      const expected = newest
        .map((t) => ({ id: t.id, score: score(t) }))
        .sort((a, b) => b.score - a.score || b.id - a.id)
        .map((t) => t.id);
      const found = searchTasks(db, { ws: 'console', terms, limit: 10, offset: 0, counted: 12, ranked: 10 });
      expect(found.more).toBe(true);
      expect(found.rows.map((r) => r.id)).toEqual(expected);
    }
  });

  it("with a unit filter, ranks the unit's hits among the text's newest as the text alone ranks them, then the rest newest first; past the counting bound, counts them among the text's newest", async () => {
    setup();
    await importSeeds();
    const terms = queryTerms('科普');
    const text = searchTasks(db, { ws: 'console', terms, limit: 1000, offset: 0 }).rows.map((r) => r.id);
    const named = (id: number) =>
      (db
        .prepare(
          `SELECT count(*) FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = ? AND u.name LIKE '%科协%'`,
        )
        .pluck()
        .get(id) as number) > 0;
    const hits = text.filter(named).sort((a, b) => b - a);
    const floor = [...text].sort((a, b) => b - a)[39]!;
    const window = hits.filter((id) => id >= floor);
    expect(window.length).toBeGreaterThan(1);
    expect(hits.length).toBeGreaterThan(window.length + 5);
    const page = (offset: number, limit: number) =>
      searchTasks(db, { ws: 'console', terms, unit: '科协', limit, offset, ranked: 40, scored: 0 });
    // The unit's hits among the text's 40 newest, in the order bm25 ranks those 40 without the filter; then the
    // unit's older hits, newest first.
    const bm25 = searchTasks(db, { ws: 'console', terms, limit: 40, offset: 0, ranked: 40 }).rows.map((r) => r.id);
    expect(bm25).not.toEqual([...bm25].sort((a, b) => b - a));
    const small = page(0, 1000).rows.map((r) => r.id);
    expect(small.slice(0, window.length)).toEqual(bm25.filter(named));
    expect(small.slice(window.length)).toEqual(hits.slice(window.length));
    const paged = Array.from({ length: Math.ceil(hits.length / 3) }, (_, i) => page(3 * i, 3).rows.map((r) => r.id));
    expect(paged.flat()).toEqual(small);
    // Past the counting bound (50), the unit's hits among the text's 51 newest, when as many as are ranked (20):
    // counted there ("N+"), those among the text's 20 newest ranked, then the others newest first.
    const newest = [...text].sort((a, b) => b - a);
    const seen = newest.slice(0, 51).filter(named);
    expect(seen.length).toBeGreaterThanOrEqual(20);
    const bounded = (offset: number, limit: number, counted: number, ranked: number) =>
      searchTasks(db, { ws: 'console', terms, unit: '科协', limit, offset, ranked, counted, indexed: 0 });
    const first = bounded(0, 1000, 50, 20);
    expect(first).toMatchObject({ total: seen.length, more: true });
    const top = seen.filter((id) => id >= newest[19]!);
    const ids = first.rows.map((r) => r.id);
    expect([...ids.slice(0, top.length)].sort((a, b) => b - a)).toEqual(top);
    expect(ids.slice(top.length)).toEqual(seen.slice(top.length));
    const pages = Array.from({ length: Math.ceil(seen.length / 3) }, (_, i) =>
      bounded(3 * i, 3, 50, 20).rows.map((r) => r.id),
    );
    expect(pages.flat()).toEqual(ids);
    // Fewer of them than are ranked: counted in the index up to the bound, the unit's hits among the text's 40
    // newest ranked first.
    const few = bounded(0, 1000, 10, 40);
    expect(few).toMatchObject({ total: 10, more: true });
    expect(few.rows.every((r) => window.includes(r.id))).toBe(true);
  });

  it('keeps no copy of the text in the full-text index; removal and re-import keep the indexes and unit totals in step', async () => {
    setup();
    await importSeeds();
    const g1 = (await importAs('G1', 'haian-2022-science-literacy.txt')).id;
    await importAs('G2', 'nanjing-2022-science-literacy.txt');
    expect(db.prepare('SELECT count(*) FROM task_fts WHERE title IS NOT NULL').pluck().get()).toBe(0);
    const figures = () => snapshot();
    const before = figures();
    // Removing a plan takes its index rows and unit totals with it; storing it again brings them back.
    db.transaction(() => deletePlanRows(db, g1)).immediate();
    const removed = figures();
    expect(removed).not.toEqual(before);
    expect(db.prepare('SELECT count(*) FROM task_chars WHERE task_chars MATCH ?').pluck().get('"农"')).toBe(
      db.prepare(`SELECT count(*) FROM task WHERE title || text LIKE '%农%'`).pluck().get(),
    );
    await importAs('G1', 'haian-2022-science-literacy.txt');
    expect(figures()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM task_fts WHERE task_fts MATCH ?').pluck().get('"科普"')).toBe(
      db.prepare(`SELECT count(*) FROM task WHERE title || text LIKE '%科普%'`).pluck().get(),
    );
    expect(unitTotalsFromScratch()).toEqual(db.prepare('SELECT * FROM unit_stat ORDER BY 1, 2').raw().all());
  });

  it('migrates a database of the previous schema (with library and workspace plans): search, units and removal work', async () => {
    setup();
    await importSeeds();
    await importAs('G1', 'haian-2022-science-literacy.txt');
    const g2 = (await importAs('G2', 'nanjing-2022-science-literacy.txt')).id;
    const before = snapshot();
    // Back to the schema before migration 009: full-text indexes with their own copy of the text, no unit totals.
    db.exec(`DROP TABLE task_fts; DROP TABLE task_chars; DROP TABLE unit_stat; DROP TABLE task_change;
      CREATE VIRTUAL TABLE task_fts USING fts5(title, body, tokenize = 'unicode61');
      CREATE VIRTUAL TABLE task_chars USING fts5(chars, tokenize = 'unicode61', detail = none);
      INSERT INTO task_fts (rowid, title, body) SELECT id, kepu_bigrams(title), kepu_bigrams(text) FROM task;
      INSERT INTO task_chars (rowid, chars) SELECT id, kepu_chars(title || text) FROM task;
      DROP INDEX milestone_due; ALTER TABLE milestone DROP COLUMN due;
      DELETE FROM schema_version WHERE version > 8;`);
    db.close();
    db = openDb(join(dir, 'kepu.db'));
    expect(db.prepare('SELECT max(version) FROM schema_version').pluck().get()).toBe(14);
    expect(snapshot()).toEqual(before);
    expect(unitTotalsFromScratch()).toEqual(db.prepare('SELECT * FROM unit_stat ORDER BY 1, 2').raw().all());
    // The rebuilt indexes take deletions: removing a workspace's plan leaves no hit of it.
    db.transaction(() => deletePlanRows(db, g2)).immediate();
    expect(searchTasks(db, { ws: 'G2', terms: queryTerms('农民'), limit: 1000, offset: 0 }).total).toBe(
      searchTasks(db, { ws: 'console', terms: queryTerms('农民'), limit: 1000, offset: 0 }).total,
    );
    expect(unitTotalsFromScratch()).toEqual(db.prepare('SELECT * FROM unit_stat ORDER BY 1, 2').raw().all());
  });

  it('builds MATCH expressions only from CJK characters and words', () => {
    expect(matchExpression(queryTerms('" OR 1=1 -- NEAR( * 农民'))).toBe(
      '"农民" AND {title body}: ("or" AND "1" AND "1" AND "near")',
    );
    expect(matchExpression(queryTerms('*()"'))).toBeNull();
  });

  it('indexes CJK runs as bigrams and words in lower case, and each CJK character once, for texts of any length', () => {
    // The definitions, as regular expressions: the runs of CJK characters and of [a-z0-9] in the lower-cased text.
    const runs = (t: string) => t.toLowerCase().match(/[\u3400-\u9fff]+|[a-z0-9]+/g) ?? [];
    const expected = (t: string) =>
      runs(t)
        .flatMap((r) => (r.length > 1 && /[\u3400-\u9fff]/.test(r) ? [...r].slice(1).map((c, i) => r[i]! + c) : [r]))
        .join(' ');
    const distinct = (t: string) => [...new Set(t.match(/[\u3400-\u9fff]/g))].join(' ');
    const alphabet = ['科', '普', '农', '民', '㐀', '鿿', 'A', 'z', '7', ' ', '，', '-', 'İ', '𠀀', '\n'];
    let seed = 7;
    const random = (n: number) =>
      Array.from({ length: n }, () => alphabet[(seed = (seed * 48271) % 2147483647) % alphabet.length]).join('');
    for (const text of ['', '科', '农民', 'ABC abc123 科 a科b', ...[10, 100, 5000, 40_000].map(random)]) {
      expect(bigrams(text)).toBe(expected(text));
      expect(chars(text)).toBe(distinct(text));
    }
  });

  it('stores a cap (≤5.2) as a target of its own comparator, in a database migrated from before caps', async () => {
    setup();
    // the target table as migrations before 014 made it: its CHECK knew no '<='
    db.exec(`DROP TABLE target;
      CREATE TABLE target (id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, task_id INTEGER REFERENCES task(id) ON DELETE CASCADE, quote TEXT NOT NULL,
        metric TEXT NOT NULL, comparator TEXT NOT NULL CHECK (comparator IN ('>', '>=', '=', '~', 'range')),
        value REAL NOT NULL, value_max REAL, unit TEXT NOT NULL, year INTEGER,
        recurrence TEXT CHECK (recurrence IN ('annual')), UNIQUE (plan_id, seq));
      CREATE INDEX target_due ON target(recurrence, year, plan_id);
      DELETE FROM schema_version WHERE version >= 14;`);
    db.close();
    db = openDb(join(dir, 'kepu.db'));
    const text = ['某市“十五五”卫生健康规划', '一、发展目标', '主要指标', '指标', '2025年', '2030年', '属性'];
    text.push(
      '婴儿死亡率（‰）',
      '5.4',
      '≤5.2',
      '预期性',
      '二、主要任务',
      '（一）加强妇幼健康服务。（市卫生健康委负责）',
    );
    await importFile(db, file('plan.txt', text.join('\n')), ALIASES, NOW);
    const [plan] = exportPlans(db).plans;
    expect(plan!.targets.map((t) => [t.metric, t.comparator, t.value, t.year])).toEqual([
      ['婴儿死亡率', '<=', 5.2, 2030],
    ]);
  });

  it('exports plans in the documented camelCase schema', async () => {
    setup();
    await importFile(db, join(SEEDS, 'nanjing-2022-science-literacy.txt'), ALIASES, NOW);
    const [plan] = exportPlans(db).plans;
    expect(Object.keys(plan!)).toEqual([
      'id',
      'source',
      'title',
      'issuer',
      'docNumber',
      'issuedOn',
      'region',
      'period',
      'tasks',
      'targets',
      'milestones',
      'themeDays',
    ]);
    expect(Object.keys(plan!.tasks[0]!)).toEqual([
      'id',
      'part',
      'path',
      'number',
      'title',
      'text',
      'leadUnits',
      'units',
      'themeDays',
    ]);
    expect(Object.keys(plan!.targets[0]!)).toEqual([
      'id',
      'taskId',
      'quote',
      'metric',
      'comparator',
      'value',
      'valueMax',
      'unit',
      'year',
      'recurrence',
    ]);
    expect(plan!.tasks.filter((t) => t.part === 'guarantee')).toHaveLength(8);
    const farmers = plan!.targets.find((t) => t.comparator === 'range')!;
    expect(plan!.tasks.find((t) => t.id === farmers.taskId)!.title).toBe('实施高素质农民培育工程');
  });
});
