import type { Role } from '@devops/contracts/common';

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', developer: 'Developer', viewer: 'Viewer' };
