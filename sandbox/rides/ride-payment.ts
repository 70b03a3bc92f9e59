import type { Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';
import type { RideRecord } from './records';

/**
 * Charging a completed ride's fare through the chapter 7 circuit breaker, like orders are paid.
 * Decision: the trip has happened whatever the payment provider says, so a failed charge (provider
 * error, timeout or an open breaker) never undoes the completion. The ride stays completed with
 * `payment_status: 'pending'` and no payment_id: the fare is owed, and the answer is still 200.
 */
export async function chargeRide(runtime: Runtime, clock: Clock, ride: RideRecord): Promise<RideRecord> {
  if (ride.fare === null || ride.payment_status !== 'pending') return ride;
  const fare = ride.fare;
  try {
    const charge = await runtime.paymentBreaker.call((signal) => runtime.paymentProvider.charge(fare, signal));
    const payment = runtime.rides.payments.insert({
      ride_id: ride.id,
      amount: { ...fare },
      status: 'succeeded',
      provider_reference: charge.reference,
      created_at: new Date(clock.now()).toISOString(),
    });
    return runtime.rides.rides.update(ride.id, { payment_id: payment.id, payment_status: 'succeeded' }) ?? ride;
  } catch {
    // Deliberately swallowed: the failure is recorded as the pending payment status the ride shows.
    return runtime.rides.rides.get(ride.id) ?? ride;
  }
}
