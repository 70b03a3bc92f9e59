import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { joinName, splitName } from '../../sandbox/versioning/name-parts';
import { call, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

describe('splitting and joining names', () => {
  it.each([
    ['Ada Lovelace', { first: 'Ada', last: 'Lovelace' }],
    ['Ludwig van Beethoven', { first: 'Ludwig', last: 'van Beethoven' }],
    ['Plato', { first: 'Plato', last: null }],
    ['  Grace   Brewster  Hopper ', { first: 'Grace', last: 'Brewster Hopper' }],
  ])('splits %j after the first word', (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });

  it.each(['Ada Lovelace', 'Mary Ann Evans', 'Plato', 'Gabriel García Márquez'])('joins the split of %j back into the same name', (name) => {
    expect(joinName(splitName(name))).toBe(name);
  });
});

describe('one store, three representations', () => {
  it('shows a user created in v1 in v2 and v3, with a null last name for a single-word name', async () => {
    await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Plato', email: 'plato@example.com' } });
    expect((await call(sandbox, 'GET', '/api/v2/users/usr_4')).body.data).toMatchObject({ first_name: 'Plato', last_name: null });
    expect((await call(sandbox, 'GET', '/api/v3/users/usr_4')).body.data).toEqual({ id: 'usr_4', name: { first: 'Plato', last: null }, email: 'plato@example.com', phone: null });
  });

  it('joins a v2 create back into the v1 name and answers 201 with a v2 Location', async () => {
    const res = await call(sandbox, 'POST', '/api/v2/users', { json: { first_name: 'Ludwig', last_name: 'van Beethoven', email: 'lvb@example.com' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v2/users/usr_4');
    expect(res.body.data).toMatchObject({ first_name: 'Ludwig', last_name: 'van Beethoven' });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_4')).body.data.name).toBe('Ludwig van Beethoven');
  });

  it('round-trips a v2 single-word name: no last name in, null out, one word in v1', async () => {
    await call(sandbox, 'POST', '/api/v2/users', { json: { first_name: 'Plato', email: 'plato@example.com' } });
    expect((await call(sandbox, 'GET', '/api/v2/users/usr_4')).body.data).toMatchObject({ first_name: 'Plato', last_name: null });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_4')).body.data.name).toBe('Plato');
  });

  it('keeps the split a v3 client wrote, where the first-word rule would guess wrong', async () => {
    const res = await call(sandbox, 'POST', '/api/v3/users', { json: { name: { first: 'Mary Ann', last: 'Evans' }, email: 'mae@example.com', phone: '+442079460123' } });
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({ id: 'usr_4', name: { first: 'Mary Ann', last: 'Evans' }, email: 'mae@example.com', phone: '+442079460123' });
    expect((await call(sandbox, 'GET', '/api/v2/users/usr_4')).body.data).toMatchObject({ first_name: 'Mary Ann', last_name: 'Evans' });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_4')).body.data.name).toBe('Mary Ann Evans');
  });

  it('forgets a written split once v1 renames the user, and falls back to the rule', async () => {
    await call(sandbox, 'POST', '/api/v3/users', { json: { name: { first: 'Mary Ann', last: 'Evans' }, email: 'mae@example.com' } });
    await call(sandbox, 'PATCH', '/api/v1/users/usr_4', { json: { name: 'Clara Josephine Schumann' } });
    expect((await call(sandbox, 'GET', '/api/v3/users/usr_4')).body.data.name).toEqual({ first: 'Clara', last: 'Josephine Schumann' });
  });

  it('changes only the sent part on a v2 PATCH and joins it into name', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v2/users/usr_2', { json: { last_name: 'Murray Hopper' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ first_name: 'Grace', last_name: 'Murray Hopper' });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_2')).body.data.name).toBe('Grace Murray Hopper');
  });

  it('removes the family name when a v2 PATCH sends last_name: null', async () => {
    await call(sandbox, 'PATCH', '/api/v2/users/usr_3', { json: { first_name: 'Turing', last_name: null } });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_3')).body.data.name).toBe('Turing');
    expect((await call(sandbox, 'GET', '/api/v3/users/usr_3')).body.data.name).toEqual({ first: 'Turing', last: null });
  });

  it('changes one name part and the phone with a v3 PATCH, and removes the phone with null', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v3/users/usr_1', { json: { name: { last: 'King' }, phone: '+442079460999' } });
    expect(res.body.data).toMatchObject({ name: { first: 'Ada', last: 'King' }, phone: '+442079460999' });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_1')).body.data.name).toBe('Ada King');
    const cleared = await call(sandbox, 'PATCH', '/api/v3/users/usr_1', { json: { phone: null } });
    expect(cleared.body.data.phone).toBeNull();
  });

  it('writes through the negotiated URL in the negotiated version', async () => {
    const res = await call(sandbox, 'POST', '/api/users', { headers: { 'API-Version': '3' }, json: { name: { first: 'Plato' }, email: 'plato@example.com' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/users/usr_4');
    expect(res.body.data.name).toEqual({ first: 'Plato', last: null });
    const patched = await call(sandbox, 'PATCH', '/api/users/usr_4?version=2', { json: { last_name: 'of Athens' } });
    expect(patched.body.data).toMatchObject({ first_name: 'Plato', last_name: 'of Athens' });
  });

  it('lists users in v2 with v2 links', async () => {
    const res = await call(sandbox, 'GET', '/api/v2/users?limit=2');
    expect(res.body.data.map((u: { first_name: string }) => u.first_name)).toEqual(['Ada', 'Grace']);
    expect(res.body.data[0].links.self).toBe('/api/v2/users/usr_1');
    expect(res.body.links.next).toBe('/api/v2/users?limit=2&starting_after=usr_2');
  });
});

describe('refusing bad writes', () => {
  it('tells a v3 body sent as version 2 which v2 fields it lacks', async () => {
    const res = await call(sandbox, 'POST', '/api/users', { headers: { 'API-Version': '2' }, json: { name: { first: 'Plato' }, email: 'plato@example.com' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['first_name', 'name']);
  });

  it('refuses an empty last_name, a phone not in E.164 form and a taken email', async () => {
    const empty = await call(sandbox, 'POST', '/api/v2/users', { json: { first_name: 'Plato', last_name: ' ', email: 'plato@example.com' } });
    expect(empty.body.error.details[0]).toMatchObject({ field: 'last_name', code: 'too_small' });
    const phone = await call(sandbox, 'PATCH', '/api/v3/users/usr_2', { json: { phone: '020 7946 0018' } });
    expect(phone.status).toBe(422);
    expect(phone.body.error.details[0].message).toContain('E.164');
    const taken = await call(sandbox, 'PATCH', '/api/v2/users/usr_2', { json: { email: 'ADA@example.com' } });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'email_taken']);
  });

  it('refuses parts whose joined name exceeds the 100 characters v1 allows', async () => {
    const res = await call(sandbox, 'POST', '/api/v2/users', { json: { first_name: 'A'.repeat(60), last_name: 'B'.repeat(60), email: 'long@example.com' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ field: 'last_name', code: 'too_big' });
  });

  it('answers an unknown id in v3 with 404 pointing at the v3 list', async () => {
    const res = await call(sandbox, 'PATCH', '/api/v3/users/usr_42', { json: { phone: null } });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('/api/v3/users');
  });
});
