import { useEffect } from 'react';
import { Link } from 'wouter';
import { chapters, loadChapter } from '../content/catalog';
import { ChapterView } from '../reader/chapter-view';
import { useAsync } from './use-async';
import { NotFoundPage } from './not-found-page';

/** A chapter, loaded on demand by its slug. */
export function ChapterPage({ slug }: { slug: string }) {
  const known = chapters.some((c) => c.slug === slug);
  const state = useAsync(() => (known ? loadChapter(slug) : Promise.resolve(null)), slug);

  useEffect(() => {
    const meta = chapters.find((c) => c.slug === slug);
    document.title = meta ? `${meta.frontmatter.title} · API Design Workbench` : 'API Design Workbench';
  }, [slug]);

  if (!known) return <NotFoundPage />;
  if (state.status === 'loading') return <p className="loading" role="status">Loading chapter…</p>;
  if (state.status === 'failed' || !state.value)
    return (
      <div className="page error-box" role="alert">
        This chapter could not be loaded: {state.status === 'failed' ? state.error.message : 'unknown chapter'}.{' '}
        <Link href="/">Back to the chapters</Link>
      </div>
    );
  return <ChapterView chapter={state.value} />;
}
