/**
 * A translation needs no change to any component: this builds a pseudo-locale (every English
 * message wrapped in ⟦…⟧) in a temporary folder, points WORKBENCH_LOCALE at it as a translator
 * would, loads components through the project's own vite.config.ts and renders them on the server.
 * Every piece of text the learner sees must then come out wrapped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const english = import.meta.glob<Record<string, unknown>>('../../src/messages/en/*.ts', { eager: true });

// The pseudo-translation: strings and the strings functions return, wrapped; keys, shapes and {slots} kept.
const pseudoSource = `
export function pseudo(value) {
  if (typeof value === 'string') return '⟦' + value + '⟧';
  if (typeof value === 'function') return (...args) => '⟦' + value(...args) + '⟧';
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, pseudo(child)]));
}
`;

// One module per English one, with the same export names, as a translator's copy of en/ would have.
function writePseudoLocale(folder: string): void {
  writeFileSync(join(folder, 'pseudo.js'), pseudoSource);
  for (const [path, exports] of Object.entries(english)) {
    const file = path.split('/').pop()!;
    const lines = [`import * as en from ${JSON.stringify(join(root, 'src/messages/en', file))};`, `import { pseudo } from './pseudo.js';`];
    for (const name of Object.keys(exports)) lines.push(`export const ${name} = pseudo(en.${name});`);
    writeFileSync(join(folder, file), `${lines.join('\n')}\n`);
  }
}

/** Text nodes and text attributes of rendered HTML, the pieces a translator is responsible for. */
function visibleText(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((match) => match[1]!);
  const text = html.replace(/<[^>]*>/g, '\n').split('\n').map((part) => part.trim()).filter((part) => part !== '');
  return [...attributes, ...text];
}

describe('a translation built with WORKBENCH_LOCALE', () => {
  let folder: string;
  let server: ViteDevServer;
  const previous = process.env.WORKBENCH_LOCALE;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'workbench-pseudo-locale-'));
    writePseudoLocale(folder);
    // vite.config.ts reads src/messages/<WORKBENCH_LOCALE>; a relative path reaches the temporary folder.
    process.env.WORKBENCH_LOCALE = relative(join(root, 'src/messages'), folder);
    server = await createServer({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
  }, 20_000);

  afterAll(async () => {
    await server?.close();
    if (previous === undefined) delete process.env.WORKBENCH_LOCALE;
    else process.env.WORKBENCH_LOCALE = previous;
    rmSync(folder, { recursive: true, force: true });
  });

  async function render(path: string, exportName: string, props: object = {}): Promise<string> {
    // Links need a location; on the server wouter takes it from its Router. Loaded before the component,
    // so the component's import of wouter gets this same copy (and with it the Router's context).
    const { Router } = (await server.ssrLoadModule('wouter')) as { Router: ComponentType<{ ssrPath: string }> };
    const module = (await server.ssrLoadModule(path)) as Record<string, ComponentType<object>>;
    return renderToStaticMarkup(createElement(Router, { ssrPath: '/' }, createElement(module[exportName]!, props)));
  }

  it('shows the not-found page in the translation, link text and slots included', async () => {
    const html = await render('/src/app/not-found-page.tsx', 'NotFoundPage');
    expect(html).toContain('<h1>⟦Page not found⟧</h1>');
    // The sentence is one message with a {home} slot; the link inside it is translated too.
    expect(html).toMatch(/⟦There is nothing at this address\. <a [^>]*>⟦Go to the chapters⟧<\/a>\.⟧/);
  });

  it('leaves no English outside the wrapping in a Try-it block, messages with values included', async () => {
    const request = { method: 'POST', url: '/api/v1/users', headers: [['Content-Type', 'application/json']], body: '{}', title: 'Create a user' };
    const html = await render('/src/reader/try-it.tsx', 'TryIt', { request });
    expect(html).toContain('aria-label="⟦Send Create a user⟧"');
    // Code the learner sends (methods, the request title from the chapter, header lines) is not interface text.
    const code = new Set(['Create a user', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', '/api/v1/users', 'Content-Type: application/json', '{}']);
    const untranslated = visibleText(html).filter((text) => !code.has(text) && !/^⟦[\s\S]*⟧$/.test(text));
    expect(untranslated).toEqual([]);
  });
});
