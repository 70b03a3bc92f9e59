/**
 * Examples: the request and the 201 answer each show one, and every example the operation
 * gives (bodies, schemas, parameters) is valid against its own schema. An example that
 * drifts from its schema teaches clients the wrong thing, so it is checked like a response.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { MISSING_OPERATION, jsonMedia, parametersOfOperation, requestBodyOf, responsesOf, isObject, type Json, type Operation } from './create-order';

interface Example {
  where: string;
  value: unknown;
  schema: unknown;
}

/** The examples of one media type or parameter: `example`, each of `examples`, and the schema's own. */
function examplesOf(holder: Json, where: string): Example[] {
  const found: Example[] = [];
  const schema = holder.schema;
  if (holder.example !== undefined) found.push({ where: `${where} example`, value: holder.example, schema });
  if (isObject(holder.examples)) {
    for (const [name, example] of Object.entries(holder.examples)) {
      if (isObject(example) && 'value' in example) found.push({ where: `${where} examples.${name}`, value: example.value, schema });
    }
  }
  return found;
}

/** Every example of the operation with the schema it illustrates. */
export function operationExamples(doc: Json, operation: Operation): { request: Example[]; created: Example[]; all: Example[] } {
  const requestMedia = jsonMedia(requestBodyOf(doc, operation));
  const request = requestMedia ? [...examplesOf(requestMedia, 'request body'), ...schemaExample(requestMedia.schema, 'request schema')] : [];
  let created: Example[] = [];
  const others: Example[] = [];
  for (const { status, response } of responsesOf(doc, operation)) {
    const media = jsonMedia(response);
    if (!media) continue;
    const found = [...examplesOf(media, `${status} response`), ...schemaExample(media.schema, `${status} schema`)];
    if (status === '201') created = found;
    else others.push(...found);
  }
  for (const parameter of parametersOfOperation(doc, operation)) others.push(...examplesOf(parameter, `parameter ${String(parameter.name)}`));
  return { request, created, all: [...request, ...created, ...others] };

  function schemaExample(schema: unknown, where: string): Example[] {
    return isObject(schema) && schema.example !== undefined ? [{ where: `${where} example`, value: schema.example, schema }] : [];
  }
}

/** Missing request or 201 examples. */
export function missingExamples(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const { request, created } = operationExamples(doc, operation);
  const problems: string[] = [];
  if (request.length === 0) problems.push(`${operation.label} shows no request example; add \`example:\` next to the request body's schema with an order a client could send.`);
  if (created.length === 0) problems.push(`${operation.label} → 201 shows no example; add \`example:\` next to its schema with the order the server returns.`);
  return problems;
}

/** Examples that their schema rejects, each with the first reason. */
export function invalidExamples(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  // Components become the schema's $defs, so `#/components/schemas/X` refs resolve inside ajv.
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const rewrite = (value: unknown) => JSON.parse(JSON.stringify(value ?? {}).replaceAll('#/components/schemas/', '#/$defs/'));
  const problems: string[] = [];
  for (const example of operationExamples(doc, operation).all) {
    if (example.schema === undefined) continue;
    let valid: boolean;
    let reason = '';
    try {
      const validate = ajv.compile({ ...rewrite(example.schema), $defs: rewrite(components) });
      valid = validate(example.value) as boolean;
      const error = validate.errors?.[0];
      if (error) reason = `${error.instancePath || 'the value'} ${error.message}`;
    } catch (error) {
      problems.push(`The schema behind ${example.where} cannot be compiled (${(error as Error).message}); fix the schema first.`);
      continue;
    }
    if (!valid) problems.push(`The ${example.where} does not match its schema: ${reason}. Change the example (or the schema) so they agree.`);
  }
  return problems;
}
