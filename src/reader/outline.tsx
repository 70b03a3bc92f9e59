import { useEffect, useState } from 'react';
import { reader } from '@messages/reader';
import type { Heading } from '../content/types';

interface OutlineEntry extends Heading {
  children: Heading[];
}

/** "On this page": the chapter's h2 sections with their h3s, the one being read marked as current. */
export function Outline({ headings, extra }: { headings: Heading[]; extra?: Heading[] }) {
  const entries = nest([...headings, ...(extra ?? [])]);
  const current = useCurrentSection(entries.flatMap((e) => [e.id, ...e.children.map((c) => c.id)]));
  if (entries.length === 0) return null;
  const link = (h: Heading) => (
    <a href={`#${h.id}`} aria-current={current === h.id ? 'location' : undefined}>
      {h.text}
    </a>
  );
  return (
    <nav className="chapter-outline" aria-labelledby="outline-title">
      <h2 id="outline-title">{reader.outlineTitle}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            {link(entry)}
            {entry.children.length > 0 && (
              <ol>
                {entry.children.map((child) => (
                  <li key={child.id}>{link(child)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function nest(headings: Heading[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) entries.push({ ...heading, children: [] });
    else if (heading.depth === 3 && entries.length > 0) entries[entries.length - 1].children.push(heading);
  }
  return entries;
}

// The current section is the last heading that has scrolled past the top fifth of the window.
// A passive scroll listener, throttled to one check per frame, is enough for a few dozen headings.
function useCurrentSection(ids: string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = ids.join(' ');
  useEffect(() => {
    const elements = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight * 0.2;
      const passed = elements.filter((el) => el.getBoundingClientRect().top <= line);
      setCurrent(passed.length > 0 ? passed[passed.length - 1].id : (elements[0]?.id ?? null));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return current;
}
