import type { Remediation } from '../../domain/remediation.ts';
import { builder } from '../builder.ts';

/** The one shape of "what to do" for health issues, export blockers and app warnings. */
export const RemediationRef = builder.objectRef<Remediation>('Remediation').implement({
  description: 'What a person can do about a health issue, an export blocker or an app warning.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'What to do, in plain words.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where to do it, when there is such a place.' }),
  }),
});
