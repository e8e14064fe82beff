import type { Variable } from '@devops/contracts/variables';
import { GitCompareArrows, Plus, Upload, Variable as VariableIcon } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { SectionCard } from '../../../components/ui/section-card.tsx';
import { PageSpinner } from '../../../components/ui/spinner.tsx';
import { paths } from '../../../config/paths.ts';
import { useVariables } from '../api/get-variables.ts';
import { DeleteVariableDialog } from './delete-variable-dialog.tsx';
import { ExportVariablesButton } from './export-variables-button.tsx';
import { ImportVariablesDialog } from './import-variables-dialog.tsx';
import { VariableDialog, type VariableDialogTarget } from './variable-dialog.tsx';
import { VariablesHistory } from './variables-history.tsx';
import { VariablesTable } from './variables-table.tsx';

const PAGE_SIZE = 100;

type VariablesSectionProps = { extensionId: string; environmentId: string; environmentLabel: string; canEdit: boolean };

/** The guide's "Environment Variables" section: Add, Import, Export, the table, and its history. Viewers only read. */
export function VariablesSection({ extensionId, environmentId, environmentLabel, canEdit }: VariablesSectionProps) {
  const [offset, setOffset] = useState(0);
  const [dialog, setDialog] = useState<VariableDialogTarget | null>(null);
  const [deleting, setDeleting] = useState<Variable | null>(null);
  const [importing, setImporting] = useState(false);
  const variables = useVariables(extensionId, environmentId, { limit: PAGE_SIZE, offset });
  const page = variables.data;

  // Deleting the last variable of the last page leaves an empty page: step back.
  useEffect(() => {
    if (page && page.items.length === 0 && offset > 0) setOffset(Math.max(0, offset - PAGE_SIZE));
  }, [page, offset]);

  const env = { extensionId, environmentId, environmentLabel };
  return (
    <SectionCard
      title="Environment Variables"
      actions={
        <>
          {canEdit ? (
            <>
              <Button size="sm" variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setDialog({ mode: 'add' })}>
                Add
              </Button>
              <Button size="sm" icon={<Upload size={16} aria-hidden="true" />} onClick={() => setImporting(true)}>
                Import
              </Button>
            </>
          ) : null}
          <ExportVariablesButton {...env} />
          <Link to={paths.variablesCompare(extensionId)} className="btn btn--secondary btn--sm">
            <GitCompareArrows size={16} aria-hidden="true" />
            Compare environments
          </Link>
        </>
      }
    >
      <div className="stack">
        {variables.isPending ? <PageSpinner label="Loading variables" /> : null}
        <ErrorAlert error={variables.error} title="Cannot load the variables" />
        {page?.items.length === 0 && offset === 0 ? (
          <EmptyState icon={<VariableIcon size={32} />} title="No variables yet" headingLevel={3}>
            Variables are handed to the extension when it runs in the {environmentLabel} environment. Add them one by one or
            import a spreadsheet.
          </EmptyState>
        ) : null}
        {page?.items.length ? (
          <>
            <VariablesTable
              variables={page.items}
              environmentLabel={environmentLabel}
              canEdit={canEdit}
              busy={variables.isFetching && variables.isPlaceholderData}
              onEdit={(variable) => setDialog({ mode: 'edit', variable })}
              onDelete={setDeleting}
            />
            {page.total > PAGE_SIZE ? (
              <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onOffsetChange={setOffset} label="Variables pages" />
            ) : null}
          </>
        ) : null}
        <VariablesHistory {...env} />
      </div>
      {canEdit ? (
        <>
          <VariableDialog target={dialog} onClose={() => setDialog(null)} {...env} />
          <DeleteVariableDialog variable={deleting} onClose={() => setDeleting(null)} {...env} />
          <ImportVariablesDialog open={importing} onOpenChange={setImporting} {...env} />
        </>
      ) : null}
    </SectionCard>
  );
}
