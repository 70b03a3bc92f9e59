/**
 * Builds the app once and serves the build on a free local port for every browser test,
 * the way a learner gets it: static files plus the MSW service worker, nothing else.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serveBuiltApp } from './serve';
import { executablePath } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(executablePath))
    throw new Error(
      `The browser tests need Chromium at ${executablePath}. Install Debian's package (sudo apt-get install -y chromium) or point CHROMIUM_PATH at another Chromium.`,
    );
  const app = await serveBuiltApp();
  project.provide('baseURL', app.url);
  return () => app.close();
}
