import type { SerializedDomainError, TaskMessage, TaskOutcome } from './worker-task';

type TaskFunction = (input: unknown) => unknown;

function asDomainError(error: unknown): SerializedDomainError | null {
  if (!(error instanceof Error)) return null;
  const { code, details } = error as Error & { code?: unknown; details?: unknown };
  // DomainError's shape: an enum code and a details object (Node's own errors have no details).
  if (typeof code !== 'string' || typeof details !== 'object' || details === null) return null;
  return { name: error.name, code, message: error.message, details: details as Record<string, unknown> };
}

/** The pool's handler, run in a worker thread: loads the task's module once and calls it. */
export default async function runTask(message: TaskMessage): Promise<TaskOutcome> {
  message.started.postMessage('started');
  message.started.close();
  const loaded = require(message.module) as Record<string, unknown>;
  const task = loaded[message.name];
  if (typeof task !== 'function') throw new Error(`${message.module} exports no function ${message.name}`);
  try {
    return { ok: true, value: await (task as TaskFunction)(message.input) };
  } catch (error) {
    const domain = asDomainError(error);
    if (domain) return { ok: false, error: domain };
    throw error;
  }
}
