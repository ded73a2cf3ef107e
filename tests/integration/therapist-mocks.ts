/**
 * Next.js request APIs for the therapist's tests. The shared setup's navigation mock lacks unstable_rethrow, which
 * defineAction calls on every error; and localToday reads a cookie, here absent (so the UTC date is used).
 */
export const navigationMock = {
  notFound: () => {
    throw Object.assign(new Error('NEXT_NOT_FOUND'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  },
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Error && 'digest' in error) throw error;
  },
};

export const headersMock = {
  cookies: async () => ({ get: () => undefined }),
};
