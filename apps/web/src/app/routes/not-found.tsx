import { SearchX } from 'lucide-react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { paths } from '../../config/paths.ts';

export function NotFoundRoute() {
  return (
    <EmptyState icon={<SearchX size={32} />} title="Page not found" action={<Link to={paths.extensions()} className="btn btn--secondary btn--md">Go to Extensions</Link>}>
      The address does not match any page of the DevOps Console.
    </EmptyState>
  );
}
