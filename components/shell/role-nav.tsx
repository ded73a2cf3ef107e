'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
  badge?: number;
}

export function RoleNav({ items, className = '' }: { items: NavItem[]; className?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className={className}>
      <ul className="flex gap-1 overflow-x-auto">
        {items.map((item) => {
          const current = item.href === pathname || (item.href !== items[0]?.href && pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className="inline-flex min-h-11 items-center gap-2 border-b-4 border-transparent px-3 font-medium text-slate-800 hover:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
              >
                {item.label}
                {item.badge ? (
                  <span className="rounded-full bg-red-700 px-2 text-sm text-white">
                    {item.badge}
                    <span className="sr-only"> open</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
