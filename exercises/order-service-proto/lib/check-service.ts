/**
 * The service's shape: a versioned package, the methods the task asks for, and a
 * request and response message of each method's own, so each can grow alone.
 */
import type protobuf from 'protobufjs';
import { methodsOf, requestOf, responseOf, servicesOf, shortName } from './proto-walk';

const versionedPackage = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.v\d+((alpha|beta)\d*)?$/;

/** What is wrong with the package line, if anything. */
export function packageProblems(packageName: string | null): string[] {
  if (packageName === null) {
    return ['The file declares no package. Add one that ends in a major version, e.g. `package shop.orders.v1;`, so v2 can live beside v1 later.'];
  }
  if (versionedPackage.test(packageName)) return [];
  return [
    `The package "${packageName}" has no major version at its end. Name it like \`shop.orders.v1\`: generated code and ` +
      'the wire names (/shop.orders.v1.OrderService/CreateOrder) then carry the version, and a breaking v2 becomes a new package.',
  ];
}

const wanted: { what: string; test: (method: protobuf.Method) => boolean; example: string }[] = [
  { what: 'creating an order', test: (m) => /^Create/.test(m.name), example: 'CreateOrder' },
  { what: 'updating one', test: (m) => /^Update/.test(m.name), example: 'UpdateOrder' },
  { what: 'cancelling one', test: (m) => /^Cancel/.test(m.name), example: 'CancelOrder' },
  { what: 'listing orders', test: (m) => /^List/.test(m.name), example: 'ListOrders' },
  { what: 'streaming status updates', test: (m) => Boolean(m.responseStream) && !m.requestStream, example: 'WatchOrderStatus(...) returns (stream ...)' },
];

/** The methods the task asks for that the service lacks. */
export function missingMethods(root: protobuf.Root): string[] {
  if (servicesOf(root).length === 0) return ['There is no service. Add `service OrderService { rpc CreateOrder(CreateOrderRequest) returns (Order); ... }`.'];
  const methods = methodsOf(root);
  const lacking = wanted.filter((w) => !methods.some(w.test));
  if (lacking.length === 0) return [];
  return [
    `The service has no method for ${lacking.map((w) => `${w.what} (${w.example})`).join(', ')}. Name methods verb first ` +
      '(Create, Get, List, Update, Cancel) followed by the resource; a server stream answers with `returns (stream OrderStatusUpdate)`.',
  ];
}

/** Methods whose request is not their own <Method>Request, or whose response is another method's message. */
export function sharedMessages(root: protobuf.Root): string[] {
  const methods = methodsOf(root);
  const problems = methods.flatMap((method) => {
    const request = requestOf(method);
    const response = responseOf(method);
    const found: string[] = [];
    if (request && request.name !== `${method.name}Request`) {
      found.push(`${method.name} takes ${shortName(request)}, not ${method.name}Request`);
    }
    if (response && /(Request|Response)$/.test(response.name) && response.name !== `${method.name}Response`) {
      found.push(`${method.name} answers with ${response.name}, another method's message`);
    }
    return found;
  });
  if (problems.length === 0) return [];
  return [
    `${problems.join('; ')}. Give every method a request message of its own (CreateOrderRequest), and answer with the ` +
      'resource (Order) or a response of its own (ListOrdersResponse): a shared message cannot gain a field for one method without changing the others.',
  ];
}
