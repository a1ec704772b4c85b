/** Feishu event ids already handled, so a re-delivered event is handled once, across restarts. */
import type { Db } from './db.js';

/** Records a Feishu event id; false when it was recorded before (a re-delivery). Forgets ids older than `keepBefore`. */
export function firstDelivery(db: Db, eventId: string, now: Date, keepBefore: Date): boolean {
  db.prepare('DELETE FROM feishu_event WHERE received_at < ?').run(keepBefore.toISOString());
  return (
    db
      .prepare('INSERT INTO feishu_event (event_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
      .run(eventId, now.toISOString()).changes > 0
  );
}
