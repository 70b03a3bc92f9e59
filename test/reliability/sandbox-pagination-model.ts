import fc from 'fast-check';
import { expect } from 'vitest';
import { call, type CallResult } from '../sandbox/support';
import type { FuzzSandbox } from './sandbox-fuzz-target';

/**
 * A model of the paginated collections (users, products, orders) for fast-check's
 * model-based testing: commands create, update, delete, batch and walk lists page by page
 * while other commands change them. The model is the set of ids that exist now; each open
 * walk remembers what existed when it started and what changed since.
 *
 * What a concurrent change may do to a walk (chapter 2's cursor semantics):
 * - cursor walk (starting_after = the last id read): every row that existed for the whole
 *   walk is seen exactly once; rows come in ascending id order; a row created during the walk
 *   is seen if it still exists at the end (new ids are higher than every cursor); a row
 *   deleted during the walk may or may not have been seen.
 * - page walk (page + per_page, following the Link header's pinned snapshot): every row that
 *   existed at the first request and was not deleted is seen exactly once; no row created
 *   after the first request is seen; a row deleted before its page was read is left out.
 * - both: no row twice, and every row on a page existed when that page was read.
 */

export type Kind = 'users' | 'products' | 'orders';
export const KINDS: Kind[] = ['users', 'products', 'orders'];

interface Walk {
  kind: Kind;
  style: 'cursor' | 'page';
  /** The next page's URL; undefined once the walk has ended. */
  next: string | undefined;
  atStart: Set<string>;
  deleted: Set<string>;
  created: Set<string>;
  seen: string[];
}

export interface Model {
  ids: Record<Kind, Set<string>>;
  walks: Walk[];
}

export interface Real {
  sandbox: FuzzSandbox;
  made: number;
  /** Walks that ended, for the figures. */
  walksDone: number;
  pagesRead: number;
}

// A pro-tier client that spaces its requests a second apart: the walk is under test, not the limiter.
const CLIENT = { 'X-API-Key': 'key_pro_demo' };

async function send(real: Real, method: string, path: string, json?: unknown): Promise<CallResult> {
  real.sandbox.clock.advance(1_000);
  return call(real.sandbox, method, path, { headers: CLIENT, ...(json !== undefined && { json }) });
}

function body(kind: Kind, real: Real, model: Model): unknown {
  const n = ++real.made;
  if (kind === 'users') return { name: `Fuzz User ${n}`, email: `fuzz${n}@example.com` };
  if (kind === 'products') return { name: `Fuzz Product ${n}`, price_money: { amount: 100 + n, currency: 'EUR' } };
  return { user_id: [...model.ids.users][0], items: [{ product_id: [...model.ids.products][0], quantity: 1 + (n % 3) }] };
}

const listPath = (kind: Kind) => `/api/v1/${kind}`;
const pick = (ids: Set<string>, index: number) => [...ids][index % ids.size]!;

function removed(model: Model, kind: Kind, id: string): void {
  model.ids[kind].delete(id);
  for (const walk of model.walks) if (walk.kind === kind) walk.deleted.add(id);
}

function added(model: Model, kind: Kind, id: string): void {
  model.ids[kind].add(id);
  for (const walk of model.walks) if (walk.kind === kind) walk.created.add(id);
}

class Create implements fc.AsyncCommand<Model, Real> {
  constructor(readonly kind: Kind) {}
  check = (model: Model) => this.kind !== 'orders' || (model.ids.users.size > 0 && model.ids.products.size > 0);
  async run(model: Model, real: Real) {
    const res = await send(real, 'POST', listPath(this.kind), body(this.kind, real, model));
    expect(res.status, `POST ${listPath(this.kind)}: ${res.text}`).toBe(201);
    added(model, this.kind, res.body.data.id);
  }
  toString = () => `create ${this.kind}`;
}

class Update implements fc.AsyncCommand<Model, Real> {
  constructor(readonly kind: Kind, readonly index: number) {}
  check = (model: Model) => model.ids[this.kind].size > 0;
  async run(model: Model, real: Real) {
    const id = pick(model.ids[this.kind], this.index);
    const change = this.kind === 'orders' ? { items: [{ product_id: [...model.ids.products][0] ?? 'prd_1', quantity: 2 }] } : { name: `Renamed ${++real.made}` };
    const res = await send(real, 'PATCH', `${listPath(this.kind)}/${id}`, change);
    // An order whose product is gone, or that is no longer pending, may refuse new items; it still exists.
    expect([200, 409, 422], `PATCH ${id}: ${res.text}`).toContain(res.status);
    expect(model.ids[this.kind].has(id)).toBe(true);
  }
  toString = () => `update ${this.kind}[${this.index}]`;
}

class Delete implements fc.AsyncCommand<Model, Real> {
  constructor(readonly kind: Kind, readonly index: number) {}
  check = (model: Model) => model.ids[this.kind].size > 0;
  async run(model: Model, real: Real) {
    const id = pick(model.ids[this.kind], this.index);
    const res = await send(real, 'DELETE', `${listPath(this.kind)}/${id}`);
    expect(res.status, `DELETE ${id}: ${res.text}`).toBe(204);
    removed(model, this.kind, id);
  }
  toString = () => `delete ${this.kind}[${this.index}]`;
}

/** A users batch of creates and deletes; atomic batches with a failing operation change nothing. */
class Batch implements fc.AsyncCommand<Model, Real> {
  constructor(readonly creates: number, readonly deletes: number[], readonly atomic: boolean, readonly failing: boolean) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const doomed = [...new Set(this.deletes.filter(() => model.ids.users.size > 0).map((index) => pick(model.ids.users, index)))];
    const operations = [
      ...Array.from({ length: this.creates }, () => ({ method: 'create', resource: 'users', data: body('users', real, model) })),
      ...doomed.map((id) => ({ method: 'delete', resource: 'users', id })),
      ...(this.failing ? [{ method: 'delete', resource: 'users', id: 'usr_999999' }] : []),
    ];
    if (operations.length === 0) return;
    const res = await send(real, 'POST', '/api/v1/batch', { operations, atomic: this.atomic });
    expect(res.status, `POST /api/v1/batch: ${res.text}`).toBe(200);
    const applied = !(this.atomic && this.failing);
    for (const result of res.body.results as { index: number; outcome: string; data?: { id: string } }[]) {
      const operation = operations[result.index]!;
      if (!applied || result.outcome !== 'succeeded') continue;
      if (operation.method === 'create') added(model, 'users', result.data!.id);
      else removed(model, 'users', (operation as { id: string }).id);
    }
  }
  toString = () => `batch(+${this.creates}, -${this.deletes.length}${this.failing ? ', one failing' : ''}${this.atomic ? ', atomic' : ''})`;
}

class StartWalk implements fc.AsyncCommand<Model, Real> {
  constructor(readonly kind: Kind, readonly style: 'cursor' | 'page', readonly size: number) {}
  check = (model: Model) => model.walks.length < 3;
  async run(model: Model, real: Real) {
    const first = this.style === 'cursor' ? `${listPath(this.kind)}?limit=${this.size}` : `${listPath(this.kind)}?per_page=${this.size}`;
    const walk: Walk = { kind: this.kind, style: this.style, next: first, atStart: new Set(model.ids[this.kind]), deleted: new Set(), created: new Set(), seen: [] };
    model.walks.push(walk);
    await readPage(model, real, walk);
  }
  toString = () => `walk ${this.kind} by ${this.style}, ${this.size} a page`;
}

class StepWalk implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check = (model: Model) => model.walks.length > 0;
  async run(model: Model, real: Real) {
    await readPage(model, real, model.walks[this.index % model.walks.length]!);
  }
  toString = () => `next page of walk ${this.index}`;
}

async function readPage(model: Model, real: Real, walk: Walk): Promise<void> {
  const url = walk.next!;
  const res = await send(real, 'GET', url);
  expect(res.status, `GET ${url}: ${res.text}`).toBe(200);
  real.pagesRead++;
  const page = (res.body.data as { id: string }[]).map((row) => row.id);
  for (const id of page) expect(model.ids[walk.kind].has(id), `GET ${url} shows ${id}, which does not exist now`).toBe(true);
  walk.seen.push(...page);
  walk.next = walk.style === 'cursor' ? res.body.links.next : nextLink(res.headers.get('Link'));
  expect(res.body.meta.has_more, `GET ${url}: has_more must say whether a next page exists`).toBe(walk.next !== undefined);
  if (walk.next === undefined) {
    finish(walk);
    model.walks.splice(model.walks.indexOf(walk), 1);
    real.walksDone++;
  }
}

function nextLink(header: string | null): string | undefined {
  const match = header?.split(',').map((part) => /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim())).find(Boolean);
  return match?.[1];
}

/** The walk's promises, checked when its last page is read. */
function finish(walk: Walk): void {
  const label = `${walk.style} walk of ${walk.kind}`;
  const twice = walk.seen.filter((id, index) => walk.seen.indexOf(id) !== index);
  expect(twice, `${label} showed rows twice: ${walk.seen.join(', ')}`).toEqual([]);
  const stayed = [...walk.atStart].filter((id) => !walk.deleted.has(id));
  const skipped = stayed.filter((id) => !walk.seen.includes(id));
  expect(skipped, `${label} skipped rows that existed for the whole walk (saw ${walk.seen.join(', ')})`).toEqual([]);
  const number = (id: string) => Number(id.split('_')[1]);
  expect(walk.seen, `${label} is not in id order`).toEqual([...walk.seen].sort((a, b) => number(a) - number(b)));
  const newRows = [...walk.created].filter((id) => !walk.deleted.has(id));
  if (walk.style === 'cursor') {
    expect(newRows.filter((id) => !walk.seen.includes(id)), `${label} missed rows created during the walk`).toEqual([]);
  } else {
    expect(walk.seen.filter((id) => walk.created.has(id)), `${label} showed rows created after its first page, outside its snapshot`).toEqual([]);
  }
}

/** Every command, with arguments drawn by fast-check; the last one is a step of an open walk. */
export function commandArbitraries(): fc.Arbitrary<fc.AsyncCommand<Model, Real>>[] {
  const kind = fc.constantFrom(...KINDS);
  const index = fc.nat(40);
  // Walks are what is under test: they are drawn as often as all the changes together.
  const startWalk = fc.tuple(kind, fc.constantFrom('cursor' as const, 'page' as const), fc.integer({ min: 1, max: 4 })).map(([k, style, size]) => new StartWalk(k, style, size));
  const stepWalk = index.map((i) => new StepWalk(i));
  return [
    kind.map((k) => new Create(k)),
    fc.tuple(kind, index).map(([k, i]) => new Update(k, i)),
    fc.tuple(kind, index).map(([k, i]) => new Delete(k, i)),
    fc.tuple(fc.nat(3), fc.array(index, { maxLength: 3 }), fc.boolean(), fc.boolean()).map(([creates, deletes, atomic, failing]) => new Batch(creates, deletes, atomic, failing)),
    startWalk,
    startWalk,
    stepWalk,
    stepWalk,
    stepWalk,
  ];
}

/** Reads the whole list in one request and compares it with the model: the store and the model agree. */
export async function expectListMatchesModel(model: Model, real: Real): Promise<void> {
  for (const kind of KINDS) {
    const res = await send(real, 'GET', `${listPath(kind)}?limit=100`);
    expect(res.status).toBe(200);
    expect(res.body.meta.has_more, `${kind} outgrew one page of 100: shorten the sequences`).toBe(false);
    expect((res.body.data as { id: string }[]).map((row) => row.id).sort(), `${kind} in the API vs the model`).toEqual([...model.ids[kind]].sort());
  }
}

/** The model of a fresh sandbox: its seed rows, read through the API. */
export async function initialModel(real: Real): Promise<Model> {
  const ids = {} as Record<Kind, Set<string>>;
  for (const kind of KINDS) {
    const res = await send(real, 'GET', `${listPath(kind)}?limit=100`);
    ids[kind] = new Set((res.body.data as { id: string }[]).map((row) => row.id));
  }
  return { ids, walks: [] };
}
