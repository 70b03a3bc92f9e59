/**
 * Finding the platform's resources by what the paths say, not by one spelling: a rider
 * may be a `passenger`, a ride a `trip`. A resource is a collection path plus an item
 * path with a parameter under it (`/v1/trips` and `/v1/trips/{tripId}`).
 */
import { operationsOf, type Json, type Operation } from '../../../src/grading/openapi-rules/openapi';

export const RESOURCES = {
  riders: /^(riders?|passengers?|customers?)$/i,
  drivers: /^(drivers?|chauffeurs?)$/i,
  rides: /^(rides?|trips?|journeys?|bookings?)$/i,
} as const;
export type ResourceName = keyof typeof RESOURCES;

const isParam = (segment: string) => /^\{[^}]+\}$/.test(segment);
const segmentsOf = (path: string) => path.split('/').filter(Boolean);

/** Index of the resource's segment in the path, or -1. */
function resourceIndex(path: string, resource: ResourceName): number {
  return segmentsOf(path).findIndex((segment) => RESOURCES[resource].test(segment));
}

/** Operations on the collection itself (`…/rides`). */
export function collectionOperations(doc: Json, resource: ResourceName): Operation[] {
  return operationsOf(doc).filter((o) => {
    const segments = segmentsOf(o.path);
    const at = resourceIndex(o.path, resource);
    return at >= 0 && at === segments.length - 1;
  });
}

/** Operations on one item (`…/rides/{id}`). */
export function itemOperations(doc: Json, resource: ResourceName): Operation[] {
  return operationsOf(doc).filter((o) => {
    const segments = segmentsOf(o.path);
    const at = resourceIndex(o.path, resource);
    return at >= 0 && at === segments.length - 2 && isParam(segments[at + 1]);
  });
}

/** Operations below one item (`…/rides/{id}/cancel`), the lifecycle actions when they are POSTs. */
export function subItemOperations(doc: Json, resource: ResourceName): Operation[] {
  return operationsOf(doc).filter((o) => {
    const segments = segmentsOf(o.path);
    const at = resourceIndex(o.path, resource);
    return at >= 0 && segments.length > at + 2 && isParam(segments[at + 1]) && !isParam(segments[at + 2]);
  });
}

/** Riders, drivers and rides without both a collection and an item path. */
export function resourceProblems(doc: Json): string[] {
  return (Object.keys(RESOURCES) as ResourceName[]).flatMap((resource) => {
    const problems: string[] = [];
    if (collectionOperations(doc, resource).length === 0) {
      problems.push(`There is no collection path for ${resource} (for example /v1/${resource}); add one so clients can create or list them.`);
    }
    if (itemOperations(doc, resource).length === 0) {
      problems.push(`There is no path for one of the ${resource} (for example /v1/${resource}/{id}) with a GET; add one so a client can read it back.`);
    }
    return problems;
  });
}

/** True when the path ends in a parameter (an item, not a list). */
export const endsInParam = (path: string) => isParam(segmentsOf(path).at(-1) ?? '');
