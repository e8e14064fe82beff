import type { Environment } from '@devops/contracts/environments';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SectionCard } from '../../../components/ui/section-card.tsx';
import { listUiComponents } from '../lib/ui-components.ts';
import { NoRunnerState } from './no-runner-state.tsx';

type UiComponentsSectionProps = { environment: Environment; environmentLabel: string };

/** The guide's "UI Components" section: the pages the extension adds and where they plug in. */
export function UiComponentsSection({ environment, environmentLabel }: UiComponentsSectionProps) {
  const runner = environment.runner;
  const components = listUiComponents(runner?.ui_modules);

  return (
    <SectionCard title="UI Components">
      {!runner ? <NoRunnerState runtime={environment.runtime} /> : null}
      {runner && components.length === 0 ? (
        <EmptyState title="The extension has no UI components" headingLevel={3} compact>
          Its runner declared no pages for the platform's user interface.
        </EmptyState>
      ) : null}
      {components.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{environmentLabel} UI components</caption>
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col">Integration point</th>
                <th scope="col">URL</th>
              </tr>
            </thead>
            <tbody>
              {components.map((component) => (
                <tr key={component.id}>
                  <th scope="row" className="table__primary">
                    {component.label}
                  </th>
                  <td className="mono">{component.integrationPoint}</td>
                  <td className="mono break">{component.url ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </SectionCard>
  );
}
