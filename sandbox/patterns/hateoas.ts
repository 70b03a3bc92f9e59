/**
 * Hypermedia controls (HATEOAS): a resource says where its related resources are (`_links`)
 * and what the caller can do with it next (`_actions`). A client that follows them needs no
 * URL templates and no copy of the server's rules: if an action is listed, it works; if it
 * is not, the client hides the button. The envelope's plain `links` stay beside them for
 * clients written against the earlier shape (an additive change).
 */

/** A link in the HAL style: an object, so that a title or type can be added later without breaking clients. */
export interface HypermediaLink {
  href: string;
}

/** Something the caller may do now: send `method` to `href`. */
export interface HypermediaAction {
  /** A stable name to branch on (`pay`), as an error's `code` is. */
  name: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  href: string;
  /** A label for people, e.g. on a button. */
  title: string;
}

/** `{ self: '/x' }` → `{ self: { href: '/x' } }`. */
export function hypermediaLinks<K extends string>(paths: Record<K, string>): Record<K, HypermediaLink> {
  return Object.fromEntries(Object.entries<string>(paths).map(([rel, href]) => [rel, { href }])) as Record<K, HypermediaLink>;
}
