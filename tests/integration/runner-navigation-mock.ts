/**
 * next/navigation as the shared setup mocks it, plus unstable_rethrow (which defineAction calls on every
 * failure and the shared mock lacks): it rethrows Next's own control-flow errors, as the real one does.
 */
export function navigationMock() {
  const isNextError = (error: unknown) => typeof (error as { digest?: unknown })?.digest === 'string' && /^NEXT_/.test((error as { digest: string }).digest);
  return {
    notFound: () => {
      throw Object.assign(new Error('NEXT_NOT_FOUND'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    },
    redirect: (url: string) => {
      throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
    },
    unstable_rethrow: (error: unknown) => {
      if (isNextError(error)) throw error;
    },
  };
}
