import { describe, expect, it } from 'vitest';
import { continueKey, parsePlace, placeHref, readPlace, savePlace } from '../../src/app/continue-store';

function memory(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[continueKey, initial]]);
  let writes = 0;
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      writes++;
      items.set(k, v);
    },
    writes: () => writes,
  };
}
const at = '2026-11-24T20:00:00.000Z';

describe('continue store', () => {
  it('reads back the place it saved', () => {
    const store = memory();
    savePlace({ kind: 'chapter', slug: 'rest', section: 'pagination', heading: 'Pagination', at }, store);
    expect(readPlace(store)).toEqual({ kind: 'chapter', slug: 'rest', section: 'pagination', heading: 'Pagination', at });
  });

  it('does not write again while the learner stays in the same section', () => {
    const store = memory();
    savePlace({ kind: 'exercise', id: 'api-audit', at }, store);
    savePlace({ kind: 'exercise', id: 'api-audit', at: '2026-11-24T21:00:00.000Z' }, store);
    expect(store.writes()).toBe(1);
    savePlace({ kind: 'exercise', id: 'token-bucket', at }, store);
    expect(store.writes()).toBe(2);
  });

  it('treats corrupt JSON, wrong shapes and unsafe slugs as no place', () => {
    expect(readPlace(memory('{oops'))).toBeNull();
    expect(parsePlace({ kind: 'chapter', slug: 'rest', section: null, heading: null, at: 'yesterday' })).toBeNull();
    expect(parsePlace({ kind: 'exercise', id: '../../etc', at })).toBeNull();
    expect(parsePlace({ kind: 'chapter', slug: 'rest', section: 'x"><script>', heading: null, at })).toBeNull();
    expect(parsePlace({ kind: 'lab', id: 'x', at })).toBeNull();
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(readPlace(broken)).toBeNull();
    expect(() => savePlace({ kind: 'exercise', id: 'api-audit', at }, broken)).not.toThrow();
  });

  it('links to the section anchor, or the exercise', () => {
    expect(placeHref({ kind: 'chapter', slug: 'rest', section: 'pagination', heading: 'Pagination', at })).toBe('/chapters/rest#pagination');
    expect(placeHref({ kind: 'chapter', slug: 'rest', section: null, heading: null, at })).toBe('/chapters/rest');
    expect(placeHref({ kind: 'exercise', id: 'api-audit', at })).toBe('/exercises/api-audit');
  });
});
