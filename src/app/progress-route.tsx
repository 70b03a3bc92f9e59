import { useEffect } from 'react';
import { progress } from '@messages/progress';
import { chapters, exercises } from '../content/catalog';
import { ProgressPage } from '../progress/progress-page';

/** The progress page, fed from the content catalogue (loaded on demand). */
export default function ProgressRoute() {
  useEffect(() => {
    document.title = progress.documentTitle;
  }, []);
  return (
    <ProgressPage
      chapters={chapters.map((c) => ({ chapter: c.frontmatter.chapter, title: c.frontmatter.title, slug: c.slug }))}
      exercises={exercises.map((e) => ({
        id: e.id,
        title: e.frontmatter.title,
        chapter: e.frontmatter.chapter,
        minutes: e.frontmatter.minutes,
      }))}
    />
  );
}
