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
  // A first draft: `self` points at the whole collection, not at this resource,
  // and `related` is not used yet.
  return { data: resource, links: { self: `${basePath}/${collection}` } };
}
