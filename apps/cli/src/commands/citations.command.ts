import { promises as fs } from 'node:fs';
import { extractCitations, ExtractedCitation } from '@casetrail/citations';
import { Command, Option, SubCommand } from 'nest-commander';
import { UsageError } from '../cli-errors';
import { CasetrailCommand } from './casetrail-command';

interface ExtractOptions {
  json?: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Pages of text extracted from a PDF end with a form feed: each page then starts after one. */
export function formFeedPageOffsets(text: string): number[] | undefined {
  if (!text.includes('\f')) return undefined;
  const offsets = [0];
  for (let i = text.indexOf('\f'); i >= 0 && i + 1 < text.length; i = text.indexOf('\f', i + 1)) offsets.push(i + 1);
  return offsets;
}

export function formatCitationLine(c: ExtractedCitation): string {
  return [c.page ?? '-', c.type, c.key, c.matchedText.replace(/\s+/g, ' ')].join('\t');
}

/** Pure: reads a file or stdin and prints citations; never starts a database. */
@SubCommand({
  name: 'extract',
  arguments: '[file]',
  description: 'Print the citations in a text file, or in stdin when no file is given (no database needed)',
})
export class CitationsExtractCommand extends CasetrailCommand<ExtractOptions> {
  @Option({
    flags: '--json',
    description: 'print { count, citations } as JSON instead of one tab-separated line per citation',
  })
  parseJson(): boolean {
    return true;
  }

  protected async execute([file]: string[], options: ExtractOptions): Promise<void> {
    let text: string;
    if (file) {
      text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
      });
    } else {
      if (process.stdin.isTTY) throw new UsageError('give a FILE, or pipe text on stdin');
      text = await readStdin();
    }
    const citations = extractCitations(text, { pageOffsets: formFeedPageOffsets(text) });
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ count: citations.length, citations }, null, 2)}\n`);
      return;
    }
    for (const c of citations) process.stdout.write(`${formatCitationLine(c)}\n`);
  }
}

@Command({ name: 'citations', description: 'Citations in texts (extract)', subCommands: [CitationsExtractCommand] })
export class CitationsCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError('use `citations extract [FILE] [--json]`');
  }
}
