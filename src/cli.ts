/** The `kepu` command line: start the bot, import and export plans, ask one question, calendars, digests, bench. */
import { typedHint, withHints } from './reply.js';
import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { clockFromEnv, createApp, type App } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { runConsole, consoleCaller, saveFile } from './adapters/console/console.js';
import { renderText } from './adapters/console/render.js';
import { basename } from 'node:path';
import { constants as osConstants } from 'node:os';
import { describeImportError, ImportError, previewFile, readPlanFile } from './services/importer.js';
import type { PlanReport, ReportWarning } from './plans/report.js';
import type { Locale } from './i18n.js';
import { loadCatalog } from './calendar/catalog.js';
import { listPlans } from './store/plans.js';
import { exportPlans } from './store/export.js';
import { backupDb, DbError, dbError, restoreDb } from './store/db.js';
import { calendarFile } from '../commands/replies/calendar.js';
import { renderDigest } from '../commands/replies/digest.js';
import { issuerShort, period as planPeriod } from '../commands/replies/plans.js';
import { sayIn } from '../commands/replies/format.js';
import { toLocale } from './i18n.js';
import { log } from './log.js';

const program = new Command('kepu')
  .description('kepu-bot: plans, tasks, targets, deadlines and theme-day digests for 科普 teams')
  .option('--db <path>', 'SQLite database (default: $KEPU_DB or data/kepu.db)')
  .option('--now <date>', 'today, for demos and tests (default: $KEPU_NOW or the system clock)')
  .addOption(new Option('--locale <locale>', 'reply language').choices(['zh-CN', 'en']).default('zh-CN'))
  .showHelpAfterError();

/**
 * The application for one command. `read`: the command only reads (and exits), so the whole-file integrity
 * check is skipped; a damaged page it reads still stops it with the message naming the file.
 */
function app(mode: 'read' | 'write' = 'write'): App {
  const g = program.opts<{ db?: string; now?: string }>();
  const config = loadConfig();
  return createApp({
    dbPath: g.db ?? config.KEPU_DB,
    clock: clockFromEnv(g.now ?? config.KEPU_NOW, config.KEPU_TZ),
    seeds: config.KEPU_SEEDS,
    oneShot: mode === 'read',
  });
}

const locale = () => toLocale(program.opts<{ locale: string }>().locale);
/** The Chinese or the English wording, by --locale. */
const say = (zh: string, en: string) => (locale() === 'zh-CN' ? zh : en);

program
  .command('start', { isDefault: true })
  .description('run the bot: Discord and/or Slack when their tokens are set, otherwise the console')
  .action(async () => {
    const { start } = await import('./main.js');
    await start(loadConfig(), program.opts());
  });

const WARNINGS: Record<ReportWarning['code'], [string, string]> = {
  'no-tasks': ['没有找到任务', 'no tasks found'],
  'tasks-without-units': [
    '{n} 项任务没有责任单位，而其他任务有：可能有单位列表没有读出',
    '{n} tasks have no units while others do: unit lists may have been missed',
  ],
  'unread-unit-lists': [
    '{n} 处括号像单位列表但没有读出',
    '{n} parenthesised lists look like unit lists but were not read',
  ],
  'tasks-without-text': ['{n} 项任务只有标题、没有正文', '{n} tasks have a title but no text'],
  'title-cut': ['标题似乎不完整', 'the title looks cut short'],
  'no-metadata': ['没有找到发文单位和日期', 'no issuer or date found'],
  'targets-without-year': ['{n} 个目标没有年份', '{n} targets have no year'],
};

/** The import report as lines for the terminal. */
function reportLines(r: PlanReport, loc: Locale): string[] {
  const zh = loc === 'zh-CN';
  const period = (r.period && planPeriod({ periodStart: r.period.start, periodEnd: r.period.end })) ?? '—';
  const issuer = r.issuer ? issuerShort(r.issuer, sayIn(loc)) : '—';
  const lines = [
    zh
      ? `  ${issuer} · ${period} · 任务 ${r.tasks}（${r.tasksWithoutUnits} 项无责任单位）· 单位 ${r.units} · 目标 ${r.targets}（${r.targetsWithoutYear} 个无年份）· 里程碑 ${r.milestones} · 主题日 ${r.themeDays}`
      : `  ${issuer} · ${period} · ${r.tasks} tasks (${r.tasksWithoutUnits} without units) · ${r.units} units · ${r.targets} targets (${r.targetsWithoutYear} without a year) · ${r.milestones} milestones · ${r.themeDays} theme days`,
  ];
  for (const w of r.warnings) lines.push(`  ⚠ ${WARNINGS[w.code][zh ? 0 : 1].replace('{n}', String(w.count ?? ''))}`);
  return lines;
}

program
  .command('import')
  .description(
    'load plan files (text, Markdown, PDF, DOCX, DOC; at most 20 MB and 1000 pages) into the library every workspace sees, printing what each holds',
  )
  .argument('<files...>')
  .option('--dry-run', 'parse and print the import report without storing anything')
  .option('--force', 'replace a plan even when the new version drops more than 30% of its tasks or targets')
  .action(async (files: string[], opts: { dryRun?: boolean; force?: boolean }) => {
    const a = opts.dryRun ? null : app();
    const days = a?.services.themes.builtIn ?? loadCatalog();
    let failed = 0;
    const reject = (err: unknown) => {
      if (!(err instanceof ImportError)) throw err;
      failed++;
      const detail = err.reason === 'unreadable' && err.detail ? ` (${err.detail})` : '';
      const reason = describeImportError(err.reason, locale()) + detail;
      console.error(say(`未导入 ${err.source}：${reason}`, `rejected ${err.source}: ${reason}`));
    };
    if (!a) {
      for (const file of files) {
        try {
          const r = await previewFile(file, days);
          console.log(
            say(`预览（未保存） ${r.source}：${r.report.title}`, `dry run (not stored) ${r.source}: ${r.report.title}`),
          );
          for (const line of reportLines(r.report, locale())) console.log(line);
        } catch (err) {
          reject(err);
        }
      }
      return void (process.exitCode = failed ? 1 : 0);
    }
    const all = files.map((file) => ({ source: basename(file), read: () => readPlanFile(file) }));
    const stop = stopRequests();
    let done = 0;
    for await (const r of a.services.imports.importMany(null, all, opts.force, () => stop.signal !== null)) {
      done++;
      if (r instanceof ImportError) reject(r);
      else {
        console.log(
          say(
            `${r.replaced ? '已更新' : '已导入'} ${r.id}：${r.title}（任务 ${r.tasks} 项，目标 ${r.targets} 个）`,
            `${r.replaced ? 'updated' : 'imported'} ${r.id}: ${r.title} (${r.tasks} tasks, ${r.targets} targets)`,
          ),
        );
        for (const line of reportLines(r.report, locale())) console.log(line);
      }
    }
    if (stop.signal && done < all.length) {
      console.error(
        say(
          `已中断（${stop.signal}）：${all.length} 个文件处理了 ${done} 个，其余未导入。`,
          `interrupted (${stop.signal}): ${done} of ${all.length} files done, the others not imported.`,
        ),
      );
      process.exitCode = 128 + osConstants.signals[stop.signal];
    }
    stop.end();
    a.close();
    process.exitCode ??= failed ? 1 : 0;
  });

/**
 * SIGINT and SIGTERM while many files are imported: the files in hand (one transaction) are stored and
 * reported, then the import stops; a second signal ends the process at once, and the files in hand are not
 * stored.
 */
function stopRequests(): { readonly signal: NodeJS.Signals | null; end(): void } {
  let signal: NodeJS.Signals | null = null;
  const on = (s: NodeJS.Signals) => {
    if (signal) process.exit(128 + osConstants.signals[s]);
    signal = s;
  };
  process.on('SIGINT', on).on('SIGTERM', on);
  return {
    get signal() {
      return signal;
    },
    end: () => void process.off('SIGINT', on).off('SIGTERM', on),
  };
}

/** Runs a change of library plans, printing what it did, or why it was refused (exit code 1). */
async function refusable(change: (a: App) => Promise<string>): Promise<void> {
  const a = app();
  try {
    console.log(await change(a));
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    console.error(`refused: ${err.message}`);
    process.exitCode = 1;
  } finally {
    a.close();
  }
}

program
  .command('remove')
  .description('remove a library plan (its last version is kept: kepu restore brings it back)')
  .argument('<id>', 'plan id', (v) => Number(v))
  .action((id: number) =>
    refusable(async (a) => {
      const p = a.services.imports.remove(null, id);
      return `removed ${p.id}: ${p.title}`;
    }),
  );

program
  .command('restore')
  .description('bring back the previous version of a library plan (replaced by an import, or removed)')
  .argument('<id>', 'plan id', (v) => Number(v))
  .action((id: number) =>
    refusable(async (a) => {
      const r = await a.services.imports.restore(null, id);
      return `restored ${r.id}: ${r.title} (${r.tasks} tasks, ${r.targets} targets)`;
    }),
  );

program
  .command('plans')
  .description('list every loaded plan with its owner (library, or the workspace that imported it)')
  .action(() => {
    const a = app('read');
    for (const p of listPlans(a.db, null)) {
      const period = planPeriod(p) ?? '—';
      console.log(
        `${p.id}\t${p.workspace ?? 'library'}\t${p.title}\t${p.region ?? '—'}\t${period}\ttasks ${p.tasks}\ttargets ${p.targets}\tunits ${p.units}`,
      );
    }
    a.close();
  });

program
  .command('export')
  .description('print the parsed plans')
  .requiredOption('--json', 'as JSON')
  .option('--plan <id>', 'only this plan', (v) => Number(v))
  .action((o: { plan?: number }) => {
    const a = app('read');
    console.log(JSON.stringify(exportPlans(a.db, o.plan), null, 2));
    a.close();
  });

program
  .command('ask')
  .description('answer one command, e.g. kepu ask "/targets year:2025"')
  .argument('<command...>')
  .option('--json', 'print the neutral reply model')
  .action(async (words: string[], o: { json?: boolean }) => {
    const a = app('read');
    const reply = await a.dispatcher.runText(words.join(' '), consoleCaller(locale()));
    const saved = saveFile(reply);
    console.log(
      o.json ? JSON.stringify(withHints(reply, typedHint), null, 2) : `${renderText(reply, locale())}${saved}`,
    );
    if (saved && o.json) console.error(saved.trim());
    a.close();
    if (reply.error) process.exitCode = 2;
  });

program
  .command('console')
  .description('the interactive console (what start runs without platform tokens)')
  .action(async () => {
    const a = app();
    await runConsole(a.dispatcher, { locale: locale() });
    a.close();
  });

const digest = program.command('digest').description('weekly theme-day digests');
digest
  .command('preview')
  .description("print the digest for this week (all plans, or a subscription's view with --channel)")
  .option('--channel <id>', 'a subscribed channel id')
  .option('--lookahead <days>', 'look-ahead days (default 21)', (v) => Number(v))
  .action((o: { channel?: string; lookahead?: number }) => {
    const a = app('read');
    const sub = o.channel ? a.services.subscriptions.byChannelId(o.channel) : undefined;
    if (o.channel && !sub) {
      console.error(`no subscription for channel ${o.channel}`);
      process.exitCode = 1;
    } else {
      const digest = a.services.digests.compose(
        {
          workspace: sub?.workspace ?? 'console',
          planIds: sub?.planIds ?? null,
          lookahead: o.lookahead ?? sub?.lookahead ?? 21,
          locale: sub?.locale ?? locale(),
          timezone: sub?.timezone ?? a.clock.zone,
        },
        a.clock.now(),
      );
      const reply = renderDigest(digest);
      console.log(renderText(reply, sub?.locale ?? locale()));
    }
    a.close();
  });

program
  .command('ics')
  .description('write an iCalendar file (RFC 5545) of theme days and deadlines')
  .option('--year <year>', 'calendar year (default: this year)', (v) => Number(v))
  .option('--from <date>', 'first day of a window, YYYY-MM-DD (with --to, instead of --year)')
  .option('--to <date>', 'last day of the window, YYYY-MM-DD (default: a year after --from)')
  .option('--out <file>', 'output file (default: kepu-<year>.ics; - for standard output)')
  .action((o: { year?: number; from?: string; to?: string; out?: string }) => {
    const a = app('read');
    const today = a.services.today();
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    if ((o.from && !iso.test(o.from)) || (o.to && !iso.test(o.to))) {
      console.error('--from and --to take dates such as 2026-05-04');
      process.exitCode = 1;
      a.close();
      return;
    }
    const year = o.year ?? Number(today.slice(0, 4));
    const from = o.from ?? (o.to ? today : undefined);
    const window = from ? { from, to: o.to ?? `${Number(from.slice(0, 4)) + 1}${from.slice(4)}` } : year;
    const text = calendarFile(a.services, window);
    const out = o.out ?? (typeof window === 'number' ? `kepu-${year}.ics` : `kepu-${window.from}.ics`);
    if (out === '-') process.stdout.write(text);
    else {
      writeFileSync(out, text);
      console.log(`wrote ${out}`);
    }
    a.close();
  });

const discord = program.command('discord').description('Discord helpers');
discord
  .command('register')
  .description('register the slash commands (in one guild with --guild: immediate; otherwise global)')
  .option('--guild <id>', 'guild id')
  .action(async (o: { guild?: string }) => {
    const config = loadConfig();
    if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID)
      throw new ConfigError('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register commands (see .env.example).');
    const { registerCommands } = await import('./adapters/discord/adapter.js');
    const { allCommands } = await import('../commands/index.js');
    const n = await registerCommands({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      apiUrl: config.DISCORD_API_URL,
      guildId: o.guild,
      commands: allCommands(),
    });
    console.log(`registered ${n} commands ${o.guild ? `in guild ${o.guild}` : 'globally'}`);
  });
discord
  .command('invite-url')
  .description('print the link that adds the bot to a server, with the scopes and permissions it needs')
  .action(async () => {
    const config = loadConfig();
    if (!config.DISCORD_APPLICATION_ID) throw new ConfigError('Set DISCORD_APPLICATION_ID (see .env.example).');
    const { inviteUrl } = await import('./adapters/discord/adapter.js');
    console.log(inviteUrl(config.DISCORD_APPLICATION_ID));
  });

program
  .command('slack')
  .description('Slack helpers')
  .command('manifest')
  .description('print the Slack app manifest (JSON, accepted by "Create app from manifest")')
  .option('--url <url>', 'public request URL, ending in /slack/events')
  .option('--socket-mode', 'for Socket Mode (no public URL)')
  .action(async (o: { url?: string; socketMode?: boolean }) => {
    const { slackManifest } = await import('./adapters/slack/manifest.js');
    console.log(JSON.stringify(slackManifest({ requestUrl: o.url, socketMode: Boolean(o.socketMode) }), null, 2));
  });

program
  .command('bench')
  .description('print import, search, command and digest figures on a realistic synthetic corpus')
  .option('--size <sizes>', 'plans: 100,1000 (default), 10000, or all (100, 1000 and 10000)')
  .action(async (o: { size?: string }) => {
    const { bench } = await import('./bench.js');
    await bench(['--size', o.size ?? '100,1000']);
  });

program
  .command('backup')
  .description('copy the database to <file> with SQLite online backup (safe while the bot runs)')
  .argument('<file>', 'backup file to write')
  .action(async (file: string) => {
    const a = app();
    try {
      const pages = await backupDb(a.db, file);
      console.log(`backed up ${pages} pages to ${file}`);
    } finally {
      a.close();
    }
  });

program
  .command('restore-backup')
  .description('replace the database with a backup file after checking it (stop the bot first)')
  .argument('<file>', 'backup file written by kepu backup')
  .action(async (file: string) => {
    const path = program.opts<{ db?: string }>().db ?? loadConfig().KEPU_DB;
    await restoreDb(file, path);
    console.log(`restored ${path} from ${file}`);
  });

export { program };

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DbError) console.error(err.message);
  else if (/^SQLITE_/.test(String((err as { code?: string }).code)))
    console.error(dbError(program.opts<{ db?: string }>().db ?? loadConfig().KEPU_DB, err).message);
  else log.error({ err }, 'kepu failed');
  process.exitCode = 1;
});
