import { useEffect } from 'react';
import { Link } from 'wouter';
import { reader } from '@messages/reader';
import { chapters, loadChapter } from '../content/catalog';
import { richText } from '../messages/rich-text';
import { ChapterView } from '../reader/chapter-view';
import { useAsync } from './use-async';
import { NotFoundPage } from './not-found-page';

/** A chapter, loaded on demand by its slug. */
export function ChapterPage({ slug }: { slug: string }) {
  const known = chapters.some((c) => c.slug === slug);
  const state = useAsync(() => (known ? loadChapter(slug) : Promise.resolve(null)), slug);

  useEffect(() => {
    const meta = chapters.find((c) => c.slug === slug);
    document.title = meta ? reader.documentTitle(meta.frontmatter.title) : reader.documentTitleFallback;
  }, [slug]);

  if (!known) return <NotFoundPage />;
  if (state.status === 'loading') return <p className="loading" role="status">{reader.loading}</p>;
  if (state.status === 'failed' || !state.value)
    return (
      <div className="page error-box" role="alert">
        {richText(reader.loadFailed, {
          reason: state.status === 'failed' ? state.error.message : reader.unknownChapter,
          back: <Link href="/">{reader.backToChapters}</Link>,
        })}
      </div>
    );
  return <ChapterView chapter={state.value} />;
}
