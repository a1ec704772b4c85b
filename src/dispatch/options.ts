/** Builders for commands and their options: each option pairs its description with the zod schema that validates it. */
import { z } from 'zod';
import type { Localized } from '../i18n.js';
import type { CommandDef, Completer, OptionSpec, Options } from './types.js';

/** Defines a command; the handler's values are inferred from `options`. */
export function command<const O extends Options>(def: CommandDef<O>): CommandDef<O> {
  return def;
}

type Extra<R extends boolean> = { required?: R; complete?: Completer };

function spec<T, R extends boolean>(
  kind: OptionSpec['kind'],
  description: Localized,
  schema: z.ZodType<T>,
  extra: Extra<R>,
): OptionSpec<T, NoInfer<R>> {
  return { kind, description, required: (extra.required ?? false) as R, complete: extra.complete, schema };
}

export function text<R extends boolean = false>(
  description: Localized,
  extra: Extra<R> & { max?: number } = {},
): OptionSpec<string, NoInfer<R>> {
  return spec(
    'string',
    description,
    z
      .string()
      .trim()
      .min(1)
      .max(extra.max ?? 200),
    extra,
  );
}

export function integer<R extends boolean = false>(
  description: Localized,
  min: number,
  max: number,
  extra: Extra<R> = {},
): OptionSpec<number, NoInfer<R>> {
  return spec('integer', description, z.number().int().min(min).max(max), extra);
}

export function choice<const V extends string, R extends boolean = false>(
  description: Localized,
  choices: readonly { value: V; label: Localized }[],
  extra: Extra<R> = {},
): OptionSpec<V, NoInfer<R>> {
  const values = choices.map((c) => c.value) as [V, ...V[]];
  return { ...spec('string', description, z.enum(values) as unknown as z.ZodType<V>, extra), choices: [...choices] };
}

/** A calendar date YYYY-MM-DD that exists. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  });

export function date<R extends boolean = false>(
  description: Localized,
  extra: Extra<R> = {},
): OptionSpec<string, NoInfer<R>> {
  return spec('string', description, isoDate, extra);
}

/** Any other string option with its own schema (time of day, time zone …). */
export function custom<T, R extends boolean = false>(
  description: Localized,
  schema: z.ZodType<T>,
  extra: Extra<R> = {},
): OptionSpec<T, NoInfer<R>> {
  return spec('string', description, schema, extra);
}

/**
 * A file sent with the command: an attachment option on Discord, a path in the console; on Slack the file
 * shared with the bot. The handler reads it from `ctx.caller.file` (or, in the console, from the path).
 */
export function file<R extends boolean = false>(
  description: Localized,
  extra: Extra<R> = {},
): OptionSpec<string, NoInfer<R>> {
  return spec('attachment', description, z.string().trim().min(1).max(4000), extra);
}

export const page = integer({ 'zh-CN': '页码', en: 'page number' }, 1, 1000);
