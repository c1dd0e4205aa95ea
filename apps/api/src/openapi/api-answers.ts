import { ApiResponse } from '@nestjs/swagger';

/**
 * Names the JSON body of a route whose method does not return it (a stream written to the response).
 * Nothing happens at run time: `generate-response-schemas.ts` reads the type argument from the source.
 */
export function ApiJsonAnswer<T>(): MethodDecorator & { readonly answer?: T } {
  return () => undefined;
}

const TEXT = { schema: { type: 'string' } } as const;
const BINARY = { schema: { type: 'string', format: 'binary' } } as const;

/** A 2xx answer in other formats than JSON; `application/json` (when listed) gets its generated schema. */
export function ApiFileAnswer(
  status: number,
  description: string,
  types: Record<string, 'text' | 'binary' | 'json'>,
): MethodDecorator {
  const content = Object.fromEntries(
    Object.entries(types).map(([type, kind]) => [type, kind === 'json' ? {} : kind === 'text' ? TEXT : BINARY]),
  );
  return ApiResponse({ status, description, content });
}
