export { getCurrentUser, requireUser, requireRole, HOME_BY_ROLE, type Role, type SessionUser } from './current-user';
