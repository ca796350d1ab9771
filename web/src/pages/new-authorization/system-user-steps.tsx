/** How to get a system-user token in Business Settings, beside the field it goes into. */
export function SystemUserSteps() {
  return (
    <aside className="card steps" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Getting the token</h2>
      <p className="muted small">
        First, the business must have an admin, and own the Facebook app (claimed in Business Settings, live, not in development, and linked
        to the ad accounts you want to use).
      </p>
      <ol>
        <li>
          In Facebook <strong>Business Settings</strong>, open <strong>Users → System users</strong> and choose <strong>Add</strong>.
        </li>
        <li>
          Name the system user, give it the <strong>Employee</strong> role, and create it.
        </li>
        <li>
          Choose <strong>Add assets</strong>, pick the ad accounts to export to, and give it full control (
          <strong>Manage ad account</strong>).
        </li>
        <li>
          Choose <strong>Generate new token</strong> and select your company&apos;s app.
        </li>
        <li>
          Tick <strong>ads_management</strong>, then generate the token.
        </li>
        <li>Facebook shows the token once: copy it now.</li>
        <li>Here: enter a label, an optional description, paste the token, and add it.</li>
      </ol>
    </aside>
  );
}
