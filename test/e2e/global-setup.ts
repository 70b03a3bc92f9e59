/**
 * Builds the app once and serves the build on a free local port for every browser test,
 * the way a learner gets it: static files plus the MSW service worker, nothing else.
 */
import type { TestProject } from 'vitest/node';
import { serveBuiltApp } from './serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const app = await serveBuiltApp();
  project.provide('baseURL', app.url);
  return () => app.close();
}
