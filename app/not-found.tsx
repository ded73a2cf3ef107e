import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-3 font-medium text-white hover:bg-brand-800">
        Go to your home page
      </Link>
    </main>
  );
}
