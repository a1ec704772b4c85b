/**
 * The one contract every platform adapter implements (console, Discord, Slack, Feishu). An adapter
 * only translates: platform events → Dispatcher invocations with a Caller, Replies → platform messages.
 * main.ts starts every enabled adapter, hands the posters to the digest scheduler, and stops them on exit.
 */
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { Poster } from '../reply.js';

export interface Adapter extends Poster {
  /** Connects to the platform and starts answering commands through `dispatcher`. */
  start(dispatcher: Dispatcher): Promise<void>;
  /** Lets in-flight replies finish (within a deadline), then disconnects. */
  stop(): Promise<void>;
}
