import { lazy, Suspense } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { HomePage } from './home-page';
import { ChapterPage } from './chapter-page';
import { NotFoundPage } from './not-found-page';
import { shell } from '@messages/shell';
import { SearchBox } from '../search/search-box';
import { ThemeToggle } from './theme-toggle';
import { ShortcutsHelp } from './shortcuts-help';
import { SandboxControls } from '../sandbox-controls/sandbox-controls';

// Heavy pages load on demand: Monaco lives in the exercise page, Scalar in the reference,
// so neither is in the JavaScript the first chapter needs.
const ExercisePage = lazy(() => import('../workbench/exercise-page'));
const ApiReferencePage = lazy(() => import('../explorer/api-reference-page'));
const ProgressRoute = lazy(() => import('./progress-route'));
const ErrorCataloguePage = lazy(() => import('../explorer/error-catalogue-page'));
const CircuitBreakerLab = lazy(() => import('../explorer/circuit-breaker-lab'));
const GraphqlConsole = lazy(() => import('../explorer/graphql-console'));
const RestVsGraphqlLab = lazy(() => import('../explorer/rest-vs-graphql-lab'));
const GrpcConsole = lazy(() => import('../explorer/grpc-console'));
const RealtimeLab = lazy(() => import('../realtime-lab/realtime-lab'));
const WebhooksLab = lazy(() => import('../webhooks-lab/webhooks-lab'));
const GatewayLab = lazy(() => import('../gateway-lab/gateway-lab'));
const MonitoringLab = lazy(() => import('../monitoring-lab/monitoring-lab'));
const LogsLab = lazy(() => import('../monitoring-lab/logs-lab'));
const LoadLab = lazy(() => import('../load-lab/load-lab'));
const BffLab = lazy(() => import('../bff-lab/bff-lab'));
const ContractsLab = lazy(() => import('../contract-lab/contracts-lab'));
const CityLab = lazy(() => import('../city-lab/city-lab'));
const CompatibilityPage = lazy(() => import('../compat/compatibility-page'));
const RequestConsole = lazy(() => import('../console/request-console'));
const LabsPage = lazy(() => import('./labs-page'));
const ConsentPage = lazy(() => import('../auth-lab/consent-page'));
const OauthLab = lazy(() => import('../auth-lab/oauth-lab'));
const TokenInspector = lazy(() => import('../auth-lab/token-inspector'));

function NavLink({ href, children }: { href: string; children: string }) {
  const [location] = useLocation();
  // Chapters live at / and under /chapters/; every other section owns its own prefix.
  const current = href === '/' ? location === '/' || location.startsWith('/chapters/') : location.startsWith(href);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The shell: header, navigation and the routes. */
export function App() {
  return (
    <>
      <a className="skip-link" href="#main">{shell.skipToContent}</a>
      <header className="app-header">
        <Link href="/" className="app-brand">
          <img src="/favicon.svg" alt="" /> {shell.brand}
        </Link>
        <nav className="app-nav" aria-label={shell.mainNavigation}>
          <NavLink href="/">{shell.nav.chapters}</NavLink>
          <NavLink href="/reference">{shell.nav.reference}</NavLink>
          <NavLink href="/errors">{shell.nav.errors}</NavLink>
          <NavLink href="/labs">{shell.nav.labs}</NavLink>
          <NavLink href="/progress">{shell.nav.progress}</NavLink>
        </nav>
        <SearchBox />
        <SandboxControls />
        <ThemeToggle />
        <ShortcutsHelp />
      </header>
      <main id="main" className="app-main">
        <Suspense fallback={<p className="loading" role="status">{shell.loading}</p>}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/chapters/:slug">{(params) => <ChapterPage slug={params.slug} />}</Route>
            <Route path="/exercises/:id">{(params) => <ExercisePage id={params.id} />}</Route>
            <Route path="/reference" component={ApiReferencePage} />
            <Route path="/progress" component={ProgressRoute} />
            <Route path="/errors">{() => <ErrorCataloguePage />}</Route>
            <Route path="/errors/:code">{(params) => <ErrorCataloguePage code={params.code} />}</Route>
            <Route path="/labs/circuit-breaker" component={CircuitBreakerLab} />
            <Route path="/consoles/graphql" component={GraphqlConsole} />
            <Route path="/labs/rest-vs-graphql" component={RestVsGraphqlLab} />
            <Route path="/consoles/grpc" component={GrpcConsole} />
            <Route path="/labs/realtime" component={RealtimeLab} />
            <Route path="/labs/webhooks" component={WebhooksLab} />
            <Route path="/labs/gateway" component={GatewayLab} />
            <Route path="/labs/monitoring" component={MonitoringLab} />
            <Route path="/labs/logs" component={LogsLab} />
            <Route path="/labs/load" component={LoadLab} />
            <Route path="/labs/bff" component={BffLab} />
            <Route path="/labs/contracts" component={ContractsLab} />
            <Route path="/labs/city" component={CityLab} />
            <Route path="/tools/compatibility" component={CompatibilityPage} />
            <Route path="/tools/console" component={RequestConsole} />
            <Route path="/consent" component={ConsentPage} />
            <Route path="/labs/oauth" component={OauthLab} />
            <Route path="/labs/oauth/callback" component={OauthLab} />
            <Route path="/tools/token-inspector" component={TokenInspector} />
            <Route path="/labs" component={LabsPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
