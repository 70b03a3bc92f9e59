import { useEffect } from 'react';
import { Link } from 'wouter';
import { chapters, exercisesOfChapter } from '../content/catalog';
import { StatusBadge } from './status-badge';

/** The table of contents: every chapter that exists, with its exercises and their state. */
export function HomePage() {
  useEffect(() => {
    document.title = 'API Design Workbench';
  }, []);
  return (
    <div className="page">
      <section className="home-hero">
        <h1>Learn API design by doing</h1>
        <p>
          Read a chapter, send real requests to the mock API running in this tab, then design and code your own in
          the editor. Every exercise is graded in seconds, and nothing leaves your machine.
        </p>
      </section>
      <h2 className="visually-hidden">Chapters</h2>
      <ol className="toc">
        {chapters.map(({ slug, frontmatter }) => {
          const exercises = exercisesOfChapter(frontmatter.chapter);
          return (
            <li key={slug} className="toc-item">
              <h2>
                <Link href={`/chapters/${slug}`}>
                  {frontmatter.chapter}. {frontmatter.title}
                </Link>
              </h2>
              <p>{frontmatter.summary}</p>
              <div className="toc-meta">
                <span>{frontmatter.minutes} min read</span>
                <span>
                  {exercises.length} exercise{exercises.length === 1 ? '' : 's'}
                </span>
              </div>
              {exercises.length > 0 && (
                <ul className="toc-exercises" aria-label={`Exercises of chapter ${frontmatter.chapter}`}>
                  {exercises.map((e) => (
                    <li key={e.id}>
                      <Link href={`/exercises/${e.id}`}>{e.frontmatter.title}</Link>
                      <StatusBadge exerciseId={e.id} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
