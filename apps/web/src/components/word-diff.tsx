import { ReactNode } from 'react';
import type { WordDiffPart } from '../api/views';

/** A word-level diff as <ins> and <del> elements with text only; screen readers hear what was added or removed. */
export function WordDiff({ parts }: { parts: WordDiffPart[] }): ReactNode {
  return (
    <p className="word-diff">
      {parts.map((part, index) => {
        if (part.op === 'insert') {
          return (
            <ins key={index}>
              <span className="visually-hidden">[inserted: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (part.op === 'delete') {
          return (
            <del key={index}>
              <span className="visually-hidden">[deleted: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </p>
  );
}
