// Mistake: every link ends in a slash, and a base path that already ends in one gives
// "//". Many servers treat /users/usr_1/ and /users/usr_1 as different URLs.
export function toRepresentation(
  collection: string,
  resource: ResourceData,
  related: string[] = [],
  basePath = '/api/v1',
): ResourceRepresentation {
  const self = `${basePath}/${collection}/${encodeURIComponent(resource.id)}/`;
  const links: ResourceLinks = { self };
  for (const name of related) links[name] = `${self}${name}/`;
  return { data: resource, links };
}
