import { LoginNotConfigured, ValidationError } from '../../domain/authorization-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { StartFacebookOAuthPayload } from './start-facebook-oauth.ts';

const StartFacebookBusinessLoginInput = builder.inputType('StartFacebookBusinessLoginInput', {
  fields: (t) => ({
    label: t.string({ required: true }),
    description: t.string(),
    returnTo: t.string({ description: 'Where the callback sends the browser afterwards; must match ADSAUTH_ALLOWED_RETURN_URLS.' }),
    ownerEmail: t.string({ description: 'Where notification email about the authorization goes (optional).' }),
  }),
});

builder.mutationField('startFacebookBusinessLogin', (t) =>
  t.field({
    type: StartFacebookOAuthPayload,
    description:
      "Starts connecting a client business with Facebook Login for Business (FACEBOOK_BUSINESS_LOGIN_CONFIG_ID): the client's admin picks the ad accounts to share, and the callback (or completeFacebookOAuth) stores a BUSINESS_INTEGRATION authorization. Connecting the same business again in this workspace keeps its authorization.",
    authScopes: { editor: true },
    errors: {
      types: [ValidationError, LoginNotConfigured],
      directResult: true,
      union: { name: 'StartFacebookBusinessLoginResult' },
    },
    args: { input: t.arg({ type: StartFacebookBusinessLoginInput, required: true }) },
    resolve: (_root, { input }, context) => context.services.facebookOAuth.startBusinessLogin(actorOf(context), input),
  }),
);
