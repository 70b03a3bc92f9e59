// Mistake: the links name a host. Reached through a proxy, a test server or the
// in-browser sandbox, the API lives elsewhere, and every link leads to the wrong place.
const host = 'https://api.example.com';

export function toRepresentation(
  collection: string,
  resource: ResourceData,
  related: string[] = [],
  basePath = '/api/v1',
): ResourceRepresentation {
  const base = basePath.replace(/\/+$/, '');
  const self = `${host}${base}/${collection}/${encodeURIComponent(resource.id)}`;
  const links: ResourceLinks = { self };
  for (const name of related) links[name] = `${self}/${name}`;
  return { data: resource, links };
}
