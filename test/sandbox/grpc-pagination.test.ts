import { Code } from '@connectrpc/connect';
import { describe, expect, it } from 'vitest';
import { BadRequestSchema } from '../../sandbox/grpc/gen/google/rpc/error_details_pb';
import { AUTH, rejection, userClient, WIRES } from './grpc-support';
import { call, testSandbox } from './support';

async function addUsers(client: ReturnType<typeof userClient>, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) await client.createUser({ user: { name: `User ${n}`, email: `user${n}@example.com` } }, AUTH);
}

describe('ListUsers pagination', () => {
  it('walks every page with next_page_token, without repeats or gaps, over every protocol', async () => {
    for (const wire of WIRES) {
      const sandbox = testSandbox();
      const client = userClient(sandbox, wire);
      await addUsers(client, 4); // usr_1..usr_7
      const seen: string[] = [];
      let pageToken = '';
      let pages = 0;
      do {
        const page = await client.listUsers({ pageSize: 3, pageToken });
        expect(page.totalSize, wire.name).toBe(7);
        seen.push(...page.users.map((user) => user.id));
        pageToken = page.nextPageToken;
        pages++;
      } while (pageToken !== '' && pages < 10);
      expect(seen, wire.name).toEqual(['usr_1', 'usr_2', 'usr_3', 'usr_4', 'usr_5', 'usr_6', 'usr_7']);
      expect(pages, wire.name).toBe(3);
    }
  });

  it('uses 20 when page_size is 0 and lowers a page_size above 100 to 100', async () => {
    const client = userClient(testSandbox());
    await addUsers(client, 102); // 105 users in all
    const defaultPage = await client.listUsers({});
    expect(defaultPage.users).toHaveLength(20);
    const capped = await client.listUsers({ pageSize: 1000 });
    expect(capped.users).toHaveLength(100);
    expect(capped.totalSize).toBe(105);
    expect((await client.listUsers({ pageSize: 1000, pageToken: capped.nextPageToken })).users).toHaveLength(5);
  });

  it('refuses a negative page_size with INVALID_ARGUMENT on page_size', async () => {
    const error = await rejection(userClient(testSandbox()).listUsers({ pageSize: -1 }));
    expect(error.code).toBe(Code.InvalidArgument);
    expect(error.findDetails(BadRequestSchema)[0]!.fieldViolations[0]).toMatchObject({ field: 'page_size', reason: 'TOO_SMALL' });
  });

  it('hands out opaque tokens: no id in plain sight, and the last page has none', async () => {
    const client = userClient(testSandbox());
    const first = await client.listUsers({ pageSize: 2 });
    expect(first.nextPageToken).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.nextPageToken).not.toContain('usr_');
    const last = await client.listUsers({ pageSize: 2, pageToken: first.nextPageToken });
    expect(last.users.map((user) => user.id)).toEqual(['usr_3']);
    expect(last.nextPageToken).toBe('');
  });

  it('refuses a token it never issued, naming page_token', async () => {
    const client = userClient(testSandbox());
    for (const pageToken of ['usr_2', 'bm9wZQ', '!!!', btoa('v1:prd_1').replace(/=+$/, '')]) {
      const error = await rejection(client.listUsers({ pageToken }));
      expect(error.code, pageToken).toBe(Code.InvalidArgument);
      expect(error.findDetails(BadRequestSchema)[0]!.fieldViolations[0]!.field, pageToken).toBe('page_token');
    }
  });

  it('continues after the last user of a page even when that user has been deleted meanwhile', async () => {
    const sandbox = testSandbox();
    const client = userClient(sandbox);
    const first = await client.listUsers({ pageSize: 2 });
    expect((await call(sandbox, 'DELETE', '/api/v1/users/usr_2')).status).toBe(204);
    const next = await client.listUsers({ pageSize: 2, pageToken: first.nextPageToken });
    expect(next.users.map((user) => user.id)).toEqual(['usr_3']);
  });
});
