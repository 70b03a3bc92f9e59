import { describe, expect, it, vi } from 'vitest';
import { EventLog } from '../../sandbox/events/event-log';
import { createDispatcher, type DispatchHooks, type DispatcherOptions } from '../../sandbox/rides/dispatch';
import { createManualClock } from '../../sandbox/store/clock';

/** The dispatcher on its own: offers in turn, declines, timeouts on the manual clock, exhaustion. */

const START = '2026-03-01T12:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();
const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A dispatcher on a manual clock over a tiny driver table, with every status change kept. */
function setup(driverIds: string[], options: Partial<DispatcherOptions> = {}) {
  const clock = createManualClock(START);
  const events = new EventLog(clock);
  const status = new Map<string, string>(driverIds.map((id) => [id, 'available']));
  const dispatcher = createDispatcher({
    clock,
    events,
    autoExpire: false,
    drivers: { isAvailable: (id) => status.get(id) === 'available', setStatus: (id, next) => void status.set(id, next) },
    ...options,
  });
  const offered = () => events.since(0).filter((e) => e.type === 'ride.offered').map((e) => e.data as { ride_id: string; driver_id: string; expires_at: string });
  return { clock, events, status, dispatcher, offered };
}

function hooks(): DispatchHooks & { matched: string[]; exhausted: number; passed: string[] } {
  const record = {
    matched: [] as string[],
    exhausted: 0,
    passed: [] as string[],
    onMatched: (driverId: string) => void record.matched.push(driverId),
    onExhausted: () => void (record.exhausted += 1),
    onPassed: (driverId: string, reason: string) => void record.passed.push(`${driverId}:${reason}`),
  };
  return record;
}

const drivers = (...ids: string[]) => ids.map((id) => ({ id }));

describe('dispatcher offers', () => {
  it('offers the ride to the first candidate, marks it offered and publishes ride.offered with its deadline', () => {
    const { dispatcher, status, offered } = setup(['drv_1', 'drv_2']);
    const offer = dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2'), hooks());
    expect(offer).toEqual({ rideId: 'ride_1', driverId: 'drv_1', offeredAt: at(0), expiresAt: at(15_000) });
    expect(status.get('drv_1')).toBe('offered');
    expect(status.get('drv_2')).toBe('available');
    expect(offered()).toEqual([{ ride_id: 'ride_1', driver_id: 'drv_1', expires_at: at(15_000) }]);
    expect(dispatcher.engagementOf('drv_1')).toEqual({ rideId: 'ride_1', state: 'offered' });
  });

  it('matches the ride when the offered driver accepts in time', async () => {
    const { dispatcher, clock, status } = setup(['drv_1', 'drv_2']);
    const h = hooks();
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2'), h);
    clock.advance(14_999);
    expect(await dispatcher.respond('ride_1', 'drv_1', true)).toEqual({ ok: true, outcome: 'matched', rideId: 'ride_1', driverId: 'drv_1' });
    expect(h.matched).toEqual(['drv_1']);
    expect(status.get('drv_1')).toBe('busy');
    expect(dispatcher.engagementOf('drv_1')).toEqual({ rideId: 'ride_1', state: 'matched' });
    expect(dispatcher.offerOf('ride_1')).toBeNull();
  });

  it('moves to the next candidate when the offered driver declines', async () => {
    const { dispatcher, status, offered } = setup(['drv_1', 'drv_2']);
    const h = hooks();
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2'), h);
    expect(await dispatcher.respond('ride_1', 'drv_1', false)).toMatchObject({ ok: true, outcome: 'declined' });
    expect(status.get('drv_1')).toBe('available');
    expect(status.get('drv_2')).toBe('offered');
    expect(offered().map((o) => o.driver_id)).toEqual(['drv_1', 'drv_2']);
    expect(h.passed).toEqual(['drv_1:declined']);
  });

  it('moves to the next candidate when the offer times out on the sandbox clock', () => {
    const { dispatcher, clock, status } = setup(['drv_1', 'drv_2']);
    const h = hooks();
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2'), h);
    clock.advance(15_000); // the offer holds until expires_at, not at it
    expect(dispatcher.offerOf('ride_1')).toEqual({ rideId: 'ride_1', driverId: 'drv_2', offeredAt: at(15_000), expiresAt: at(30_000) });
    expect(status.get('drv_1')).toBe('available');
    expect(h.passed).toEqual(['drv_1:timed_out']);
  });

  it('refuses an accept that comes after the timeout and says the offer expired', async () => {
    const { dispatcher, clock } = setup(['drv_1', 'drv_2']);
    const h = hooks();
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2'), h);
    clock.advance(15_000);
    const late = await dispatcher.respond('ride_1', 'drv_1', true);
    expect(late).toMatchObject({ ok: false, reason: 'expired', offer: { driverId: 'drv_2' } });
    expect(late.ok === false && late.message).toMatch(/ride_1 to drv_1 expired/);
    expect(h.matched).toEqual([]);
  });

  it('refuses an answer from a driver the ride is not offered to', async () => {
    const { dispatcher } = setup(['drv_1', 'drv_2']);
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2'), hooks());
    expect(await dispatcher.respond('ride_1', 'drv_2', true)).toMatchObject({ ok: false, reason: 'not_offered', offer: { driverId: 'drv_1' } });
    expect(await dispatcher.respond('ride_9', 'drv_1', true)).toMatchObject({ ok: false, reason: 'no_dispatch', offer: null });
  });

  it('calls onExhausted once when every candidate passed, leaving all of them available', async () => {
    const { dispatcher, clock, status } = setup(['drv_1', 'drv_2', 'drv_3']);
    const h = hooks();
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2', 'drv_3'), h);
    await dispatcher.respond('ride_1', 'drv_1', false);
    clock.advance(15_000);
    dispatcher.expireDue();
    await dispatcher.respond('ride_1', 'drv_3', false);
    expect(h.exhausted).toBe(1);
    expect(h.passed).toEqual(['drv_1:declined', 'drv_2:timed_out', 'drv_3:declined']);
    expect([...status.values()]).toEqual(['available', 'available', 'available']);
    expect(dispatcher.offerOf('ride_1')).toBeNull();
  });

  it('calls onExhausted at once when no candidate is free', () => {
    const { dispatcher, status } = setup(['drv_1']);
    status.set('drv_1', 'offline');
    const h = hooks();
    expect(dispatcher.start({ id: 'ride_1' }, drivers('drv_1'), h)).toBeNull();
    expect(h.exhausted).toBe(1);
  });

  it('withdraws the offer when the ride is cancelled, so a late accept is refused', async () => {
    const { dispatcher, status } = setup(['drv_1']);
    const h = hooks();
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1'), h);
    dispatcher.cancel('ride_1');
    expect(status.get('drv_1')).toBe('available');
    expect(await dispatcher.respond('ride_1', 'drv_1', true)).toMatchObject({ ok: false, reason: 'no_dispatch' });
    expect(h.matched).toEqual([]);
    expect(h.exhausted).toBe(0);
  });

  it('releases the driver and rethrows when onMatched fails', async () => {
    const { dispatcher, status } = setup(['drv_1']);
    const failing = { ...hooks(), onMatched: () => Promise.reject(new Error('ride was cancelled meanwhile')) };
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1'), failing);
    await expect(dispatcher.respond('ride_1', 'drv_1', true)).rejects.toThrow('cancelled meanwhile');
    expect(status.get('drv_1')).toBe('available');
    expect(dispatcher.engagementOf('drv_1')).toBeNull();
  });

  it('refuses to start a ride that is already being dispatched, naming the fix', () => {
    const { dispatcher } = setup(['drv_1']);
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1'), hooks());
    expect(() => dispatcher.start({ id: 'ride_1' }, drivers('drv_1'), hooks())).toThrow(/cancel\(rideId\)/);
  });
});

describe('dispatcher timers on the manual clock', () => {
  it('times every offer out in turn by itself, 15 sandbox seconds apart, then reports exhaustion', async () => {
    const { dispatcher, clock, offered } = setup(['drv_1', 'drv_2', 'drv_3'], { autoExpire: true });
    const exhausted = vi.fn();
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2', 'drv_3'), { onMatched: () => undefined, onExhausted: exhausted });
    await vi.waitFor(() => expect(exhausted).toHaveBeenCalledTimes(1));
    expect(offered().map((o) => [o.driver_id, o.expires_at])).toEqual([
      ['drv_1', at(15_000)],
      ['drv_2', at(30_000)],
      ['drv_3', at(45_000)],
    ]);
    expect(clock.now()).toBe(Date.parse(at(45_000)));
  });

  it('refuses an accept once the timer moved the offer on', async () => {
    const { dispatcher } = setup(['drv_1', 'drv_2'], { autoExpire: true, offerTimeoutMs: 5_000 });
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2'), hooks());
    await macrotask();
    expect(await dispatcher.respond('ride_1', 'drv_1', true)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('stops its timers on reset', async () => {
    const { dispatcher, offered } = setup(['drv_1', 'drv_2'], { autoExpire: true });
    dispatcher.start({ id: 'ride_1' }, drivers('drv_1', 'drv_2'), hooks());
    dispatcher.reset();
    await macrotask();
    await macrotask();
    expect(offered().map((o) => o.driver_id)).toEqual(['drv_1']);
    expect(dispatcher.engagementOf('drv_1')).toBeNull();
  });
});
