import type { SessionInfo } from '@devops/contracts/auth';
import { useOutletContext } from 'react-router';

/** The signed-in session, handed to every protected route by the app layout. */
export function useAuthedSession(): SessionInfo {
  return useOutletContext<SessionInfo>();
}

/** Viewers may look but not change anything. */
export function canMutate(session: SessionInfo): boolean {
  return session.account.role !== 'viewer';
}
