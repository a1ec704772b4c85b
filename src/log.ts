/** The one logger: structured JSON on stderr, tokens and secrets redacted. */
import { pino } from 'pino';

export const log = pino(
  {
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
