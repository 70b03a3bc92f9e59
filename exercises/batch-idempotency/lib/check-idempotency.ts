/**
 * Checks on the Idempotency-Key: a replay gets the first response without touching the
 * store, the same key with another body is refused, concurrent duplicates run once, and
 * different keys (or none) run separately.
 */
import { send, setUp, type CreateBatchHandler, type Sent } from './requests';
import { describeCalls } from './user-store';

const batch = (email: string) => ({
  operations: [
    { op: 'create', data: { name: 'Grace Hopper', email } },
    { op: 'update', id: 'usr_1', data: { name: 'Ada King' } },
    { op: 'delete', id: 'usr_404' },
  ],
});

const parsedEqual = (a: Sent, b: Sent) => a.json !== undefined && JSON.stringify(a.json) === JSON.stringify(b.json);

/** The same key and body again: same status and body, marked as a replay, store untouched. */
export async function replayProblems(create: CreateBatchHandler): Promise<string[]> {
  const { store, handler } = setUp(create);
  const request = { body: batch('grace@example.com'), key: 'key-replay-1' };
  const first = await send(handler, request);
  const callsAfterFirst = store.calls.length;
  if (callsAfterFirst === 0) {
    return [`${first.label} never called the store, so there is nothing to replay yet: run the batch the first time (see the checks above), then keep its response.`];
  }
  if (first.headers.get('idempotency-replayed') === 'true') {
    return [`${first.label}, sent for the first time, was marked Idempotency-Replayed: true; only a repeat is a replay.`];
  }
  const second = await send(handler, request);
  if (store.calls.length !== callsAfterFirst) {
    return [
      `The same request sent again (same Idempotency-Key and body) called the store again: ${describeCalls(store.calls.slice(callsAfterFirst))}. ` +
        'Keep the first response under its key, and on a repeat answer with it without running the operations: the client is retrying, not asking twice.',
    ];
  }
  if (second.status !== first.status || !parsedEqual(first, second)) {
    return [
      `The repeat of ${first.label} answered ${second.status} ${second.text.slice(0, 120)}; the first answer was ${first.status} ${first.text.slice(0, 120)}. ` +
        'A replay is the same status and the same body, so the client cannot tell it from the answer it missed.',
    ];
  }
  return second.headers.get('idempotency-replayed') === 'true'
    ? []
    : [`The repeat of ${first.label} gave the right answer without the header Idempotency-Replayed: true; add it, so the client and its logs can see that nothing ran again.`];
}

/** The same key with another body is refused with 422 idempotency_key_reused. */
export async function keyReuseProblems(create: CreateBatchHandler): Promise<string[]> {
  const { store, handler } = setUp(create);
  await send(handler, { body: batch('grace@example.com'), key: 'key-reuse-1' });
  const callsAfterFirst = store.calls.length;
  const changed = await send(handler, { body: batch('hopper@example.com'), key: 'key-reuse-1' });
  const code = (changed.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  if (changed.status !== 422 || code !== 'idempotency_key_reused') {
    return [
      `${changed.label}, whose key was already used for a different body, answered ${changed.status} ${changed.text.slice(0, 120)}; expected 422 with error.code "idempotency_key_reused". ` +
        'Keep the request body with the key and compare it: answering with the old response would tell the client that its new batch ran.',
    ];
  }
  return store.calls.length === callsAfterFirst
    ? []
    : [`${changed.label} was refused, but the store was called first (${describeCalls(store.calls.slice(callsAfterFirst))}); compare the body before running anything.`];
}

/** Three identical requests at the same moment run the batch once and get one answer. */
export async function concurrencyProblems(create: CreateBatchHandler): Promise<string[]> {
  const { store, handler } = setUp(create);
  const request = { body: batch('grace@example.com'), key: 'key-concurrent-1' };
  const answers = await Promise.all([send(handler, request), send(handler, request), send(handler, request)]);
  const creates = store.calls.filter((call) => call.method === 'create').length;
  if (creates === 0) {
    return [`Three copies of ${answers[0]!.label} sent at once never called deps.users.create: the batch did not run at all. Run it once (see the checks above), and give every copy that run's answer.`];
  }
  if (creates !== 1) {
    return [
      `Three copies of ${answers[0]!.label} sent at the same moment called deps.users.create ${creates} times; expected once. ` +
        'The copies did not find each other: a copy that arrives while the first is still running must find its key already taken. Put a promise of the response into the map before the first await after the lookup, and let duplicates await that same promise.',
    ];
  }
  const differing = answers.find((answer) => answer.status !== answers[0]!.status || !parsedEqual(answer, answers[0]!));
  return differing
    ? [`Three copies of ${answers[0]!.label} sent at once ran the batch once, but got different answers (${answers.map((a) => a.status).join(', ')}); every copy gets the first copy's status and body.`]
    : [];
}

/** Different keys, or no key, are different requests: each runs. */
export async function distinctKeyProblems(create: CreateBatchHandler): Promise<string[]> {
  const { store, handler } = setUp(create);
  const body = batch('grace@example.com');
  await send(handler, { body, key: 'key-a' });
  await send(handler, { body, key: 'key-b' });
  await send(handler, { body });
  await send(handler, { body });
  const creates = store.calls.filter((call) => call.method === 'create').length;
  if (creates === 0) return ['The same body sent with two keys and twice without a key never called deps.users.create: the batch did not run at all. Run it (see the checks above).'];
  return creates === 4
    ? []
    : [
        `The same body sent with Idempotency-Key key-a, then key-b, then twice without a key called deps.users.create ${creates} times; expected 4. ` +
          'Only the key says "this is a retry": two keys are two intended requests, and without a key every request runs.',
      ];
}
