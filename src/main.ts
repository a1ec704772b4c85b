/**
 * `npm start`: starts every platform whose configuration is set (Discord, Slack, …) in one process with the
 * digest scheduler; with none, the console on the seeds. SIGTERM and SIGINT stop the scheduler, let replies
 * in flight finish within a deadline, and close the database.
 */
import { clockFromEnv, createApp, type App } from './app.js';
import type { Config } from './config.js';
import type { Adapter } from './adapters/adapter.js';
import { ConsoleAdapter } from './adapters/console/console.js';
import { PLATFORMS } from './adapters/index.js';
import { toLocale } from './i18n.js';
import { log } from './log.js';
import { DigestCache } from './services/digest.js';
import { Scheduler } from './services/scheduler.js';
import { digestFailure, renderDigest } from '../commands/replies/digest.js';
import type { Poster } from './reply.js';
import { WebhookPoster } from './adapters/webhooks/poster.js';
import { maskWebhook } from './services/webhooks.js';

/** SIGTERM/SIGINT: the process exits within this, even while a platform API is failing. */
export const STOP_DEADLINE_MS = 8_000;

/**
 * Errors no handler caught are logged, never fatal for a rejected promise: one refused callback must
 * not take every platform and the scheduler down with it.
 */
export function guardProcess(): void {
  process.on('unhandledRejection', (reason) =>
    log.error({ err: reason }, 'unhandled rejection (process keeps running)'),
  );
  process.on('uncaughtException', (err) => log.error({ err }, 'uncaught exception (process keeps running)'));
}

export async function start(config: Config, flags: { db?: string; now?: string; locale?: string }): Promise<void> {
  guardProcess();
  const clock = clockFromEnv(flags.now ?? config.KEPU_NOW, config.KEPU_TZ);
  const app = createApp({ dbPath: flags.db ?? config.KEPU_DB, clock, seeds: config.KEPU_SEEDS });
  const enabled = PLATFORMS.filter((p) => p.enabled(config));
  if (enabled.length === 0) {
    const console = new ConsoleAdapter({ locale: toLocale(flags.locale) });
    const scheduler = digestScheduler(app, [console]);
    await console.start(app.dispatcher);
    scheduler.start();
    // A signal ends the session as end of input does: the command in hand is answered, then all stops.
    const leave = () => void console.stop();
    process.once('SIGTERM', leave);
    process.once('SIGINT', leave);
    await console.done();
    await scheduler.stop();
    app.close();
    return;
  }
  const adapters: Adapter[] = [];
  for (const platform of enabled) {
    try {
      const adapter = await platform.create(config, app);
      await adapter.start(app.dispatcher);
      adapters.push(adapter);
    } catch (err) {
      log.error({ err, platform: platform.name }, `${platform.name} could not start; the other platforms keep running`);
    }
  }
  const scheduler = digestScheduler(app, adapters);
  scheduler.start();
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    // Whatever a failing platform keeps pending, the process is gone within STOP_DEADLINE_MS.
    setTimeout(() => {
      log.error({ signal }, 'shutdown deadline passed; abandoning work in flight');
      process.exit(0);
    }, STOP_DEADLINE_MS).unref();
    await scheduler.stop(STOP_DEADLINE_MS / 2);
    await Promise.allSettled(adapters.map((a) => a.stop()));
    app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * The scheduler of a running bot: posts through the platforms' adapters and to group robots, composes
 * with a per-day cache, reports failures to the subscribing admin (for a group robot, on the platform
 * where it was subscribed).
 */
export function digestScheduler(app: App, adapters: Poster[]): Scheduler {
  const cache = new DigestCache();
  const webhooks = new WebhookPoster({ lookup: (w, id) => app.services.webhooks.secretOf(w, id) });
  const posters = [...adapters, webhooks];
  return new Scheduler({
    db: app.db,
    clock: app.clock,
    posters,
    compose: (sub, now) => renderDigest(app.services.digests.compose(sub, now, cache)),
    report: async (sub, error, poster) => {
      log.error({ subscription: sub.id, channel: sub.channel, error }, 'digest failure reported to admin');
      const hook = sub.platform === 'webhook' ? app.services.webhooks.secretOf(sub.workspace, sub.channel) : undefined;
      const to = hook ? adapters.find((a) => a.platform === hook.originPlatform) : poster;
      const message = digestFailure(sub.locale, hook ? maskWebhook(hook.url) : sub.channel, error, Boolean(hook));
      if (to?.notify) await to.notify({ workspace: sub.workspace, user: sub.createdBy }, message);
      else if (hook && to) await to.post({ workspace: sub.workspace, channel: hook.originChannel }, message);
    },
  });
}
