import { useEffect } from 'react';
import { Link } from 'wouter';
import { labs } from '@messages/labs';
import { chapters } from '../content/catalog';
import { labsByChapter } from './labs';

/** The index of consoles, labs and tools, by the chapter that teaches each pattern. */
export default function LabsPage() {
  useEffect(() => {
    document.title = labs.documentTitle;
  }, []);
  const chapterTitle = (n: number) => chapters.find((c) => c.frontmatter.chapter === n);
  return (
    <div className="page labs-page">
      <h1>{labs.title}</h1>
      <p className="page-intro">{labs.intro}</p>
      {labsByChapter().map(([chapter, entries]) => {
        const source = chapterTitle(chapter);
        return (
          <section key={chapter} aria-labelledby={`labs-chapter-${chapter}`}>
            <h2 id={`labs-chapter-${chapter}`}>
              {source ? <Link href={`/chapters/${source.slug}`}>{labs.chapterLink(chapter, source.frontmatter.title)}</Link> : labs.chapterOnly(chapter)}
            </h2>
            <ul className="toc">
              {entries.map((entry) => (
                <li key={entry.path} className="toc-item">
                  <h3>
                    <Link href={entry.path}>{entry.title}</Link> <span className="lab-kind">{labs.kind[entry.kind]}</span>
                  </h3>
                  <p>{entry.description}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
