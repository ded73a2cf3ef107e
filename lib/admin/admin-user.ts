import type { SessionUser } from '@/lib/auth';

/** What requireRole('admin') answers: every admin query takes it, so only an authorized admin's clinic is ever read. */
export type AdminUser = SessionUser & { role: 'admin' };
