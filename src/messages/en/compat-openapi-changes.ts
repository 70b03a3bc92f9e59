/**
 * The compatibility checker's sentences about two OpenAPI documents (src/compat/openapi-diff.ts):
 * operations, parameters, request bodies and responses. `name` is an operation such as `GET /users`.
 */
export const compatOpenapiChanges = {
  /** Places as the change list names them. */
  places: {
    parameter: (location: string, name: string) => `${location} parameter \`${name}\``,
    requestBody: (operation: string) => `${operation} → request body`,
    within: (operation: string, part: string) => `${operation} → ${part}`,
  },
  operationRemoved: {
    summary: (name: string) => `\`${name}\` was removed.`,
    reason: 'Clients that call it now get 404 or 405, and every feature built on it stops working. Deprecate it first and remove it in a new version.',
  },
  operationAdded: {
    summary: (name: string) => `\`${name}\` was added.`,
    reason: 'Existing clients never call it, so nothing changes for them.',
  },
  operationDeprecated: {
    summary: (name: string) => `\`${name}\` is now deprecated.`,
    reason: 'Clients keep working for now; it is a warning to move to its replacement before it is removed.',
  },
  parameters: {
    removed: (label: string) => `The ${label} was removed.`,
    removedReason: 'Clients still send it and the server now ignores it: a filter that no longer filters, a setting silently dropped.',
    nowRequired: (label: string) => `The ${label} is now required.`,
    nowRequiredReason: 'Clients that leave it out, which was fine before, are now rejected with a 400.',
    nowOptional: (label: string) => `The ${label} is now optional.`,
    nowOptionalReason: 'Every request that sent it still works.',
    requiredAdded: (label: string) => `A required ${label} was added.`,
    requiredAddedReason: 'Existing clients do not send it, so every request they make is now rejected with a 400.',
    optionalAdded: (label: string) => `An optional ${label} was added.`,
    optionalAddedReason: 'Existing clients do not send it and get the default behaviour, as before.',
  },
  mediaTypes: {
    removed: (place: string, type: string) => `${place} is no longer offered as \`${type}\`.`,
    removedRequest: (type: string) => `Clients that send \`${type}\` are now rejected with a 415.`,
    removedResponse: (type: string) => `Clients that ask for \`${type}\` get a 406 or a body they cannot parse.`,
    added: (place: string, type: string) => `${place} is now also offered as \`${type}\`.`,
    addedReason: 'Clients that use the existing media types are unaffected.',
  },
  requestBody: {
    nowRequired: (name: string) => `${name} now requires a request body.`,
    nowRequiredReason: 'Existing clients send none, so their requests are now rejected with a 400.',
    optionalAdded: (name: string) => `${name} now accepts an optional request body.`,
    optionalAddedReason: 'Existing clients send none and keep working.',
    removed: (name: string) => `${name} no longer reads a request body.`,
    removedReason: 'Clients still send one and the server ignores it: what they asked for is silently dropped.',
    bodyNowRequired: 'The request body is now required.',
    bodyNowRequiredReason: 'Clients that call the operation without a body are now rejected with a 400.',
  },
  responses: {
    statusRemoved: (name: string, status: string) => `${name} no longer answers \`${status}\`.`,
    statusRemovedReason: (status: string) =>
      `Clients that branch on \`${status}\` never see it again; whatever the server answers instead falls into their "unexpected status" path.`,
    headerRemoved: (header: string, status: string) => `The \`${header}\` header is no longer sent with ${status}.`,
    headerRemovedReason: (header: string) => `Clients that read \`${header}\` get null.`,
    statusAdded: (name: string, status: string) => `${name} may now answer \`${status}\`.`,
    statusAddedReason:
      'Clients that handle statuses by class (any 2xx, any 4xx) cope; a client that only knows the old list treats it as unexpected.',
  },
};
