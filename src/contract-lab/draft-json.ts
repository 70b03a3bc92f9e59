/**
 * The lab's editor holds JSON text. This reads it as a draft contract (inline matchers)
 * or as an already recorded Pact v3 file, and turns a JSON syntax error into a message
 * with its line and column.
 */
import { contractLabChecks as checks } from '@messages/contract-lab-checks';
import { parsePact, type PactFile } from './pact-types';
import { recordContract, type DraftContract } from './record-contract';

/** Line and column (1-based) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The Pact file the editor text stands for; throws a message that says where and what to fix. */
export function pactFromText(text: string): PactFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? (({ line, column }) => checks.record.jsonWhere(line, column))(lineAndColumn(text, Number(position[1]))) : '';
    throw new Error(checks.record.notJson(where, message.replace(/ in JSON at position \d+.*$/, '')));
  }
  const isPact = typeof json === 'object' && json !== null && 'metadata' in json && typeof (json as { metadata?: { pactSpecification?: unknown } }).metadata?.pactSpecification === 'object';
  return isPact ? parsePact(json) : recordContract(json as DraftContract);
}

/** The file name a recorded contract is saved under, as Pact brokers name them: consumer-provider.json. */
export function pactFileName(pact: PactFile): string {
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug(pact.consumer.name)}-${slug(pact.provider.name)}.json`;
}
