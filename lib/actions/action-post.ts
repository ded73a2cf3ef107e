/**
 * Whether a POST to a page is a server-action request our pages could have sent, checked before Next decodes it.
 * Next answers a body it cannot decode with a 500 (a broken multipart body, invalid JSON, a reference to a part that
 * is not there, a thousand arguments); proxy.ts answers 400 instead, so a malformed post is the client's error.
 *
 * The format is React's reply encoding: a JSON root (the argument list, or without JavaScript the `$ACTION_<n>:0`
 * metadata of a form's bound action), whose strings may name other parts of the form data (`$1`, `$@1`, `$Q1`, …).
 */

/** Next refuses more arguments than this, with a 500. */
const MAX_ARGUMENTS = 1000;
/** Far deeper than any state a form of ours sends; deep enough nesting overflows the decoder's stack. */
const MAX_DEPTH = 64;

// `$<hex>` and `$@ $h $Q $W $i` + hex name parts holding JSON; the typed-array, blob and stream kinds name parts of
// any content. `$$…` is an escaped string, and `$D $n $K $T $u $N $I $-` carry no part.
const PART_REFERENCE = /^\$([@hQWi]?|[AOoUSsLlGgMmVBRrXx])([0-9a-f]+)(?::|$)/;
const JSON_KINDS = new Set(['', '@', 'h', 'Q', 'W', 'i']);
const BOUND_REFERENCE = /^\$@[0-9a-f]+$/;
const INVALID = Symbol('invalid JSON');

type Part = (id: number) => FormDataEntryValue | null;

function parseJson(text: FormDataEntryValue | null): unknown {
  if (typeof text !== 'string') return INVALID;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}

/** Every part a value names is present (and, for JSON parts, well-formed in turn), without nesting too deep. */
function referencesResolve(root: unknown, part: Part): boolean {
  const parsed = new Set<number>([0]);
  const pending: [unknown, number][] = [[root, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (depth > MAX_DEPTH) return false;
    if (typeof value === 'string') {
      const match = PART_REFERENCE.exec(value);
      if (!match) continue;
      const id = parseInt(match[2]!, 16);
      const entry = part(id);
      if (entry === null) return false;
      if (!JSON_KINDS.has(match[1]!) || parsed.has(id)) continue;
      parsed.add(id);
      const content = parseJson(entry);
      if (content === INVALID) return false;
      pending.push([content, depth + 1]);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) pending.push([item, depth + 1]);
    }
  }
  return true;
}

function isArgumentList(root: unknown, part: Part): boolean {
  return Array.isArray(root) && root.length <= MAX_ARGUMENTS && referencesResolve(root, part);
}

/** A form posted without JavaScript: each `$ACTION_REF_<n>` names `$ACTION_<n>:0`, `{ id, bound }`, and its parts. */
function areBoundActionsWellFormed(form: FormData): boolean {
  for (const key of form.keys()) {
    if (!key.startsWith('$ACTION_REF_')) continue;
    const prefix = `$ACTION_${key.slice('$ACTION_REF_'.length)}:`;
    const part: Part = (id) => form.get(`${prefix}${id}`);
    const meta = parseJson(part(0));
    if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return false;
    const { id, bound } = meta as { id?: unknown; bound?: unknown };
    if (typeof id !== 'string') return false;
    if (bound === null) continue;
    if (typeof bound !== 'string' || !BOUND_REFERENCE.test(bound)) return false;
    if (!isArgumentList(parseJson(part(parseInt(bound.slice(2), 16))), part)) return false;
  }
  return true;
}

async function formDataOf(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<FormData | null> {
  try {
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
}

/**
 * True when the body of a POST to a page cannot be a server action our pages sent. `fetchAction` says whether it
 * carries a Next-Action header (sent by scripts); without one it is a form posted before or without JavaScript.
 * Bodies Next does not treat as action requests (a URL-encoded form, say) are left to Next.
 */
export async function isMalformedActionPost(contentType: string | null, fetchAction: boolean, body: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const form = await formDataOf(body, contentType!);
    if (!form) return true;
    if (!fetchAction) return !areBoundActionsWellFormed(form);
    return !isArgumentList(parseJson(form.get('0')), (id) => form.get(String(id)));
  }
  // Next answers a URL-encoded action post itself (404), and decodes any other fetch-action body as one JSON text.
  if (!fetchAction || type === 'application/x-www-form-urlencoded') return false;
  // A text body is the whole reply: there are no other parts to name.
  return !isArgumentList(parseJson(new TextDecoder().decode(body)), () => null);
}
