import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert.tsx';
import { PageSpinner } from '../../components/ui/spinner.tsx';
import { paths } from '../../config/paths.ts';
import { useSession } from '../../features/auth/api/get-session.ts';
import { AppHeader } from './app-header.tsx';

/** The signed-in shell: header and page; signed-out visitors go to the login page and come back after. */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <PageSpinner label="Loading your session" />;
  if (session.isError && session.data === undefined) {
    return (
      <main className="page page--narrow">
        <ErrorAlert error={session.error} title="Cannot reach the DevOps Console" />
      </main>
    );
  }
  if (!session.data) {
    return <Navigate to={paths.login(`${location.pathname}${location.search}`)} replace />;
  }

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader session={session.data} />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet context={session.data} />
      </main>
    </div>
  );
}
