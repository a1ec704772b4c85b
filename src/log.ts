/** The one logger: structured JSON on stderr, tokens and secrets redacted. */
import { pino } from 'pino';

/** Interaction and webhook tokens travel in URL paths (/interactions/<id>/<token>/callback, /webhooks/<app>/<token>). */
const URL_TOKEN = /((?:interactions|webhooks)\/\d+\/)[A-Za-z0-9._-]{20,}/g;

/** `text` with the tokens of interaction and webhook URLs replaced by [redacted]. */
export function redactUrls(text: string): string {
  return text.replace(URL_TOKEN, '$1[redacted]');
}

/** pino's error serializer, with URL tokens redacted in every string it keeps (message, stack, url, …). */
export function serializeError(err: unknown): unknown {
  const plain = pino.stdSerializers.err(err as Error);
  return JSON.parse(redactUrls(JSON.stringify(plain ?? null)));
}

export const log = pino(
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
