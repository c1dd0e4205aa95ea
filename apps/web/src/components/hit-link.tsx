import { Link } from '@tanstack/react-router';
import { ReactNode } from 'react';
import type { SearchHit } from '../api/views';
import { slugify } from './format';

/** Where a ToS hit lives: "ChatGPT Commercial Terms › 3. …" names the service, then the document type. */
function tosTarget(hit: SearchHit): { service: string; type: string; key: string | null } | null {
  if (!hit.service || !hit.documentTitle) return null;
  const title = hit.documentTitle.split(' › ')[0] ?? '';
  const type = title.startsWith(`${hit.service} `) ? title.slice(hit.service.length + 1) : title;
  const prefix = `tos_${hit.documentId ?? ''}_`;
  const key = hit.id.startsWith(prefix) ? hit.id.slice(prefix.length) : null;
  return { service: slugify(hit.service), type: slugify(type), key };
}

/** The title of a search hit as a link to the page of the app that shows it. */
export function HitLink({ hit, q }: { hit: SearchHit; q?: string }): ReactNode {
  const title = hit.documentTitle ?? hit.caseName ?? hit.id;
  if (hit.kind === 'filing' && hit.documentId) {
    return (
      <Link to="/documents/$id" params={{ id: hit.documentId }} search={{ page: hit.page ?? undefined, q }}>
        {title}
        {hit.page ? `, page ${hit.page}` : ''}
      </Link>
    );
  }
  if (hit.kind === 'tos') {
    const target = tosTarget(hit);
    if (target?.key) {
      return (
        <Link
          to="/tos/$service/$type/clauses/$key"
          params={{ service: target.service, type: target.type, key: target.key }}
        >
          {title}
        </Link>
      );
    }
    if (target) {
      return (
        <Link to="/tos/$service/$type" params={{ service: target.service, type: target.type }}>
          {title}
        </Link>
      );
    }
  }
  if (hit.caseSlug) {
    return (
      <Link to="/cases/$slug" params={{ slug: hit.caseSlug }}>
        {title}
      </Link>
    );
  }
  return <span>{title}</span>;
}
