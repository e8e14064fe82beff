import type { Environment, Features } from '@devops/contracts/environments';
import { Badge } from '../../../components/ui/badge.tsx';
import { SectionCard } from '../../../components/ui/section-card.tsx';
import { useCustomApiMethods } from '../api/get-custom-api-spec.ts';
import { NoRunnerState } from './no-runner-state.tsx';

const FEATURES: { key: keyof Features; name: string; explanation: string }[] = [
  {
    key: 'event_processing_available',
    name: 'Event processing',
    explanation: 'Handles platform events such as subscription requests (see Subscribed System Events).',
  },
  { key: 'web_app_available', name: 'Web application', explanation: 'Adds pages to the platform’s user interface (see UI Components).' },
  { key: 'custom_api_available', name: 'Custom API methods', explanation: 'Exposes its own API endpoints to the accounts that install it.' },
  { key: 'anvil_app_available', name: 'Anvil app', explanation: 'Provides server callables for an Anvil.Works application.' },
  { key: 'transformation_app_available', name: 'Transformations', explanation: 'Provides commerce transformations of tabular data.' },
];

type ExtensionFeaturesSectionProps = { extensionId: string; environment: Environment };

/** The guide's "Extension Features" section: which kinds of functionality the running extension provides. */
export function ExtensionFeaturesSection({ extensionId, environment }: ExtensionFeaturesSectionProps) {
  // The API does not know yet whether an extension serves a custom API (it always says false): the methods the
  // connected runner describes tell (the same query as the Custom API Methods section, so asked once).
  const customApiMethods = useCustomApiMethods(extensionId, environment);
  const features: Features = {
    ...environment.features,
    custom_api_available: environment.features.custom_api_available || (customApiMethods.data?.length ?? 0) > 0,
  };

  return (
    <SectionCard title="Extension Features">
      {environment.runner ? (
        <ul className="feature-list">
          {FEATURES.map((feature) => {
            const isEnabled = features[feature.key];
            return (
              <li key={feature.key} className="feature-list__item">
                <span className="feature-list__name">{feature.name}</span>
                <Badge tone={isEnabled ? 'success' : 'muted'}>{isEnabled ? 'Enabled' : 'Disabled'}</Badge>
                <span className="feature-list__explanation">{feature.explanation}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <NoRunnerState runtime={environment.runtime} />
      )}
    </SectionCard>
  );
}
