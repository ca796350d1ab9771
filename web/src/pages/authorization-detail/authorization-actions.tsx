import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ResultError, Success } from '../../components/notices';
import { resultMessage } from '../../components/result-message';
import type { DashboardAuthorizationQuery } from '../../gql/graphql';
import { navigate } from '../../routing';
import { DESCRIPTION_MAX_LENGTH, DETAILS_FIELD_LABELS, LABEL_MAX_LENGTH } from '../new-authorization/details-fields';
import { DeleteAuthorizationMutation, RefreshAuthorizationMutation, UpdateAuthorizationMutation } from './documents';

type Authorization = NonNullable<DashboardAuthorizationQuery['authorization']>;

export function AuthorizationActions({ authorization }: { authorization: Authorization }) {
  const [checked, check] = useMutation(RefreshAuthorizationMutation);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const editDialog = useRef<HTMLDialogElement>(null);
  const deleteDialog = useRef<HTMLDialogElement>(null);

  const checkNow = async () => {
    const result = await check({ input: { id: authorization.id } });
    const answer = result.data?.refreshAuthorization;
    setNotice(
      answer?.__typename === 'AuthorizationPayload'
        ? { ok: true, text: 'Checked with Facebook just now.' }
        : { ok: false, text: resultMessage(answer, {}, result.error?.message ?? 'The check failed.') },
    );
  };

  return (
    <div className="header-actions">
      <div className="actions">
        <button type="button" className="button" onClick={checkNow} disabled={checked.fetching}>
          {checked.fetching ? 'Checking…' : 'Check now'}
        </button>
        <button type="button" className="button" onClick={() => editDialog.current?.showModal()}>
          Edit
        </button>
        <button type="button" className="button button-danger" onClick={() => deleteDialog.current?.showModal()}>
          Delete
        </button>
      </div>
      {notice && (notice.ok ? <Success>{notice.text}</Success> : <ResultError message={notice.text} />)}
      <EditDialog ref={editDialog} authorization={authorization} />
      <DeleteDialog ref={deleteDialog} authorization={authorization} />
    </div>
  );
}

function EditDialog({ ref, authorization }: { ref: React.RefObject<HTMLDialogElement | null>; authorization: Authorization }) {
  const [error, setError] = useState<string>();
  const [saving, update] = useMutation(UpdateAuthorizationMutation);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await update({
      input: { id: authorization.id, label: String(form.get('label')).trim(), description: String(form.get('description')).trim() || null },
    });
    const answer = result.data?.updateAuthorization;
    if (answer?.__typename === 'AuthorizationPayload') ref.current?.close();
    else setError(resultMessage(answer, DETAILS_FIELD_LABELS, result.error?.message ?? 'The gateway did not answer.'));
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="edit-heading">
      <form className="form" onSubmit={submit}>
        <h2 id="edit-heading">Edit authorization</h2>
        <label className="field">
          <span>Label</span>
          <input name="label" required maxLength={LABEL_MAX_LENGTH} defaultValue={authorization.label} />
        </label>
        <label className="field">
          <span>Description</span>
          <textarea name="description" rows={3} maxLength={DESCRIPTION_MAX_LENGTH} defaultValue={authorization.description ?? ''} />
        </label>
        <ResultError message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving.fetching}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}

function DeleteDialog({ ref, authorization }: { ref: React.RefObject<HTMLDialogElement | null>; authorization: Authorization }) {
  const [error, setError] = useState<string>();
  const [deleting, remove] = useMutation(DeleteAuthorizationMutation);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const revokeAtFacebook = new FormData(event.currentTarget).get('revokeAtFacebook') === 'on';
    const result = await remove({ input: { id: authorization.id, revokeAtFacebook } });
    const answer = result.data?.deleteAuthorization;
    if (answer?.__typename === 'DeleteAuthorizationPayload') {
      ref.current?.close();
      navigate('/');
    } else setError(resultMessage(answer, {}, result.error?.message ?? 'The gateway did not answer.'));
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="delete-heading">
      <form className="form" onSubmit={submit}>
        <h2 id="delete-heading">Delete “{authorization.label}”?</h2>
        <p>Export jobs that use it stop working. Its token is erased; its history stays in the webhook deliveries already sent.</p>
        <label className="checkbox">
          <input type="checkbox" name="revokeAtFacebook" /> Also revoke at Facebook (removes the app&apos;s permissions for this person)
        </label>
        <ResultError message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Keep it
          </button>
          <button type="submit" className="button button-danger" disabled={deleting.fetching}>
            Delete authorization
          </button>
        </div>
      </form>
    </dialog>
  );
}
