/** Secrets never reach the logs: interaction and webhook tokens in URLs are redacted from errors. */
import { describe, expect, it } from 'vitest';
import { DiscordAPIError } from 'discord.js';
import { redactUrls, serializeError } from '../src/log.js';

const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQtdG9rZW4tdmFsdWU';

describe('log redaction', () => {
  it('redacts the interaction token of a failed Discord callback from the logged error', () => {
    const url = `http://127.0.0.1:1/api/v10/interactions/123456789012345678/${TOKEN}/callback`;
    const err = new DiscordAPIError({ message: 'Unknown interaction', code: 10062 }, 10062, 404, 'POST', url, {
      body: { type: 4 },
    });
    const logged = JSON.stringify(serializeError(err));
    expect(logged).not.toContain(TOKEN);
    expect(logged).toContain('interactions/123456789012345678/[redacted]');
  });

  it('redacts webhook tokens and leaves other text alone', () => {
    expect(redactUrls(`PATCH /webhooks/100000000000000001/${TOKEN}/messages/@original`)).toBe(
      'PATCH /webhooks/100000000000000001/[redacted]/messages/@original',
    );
    expect(redactUrls('interactions/12/short')).toBe('interactions/12/short');
  });
});
