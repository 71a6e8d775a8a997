/** A throwaway project with a diagrams/ folder, for renderer tests. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small valid flowchart with its accessible name and description. */
export const GOOD = `flowchart LR
  accTitle: Two boxes
  accDescr: A points to B.
  A[Parent] --> B[Child]
`;

/** Writes `files` into a fresh temporary project's diagrams/ folder and returns its root. */
export function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'diagrams-'));
  mkdirSync(join(root, 'diagrams'));
  for (const [name, code] of Object.entries(files)) writeFileSync(join(root, 'diagrams', name), code);
  return root;
}

