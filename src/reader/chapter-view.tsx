import { useEffect, type MouseEvent } from 'react';
import { useLocation } from 'wouter';
import { reader } from '@messages/reader';
import { exercises } from '../content/catalog';
import type { Chapter, ExerciseMeta, Heading } from '../content/types';
import { ChapterEnd } from './chapter-end';
import { Outline } from './outline';
import { TryIt } from './try-it';
import { useLiveChapter } from './use-live-chapter';
import './reader.css';

const exercisesHeading: Heading = { depth: 2, text: reader.exercisesHeading, id: 'chapter-exercises' };

/** A chapter: its prose and Try-it blocks, an "On this page" outline, and the exercises that practise it. */
export function ChapterView({ chapter }: { chapter: Chapter }) {
  const { slug, frontmatter, segments, headings } = useLiveChapter(chapter);
  const [, navigate] = useLocation();
  const practice = frontmatter.exercises
    .map((id) => exercises.find((e) => e.id === id))
    .filter((e): e is ExerciseMeta => e !== undefined);

  // The text arrives after the page loaded, so the browser could not scroll to #section by itself.
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (target) document.getElementById(decodeURIComponent(target))?.scrollIntoView();
  }, [slug]);

  // Links written in Markdown are plain <a>; keep same-site ones inside the app instead of reloading it.
  const followInternalLink = (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.getAttribute('href')?.startsWith('#')) return;
    if (anchor.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(`${anchor.pathname}${anchor.search}${anchor.hash}`);
  };

  // Header, outline, body in reading order: on a narrow window the outline sits under the title;
  // on a wide one the grid moves it into a sticky side column.
  return (
    <article className="reader" onClick={followInternalLink}>
      <header className="chapter-header">
        <p className="chapter-kicker">{reader.kicker(frontmatter.chapter, frontmatter.minutes)}</p>
        <h1>{frontmatter.title}</h1>
        <p className="chapter-summary">{frontmatter.summary}</p>
      </header>
      <Outline headings={headings} extra={practice.length > 0 ? [exercisesHeading] : []} />
      <div className="chapter">
        {segments.map((segment, i) =>
          segment.kind === 'html' ? (
            <div key={i} className="prose" dangerouslySetInnerHTML={{ __html: segment.html }} />
          ) : (
            <TryIt key={i} request={segment.request} />
          ),
        )}
        <ChapterEnd chapter={{ slug, frontmatter, segments, headings }} practice={practice} exercisesId={exercisesHeading.id} />
      </div>
    </article>
  );
}
