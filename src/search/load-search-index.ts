/**
 * Builds the search index on demand (the search box imports this module the first time
 * it is used): chapter texts and exercise tasks through the catalogue's lazy loaders, and
 * the endpoints from the sandbox's /openapi.json, answered in this tab. If the sandbox
 * cannot start, chapters and exercises are still searchable and the box says why
 * endpoints are missing.
 */
import { search } from '@messages/search';
import { sandboxReady } from '../app/sandbox-ready';
import { chapters, exercises, loadChapter, loadExercise } from '../content/catalog';
import type { SearchEntry } from './search-entry';
import { chapterEntries, endpointEntries, exerciseEntry } from './search-index';
import { prepare } from './search-rank';

export interface LoadedIndex {
  items: ReturnType<typeof prepare>;
  /** Why part of the index is missing, or null. */
  warning: string | null;
}

function chapterLabel(number: number): string {
  const chapter = chapters.find((c) => c.frontmatter.chapter === number);
  return search.inChapter(number, chapter?.frontmatter.title ?? '');
}

async function loadEndpoints(): Promise<SearchEntry[]> {
  await sandboxReady();
  const response = await fetch('/openapi.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/openapi.json answered ${response.status}`);
  return endpointEntries(await response.json());
}

/** Loads every chapter, exercise and endpoint and prepares them for ranking. */
export async function loadSearchIndex(): Promise<LoadedIndex> {
  const [chapterLists, exerciseList, endpoints] = await Promise.all([
    Promise.all(chapters.map(async (c) => chapterEntries(await loadChapter(c.slug), chapterLabel(c.frontmatter.chapter), search.chapterNumber(c.frontmatter.chapter)))),
    Promise.all(exercises.map(async (e) => exerciseEntry(await loadExercise(e.id), chapterLabel(e.frontmatter.chapter)))),
    loadEndpoints().then(
      (entries) => ({ entries, failed: false }),
      () => ({ entries: [] as SearchEntry[], failed: true }),
    ),
  ]);
  return {
    items: prepare([...chapterLists.flat(), ...exerciseList, ...endpoints.entries]),
    warning: endpoints.failed ? search.endpointsFailed : null,
  };
}
