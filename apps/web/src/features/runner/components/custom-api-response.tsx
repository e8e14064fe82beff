import { ChevronRight } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Badge } from '../../../components/ui/badge.tsx';
import { DescriptionList } from '../../../components/ui/description-list.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import type { CustomApiResult } from '../api/call-custom-api.ts';
import { errorOfResponse, formatResponseBody } from '../lib/custom-api-request.ts';

/** The platform's own codes for a call that never got an answer from the extension. */
const RUNNER_ERRORS = new Set(['RUNNER_UNAVAILABLE', 'RUNNER_TIMEOUT']);

/** The answer of a "Try it" call: status, duration, headers (folded) and body (indented when JSON). */
export function CustomApiResponse({ result }: { result: CustomApiResult }) {
  const contentType = result.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? null;
  const body = formatResponseBody(result.body, contentType);
  const error = errorOfResponse(result.status, result.body);
  const isSuccess = result.status >= 200 && result.status < 300;
  const sectionRef = useRef<HTMLElement>(null);

  // The form can be long: bring each new answer into view in the scrolling dialog. A block body: newer browsers
  // return a promise from scrollIntoView, which React would take for a cleanup function.
  useEffect(() => {
    sectionRef.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);

  return (
    <section ref={sectionRef} className="subsection" aria-label="Response">
      <h3 className="subsection__title">Response</h3>
      <ErrorAlert
        error={error}
        title={error && RUNNER_ERRORS.has(error.code) ? 'The extension did not answer' : 'The extension answered with an error'}
      />
      <DescriptionList
        items={[
          {
            term: 'Status',
            value: <Badge tone={isSuccess ? 'success' : result.status < 400 ? 'info' : 'danger'}>{`${result.status} ${result.statusText}`.trim()}</Badge>,
          },
          { term: 'Duration', value: `${result.durationMs} ms` },
          { term: 'Content type', value: contentType ? <span className="mono">{contentType}</span> : <span className="muted">—</span> },
        ]}
      />
      <details className="disclosure">
        <summary className="disclosure__summary">
          <ChevronRight size={16} aria-hidden="true" className="disclosure__icon" />
          Response headers ({result.headers.length})
        </summary>
        <div className="disclosure__body table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Response headers</caption>
            <thead>
              <tr>
                <th scope="col">Header</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {result.headers.map(([name, value]) => (
                <tr key={name}>
                  <th scope="row" className="mono">
                    {name}
                  </th>
                  <td className="mono break">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <figure className="code-figure">
        <figcaption className="code-figure__caption">Response body</figcaption>
        {result.body ? (
          <div className="code-block">
            <pre className="code-block__text response-body">
              <code>{body}</code>
            </pre>
          </div>
        ) : (
          <p className="muted">The response has no body.</p>
        )}
      </figure>
    </section>
  );
}
