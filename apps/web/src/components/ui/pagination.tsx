import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from './button.tsx';

type PaginationProps = {
  offset: number;
  limit: number;
  total: number;
  onOffsetChange: (offset: number) => void;
  label?: string;
};

/** "1–20 of 245" with previous/next page buttons. */
export function Pagination({ offset, limit, total, onOffsetChange, label = 'Pagination' }: PaginationProps) {
  if (!Number.isFinite(total) || total <= 0) return null;
  const first = Math.min(offset + 1, total);
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={label}>
      <span className="pagination__summary">
        {first}–{last} of {total}
      </span>
      <Button
        size="sm"
        variant="secondary"
        icon={<ChevronLeft size={16} aria-hidden="true" />}
        aria-label="Previous page"
        disabled={offset <= 0}
        onClick={() => onOffsetChange(Math.max(0, offset - limit))}
      />
      <Button
        size="sm"
        variant="secondary"
        icon={<ChevronRight size={16} aria-hidden="true" />}
        aria-label="Next page"
        disabled={offset + limit >= total}
        onClick={() => onOffsetChange(offset + limit)}
      />
    </nav>
  );
}
