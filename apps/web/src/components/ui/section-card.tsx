import { useId, type ReactNode } from 'react';

type SectionCardProps = { title: string; actions?: ReactNode; children: ReactNode; headingLevel?: 2 | 3 };

/** A titled card; the `<section>` is named by its heading so it is a landmark for assistive tech. */
export function SectionCard({ title, actions, children, headingLevel = 2 }: SectionCardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card" aria-labelledby={headingId}>
      <header className="card__header">
        <Heading id={headingId} className="card__title">
          {title}
        </Heading>
        {actions ? <div className="card__actions">{actions}</div> : null}
      </header>
      <div className="card__body">{children}</div>
    </section>
  );
}
