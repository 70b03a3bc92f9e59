import { Link } from 'wouter';
import { course } from '@messages/course';
import { useAsync } from '../app/use-async';
import { chapters } from '../content/catalog';
import type { Chapter, ExerciseMeta } from '../content/types';
import { savedStatus } from '../progress/saved-status';
import { sandboxPagesOf } from './chapter-end-pages';
import { useRecordReadingPlace } from './chapter-end-place';
import './chapter-end.css';

interface ChapterEndProps {
  chapter: Pick<Chapter, 'slug' | 'frontmatter' | 'segments' | 'headings'>;
  /** The chapter's exercises, in its frontmatter's order. */
  practice: readonly ExerciseMeta[];
  /** Anchor of the exercises heading (the outline links to it). */
  exercisesId: string;
}

/** The end of a chapter: its exercises with their status, the sandbox pages it uses, and the chapters either side. */
export function ChapterEnd({ chapter, practice, exercisesId }: ChapterEndProps) {
  useRecordReadingPlace(chapter.slug, chapter.headings);
  const number = chapter.frontmatter.chapter;
  const htmls = chapter.segments.flatMap((s) => (s.kind === 'html' ? [s.html] : []));
  // labs.ts (every lab's description) loads with the chapter's end, not with the first page.
  const labs = useAsync(() => import('../app/labs').then((m) => m.LABS), 'labs');
  const pages = labs.status === 'ready' ? sandboxPagesOf(number, htmls, labs.value) : [];
  const at = chapters.findIndex((c) => c.slug === chapter.slug);
  const previous = at > 0 ? chapters[at - 1] : null;
  const next = at >= 0 && at < chapters.length - 1 ? chapters[at + 1] : null;
  return (
    <footer className="chapter-end">
      {practice.length > 0 && (
        <section className="chapter-exercises" aria-labelledby={exercisesId}>
          <h2 id={exercisesId}>{course.practiseTitle}</h2>
          <p>{course.practiseIntro}</p>
          <ul className="chapter-end-exercises">
            {practice.map((exercise) => {
              const status = savedStatus(exercise.id);
              return (
                <li key={exercise.id} data-status={status}>
                  <Link href={`/exercises/${exercise.id}`}>{exercise.frontmatter.title}</Link>
                  <span className="muted">
                    {' '}
                    · {course.minutes(exercise.frontmatter.minutes)} · {exercise.frontmatter.difficulty} ·{' '}
                  </span>
                  <span className="chapter-end-status">{course.status[status]}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {pages.length > 0 && (
        <section className="chapter-end-sandbox" aria-labelledby="chapter-sandbox">
          <h2 id="chapter-sandbox">{course.sandboxTitle}</h2>
          <p>{course.sandboxIntro}</p>
          <ul>
            {pages.map((page) => (
              <li key={page.path}>
                <Link href={page.path}>{page.title}</Link> <span className="lab-kind">{course.kind[page.kind]}</span>
                <span className="muted"> {page.description}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav className="chapter-end-nav" aria-label={course.chapterNav}>
        {previous ? (
          <Link href={`/chapters/${previous.slug}`} rel="prev" className="chapter-end-prev">
            <span className="muted">← {course.previous}</span>
            <span>
              {previous.frontmatter.chapter}. {previous.frontmatter.title}
            </span>
          </Link>
        ) : (
          <Link href="/" className="chapter-end-prev">
            <span className="muted">← {course.backHome}</span>
          </Link>
        )}
        {next ? (
          <Link href={`/chapters/${next.slug}`} rel="next" className="chapter-end-next">
            <span className="muted">{course.next} →</span>
            <span>
              {next.frontmatter.chapter}. {next.frontmatter.title}
            </span>
          </Link>
        ) : (
          <Link href="/" className="chapter-end-next">
            <span className="muted">{course.backHome} →</span>
          </Link>
        )}
      </nav>
    </footer>
  );
}
