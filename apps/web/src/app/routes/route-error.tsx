import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last-resort screen for an error thrown while rendering a route. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="page page--narrow">
      <div className="alert alert--danger" role="alert">
        <div>
          <p className="alert__title">Something went wrong</p>
          <p>{message}</p>
          <p>
            <a href="/extensions" className="link">
              Reload the console
            </a>
          </p>
        </div>
      </div>
    </main>
  );
}
