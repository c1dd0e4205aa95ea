import { Link } from '@tanstack/react-router';
import { ReactNode } from 'react';
import { useTosCatalog } from '../api/queries';
import { formatDate, plural } from '../components/format';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';

export function TosIndexPage(): ReactNode {
  useTitle('Terms of service');
  const catalog = useTosCatalog();
  return (
    <>
      <h1>Terms of service</h1>
      <p className="lead">
        The AI services’ terms, policies and notices, version by version, with every clause’s history.
      </p>
      {catalog.isPending ? (
        <Loading />
      ) : catalog.isError ? (
        <ErrorState error={catalog.error} />
      ) : catalog.data.items.length === 0 ? (
        <Empty>No terms of service have been imported yet (npm run cli -- tos import).</Empty>
      ) : (
        <ul className="tos-services">
          {catalog.data.items.map((service) => (
            <li key={service.slug}>
              <h2>
                {service.name}
                {service.provider && service.provider !== service.name ? (
                  <span className="muted"> ({service.provider})</span>
                ) : null}
              </h2>
              <ul>
                {service.documents.map((d) => (
                  <li key={d.id}>
                    <Link to="/tos/$service/$type" params={{ service: d.serviceSlug, type: d.slug }}>
                      {d.documentType}
                    </Link>{' '}
                    <span className="muted">
                      {plural(d.versionCount, 'version')}
                      {d.lastChangeAt ? `, last changed ${formatDate(d.lastChangeAt)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
