/** Configuration from the environment, validated once; each bad variable gets its own clear message. */
import { z } from 'zod';
import { DEFAULT_ZONE } from './clock.js';
import { ConfigError } from './config-error.js';

const optional = z.string().trim().min(1).optional().catch(undefined);
const url = z.string().trim().url().optional();

const schema = z.object({
  KEPU_DB: z.string().trim().min(1).default('data/kepu.db'),
  KEPU_NOW: z.string().trim().min(1).optional(),
  KEPU_TZ: z
    .string()
    .trim()
    .refine(
      (tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC',
      'not an IANA time zone, e.g. Asia/Shanghai',
    )
    .default(DEFAULT_ZONE),
  KEPU_SEEDS: z.string().trim().min(1).optional(),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_API_URL: url,
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: url,
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  KEPU_SLACK_ADMINS: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(/[\s,]+/).filter(Boolean) : [])),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  FEISHU_APP_ID: z
    .string()
    .trim()
    .regex(/^cli_[0-9a-f]{16}$/i, 'an app id such as cli_a1b2c3d4e5f60718 (Developer Console → Credentials)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  FEISHU_APP_SECRET: optional,
  FEISHU_DOMAIN: z
    .string()
    .trim()
    .optional()
    .transform((d) =>
      !d || /^(feishu|feishu\.cn|open\.feishu\.cn)$/i.test(d)
        ? 'feishu'
        : /^(lark|larksuite\.com|open\.larksuite\.com)$/i.test(d)
          ? 'lark'
          : d.replace(/\/+$/, ''),
    )
    .refine(
      (d) => d === 'feishu' || d === 'lark' || /^https?:\/\/[^\s/]+$/.test(d),
      'feishu.cn, larksuite.com or a base URL such as http://127.0.0.1:8992',
    ),
  FEISHU_MODE: z.enum(['ws', 'http']).optional(),
  FEISHU_ENCRYPT_KEY: optional,
  FEISHU_VERIFICATION_TOKEN: optional,
  FEISHU_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  KEPU_FEISHU_ADMINS: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(/[\s,]+/).filter(Boolean) : [])),
});

export type Config = z.infer<typeof schema>;

export { ConfigError };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const c = result.data;
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID)
    throw new ConfigError('DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set (see .env.example).');
  if ((c.SLACK_BOT_TOKEN || c.SLACK_CLIENT_ID) && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) (see .env.example).',
    );
  }
  if (c.SLACK_CLIENT_ID && (!c.SLACK_CLIENT_SECRET || !c.SLACK_STATE_SECRET)) {
    throw new ConfigError(
      'SLACK_CLIENT_ID (OAuth, many workspaces) needs SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (see .env.example).',
    );
  }
  if (c.FEISHU_APP_ID && !c.FEISHU_APP_SECRET)
    throw new ConfigError('FEISHU_APP_SECRET is required when FEISHU_APP_ID is set (see .env.example).');
  if (feishuMode(c) === 'http' && !c.FEISHU_ENCRYPT_KEY && !c.FEISHU_VERIFICATION_TOKEN)
    throw new ConfigError(
      'Feishu HTTP event mode needs FEISHU_ENCRYPT_KEY and/or FEISHU_VERIFICATION_TOKEN (see .env.example).',
    );
  return c;
}

/** The long connection unless asked for HTTP events, or configured only for them (encrypt key or verification token). */
export function feishuMode(c: Config): 'ws' | 'http' {
  return c.FEISHU_MODE ?? (c.FEISHU_ENCRYPT_KEY || c.FEISHU_VERIFICATION_TOKEN ? 'http' : 'ws');
}
