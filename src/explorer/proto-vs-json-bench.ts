/**
 * JSON versus protobuf binary on the same data, measured where it runs: N user
 * messages encoded and decoded both ways, timed with performance.now(). Nothing is
 * typed in: the figures are whatever this machine's JavaScript engine produces.
 */
import { create, equals, fromBinary, fromJson, toBinary, toJson, type JsonValue } from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { UserSchema, type User } from '../../sandbox/grpc/gen/user/v1/user_pb';

/** Cost of one encoding for the whole batch. */
export interface CodecCost {
  /** Bytes of all messages together. */
  bytes: number;
  /** Milliseconds to encode every message once (after a warm-up pass). */
  encodeMs: number;
  /** Milliseconds to decode every message once. */
  decodeMs: number;
}

/** One measurement: the same messages through both encodings. */
export interface Measurement {
  count: number;
  json: CodecCost;
  proto: CodecCost;
  /** True when every message decoded equal to the original in both encodings. */
  roundTrips: boolean;
}

/** Upper bound for one run, so a mistyped count cannot freeze the page. */
export const MAX_MESSAGES = 100_000;

/**
 * `count` users made from `seed` (real sandbox users): the seed cycles, each copy with
 * its own id and email, so both encodings see the same varied, realistic text.
 */
export function sampleUsers(seed: readonly User[], count: number): User[] {
  if (seed.length === 0) throw new Error('sampleUsers needs at least one seed user; load them from ListUsers first.');
  return Array.from({ length: count }, (_, i) => {
    const base = seed[i % seed.length]!;
    const [local, domain] = base.email.split('@');
    return create(UserSchema, {
      id: `usr_${i + 1}`,
      name: base.name,
      email: `${local}+${i + 1}@${domain ?? 'example.com'}`,
      createTime: base.createTime ?? timestampFromMs(Date.UTC(2026, 0, 1) + i * 60_000),
    });
  });
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

/** Encodes and decodes `users` as protobuf JSON text and as protobuf binary; returns sizes and times. */
export function measure(users: readonly User[], now: () => number = () => performance.now()): Measurement {
  if (users.length > MAX_MESSAGES) throw new Error(`Measure at most ${MAX_MESSAGES} messages at once, not ${users.length}.`);
  // A warm-up pass lets the engine compile both paths before they are timed.
  runJson(users.slice(0, 200), now);
  runProto(users.slice(0, 200), now);
  const json = runJson(users, now);
  const proto = runProto(users, now);
  const roundTrips = json.decoded.every((m, i) => equals(UserSchema, m, users[i]!)) && proto.decoded.every((m, i) => equals(UserSchema, m, users[i]!));
  return { count: users.length, json: json.cost, proto: proto.cost, roundTrips };
}

// JSON as a Connect or REST client sends it: the message as JSON text, as UTF-8 bytes.
function runJson(users: readonly User[], now: () => number) {
  let started = now();
  const encoded = users.map((user) => utf8.encode(JSON.stringify(toJson(UserSchema, user))));
  const encodeMs = now() - started;
  started = now();
  const decoded = encoded.map((bytes) => fromJson(UserSchema, JSON.parse(text.decode(bytes)) as JsonValue));
  const decodeMs = now() - started;
  return { cost: { bytes: total(encoded), encodeMs, decodeMs }, decoded };
}

function runProto(users: readonly User[], now: () => number) {
  let started = now();
  const encoded = users.map((user) => toBinary(UserSchema, user));
  const encodeMs = now() - started;
  started = now();
  const decoded = encoded.map((bytes) => fromBinary(UserSchema, bytes));
  const decodeMs = now() - started;
  return { cost: { bytes: total(encoded), encodeMs, decodeMs }, decoded };
}

function total(all: Uint8Array[]): number {
  return all.reduce((sum, bytes) => sum + bytes.byteLength, 0);
}

/** "0.58×" : protobuf's figure as a share of JSON's, for the comparison column. */
export function ratio(proto: number, json: number): string {
  if (json === 0) return '–';
  return `${(proto / json).toFixed(2)}×`;
}
