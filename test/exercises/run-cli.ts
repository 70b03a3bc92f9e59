/** Runs one of the src/cli tools the way `npm run` does (tsx on this Node), for end-to-end tests. */
import { execFile } from 'node:child_process';
import path from 'node:path';

const tsxCli = path.resolve('node_modules/tsx/dist/cli.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `src/cli/<tool>.ts` with `args` and resolves with its exit code and output. */
export function runCli(tool: 'grade' | 'new-exercise' | 'check-exercises' | 'grade-progress', args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsxCli, `src/cli/${tool}.ts`, ...args], { env: { ...process.env, INIT_CWD: process.cwd() } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
