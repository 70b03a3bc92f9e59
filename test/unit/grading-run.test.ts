import { describe, expect, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { runGrader } from '../../src/grading/run';
import * as g from '../../src/grading/runtime/vitest-shim';
import type { JsonSubmission } from '../../src/grading/submission';

const submission: JsonSubmission = { value: { name: 'Ada' }, text: '{"name":"Ada"}' };

function run(define: (s: JsonSubmission) => void, options?: { checkTimeoutMs?: number }) {
  return runGrader(defineGrader('json', define), submission, options);
}

describe('runGrader: collecting checks', () => {
  it('runs checks in registration order and names them "Describe > it"', async () => {
    const order: string[] = [];
    const results = await run(() => {
      g.describe('Names', () => {
        g.it('first', () => void order.push('first'));
        g.describe('Nested', () => {
          g.it('second', () => void order.push('second'));
        });
        g.it('third', () => void order.push('third'));
      });
    });
    expect(order).toEqual(['first', 'second', 'third']);
    expect(results.tests.map((test) => test.name)).toEqual(['Names > first', 'Names > Nested > second', 'Names > third']);
    expect(results).toMatchObject({ version: 3, status: 'pass', message: null });
  });

  it('numbers each top-level describe as the task_id of its checks, from 1', async () => {
    const results = await run(() => {
      g.it('outside any describe', () => {});
      g.describe('One', () => g.it('a', () => {}));
      g.describe('Two', () => g.describe('Inner', () => g.it('b', () => {})));
    });
    expect(results.tests.map((test) => test.task_id)).toEqual([null, 1, 2]);
  });

  it('runs beforeEach hooks outermost first and afterEach hooks even after a failure', async () => {
    const calls: string[] = [];
    await run(() => {
      g.beforeEach(() => void calls.push('outer before'));
      g.afterEach(() => void calls.push('outer after'));
      g.describe('Block', () => {
        g.beforeEach(() => void calls.push('inner before'));
        g.afterEach(() => void calls.push('inner after'));
        g.it('fails', () => {
          calls.push('check');
          throw new Error('no');
        });
      });
    });
    expect(calls).toEqual(['outer before', 'inner before', 'check', 'inner after', 'outer after']);
  });

  it('registers one check per row with it.each and formats the titles', async () => {
    const results = await run(() => {
      g.it.each([
        ['a', 1],
        ['b', 2],
      ])('row %s is %d', (letter, number) => {
        g.expect(typeof letter).toBe('string');
        g.expect(number).toBeGreaterThan(0);
      });
    });
    expect(results.tests.map((test) => [test.name, test.status])).toEqual([
      ['row a is 1', 'pass'],
      ['row b is 2', 'pass'],
    ]);
  });

  it('reports an error when the grader throws while registering checks', async () => {
    const results = await run(() => {
      throw new Error('cannot read the document');
    });
    expect(results).toMatchObject({ status: 'error', tests: [] });
    expect(results.message).toContain('cannot read the document');
  });

  it('reports an error when the grader registers no checks', async () => {
    const results = await run(() => {});
    expect(results.status).toBe('error');
    expect(results.message).toMatch(/defines no checks/);
  });

  it('refuses an async grader function, which would register checks too late', async () => {
    const results = await run((async () => {}) as unknown as () => void);
    expect(results.status).toBe('error');
    expect(results.message).toMatch(/synchronously/);
  });

  it('explains that describe and it only work inside a grader', () => {
    expect(() => g.it('loose', () => {})).toThrow(/inside the function given to defineGrader/);
  });
});

describe('runGrader: failures and messages', () => {
  it("shows a failing expect's custom message first, the matcher detail after a blank line", async () => {
    const results = await run((s) => {
      g.it('names the user', () => {
        g.expect((s.value as { name: string }).name, 'The name should be "Grace"; change "name" in your JSON.').toBe('Grace');
      });
    });
    const [check] = results.tests;
    expect(check.status).toBe('fail');
    expect(check.message).toBe('The name should be "Grace"; change "name" in your JSON.\n\nexpected \'Ada\' to be \'Grace\' // Object.is equality');
    expect(results.status).toBe('fail');
  });

  it('leaves out the detail when it only repeats the listed problems', async () => {
    const results = await run(() => {
      g.it('has no problems', () => {
        const problems = ['/user should be /users'];
        g.expect(problems, `Fix these: ${problems.join('; ')}`).toEqual([]);
      });
    });
    expect(results.tests[0].message).toBe('Fix these: /user should be /users');
  });

  it('puts the custom message first for matchers added with expect.extend too', async () => {
    const results = await run(() => g.it('even', () => g.expect(3, 'The page size must be even.').toSatisfy((n: number) => n % 2 === 0)));
    expect(results.tests[0].status).toBe('fail');
    expect(results.tests[0].message).toMatch(/^The page size must be even\.\n\nexpect\(received\)\.toSatisfy\(\)/);
  });

  it("uses a thrown Error's message as the check's message", async () => {
    const results = await run(() => {
      g.it('throws', () => {
        throw new Error('POST /users should answer 201 Created.');
      });
    });
    expect(results.tests[0]).toMatchObject({ status: 'fail', message: 'POST /users should answer 201 Created.' });
  });

  it('keeps the matcher message when no custom message is given', async () => {
    const results = await run(() => g.it('plain', () => g.expect([1]).toEqual([2])));
    expect(results.tests[0].message).toBe('expected [ 1 ] to deeply equal [ 2 ]');
  });

  it("marks a crash in the code under test as an error that names the error's type", async () => {
    const results = await run(() =>
      g.it('crashes', () => {
        (undefined as unknown as { x: number }).x;
      }),
    );
    expect(results.tests[0].status).toBe('error');
    expect(results.tests[0].message).toMatch(/^The check stopped with TypeError: /);
    expect(results.status).toBe('fail');
  });

  it("supports vitest's extra matchers and asymmetric matchers", async () => {
    const results = await run(() => {
      g.it('satisfies', () => g.expect(4).toSatisfy((n: number) => n % 2 === 0));
      g.it('matches loosely', () => g.expect({ id: 'usr_1', name: 'Ada' }).toEqual(g.expect.objectContaining({ id: g.expect.any(String) })));
    });
    expect(results.tests.map((test) => test.status)).toEqual(['pass', 'pass']);
  });

  it('runs async checks and awaits .resolves and .rejects', async () => {
    const results = await run(() => {
      g.it('resolves', async () => {
        await g.expect(Promise.resolve(3)).resolves.toBe(3);
      });
      g.it('rejects', async () => {
        await g.expect(Promise.reject(new Error('bad')), 'should reject with "bad"').rejects.toThrow('worse');
      });
    });
    expect(results.tests.map((test) => test.status)).toEqual(['pass', 'fail']);
    expect(results.tests[1].message).toMatch(/^should reject with "bad"/);
  });
});

describe('runGrader: time limits and output', () => {
  it('stops an async check that never settles and moves on to the next', async () => {
    const results = await run(
      () => {
        g.it('hangs', () => new Promise(() => {}));
        g.it('runs after', () => {});
      },
      { checkTimeoutMs: 50 },
    );
    expect(results.tests[0].status).toBe('error');
    expect(results.tests[0].message).toMatch(/stopped after 0\.05 seconds/);
    expect(results.tests[1].status).toBe('pass');
  });

  it("lets a check set its own time limit, as vitest's third argument does", async () => {
    const results = await run(
      () => {
        g.it('slow but allowed', () => new Promise((resolve) => setTimeout(resolve, 80)), 500);
      },
      { checkTimeoutMs: 20 },
    );
    expect(results.tests[0].status).toBe('pass');
  });

  it('captures console output per check and restores the console afterwards', async () => {
    const original = console.log;
    const results = await run(() => {
      g.it('prints', () => {
        console.log('hello', { n: 1 });
        console.warn('careful');
      });
      g.it('quiet', () => {});
    });
    expect(results.tests.map((test) => test.output)).toEqual(['hello {"n":1}\ncareful', null]);
    expect(console.log).toBe(original);
  });

  it('cuts output past 500 characters, as the Exercism interface asks', async () => {
    const results = await run(() => g.it('chatty', () => console.log('x'.repeat(600))));
    expect(results.tests[0].output).toBe(`${'x'.repeat(500)}\n… (output cut at 500 characters)`);
  });
});
