import { describe, expect, it } from 'vitest';
import { RIDE_STATUSES, type RideStatus } from '../../sandbox/rides/records';
import { allowedEvents, allowedNextStatuses, isFinalRideStatus, nextStatus, RIDE_EVENTS, type RideEvent } from '../../sandbox/rides/ride-lifecycle';
import { authSandbox } from './tenants-support';
import { call } from './support';

// The rules written out by hand, independent of the machine: state → event → next status.
const RULES: Record<RideStatus, Partial<Record<RideEvent, RideStatus>>> = {
  requested: { accept: 'matched', decline: 'requested', timeout: 'requested', cancel: 'cancelled' },
  matched: { arrive: 'driver_arriving', cancel: 'cancelled' },
  driver_arriving: { start: 'in_progress', cancel: 'cancelled' },
  in_progress: { complete: 'completed' },
  completed: {},
  cancelled: {},
};

describe('ride lifecycle machine', () => {
  for (const status of RIDE_STATUSES) {
    for (const event of RIDE_EVENTS) {
      const expected = RULES[status][event] ?? null;
      it(`${status} + ${event} → ${expected ?? 'refused'}`, () => {
        expect(nextStatus(status, event)).toBe(expected);
      });
    }
  }

  it('lists the allowed next statuses without the status itself', () => {
    expect(allowedNextStatuses('requested')).toEqual(['matched', 'cancelled']);
    expect(allowedNextStatuses('in_progress')).toEqual(['completed']);
    expect(allowedNextStatuses('completed')).toEqual([]);
  });

  it('treats completed and cancelled as final, and only them', () => {
    expect(RIDE_STATUSES.filter(isFinalRideStatus)).toEqual(['completed', 'cancelled']);
    expect(allowedEvents('cancelled')).toEqual([]);
  });
});

// ---- the same table through HTTP ---------------------------------------------------------

const ACTIONS = ['accept', 'decline', 'arrive', 'start', 'complete', 'cancel'] as const;
// The steps that bring a fresh ride to each status; the driver is the one the dispatcher offered the ride to.
const PATH_TO: Record<RideStatus, readonly string[]> = {
  requested: [],
  matched: ['accept'],
  driver_arriving: ['accept', 'arrive'],
  in_progress: ['accept', 'arrive', 'start'],
  completed: ['accept', 'arrive', 'start', 'complete'],
  cancelled: ['cancel'],
};

describe('ride action endpoints over every status × action', () => {
  for (const status of RIDE_STATUSES) {
    it(`answers each action on a ${status} ride as the lifecycle says (409 invalid_ride_transition with the allowed statuses otherwise)`, async () => {
      const { sandbox, runtime } = authSandbox();
      for (const action of ACTIONS) {
        const created = await call(sandbox, 'POST', '/api/v1/rides', { json: { pickup: { lat: 52.52, lng: 13.405 }, dropoff: { lat: 52.53, lng: 13.42 } } });
        expect(created.status).toBe(201);
        const id = created.body.data.id as string;
        const driverId = runtime.rides.dispatcher.offerOf(id)!.driverId;
        for (const step of PATH_TO[status]) {
          const res = await call(sandbox, 'POST', `/api/v1/rides/${id}/${step}`, step === 'accept' ? { json: { driver_id: driverId } } : {});
          expect(res.status, res.text).toBe(200);
        }
        const res = await call(sandbox, 'POST', `/api/v1/rides/${id}/${action}`, action === 'accept' || action === 'decline' ? { json: { driver_id: driverId } } : {});
        const expected = RULES[status][action];
        if (expected) {
          expect(res.status, `${status} + ${action}: ${res.text}`).toBe(200);
          expect(res.body.data.status).toBe(expected);
        } else {
          expect(res.status, `${status} + ${action}`).toBe(409);
          expect(res.body.error.code).toBe('invalid_ride_transition');
          const allowed = Object.values(RULES[status]).filter((next) => next !== status);
          for (const next of allowed) expect(res.body.error.message).toContain(next);
          const details = res.body.error.details.filter((detail: { field: string }) => detail.field === 'allowed').map((detail: { code: string }) => detail.code);
          expect(details.sort()).toEqual([...new Set(allowed)].sort());
        }
      }
    });
  }

  it('advertises in _actions exactly the steps that succeed', async () => {
    const { sandbox, runtime } = authSandbox();
    const created = await call(sandbox, 'POST', '/api/v1/rides', { json: { pickup: { lat: 52.52, lng: 13.405 }, dropoff: { lat: 52.5, lng: 13.4 } } });
    expect(created.body.data._actions.map((action: { name: string }) => action.name)).toEqual(['accept', 'decline', 'cancel']);
    const driverId = runtime.rides.dispatcher.offerOf(created.body.data.id)!.driverId;
    const matched = await call(sandbox, 'POST', `/api/v1/rides/${created.body.data.id}/accept`, { json: { driver_id: driverId } });
    expect(matched.body.data._actions).toEqual([
      { name: 'arrive', method: 'POST', href: `/api/v1/rides/${created.body.data.id}/arrive` },
      { name: 'cancel', method: 'POST', href: `/api/v1/rides/${created.body.data.id}/cancel` },
    ]);
  });
});
