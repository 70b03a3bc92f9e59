import { Link } from 'wouter';
import { home } from '@messages/home';
import { chapters, exercises } from '../content/catalog';
import { placeHref, type Place } from './continue-store';

/** What a saved place points at, in words; null when its chapter or exercise no longer exists. */
export function describePlace(place: Place): { title: string; detail: string | null } | null {
  if (place.kind === 'exercise') {
    const exercise = exercises.find((e) => e.id === place.id);
    return exercise ? { title: home.continueExercise(exercise.frontmatter.title), detail: null } : null;
  }
  const chapter = chapters.find((c) => c.slug === place.slug);
  if (!chapter) return null;
  return {
    title: home.continueChapter(chapter.frontmatter.chapter, chapter.frontmatter.title),
    detail: place.heading ? home.continueSection(place.heading) : null,
  };
}

/** "Continue where you left off": the last chapter section or exercise, as the page's first call to action. */
export function ContinueCard({ place }: { place: Place }) {
  const text = describePlace(place);
  if (!text) return null;
  return (
    <section className="continue-card" aria-labelledby="continue-title">
      <h2 id="continue-title">{home.continueTitle}</h2>
      <p className="continue-where">
        <strong>{text.title}</strong>
        {text.detail && <span> {text.detail}</span>}
      </p>
      <Link href={placeHref(place)} className="button-link primary" data-testid="continue-link">
        {home.continueAction} →
      </Link>
    </section>
  );
}
