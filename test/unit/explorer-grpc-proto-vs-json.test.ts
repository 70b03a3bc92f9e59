import { create } from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { describe, expect, it } from 'vitest';
import { UserSchema } from '../../sandbox/grpc/gen/user/v1/user_pb';
import { MAX_MESSAGES, measure, ratio, sampleUsers } from '../../src/explorer/proto-vs-json-bench';

const seed = [
  create(UserSchema, { id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com', createTime: timestampFromMs(Date.UTC(2026, 0, 5, 9)) }),
  create(UserSchema, { id: 'usr_2', name: 'Grace Hopper', email: 'grace@example.com' }),
];

describe('sample data', () => {
  it('cycles the seed users, each copy with its own id and email', () => {
    const users = sampleUsers(seed, 5);
    expect(users.map((u) => u.id)).toEqual(['usr_1', 'usr_2', 'usr_3', 'usr_4', 'usr_5']);
    expect(users.map((u) => u.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Ada Lovelace', 'Grace Hopper', 'Ada Lovelace']);
    expect(users[2]!.email).toBe('ada+3@example.com');
    expect(users[1]!.createTime).toBeDefined();
  });

  it('refuses an empty seed, saying where to get users', () => {
    expect(() => sampleUsers([], 3)).toThrow(/ListUsers/);
  });
});

describe('measuring both encodings', () => {
  it('measures the bytes of the same messages both ways, and round-trips them', () => {
    const users = sampleUsers(seed, 300);
    const result = measure(users);
    expect(result.count).toBe(300);
    expect(result.roundTrips).toBe(true);
    expect(result.proto.bytes).toBeLessThan(result.json.bytes);
    // Bytes are deterministic: the sum of each message's own encodings.
    const one = measure([users[0]!]);
    expect(one.json.bytes).toBe(new TextEncoder().encode(JSON.stringify({ id: 'usr_1', name: 'Ada Lovelace', email: 'ada+1@example.com', createTime: '2026-01-05T09:00:00Z' })).byteLength);
  });

  it('times each step with the clock it is given', () => {
    let ticks = 0;
    const result = measure(sampleUsers(seed, 10), () => (ticks += 1));
    // Every timed step is one tick from start to end, whatever the work.
    for (const cost of [result.json, result.proto]) expect([cost.encodeMs, cost.decodeMs]).toEqual([1, 1]);
  });

  it('refuses more messages than one run allows', () => {
    expect(() => measure(new Array(MAX_MESSAGES + 1).fill(seed[0]))).toThrow(/at most 100000/);
  });

  it('writes protobuf as a share of JSON', () => {
    expect(ratio(50, 100)).toBe('0.50×');
    expect(ratio(1, 0)).toBe('–');
  });
});
