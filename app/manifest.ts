import type { MetadataRoute } from 'next';

/** Installable on a phone's home screen: opens on the runner's Today (or the sign-in page) without browser chrome. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Stride Back',
    short_name: 'Stride Back',
    description: 'Return-to-running plans run by your physical therapist.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#f4f6f5',
    theme_color: '#0b5544',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
