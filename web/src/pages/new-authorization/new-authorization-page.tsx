import { useState } from 'react';
import { Link, useLocation } from '../../routing';
import { BusinessLoginForm } from './business-login-form';
import { FacebookUserForm } from './facebook-user-form';
import { RedirectResult } from './redirect-result';
import { SystemUserForm } from './system-user-form';

type Method = 'FACEBOOK_USER' | 'SYSTEM_USER' | 'BUSINESS_INTEGRATION';

const METHODS: { value: Method; title: string; text: string }[] = [
  {
    value: 'FACEBOOK_USER',
    title: 'Facebook user',
    text: 'A person signs in with Facebook and grants access to their ad accounts. Quick, but it stops working when they change their password or leave.',
  },
  {
    value: 'SYSTEM_USER',
    title: 'Business Manager system user',
    text: 'A token generated for a system user in Business Settings. Not tied to a person, valid until revoked: the recommended method.',
  },
  {
    value: 'BUSINESS_INTEGRATION',
    title: 'Login for Business',
    text: "A client business's admin picks the ad accounts to share in Facebook's dialog; nobody copies a token.",
  },
];

export function NewAuthorizationPage() {
  const [method, setMethod] = useState<Method>('FACEBOOK_USER');
  const { search } = useLocation();
  const returned = new URLSearchParams(search);
  return (
    <>
      <div className="page-heading">
        <div>
          <p className="breadcrumb">
            <Link to="/">Authorizations</Link> / New
          </p>
          <h1>New authorization</h1>
          <p className="lede">Select the method, enter a label and an optional description, authorize, save.</p>
        </div>
      </div>
      <RedirectResult params={returned} />
      <fieldset className="methods">
        <legend>Method</legend>
        {METHODS.map((option) => (
          <label key={option.value} className={`method ${method === option.value ? 'method-selected' : ''}`}>
            <input
              type="radio"
              name="method"
              value={option.value}
              checked={method === option.value}
              onChange={() => setMethod(option.value)}
            />
            <span className="method-title">{option.title}</span>
            <span className="method-text">{option.text}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted small">
        Both Facebook methods can run the Export Audiences and Export Audiences (Web Traffic) jobs, once the ad account has accepted the
        Custom Audience terms.
      </p>
      {method === 'FACEBOOK_USER' && <FacebookUserForm />}
      {method === 'SYSTEM_USER' && <SystemUserForm />}
      {method === 'BUSINESS_INTEGRATION' && <BusinessLoginForm />}
    </>
  );
}
