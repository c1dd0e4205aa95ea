import * as fs from 'node:fs';
import { corpusPath } from '@casetrail/testing';
import { segmentClauses } from '../analysis/segment';
import { classifyClause, ClauseTopic } from './clause-topics';

/** The text clauses of a corpus snapshot. */
function clausesOf(folder: string, file: string): string[] {
  return segmentClauses(fs.readFileSync(corpusPath('tos', folder, file), 'utf8'))
    .filter((c) => c.kind === 'text')
    .map((c) => c.text);
}

function only(clauses: string[], pattern: RegExp): string {
  const found = clauses.filter((c) => pattern.test(c));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('classifyClause on real corpus clauses', () => {
  const openAi2023 = clausesOf('OpenAI/Terms of Service', '2023-10-16T123005Z.md');
  const chatgpt = clausesOf('ChatGPT/Terms of Service', '2026-07-25T070014Z.md');
  const claude = clausesOf('Claude.ai/Terms of Service', '2025-12-07T070938Z.md');

  it('finds the "compete with OpenAI" clause of the 2023-10-16 terms and of the current ChatGPT terms', () => {
    const clause2023 = only(openAi2023, /develop models that compete with OpenAI/);
    expect(classifyClause(clause2023)).toContain(ClauseTopic.CompetingModels);
    expect(classifyClause(only(chatgpt, /^Using Output to develop models that compete/))).toEqual([
      ClauseTopic.UseOfOutputs,
      ClauseTopic.CompetingModels,
    ]);
  });

  it("tags Anthropic's competing-products clause and its training clause with its opt-out", () => {
    expect(classifyClause(only(claude, /develop any products or services that compete/))).toContain(
      ClauseTopic.CompetingModels,
    );
    expect(classifyClause(only(claude, /Our use of Materials/))).toEqual([
      ClauseTopic.TrainingOnUserContent,
      ClauseTopic.OptOut,
    ]);
  });

  it("tags ChatGPT's ownership and opt-out clauses, and not the 2023 terms' arbitration opt-out", () => {
    expect(classifyClause(only(chatgpt, /Ownership of content/))).toContain(ClauseTopic.OutputOwnership);
    const optOut = classifyClause(only(chatgpt, /^\*\*Opt out\.\*\*/));
    expect(optOut).toEqual([ClauseTopic.TrainingOnUserContent, ClauseTopic.OptOut]);
    const arbitration = openAi2023.filter((c) => /arbitrat/i.test(c) && /opt out/i.test(c));
    expect(arbitration.length).toBeGreaterThan(0);
    for (const clause of arbitration) expect(classifyClause(clause)).not.toContain(ClauseTopic.OptOut);
  });

  it("leaves Anthropic's warranty disclaimer and OpenAI's third-party clause out of output ownership", () => {
    expect(classifyClause(only(claude, /No warranties/))).toEqual([]);
    // "subject to their own terms": a possessive "own" is not ownership.
    const december = clausesOf('OpenAI/Terms of Service', '2023-12-02T063026Z.md');
    expect(classifyClause(only(december, /Third Party Services\.\*\*/))).not.toContain(ClauseTopic.OutputOwnership);
    const tagged = claude.filter((c) => classifyClause(c).length > 0).length;
    expect(tagged / claude.length).toBeLessThan(0.2);
  });
});
