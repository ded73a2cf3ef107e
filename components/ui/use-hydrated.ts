'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML (and so for as long as JavaScript is off or still loading), true once React runs in
 * the browser: a form that hides fields by client state shows all of them until it can hide them.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
