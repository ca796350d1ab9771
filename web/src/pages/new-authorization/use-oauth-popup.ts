import { useEffect, useRef, useState } from 'react';
import { useAuthorizationEvents } from '../../api/use-authorization-events';

export type PopupOutcome =
  { kind: 'connected'; authorizationId?: string; message: string } | { kind: 'failed'; message: string } | { kind: 'closed' };

const CALLBACK_PATH = '/oauth/facebook/callback/';
const WATCH_EVERY_MS = 250;

/**
 * Facebook's dialog in a popup. The popup is opened on the click (so no popup blocker stops it) and
 * sent to the dialog once the gateway answered with its URL. The new authorization's id comes from
 * the live AUTHORIZATION_CREATED event with the label asked for; how it ended, from the gateway's
 * callback page, which is on this origin.
 *
 * When the callback page posts `{ type: "adsauth:oauth", authorizationId | error }` to its opener (a
 * planned gateway change), a `message` listener replaces the watch below and the page reading.
 */
export function useOAuthPopup() {
  const [outcome, setOutcome] = useState<PopupOutcome>();
  const [waiting, setWaiting] = useState(false);
  const popup = useRef<Window | null>(null);
  const expected = useRef<{ label: string; authorizationId?: string }>(undefined);

  useAuthorizationEvents((event) => {
    if (expected.current && event.type === 'AUTHORIZATION_CREATED' && event.label === expected.current.label) {
      expected.current.authorizationId = event.authorizationId ?? undefined;
      setOutcome((current) =>
        current?.kind === 'connected' ? { ...current, authorizationId: expected.current?.authorizationId } : current,
      );
    }
  });

  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => {
      const window_ = popup.current;
      if (!window_ || window_.closed) {
        setWaiting(false);
        setOutcome((current) => current ?? { kind: 'closed' });
        return;
      }
      const ended = endOf(window_);
      if (!ended) return;
      window_.close();
      setWaiting(false);
      setOutcome(
        ended.ok
          ? { kind: 'connected', authorizationId: expected.current?.authorizationId, message: ended.message }
          : { kind: 'failed', message: ended.message },
      );
    }, WATCH_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [waiting]);

  return {
    outcome,
    waiting,
    /** Call in the click handler, before any await. */
    open(label: string) {
      setOutcome(undefined);
      expected.current = { label };
      popup.current = window.open('about:blank', 'adsauth-facebook', 'popup,width=620,height=720');
      setWaiting(popup.current !== null);
      return popup.current;
    },
    go(url: string) {
      popup.current?.location.assign(url);
    },
    cancel() {
      popup.current?.close();
      setWaiting(false);
    },
  };
}

/** The callback page's verdict once it has loaded on this origin; undefined while the dialog is open. */
function endOf(popup: Window): { ok: boolean; message: string } | undefined {
  let doc: Document;
  try {
    if (popup.location.pathname !== CALLBACK_PATH) return undefined;
    doc = popup.document;
  } catch {
    return undefined; // still on Facebook's origin
  }
  if (doc.readyState !== 'complete') return undefined;
  const title = doc.querySelector('h1')?.textContent ?? '';
  const message = doc.querySelector('p')?.textContent ?? title;
  return { ok: title.startsWith('Facebook connected'), message };
}
