import fs from 'node:fs';
import { corpusPath, workspaceRoot } from './workspace';

describe('workspace paths', () => {
  it('finds the workspace root by its nx.json', () => {
    expect(fs.existsSync(`${workspaceRoot()}/nx.json`)).toBe(true);
  });

  it('points at the shared corpus beside the repository', () => {
    expect(fs.existsSync(corpusPath('cases.json'))).toBe(true);
  });
});
