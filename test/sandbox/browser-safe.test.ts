import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The sandbox also runs inside the browser (MSW), so these folders may import neither
// Node's modules nor packages that need them. Each package listed was bundled for the
// browser with Vite and checked to pull in no Node built-in.
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

const folders = [
  {
    folder: 'graphql',
    packages: ['graphql', 'dataloader', 'xstate', 'hono', '@hono/zod-openapi', '@graphql-tools/schema', '@graphql-tools/federation', '@apollo/subgraph', '@theguild/federation-composition'],
    expected: ['routes.ts', 'operation.ts', 'federation/gateway.ts', 'http/sse.ts'],
    nodeOnly: [] as string[],
  },
  {
    folder: 'grpc',
    packages: ['@bufbuild/protobuf', '@connectrpc/connect', '@hono/zod-openapi'],
    expected: ['handler.ts', 'user-service.ts', 'gen/user/v1/user_pb.ts'],
    // Runs buf on a developer's machine; never part of the sandbox.
    nodeOnly: ['generate.ts'],
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function imports(source: string): string[] {
  const found = [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const dynamic = [...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]!);
  return [...found, ...dynamic];
}

describe.each(folders)('sandbox/$folder in the browser', ({ folder, packages, expected, nodeOnly }) => {
  const root = join(import.meta.dirname, '../../sandbox', folder);
  const files = sourceFiles(root).filter((file) => !nodeOnly.includes(relative(root, file)));

  it('has source files to check', () => {
    expect(files.map((file) => relative(root, file))).toEqual(expect.arrayContaining(expected));
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s imports nothing Node-only, and only browser-safe packages', (_name, file) => {
    for (const specifier of imports(readFileSync(file, 'utf8'))) {
      expect(NODE_ONLY.has(specifier), `${specifier} is a Node module`).toBe(false);
      if (!specifier.startsWith('.')) expect(packages.some((name) => specifier === name || specifier.startsWith(`${name}/`)), specifier).toBe(true);
    }
  });
});

it('notices a Node import, also a lazy one', () => {
  expect(imports("import { readFile } from 'node:fs';\nconst x = () => import('node:path');\nimport type { X } from './x';")).toEqual(['node:fs', './x', 'node:path']);
});
