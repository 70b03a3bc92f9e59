// Types the editor knows about while you solve "resource-links". They are global:
// use them in your code without importing anything.

/** A resource as the API stores it: a string id plus any other fields. */
interface ResourceData {
  id: string;
  [field: string]: unknown;
}

/** Where a client can go from a representation: `self`, plus one entry per related collection. */
interface ResourceLinks {
  self: string;
  [relation: string]: string;
}

/** What a client receives for one resource: its fields, and links next to them. */
interface ResourceRepresentation {
  data: ResourceData;
  links: ResourceLinks;
}
