/** `npm start`: connects to Discord and Slack when their tokens are set; otherwise runs the console on the seeds. */
import { clockFromEnv, createApp } from './app.js';
import type { Config } from './config.js';
import { runConsole } from './adapters/console/console.js';
import { toLocale } from './i18n.js';
import { log } from './log.js';

export async function start(config: Config, flags: { db?: string; now?: string; locale?: string }): Promise<void> {
  const app = createApp({ dbPath: flags.db ?? config.KEPU_DB, clock: clockFromEnv(flags.now ?? config.KEPU_NOW, config.KEPU_TZ), seeds: config.KEPU_SEEDS });
  const stops: (() => Promise<void>)[] = [];
  if (!config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN) {
    await runConsole(app.dispatcher, { locale: toLocale(flags.locale) });
    app.close();
    return;
  }
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await Promise.allSettled(stops.map((s) => s()));
    app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
