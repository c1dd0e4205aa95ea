/**
 * A rule-based classifier of ToS clauses by what the litigation asks about them. Each topic is a
 * set of rules over the clause's plain text (case-folded, hyphens and curly quotes folded): a
 * clause has the topic when every `all` pattern matches and no `none` pattern does. The rules are
 * documented in docs/tos.md and tested on real corpus clauses (clause-topics.spec.ts).
 */
export enum ClauseTopic {
  TrainingOnUserContent = 'training-on-user-content',
  UseOfOutputs = 'use-of-outputs',
  CompetingModels = 'competing-models',
  OptOut = 'opt-out',
  OutputOwnership = 'output-ownership',
}

export const CLAUSE_TOPICS = Object.values(ClauseTopic);

interface TopicRule {
  /** What the rule recognises, for the docs and the evidence pack. */
  description: string;
  all: RegExp[];
  none?: RegExp[];
}

const USER_CONTENT =
  /\b(your (content|inputs?|prompts?|data|conversations?|materials?|chats?)|user content|materials|inputs?|prompts?|conversations?|customer content|content you (provide|submit))\b/;
const TRAINING = /\b(train|trains|training|trained|fine tun\w*|improve (our |the )?(models?|services?|ai))\b/;

export const TOPIC_RULES: Record<ClauseTopic, TopicRule[]> = {
  [ClauseTopic.CompetingModels]: [
    {
      description: 'forbids using the service or its output to develop competing models, products or services',
      all: [/\bcompet(e|es|ing|itive|itor|itors)\b/, /\b(develop|build|create|train|improve)\w*\b/],
      none: [/\bnon compete\b/, /\bcompetent (court|jurisdiction|authority)\b/],
    },
  ],
  [ClauseTopic.TrainingOnUserContent]: [
    {
      description:
        "says whether the provider uses users' content (inputs, prompts, conversations) to train or improve models",
      all: [USER_CONTENT, TRAINING, /\b(models?|ai|artificial intelligence|machine learning|services?)\b/],
      none: [/\bcompet(e|es|ing|itive)\b/],
    },
  ],
  [ClauseTopic.UseOfOutputs]: [
    {
      description: 'says what users may or may not do with the output',
      all: [
        /\b(use|using|uses|used|publish|share|distribute|exploit)\b.{0,40}\b(outputs?|generated content|assets)\b|\b(outputs?|generated content|assets)\b.{0,40}\b(use|used|using|publish|share|distribute|commercial\w*)\b/,
      ],
      none: [/\bwarrant(y|ies)\b/, /\bindemnif\w*/],
    },
  ],
  [ClauseTopic.OptOut]: [
    {
      description: 'lets users opt out of (or turn off) the use of their content for training',
      all: [
        /\b(opt out|opting out|turn off|switch off|disable|choose not to|do not want us to use|object to)\b/,
        TRAINING,
      ],
      none: [/\barbitrat\w*/, /\bclass action\b/],
    },
  ],
  [ClauseTopic.OutputOwnership]: [
    {
      description: 'says who owns the output, or assigns the rights in it',
      all: [
        /\b(?<!(?:their|your|its|our|his|her|my) )(own|owns|ownership|owner)\b.{0,60}\b(outputs?|generated content|assets)\b|\b(outputs?|generated content|assets)\b.{0,60}\b(?<!(?:their|your|its|our|his|her|my) )(own|owned|owns|ownership)\b|\b(assign|assigns)\b.{0,80}\b(outputs?|generated content|assets)\b/,
      ],
      none: [/\bwarrant(y|ies)\b/, /\bindemnif\w*/],
    },
  ],
};

/** Lower case, plain words: what the rules read. */
export function topicText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The topics of one clause, in the order of CLAUSE_TOPICS. */
export function classifyClause(text: string): ClauseTopic[] {
  const plain = topicText(text);
  return CLAUSE_TOPICS.filter((topic) =>
    TOPIC_RULES[topic].some(
      (rule) => rule.all.every((p) => p.test(plain)) && !(rule.none ?? []).some((p) => p.test(plain)),
    ),
  );
}

export function isClauseTopic(value: string): value is ClauseTopic {
  return (CLAUSE_TOPICS as string[]).includes(value);
}
