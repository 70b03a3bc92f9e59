/**
 * The ride's lifecycle: either one POST per step under the ride (`/rides/{id}/cancel`)
 * or a PATCH/PUT of the ride's status. Either way a step the ride's state does not allow
 * must be documented as 409 Conflict, so clients handle "already cancelled" on purpose.
 */
import { isObject, propertiesOf, requestSchemasOf, responsesOf, type Json, type Operation } from '../../../src/grading/openapi-rules/openapi';
import { itemOperations, subItemOperations } from './resources';

/** The operations that move a ride from one state to the next. */
export function lifecycleOperations(doc: Json): Operation[] {
  const actions = subItemOperations(doc, 'rides').filter((o) => o.method === 'post');
  const transitions = itemOperations(doc, 'rides').filter(
    (o) => (o.method === 'patch' || o.method === 'put') && requestSchemasOf(doc, o).some((schema) => 'status' in propertiesOf(doc, schema)),
  );
  return [...actions, ...transitions];
}

/** Missing lifecycle operations, or ones that do not document 409. */
export function lifecycleProblems(doc: Json): string[] {
  const operations = lifecycleOperations(doc);
  if (operations.length < 2) {
    return [
      `Found ${operations.length} lifecycle operation(s) on a ride; a ride is accepted, started, completed and cancelled. ` +
        'Add a POST per step under the ride (POST /v1/rides/{id}/cancel) or a PATCH of the ride whose body has a `status`.',
    ];
  }
  return operations
    .filter((o) => !responsesOf(doc, o).some(({ status, response }) => status === '409' && isObject(response.content)))
    .map((o) => `${o.label} does not document 409 with a body; a step the ride's state does not allow (cancel a completed ride) answers 409 Conflict — add it, saying which states are allowed.`);
}
