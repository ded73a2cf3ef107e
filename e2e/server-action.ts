import type { APIRequestContext } from '@playwright/test';
import { encodeActionCall } from '../tests/support/server-action-request';

export { actionId } from '../tests/support/server-action-request';

/** Posts a server action straight over HTTP (the Next-Action request), bypassing any UI. */
export async function postAction(
  request: APIRequestContext,
  options: { page: string; id: string; fields: Record<string, string | string[]>; origin: string; headers?: Record<string, string> },
) {
  const { body, contentType } = await encodeActionCall(options.fields);
  return request.post(options.page, {
    headers: { 'Next-Action': options.id, Origin: options.origin, 'Content-Type': contentType, Accept: 'text/x-component', ...options.headers },
    data: body,
    maxRedirects: 0,
  });
}
