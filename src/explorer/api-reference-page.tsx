import { useEffect, useState } from 'react';
import { ApiReferenceReact } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';
import { sandboxReady } from '../app/sandbox-ready';
import { useTheme } from '../app/use-theme';
import { explorerReference as m } from '@messages/explorer-reference';
import { scalarA11yCss } from './scalar-a11y-css';

/**
 * The sandbox's OpenAPI document rendered by Scalar. Its "Test request" goes to the same
 * in-browser sandbox. The options below turn off everything Scalar would otherwise fetch
 * from other hosts (fonts, telemetry, its agent), so the page works offline.
 */
export default function ApiReferencePage() {
  const theme = useTheme();
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = m.documentTitle;
    // /openapi.json is answered by the sandbox, so it must be running before Scalar asks.
    sandboxReady().then(
      () => setReady(true),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  if (error)
    return (
      <div className="page error-box" role="alert">
        {m.startFailed(error)}
      </div>
    );
  if (!ready) return <p className="loading" role="status">{m.starting}</p>;
  return (
    // Scalar reads forceDarkModeState only when it mounts, so a theme change remounts it (U1: live theme switch).
    <div className="api-reference" data-testid="api-reference" key={theme}>
      <ApiReferenceReact
        configuration={{
          url: '/openapi.json',
          withDefaultFonts: false,
          telemetry: false,
          agent: { disabled: true },
          showDeveloperTools: 'never',
          // Both would send the learner to Scalar's hosted services; everything here stays local.
          hideClientButton: true,
          mcp: { disabled: true },
          // The document says `servers: [{ url: '/' }]`; name this tab's origin so paths join cleanly.
          servers: [{ url: window.location.origin, description: m.serverDescription }],
          darkMode: theme === 'dark',
          forceDarkModeState: theme,
          hideDarkModeToggle: true,
          // Scalar's default text and method colours miss WCAG AA contrast, and its copy buttons lack a name; see scalar-a11y-css.ts.
          customCss: scalarA11yCss,
        }}
      />
    </div>
  );
}
