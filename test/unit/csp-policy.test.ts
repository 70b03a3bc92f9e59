import { describe, expect, it } from 'vitest';
import { metaPolicy, pageDirectives, pageHeaderPolicy, policyForPath, workerDirectives, workerHeaderPolicy } from '../../src/app/csp-policy';
import { headersFile } from '../../src/app/csp-plugin';

// A source that names another origin: a scheme+host, a wildcard, or a bare scheme that matches any host.
const foreignSource = /^(https?:|wss?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i;

describe('the Content-Security-Policy', () => {
  it('allows nothing from another origin, on the page or in a worker', () => {
    for (const directives of [pageDirectives, workerDirectives])
      for (const [name, sources] of Object.entries(directives))
        for (const source of sources) expect(foreignSource.test(source), `${name} ${source}`).toBe(false);
  });

  it('keeps eval and blob: scripts out of the page and allows them only in workers', () => {
    expect(pageDirectives['script-src']).toEqual(["'self'"]);
    expect(workerDirectives['script-src']).toEqual(expect.arrayContaining(['blob:', "'unsafe-eval'"]));
  });

  it('puts frame-ancestors in the headers only, since a <meta> policy ignores it', () => {
    expect(metaPolicy).not.toContain('frame-ancestors');
    expect(pageHeaderPolicy).toContain("frame-ancestors 'none'");
    expect(workerHeaderPolicy).toContain("frame-ancestors 'none'");
  });

  it('sends the worker policy with script files and the page policy with everything else', () => {
    expect(policyForPath('/assets/worker-C5dRw4mv.js')).toBe(workerHeaderPolicy);
    expect(policyForPath('/mockServiceWorker.js?v=1')).toBe(workerHeaderPolicy);
    expect(policyForPath('/chapters/rest')).toBe(pageHeaderPolicy);
    expect(policyForPath('/assets/index-OlFDHDr-.css')).toBe(pageHeaderPolicy);
  });

  it('writes the same policies into the static hosts’ _headers file', () => {
    const file = headersFile();
    expect(file).toContain(`/*\n  Content-Security-Policy: ${pageHeaderPolicy}\n`);
    expect(file).toContain(`/assets/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${workerHeaderPolicy}\n`);
  });
});
