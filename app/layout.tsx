import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Stride Back', template: '%s · Stride Back' },
  description: 'Return-to-running plans run by your physical therapist.',
  applicationName: 'Stride Back',
  appleWebApp: { capable: true, title: 'Stride Back', statusBarStyle: 'default' },
};

// viewport-fit=cover lets the runner's tab bar reach the phone's bottom edge and pad itself by the safe-area inset.
export const viewport: Viewport = { width: 'device-width', initialScale: 1, viewportFit: 'cover', themeColor: '#0b5544' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:shadow-card focus:px-4 focus:py-2"
        >
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
