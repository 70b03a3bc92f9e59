import { useEffect, useState } from 'react';
import { sandboxReady } from '../app/sandbox-ready';
import { pathSuggestions, type PathSuggestion } from './openapi-paths';

/** The sandbox's documented paths, read once from /openapi.json; empty until then or if it cannot be read. */
export function usePathSuggestions(): PathSuggestion[] {
  const [paths, setPaths] = useState<PathSuggestion[]>([]);
  useEffect(() => {
    let live = true;
    sandboxReady()
      .then(() => fetch('/openapi.json', { headers: { Accept: 'application/json' } }))
      .then((response) => (response.ok ? response.json() : null))
      .then((document: unknown) => live && setPaths(pathSuggestions(document)))
      .catch(() => {
        // Suggestions are a convenience: without them the URL field still takes any path.
      });
    return () => {
      live = false;
    };
  }, []);
  return paths;
}
