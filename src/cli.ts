/** The `kepu` command line: start the bot, import and export plans, ask one question, calendars, digests, bench. */
import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { clockFromEnv, createApp, type App } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { runConsole, consoleCaller } from './adapters/console/console.js';
import { renderText } from './adapters/console/render.js';
import { ImportError, importFile } from './services/importer.js';
import { exportPlans } from './store/export.js';
import { calendarFile } from '../commands/replies/calendar.js';
import { renderDigest } from '../commands/replies/digest.js';
import { toLocale } from './i18n.js';
import { log } from './log.js';

const program = new Command('kepu')
  .description('kepu-bot: plans, tasks, targets, deadlines and theme-day digests for 科普 teams')
  .option('--db <path>', 'SQLite database (default: $KEPU_DB or data/kepu.db)')
  .option('--now <date>', 'today, for demos and tests (default: $KEPU_NOW or the system clock)')
  .addOption(new Option('--locale <locale>', 'reply language').choices(['zh-CN', 'en']).default('zh-CN'))
  .showHelpAfterError();

function app(): App {
  const g = program.opts<{ db?: string; now?: string }>();
  const config = loadConfig();
  return createApp({
    dbPath: g.db ?? config.KEPU_DB,
    clock: clockFromEnv(g.now ?? config.KEPU_NOW, config.KEPU_TZ),
    seeds: config.KEPU_SEEDS,
  });
}

const locale = () => toLocale(program.opts<{ locale: string }>().locale);

program
  .command('start', { isDefault: true })
  .description('run the bot: Discord and/or Slack when their tokens are set, otherwise the console')
  .action(async () => {
    const { start } = await import('./main.js');
    await start(loadConfig(), program.opts());
  });

program
  .command('import')
  .description('load plan files (UTF-8 or GB18030 text or Markdown) into the database')
  .argument('<files...>')
  .action((files: string[]) => {
    const a = app();
    const days = a.services.themes.builtIn;
    let failed = 0;
    for (const file of files) {
      try {
        const r = importFile(a.db, file, days, a.clock.now());
        console.log(
          `${r.replaced ? 'updated' : 'imported'} ${r.id}: ${r.title} (${r.tasks} tasks, ${r.targets} targets)`,
        );
      } catch (err) {
        if (!(err instanceof ImportError)) throw err;
        failed++;
        console.error(`rejected ${err.message}`);
      }
    }
    a.close();
    process.exitCode = failed ? 1 : 0;
  });

program
  .command('plans')
  .description('list the loaded plans')
  .action(() => {
    const a = app();
    for (const p of a.services.plans.page(1, Number.MAX_SAFE_INTEGER).rows) {
      const period = p.periodStart ? `${p.periodStart}–${p.periodEnd}` : '—';
      console.log(
        `${p.id}\t${p.title}\t${p.region ?? '—'}\t${period}\ttasks ${p.tasks}\ttargets ${p.targets}\tunits ${p.units}`,
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
    const a = app();
    console.log(JSON.stringify(exportPlans(a.db, o.plan), null, 2));
    a.close();
  });

program
  .command('ask')
  .description('answer one command, e.g. kepu ask "/targets year:2025"')
  .argument('<command...>')
  .option('--json', 'print the neutral reply model')
  .action(async (words: string[], o: { json?: boolean }) => {
    const a = app();
    const reply = await a.dispatcher.runText(words.join(' '), consoleCaller(locale()));
    console.log(o.json ? JSON.stringify(reply, null, 2) : renderText(reply, locale()));
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
    const a = app();
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
  .option('--out <file>', 'output file (default: kepu-<year>.ics; - for standard output)')
  .action((o: { year?: number; out?: string }) => {
    const a = app();
    const year = o.year ?? Number(a.services.today().slice(0, 4));
    const text = calendarFile(a.services, year);
    const out = o.out ?? `kepu-${year}.ics`;
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

export { program };

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else log.error({ err }, 'kepu failed');
  process.exitCode = 1;
});
