import { useEffect, useRef, useState } from 'react';

export type PopupOutcome =
  { kind: 'connected'; authorizationId: string; message: string } | { kind: 'failed'; error: string } | { kind: 'closed' };

/** What the gateway's callback page posts to the window that opened it (README "Building your own frontend"). */
const MESSAGE_TYPE = 'adsauth:oauth';
const WATCH_CLOSED_EVERY_MS = 400;

type OAuthMessage = { type: typeof MESSAGE_TYPE; authorizationId?: unknown; error?: unknown };
const isOAuthMessage = (data: unknown): data is OAuthMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === MESSAGE_TYPE;

/**
 * Facebook's dialog in a popup. The popup is opened on the click (so no popup blocker stops it) and
 * sent to the dialog once the gateway answered with its URL. The gateway's callback page posts how it
 * ended (the authorization's id, or an error code) to this window and closes itself.
 */
export function useOAuthPopup() {
  const [outcome, setOutcome] = useState<PopupOutcome>();
  const [waiting, setWaiting] = useState(false);
  const popup = useRef<Window | null>(null);
  const label = useRef('');

  useEffect(() => {
    if (!waiting) return;
    const onMessage = (event: MessageEvent) => {
      // Only the callback page, on the gateway's (this) origin, in the popup this page opened.
      if (event.origin !== window.location.origin || event.source !== popup.current || !isOAuthMessage(event.data)) return;
      const { authorizationId, error } = event.data;
      setWaiting(false);
      setOutcome(
        typeof authorizationId === 'string'
          ? { kind: 'connected', authorizationId, message: `The authorization "${label.current}" is saved.` }
          : { kind: 'failed', error: typeof error === 'string' ? error : 'server_error' },
      );
    };
    // A popup gives no event when the person closes it. The callback page closes it right after its
    // message, so a close counts as "closed by the person" only when no message came by the next look.
    let closedSeen = false;
    const timer = window.setInterval(() => {
      if (popup.current && !popup.current.closed) return;
      if (!closedSeen) {
        closedSeen = true;
        return;
      }
      setWaiting(false);
      setOutcome((current) => current ?? { kind: 'closed' });
    }, WATCH_CLOSED_EVERY_MS);
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(timer);
    };
  }, [waiting]);

  return {
    outcome,
    waiting,
    /** Call in the click handler, before any await. */
    open(labelAskedFor: string) {
      setOutcome(undefined);
      label.current = labelAskedFor;
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
