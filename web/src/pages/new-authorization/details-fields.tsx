/** The gateway's limits (src/services/authorizations/authorization-inputs.ts): the form lets no one type past them. */
export const LABEL_MAX_LENGTH = 100;
export const DESCRIPTION_MAX_LENGTH = 500;

/** The fields' labels as a refusal names them (resultMessage). */
export const DETAILS_FIELD_LABELS = {
  label: 'The label',
  description: 'The description',
  ownerEmail: 'The owner email',
  accessToken: 'The access token',
};

/** Label, description and owner email: what every method asks for. */
export interface Details {
  label: string;
  description?: string;
  ownerEmail?: string;
}

export function readDetails(form: FormData): Details {
  const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
  return { label: text('label') ?? '', description: text('description'), ownerEmail: text('ownerEmail') };
}

export function DetailsFields() {
  return (
    <>
      <label className="field">
        <span>Label</span>
        <input name="label" required maxLength={LABEL_MAX_LENGTH} placeholder="e.g. Acme main ad account" />
      </label>
      <label className="field">
        <span>
          Description <span className="muted">(optional)</span>
        </span>
        <textarea name="description" rows={2} maxLength={DESCRIPTION_MAX_LENGTH} />
      </label>
      <label className="field">
        <span>
          Owner email <span className="muted">(optional)</span>
        </span>
        <input name="ownerEmail" type="email" autoComplete="email" />
        <span className="hint">Who is told when this authorization needs attention.</span>
      </label>
    </>
  );
}
