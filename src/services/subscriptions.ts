/** Digest subscriptions of channels: settings, the next run and the last delivery. */
import type { Clock } from '../clock.js';
import type { Db } from '../store/db.js';
import {
  deleteSubscription,
  getSubscription,
  lastRun,
  listSubscriptions,
  upsertSubscription,
  type ChannelRef,
  type DigestRun,
  type NewSubscription,
  type Subscription,
} from '../store/subscriptions.js';
import { nextRun } from './scheduler.js';

export interface SubscriptionStatus extends Subscription {
  next: Date | null;
  last: DigestRun | undefined;
}

export type Settings = Omit<NewSubscription, keyof ChannelRef | 'createdBy'>;

export class SubscriptionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The subscription of a channel, with its next run and last delivery. */
  of(channel: ChannelRef): SubscriptionStatus | undefined {
    const sub = getSubscription(this.db, channel);
    return sub && { ...sub, next: nextRun(sub, this.clock.now()), last: lastRun(this.db, sub.id) };
  }

  subscribe(channel: ChannelRef, by: string, settings: Settings): SubscriptionStatus {
    upsertSubscription(this.db, { ...settings, ...channel, createdBy: by }, this.clock.now());
    return this.of(channel)!;
  }

  unsubscribe(channel: ChannelRef): boolean {
    return deleteSubscription(this.db, channel);
  }

  /** A subscription by channel id, on any platform (for the CLI). */
  byChannelId(channel: string): Subscription | undefined {
    return listSubscriptions(this.db).find((s) => s.channel === channel);
  }
}
