/** Errors a handler or the dispatcher turns into a reply that says what was wrong and what to type instead. */
import { translate, type Locale, type MessageKey, type Vars } from '../i18n.js';
import type { Reply } from '../reply.js';

/** Thrown by handlers for input the user can fix; becomes a `problem` reply in the caller's language. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly vars: Vars = {},
    readonly hint?: string,
  ) {
    super(key);
  }
}

/** A reply that tells the user what was wrong and what to type instead (only they see it). */
export function problem(locale: Locale, key: MessageKey, vars: Vars = {}, hint?: string): Reply {
  return {
    title: translate(locale, 'error.title'),
    text: translate(locale, key, vars),
    footer: hint,
    ephemeral: true,
    error: true,
    locale,
  };
}
