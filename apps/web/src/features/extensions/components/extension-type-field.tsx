import type { AccountType } from '@devops/contracts/common';
import { EXTENSION_TYPE_LABELS, type ExtensionType } from '@devops/contracts/extensions';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { RadioCard } from '../../../components/ui/radio-card.tsx';

/** The guide's description of each type, in the order the guide lists them. */
const TYPE_OPTIONS: { type: ExtensionType; description: string }[] = [
  {
    type: 'multiaccount',
    description:
      'Streamline or automate business scenarios. Available to your business partners and other organizations through invitations, and can be published for public access.',
  },
  {
    type: 'transformations',
    description: 'Work with commerce systems. Provides the same functionality as multi-account installation extensions.',
  },
  {
    type: 'products',
    description: 'Automate Fulfillment Request approvals for the products you choose.',
  },
  {
    type: 'hub',
    description: 'Integrate with your registered Hub, identified by a package id such as cloudblue.connect.package.',
  },
];

/** Why a type is unavailable for an account type, or null when it is available. */
export function typeUnavailableReason(type: ExtensionType, accountType: AccountType): string | null {
  if (type === 'products' && accountType !== 'vendor') return 'Available only for vendor accounts';
  if (type === 'hub' && accountType === 'vendor') return 'Available only for distributor and reseller accounts';
  return null;
}

type ExtensionTypeFieldProps = { accountType: AccountType; registration: UseFormRegisterReturn<'type'>; error?: string };

export function ExtensionTypeField({ accountType, registration, error }: ExtensionTypeFieldProps) {
  return (
    <fieldset className="fieldset">
      <legend className="label">Type</legend>
      <div className="radio-cards">
        {TYPE_OPTIONS.map((option) => {
          const reason = typeUnavailableReason(option.type, accountType);
          return (
            <RadioCard
              key={option.type}
              value={option.type}
              label={EXTENSION_TYPE_LABELS[option.type]}
              description={option.description}
              disabled={reason !== null}
              disabledReason={reason}
              {...registration}
            />
          );
        })}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
