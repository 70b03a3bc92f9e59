/**
 * A Vite plugin that puts the app's Content-Security-Policy (csp-policy.ts) where each
 * way of serving the build can enforce it:
 * - a <meta http-equiv> in the BUILT index.html, so any static host enforces it;
 * - response headers from `vite preview` (pages get the page policy, script files the
 *   worker policy, since a worker runs under its script's response policy);
 * - a `_headers` file in the build for hosts that read one (Cloudflare Pages syntax).
 * The dev server is left alone: Vite's HMR client and React Refresh need inline
 * scripts and eval that the built app never uses.
 */
import type { Plugin } from 'vite';
import { metaPolicy, pageHeaderPolicy, policyForPath, workerHeaderPolicy } from './csp-policy.ts';

/** The `_headers` file: the page policy everywhere, replaced by the worker policy for scripts. */
export function headersFile(): string {
  const workerRule = (pattern: string) =>
    [pattern, '  ! Content-Security-Policy', `  Content-Security-Policy: ${workerHeaderPolicy}`].join('\n');
  return [
    '# Written by src/app/csp-plugin.ts from src/app/csp-policy.ts; edit those, not this file.',
    '/*',
    `  Content-Security-Policy: ${pageHeaderPolicy}`,
    workerRule('/assets/*'),
    workerRule('/mockServiceWorker.js'),
    '',
  ].join('\n');
}

/** Adds the policy to the built app and to `vite preview`. */
export function cspPlugin(): Plugin {
  return {
    name: 'workbench-csp',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Build only: during `vite dev` there is no bundle, so context.bundle is unset.
        if (!context.bundle) return [];
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy }, injectTo: 'head-prepend' }];
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader('Content-Security-Policy', policyForPath(request.url ?? '/'));
        next();
      });
    },
  };
}
