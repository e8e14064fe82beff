import type { SessionInfo } from '@devops/contracts/auth';
import { ChevronDown, KeyRound, LogOut } from 'lucide-react';
import { useNavigate } from 'react-router';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessages } from '../../../lib/api-client.ts';
import { useLogout } from '../api/logout.ts';

type UserMenuProps = { session: SessionInfo; onLoggedOut: () => void };

/** The signed-in user's menu: account settings and log out. */
export function UserMenu({ session, onLoggedOut }: UserMenuProps) {
  const logoutMutation = useLogout();
  const toast = useToast();
  const navigate = useNavigate();
  const initials = session.user.name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

  function logOut() {
    logoutMutation.mutate(undefined, {
      onSuccess: onLoggedOut,
      onError: (error) => {
        toast({ title: 'Log out failed', description: errorMessages(error).join(' '), tone: 'danger' });
        onLoggedOut();
      },
    });
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="header__user" aria-label={`User menu for ${session.user.name}`}>
        <span className="avatar" aria-hidden="true">
          {initials || '?'}
        </span>
        <span className="header__user-name">{session.user.name}</span>
        <ChevronDown size={16} aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>
          <span className="menu__strong">{session.user.name}</span>
          <span className="menu__muted">{session.user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem icon={<KeyRound size={16} aria-hidden="true" />} onSelect={() => navigate(paths.apiKeys())}>
          API keys
        </DropdownMenuItem>
        <DropdownMenuItem icon={<LogOut size={16} aria-hidden="true" />} onSelect={logOut}>
          Log out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
