import { PROVIDER_STATES } from './provider-states';

const MATCHERS: [string, string][] = [
  ['{ "pact:matcher:type": "type", "value": "Ada" }', 'same JSON type as the example; on an object or array, reaches everything inside'],
  ['{ "pact:matcher:type": "type", "min": 1, "value": [ {…} ] }', 'an array of at least min items, each like the example (eachLike)'],
  ['{ "pact:matcher:type": "regex", "regex": "usr_\\\\d+", "value": "usr_1" }', 'a string the whole of which matches'],
  ['{ "pact:matcher:type": "integer", "value": 3 }', 'a whole number (also decimal, number, null, include)'],
  ['{ "pact:matcher:type": "timestamp", "format": "yyyy-MM-dd\'T\'HH:mm:ss.SSSX", "value": "…" }', 'a date-time in that format (also date, time)'],
  ['{ "pact:generator:type": "ProviderState", "expression": "/api/v1/users/${id}", "value": "/api/v1/users/usr_1" }', 'a request path filled in from the provider state'],
];

/** A cheat sheet: the inline matchers the editor accepts, and the provider states the sandbox can set up. */
export function MatcherGuide() {
  return (
    <details className="cl-guide">
      <summary>Matchers and provider states</summary>
      <p>A value without a matcher must be exactly equal. Keys you leave out are not checked: a provider may add fields.</p>
      <dl>
        {MATCHERS.map(([code, meaning]) => (
          <div key={code}>
            <dt>
              <code>{code}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>Provider states the sandbox knows (set up through its public API before the request is replayed):</p>
      <ul>
        {PROVIDER_STATES.map((state) => (
          <li key={state.name}>
            <code>{state.name}</code> (params: {state.params}): {state.description}
          </li>
        ))}
      </ul>
    </details>
  );
}
