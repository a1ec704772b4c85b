/** Bolt's InstallationStore on SQLite: OAuth installations of the Slack app, one per workspace (or org). */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Db } from './db.js';

function keyOf(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  const key = q.isEnterpriseInstall ? q.enterpriseId : q.teamId;
  if (!key) throw new Error('installation query without a team or enterprise id');
  return key;
}

export function sqliteInstallationStore(db: Db, now: () => Date): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = keyOf({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      db.prepare('INSERT OR REPLACE INTO slack_installation (id, data, updated_at) VALUES (?, ?, ?)').run(
        key,
        JSON.stringify(installation),
        now().toISOString(),
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const row = db.prepare('SELECT data FROM slack_installation WHERE id = ?').get(keyOf(query)) as
        { data: string } | undefined;
      if (!row) throw new Error(`no Slack installation for ${keyOf(query)}`);
      return JSON.parse(row.data) as Installation<'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      db.prepare('DELETE FROM slack_installation WHERE id = ?').run(keyOf(query));
    },
  };
}
