import { useEffect, useState } from 'react';
import { onContentUpdate } from '../content/live-update';
import type { Chapter } from '../content/types';

/** The chapter, swapped for its newer version when its Markdown file is edited in dev (no page reload). */
export function useLiveChapter(chapter: Chapter): Chapter {
  const [edited, setEdited] = useState<Chapter | null>(null);
  useEffect(() => {
    setEdited(null);
    if (!import.meta.env.DEV) return;
    return onContentUpdate((module) => {
      const next = module as Partial<Chapter> | null;
      if (next?.slug === chapter.slug && Array.isArray(next.segments)) setEdited(next as Chapter);
    });
  }, [chapter]);
  return edited ?? chapter;
}
