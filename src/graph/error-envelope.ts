// docs/graph-api.md "Error envelope": `{"error":{message,type,code,error_subcode,is_transient,…}}`. Parsed leniently:
// a field of the wrong type is dropped rather than making the whole error unreadable.
import { z } from 'zod';

// Codes are numbers; a numeric string is accepted too.
const optionalNumber = z
  .union([
    z.number().int(),
    z
      .string()
      .regex(/^-?\d+$/)
      .transform(Number),
  ])
  .optional()
  .catch(undefined);
const optionalString = z.string().optional().catch(undefined);

const envelopeSchema = z.object({
  error: z.object({
    message: z.string().catch('Graph returned an error without a message'),
    type: optionalString,
    code: optionalNumber,
    error_subcode: optionalNumber,
    is_transient: z.boolean().optional().catch(undefined),
    error_user_title: optionalString,
    error_user_msg: optionalString,
    fbtrace_id: optionalString,
  }),
});

export type GraphErrorEnvelope = z.infer<typeof envelopeSchema>['error'];

/** The `error` object of a Graph response body, or undefined when the body holds none. */
export function parseErrorEnvelope(body: unknown): GraphErrorEnvelope | undefined {
  const parsed = envelopeSchema.safeParse(body);
  return parsed.success ? parsed.data.error : undefined;
}

/** Graph sometimes echoes parameters in messages; no secret we sent may come back out in an error. */
export function redactEnvelope(envelope: GraphErrorEnvelope, secrets: readonly string[]): GraphErrorEnvelope {
  return {
    ...envelope,
    message: redact(envelope.message, secrets),
    error_user_title: envelope.error_user_title && redact(envelope.error_user_title, secrets),
    error_user_msg: envelope.error_user_msg && redact(envelope.error_user_msg, secrets),
  };
}

function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  // The longest first, so a token that contains a shorter secret is removed whole.
  for (const secret of [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join('[redacted]');
  }
  return result;
}
