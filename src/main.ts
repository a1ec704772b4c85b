/**
 * `npm start`: connects to Discord and/or Slack when their tokens are set (both in one process), with
 * the digest scheduler; otherwise runs the console on the seeds. SIGTERM and SIGINT finish in-flight
 * replies, stop the scheduler and close the database.
 */
import { clockFromEnv, createApp, type App } from './app.js';
import type { Config } from './config.js';
import { consolePoster, runConsole } from './adapters/console/console.js';
import type { Poster, Reply } from './dispatch/types.js';
import { toLocale } from './i18n.js';
import { log } from './log.js';
import { DigestCache } from './services/digest.js';
import { Scheduler } from './services/scheduler.js';
import type { Subscription } from './store/subscriptions.js';

export async function start(config: Config, flags: { db?: string; now?: string; locale?: string }): Promise<void> {
  const app = createApp({ dbPath: flags.db ?? config.KEPU_DB, clock: clockFromEnv(flags.now ?? config.KEPU_NOW, config.KEPU_TZ), seeds: config.KEPU_SEEDS });
  if (!config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN && !config.SLACK_CLIENT_ID) {
    const scheduler = digestScheduler(app, [consolePoster()]);
    scheduler.start();
    await runConsole(app.dispatcher, { locale: toLocale(flags.locale) });
    await scheduler.stop();
    app.close();
    return;
  }
  const posters: Poster[] = [];
  const stops: (() => Promise<void>)[] = [];
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import('./adapters/discord/bot.js');
    const discord = await startDiscord({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APPLICATION_ID!, apiUrl: config.DISCORD_API_URL, dispatcher: app.dispatcher });
    posters.push(discord.poster);
    stops.push(discord.stop);
    log.info({ user: discord.client.user?.tag }, 'discord connected');
  }
  if (config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID) {
    const { startSlack } = await import('./adapters/slack/app.js');
    const { sqliteInstallationStore } = await import('./store/slack-installations.js');
    const slack = await startSlack({
      botToken: config.SLACK_BOT_TOKEN,
      oauth: config.SLACK_CLIENT_ID
        ? { clientId: config.SLACK_CLIENT_ID, clientSecret: config.SLACK_CLIENT_SECRET!, stateSecret: config.SLACK_STATE_SECRET!, installationStore: sqliteInstallationStore(app.db, () => app.clock.now()) }
        : undefined,
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      port: config.PORT,
      apiUrl: config.SLACK_API_URL,
      admins: config.KEPU_SLACK_ADMINS,
      dispatcher: app.dispatcher,
    });
    posters.push(slack.poster);
    stops.push(slack.stop);
    log.info({ port: slack.port, socketMode: Boolean(config.SLACK_APP_TOKEN) }, 'slack app running');
  }
  const scheduler = digestScheduler(app, posters);
  scheduler.start();
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await scheduler.stop();
    await Promise.allSettled(stops.map((s) => s()));
    app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/** The scheduler of a running bot: composes with a per-day cache, reports failures to the subscribing admin. */
export function digestScheduler(app: App, posters: Poster[]): Scheduler {
  const cache = new DigestCache();
  return new Scheduler({
    db: app.db,
    clock: app.clock,
    posters,
    compose: (sub: Subscription, now: Date) =>
      app.services.digest({ workspace: sub.workspace, planIds: sub.planIds, lookahead: sub.lookahead, locale: sub.locale, timezone: sub.timezone }, now, cache),
    report: async (sub, error, poster) => {
      const en = sub.locale === 'en';
      const reply: Reply = {
        title: en ? 'The weekly digest could not be posted' : '每周周报发送失败',
        text: en
          ? `Channel ${sub.channel}: ${error}. Check that the bot can see and post in the channel; the subscription is kept (/digest settings).`
          : `频道 ${sub.channel}：${error}。请检查机器人能否查看并在该频道发言；订阅仍然保留（/digest settings）。`,
        error: true,
      };
      log.error({ subscription: sub.id, channel: sub.channel, error }, 'digest failure reported to admin');
      if (poster?.notify) await poster.notify({ workspace: sub.workspace, user: sub.createdBy }, reply);
    },
  });
}
