/**
 * Which plans a workspace sees: the host's library (plans without an owner) and its own. Every query of
 * plans and what hangs off them filters through this; its one `?` parameter is the workspace.
 */
export const VISIBLE_PLANS = 'SELECT id FROM plan WHERE workspace IS NULL OR workspace = ?';

/** The condition on a plan row aliased `alias`; one `?` parameter, the workspace. */
export function visible(alias: string): string {
  return `(${alias}.workspace IS NULL OR ${alias}.workspace = ?)`;
}
