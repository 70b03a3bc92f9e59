import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { CircuitOpenError } from '../patterns/circuit-breaker';
import { ApiError, resourceNotFound, type ErrorDetail } from '../patterns/errors';
import { IDEMPOTENCY_ERRORS, idempotencyKeyHeader } from '../patterns/idempotency';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { moveOrder } from '../patterns/order-lifecycle-events';
import { TimeoutError } from '../patterns/timeout';
import { validationFailed } from '../patterns/validation';
import { idParamSchema, jsonContent, MoneySchema, requestBody, TimestampSchema } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { PaymentProviderError } from '../services/payment-provider';
import type { PaymentRecord, Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';
import type { Money } from '../store/records';
import type { Store } from '../store/store';

/**
 * Payments: paying a pending order means calling the (simulated) payment provider, an
 * outside service that can fail or hang. Each call goes through the circuit breaker, so
 * a failing provider turns into fast 503s instead of a queue of requests that all wait.
 */

const tags = ['Payments'];

export const PaymentSchema = z
  .object({
    id: z.string().openapi({ example: 'pay_1' }),
    order_id: z.string().openapi({ example: 'ord_4' }),
    amount: MoneySchema,
    status: z.literal('succeeded').openapi({ description: 'Only successful payments are recorded; a failed attempt leaves no payment behind.' }),
    provider_reference: z.string().openapi({ description: 'The payment provider’s id for the charge.', example: 'ch_000001' }),
    created_at: TimestampSchema,
  })
  .openapi('Payment');

export const PaymentLinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/v1/payments/pay_1' }),
    order: z.string().openapi({ description: 'The order this payment paid.', example: '/api/v1/orders/ord_4' }),
  })
  .openapi('PaymentLinks');

const PaymentResponseSchema = z.object({ data: PaymentSchema, links: PaymentLinksSchema }).openapi('PaymentResponse');

const PaymentCreateSchema = z
  .strictObject({
    order_id: z.string().openapi({ description: 'The id of a pending order.', example: 'ord_4' }),
    amount: MoneySchema.optional().openapi({
      description: 'The amount you expect to pay. Optional; when sent it must equal the order’s total, so a total that changed since you showed it is never charged unseen.',
    }),
  })
  .openapi('PaymentCreate');

const retryAfterHeader = z.object({
  'Retry-After': z.string().openapi({ description: 'Seconds until the breaker lets a call through again.', example: '30' }),
});

const createPaymentErrors = errorResponses(
  'invalid_json',
  'order_not_payable',
  'unsupported_media_type',
  'validation_failed',
  'internal_error',
  'payment_provider_error',
  'service_unavailable',
  'payment_provider_timeout',
  ...IDEMPOTENCY_ERRORS,
);

const createPayment = createRoute({
  method: 'post',
  path: '/payments',
  tags,
  summary: 'Pay an order',
  description:
    'Charges the order’s total through the payment provider and marks the order paid. The provider sits behind a circuit breaker: ' +
    'after 5 failures in a row it opens for 30 s and this operation answers 503 at once, with Retry-After. ' +
    'A provider that takes longer than 1 s is abandoned (504).',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(PaymentCreateSchema), headers: idempotencyKeyHeader },
  responses: {
    201: {
      ...jsonContent(PaymentResponseSchema, 'The payment. The order is now paid. Location holds the payment’s URL.'),
      headers: z.object({ Location: z.string().openapi({ example: '/api/v1/payments/pay_1' }) }),
    },
    ...createPaymentErrors,
    503: { ...createPaymentErrors[503], headers: retryAfterHeader },
  },
});

const getPayment = createRoute({
  method: 'get',
  path: '/payments/{id}',
  tags,
  summary: 'Get a payment',
  description: 'One payment by id: its order, amount, status and the payment provider’s reference for it.',
  request: { params: idParamSchema('pay', 'payment') },
  responses: { 200: jsonContent(PaymentResponseSchema, 'The payment.'), ...errorResponses('resource_not_found', 'internal_error') },
});

/** Where a payment lives and which order it paid. */
export function paymentLinks(payment: PaymentRecord) {
  return { self: resourcePath('payments', payment.id), order: resourcePath('orders', payment.order_id) };
}

/**
 * Pays a pending order: charges its total through the breaker, records the payment and moves
 * the order to paid (published as order.paid). POST /payments and POST /orders/{id}/pay both
 * call it, so both refuse a second charge while one is under way.
 */
export async function payOrder(store: Store, clock: Clock, runtime: Runtime, input: { order_id: string; amount?: Money }): Promise<PaymentRecord> {
  const { paymentProvider, paymentBreaker, payments, paymentsInFlight: paying } = runtime;

  const payableOrder = (input: { order_id: string; amount?: Money }) => {
    const order = store.orders.get(input.order_id);
    const problems: ErrorDetail[] = [];
    if (!order) {
      problems.push({
        field: 'order_id',
        code: 'not_found',
        message: `order_id ${JSON.stringify(input.order_id)} is not the id of any order; pick a pending one from GET ${resourcePath('orders')}.`,
      });
    } else if (input.amount && input.amount.amount !== order.total.amount) {
      problems.push({
        field: 'amount',
        code: 'amount_mismatch',
        message: `amount is ${input.amount.amount} but the order's total is ${order.total.amount} (${order.total.currency} cents); send the total, or leave amount out.`,
      });
    }
    if (problems.length > 0) throw validationFailed(problems);
    if (order!.status !== 'pending') {
      throw new ApiError('order_not_payable', `Order ${order!.id} is ${order!.status}; only pending orders can be paid. Pay a pending order, or place a new one with POST ${resourcePath('orders')}.`, {
        param: 'order_id',
      });
    }
    if (paying.has(order!.id)) {
      throw new ApiError('order_not_payable', `A payment for order ${order!.id} is already under way. Wait for its answer instead of paying twice.`, {
        param: 'order_id',
      });
    }
    return order!;
  };

  const charge = async (orderId: string, amount: Money) => {
    try {
      return await paymentBreaker.call((signal) => paymentProvider.charge(amount, signal));
    } catch (error) {
      throw providerFailure(error, orderId);
    }
  };

  const order = payableOrder(input);
  paying.add(order.id);
  let reference: string;
  try {
    reference = (await charge(order.id, order.total)).reference;
  } finally {
    paying.delete(order.id);
  }
  const payment = payments.insert({
    order_id: order.id,
    amount: { ...order.total },
    status: 'succeeded',
    provider_reference: reference,
    created_at: new Date(clock.now()).toISOString(),
  });
  // Read again: the order may have changed while the provider was charging (a deleted one stays deleted).
  const current = store.orders.get(order.id);
  if (current) moveOrder(store, runtime.events, current, 'paid', 'order_id');
  return payment;
}

/** The payments resource: pay an order through the breaker, read a payment. */
export function paymentRoutes(store: Store, clock: Clock, runtime: Runtime) {
  return createRouter()
    .openapi(createPayment, async (c) => {
      const payment = await payOrder(store, clock, runtime, c.req.valid('json'));
      c.header('Location', paymentLinks(payment).self);
      return c.json({ data: payment, links: paymentLinks(payment) }, 201);
    })
    .openapi(getPayment, (c) => {
      const { id } = c.req.valid('param');
      const payment = runtime.payments.get(id);
      if (!payment) throw resourceNotFound('payment', id, resourcePath('payments'));
      return c.json({ data: payment, links: paymentLinks(payment) }, 200);
    });
}

/** What a failed call through the breaker means for the client. */
function providerFailure(error: unknown, orderId: string): unknown {
  const breakerState = `GET ${resourcePath('sandbox', 'circuit-breakers', 'payment-provider')} shows the breaker's state.`;
  if (error instanceof CircuitOpenError) {
    const retryAfter = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    return new ApiError(
      'service_unavailable',
      `Payments are paused: the payment provider kept failing, so the circuit breaker in front of it is open and the sandbox answers at once instead of waiting on it. Retry in ${retryAfter} s (the Retry-After header); ${breakerState}`,
      { headers: { 'Retry-After': String(retryAfter) } },
    );
  }
  if (error instanceof TimeoutError) {
    return new ApiError(
      'payment_provider_timeout',
      `The payment provider did not answer within ${error.ms} ms, so the sandbox stopped waiting; order ${orderId} was not charged and is still pending. Try again later; repeated timeouts open the circuit breaker.`,
    );
  }
  if (error instanceof PaymentProviderError) {
    return new ApiError(
      'payment_provider_error',
      `The payment provider could not charge order ${orderId}: ${error.message}. Nothing was charged and the order is still pending; try again later. ${breakerState}`,
    );
  }
  return error;
}
