import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './layout/app-layout.tsx';
import { ApiKeysRoute } from './routes/api-keys.tsx';
import { ExtensionDetailsRoute } from './routes/extension-details.tsx';
import { ExtensionsRoute } from './routes/extensions.tsx';
import { LoginRoute } from './routes/login.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';
import { VariablesCompareRoute } from './routes/variables-compare.tsx';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute />, errorElement: <RouteError /> },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/extensions" replace /> },
      { path: 'extensions', element: <ExtensionsRoute /> },
      { path: 'extensions/:extensionId', element: <ExtensionDetailsRoute /> },
      { path: 'extensions/:extensionId/variables/compare', element: <VariablesCompareRoute /> },
      { path: 'settings', element: <Navigate to="/settings/api-keys" replace /> },
      { path: 'settings/api-keys', element: <ApiKeysRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
