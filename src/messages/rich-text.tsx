import { Fragment, type ReactNode } from 'react';

/**
 * Fills a message template's `{name}` slots with elements: `richText(m.intro, { chapter: <Link…/> })`.
 * A sentence that wraps code or a link stays ONE message, so a translator can move the slots
 * where their language puts them; the elements themselves (code, links) stay in the component.
 */
export function richText(template: string, slots: Readonly<Record<string, ReactNode>>): ReactNode[] {
  // split() with a capture group keeps the slot names at the odd indexes.
  return template.split(/\{(\w+)\}/).map((part, index) => {
    if (index % 2 === 0) return part;
    if (!(part in slots)) throw new Error(`Message template slot {${part}} has no value; pass it in richText's slots.`);
    return <Fragment key={index}>{slots[part]}</Fragment>;
  });
}
