import { describe, expect, it } from 'vitest';

describe('zod without eval', () => {
  it('turns on zod’s jitless mode through the global zod reads its configuration from', async () => {
    await import('../../src/app/zod-without-eval');
    const { globalConfig } = await import('zod/v4/core');
    expect(globalConfig.jitless).toBe(true);
  });
});
