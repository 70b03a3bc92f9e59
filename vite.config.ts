/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './src/content/vite-plugin.ts';
import { graderShimPlugin } from './src/grading/vite-plugin.ts';
import { cspPlugin } from './src/app/csp-plugin.ts';

// One config for the app build and for vitest: the same plugins that turn Markdown
// into chapters and resolve a grader's `import 'vitest'` to our runtime serve both.
export default defineConfig({
  plugins: [react(), contentPlugin(), graderShimPlugin(), cspPlugin()],
  // Interface text comes from one catalogue per language (src/messages/README.md).
  resolve: { alias: { '@messages': fileURLToPath(new URL(`./src/messages/${process.env.WORKBENCH_LOCALE ?? 'en'}`, import.meta.url)) } },
  worker: { format: 'es', plugins: () => [graderShimPlugin()] },
  // Found up front so the first grade on a cold dev server does not reload the page.
  optimizeDeps: { include: ['@vitest/expect', 'chai', 'acorn', 'sucrase', 'yaml'] },
  build: { target: 'es2023', sourcemap: false, chunkSizeWarningLimit: 4096 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    // graphql@16 ships ESM and CJS builds; without this vitest can load both, and a schema
    // built by one copy is refused by the other ("Cannot use GraphQLSchema from another module").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
    // The default output, then one summary of what the reliability tests tried (test/support/figures.ts).
    reporters: ['default', './test/support/figures-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/{unit,sandbox,exercises,reliability}/**/*.test.ts', 'src/**/*.test.ts', 'sandbox/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
