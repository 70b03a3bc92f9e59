import { consent } from '@messages/consent';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';

const m = consent.demo;

/** The sandbox's demo sign-ins, with a button that fills the form with one. */
export function DemoAccounts({ onUse }: { onUse: (account: DemoAccount) => void }) {
  return (
    <section className="al-panel al-demo" aria-labelledby="al-demo-title">
      <h2 id="al-demo-title">{m.title}</h2>
      <p className="muted">
        {m.note}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.columns.login}</th>
            <th scope="col">{m.columns.password}</th>
            <th scope="col">{m.columns.person}</th>
            <th scope="col">{m.columns.tenantRole}</th>
            <th scope="col">
              <span className="visually-hidden">{m.columns.fillIn}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {DEMO_ACCOUNTS.map((account) => (
            <tr key={account.login}>
              <td>
                <code>{account.login}</code>
              </td>
              <td>
                <code>{account.password}</code>
              </td>
              <td>{account.name}</td>
              <td>
                {m.tenantRole(account.tenant, account.role)}
              </td>
              <td>
                <button type="button" onClick={() => onUse(account)} aria-label={m.useLabel(account.login)}>
                  {m.use}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
