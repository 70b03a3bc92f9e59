import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueShape, describeLiteralText, literalTextIn, literalTextUnder } from './message-catalogue-text';

const root = join(import.meta.dirname, '..', '..');

// Folders whose components take every interface string from the catalogue; add a folder once it is converted.
const catalogueFolders = [
  'src/explorer',
  'src/auth-lab',
  'src/compat',
  ...['webhooks', 'realtime', 'monitoring', 'load', 'gateway', 'contract', 'city', 'bff'].map((lab) => `src/${lab}-lab`),
];

// Every module of every language, loaded through Vite so a new language is picked up by itself.
const modules = import.meta.glob<Record<string, unknown>>('../../src/messages/*/*.ts', { eager: true });

function languageModules(language: string): Map<string, Record<string, unknown>> {
  const prefix = `../../src/messages/${language}/`;
  return new Map(Object.entries(modules).flatMap(([file, loaded]) => (file.startsWith(prefix) ? [[file.slice(prefix.length), loaded] as const] : [])));
}

describe('literalTextIn', () => {
  it('finds JSX text with letters and names its line', () => {
    const found = literalTextIn('a.tsx', 'const a = (\n  <p>\n    Hello there\n  </p>\n);');
    expect(found).toEqual([{ file: 'a.tsx', line: 3, kind: 'jsx-text', text: 'Hello there' }]);
  });

  it('finds string-literal text attributes, written plain or in braces', () => {
    const found = literalTextIn('a.tsx', `<div><img alt="A cat" /><input placeholder={'Your name'} aria-label={\`Search\`} title={label} /></div>`);
    expect(found.map((item) => `${item.attribute}=${item.text}`)).toEqual(['alt=A cat', 'placeholder=Your name', 'aria-label=Search']);
  });

  it('lets punctuation, expressions and other attributes stay in the component', () => {
    const source = `<p className="big" data-testid="x-y">{m.title} · {' '}<code>{'GET /x'}</code> → ({count})</p>`;
    expect(literalTextIn('a.tsx', source)).toEqual([]);
  });
});

describe('catalogueShape', () => {
  it('tells apart a missing key, a string that became a function and a renamed slot', () => {
    const en = catalogueShape({ a: 'x', b: { c: 'Hello {name}' }, d: (n: number) => `${n}` });
    expect(catalogueShape({ a: 'x', b: { c: 'Bonjour {name}' }, d: (n: number) => `${n}` })).toEqual(en);
    expect(catalogueShape({ a: 'x', b: { c: 'Bonjour {name}' } })).not.toEqual(en);
    expect(catalogueShape({ a: () => 'x', b: { c: 'Bonjour {name}' }, d: (n: number) => `${n}` })).not.toEqual(en);
    expect(catalogueShape({ a: 'x', b: { c: 'Bonjour {nom}' }, d: (n: number) => `${n}` })).not.toEqual(en);
  });
});

describe('the message catalogue', () => {
  it('holds every interface string of the converted folders', () => {
    const found = literalTextUnder(root, catalogueFolders);
    expect(found, `Move these strings into src/messages/en/<area>.ts and import them:\n${describeLiteralText(found)}`).toEqual([]);
  });

  it('gives every other language the same modules, keys and template slots as en', () => {
    const english = languageModules('en');
    expect(english.size).toBeGreaterThan(0);
    const languages = readdirSync(join(root, 'src/messages')).filter((name) => name !== 'en' && statSync(join(root, 'src/messages', name)).isDirectory());
    for (const language of languages) {
      const translated = languageModules(language);
      expect([...translated.keys()].sort(), `src/messages/${language} must have the same files as src/messages/en`).toEqual([...english.keys()].sort());
      for (const [file, module] of english) {
        expect(catalogueShape(translated.get(file)), `src/messages/${language}/${file} must have the keys and {slots} of src/messages/en/${file}`).toEqual(catalogueShape(module));
      }
    }
  });
});
