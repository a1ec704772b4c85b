/** Group-robot webhooks that digests of platform 'webhook' are posted to. */
import type { Db } from './db.js';
import type { Platform } from '../reply.js';

export type WebhookKind = 'feishu' | 'dingtalk' | 'wecom';

export interface Webhook {
  workspace: string;
  id: string;
  kind: WebhookKind;
  url: string;
  secret: string | null;
  originPlatform: Platform;
  originChannel: string;
}

const COLUMNS = `workspace, id, kind, url, secret, origin_platform AS originPlatform, origin_channel AS originChannel`;

export function upsertWebhook(db: Db, w: Webhook, now: Date): void {
  db.prepare(
    `INSERT INTO webhook (workspace, id, kind, url, secret, origin_platform, origin_channel, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (workspace, id) DO UPDATE SET url = excluded.url, secret = excluded.secret,
       origin_platform = excluded.origin_platform, origin_channel = excluded.origin_channel`,
  ).run(w.workspace, w.id, w.kind, w.url, w.secret, w.originPlatform, w.originChannel, now.toISOString());
}

export function getWebhook(db: Db, workspace: string, id: string): Webhook | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM webhook WHERE workspace = ? AND id = ?`).get(workspace, id) as
    Webhook | undefined;
}

export function listWebhooks(db: Db, workspace: string): Webhook[] {
  return db.prepare(`SELECT ${COLUMNS} FROM webhook WHERE workspace = ? ORDER BY id`).all(workspace) as Webhook[];
}

export function deleteWebhook(db: Db, workspace: string, id: string): void {
  db.prepare('DELETE FROM webhook WHERE workspace = ? AND id = ?').run(workspace, id);
}
