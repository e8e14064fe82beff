import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { DescriptionList } from '../../../components/ui/description-list.tsx';
import { SectionCard } from '../../../components/ui/section-card.tsx';
import { RunLocally } from './run-locally.tsx';

type LocalAccessSectionProps = { environmentId: string; canEdit: boolean };

/** The guide's "Local Access" section (Local mode only): the Environment ID, and how to run the extension against it. */
export function LocalAccessSection({ environmentId, canEdit }: LocalAccessSectionProps) {
  return (
    <SectionCard title="Local Access">
      <div className="stack">
        <DescriptionList
          items={[
            {
              term: 'Environment ID',
              value: (
                <span className="id-chip">
                  <span className="mono">{environmentId}</span>
                  <CopyButton value={environmentId} label="Copy environment ID" />
                </span>
              ),
            },
          ]}
        />
        <div className="subsection">
          <h3 className="subsection__title">Run it locally</h3>
          <p className="muted">
            Run this from the root of a checkout of this console's repository; the last argument is the folder of the extension to run.
            Once the runner connects, the environment turns Connected and what the extension declares shows in the sections below.
          </p>
          <RunLocally environmentId={environmentId} canEdit={canEdit} />
        </div>
      </div>
    </SectionCard>
  );
}
