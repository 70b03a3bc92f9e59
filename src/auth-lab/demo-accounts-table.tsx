import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';

/** The sandbox's demo sign-ins, with a button that fills the form with one. */
export function DemoAccounts({ onUse }: { onUse: (account: DemoAccount) => void }) {
  return (
    <section className="al-panel al-demo" aria-labelledby="al-demo-title">
      <h2 id="al-demo-title">Demo accounts</h2>
      <p className="muted">
        This authorization server runs in your tab with made-up people, so their passwords are public. A real one never
        shows passwords, and a real client never sees this form: that is the point of OAuth.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Login</th>
            <th scope="col">Password</th>
            <th scope="col">Person</th>
            <th scope="col">Tenant and role</th>
            <th scope="col">
              <span className="visually-hidden">Fill in</span>
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
                {account.tenant}, {account.role}
              </td>
              <td>
                <button type="button" onClick={() => onUse(account)} aria-label={`Sign in as ${account.login}`}>
                  Use
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
