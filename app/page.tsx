import { redirect } from 'next/navigation';
import { HOME_BY_ROLE, requireUser } from '@/lib/auth';

export default async function Home() {
  const user = await requireUser();
  redirect(HOME_BY_ROLE[user.role]);
}
