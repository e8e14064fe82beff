import { ChevronLeft } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useExtension } from '../../features/extensions/api/get-extension.ts';
import { VariablesComparison } from '../../features/variables/components/variables-comparison.tsx';
import { canMutate, useAuthedSession } from '../session-context.ts';

/** The extension's variables side by side across Development, Test and Production. */
export function VariablesCompareRoute() {
  const { extensionId = '' } = useParams();
  const session = useAuthedSession();
  const extension = useExtension(extensionId);
  const name = extension.data?.name;

  return (
    <div className="stack stack--lg">
      <Link to={paths.extension(extensionId)} className="back-link">
        <ChevronLeft size={16} aria-hidden="true" />
        {name ? `Back to ${name}` : 'Back to the extension'}
      </Link>
      <header className="page-header">
        <div className="page-header__text">
          <p className="eyebrow">
            {name ?? extensionId} · <span className="mono">{extensionId}</span>
          </p>
          <h1 className="page-title">Compare environment variables</h1>
          <p className="muted">
            Highlighted cells differ from the other environments. Secured values are compared without being shown.
          </p>
        </div>
      </header>
      <VariablesComparison extensionId={extensionId} canCopy={canMutate(session)} />
    </div>
  );
}
