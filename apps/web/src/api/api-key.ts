import { useCallback, useSyncExternalStore } from 'react';

// The reader's API key lives in this tab's sessionStorage only: never in a URL, a cookie or localStorage.
const STORAGE_KEY = 'casetrail.apiKey';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useApiKey(): [string | null, (key: string | null) => void] {
  const key = useSyncExternalStore(subscribe, read, () => null);
  const setKey = useCallback((next: string | null) => {
    if (next) window.sessionStorage.setItem(STORAGE_KEY, next);
    else window.sessionStorage.removeItem(STORAGE_KEY);
    for (const listener of listeners) listener();
  }, []);
  return [key, setKey];
}
