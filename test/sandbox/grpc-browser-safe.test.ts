import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The sandbox runs inside the browser (MSW), so its gRPC door may not import Node's
// modules. generate.ts is the one exception: it runs buf, on a developer's machine.
const root = join(import.meta.dirname, '../../sandbox/grpc');
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const ALLOWED_PACKAGES = ['@bufbuild/protobuf', '@connectrpc/connect', '@hono/zod-openapi'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function imports(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

describe('sandbox/grpc in the browser', () => {
  const files = sourceFiles(root).filter((file) => !file.endsWith('generate.ts'));

  it('has source files to check', () => {
    expect(files.map((file) => relative(root, file))).toEqual(expect.arrayContaining(['handler.ts', 'user-service.ts', 'gen/user/v1/user_pb.ts']));
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s imports nothing Node-only, and only browser-safe packages', (_name, file) => {
    for (const specifier of imports(readFileSync(file, 'utf8'))) {
      expect(NODE_ONLY.has(specifier), `${specifier} is a Node module`).toBe(false);
      if (!specifier.startsWith('.')) expect(ALLOWED_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`)), specifier).toBe(true);
    }
  });

  it('would notice a Node import', () => {
    expect(imports("import { spawnSync } from 'node:child_process';\nimport type { X } from './x';")).toEqual(['node:child_process', './x']);
  });
});
