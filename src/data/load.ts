/**
 * The one load-and-check step of every dataset (terms, clone rules, Docker flags, history):
 * each data file's default export is parsed with the dataset's zod schema, then the dataset's
 * consistency checks run over the whole. Any problem throws one error listing them all, each
 * naming the file, the entry and the field, which fails `astro build` and the unit tests.
 */
import type { z } from 'astro/zod';

/** Data files by path, as `import.meta.glob(…, { eager: true, import: 'default' })` returns them. */
export type DataModules = Readonly<Record<string, unknown>>;

/** A consistency check beyond the schema: one message per problem, none when all is well. */
export type DatasetCheck<T> = (entries: readonly T[]) => string[];

export interface LoadOptions<T> {
  /** What the dataset is called in error messages: "Glossary data", "Clone rules". */
  name: string;
  /** Named checks over the parsed entries; the name prefixes each problem. */
  checks?: Readonly<Record<string, DatasetCheck<T>>>;
}

/** The value at a zod issue's path, for the message: "(got "typ-1")". */
function valueAt(entry: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), entry);
}

function describeValue(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return text === undefined || text.length > 60 ? '' : ` (got ${text})`;
}

/**
 * Parses every entry of every data file with `schema`, then runs the checks.
 *
 * @example
 * loadDataset(CloneRuleSchema, { 'clone-rules/a.ts': [{ id: 'Bad' }] }, { name: 'Clone rules' })
 * // throws: Clone rules are invalid:
 * // - clone-rules/a.ts: Bad: id: a term id is lowercase letters… (got "Bad")
 */
export function loadDataset<S extends z.ZodType>(
  schema: S,
  modules: DataModules,
  options: LoadOptions<z.output<S>>,
): z.output<S>[] {
  const problems: string[] = [];
  const entries: z.output<S>[] = [];
  for (const [file, exported] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    if (exported === undefined) {
      problems.push(`${file}: has no default export`);
      continue;
    }
    const list: unknown[] = Array.isArray(exported) ? exported : [exported];
    list.forEach((entry, index) => {
      const result = schema.safeParse(entry);
      const label = String((entry as { id?: unknown; flag?: unknown } | null)?.id ?? (entry as { flag?: unknown } | null)?.flag ?? `#${index}`);
      if (result.success) entries.push(result.data);
      else {
        for (const issue of result.error.issues) {
          const field = issue.path.map(String).join('.') || '(entry)';
          problems.push(`${file}: ${label}: ${field}: ${issue.message}${describeValue(valueAt(entry, issue.path))}`);
        }
      }
    });
  }
  if (problems.length === 0) {
    for (const [name, check] of Object.entries(options.checks ?? {})) problems.push(...check(entries).map((p) => `${name}: ${p}`));
  }
  if (problems.length > 0) throw new Error(`${options.name} is invalid:\n- ${problems.join('\n- ')}`);
  return entries;
}

/**
 * The file name a glob key stands for, relative to src/data, for messages.
 *
 * @example
 * dataPath('./terms/namespaces/pid-namespace.ts') // => 'src/data/terms/namespaces/pid-namespace.ts'
 */
export function dataPath(globKey: string): string {
  return `src/data/${globKey.replace(/^\.\//, '')}`;
}

/** Re-keys glob results by their path under src/data. */
export function byDataPath(modules: DataModules): DataModules {
  return Object.fromEntries(Object.entries(modules).map(([key, value]) => [dataPath(key), value]));
}
