// Mistake: the links are written into the resource object the caller passed in, so
// the stored data changes, and the links show up inside `data` as if they were fields.
export function toRepresentation(
  collection: string,
  resource: ResourceData,
  related: string[] = [],
  basePath = '/api/v1',
): ResourceRepresentation {
  const base = basePath.replace(/\/+$/, '');
  const self = `${base}/${collection}/${encodeURIComponent(resource.id)}`;
  const links: ResourceLinks = { self };
  for (const name of related) links[name] = `${self}/${name}`;
  resource.links = links;
  return { data: resource, links };
}
