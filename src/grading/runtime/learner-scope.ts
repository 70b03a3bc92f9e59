/**
 * The fence around learner code. A grading worker has no DOM, but it still has fetch,
 * indexedDB, caches, BroadcastChannel, postMessage (results could be forged), and in
 * Node the whole machine (process, builtins). Learner code gets stand-ins for those
 * names: using one records an attempt and throws a message that says what was blocked
 * and why; run.ts turns every recorded attempt into a failed check, so a `try/catch`
 * around the attempt does not hide it (reported, not obeyed).
 *
 * Two layers: `learnerPrologue` shadows the names inside the submission's own module
 * (covers `fetch(...)`, `globalThis.fetch`, `self.postMessage`), and `lockDownGlobals`
 * replaces them on the real global object in a worker that exists only for one run
 * (covers routes around the module scope, such as `Function('return this')()`).
 */
import { grading, type BlockedReason } from '@messages/grading';

type Shape = 'function' | 'object';

/** Every name learner code may not use, with why (for the message) and what it looks like. */
export const blockedCapabilities: Readonly<Record<string, { reason: BlockedReason; shape: Shape }>> = {
  localStorage: { reason: 'storage', shape: 'object' },
  sessionStorage: { reason: 'storage', shape: 'object' },
  indexedDB: { reason: 'storage', shape: 'object' },
  caches: { reason: 'storage', shape: 'object' },
  cookieStore: { reason: 'storage', shape: 'object' },
  fetch: { reason: 'network', shape: 'function' },
  XMLHttpRequest: { reason: 'network', shape: 'function' },
  WebSocket: { reason: 'network', shape: 'function' },
  EventSource: { reason: 'network', shape: 'function' },
  postMessage: { reason: 'messaging', shape: 'function' },
  BroadcastChannel: { reason: 'messaging', shape: 'function' },
  MessageChannel: { reason: 'messaging', shape: 'function' },
  Worker: { reason: 'messaging', shape: 'function' },
  SharedWorker: { reason: 'messaging', shape: 'function' },
  document: { reason: 'page', shape: 'object' },
  navigator: { reason: 'page', shape: 'object' },
  location: { reason: 'page', shape: 'object' },
  importScripts: { reason: 'scope', shape: 'function' },
  close: { reason: 'scope', shape: 'function' },
  process: { reason: 'machine', shape: 'object' },
  require: { reason: 'machine', shape: 'function' },
  module: { reason: 'machine', shape: 'object' },
};

// Names of the global object itself: learner code gets a view of it with the stand-ins in place.
const globalAliases = ['globalThis', 'self', 'window', 'global'] as const;

/** Thrown by a stand-in; run.ts reports the recorded attempt whether or not the code caught this. */
export class BlockedCapabilityError extends Error {
  override name = 'BlockedCapabilityError';
}

interface ScopeState {
  attempts: string[];
  standIns: Record<string, unknown>;
}

// Symbol.for: the CLI can hold two copies of the runtime (decision 004); they share one log.
const stateKey = Symbol.for('api-design-workbench.learner-scope');
// The prologue reads the stand-ins from a global constructor the submission does not shadow.
const carrierKey = '__workbenchLearnerScope';
const carriers = ['Symbol', 'Reflect', 'JSON'] as const;

function block(name: string, reason: BlockedReason = blockedCapabilities[name]?.reason ?? 'scope'): never {
  const message = grading.blocked(name, reason);
  state().attempts.push(message);
  throw new BlockedCapabilityError(message);
}

function functionStandIn(name: string, reason?: BlockedReason): unknown {
  // A plain function: calling it and `new`-ing it both run the body.
  return function blockedCapability() {
    block(name, reason);
  };
}

function objectStandIn(name: string): unknown {
  const refuse = () => block(name);
  return new Proxy(Object.create(null) as object, {
    get: (_target, key) => (key === Symbol.toPrimitive || key === 'then' ? undefined : refuse()),
    set: refuse,
    has: refuse,
    deleteProperty: refuse,
    defineProperty: refuse,
    ownKeys: refuse,
  });
}

function globalView(standIns: Record<string, unknown>): unknown {
  const real = globalThis as unknown as Record<PropertyKey, unknown>;
  // Browser functions such as setTimeout refuse a `this` other than the real global, so
  // `globalThis.setTimeout(...)` gets them bound (once each, so identity holds).
  const bound = new Map<PropertyKey, unknown>();
  const view: object = new Proxy(real, {
    get(target, key) {
      if (typeof key === 'string' && key in standIns) return standIns[key];
      const value = Reflect.get(target, key);
      if (typeof value !== 'function' || typeof key !== 'string' || /^[A-Z]/.test(key)) return value;
      if (!bound.has(key)) bound.set(key, (value as (...args: unknown[]) => unknown).bind(target));
      return bound.get(key);
    },
    // The real global as receiver: browser setters refuse any other `this`.
    set: (target, key, value) => Reflect.set(target, key, value),
    getOwnPropertyDescriptor(target, key) {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (typeof key === 'string' && key in standIns && (!own || own.configurable)) {
        return { value: standIns[key], writable: true, enumerable: false, configurable: true };
      }
      return own;
    },
  });
  for (const alias of globalAliases) standIns[alias] = view;
  return view;
}

function state(): ScopeState {
  const holder = globalThis as unknown as Record<symbol, ScopeState | undefined>;
  let current = holder[stateKey];
  if (!current) {
    const standIns: Record<string, unknown> = {};
    for (const [name, { shape }] of Object.entries(blockedCapabilities)) {
      standIns[name] = shape === 'function' ? functionStandIn(name) : objectStandIn(name);
    }
    globalView(standIns);
    current = { attempts: [], standIns };
    Object.defineProperty(holder, stateKey, { value: current, enumerable: false });
    for (const carrier of carriers) {
      Object.defineProperty((globalThis as unknown as Record<string, object>)[carrier], carrierKey, { value: standIns, enumerable: false });
    }
  }
  return current;
}

/** Messages for every blocked attempt since the last call, oldest first; clears the log. */
export function takeBlockedAttempts(): string[] {
  const { attempts } = state();
  return attempts.splice(0, attempts.length);
}

/** Every name the prologue shadows. */
export function shadowedNames(): string[] {
  return [...Object.keys(blockedCapabilities), ...globalAliases];
}

/**
 * One line of JavaScript to put before the submission (on its first line, so line
 * numbers stay the learner's). It declares the stand-ins as module constants, leaving
 * out names the submission declares at its own top level (a clash would not compile).
 */
export function learnerPrologue(declaredAtTopLevel: ReadonlySet<string>): string {
  state();
  const carrier = carriers.find((name) => !declaredAtTopLevel.has(name));
  const names = shadowedNames().filter((name) => !declaredAtTopLevel.has(name));
  if (!carrier || names.length === 0) return '';
  return `const { ${names.join(', ')} } = ${carrier}.${carrierKey}; `;
}

function replaceEverywhere(owner: object, name: string, value: unknown): void {
  // The real capability can sit on the global object or on a prototype of it
  // (WorkerGlobalScope.prototype.fetch); replace it wherever it is defined.
  for (let level: object | null = owner; level && level !== Object.prototype; level = Object.getPrototypeOf(level)) {
    const own = Object.getOwnPropertyDescriptor(level, name);
    if (own && own.configurable) Object.defineProperty(level, name, { value, writable: false, configurable: false, enumerable: false });
  }
  if (!(name in owner)) Object.defineProperty(owner, name, { value, writable: false, configurable: false, enumerable: false });
}

// Members of Node's process that lead to builtins, native code or the process itself.
const processRoutes = ['binding', '_linkedBinding', 'dlopen', 'getBuiltinModule', 'kill', 'exit', 'reallyExit', 'abort', 'chdir'] as const;

// True when a frame of the learner's module is on the stack (its sourceURL is submission.ts).
function calledFromSubmission(): boolean {
  return /submission\.ts/.test(new Error().stack ?? '');
}

function guardedConstructor(original: (...args: unknown[]) => unknown, name: string): unknown {
  // Libraries the graders use (protobufjs) build functions from strings; learner code may not.
  const guarded = function codeFromStrings(this: unknown, ...args: unknown[]) {
    if (calledFromSubmission()) block(name);
    return new.target ? Reflect.construct(original, args) : Reflect.apply(original, this, args);
  };
  // `value instanceof Function` keeps working.
  if ('prototype' in original) guarded.prototype = original.prototype;
  return guarded;
}

function blockCodeFromStrings(): void {
  // Code built from strings runs in the global scope, around the prologue, and can
  // call import() on any URL or module; graded code has no need for it.
  for (const sample of [function () {}, async function () {}, function* () {}, async function* () {}]) {
    const prototype = Object.getPrototypeOf(sample) as { constructor: (...args: unknown[]) => unknown };
    const guarded = guardedConstructor(prototype.constructor, 'Function');
    Object.defineProperty(prototype, 'constructor', { value: guarded, writable: false, configurable: false });
    if ((prototype as object) === Function.prototype) replaceEverywhere(globalThis, 'Function', guarded);
  }
  replaceEverywhere(globalThis, 'eval', guardedConstructor(globalThis.eval as (...args: unknown[]) => unknown, 'eval'));
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    const original = globalThis[timer] as (...args: unknown[]) => unknown;
    const guarded = (handler: unknown, ...rest: unknown[]) => (typeof handler === 'string' ? block(timer) : original(handler, ...rest));
    Object.defineProperty(globalThis, timer, { value: guarded, writable: false, configurable: true });
  }
}

// Libraries may read who the browser is; storage, service workers, locks and beacons stay out of reach.
function describingNavigator(navigator: unknown): unknown {
  const source = (navigator ?? {}) as Record<string, unknown>;
  const kept = ['userAgent', 'language', 'languages', 'hardwareConcurrency', 'platform', 'onLine'];
  return Object.freeze(Object.fromEntries(kept.filter((key) => key in source).map((key) => [key, source[key]])));
}

/**
 * Replaces the blocked capabilities on the real global object, for good. Only for a
 * worker that exists for one run, after the grader's own code has loaded and taken what
 * it needs (the reply port): nothing is restored afterwards.
 */
export function lockDownGlobals(): void {
  const { standIns } = state();
  const real = globalThis as unknown as Record<string, unknown>;
  const isNode = typeof (real.process as { versions?: { node?: string } } | undefined)?.versions?.node === 'string';
  for (const [name, { reason }] of Object.entries(blockedCapabilities)) {
    // In Node the runtime itself reads process (unhandled rejections, the console);
    // its dangerous members are blocked instead, below. navigator and location only
    // describe the worker, and libraries read them; the prologue still hides them.
    if (reason === 'machine' || name === 'location') continue;
    replaceEverywhere(real, name, name === 'navigator' ? describingNavigator(real.navigator) : standIns[name]);
  }
  if (isNode) {
    const proc = real.process as Record<string, unknown>;
    for (const member of processRoutes) {
      if (member in proc) Object.defineProperty(proc, member, { value: functionStandIn(`process.${member}`, 'machine'), writable: false, configurable: false });
    }
  }
  blockCodeFromStrings();
}
