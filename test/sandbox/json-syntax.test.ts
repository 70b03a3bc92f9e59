import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../sandbox/patterns/json-syntax';

describe('findJsonSyntaxError', () => {
  it.each(['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', ' { "a" : [ true , false , null ] } ', '{"a":{"b":[1,{"c":"d"}]}}'])('accepts valid JSON %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  it.each([
    ['{"a": 1,}', 1, 8, /trailing comma before '}'/],
    ['[1, 2,]', 1, 6, /trailing comma before '\]'/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected ',' or '}' but found '"'/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{a: 1}', 1, 2, /expected a property name in double quotes but found 'a'/],
    ['{"a" 1}', 1, 6, /expected ':' after the property name/],
    ['{"a": tru}', 1, 7, /expected a value/],
    ['{"a": 01}', 1, 8, /invalid number/],
    ['{"a": "x\ny"}', 1, 9, /raw line break/],
    ['{"a": "\\x"}', 1, 8, /invalid escape/],
    ['{"a": "never closed', 1, 7, /never closed/],
    ['{"a": 1', 1, 8, /expected ',' or '}' but found the end of the body/],
    ['', 1, 1, /ends where a value was expected/],
    ['{} {}', 1, 4, /after the end of the JSON value/],
    ['\uFEFF{}', 1, 1, /expected a value/],
  ])('locates the error in %j at line %i, column %i', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found!.reason).toMatch(reason);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const deep = '['.repeat(100_000);
    expect(findJsonSyntaxError(deep)!.reason).toMatch(/nested more than 1000 levels/);
  });
});
