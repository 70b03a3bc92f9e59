/**
 * Constant-time comparison, checked the two ways a grader honestly can (timing a
 * function in a browser worker is far too noisy to prove anything):
 * - by watching: does a valid delivery's signature reach receiver.timingSafeEqual, or does
 *   the code hand the comparison to crypto.subtle.verify (which compares in constant time)?
 * - by reading: does the code compare a signature-like value with ===, !==, includes,
 *   startsWith..., which stop at the first difference?
 */
import { parse, type Node } from 'acorn';
import { transform } from 'sucrase';
import { verify, type VerifyWebhook } from './calls';
import { signedDelivery } from './deliveries';
import { recordedReceiver } from './receiver';

/** Names that suggest a value is a signature, a MAC or the expected one. */
const secretLike = /sig|mac|digest|expected|computed|hash/i;
const comparisonOperators = new Set(['===', '!==', '==', '!=']);
const comparingMethods = new Set(['includes', 'indexOf', 'lastIndexOf', 'startsWith', 'endsWith', 'localeCompare']);

type AnyNode = Node & Record<string, unknown> & { loc?: { start: { line: number } } };

const isNode = (value: unknown): value is AnyNode => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

function children(node: AnyNode): AnyNode[] {
  return Object.entries(node).flatMap(([key, value]) => (key === 'loc' ? [] : Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : []));
}

/** Whether a subtree names something signature-like. */
function mentionsSecret(node: AnyNode): boolean {
  if (node.type === 'Identifier' && secretLike.test(String(node.name))) return true;
  return children(node).some(mentionsSecret);
}

/** Names declared as `const NAME = <literal>` anywhere in the code: constants like V1 = 'v1'. */
function literalConstants(node: AnyNode, names: Set<string>): Set<string> {
  if (node.type === 'VariableDeclarator' && (node.id as AnyNode).type === 'Identifier' && (node.init as AnyNode | null)?.type === 'Literal') {
    names.add(String((node.id as AnyNode).name));
  }
  for (const child of children(node)) literalConstants(child, names);
  return names;
}

/** Values that leak nothing when compared: constants, lengths, typeof, null/undefined. */
function isHarmless(node: AnyNode, constants: ReadonlySet<string>): boolean {
  if (node.type === 'Literal') return true;
  if (node.type === 'Identifier' && constants.has(String(node.name))) return true;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) return true;
  if (node.type === 'Identifier' && (node.name === 'undefined' || node.name === 'null')) return true;
  if (node.type === 'UnaryExpression' && node.operator === 'typeof') return true;
  const property = node.type === 'MemberExpression' ? (node.property as AnyNode) : null;
  return property?.type === 'Identifier' && (property.name === 'length' || property.name === 'byteLength');
}

interface Finding {
  line: number;
  what: string;
}

function findComparisons(node: AnyNode, found: Finding[], constants: ReadonlySet<string>): void {
  const line = node.loc?.start.line ?? 0;
  if (node.type === 'BinaryExpression' && comparisonOperators.has(String(node.operator))) {
    const sides = [node.left as AnyNode, node.right as AnyNode];
    if (!sides.some((side) => isHarmless(side, constants)) && sides.some(mentionsSecret)) found.push({ line, what: `a ${node.operator} comparison` });
  }
  if (node.type === 'CallExpression' && (node.callee as AnyNode).type === 'MemberExpression') {
    const property = (node.callee as AnyNode).property as AnyNode;
    const args = node.arguments as AnyNode[];
    if (property.type === 'Identifier' && comparingMethods.has(String(property.name)) && args.length > 0 && !args.some((arg) => isHarmless(arg, constants))) {
      if (mentionsSecret(node.callee as AnyNode) || args.some(mentionsSecret)) found.push({ line, what: `.${String(property.name)}(...)` });
    }
  }
  for (const child of children(node)) findComparisons(child, found, constants);
}

/** Comparisons in the learner's code that may stop early on a signature; [] when the code cannot be read. */
export function earlyExitComparisons(source: string): Finding[] {
  try {
    const code = transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
    const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as AnyNode;
    const found: Finding[] = [];
    findComparisons(program, found, literalConstants(program, new Set()));
    return found;
  } catch {
    return []; // the parse step already reported any syntax error
  }
}

const usesSubtleVerify = (source: string) => /\bsubtle\s*\.\s*verify\s*\(/.test(source);

/** A valid delivery's signature must reach a constant-time comparison. */
export async function constantTimeUseProblems(fn: VerifyWebhook, source: string): Promise<string[]> {
  if (usesSubtleVerify(source)) return [];
  const receiver = recordedReceiver();
  await verify(fn, await signedDelivery(), { receiver });
  if (receiver.compares.some((compare) => compare.equal)) return [];
  const called = receiver.compares.length
    ? `receiver.timingSafeEqual was called ${receiver.compares.length} time(s) with byte lengths ${JSON.stringify(receiver.compares.map((c) => c.lengths))}, but never found the valid signature equal.`
    : 'receiver.timingSafeEqual was never called, and the code does not use crypto.subtle.verify.';
  return [
    `For a valid delivery, ${called} Compare the MAC you computed with each decoded v1 signature using receiver.timingSafeEqual(expected, given) ` +
      "(both Uint8Arrays of 32 bytes), or verify with crypto.subtle.verify('HMAC', key, signatureBytes, content).",
  ];
}

/** No early-exit comparison on anything signature-like in the source. */
export function earlyExitProblems(source: string): string[] {
  return earlyExitComparisons(source).map(
    ({ line, what }) =>
      `Line ${line} compares a signature with ${what}, which returns as soon as one character differs; an attacker who times the answers can ` +
      'find a valid signature one character at a time. Compare bytes with receiver.timingSafeEqual instead (the checks read the code for this; they cannot time it).',
  );
}
