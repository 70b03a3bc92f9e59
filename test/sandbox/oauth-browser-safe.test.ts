import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The OAuth server runs in the browser's service worker too: its files may import neither
// Node's modules nor packages that need them. jose is a WebCrypto-only build in every environment.
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const PACKAGES = ['jose', 'xstate', 'hono', '@hono/zod-openapi'];
const SANDBOX = join(import.meta.dirname, '../../sandbox');
const OWN_AUTH = /^(directory|password|tokens|token-.+|keys|random|oauth-.+)\.ts$/;

const files = [
  ...readdirSync(join(SANDBOX, 'auth')).filter((name) => OWN_AUTH.test(name)).map((name) => `auth/${name}`),
  ...readdirSync(join(SANDBOX, 'routes')).filter((name) => /^oauth.*\.ts$/.test(name)).map((name) => `routes/${name}`),
];

function imports(source: string): string[] {
  const found = [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const dynamic = [...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]!);
  return [...found, ...dynamic];
}

describe('the OAuth server in the browser', () => {
  it('has its files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['auth/tokens.ts', 'auth/password.ts', 'auth/oauth-grants.ts', 'routes/oauth-token.ts']));
  });

  it.each(files)('%s imports nothing Node-only, and only browser-safe packages', (file) => {
    for (const specifier of imports(readFileSync(join(SANDBOX, file), 'utf8'))) {
      expect(NODE_ONLY.has(specifier), `${specifier} is a Node module`).toBe(false);
      if (!specifier.startsWith('.')) expect(PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`)), specifier).toBe(true);
    }
  });

  it('uses no Node global either (Buffer, process)', () => {
    for (const file of files) expect(readFileSync(join(SANDBOX, file), 'utf8'), file).not.toMatch(/\b(Buffer|process)\./);
  });
});
