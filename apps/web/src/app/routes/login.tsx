import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageSpinner } from '../../components/ui/spinner.tsx';
import { safeNextPath } from '../../config/paths.ts';
import { useSession } from '../../features/auth/api/get-session.ts';
import { LoginForm } from '../../features/auth/components/login-form.tsx';

export function LoginRoute() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const next = safeNextPath(searchParams.get('next'));

  if (session.isPending) return <PageSpinner label="Loading your session" />;
  if (session.data) return <Navigate to={next} replace />;

  return (
    <main className="login">
      <div className="login__card">
        <div className="login__brand">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <h1 className="login__title">DevOps Console</h1>
          <p className="muted">Sign in to manage your extensions and their environments.</p>
        </div>
        <LoginForm onSuccess={() => navigate(next, { replace: true })} />
      </div>
    </main>
  );
}
