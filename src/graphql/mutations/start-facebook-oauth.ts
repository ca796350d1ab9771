import { NotFound, ValidationError } from '../../domain/authorization-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from '../types/authorization.ts';
import { FacebookPermissionEnum } from '../types/facebook-permission.ts';

const StartFacebookOAuthInput = builder.inputType('StartFacebookOAuthInput', {
  fields: (t) => ({
    label: t.string({ required: true }),
    description: t.string(),
    scopes: t.field({ type: [FacebookPermissionEnum], description: 'The permissions to ask for; defaults to [ADS_MANAGEMENT].' }),
    returnTo: t.string({ description: 'Where the callback sends the browser afterwards; must match ADSAUTH_ALLOWED_RETURN_URLS.' }),
    authorizationId: t.globalID({ for: AuthorizationRef, description: 'Re-authorize this authorization, keeping its id and label.' }),
    ownerEmail: t.string({ description: 'Where notification email about the new authorization goes (optional).' }),
  }),
});

export const StartFacebookOAuthPayload = builder
  .objectRef<{ authorizeUrl: string; state: string; expiresAt: Date }>('StartFacebookOAuthPayload')
  .implement({
    fields: (t) => ({
      authorizeUrl: t.exposeString('authorizeUrl', { description: "Send the person's browser here." }),
      state: t.exposeString('state', { description: 'Single-use; echoed back by Facebook to the callback.' }),
      expiresAt: t.field({ type: 'DateTime', resolve: (payload) => payload.expiresAt }),
    }),
  });

builder.mutationField('startFacebookOAuth', (t) =>
  t.field({
    type: StartFacebookOAuthPayload,
    description: 'Starts connecting a Facebook user: returns the Facebook dialog URL to send the person to.',
    authScopes: { editor: true },
    errors: { types: [ValidationError, NotFound], directResult: true, union: { name: 'StartFacebookOAuthResult' } },
    args: { input: t.arg({ type: StartFacebookOAuthInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.facebookOAuth.start(actorOf(context), { ...input, authorizationId: input.authorizationId?.id }),
  }),
);
