import { AttemptOutcome } from './delivery-enums';

export interface SendResult {
  outcome: AttemptOutcome.Succeeded | AttemptOutcome.Failed | AttemptOutcome.Refused;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : null;
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
