/**
 * Glossary entries: every term, plus the entries derived from other data without being terms of
 * their own — each cgroup interface file a controller lists, and each `docker run` resource flag.
 * They all have a permalink (their home page plus `#id`), so the export, the previews and the
 * pages agree on one list.
 * @module
 */
import type { LocalizedText, LocalizedList } from '../data/schema/common.ts';
import type { CgroupControllerTerm, Term } from '../data/schema/term.ts';
import type { DockerFlag } from '../data/schema/docker-flag.ts';
import type { PageId } from '../data/sections.ts';

/** Categories of the entries derived from other data. */
export const DERIVED_CATEGORIES = ['cgroup-file', 'docker-flag'] as const;

/** Categories whose names are identifiers, set as code: `CLONE_NEWPID`, `memory.max`, `--cpus`. */
const IDENTIFIER_CATEGORIES: ReadonlySet<string> = new Set(['clone-flag', 'cgroup-file', 'docker-flag']);

/**
 * Whether an entry's name is an identifier, shown as code wherever it is named.
 *
 * @example
 * isIdentifier({ category: 'cgroup-file' }) // => true
 * isIdentifier({ category: 'concept' }) // => false
 */
export function isIdentifier(entry: Pick<GlossaryEntry, 'category'>): boolean {
  return IDENTIFIER_CATEGORIES.has(entry.category);
}

/**
 * The UI string that names an entry's category, and its variables: an interface file's names
 * its cgroup version. Pass both to the page's translation function.
 *
 * @example
 * categoryLabel({ category: 'cgroup-file', cgroupVersion: 2 }) // => ['category.cgroup-file.version', { version: 2 }]
 * categoryLabel({ category: 'namespace' }) // => ['category.namespace', {}]
 */
export function categoryLabel(entry: Pick<GlossaryEntry, 'category' | 'cgroupVersion'>): [key: `category.${string}`, vars: { version?: number }] {
  return entry.cgroupVersion ? ['category.cgroup-file.version', { version: entry.cgroupVersion }] : [`category.${entry.category}`, {}];
}

/** One entry of the glossary: a term, an interface file or a Docker flag. */
export interface GlossaryEntry {
  /** Permanent id, also the anchor on its home page. */
  id: string;
  /** The page that shows it. */
  page: PageId;
  category: Term['category'] | (typeof DERIVED_CATEGORIES)[number];
  name: LocalizedText;
  summary: LocalizedText;
  aliases: LocalizedList;
  /** Clone flags: the value as the kernel header writes it. */
  value?: string;
  /** Interface files: the id of the controller term that lists it. */
  controller?: string;
  /** Interface files: the cgroup version whose file it is. */
  cgroupVersion?: 1 | 2;
}

/** Lowercase letters and digits, every other run of characters one hyphen. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The anchor of a cgroup interface file: its version and its name, so that a file both versions
 * have (`cpuset.cpus`) gets one entry for each.
 *
 * @example
 * interfaceFileAnchor(2, 'memory.max') // => 'cgroup-v2-memory-max'
 * interfaceFileAnchor(1, 'hugetlb.<hugepagesize>.limit_in_bytes') // => 'cgroup-v1-hugetlb-hugepagesize-limit-in-bytes'
 */
export function interfaceFileAnchor(version: 1 | 2, name: string): string {
  return `cgroup-v${version}-${slug(name)}`;
}

/**
 * The anchor of a `docker run` resource flag on the cgroups-and-Docker page.
 *
 * @example
 * dockerFlagAnchor('--memory-swap') // => 'docker-memory-swap'
 */
export function dockerFlagAnchor(flag: string): string {
  return `docker-${slug(flag)}`;
}

/**
 * The entries of a controller's interface files, v1 first, each pointing at the controller's page.
 *
 * @example
 * interfaceFileEntries(memoryController).find((e) => e.name.en === 'memory.max')
 * // => { id: 'cgroup-v2-memory-max', category: 'cgroup-file', controller: 'cgroup-memory', cgroupVersion: 2, … }
 */
export function interfaceFileEntries(controller: CgroupControllerTerm): GlossaryEntry[] {
  const versions = [
    [1, controller.v1Files, controller.v1Name],
    [2, controller.v2Files, controller.v2Name],
  ] as const;
  return versions.flatMap(([version, files, controllerName]) =>
    files.map((file) => ({
      id: interfaceFileAnchor(version, file.name),
      page: controller.page,
      category: 'cgroup-file' as const,
      name: { en: file.name, 'zh-cn': file.name },
      summary: file.summary,
      aliases: {
        en: [`${file.name} (cgroup v${version})`, ...(controllerName ? [`${controllerName} controller file`] : [])],
        'zh-cn': [`${file.name}（cgroup v${version}）`, ...(controllerName ? [`${controllerName} 控制器接口文件`] : [])],
      },
      controller: controller.id,
      cgroupVersion: version,
    })),
  );
}

/**
 * The entry of a `docker run` resource flag; its summary is what the flag's value means.
 *
 * @example
 * dockerFlagEntry(memoryFlag, 'cgroup-docker').id // => 'docker-memory'
 */
export function dockerFlagEntry(flag: DockerFlag, page: PageId): GlossaryEntry {
  const spellings = [`docker run ${flag.flag}`, ...(flag.short ? [flag.short] : [])];
  return {
    id: dockerFlagAnchor(flag.flag),
    page,
    category: 'docker-flag',
    name: { en: flag.flag, 'zh-cn': flag.flag },
    summary: flag.value,
    aliases: { en: spellings, 'zh-cn': spellings },
  };
}

/**
 * Every entry: the terms as they are, then the interface files of each controller and the
 * Docker flags. Throws if two entries of one page share an anchor (case-insensitively), since
 * one of them could never be linked.
 *
 * @example
 * glossaryEntries(terms, dockerFlags, 'cgroup-docker').length // => terms + interface files + flags
 */
export function glossaryEntries(terms: readonly Term[], dockerFlags: readonly DockerFlag[], dockerFlagPage: PageId): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [
    ...terms,
    ...terms.flatMap((t) => (t.category === 'cgroup-controller' ? interfaceFileEntries(t) : [])),
    ...dockerFlags.map((f) => dockerFlagEntry(f, dockerFlagPage)),
  ];
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.page}#${entry.id.toLowerCase()}`;
    if (seen.has(key)) throw new Error(`Glossary entries: #${entry.id} appears twice on page "${entry.page}".`);
    seen.add(key);
  }
  return entries;
}
