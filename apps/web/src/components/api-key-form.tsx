import { FormEvent, ReactNode } from 'react';
import { useApiKey } from '../api/api-key';

/** Where the reader pastes an API key (ingest scope); it stays in this browser tab only. */
export function ApiKeyForm(): ReactNode {
  const [key, setKey] = useApiKey();
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('apiKey');
    if (typeof value === 'string' && value.trim()) setKey(value.trim());
  };
  if (key) {
    return (
      <section aria-labelledby="key-title" className="panel key-panel">
        <h2 id="key-title">Your API key</h2>
        <p>
          A key ending in <code>…{key.slice(-4)}</code> is kept in this tab until you close it.{' '}
          <button type="button" className="button-secondary" onClick={() => setKey(null)}>
            Forget the key
          </button>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="key-title" className="panel key-panel">
      <h2 id="key-title">Your API key</h2>
      <p>
        Following needs an API key with the <code>ingest</code> scope (ask the operator, or run{' '}
        <code>npm run cli -- keys create --name me --scope ingest</code>). It is kept in this browser tab only
        (sessionStorage) and sent only to this site’s API.
      </p>
      <form onSubmit={save} className="filters filters-inline">
        <div className="field field-wide">
          <label htmlFor="apiKey">API key</label>
          <input id="apiKey" name="apiKey" type="password" autoComplete="off" required />
        </div>
        <div className="field field-actions">
          <button type="submit">Use this key</button>
        </div>
      </form>
    </section>
  );
}
