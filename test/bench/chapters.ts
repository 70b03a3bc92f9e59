import { readdirSync, readFileSync } from 'node:fs';
import { compileChapterMeta } from '../../src/content/compile';

/** The chapters on disk, in order, as the app lists them. */
export function chapters(): { slug: string; title: string }[] {
  return readdirSync('content')
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => compileChapterMeta(readFileSync(`content/${f}`, 'utf8'), `content/${f}`))
    .map((c) => ({ slug: c.slug, title: c.frontmatter.title }));
}
