import type { SessionInfo } from '@devops/contracts/auth';
import type { AccountType } from '@devops/contracts/common';
import { Building2, ChevronDown } from 'lucide-react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { errorMessages } from '../../../lib/api-client.ts';
import { useSwitchAccount } from '../api/switch-account.ts';

const ACCOUNT_TYPE_LABELS: Record<AccountType, string> = {
  vendor: 'Vendor',
  distributor: 'Distributor',
  reseller: 'Reseller',
};

type AccountSwitcherProps = { session: SessionInfo; onSwitched: () => void };

/** Shows the current account; lets users with several memberships switch between them. */
export function AccountSwitcher({ session, onSwitched }: AccountSwitcherProps) {
  const switchMutation = useSwitchAccount();
  const toast = useToast();
  const { account, accounts } = session;

  const summary = (
    <>
      <Building2 size={16} aria-hidden="true" />
      <span className="header__account-name">{account.name}</span>
      <span className="header__account-type">{ACCOUNT_TYPE_LABELS[account.type]}</span>
    </>
  );

  if (accounts.length <= 1) {
    return (
      <div className="header__account">
        {summary}
      </div>
    );
  }

  function switchTo(accountId: string) {
    if (accountId === account.id) return;
    switchMutation.mutate(
      { account_id: accountId },
      {
        onSuccess: onSwitched,
        onError: (error) => toast({ title: 'Cannot switch account', description: errorMessages(error).join(' '), tone: 'danger' }),
      },
    );
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="header__account header__account--switchable" aria-label={`Switch account (current: ${account.name})`}>
        {summary}
        <ChevronDown size={16} aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>Accounts</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={account.id} onValueChange={switchTo}>
          {accounts.map((item) => (
            <DropdownMenuRadioItem key={item.id} value={item.id}>
              <span className="menu__stack">
                <span className="menu__strong">{item.name}</span>
                <span className="menu__muted">
                  {ACCOUNT_TYPE_LABELS[item.type]} · {item.id}
                </span>
              </span>
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
