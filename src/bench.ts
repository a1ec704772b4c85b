/**
 * `npm run bench [-- --size 100,1000 | --size 10000 | --size all]`: figures on a realistic synthetic corpus
 * (src/bench-corpus.ts) at each size, each with its aim and whether it is met, then the sizes side by side.
 * - parse (MB/s), import one file after another (parse + store; the store against the bare-insert floor of
 *   the schema), `kepu import` of up to 1 000 of the files (parsed in worker threads beside the store),
 *   database size;
 * - task search p50/p99 over 41 queries (1–4+ characters, unit and plan filters) against a LIKE scan, with
 *   library plans only and again once another workspace owns a plan (the workspace scope in every query);
 * - every command end to end (dispatch + text rendering), its first call apart; digests for 10 000
 *   subscriptions, in May and on 20 December (when the windows reach 31 December);
 * - command latency while a large file is imported (parse and store in worker threads);
 * - the whole process: `kepu ask "/tasks 农民"` wall time and peak RSS;
 * - once, after the sizes: PDF and DOCX files made from the seeds, text extraction and whole import.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createApp, SEEDS } from './app.js';
import { manualClock } from './clock.js';
import { openDb, type Db } from './store/db.js';
import { derive, ImportError, importBytes, parseFile } from './services/importer.js';
import { extractText } from './files/extract.js';
import { renderText } from './adapters/console/render.js';
import { consoleCaller } from './adapters/console/console.js';
import { likeEscape } from './store/tasks.js';
import { ownerTokens, taskTerms } from './store/fts.js';
import { DigestCache } from './services/digest.js';
import { renderDigest } from '../commands/replies/digest.js';
import { loadSeeds, realisticCorpus } from './bench-corpus.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function stats(samples: number[]): { p50: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99) };
}

function timeEach(n: number, fn: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** One figure of one size: shown, its aim, and whether the aim holds (null: no aim at this size). */
interface Figure {
  what: string;
  value: string;
  aim: string;
  met: boolean | null;
}

interface Query {
  query: string;
  unit?: string;
  plan?: boolean;
}

/** 41 queries as people type them: 1-, 2-, 3- and 4+-character terms, some with a unit or plan filter. */
const QUERIES: Query[] = [
  ...['农', '科', '馆', '校', '医', '碳'].map((query) => ({ query })),
  ...['农民', '科普', '应急', '场馆', '社区', '学校', '气象', '健康', '数字'].map((query) => ({ query })),
  ...['科学家', '志愿者', '科技馆', '老年人', '青少年', '防灾减'].map((query) => ({ query })),
  ...['科学素质', '防灾减灾', '志愿服务', '青少年科技', '老年人健康', '科普基础设施', '全国科普日'].map((query) => ({
    query,
  })),
  { query: '科普', unit: '科协' },
  { query: '农民', unit: '农业农村' },
  { query: '学校', unit: '教育' },
  { query: '社区', unit: '科协' },
  { query: '健康', unit: '卫生健康' },
  { query: '应急', plan: true },
  { query: '科学素质', plan: true },
  { query: '健康', unit: '卫生健康', plan: true },
  { query: '科', plan: true },
  { query: '馆', unit: '科协' },
  // A common text with a less common unit: the filter reads further than the text alone for its fewer hits.
  { query: '科普', unit: '农业农村' },
  { query: '科学素质', unit: '妇联' },
  { query: '志愿服务', unit: '文明办' },
];

/** The rows of the import database, re-inserted per plan by a minimal loop: the storage floor of the schema. */
function bareInsertFloor(from: Db, dir: string): number {
  const db = openDb(join(dir, 'floor.db'));
  const tables = ['plan', 'task', 'task_unit', 'task_theme', 'theme_mention', 'target', 'milestone'];
  const planOfTask = new Map(
    (from.prepare('SELECT id, plan_id FROM task').raw().all() as [number, number][]).map(([t, p]) => [t, p]),
  );
  type Op = [ReturnType<Db['prepare']>, unknown[]];
  const perPlan = new Map<number, Op[]>();
  const add = (plan: number, op: Op) => (perPlan.get(plan) ?? perPlan.set(plan, []).get(plan)!).push(op);
  const units = from.prepare('SELECT * FROM unit').raw().all() as unknown[][];
  for (const table of tables) {
    const cols = from.prepare(`SELECT * FROM ${table} LIMIT 0`).columns();
    const stmt = db.prepare(`INSERT INTO ${table} VALUES (${cols.map(() => '?').join(', ')})`);
    const planCol = cols.findIndex((c) => c.name === (table === 'plan' ? 'id' : 'plan_id'));
    const taskCol = cols.findIndex((c) => c.name === 'task_id');
    for (const row of from.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][]) {
      const plan = planCol >= 0 ? (row[planCol] as number) : planOfTask.get(row[taskCol] as number)!;
      add(plan, [stmt, row]);
    }
  }
  const fts = db.prepare('INSERT INTO task_fts (rowid, title, body, units, owner) VALUES (?, ?, ?, ?, ?)');
  const ch = db.prepare('INSERT INTO task_chars (rowid, chars) VALUES (?, ?)');
  for (const t of from
    .prepare(
      `SELECT t.id, t.plan_id, t.title, t.text, p.workspace,
         (SELECT json_group_array(name) FROM (SELECT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
           WHERE tu.task_id = t.id ORDER BY tu.role, tu.pos)) AS units
       FROM task t JOIN plan p ON p.id = t.plan_id`,
    )
    .all() as { id: number; plan_id: number; title: string; text: string; workspace: string | null; units: string }[]) {
    const owner = ownerTokens(t.workspace);
    const terms = taskTerms({ ...t, leadUnits: [], units: JSON.parse(t.units) as string[] });
    add(t.plan_id, [fts, [t.id, terms.title, terms.body, terms.units, owner]]);
    add(t.plan_id, [ch, [t.id, `${terms.chars} ${owner}`]]);
  }
  const unitStmt = db.prepare('INSERT INTO unit VALUES (?, ?, ?)');
  db.transaction(() => units.forEach((u) => unitStmt.run(...u)))();
  const t0 = performance.now();
  for (const ops of perPlan.values())
    db.transaction(() => ops.forEach(([s, p]) => (s.run as (...a: unknown[]) => unknown)(...p)))();
  const s = (performance.now() - t0) / 1000;
  db.close();
  return s;
}

async function benchSize(size: number, seeds: string[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  const fig = (what: string, value: string, aim = '', met: boolean | null = null) => {
    figures.push({ what, value, aim, met });
    console.log(`  ${what}: ${value}${aim ? `  (aim ${aim}: ${verdict(met!)})` : ''}`);
  };
  console.log(`\n== ${size} plans ==`);
  const files = realisticCorpus(seeds, size);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const mb = bytes / 1e6;
  const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
  const app = createApp({ dbPath: join(dir, 'bench.db'), clock, seeds: null });
  const days = app.services.themes.builtIn;

  // Warm-up: the parser compiled before either pass is timed, so the store part (their difference) holds no
  // compiling.
  for (const f of files.slice(0, 20)) derive(days, parseFile(f.bytes, f.name, days));
  let t0 = performance.now();
  for (const f of files) derive(days, parseFile(f.bytes, f.name, days));
  const parseS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (const f of files) await importBytes(app.db, f.bytes, f.name, days, clock.now());
  const importS = (performance.now() - t0) / 1000;
  const storeS = Math.max(importS - parseS, 1e-9);
  const tasks = app.db.prepare('SELECT count(*) FROM task').pluck().get() as number;
  const floorS = bareInsertFloor(app.db, dir);
  app.db.pragma('wal_checkpoint(TRUNCATE)');
  const dbBytes = statSync(join(dir, 'bench.db')).size;
  fig('corpus', `${mb.toFixed(1)} MB, ${tasks} tasks`);
  fig(
    'parse alone (with theme-day links and index terms)',
    `${(mb / parseS).toFixed(1)} MB/s (${parseS.toFixed(2)} s)`,
  );
  fig('import, one file after another (parse + store)', `${(mb / importS).toFixed(1)} MB/s (${importS.toFixed(2)} s)`);
  fig('store part of the import', `${storeS.toFixed(2)} s (${(mb / storeS).toFixed(1)} MB/s)`);
  // `kepu import` of many files: parsed by the worker threads while this thread stores those parsed.
  const bulkFiles = files.slice(0, 1000);
  const bulkMb = bulkFiles.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  const bulk = createApp({ dbPath: join(dir, 'bulk.db'), clock, seeds: null });
  t0 = performance.now();
  for await (const r of bulk.services.imports.importMany(
    null,
    bulkFiles.map((f) => ({ source: f.name, read: () => f.bytes })),
  ))
    if (r instanceof ImportError) throw r;
  const bulkS = (performance.now() - t0) / 1000;
  bulk.close();
  fig(
    `kepu import of ${bulkFiles.length} files (parse in workers beside the store)`,
    `${(bulkMb / bulkS).toFixed(1)} MB/s (${bulkS.toFixed(2)} s)`,
    '≥ 5 MB/s',
    bulkMb / bulkS >= 5,
  );
  fig('bare-insert floor', `${floorS.toFixed(2)} s`);
  fig('store / floor', `${(storeS / floorS).toFixed(2)}×`, '≤ 1.5×', storeS / floorS <= 1.5);
  fig(
    'database / text',
    `${(dbBytes / bytes).toFixed(2)}× (${(dbBytes / 1e6).toFixed(1)} MB)`,
    '≤ 3.5×',
    dbBytes / bytes <= 3.5,
  );

  const planId = Math.ceil(size / 2);
  const search = (q: Query) =>
    app.services.tasks.search({ query: q.query, unit: q.unit, planId: q.plan ? planId : undefined, page: 1 });
  const likeCount = app.db.prepare(
    `SELECT count(*) FROM task WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\'`,
  );
  const likePage = app.db.prepare(
    `SELECT id FROM task WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\' ORDER BY id LIMIT 5`,
  );
  const like = (q: string) => {
    const p = `%${likeEscape(q)}%`;
    likeCount.pluck().get(p, p);
    likePage.all(p, p);
  };
  const runs = size >= 10_000 ? 30 : 100;
  const ftsAll: number[] = [];
  const likeAll: number[] = [];
  const p50s = new Map<string, number>();
  console.log(`  search (${QUERIES.length} queries × ${runs}; LIKE × ${Math.ceil(runs / 10)}):`);
  for (const q of QUERIES) {
    search(q);
    const s = timeEach(runs, () => search(q));
    const l = timeEach(Math.ceil(runs / 10), () => like(q.query));
    ftsAll.push(...s);
    likeAll.push(...l);
    const label = `${q.query}${q.unit ? ` unit:${q.unit}` : ''}${q.plan ? ` plan:${planId}` : ''}`;
    p50s.set(label, stats(s).p50);
    const base = p50s.get(q.query);
    const found = search(q);
    const hits = `${found.total}${found.more ? '+' : ''}`;
    console.log(
      `    ${label.padEnd(22, ' ')} ${hits.padStart(6)} hits  p50 ${ms(stats(s).p50)} p99 ${ms(stats(s).p99)}  LIKE p50 ${ms(stats(l).p50)}` +
        (base !== undefined && label !== q.query ? `  (no filter p50 ${ms(base)})` : ''),
    );
  }
  const f = stats(ftsAll);
  const l = stats(likeAll);
  const searchAim = size >= 10_000 ? 30 : size >= 1000 ? 10 : null;
  fig(
    'search p50 / p99',
    `${ms(f.p50)} / ${ms(f.p99)}`,
    searchAim ? `p99 ≤ ${searchAim} ms` : '',
    searchAim ? f.p99 <= searchAim : null,
  );
  fig('LIKE scan p50', `${ms(l.p50)}; ratio ${(l.p50 / f.p50).toFixed(0)}×`, '≥ 20× at p50', l.p50 / f.p50 >= 20);
  const slower = QUERIES.filter((q) => q.unit || q.plan).filter((q) => {
    const label = `${q.query}${q.unit ? ` unit:${q.unit}` : ''}${q.plan ? ` plan:${planId}` : ''}`;
    return p50s.get(label)! > p50s.get(q.query)! * 1.2 + 0.05;
  });
  fig(
    'filtered queries slower than unfiltered',
    slower.length
      ? slower.map((q) => `${q.query}${q.unit ? ` unit:${q.unit}` : ''}${q.plan ? ' plan' : ''}`).join(', ')
      : 'none',
    'none (p50, 20% + 0.05 ms noise)',
    slower.length === 0,
  );

  const commands = [
    '/tasks 农民',
    '/tasks 防灾减灾 unit:科协',
    `/tasks 应急 plan:${planId}`,
    `/task ${planId}-5`,
    '/targets year:2025',
    '/units',
    '/units 科协',
    '/unit 科协',
    '/deadlines',
    '/themedays',
    '/plans',
    `/plan ${planId}`,
    '/tasks theme:全国科普日',
  ];
  const caller = consoleCaller('zh-CN');
  const timed = async (line: string) => {
    const t = performance.now();
    renderText(await app.dispatcher.runText(line, caller));
    return performance.now() - t;
  };
  // The first call of each in this process: code compiled, statements prepared, memoized results computed.
  const first: number[] = [];
  for (const line of commands) first.push(await timed(line));
  const samples: number[][] = commands.map(() => []);
  const reps = size >= 10_000 ? 20 : 100;
  for (let i = 0; i < reps; i++) for (const [k, line] of commands.entries()) samples[k]!.push(await timed(line));
  console.log(`  commands (dispatch + render) × ${reps}, after a first call:`);
  for (const [k, line] of commands.entries()) {
    const s = stats(samples[k]!);
    console.log(`    ${line.padEnd(24)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  first ${ms(first[k]!)}`);
  }
  const c = stats(samples.flat());
  const p99s = samples.map((s) => stats(s).p99);
  const worst = Math.max(...p99s);
  const aimed = size >= 1000 && size < 10_000;
  fig(
    'commands p50 / p99 (worst command p99)',
    `${ms(c.p50)} / ${ms(c.p99)} (${ms(worst)}, ${commands[p99s.indexOf(worst)]})`,
    aimed ? 'p99 ≤ 10 ms for every command' : '',
    aimed ? worst <= 10 : null,
  );
  const cold = Math.max(...first);
  fig('slowest first call of a command', `${ms(cold)} (${commands[first.indexOf(cold)]})`);

  // Digests of 10 000 subscriptions on one day: in May, and in late December, when every window holds the
  // items falling due on 31 December.
  const digests = (at: Date) => {
    const cache = new DigestCache();
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) {
      const scope = {
        workspace: `w${i % 50}`,
        planIds: i % 3 === 0 ? null : [1 + (i % size)],
        lookahead: 21,
        locale: i % 4 ? ('zh-CN' as const) : ('en' as const),
        timezone: 'Asia/Shanghai',
      };
      renderDigest(app.services.digests.compose(scope, at, cache));
    }
    return (performance.now() - t0) / 1000;
  };
  const digestS = digests(clock.now());
  const decemberS = digests(new Date('2026-12-20T02:00:00Z'));
  fig('10 000 digests composed', `${digestS.toFixed(2)} s`, '≤ 3 s', digestS <= 3);
  fig('10 000 digests composed on 20 December', `${decemberS.toFixed(2)} s`, '≤ 3 s', decemberS <= 3);

  // Commands answered while a large file is imported (parsed, then stored, each in a worker thread): a
  // reply every 25 ms, timed from when it was due, so a blocked event loop counts. The file is stored as
  // another workspace's plan, so from here on every query of the console's is scoped.
  const big = Buffer.concat(files.slice(0, 40).map((f) => f.bytes));
  const owner = 'bench-workspace';
  const during: number[] = [];
  let busy = true;
  const marks: number[] = [performance.now()];
  const work = app.services.imports
    .preview(owner, big, 'big.txt')
    .then((p) => (marks.push(performance.now()), app.services.imports.confirm(p.token, owner)))
    .finally(() => ((busy = false), marks.push(performance.now())));
  while (busy) {
    const due = performance.now();
    await new Promise((r) => setTimeout(r, 25));
    const late = performance.now() - due - 25;
    const c0 = performance.now();
    renderText(await app.dispatcher.runText('/tasks 农民', caller));
    during.push(Math.max(0, late) + performance.now() - c0);
  }
  const stored = await work;
  const [m0, m1, m2] = marks as [number, number, number];
  const d = stats(during);
  fig(
    'import in worker threads',
    `${(big.length / 1e6).toFixed(1)} MB (${stored.tasks} tasks), parse ${((m1 - m0) / 1000).toFixed(2)} s + store ${((m2 - m1) / 1000).toFixed(2)} s`,
  );
  fig(
    '  /tasks 农民 meanwhile p50 / p99',
    `${ms(d.p50)} / ${ms(d.p99)} (${during.length} replies, event-loop delay included)`,
  );

  // The same queries once another workspace owns a plan: the scope is part of every query.
  const scoped: number[] = [];
  for (const q of QUERIES) {
    search(q);
    scoped.push(...timeEach(runs, () => search(q)));
  }
  const sc = stats(scoped);
  fig(
    'search p50 / p99, scoped to library + own plans',
    `${ms(sc.p50)} / ${ms(sc.p99)}`,
    searchAim ? `p99 ≤ ${searchAim} ms` : '',
    searchAim ? sc.p99 <= searchAim : null,
  );
  app.close();

  const bin = fileURLToPath(new URL('./bin.js', import.meta.url));
  const walls: number[] = [];
  let rss = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(
      '/usr/bin/time',
      ['-v', process.execPath, bin, '--db', join(dir, 'bench.db'), 'ask', '/tasks 农民'],
      {
        encoding: 'utf8',
        env: { ...process.env, KEPU_NOW: '2026-05-04T01:00:00Z' },
      },
    );
    walls.push(performance.now() - t);
    rss = Math.max(rss, Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024);
  }
  const wall = Math.min(...walls) / 1000;
  const whole = size >= 1000 && size < 10_000;
  fig('kepu ask "/tasks 农民" (best of 3)', `${wall.toFixed(2)} s`, whole ? '≤ 0.5 s' : '', whole ? wall <= 0.5 : null);
  fig('  peak RSS', `${rss.toFixed(0)} MiB`, whole ? '≤ 100 MiB' : '', whole ? rss <= 100 : null);
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

export async function bench(argv: string[] = process.argv): Promise<void> {
  const i = argv.indexOf('--size');
  const arg = i >= 0 ? argv[i + 1]! : '100,1000';
  const sizes = arg === 'all' ? [100, 1000, 10_000] : arg.split(',').map(Number);
  const seeds = loadSeeds(SEEDS);
  console.log(`realistic corpus from ${seeds.length} seeds; sizes ${sizes.join(', ')}`);
  const results: Figure[][] = [];
  for (const size of sizes) results.push(await benchSize(size, seeds));
  console.log(`\n== side by side ==`);
  console.log(['what', ...sizes.map((s) => `${s} plans`)].join(' | '));
  for (const [k, f] of results[0]!.entries()) {
    const cells = results.map((r) => {
      const x = r[k]!;
      return `${x.value}${x.met === null ? '' : ` [${x.aim}: ${verdict(x.met)}]`}`;
    });
    console.log([f.what, ...cells].join(' | '));
  }
  await benchFileFormats();
}

/**
 * PDF and DOCX throughput: the seeds made into files as the tests make them (PDF with an embedded CJK
 * font, DOCX with Word numbering; needs the dev dependencies and fonts-wqy-zenhei), each extracted and
 * imported a few times. DOCX pages are those of the same text as PDF.
 */
export async function benchFileFormats(rounds = Number(process.env.KEPU_BENCH_FILE_ROUNDS ?? 5)): Promise<void> {
  const { CJK_FONT, docxOf, pdfOf } = await import('../test/fixtures/make.js');
  if (!existsSync(CJK_FONT)) {
    console.log(`\nfile formats: skipped, the PDF files need ${CJK_FONT} (apt-get install fonts-wqy-zenhei)`);
    return;
  }
  const texts = readdirSync(SEEDS)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const pdfs = await Promise.all(texts.map((t) => pdfOf(t, '科普规划')));
  const pages = (await Promise.all(pdfs.map((p) => extractText(p)))).reduce((n, e) => n + (e.pages ?? 0), 0);
  const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-files-'));
  const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
  const app = createApp({ dbPath: join(dir, 'bench.db'), clock, seeds: null });
  const days = app.services.themes.builtIn;
  console.log(`\nfile formats: the ${texts.length} seeds as PDF and DOCX, ${pages} A4 pages, ${rounds} rounds`);
  for (const [format, files] of [
    ['PDF ', pdfs],
    ['DOCX', texts.map(docxOf)],
  ] as const) {
    const mb = files.reduce((n, f) => n + f.length, 0) / 1e6;
    const time = async (fn: (f: Uint8Array, i: number) => Promise<unknown>) => {
      const t0 = performance.now();
      for (let r = 0; r < rounds; r++) for (const [i, f] of files.entries()) await fn(f, i);
      return (performance.now() - t0) / 1000 / rounds;
    };
    const extractS = await time((f) => extractText(f));
    const importS = await time((f, i) =>
      importBytes(app.db, f, `seed-${i}.${format.trim().toLowerCase()}`, days, clock.now()),
    );
    const rate = (s: number) => `${(mb / s).toFixed(2)} MB/s, ${(pages / s).toFixed(0)} pages/s`;
    console.log(
      `  ${format} ${mb.toFixed(2)} MB  extract: ${rate(extractS)}  import (extract+parse+store): ${rate(importS)}`,
    );
  }
  app.close();
  rmSync(dir, { recursive: true, force: true });
}
