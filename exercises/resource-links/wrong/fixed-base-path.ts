// Mistake: the base path is written into the function, so an API served under
// /api/v2, or at the root, still hands out /api/v1 links.
export function toRepresentation(
  collection: string,
  resource: ResourceData,
  related: string[] = [],
): ResourceRepresentation {
  const self = `/api/v1/${collection}/${encodeURIComponent(resource.id)}`;
  const links: ResourceLinks = { self };
  for (const name of related) links[name] = `${self}/${name}`;
  return { data: resource, links };
}
