import type { VariablesImportPreview } from '@devops/contracts/variables';
import { Lock } from 'lucide-react';
import type { ReactNode } from 'react';

type PreviewItem = { key: string; name: string; secure: boolean; note?: string };

function PreviewGroup({ title, items, tone }: { title: string; items: PreviewItem[]; tone: string }) {
  if (items.length === 0) return null;
  return (
    <section className={`import-group import-group--${tone}`} aria-label={title}>
      <h3 className="import-group__title">{title}</h3>
      <ul className="import-group__list">
        {items.map((item) => (
          <li key={item.key}>
            <span className="mono break">{item.name}</span>
            {item.secure ? (
              <span className="inline-icon muted">
                <Lock size={12} aria-hidden="true" /> secured
              </span>
            ) : null}
            {item.note ? <span className="import-group__note">{item.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What Save would do, grouped as "N to add", "N to change", "N unchanged", "N skipped". */
export function ImportPreview({ preview }: { preview: VariablesImportPreview }) {
  const { added, changed, unchanged, skipped } = preview;
  const changes = added.length + changed.length;
  let summary: ReactNode;
  if (changes === 0) summary = 'Importing this file would change nothing.';
  else summary = `Save to apply ${changes} ${changes === 1 ? 'change' : 'changes'}. Nothing is changed until then.`;

  return (
    <div className="stack" aria-live="polite">
      <p className="import-preview__summary">{summary}</p>
      <div className="import-preview">
        <PreviewGroup
          title={`${added.length} to add`}
          tone="success"
          items={added.map((item) => ({ key: item.name, name: item.name, secure: item.secure }))}
        />
        <PreviewGroup
          title={`${changed.length} to change`}
          tone="warning"
          items={changed.map((item) => ({
            key: item.name,
            name: item.name,
            // "becomes secured" says more than the lock alone.
            secure: item.secure && !item.becomes_secure,
            note: item.becomes_secure ? 'becomes secured' : undefined,
          }))}
        />
        <PreviewGroup
          title={`${unchanged.length} unchanged`}
          tone="muted"
          items={unchanged.map((item) => ({ key: item.name, name: item.name, secure: item.secure }))}
        />
        <PreviewGroup
          title={`${skipped.length} skipped`}
          tone="muted"
          items={skipped.map((item) => ({ key: `${item.row}-${item.name}`, name: item.name, secure: false, note: `Row ${item.row}: ${item.reason}` }))}
        />
      </div>
    </div>
  );
}
