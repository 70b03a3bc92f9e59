/**
 * What individual methods need: list methods page with page_size/page_token and
 * answer next_page_token; updates say which fields they change with a FieldMask.
 */
import type protobuf from 'protobufjs';
import { methodsOf, requestOf, responseOf, typeOf } from './proto-walk';

function field(message: protobuf.Type | null, name: string): protobuf.Field | undefined {
  return message?.fieldsArray.find((f) => f.name === name);
}

/** List methods lacking page_size, page_token, next_page_token or a repeated field of results. */
export function unpagedLists(root: protobuf.Root): string[] {
  const problems = methodsOf(root)
    .filter((method) => /^List/.test(method.name))
    .flatMap((method) => {
      const request = requestOf(method);
      const response = responseOf(method);
      const lacks = [
        ...(field(request, 'page_size') && typeOf(field(request, 'page_size')!) === 'int32' ? [] : ['int32 page_size in the request']),
        ...(field(request, 'page_token') && typeOf(field(request, 'page_token')!) === 'string' ? [] : ['string page_token in the request']),
        ...(field(response, 'next_page_token') && typeOf(field(response, 'next_page_token')!) === 'string' ? [] : ['string next_page_token in the response']),
        ...(response?.fieldsArray.some((f) => f.repeated) ? [] : ['a repeated field of results in the response']),
      ];
      return lacks.length ? [`${method.name} lacks ${lacks.join(', ')}`] : [];
    });
  if (problems.length === 0) return [];
  return [
    `${problems.join('; ')}. A list is paged the same way in every Google-style API: the client asks for page_size items ` +
      'from page_token, and the response says where to continue in next_page_token (empty on the last page).',
  ];
}

/** Update methods whose request has no google.protobuf.FieldMask. */
export function updatesWithoutMask(root: protobuf.Root): string[] {
  const problems = methodsOf(root)
    .filter((method) => /^Update/.test(method.name))
    .filter((method) => !requestOf(method)?.fieldsArray.some((f) => typeOf(f) === 'google.protobuf.FieldMask'))
    .map((method) => method.name);
  if (problems.length === 0) return [];
  return [
    `${problems.join(', ')} cannot say which fields to change. In proto3 an unset field and a field set to "" or 0 look the ` +
      'same on the wire, so add `google.protobuf.FieldMask update_mask` to the request (import "google/protobuf/field_mask.proto") and change only the paths it names.',
  ];
}
