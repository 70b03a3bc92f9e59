/**
 * The deliveries the checks send, grouped by the rule they test. Each function signs
 * fresh deliveries, runs them through verifyWebhook, and returns its problems.
 */
import { expectVerdict, verdictProblem, verify, type VerifyWebhook } from './calls';
import { BARE_SECRET, NOW, signedDelivery, tampered } from './deliveries';
import { recordedReceiver } from './receiver';

const all = async (checks: Promise<string[]>[]) => (await Promise.all(checks)).flat();

const signatureWhy =
  'The signature covers "${webhook-id}.${webhook-timestamp}.${body}"; recompute it over the delivery as it arrived and compare it with each v1 entry.';

/** Genuine deliveries are accepted, with their parsed event. */
export async function validProblems(fn: VerifyWebhook): Promise<string[]> {
  return expectVerdict(
    fn,
    await signedDelivery(),
    { ok: true },
    'a delivery signed with the endpoint\'s secret',
    'Decode the part of the secret after "whsec_" from base64 and use those bytes as the HMAC-SHA256 key; sign "${id}.${timestamp}.${body}" and compare with the base64 after "v1,".',
  );
}

/** The secret works with or without its whsec_ prefix. */
export async function barePrefixProblems(fn: VerifyWebhook): Promise<string[]> {
  return expectVerdict(fn, await signedDelivery(), { ok: true }, 'a valid delivery, with the secret given without its "whsec_" prefix', 'Strip "whsec_" only when it is there, then base64-decode the rest.', {
    secret: BARE_SECRET,
  });
}

/** The raw body is verified as it arrived, not re-serialised. */
export async function rawBodyProblems(fn: VerifyWebhook): Promise<string[]> {
  const body = '{ "type": "order.shipped",\n  "data": { "order_id": "ord_7", "note": "Grüße, ünd 🚚" } }';
  return expectVerdict(
    fn,
    await signedDelivery({ body }),
    { ok: true },
    'a valid delivery whose body has spaces, a line break and non-ASCII characters',
    'Sign rawBody exactly as it arrived (encoded with TextEncoder as UTF-8); JSON.stringify(JSON.parse(body)) gives different bytes and so a different signature.',
  );
}

/** One matching v1 entry among several is enough. */
export async function multipleSignatureProblems(fn: VerifyWebhook): Promise<string[]> {
  const why = 'webhook-signature holds space-separated entries; skip the ones that are not "v1" or do not match, and accept when any v1 entry matches.';
  return all([
    signedDelivery({ header: (entry, forged) => `${forged} v1a,c2lnbmVkIHdpdGggZWQyNTUxOQ== ${entry}` }).then((delivery) =>
      expectVerdict(fn, delivery, { ok: true }, 'a valid delivery whose valid signature comes third, after one made with an old secret and a v1a entry', why),
    ),
    signedDelivery({ header: (entry, forged) => `${entry} ${forged}` }).then((delivery) =>
      expectVerdict(fn, delivery, { ok: true }, 'a valid delivery whose valid signature comes first, before one made with another secret', why),
    ),
  ]);
}

/** Anything changed after signing, or signed with another secret, is refused. */
export async function tamperingProblems(fn: VerifyWebhook): Promise<string[]> {
  const genuine = await signedDelivery();
  const refused = { ok: false, reason: 'invalid_signature' } as const;
  return all([
    expectVerdict(fn, tampered(genuine, { body: genuine.body.replace('ord_7', 'ord_8') }), refused, 'a delivery whose body was changed after signing (ord_7 → ord_8)', signatureWhy),
    expectVerdict(fn, tampered(genuine, { headers: { 'webhook-id': 'msg_forged01' } }), refused, 'a delivery whose webhook-id was changed after signing', `${signatureWhy} The id is signed so that an attacker cannot replay a delivery under a new id.`),
    expectVerdict(fn, tampered(genuine, { headers: { 'webhook-timestamp': String(NOW) } }), refused, 'a delivery whose webhook-timestamp was changed after signing (moved 3 s later)', `${signatureWhy} The timestamp is signed so that an old delivery cannot be made to look fresh.`),
    signedDelivery({ otherSecret: true }).then((delivery) =>
      expectVerdict(fn, delivery, refused, 'a delivery signed with a secret the endpoint does not know', 'Only a signature made with the endpoint\'s own secret proves who sent it.'),
    ),
  ]);
}

/** Signatures in another encoding, or not decodable, are refused without throwing. */
export async function encodingProblems(fn: VerifyWebhook): Promise<string[]> {
  const genuine = await signedDelivery();
  const refused = { ok: false, reason: 'invalid_signature' } as const;
  return all([
    signedDelivery({ hex: true }).then((delivery) =>
      expectVerdict(fn, delivery, refused, 'a delivery whose correct MAC is written in hex (v1, then 64 hex digits)', 'Standard Webhooks signatures are base64; decode the entry as base64 and compare bytes, so a hex string cannot match.'),
    ),
    expectVerdict(fn, tampered(genuine, { headers: { 'webhook-signature': 'v1,***not base64***' } }), refused, 'a delivery whose signature is not base64 at all', 'atob throws on such text: catch it and treat the entry as not matching.'),
    expectVerdict(fn, tampered(genuine, { headers: { 'webhook-signature': genuine.headers['webhook-signature']!.slice(0, 20) } }), refused, 'a delivery whose signature was cut short', 'A shorter MAC is not the MAC: compare all 32 bytes (timingSafeEqual is false when the lengths differ).'),
  ]);
}

/** Timestamps within 5 minutes either way pass; older, newer or malformed ones are refused. */
export async function timestampProblems(fn: VerifyWebhook): Promise<string[]> {
  const refused = { ok: false, reason: 'invalid_timestamp' } as const;
  const window = 'Refuse a webhook-timestamp more than 300 seconds away from now, in either direction: Math.abs(now - timestamp) > 300.';
  return all([
    signedDelivery({ timestamp: NOW - 290 }).then((d) => expectVerdict(fn, d, { ok: true }, 'a valid delivery signed 290 s ago', 'That is within the 5-minute tolerance; compare seconds with seconds.')),
    signedDelivery({ timestamp: NOW + 290 }).then((d) => expectVerdict(fn, d, { ok: true }, 'a valid delivery stamped 290 s ahead of the receiver\'s clock', 'Clocks drift: a timestamp within 5 minutes ahead is accepted too.')),
    signedDelivery({ timestamp: NOW - 600 }).then((d) => expectVerdict(fn, d, refused, 'a correctly signed delivery from 10 minutes ago', `${window} Without this check a captured delivery can be replayed forever.`)),
    signedDelivery({ timestamp: NOW + 600 }).then((d) => expectVerdict(fn, d, refused, 'a correctly signed delivery stamped 10 minutes in the future', `${window} A future stamp would stay "fresh" long after it was captured.`)),
    signedDelivery({ timestamp: '1772366400.5' }).then((d) => expectVerdict(fn, d, refused, 'a correctly signed delivery whose webhook-timestamp is "1772366400.5"', 'The timestamp must be whole seconds: test it with /^\\d+$/ before comparing.')),
  ]);
}

/** A delivery is accepted once; a forgery does not use up its id. */
export async function replayProblems(fn: VerifyWebhook): Promise<string[]> {
  const receiver = recordedReceiver();
  const delivery = await signedDelivery({ id: 'msg_replay01' });
  const first = verdictProblem(await verify(fn, delivery, { receiver }), { ok: true }, delivery, 'a valid delivery (the first time)', 'It is new and correctly signed.');
  if (first) return [first];
  const again = await verify(fn, delivery, { receiver });
  const second = verdictProblem(again, { ok: false, reason: 'replayed' }, delivery, 'the same delivery sent a second time', 'After accepting a delivery, call receiver.seen.add(id); refuse ids for which receiver.seen.has(id) is true. The timestamp is still fresh, so only the id stops this replay.');
  if (second) return [second];
  const other = await signedDelivery({ id: 'msg_replay02' });
  return expectVerdict(fn, other, { ok: true }, 'a second valid delivery with a different id', 'Only the same webhook-id is a replay.', { receiver });
}

/** Ids are remembered only once a delivery is verified. */
export async function forgeryBurnsNoIdProblems(fn: VerifyWebhook): Promise<string[]> {
  const genuine = await signedDelivery({ id: 'msg_target01' });
  const alone = await verify(fn, genuine);
  if (verdictProblem(alone, { ok: true }, genuine, '', '') !== null) {
    return ['This check needs a valid delivery to be accepted first, and verifyWebhook refused one; fix "accepts a delivery signed with the secret" above, then grade again.'];
  }
  const receiver = recordedReceiver();
  const forgeries = [
    { what: 'a delivery signed with another secret', delivery: await signedDelivery({ id: 'msg_target01', otherSecret: true }) },
    { what: "a delivery whose body was changed after signing", delivery: tampered(genuine, { body: genuine.body.replace('paid', 'cancelled') }) },
  ];
  for (const { what, delivery } of forgeries) {
    await verify(fn, delivery, { receiver });
    if (receiver.added.includes('msg_target01')) {
      return [
        `After ${what} (id msg_target01), receiver.seen holds msg_target01, so the genuine delivery with that id would now be refused as replayed. ` +
          'Add an id only after the delivery passed every check; otherwise anyone can block a genuine delivery by sending a forgery with its id first.',
      ];
    }
  }
  return expectVerdict(fn, genuine, { ok: true }, 'a valid delivery whose id msg_target01 was used by two forgeries before it', 'Forgeries must leave no trace in the receiver.', { receiver });
}

/** Each missing header is refused as missing_headers. */
export async function missingHeaderProblems(fn: VerifyWebhook): Promise<string[]> {
  const genuine = await signedDelivery();
  return all(
    ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) =>
      expectVerdict(fn, tampered(genuine, { headers: { [name]: null } }), { ok: false, reason: 'missing_headers' }, `a delivery without the ${name} header`, 'headers.get(name) is null for an absent header; check all three before anything else.'),
    ),
  );
}
