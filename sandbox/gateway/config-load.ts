import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { gatewayConfigSchema, type GatewayConfig } from './config-schema';

/**
 * Reading a gateway document: YAML or JSON text → a checked GatewayConfig, or every
 * problem at once, each with its path in the document and, where the text shows it,
 * a line and column. A document with any problem is refused as a whole, so a reload
 * never leaves the gateway half-configured.
 */

export interface ConfigProblem {
  /** Where in the document: `routes[1].traffic.destinations`, or `document` for syntax errors. */
  path: string;
  /** `yaml_syntax`, a zod issue code such as `invalid_type`, `unknown_service` or `duplicate_name`. */
  code: string;
  message: string;
  /** 1-based; present when the problem can be pointed at in the text. */
  line?: number;
  column?: number;
}

export type LoadResult = { ok: true; config: GatewayConfig } | { ok: false; problems: ConfigProblem[] };

/** Parses and checks a gateway document (YAML, or JSON, which YAML reads too). */
export function loadGatewayConfig(text: string): LoadResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const [line, column] = position(lineCounter, error.pos[0]);
        return { path: 'document', code: 'yaml_syntax', message: `YAML syntax: ${firstLine(error.message)}`, line, column };
      }),
    };
  }
  const raw: unknown = document.toJS() ?? {};
  const parsed = gatewayConfigSchema.safeParse(raw);
  // The cross-references are checked on the raw document too, so a schema problem does not hide them.
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => schemaProblem(issue, document, lineCounter))),
    ...referenceProblems(looseView(raw)).map(({ keys, ...problem }) => ({ ...problem, ...at(document, lineCounter, keys) })),
  ];
  const unique = problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path && other.message === problem.message) === index);
  if (!parsed.success || unique.length > 0) return { ok: false, problems: unique };
  return { ok: true, config: parsed.data };
}

interface LooseConfig {
  services: { name?: unknown; plugins?: unknown }[];
  routes: { name?: unknown; service?: unknown; traffic?: { destinations?: unknown } }[];
}

/** Whatever parts of a document are shaped well enough to cross-check; the rest is the schema's to report. */
function looseView(raw: unknown): LooseConfig {
  const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const list = (value: unknown) => (Array.isArray(value) ? value.map(record) : []);
  const root = record(raw);
  return { services: list(root.services), routes: list(root.routes) };
}

/** The checks one field's schema cannot make: names that must exist elsewhere, or be unique. */
function referenceProblems(config: LooseConfig): (ConfigProblem & { keys: (string | number)[] })[] {
  const problems: (ConfigProblem & { keys: (string | number)[] })[] = [];
  const services = new Set<string>();
  config.services.forEach((service, index) => {
    if (typeof service.name !== 'string') return;
    if (services.has(service.name)) problems.push(problem(['services', index, 'name'], `two services are named "${service.name}"; give each a unique name`));
    services.add(service.name);
    const kinds = (Array.isArray(service.plugins) ? service.plugins : []).map((plugin: unknown) => (plugin as { name?: unknown } | null)?.name);
    kinds.forEach((kind, at) => {
      if (typeof kind === 'string' && kinds.indexOf(kind) !== at) problems.push(problem(['services', index, 'plugins', at, 'name'], `the plugin "${kind}" is listed twice; keep one`, 'duplicate_plugin'));
    });
  });
  const missing = (name: string) => `no service is named "${name}"; use one of: ${[...services].join(', ')}`;
  const routes = new Set<string>();
  config.routes.forEach((route, index) => {
    if (typeof route.name === 'string') {
      if (routes.has(route.name)) problems.push(problem(['routes', index, 'name'], `two routes are named "${route.name}"; give each a unique name`));
      routes.add(route.name);
    }
    if (typeof route.service === 'string' && !services.has(route.service)) problems.push(problem(['routes', index, 'service'], missing(route.service), 'unknown_service'));
    const destinations = Array.isArray(route.traffic?.destinations) ? (route.traffic.destinations as unknown[]) : [];
    destinations.forEach((destination, at) => {
      const service = (destination as { service?: unknown } | null)?.service;
      if (typeof service === 'string' && !services.has(service)) problems.push(problem(['routes', index, 'traffic', 'destinations', at, 'service'], missing(service), 'unknown_service'));
    });
  });
  return problems;
}

function problem(keys: (string | number)[], message: string, code = 'duplicate_name') {
  return { keys, path: pathText(keys), code, message };
}

function schemaProblem(issue: z.core.$ZodIssue, document: Document, lineCounter: LineCounter): ConfigProblem {
  const keys = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  return { path: pathText(keys), code: issue.code, message: issue.message, ...at(document, lineCounter, keys) };
}

/** The line and column of the deepest node of `keys` that the text has (a missing field points at its parent). */
function at(document: Document, lineCounter: LineCounter, keys: (string | number)[]): { line?: number; column?: number } {
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(keys.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const [line, column] = position(lineCounter, node.range[0]);
      return { line, column };
    }
  }
  return {};
}

function position(lineCounter: LineCounter, offset: number): [number, number] {
  const { line, col } = lineCounter.linePos(offset);
  return [line, col];
}

function pathText(keys: (string | number)[]): string {
  if (keys.length === 0) return 'document';
  return keys.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
