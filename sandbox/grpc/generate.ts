import { spawnSync } from 'node:child_process';
import { delimiter, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Regenerates sandbox/grpc/gen/ from sandbox/grpc/proto/ after a .proto change:
 * `npx tsx sandbox/grpc/generate.ts`. It lints the files with buf, then runs
 * protoc-gen-es through `buf generate` (buf.gen.yaml). Both tools come from
 * node_modules (@bufbuild/buf ships its binary in the npm package), so nothing
 * is downloaded. The only Node-only file in sandbox/grpc: the rest runs in the browser.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
// buf finds the protoc-gen-es plugin on PATH, so node_modules/.bin goes first.
const env = { ...process.env, PATH: [resolve(root, 'node_modules/.bin'), process.env.PATH].join(delimiter) };

function buf(...args: string[]): void {
  const result = spawnSync('buf', args, { cwd: here, env, stdio: 'inherit' });
  if (result.error) {
    throw new Error(`Could not run buf (${result.error.message}). Run \`npm install\` in ${root} first: buf comes from @bufbuild/buf.`);
  }
  if (result.status !== 0) {
    console.error(`buf ${args.join(' ')} failed (exit ${result.status}); fix the .proto files it names above and run this again.`);
    process.exit(result.status ?? 1);
  }
}

buf('lint');
buf('generate');
console.log('Regenerated sandbox/grpc/gen/ from sandbox/grpc/proto/.');
