/** Builders for command options: each pairs the platform description with the zod schema that validates it. */
import { z } from 'zod';
import type { AutocompleteSource, Localized, OptionSpec } from './types.js';

type Extra = { required?: boolean; autocomplete?: AutocompleteSource };

export function text(description: Localized, extra: Extra & { max?: number } = {}): OptionSpec {
  return { kind: 'string', description, required: extra.required ?? false, autocomplete: extra.autocomplete, schema: z.string().trim().min(1).max(extra.max ?? 200) };
}

export function integer(description: Localized, min: number, max: number, extra: Extra = {}): OptionSpec {
  return { kind: 'integer', description, required: extra.required ?? false, autocomplete: extra.autocomplete, schema: z.number().int().min(min).max(max) };
}

export function choice(description: Localized, choices: { value: string; label: Localized }[], extra: Extra = {}): OptionSpec {
  const values = choices.map((c) => c.value) as [string, ...string[]];
  return { kind: 'string', description, required: extra.required ?? false, choices, schema: z.enum(values) };
}

/** A calendar date YYYY-MM-DD that exists. */
export function date(description: Localized, extra: Extra = {}): OptionSpec {
  return {
    kind: 'string',
    description,
    required: extra.required ?? false,
    schema: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)),
  };
}

export const page: OptionSpec = integer({ 'zh-CN': '页码', en: 'page number' }, 1, 1000);
