/**
 * Builds what a client receives for one resource: the resource's own fields as `data`,
 * and `links` to the resource itself and to the collections nested under it.
 *
 * @param collection  the plural collection the resource lives in, e.g. `'users'`
 * @param resource    the stored resource; return its fields, never change it
 * @param related     collections nested under the resource, e.g. `['orders']`
 * @param basePath    where the API lives: `'/api/v1'`, `'/api/v2/'`, or `''` for the root
 * @example
 * toRepresentation('users', { id: 'usr_1', name: 'Ada' }, ['orders'])
 * // {
 * //   data: { id: 'usr_1', name: 'Ada' },
 * //   links: { self: '/api/v1/users/usr_1', orders: '/api/v1/users/usr_1/orders' },
 * // }
 */
export function toRepresentation(
  collection: string,
  resource: ResourceData,
  related: string[] = [],
  basePath = '/api/v1',
): ResourceRepresentation {
  // Drop trailing slashes once, so joining with '/' can never produce '//'.
  const base = basePath.replace(/\/+$/, '');
  // An id is data, not path syntax: encoding turns '/', '?', '#' and spaces into
  // %2F, %3F, %23 and %20, so the id stays exactly one path segment.
  const self = `${base}/${collection}/${encodeURIComponent(resource.id)}`;
  const links: ResourceLinks = { self };
  for (const name of related) links[name] = `${self}/${name}`;
  // The links sit next to the data; the caller's object is returned as it came.
  return { data: resource, links };
}
