/**
 * What the lab must remember between leaving for the authorization server and coming
 * back: the verifier, the state and the URL it sent. sessionStorage, because it belongs
 * to this tab only, survives the round trip, and is gone when the tab closes; a verifier
 * in localStorage would outlive the flow and be readable from every tab of the origin.
 */

const KEY = 'workbench.oauth-lab.pending';

export interface PendingAuthorization {
  verifier: string;
  challenge: string;
  state: string;
  /** The authorize path and query that was sent. */
  authorizePath: string;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // Some privacy modes throw on access; the lab then says so instead of crashing.
  }
}

/** Remembers the pending authorization for this tab; false when sessionStorage is unavailable. */
export function savePending(pending: PendingAuthorization): boolean {
  const store = storage();
  if (!store) return false;
  store.setItem(KEY, JSON.stringify(pending));
  return true;
}

/** The pending authorization of this tab, or null when there is none (or it is unreadable). */
export function loadPending(): PendingAuthorization | null {
  const text = storage()?.getItem(KEY);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<PendingAuthorization>;
    if (typeof value.verifier === 'string' && typeof value.challenge === 'string' && typeof value.state === 'string' && typeof value.authorizePath === 'string')
      return value as PendingAuthorization;
  } catch {
    // Not ours or damaged: treat as absent.
  }
  return null;
}

/** Forgets the pending authorization (after the code is exchanged, or to start again). */
export function clearPending(): void {
  storage()?.removeItem(KEY);
}
