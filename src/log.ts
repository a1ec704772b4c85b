/**
 * The one logger: structured JSON on stderr, tokens and secrets redacted. pino (and its redaction, compiled
 * when the logger is made) is loaded on the first line logged, so a command that logs nothing never loads it.
 */
import { createRequire } from 'node:module';
import type { Logger, LogFn } from 'pino';

type Pino = typeof import('pino');
let pinoModule: Pino | undefined;
const pinoOf = (): Pino => (pinoModule ??= createRequire(import.meta.url)('pino') as Pino);

/** Interaction and webhook tokens travel in URL paths (/interactions/<id>/<token>/callback, /webhooks/<app>/<token>). */
const URL_TOKEN = /((?:interactions|webhooks)\/\d+\/)[A-Za-z0-9._-]{20,}/g;

/** `text` with the tokens of interaction and webhook URLs replaced by [redacted]. */
export function redactUrls(text: string): string {
  return text.replace(URL_TOKEN, '$1[redacted]');
}

/** pino's error serializer, with URL tokens redacted in every string it keeps (message, stack, url, …). */
export function serializeError(err: unknown): unknown {
  const plain = pinoOf().stdSerializers.err(err as Error);
  return JSON.parse(redactUrls(JSON.stringify(plain ?? null)));
}

function createLogger(): Logger {
  const { pino } = pinoOf();
  return pino(
    {
      serializers: { err: serializeError },
      level: process.env.KEPU_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
      redact: {
        paths: [
          'token',
          '*.token',
          'headers.authorization',
          '*.headers.authorization',
          'signingSecret',
          '*.signingSecret',
          'appToken',
          '*.appToken',
          'appSecret',
          '*.appSecret',
          'encryptKey',
          '*.encryptKey',
          'url',
          '*.url',
          'secret',
          '*.secret',
          'webhook',
          '*.webhook',
          '*.args.webhook',
          '*.args.secret',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}

let logger: Logger | undefined;
const real = (): Logger => (logger ??= createLogger());

/** pino's error, warn and info, made on first use. */
export const log: { error: LogFn; warn: LogFn; info: LogFn } = {
  error: (...args: Parameters<LogFn>) => real().error(...args),
  warn: (...args: Parameters<LogFn>) => real().warn(...args),
  info: (...args: Parameters<LogFn>) => real().info(...args),
};
