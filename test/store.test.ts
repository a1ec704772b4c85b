import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, migrate, type Db } from '../src/store/db.js';
import { ImportError, importFile } from '../src/services/importer.js';
import { listPlans } from '../src/store/plans.js';
import { searchTasks } from '../src/store/tasks.js';
import { exportPlans } from '../src/store/export.js';
import { queryTerms, matchExpression } from '../src/store/fts.js';
import { loadCatalog } from '../src/calendar/catalog.js';

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
  rmSync(dir, { recursive: true, force: true });
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

describe('store', () => {
  it('applies numbered migrations once and records the version', () => {
    setup();
    const files = readdirSync(join(__dirname, '..', 'src', 'store', 'migrations')).filter((f) =>
      /^\d+_.*\.sql$/.test(f),
    );
    expect(migrate(db)).toBe(Math.max(...files.map((f) => Number(f.split('_')[0]))));
    expect(db.prepare('SELECT count(*) AS n FROM schema_version').get()).toEqual({ n: files.length });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('imports the five seeds; re-importing a file updates it in place', () => {
    setup();
    const nanjing = join(SEEDS, 'nanjing-2022-science-literacy.txt');
    const first = importFile(db, nanjing, ALIASES, NOW);
    const before = counts();
    const again = importFile(db, nanjing, ALIASES, NOW);
    expect(again).toMatchObject({ id: first.id, replaced: true });
    expect(counts()).toEqual(before);
    for (const f of [
      'changning-2021-kepu-14th-fyp.txt',
      'shanghai-2022-kepu-14th-fyp.txt',
      'haian-2022-science-literacy.txt',
      'qingyunpu-2022-science-literacy.md',
    ])
      importFile(db, join(SEEDS, f), ALIASES, NOW);
    expect(listPlans(db).map((p) => p.tasks)).toEqual([39, 11, 21, 33, 38]);
    importFile(db, nanjing, ALIASES, NOW);
    // The unit totals kept at import equal a count from scratch, after a re-import too.
    const fromScratch = db
      .prepare(
        `SELECT tu.unit_id, sum(tu.role = 'lead'), sum(tu.role = 'responsible'), count(DISTINCT t.plan_id)
         FROM task_unit tu JOIN task t ON t.id = tu.task_id GROUP BY tu.unit_id ORDER BY 1`,
      )
      .raw()
      .all();
    expect(fromScratch.length).toBeGreaterThan(20);
    expect(db.prepare('SELECT * FROM unit_stat WHERE lead + responsible > 0 ORDER BY 1').raw().all()).toEqual(
      fromScratch,
    );
  });

  it('rejects an empty, a binary, a truncated and a random-text file, leaving the database unchanged', () => {
    setup();
    importFile(db, join(SEEDS, 'qingyunpu-2022-science-literacy.md'), ALIASES, NOW);
    const before = counts();
    const seed = readFileSync(join(SEEDS, 'nanjing-2022-science-literacy.txt'));
    const cases: [string, string | Uint8Array, ImportError['reason']][] = [
      ['empty.txt', '', 'empty'],
      ['binary.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) % 256), 'binary'],
      ['truncated.txt', seed.subarray(0, 900), 'not-a-plan'],
      ['random.txt', '这只是一段普通的文字，没有任何规划的结构。\n明天见。', 'not-a-plan'],
    ];
    for (const [name, content, reason] of cases) {
      const err = (() => {
        try {
          importFile(db, file(name, content), ALIASES, NOW);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).reason).toBe(reason);
    }
    expect(() => importFile(db, join(dir, 'missing.txt'), ALIASES, NOW)).toThrow(/cannot read/);
    expect(counts()).toEqual(before);
  });

  it('imports a GB18030-encoded file', () => {
    setup();
    const r = importFile(db, join(__dirname, 'fixtures', 'gbk-plan.txt'), ALIASES, NOW);
    expect(r).toMatchObject({ title: '某某县全民科学素质行动实施方案（2026—2030年）', tasks: 2 });
  });

  it('rolls back a failing import completely', () => {
    setup();
    const before = counts();
    db.exec(`CREATE TRIGGER boom BEFORE INSERT ON target BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    expect(() => importFile(db, join(SEEDS, 'nanjing-2022-science-literacy.txt'), ALIASES, NOW)).toThrow(/boom/);
    expect(counts()).toEqual(before);
  });

  it('finds 1-, 2- and 3+-character Chinese queries with bm25 ranking', () => {
    setup();
    importFile(db, join(SEEDS, 'nanjing-2022-science-literacy.txt'), ALIASES, NOW);
    const search = (q: string) => searchTasks(db, { terms: queryTerms(q), limit: 50, offset: 0 });
    const like = (q: string) =>
      (db.prepare(`SELECT count(*) AS n FROM task WHERE title || text LIKE ?`).get(`%${q}%`) as { n: number }).n;
    for (const q of ['农', '农民', '防灾减灾', '科学素质']) expect(search(q).total).toBe(like(q));
    expect(search('农民').rows[0]!.title).toBe('实施高素质农民培育工程');
    expect(search('農民').total).toBe(like('农民'));
  });

  it('answers unit and plan filters from the index as a scan of the tables would', () => {
    setup();
    for (const f of readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f)))
      importFile(db, join(SEEDS, f), ALIASES, NOW);
    const scan = (q: string, unit: string | null, plan: number | null) =>
      db
        .prepare(
          `SELECT t.id FROM task t WHERE (title || text) LIKE ? AND (? IS NULL OR t.plan_id = ?)
           AND (? IS NULL OR EXISTS (SELECT 1 FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id AND u.name LIKE ?))
           ORDER BY t.id`,
        )
        .pluck()
        .all(`%${q}%`, plan, plan, unit, `%${unit}%`);
    for (const [q, unit, plan] of [
      ['科普', '科协', null],
      ['科普', null, 2],
      ['学校', '教育', 3],
      ['馆', '科协', null],
      ['科', null, 1],
      ['', '文明办', null],
    ] as const) {
      for (const probed of [0, 500]) {
        const found = searchTasks(db, {
          terms: queryTerms(q),
          unit: unit ?? undefined,
          planId: plan ?? undefined,
          limit: 1000,
          probed,
          offset: 0,
        });
        expect(found.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(scan(q, unit, plan));
        expect(found.total).toBe(found.rows.length);
      }
    }
  });

  it('pages every hit once past the ranked ones', () => {
    setup();
    for (const f of readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f)))
      importFile(db, join(SEEDS, f), ALIASES, NOW);
    const all = searchTasks(db, { terms: queryTerms('科普'), limit: 1000, offset: 0 });
    const paged = [0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126].flatMap((offset) =>
      searchTasks(db, { terms: queryTerms('科普'), limit: 7, offset, ranked: 20 }).rows.map((r) => r.id),
    );
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.length).toBe(Math.min(all.total, 133));
  });

  it('keeps no copy of the text in the full-text index and rebuilds it when migrating', () => {
    setup();
    importFile(db, join(SEEDS, 'nanjing-2022-science-literacy.txt'), ALIASES, NOW);
    expect(db.prepare('SELECT count(*) FROM task_fts WHERE title IS NOT NULL').pluck().get()).toBe(0);
    const before = searchTasks(db, { terms: queryTerms('农民'), unit: '农业农村', limit: 50, offset: 0 }).total;
    expect(before).toBeGreaterThan(0);
    db.exec('DROP TABLE unit_stat; DELETE FROM task_fts; DELETE FROM schema_version WHERE version >= 9');
    expect(searchTasks(db, { terms: queryTerms('农民'), limit: 50, offset: 0 }).total).toBe(0);
    migrate(db);
    expect(searchTasks(db, { terms: queryTerms('农民'), unit: '农业农村', limit: 50, offset: 0 }).total).toBe(before);
    expect(searchTasks(db, { terms: queryTerms('农'), limit: 50, offset: 0 }).total).toBeGreaterThan(0);
  });

  it('builds MATCH expressions only from CJK characters and words', () => {
    expect(matchExpression(queryTerms('" OR 1=1 -- NEAR( * 农民'))).toBe(
      '{title body}: ("or" AND "1" AND "1" AND "near" AND "农民")',
    );
    expect(matchExpression(queryTerms('*()"'))).toBeNull();
  });

  it('exports plans in the documented camelCase schema', () => {
    setup();
    importFile(db, join(SEEDS, 'nanjing-2022-science-literacy.txt'), ALIASES, NOW);
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
