/**
 * The chat platforms the bot can run on, each enabled by its configuration. A new platform adds one entry
 * here and an Adapter of its own; main.ts starts whatever is enabled. Each adapter's code is loaded only
 * when its platform is enabled.
 */
import type { Clock } from '../clock.js';
import { feishuMode, type Config } from '../config.js';
import type { Db } from '../store/db.js';
import type { Adapter } from './adapter.js';

/** What an adapter may need from the running bot besides its configuration. */
export interface AdapterDeps {
  db: Db;
  clock: Clock;
}

export interface PlatformEntry {
  name: string;
  enabled(config: Config): boolean;
  create(config: Config, deps: AdapterDeps): Promise<Adapter>;
}

export const PLATFORMS: PlatformEntry[] = [
  {
    name: 'discord',
    enabled: (c) => Boolean(c.DISCORD_TOKEN),
    async create(c) {
      const { DiscordAdapter } = await import('./discord/adapter.js');
      return new DiscordAdapter({
        token: c.DISCORD_TOKEN!,
        applicationId: c.DISCORD_APPLICATION_ID!,
        apiUrl: c.DISCORD_API_URL,
      });
    },
  },
  {
    name: 'slack',
    enabled: (c) => Boolean(c.SLACK_BOT_TOKEN || c.SLACK_CLIENT_ID),
    async create(c, deps) {
      const { SlackAdapter } = await import('./slack/adapter.js');
      const { sqliteInstallationStore } = await import('../store/slack-installations.js');
      const oauth = c.SLACK_CLIENT_ID
        ? {
            clientId: c.SLACK_CLIENT_ID,
            clientSecret: c.SLACK_CLIENT_SECRET!,
            stateSecret: c.SLACK_STATE_SECRET!,
            installationStore: sqliteInstallationStore(deps.db, () => deps.clock.now()),
          }
        : undefined;
      return new SlackAdapter({
        botToken: c.SLACK_BOT_TOKEN,
        oauth,
        signingSecret: c.SLACK_SIGNING_SECRET,
        appToken: c.SLACK_APP_TOKEN,
        port: c.PORT,
        apiUrl: c.SLACK_API_URL,
        admins: c.KEPU_SLACK_ADMINS,
      });
    },
  },
  {
    name: 'feishu',
    enabled: (c) => Boolean(c.FEISHU_APP_ID),
    async create(c, deps) {
      const { FeishuAdapter } = await import('./feishu/adapter.js');
      return new FeishuAdapter({
        appId: c.FEISHU_APP_ID!,
        appSecret: c.FEISHU_APP_SECRET!,
        domain: c.FEISHU_DOMAIN,
        mode: feishuMode(c),
        encryptKey: c.FEISHU_ENCRYPT_KEY,
        verificationToken: c.FEISHU_VERIFICATION_TOKEN,
        port: c.FEISHU_PORT ?? c.PORT,
        admins: c.KEPU_FEISHU_ADMINS,
        db: deps.db,
        clock: deps.clock,
      });
    },
  },
];
