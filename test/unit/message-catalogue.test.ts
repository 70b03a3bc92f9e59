import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueShape, describeLiteralText, literalTextIn, literalTextUnder, type LiteralText } from './message-catalogue-text';
import { messageUser, unusedMessageKeys } from './message-catalogue-usage';

const root = join(import.meta.dirname, '..', '..');

/**
 * Literal text the checker finds in src/ that is not interface text, each with its reason. Prefer
 * writing code as a `{'GET /x'}` literal (the checker lets those stay); list a string here only when
 * that is not possible. An entry that no longer matches anything fails the test, so the list stays short.
 */
const notInterfaceText: readonly { file: string; text: string; reason: string }[] = [];

// Every module of every language, loaded through Vite so a new language is picked up by itself.
const modules = import.meta.glob<Record<string, unknown>>('../../src/messages/*/*.ts', { eager: true });

function languageModules(language: string): Map<string, Record<string, unknown>> {
  const prefix = `../../src/messages/${language}/`;
  return new Map(Object.entries(modules).flatMap(([file, loaded]) => (file.startsWith(prefix) ? [[file.slice(prefix.length), loaded] as const] : [])));
}

// Every .ts and .tsx file under src/ except the catalogue itself: the code that can read a message.
function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return relative(root, path) === join('src', 'messages') ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const allowed = (item: LiteralText) => notInterfaceText.some((entry) => entry.file === item.file && entry.text === item.text);

describe('literalTextIn', () => {
  it('finds JSX text with letters and names its line', () => {
    const found = literalTextIn('a.tsx', 'const a = (\n  <p>\n    Hello there\n  </p>\n);');
    expect(found).toEqual([{ file: 'a.tsx', line: 3, kind: 'jsx-text', text: 'Hello there' }]);
  });

  it('finds string-literal text attributes, written plain or in braces', () => {
    const found = literalTextIn('a.tsx', `<div><img alt="A cat" /><input placeholder={'Your name'} aria-label={\`Search\`} title={label} /></div>`);
    expect(found.map((item) => `${item.attribute}=${item.text}`)).toEqual(['alt=A cat', 'placeholder=Your name', 'aria-label=Search']);
  });

  it('finds words chosen by a condition, as a child or in a text attribute', () => {
    const source = `<button aria-label={open ? 'Close menu' : m.open}>{busy ? 'Sending…' : m.send}{error && 'Failed'}{name ?? 'nobody'}</button>`;
    expect(literalTextIn('a.tsx', source).map((item) => `${item.kind}:${item.text}`)).toEqual([
      'branch:Close menu',
      'branch:Sending…',
      'branch:Failed',
      'branch:nobody',
    ]);
  });

  it('finds a sentence handed to a component prop, but not to an element or a wiring prop', () => {
    const source = `<><Section heading="Other exercises" tone="fail" href="/a b" /><section data-x="two words" /></>`;
    expect(literalTextIn('a.tsx', source)).toEqual([{ file: 'a.tsx', line: 1, kind: 'prop', attribute: 'heading', text: 'Other exercises' }]);
  });

  it('lets punctuation, expressions, code literals and other attributes stay in the component', () => {
    const source = `<p className="big" data-testid="x-y">{m.title} · {' '}<code>{'GET /x'}</code> → ({count}){ok ? m.yes : m.no}{mode === 'dark' && m.dark}</p>`;
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

describe('unusedMessageKeys', () => {
  const messages = { labs: { title: 'Labs', stale: 'Old text', kind: { lab: 'Lab', tool: 'Tool' }, entries: { a: { caption: 'A' } } } };
  const user = (source: string) => messageUser(source, 'labs')!;

  it('reports the keys no importing file reads, by their dotted path', () => {
    const found = unusedMessageKeys(messages, [user(`import { labs } from '@messages/labs';\n<h1>{labs.title}</h1>{labs.kind.lab}`)]);
    expect(found).toEqual(['labs.stale', 'labs.kind.tool', 'labs.entries.a.caption']);
  });

  it('counts every key of an object looked up by a computed key or handed on whole, under any import name', () => {
    const source = `import { labs as m } from '@messages/labs';\nconst { entries } = m;\nconst list = [{ ...entries.a }];\n{m.kind[entry.kind]} {m.title}`;
    expect(unusedMessageKeys(messages, [user(source)])).toEqual(['labs.stale']);
  });

  it('ignores files that do not import the module, even when they use the same names', () => {
    expect(messageUser(`import { labs } from './labs';\nlabs.stale`, 'labs')).toBeNull();
    expect(unusedMessageKeys({ labs: { stale: 'x' } }, [])).toEqual(['labs.stale']);
  });
});

describe('the message catalogue', () => {
  it('holds every interface string of every component under src/', () => {
    const found = literalTextUnder(root, ['src']);
    const left = found.filter((item) => !allowed(item));
    expect(left, `Move these strings into src/messages/en/<area>.ts and import them:\n${describeLiteralText(left)}`).toEqual([]);
    const stale = notInterfaceText.filter((entry) => !found.some((item) => item.file === entry.file && item.text === entry.text));
    expect(stale, 'These allow-list entries match nothing any more; remove them').toEqual([]);
  });

  it('has no key that no file under src/ reads', () => {
    const sources = sourcesUnder(join(root, 'src'));
    const unused = [...languageModules('en')].flatMap(([file, module]) => {
      const users = sources.map((source) => messageUser(source, file.replace(/\.ts$/, ''))).filter((user) => user !== null);
      return unusedMessageKeys(module, users).map((key) => `src/messages/en/${file}: ${key}`);
    });
    expect(unused, 'Remove these messages, or use them: a translator should not translate dead text').toEqual([]);
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
