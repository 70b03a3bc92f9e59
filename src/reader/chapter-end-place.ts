import { useEffect } from 'react';
import type { Heading } from '../content/types';
import { savePlace } from '../app/continue-store';

/**
 * Remembers the section being read for "continue where you left off": the last h2/h3 that
 * has scrolled up to just under the header. Saved at most
 * every 400 ms while the page scrolls (a throttle, not a debounce: smooth scrolling and
 * late-loading blocks can fire scroll events for seconds, and the place must still land).
 */
export function useRecordReadingPlace(slug: string, headings: readonly Heading[]): void {
  const key = headings.map((h) => h.id).join(' ');
  useEffect(() => {
    const sections = headings.filter((h) => h.depth <= 3);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const record = () => {
      // Just below the sticky header (headings scroll to 52px + 1rem): a link to the section then
      // returns to where the learner was, not to the next subheading a few lines further down.
      const line = 100;
      let current: Heading | null = null;
      for (const heading of sections) {
        const element = document.getElementById(heading.id);
        if (element && element.getBoundingClientRect().top <= line) current = heading;
      }
      savePlace({ kind: 'chapter', slug, section: current?.id ?? null, heading: current?.text ?? null, at: new Date().toISOString() });
    };
    const schedule = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        record();
      }, 400);
    };
    schedule(); // opening the chapter counts, even without scrolling
    window.addEventListener('scroll', schedule, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', schedule);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug, key]);
}
