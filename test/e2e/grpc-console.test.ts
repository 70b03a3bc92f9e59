import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The data cells of a table row, as text. */
const cells = (row: Locator) => row.locator('td').allTextContents();
const count = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, ''));

describe('the gRPC console', () => {
  it('calls GetUser, shows both sizes, streams every user and logs the calls', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/consoles/grpc');
    await page.getByRole('heading', { name: 'gRPC console', level: 1 }).waitFor();

    // GetUser over Connect, binary: the response and a size in each encoding.
    await page.getByLabel('Method').selectOption('GetUser');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const status = page.getByTestId('grpc-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^OK in/);
    await expect.poll(() => page.getByTestId('grpc-messages').textContent()).toContain('ada@example.com');
    const sizes = page.getByTestId('message-sizes');
    const responseRow = sizes.getByRole('row', { name: /^Response user\.v1\.User/ });
    const [binary, json] = (await cells(responseRow)).map(count);
    expect(binary).toBeGreaterThan(0);
    expect(json).toBeGreaterThan(binary!);
    expect(await sizes.getByRole('row', { name: /^Request user\.v1\.GetUserRequest/ }).textContent()).toMatch(/binary is \d+ % of JSON/);

    // StreamUsers over gRPC-Web: one list item per message.
    await page.getByLabel('Method').selectOption('StreamUsers');
    await page.getByLabel('gRPC-Web').check();
    await page.getByRole('button', { name: 'Start stream' }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^OK in .* 3 messages, then the stream ended/);
    const items = page.getByTestId('grpc-messages').getByRole('listitem');
    expect(await items.count()).toBe(3);
    expect(await items.nth(2).textContent()).toMatch(/^Message 3 · after [\d.]+ ms .*"usr_3"/s);

    // The call log shows both calls, newest first, with the protocol each used.
    const log = page.getByTestId('call-log');
    await expect.poll(() => log.getByRole('row').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const rows = log.getByRole('row');
    // Method, protocol, codec, code, ms, request bytes, response bytes, messages.
    const stream = await cells(rows.nth(1));
    expect([stream[0], stream[1], stream[2], stream[3], stream[7]]).toEqual(['StreamUsers', 'grpc-web', 'proto', 'ok', '3']);
    const get = await cells(rows.nth(2));
    expect([get[0], get[1], get[2], get[3], get[7]]).toEqual(['GetUser', 'connect', 'proto', 'ok', '1']);
    expect(count(get[6])).toBe(binary);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the field violations of an invalid request and measures JSON against protobuf', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/consoles/grpc');
    await page.getByLabel('Method').selectOption('CreateUser');
    await page.getByLabel(/Request message/).fill('{"user": {"name": "", "email": "nope"}}');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.getByTestId('grpc-status').textContent(), { timeout: 20_000 }).toMatch(/^invalid_argument/);
    expect(await page.locator('.grpc-violations').textContent()).toMatch(/user\.name.*user\.email/);

    await page.getByLabel('Messages').fill('2000');
    await page.getByRole('button', { name: 'Measure' }).click();
    const table = page.getByTestId('proto-vs-json');
    await table.waitFor({ timeout: 20_000 });
    expect(await table.locator('caption').textContent()).toMatch(/^2,000 messages; every message decoded equal/);
    const [jsonBytes, protoBytes] = (await cells(table.getByRole('row', { name: /^Bytes/ }))).map(count);
    expect(protoBytes).toBeGreaterThan(0);
    expect(protoBytes).toBeLessThan(jsonBytes!);
    expect(errors).toEqual([]);
    await context.close();
  });
});
