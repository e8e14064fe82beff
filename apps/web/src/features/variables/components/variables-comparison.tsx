import { Copy, GitCompareArrows, Search } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Input } from '../../../components/ui/field.tsx';
import { SegmentedControl } from '../../../components/ui/segmented-control.tsx';
import { PageSpinner } from '../../../components/ui/spinner.tsx';
import { useVariableComparison } from '../api/get-variable-comparison.ts';
import { filterComparison, type ComparisonFilter } from '../lib/compare-variables.ts';
import { ComparisonTable } from './comparison-table.tsx';
import { CopyVariablesDialog } from './copy-variables-dialog.tsx';

type VariablesComparisonProps = { extensionId: string; canCopy: boolean };

/** Every variable name across the three environments, filterable; members copy a selection between environments. */
export function VariablesComparison({ extensionId, canCopy }: VariablesComparisonProps) {
  const comparison = useVariableComparison(extensionId);
  const [filter, setFilter] = useState<ComparisonFilter>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [copying, setCopying] = useState(false);

  if (comparison.isPending) return <PageSpinner label="Comparing the environments" />;
  if (!comparison.data) return <ErrorAlert error={comparison.error} title="Cannot compare the environments" />;

  const all = comparison.data.variables;
  const needle = search.trim().toLowerCase();
  const shown = filterComparison(all, filter).filter((variable) => !needle || variable.name.toLowerCase().includes(needle));
  // Names that vanished since they were selected (e.g. deleted elsewhere) are not copied.
  const selectedNames = all.filter((variable) => selected.has(variable.name)).map((variable) => variable.name);
  const count = (status: ComparisonFilter) => filterComparison(all, status).length;

  function toggle(name: string, isSelected: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (isSelected) next.add(name);
      else next.delete(name);
      return next;
    });
  }

  function toggleAll(isSelected: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      for (const variable of shown) {
        if (isSelected) next.add(variable.name);
        else next.delete(variable.name);
      }
      return next;
    });
  }

  if (all.length === 0) {
    return (
      <EmptyState icon={<GitCompareArrows size={32} />} title="Nothing to compare">
        No environment of this extension has variables yet.
      </EmptyState>
    );
  }

  return (
    <div className="stack">
      <div className="toolbar toolbar--wrap">
        <div className="search">
          <Search size={16} aria-hidden="true" className="search__icon" />
          <Input
            type="search"
            aria-label="Search variables by name"
            placeholder="Search by name"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            className="search__input"
          />
        </div>
        <SegmentedControl
          label="Show"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `All (${all.length})` },
            { value: 'different', label: `Different (${count('different')})` },
            { value: 'partial', label: `Missing somewhere (${count('partial')})` },
          ]}
        />
        {canCopy ? (
          <div className="toolbar__end">
            <span className="muted" aria-live="polite">
              {selectedNames.length} selected
            </span>
            <Button icon={<Copy size={16} aria-hidden="true" />} disabled={selectedNames.length === 0} onClick={() => setCopying(true)}>
              Copy to…
            </Button>
          </div>
        ) : null}
      </div>
      {shown.length === 0 ? <p className="muted">No variable matches the search and filter.</p> : null}
      {shown.length > 0 ? (
        <ComparisonTable variables={shown} selected={canCopy ? selected : null} onToggle={toggle} onToggleAll={toggleAll} />
      ) : null}
      {canCopy ? (
        <CopyVariablesDialog
          open={copying}
          onOpenChange={setCopying}
          extensionId={extensionId}
          comparison={comparison.data}
          selectedNames={selectedNames}
          onCopied={() => setSelected(new Set())}
        />
      ) : null}
    </div>
  );
}
