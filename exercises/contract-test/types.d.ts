// Types the editor knows about while you solve "contract-test". They are global:
// use them in your code without importing anything.

/** An expectation on one value, made by one of the Matchers: the example, and the rule the real value must meet. */
interface InlineMatcher {
  'pact:matcher:type': 'type' | 'regex' | 'integer' | 'decimal' | 'number' | 'timestamp' | 'date' | 'time' | 'include' | 'null' | 'equality';
  /** The example value: what your consumer's own tests see, and what a request sends. */
  value: unknown;
  regex?: string;
  min?: number;
  max?: number;
  format?: string;
}

/** A path the verifier fills in from the provider state, e.g. /api/v1/users/${id}. */
interface ProviderStateValue {
  'pact:generator:type': 'ProviderState';
  expression: string;
  value: string;
}

/** The matchers, handed to usersContract as its argument. */
interface Matchers {
  /** Any value of the same JSON type as the example. On an object or array, the rule reaches every value inside it. */
  like(example: unknown): InlineMatcher;
  /** An array with at least `min` (default 1) items, each shaped like the example. */
  eachLike(example: unknown, min?: number): InlineMatcher;
  /** A string the whole of which matches the regular expression, e.g. regex('usr_\\d+', 'usr_1'). */
  regex(pattern: string, example: string): InlineMatcher;
  /** A whole number. */
  integer(example?: number): InlineMatcher;
  /** Any number. */
  decimal(example?: number): InlineMatcher;
  /** A string containing `text`. */
  includes(text: string): InlineMatcher;
  /** Exactly null. */
  nullValue(): InlineMatcher;
  /** An ISO 8601 date-time string such as "2026-01-05T09:00:00.000Z". */
  isoDateTime(example?: string): InlineMatcher;
  /** A request path that uses a value of the provider state, e.g. fromProviderState('/api/v1/users/${id}', '/api/v1/users/usr_1'). */
  fromProviderState(expression: string, example: string): ProviderStateValue;
}

/**
 * What must be true on the provider before the request is replayed. The sandbox knows:
 * - "a user exists" (params: name?, email?) — creates a user; the path may use ${id}
 * - "the user does not exist" (params: id) — deletes that user if there is one
 * - "the email is not taken" (params: email) — deletes any user with that email
 */
interface ProviderState {
  name: string;
  params?: Record<string, unknown>;
}

/** One request the consumer makes, and what it needs back. */
interface ContractInteraction {
  /** What the consumer asks for, in a few words; unique in the contract. */
  description: string;
  providerStates?: ProviderState[];
  request: {
    method: string;
    /** A path such as "/api/v1/users", or one filled in from the provider state. */
    path: string | ProviderStateValue;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
  };
  response: {
    status: number;
    /** Expected headers: exact strings, or matchers. Names are compared without case. */
    headers?: Record<string, string | InlineMatcher>;
    /** The expected body: examples, matchers, or both. Keys you leave out are not checked. */
    body?: unknown;
  };
}
