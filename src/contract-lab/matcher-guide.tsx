import { contractLab } from '@messages/contract-lab';
import { richText } from '../messages/rich-text';
import { PROVIDER_STATES } from './provider-states';

const m = contractLab.guide;

const MATCHERS: [string, string][] = [
  ['{ "pact:matcher:type": "type", "value": "Ada" }', m.matchers.type],
  ['{ "pact:matcher:type": "type", "min": 1, "value": [ {…} ] }', m.matchers.eachLike],
  ['{ "pact:matcher:type": "regex", "regex": "usr_\\\\d+", "value": "usr_1" }', m.matchers.regex],
  ['{ "pact:matcher:type": "integer", "value": 3 }', m.matchers.integer],
  ['{ "pact:matcher:type": "timestamp", "format": "yyyy-MM-dd\'T\'HH:mm:ss.SSSX", "value": "…" }', m.matchers.timestamp],
  ['{ "pact:generator:type": "ProviderState", "expression": "/api/v1/users/${id}", "value": "/api/v1/users/usr_1" }', m.matchers.generator],
];

/** A cheat sheet: the inline matchers the editor accepts, and the provider states the sandbox can set up. */
export function MatcherGuide() {
  return (
    <details className="cl-guide">
      <summary>{m.title}</summary>
      <p>{m.exact}</p>
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
      <p>{m.statesIntro}</p>
      <ul>
        {PROVIDER_STATES.map((state) => (
          <li key={state.name}>
            {richText(m.state, { name: <code>{state.name}</code>, params: state.params, description: state.description })}
          </li>
        ))}
      </ul>
    </details>
  );
}
