// Mistake: the id goes into the path as it is. An id such as "2024/07" or "ticket#12"
// turns into extra segments or a fragment, and the link points somewhere else.
export function toRepresentation(
  collection: string,
  resource: ResourceData,
  related: string[] = [],
  basePath = '/api/v1',
): ResourceRepresentation {
  const base = basePath.replace(/\/+$/, '');
  const self = `${base}/${collection}/${resource.id}`;
  const links: ResourceLinks = { self };
  for (const name of related) links[name] = `${self}/${name}`;
  return { data: resource, links };
}
