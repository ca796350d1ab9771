/** An answer of a mutation's result union, as the dashboard selects it (`... on Error { message }`, ValidationError's `field`). */
interface Answer {
  message?: string;
  field?: string;
}

/**
 * The words to show a person for a failed result. A ValidationError's message starts with the API's
 * field name ("url: must use https"): that name becomes the form's own label for the field.
 */
export function resultMessage(answer: Answer | null | undefined, labels: Record<string, string>, fallback: string): string {
  const message = answer?.message;
  if (!message) return fallback;
  const field = answer.field;
  if (!field || !message.startsWith(`${field}: `)) return message;
  const problem = message.slice(field.length + 2);
  return `${labels[field] ?? 'A field'} ${problem}`;
}
