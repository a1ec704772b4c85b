/**
 * A setting that cannot be used; its message names the setting and what to do. Apart from config.ts, so that
 * the modules throwing it (the importer, loaded by the import workers) do not load zod.
 */
export class ConfigError extends Error {}
