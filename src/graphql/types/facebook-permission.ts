import { type REQUESTABLE_SCOPES } from '../../domain/job-types.ts';
import { builder } from '../builder.ts';
import { describedValues } from './enum-values.ts';

type RequestableScope = (typeof REQUESTABLE_SCOPES)[number];

const descriptions = {
  ads_management: 'ads_management: manage ad accounts and their Custom Audiences. Both export jobs need it.',
  ads_read: 'ads_read: read ad accounts and their insights.',
  business_management: 'business_management: read and manage the businesses the person has a role in.',
  public_profile: "public_profile: the person's name and id.",
  email: "email: the person's primary email address.",
} satisfies Record<RequestableScope, string>;

export const FacebookPermissionEnum = builder.enumType('FacebookPermission', {
  description: 'The Facebook permissions (scopes) adsauth may ask for in the Facebook Login dialog.',
  values: describedValues(descriptions),
});
