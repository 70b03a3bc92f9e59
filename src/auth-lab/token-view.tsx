import { tokenClaims as m } from '@messages/token-claims';
import { isoOf, relativeClaimTime } from './human-time';
import type { JsonObject } from './jwt-decode';

const TIME_CLAIMS = new Set(['exp', 'nbf', 'iat']);

/** A decoded JWT's header and claims as two tables, times in words relative to `nowSeconds`. */
export function TokenView({ header, claims, nowSeconds, idPrefix }: { header: JsonObject; claims: JsonObject; nowSeconds: number; idPrefix: string }) {
  return (
    <div className="al-token">
      <MemberTable title={m.headerTitle} id={`${idPrefix}-header`} members={header} notes={m.headerNotes} nowSeconds={nowSeconds} />
      <MemberTable title={m.claimsTitle} id={`${idPrefix}-claims`} members={claims} notes={m.claimNotes} nowSeconds={nowSeconds} />
    </div>
  );
}

function MemberTable(props: { title: string; id: string; members: JsonObject; notes: Readonly<Record<string, string>>; nowSeconds: number }) {
  return (
    <table className="al-claims" aria-labelledby={props.id}>
      <caption id={props.id}>{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.columns.name}</th>
          <th scope="col">{m.columns.value}</th>
          <th scope="col">{m.columns.meaning}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(props.members).map(([name, value]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>
              <code className="al-value">{typeof value === 'string' ? value : JSON.stringify(value)}</code>
              {TIME_CLAIMS.has(name) && typeof value === 'number' && (
                <span className="al-when" data-testid={`claim-${name}-when`}>
                  {isoOf(value)} · {relativeClaimTime(name as 'exp' | 'nbf' | 'iat', value, props.nowSeconds)}
                </span>
              )}
            </td>
            <td className="muted">{props.notes[name] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
