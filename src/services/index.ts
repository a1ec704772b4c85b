/** The domain services that command handlers call. Built once per process by createApp (src/app.ts). */
import type { AutocompleteSource } from '../dispatch/types.js';

export interface Services {
  /** Autocomplete suggestions for an option source, scoped to a workspace. */
  suggest(source: AutocompleteSource, partial: string, workspace: string): { label: string; value: string }[];
}
