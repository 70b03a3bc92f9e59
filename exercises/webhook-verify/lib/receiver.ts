/**
 * The receiver handed to verifyWebhook: a seen-ids store and a constant-time compare, both
 * recording how they were used, so the checks can see whether ids were remembered and
 * whether signatures went through the constant-time comparison.
 */

export interface RecordedReceiver extends WebhookReceiver {
  added: string[];
  compares: { lengths: [number, number]; equal: boolean }[];
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/** A fresh receiver that remembers nothing yet. */
export function recordedReceiver(): RecordedReceiver {
  const ids = new Set<string>();
  const added: string[] = [];
  const compares: RecordedReceiver['compares'] = [];
  return {
    added,
    compares,
    seen: {
      has: (id) => ids.has(id),
      add: (id) => {
        added.push(id);
        ids.add(id);
      },
    },
    timingSafeEqual(a, b) {
      if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) {
        throw new TypeError('timingSafeEqual compares bytes: pass two Uint8Arrays (e.g. new Uint8Array(await crypto.subtle.sign(...)) and the decoded signature).');
      }
      const equal = constantTimeEqual(a, b);
      compares.push({ lengths: [a.length, b.length], equal });
      return equal;
    },
  };
}
