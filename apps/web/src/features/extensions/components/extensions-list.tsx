import { Puzzle, Search } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Input } from '../../../components/ui/field.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { PageSpinner } from '../../../components/ui/spinner.tsx';
import { useExtensions } from '../api/get-extensions.ts';
import { ExtensionsTable } from './extensions-table.tsx';

const PAGE_SIZE = 20;

type ExtensionsListProps = { /** Shown in the empty state, e.g. the Add Extension button. */ emptyAction?: ReactNode };

/** Searchable, paginated extensions table; search and page live in the URL (`?q=&offset=`). */
export function ExtensionsList({ emptyAction }: ExtensionsListProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const offset = Math.max(0, Number(searchParams.get('offset')) || 0);
  const [draft, setDraft] = useState(search);

  // Debounce typing into the URL so each keystroke is not a request.
  useEffect(() => {
    if (draft === search) return;
    const timer = setTimeout(() => {
      setSearchParams((params) => {
        const next = new URLSearchParams(params);
        if (draft.trim()) next.set('q', draft);
        else next.delete('q');
        next.delete('offset');
        return next;
      }, { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, search, setSearchParams]);

  const query = useExtensions({ search, limit: PAGE_SIZE, offset });

  function goTo(nextOffset: number) {
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (nextOffset > 0) next.set('offset', String(nextOffset));
      else next.delete('offset');
      return next;
    });
  }

  return (
    <div className="stack">
      <div className="toolbar">
        <div className="search">
          <Search size={16} aria-hidden="true" className="search__icon" />
          <Input
            type="search"
            aria-label="Search extensions by name"
            placeholder="Search by name"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            className="search__input"
          />
        </div>
      </div>
      {query.isPending ? <PageSpinner label="Loading extensions" /> : null}
      {query.isError ? <ErrorAlert error={query.error} title="Cannot load extensions" /> : null}
      {query.data && query.data.items.length === 0 ? (
        search ? (
          <EmptyState icon={<Search size={32} />} title="No extensions match your search">
            Nothing is named like “{search}”.
          </EmptyState>
        ) : (
          <EmptyState icon={<Puzzle size={32} />} title="No extensions yet" action={emptyAction}>
            Add an extension to automate fulfillment, integrate a hub or offer a multi-account installation.
          </EmptyState>
        )
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <ExtensionsTable extensions={query.data.items} busy={query.isFetching && query.isPlaceholderData} />
          <Pagination offset={offset} limit={PAGE_SIZE} total={query.data.total} onOffsetChange={goTo} label="Extensions pages" />
        </>
      ) : null}
    </div>
  );
}
