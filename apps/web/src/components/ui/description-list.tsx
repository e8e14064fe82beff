import type { ReactNode } from 'react';

export type DescriptionItem = { term: string; value: ReactNode };

/** A two-column list of facts (term → value). */
export function DescriptionList({ items }: { items: DescriptionItem[] }) {
  return (
    <dl className="dl">
      {items.map((item) => (
        <div className="dl__row" key={item.term}>
          <dt className="dl__term">{item.term}</dt>
          <dd className="dl__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
