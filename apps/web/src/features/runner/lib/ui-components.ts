/** One UI component the runner declared: where it plugs into the platform, its label and page. */
export type UiComponent = { id: string; integrationPoint: string; label: string; url: string | null };

function entriesOf(integrationPoint: string, value: unknown, index: string, parentLabel: string | null): UiComponent[] {
  const id = `${integrationPoint}-${index}`;
  if (typeof value === 'string') return [{ id, integrationPoint, label: parentLabel ?? integrationPoint, url: value }];
  if (Array.isArray(value)) return value.flatMap((item, position) => entriesOf(integrationPoint, item, `${index}.${position}`, parentLabel));
  if (!value || typeof value !== 'object') return [{ id, integrationPoint, label: parentLabel ?? integrationPoint, url: null }];
  const { label, url, children } = value as { label?: unknown; url?: unknown; children?: unknown };
  const own = typeof label === 'string' && label ? label : integrationPoint;
  const fullLabel = parentLabel ? `${parentLabel} › ${own}` : own;
  const entry: UiComponent = { id, integrationPoint, label: fullLabel, url: typeof url === 'string' && url ? url : null };
  // A module page may have sub-pages; they plug into the same point.
  const nested = Array.isArray(children) ? entriesOf(integrationPoint, children, `${index}.c`, fullLabel) : [];
  return [entry, ...nested];
}

/**
 * `runner.ui_modules` as rows. Keys are integration points (`settings`, `modules`, …); values are usually
 * `{label, url}`, sometimes a list of them, a bare URL, or pages with `children`.
 */
export function listUiComponents(modules: Record<string, unknown> | null | undefined): UiComponent[] {
  if (!modules) return [];
  return Object.entries(modules).flatMap(([integrationPoint, value]) => entriesOf(integrationPoint, value, '0', null));
}
