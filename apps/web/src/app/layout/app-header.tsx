import type { SessionInfo } from '@devops/contracts/auth';
import { NavLink, useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { AccountSwitcher } from '../../features/auth/components/account-switcher.tsx';
import { UserMenu } from '../../features/auth/components/user-menu.tsx';

export function AppHeader({ session }: { session: SessionInfo }) {
  const navigate = useNavigate();
  return (
    <header className="header">
      <div className="header__inner">
        <NavLink to={paths.extensions()} className="header__brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          DevOps Console
        </NavLink>
        <nav aria-label="Main" className="header__nav">
          <NavLink to={paths.extensions()} className="header__nav-link">
            Extensions
          </NavLink>
          <NavLink to={paths.apiKeys()} className="header__nav-link">
            Account settings
          </NavLink>
        </nav>
        <div className="header__end">
          <AccountSwitcher session={session} onSwitched={() => navigate(paths.extensions())} />
          <UserMenu session={session} onLoggedOut={() => navigate(paths.login(), { replace: true })} />
        </div>
      </div>
    </header>
  );
}
