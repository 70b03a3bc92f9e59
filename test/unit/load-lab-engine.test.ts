import { describe, expect, it } from 'vitest';
import { startLoadRun, type LoadDeps, type LoadSample } from '../../src/load-lab/engine';
import { createManualClock, type ManualClock } from '../../src/load-lab/manual-clock';
import { profile, settingsProblems, type LoadSettings } from '../../src/load-lab/profiles';

/** A seeded uniform source (mulberry32), so runs repeat exactly. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SentRequest {
  at: number;
  path: string;
  method: string;
  headers: Headers;
}

/**
 * A fake sandbox on the manual clock: every answer takes `latencyMs`; with `burst`, it is a
 * limiter that allows that many requests, then answers 429 with Retry-After until `retryAfterS` pass.
 */
function fakeSandbox(clock: ManualClock, { latencyMs = 20, burst = Infinity, retryAfterS = 6, fail = false } = {}) {
  const sent: SentRequest[] = [];
  let tokens = burst;
  let refillAt = 0;
  let orders = 100;
  const fetch: LoadDeps['fetch'] = async (path, init) => {
    sent.push({ at: clock.now(), path, method: init.method ?? 'GET', headers: new Headers(init.headers) });
    await clock.sleep(latencyMs);
    if (fail) throw new TypeError('Failed to fetch');
    if (tokens === 0 && clock.now() >= refillAt) tokens = burst;
    if (tokens <= 0) return new Response('{"error":{}}', { status: 429, headers: { 'Retry-After': String(retryAfterS) } });
    tokens--;
    if (tokens === 0) refillAt = clock.now() + retryAfterS * 1000;
    if (init.method === 'POST') return Response.json({ data: { id: `ord_${orders++}` } }, { status: 201 });
    return Response.json({ data: [] });
  };
  return { fetch, sent };
}

const settings = (changes: Partial<LoadSettings>): LoadSettings => ({ ...profile('steady').settings, ...changes });

async function run(s: LoadSettings, sandbox: (clock: ManualClock) => ReturnType<typeof fakeSandbox>, seed = 1) {
  const clock = createManualClock();
  const fake = sandbox(clock);
  const seen: LoadSample[] = [];
  const handle = startLoadRun(s, { fetch: fake.fetch, clock, random: seeded(seed) }, (sample) => seen.push(sample));
  await clock.runUntil(s.durationSeconds * 1000 + 60_000, handle.done);
  return { end: await handle.done, sent: fake.sent, seen, clock };
}

describe('the load engine', () => {
  it('picks tasks in proportion to their weights (3 list, 2 get, 1 create, 2 own order)', async () => {
    const { end } = await run(settings({ users: 10, durationSeconds: 120, waitSeconds: { min: 0.5, max: 1.5 } }), (clock) => fakeSandbox(clock));
    const share = (task: string) => end.samples.filter((sample) => sample.task === task).length / end.samples.length;
    expect(end.samples.length).toBeGreaterThan(1000);
    expect(share('list users')).toBeCloseTo(3 / 8, 1);
    expect(share('get one user')).toBeCloseTo(2 / 8, 1);
    expect(share('create order')).toBeCloseTo(1 / 8, 1);
    expect(share('get own order')).toBeCloseTo(2 / 8, 1);
  });

  it('measures latency on the clock and spaces each user’s requests by its wait time', async () => {
    const { end } = await run(settings({ users: 1, durationSeconds: 10, waitSeconds: { min: 1, max: 1 } }), (clock) => fakeSandbox(clock, { latencyMs: 25 }));
    expect(end.samples.every((sample) => sample.latencyMs === 25)).toBe(true);
    // Send, 25 ms answer, 1 s wait: requests start at 0, 1025, 2050, …, 9225 — none at or after 10 s.
    expect(end.samples.map((sample) => sample.at)).toEqual(Array.from({ length: 10 }, (_, i) => i * 1025));
    expect(end).toMatchObject({ elapsedMs: 10_000, stoppedEarly: false });
  });

  it('starts users evenly over the ramp-up', async () => {
    const { end } = await run(settings({ users: 4, rampUpSeconds: 8, durationSeconds: 10, waitSeconds: { min: 1, max: 2 } }), (clock) => fakeSandbox(clock));
    const firstBy = [0, 1, 2, 3].map((user) => end.samples.find((sample) => sample.user === user)!.at);
    expect(firstBy).toEqual([0, 2000, 4000, 6000]);
  });

  it('after a 429 waits what Retry-After says before that user’s next request', async () => {
    const { end } = await run(
      settings({ users: 1, durationSeconds: 20, waitSeconds: { min: 0.1, max: 0.1 }, honourRetryAfter: true }),
      (clock) => fakeSandbox(clock, { latencyMs: 10, burst: 3, retryAfterS: 6 }),
    );
    const statuses = end.samples.map((sample) => sample.status);
    const refused = end.samples.filter((sample) => sample.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const sample of refused) {
      expect(sample.backoffMs).toBe(6000);
      const next = end.samples.find((later) => later.at > sample.at);
      if (next) expect(next.at - (sample.at + sample.latencyMs)).toBe(6000);
    }
    // Backing off lets the bucket refill, so every 429 is followed by successes.
    expect(statuses.join(',')).not.toMatch(/429,429/);
  });

  it('without honouring Retry-After keeps hammering and collects many more 429s', async () => {
    const limited = (honourRetryAfter: boolean) =>
      run(settings({ users: 5, durationSeconds: 20, waitSeconds: { min: 0.05, max: 0.1 }, honourRetryAfter }), (clock) =>
        fakeSandbox(clock, { latencyMs: 10, burst: 10, retryAfterS: 6 }),
      );
    const polite = (await limited(true)).end.samples.filter((sample) => sample.status === 429).length;
    const rude = (await limited(false)).end.samples.filter((sample) => sample.status === 429).length;
    expect(rude).toBeGreaterThan(polite * 10);
  });

  it('sends the API key of the profile and reads back the order a user created', async () => {
    const { sent } = await run(settings({ users: 2, durationSeconds: 30, apiKey: 'key_pro_demo' }), (clock) => fakeSandbox(clock));
    expect(sent.every((request) => request.headers.get('X-API-Key') === 'key_pro_demo')).toBe(true);
    const post = sent.findIndex((request) => request.method === 'POST');
    expect(sent[post]!.headers.get('Content-Type')).toBe('application/json');
    expect(sent.slice(post + 1).some((request) => /^\/api\/v1\/orders\/ord_1\d\d$/.test(request.path))).toBe(true);
  });

  it('records a failed fetch as status 0 with its error', async () => {
    const { end } = await run(settings({ users: 1, durationSeconds: 3 }), (clock) => fakeSandbox(clock, { fail: true }));
    expect(end.samples[0]).toMatchObject({ status: 0, error: 'Failed to fetch', latencyMs: 20 });
  });

  it('stops early when told to, and sends nothing after', async () => {
    const clock = createManualClock();
    const fake = fakeSandbox(clock);
    const handle = startLoadRun(settings({ users: 3, durationSeconds: 60 }), { fetch: fake.fetch, clock, random: seeded(2) });
    await clock.runUntil(5000);
    handle.stop();
    const count = fake.sent.length;
    await clock.runUntil(70_000, handle.done);
    const end = await handle.done;
    expect(end.stoppedEarly).toBe(true);
    expect(end.elapsedMs).toBe(5000);
    expect(fake.sent.length).toBe(count);
  });

  it('refuses settings a run cannot use, naming the field', () => {
    expect(settingsProblems(profile('stress').settings)).toEqual([]);
    expect(settingsProblems(settings({ users: 0, rampUpSeconds: 40, durationSeconds: 30, waitSeconds: { min: 2, max: 1 } }))).toEqual([
      'Users must be a whole number from 1 to 50; got 0.',
      'Ramp-up must be from 0 seconds up to the duration (30 s); got 40.',
      'Wait must be 0 ≤ min ≤ max ≤ 30 seconds; got 2 to 1.',
    ]);
  });
});
