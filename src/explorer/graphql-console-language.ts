/**
 * Schema-aware completion and diagnostics for the GraphQL console, from
 * `graphql-language-service` (the engine behind GraphiQL), in plain shapes that the
 * Monaco adapter maps onto its own types. Kept apart from Monaco so it can be tested.
 */
import { buildSchema, type GraphQLSchema } from 'graphql';
import { getAutocompleteSuggestions, getDiagnostics, Position, type CompletionItem } from 'graphql-language-service';

/** A completion item, with its kind named as in Monaco's CompletionItemKind. */
export interface Suggestion {
  label: string;
  kind: 'Field' | 'Keyword' | 'Variable' | 'EnumMember' | 'Class' | 'Interface' | 'Value' | 'Text';
  /** The field's or argument's type, e.g. "OrderConnection!". */
  detail: string;
  documentation: string;
  insertText: string;
}

/** A problem in the document, with 1-based lines and columns as Monaco counts them. */
export interface Problem {
  message: string;
  severity: 'error' | 'warning';
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Builds the schema from the SDL the sandbox serves; throws graphql-js's message when it does not build. */
export function schemaFromSdl(sdl: string): GraphQLSchema {
  return buildSchema(sdl);
}

// LSP's CompletionItemKind numbers (what the language service returns) → Monaco's names.
const KIND_NAMES: Record<number, Suggestion['kind']> = {
  5: 'Field',
  6: 'Variable',
  7: 'Class',
  8: 'Interface',
  12: 'Value',
  13: 'Class',
  14: 'Keyword',
  20: 'EnumMember',
};

function toSuggestion(item: CompletionItem): Suggestion {
  return {
    label: item.label,
    kind: (item.kind !== undefined && KIND_NAMES[item.kind]) || 'Text',
    detail: item.detail ?? item.type?.toString() ?? '',
    documentation: item.documentation ?? '',
    // The service offers `insertText` only for snippets it can fill; the label is what gets typed otherwise.
    insertText: item.label,
  };
}

/** What may be typed at a 1-based line and column of `text`. */
export function suggestionsAt(schema: GraphQLSchema, text: string, line: number, column: number): Suggestion[] {
  return getAutocompleteSuggestions(schema, text, new Position(line - 1, column - 1)).map(toSuggestion);
}

/** Syntax and validation problems in `text`, checked against `schema`. */
export function problemsIn(schema: GraphQLSchema, text: string): Problem[] {
  return getDiagnostics(text, schema).map((d) => ({
    message: typeof d.message === 'string' ? d.message : d.message.value,
    severity: d.severity === 1 ? 'error' : 'warning',
    startLine: d.range.start.line + 1,
    startColumn: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: Math.max(d.range.end.character + 1, d.range.start.character + 2),
  }));
}
