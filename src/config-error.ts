/** A setting that cannot be used; its message names the setting and what to do (apart from config.ts: no zod to load). */
export class ConfigError extends Error {}
