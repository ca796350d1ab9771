import type { z } from 'zod';
import { ValidationError } from '../../domain/authorization-errors.ts';

/** Parses use-case input; the first problem becomes a typed ValidationError naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || 'input';
  throw new ValidationError(`${field}: ${issue.message}`, field);
}
