'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { NavIconSvg, type NavIcon } from './nav-icons';

export interface NavItem {
  href: string;
  label: string;
  badge?: number;
  /** The phone tab bar's icon and its shorter label. */
  icon?: NavIcon;
  short?: string;
}

function isCurrent(item: NavItem, items: NavItem[], pathname: string): boolean {
  return item.href === pathname || (item.href !== items[0]?.href && pathname.startsWith(`${item.href}/`));
}

/** The top navigation: tabs under the header (every role on a desktop, staff on any screen). */
export function RoleNav({ items, className = '' }: { items: NavItem[]; className?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className={className}>
      <ul className="flex gap-1 overflow-x-auto">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              prefetch={false}
              aria-current={isCurrent(item, items, pathname) ? 'page' : undefined}
              className="inline-flex min-h-11 items-center gap-2 border-b-[3px] border-transparent px-3 font-medium whitespace-nowrap text-slate-700 hover:text-brand-800 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-800"
            >
              {item.label}
              {item.badge ? (
                <span className="numeral rounded-full bg-danger px-2 text-sm font-semibold text-white">
                  {item.badge}
                  <span className="sr-only"> open</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The runner's tab bar on a phone: fixed to the bottom within thumb reach, above the home indicator (safe-area
 * inset), each tab an icon and a word at least 56 px tall. Hidden from md up, where the top navigation shows.
 */
export function TabBar({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Tabs"
      className="fixed inset-x-0 bottom-0 z-40 border-t border-line bg-white/95 pb-[env(safe-area-inset-bottom)] shadow-raised backdrop-blur md:hidden"
    >
      <ul className="mx-auto grid h-tabbar max-w-md" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((item) => (
          <li key={item.href} className="flex">
            <Link
              href={item.href}
              prefetch={false}
              aria-current={isCurrent(item, items, pathname) ? 'page' : undefined}
              className="group relative flex w-full flex-col items-center justify-center gap-0.5 text-xs font-semibold text-slate-600 aria-[current=page]:text-brand-700"
            >
              <span className="absolute inset-x-5 top-0 h-[3px] rounded-b-full bg-transparent group-aria-[current=page]:bg-brand-600" aria-hidden="true" />
              {item.icon && (
                <span className="flex h-8 w-14 items-center justify-center rounded-full group-aria-[current=page]:bg-brand-50">
                  <NavIconSvg icon={item.icon} />
                </span>
              )}
              {item.short ?? item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
