/**
 * kind 'typescript': strip the types with sucrase (same result in Node and the
 * browser), check the JavaScript with acorn (sucrase is lenient and would let some
 * syntax errors through to the engine, which reports them without a position in most
 * browsers), refuse imports, then evaluate the module and hand its exports to the grader.
 */
import { parse as parseJavaScript, type Node as AcornNode } from 'acorn';
import { transform } from 'sucrase';
import { grading } from '@messages/grading';
import type { SourceLocation } from '../results';
import { learnerPrologue, takeBlockedAttempts } from '../runtime/learner-scope';
import { evaluateModule, locationInStack } from './evaluate-module';
import { topLevelNames } from './top-level-names';
import { SubmissionError, assertNotEmpty, describeLocation, locationAt } from './submission-error';

export interface TypeScriptSubmission {
  /** The module's exports, e.g. `submission.exports.toRepresentation`. */
  exports: Record<string, unknown>;
  /** The text exactly as the learner wrote it. */
  text: string;
}

function syntaxError(location: SourceLocation, reason: string): SubmissionError {
  const clean = reason.replace(/\s*\(\d+:\d+\)$/, '');
  return new SubmissionError(`Your code has a syntax error on ${describeLocation(location)}: ${clean}. The editor marks the spot; fix it and grade again.`, location);
}

function stripTypes(text: string): string {
  try {
    // disableESTransforms keeps modern syntax as written; sucrase keeps line numbers.
    return transform(text, { transforms: ['typescript'], disableESTransforms: true }).code;
  } catch (error) {
    const pos = (error as { pos?: number }).pos;
    const location = typeof pos === 'number' ? locationAt(text, pos) : { line: 1, column: 1 };
    throw syntaxError(location, error instanceof Error ? error.message : String(error));
  }
}

type AnyNode = AcornNode & { source?: unknown; loc?: { start: { line: number; column: number } } };

const importNodeTypes = new Set(['ImportDeclaration', 'ImportExpression', 'ExportAllDeclaration']);

function findImport(node: unknown): AnyNode | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findImport(child);
      if (found) return found;
    }
    return null;
  }
  if (typeof node !== 'object' || node === null) return null;
  const candidate = node as AnyNode;
  if (typeof candidate.type === 'string') {
    if (importNodeTypes.has(candidate.type)) return candidate;
    if (candidate.type === 'ExportNamedDeclaration' && candidate.source) return candidate;
  }
  for (const [key, value] of Object.entries(candidate)) {
    if (key === 'loc' || typeof value !== 'object') continue;
    const found = findImport(value);
    if (found) return found;
  }
  return null;
}

function checkJavaScript(code: string): AcornNode {
  let program: AcornNode;
  try {
    program = parseJavaScript(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    throw syntaxError(loc ? { line: loc.line, column: loc.column + 1 } : { line: 1, column: 1 }, error instanceof Error ? error.message : String(error));
  }
  const found = findImport(program);
  if (found) {
    const start = found.loc?.start;
    const location = start ? { line: start.line, column: start.column + 1 } : null;
    const where = location ? ` (${describeLocation(location)})` : '';
    throw new SubmissionError(
      `Submissions cannot import other modules${where}. Remove the import: the checks hand your code everything it needs, and the exercise's types are already known to the editor.`,
      location,
    );
  }
  return program;
}

// A top level that awaits forever would hold the run until the worker is ended; stop sooner, with a reason.
const loadLimitMs = 3000;

function withLoadLimit<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SubmissionError(grading.loadingNeverFinished(loadLimitMs / 1000))), loadLimitMs);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

// `throw { code: 1 }` should read as {"code":1}, not [object Object].
function thrownValue(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Compiles and evaluates a TypeScript module; throws a SubmissionError naming line and column. */
export async function parseTypeScript(text: string): Promise<TypeScriptSubmission> {
  assertNotEmpty(text, 'your TypeScript code');
  const code = stripTypes(text);
  const program = checkJavaScript(code);
  // On the first line, so every line number in a stack trace is still the learner's.
  const prologue = learnerPrologue(topLevelNames(program));
  takeBlockedAttempts();
  let exports: Record<string, unknown>;
  try {
    exports = await withLoadLimit(evaluateModule(prologue + code));
  } catch (error) {
    if (error instanceof SubmissionError) throw error;
    const location = locationInStack(error);
    if (location?.line === 1 && location.column > prologue.length) location.column -= prologue.length;
    const [blocked] = takeBlockedAttempts();
    if (blocked) throw new SubmissionError(grading.blockedWhileLoading(blocked), location);
    const where = location ? ` on ${describeLocation(location)}` : '';
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : thrownValue(error);
    throw new SubmissionError(
      `Your code threw an error while loading${where}, before any check could run: ${reason}. Code at the top level runs as soon as the file loads; keep the work inside your functions.`,
      location,
    );
  }
  // An attempt the code caught itself is still reported.
  const [blocked] = takeBlockedAttempts();
  if (blocked) throw new SubmissionError(grading.blockedWhileLoading(blocked));
  return { exports, text };
}
