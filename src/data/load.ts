/**
 * Validates raw term data: the zod schema first, then the consistency checks. Any problem
 * throws one error that lists them all, which fails `astro build` and the unit tests.
 */
import { TermSchema, type Term } from './schema/term.ts';
import { runChecks } from './checks/index.ts';

function describeIssue(path: PropertyKey[], message: string): string {
  return `${path.map(String).join('.') || '(term)'}: ${message}`;
}

/**
 * Parses and checks a list of terms.
 *
 * @example
 * loadTerms([{ id: 'Bad Id', ... }]) // throws: Glossary data is invalid: …Bad Id: id: a term id is lowercase…
 */
export function loadTerms(raw: readonly unknown[]): Term[] {
  const problems: string[] = [];
  const terms: Term[] = [];
  raw.forEach((entry, index) => {
    const result = TermSchema.safeParse(entry);
    const label = (entry as { id?: unknown })?.id ?? `#${index}`;
    if (result.success) terms.push(result.data);
    else problems.push(...result.error.issues.map((i) => `${String(label)}: ${describeIssue(i.path, i.message)}`));
  });
  if (problems.length === 0) problems.push(...runChecks(terms));
  if (problems.length > 0) throw new Error(`Glossary data is invalid:\n- ${problems.join('\n- ')}`);
  return terms;
}
