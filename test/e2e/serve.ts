import { build, preview } from 'vite';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds the app into a temporary folder and serves it with `vite preview` on 127.0.0.1. */
export async function serveBuiltApp(): Promise<{ url: string; outDir: string; close(): Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'workbench-build-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address.');
  return { url: `http://127.0.0.1:${address.port}`, outDir, close: () => server.close() };
}
