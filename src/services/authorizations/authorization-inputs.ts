import { z } from 'zod';
import { DEFAULT_OAUTH_SCOPES, REQUESTABLE_SCOPES } from '../../domain/job-types.ts';

export const label = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
export const description = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .nullish()
  .transform((value) => (value ? value : null));
// Graph tokens are long opaque strings; reject whitespace early so a pasted line break is caught.
export const accessToken = z
  .string()
  .trim()
  .min(20, 'does not look like a Facebook access token')
  .max(2048, 'is too long for a Facebook access token')
  .regex(/^\S+$/, 'must not contain spaces');

export const scopes = z
  .array(z.enum(REQUESTABLE_SCOPES, { error: `must be among ${REQUESTABLE_SCOPES.join(', ')}` }))
  .max(REQUESTABLE_SCOPES.length)
  .nullish()
  .transform((list) => [...new Set(list && list.length > 0 ? list : DEFAULT_OAUTH_SCOPES)]);

/** Where notification email about an authorization goes; null clears it. */
export const ownerEmail = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be an email address' }))
  .nullable();

export const businessId = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be the numeric Business Manager id')
  .nullish()
  .transform((value) => value ?? null);
