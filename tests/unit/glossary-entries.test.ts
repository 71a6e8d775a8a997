import { describe, expect, test } from 'vitest';
import { categoryLabel, dockerFlagAnchor, glossaryEntries, interfaceFileAnchor, isIdentifier } from '../../src/lib/glossary-entries.ts';
import { GlossaryExportEntrySchema } from '../../src/data/schema/glossary-export.ts';
import { glossaryExport } from '../../src/lib/glossary.ts';
import { cgroupControllerTerms, dockerResourceFlags, entries, terms } from '../../src/data/index.ts';
import { concept } from '../support/terms.ts';

describe('interfaceFileAnchor', () => {
  test.each([
    [2, 'memory.max', 'cgroup-v2-memory-max'],
    [1, 'memory.limit_in_bytes', 'cgroup-v1-memory-limit-in-bytes'],
    [2, 'hugetlb.<hugepagesize>.max', 'cgroup-v2-hugetlb-hugepagesize-max'],
    [1, 'cpuset.cpus', 'cgroup-v1-cpuset-cpus'],
    [2, 'cpuset.cpus', 'cgroup-v2-cpuset-cpus'],
  ] as const)('v%s %s is #%s', (version, name, anchor) => expect(interfaceFileAnchor(version, name)).toBe(anchor));
});

describe('dockerFlagAnchor', () => {
  test.each([
    ['--memory', 'docker-memory'],
    ['--memory-swap', 'docker-memory-swap'],
    ['--cpus', 'docker-cpus'],
  ])('%s is #%s', (flag, anchor) => expect(dockerFlagAnchor(flag)).toBe(anchor));
});

describe('the glossary entries', () => {
  const files = cgroupControllerTerms.flatMap((c) => [...c.v1Files.map((f) => [1, f.name] as const), ...c.v2Files.map((f) => [2, f.name] as const)]);

  test('hold every term, every interface file of every controller and every Docker resource flag', () => {
    expect(entries.length).toBe(terms.length + files.length + dockerResourceFlags.length);
    const ids = new Set(entries.map((e) => e.id));
    expect(files.filter(([v, name]) => !ids.has(interfaceFileAnchor(v, name)))).toEqual([]);
    expect(dockerResourceFlags.filter((f) => !ids.has(dockerFlagAnchor(f.flag)))).toEqual([]);
  });

  test('give an interface file its controller, its version and the controller’s page', () => {
    expect(entries.find((e) => e.id === 'cgroup-v2-memory-max')).toMatchObject({
      category: 'cgroup-file',
      page: 'cgroup-controllers',
      controller: 'cgroup-memory',
      cgroupVersion: 2,
      name: { en: 'memory.max', 'zh-cn': 'memory.max' },
    });
  });

  test('put the Docker flags on the cgroups-and-Docker page with their short form as an alias', () => {
    const memory = entries.find((e) => e.id === 'docker-memory');
    expect(memory).toMatchObject({ category: 'docker-flag', page: 'cgroup-docker', name: { en: '--memory' } });
    expect(memory?.aliases.en).toContain('-m');
  });

  test('refuse two entries with one anchor on one page, naming it', () => {
    const clash = concept('cgroup-v2-memory-max', { page: 'cgroup-controllers' });
    expect(() => glossaryEntries([...terms, clash], dockerResourceFlags, 'cgroup-docker')).toThrow(
      'Glossary entries: #cgroup-v2-memory-max appears twice on page "cgroup-controllers".',
    );
  });

  test.each(['en', 'zh-cn'] as const)('export to the %s schema, files with controller and version', (lang) => {
    const out = GlossaryExportEntrySchema.array().parse(glossaryExport(entries, lang));
    expect(out.find((e) => e.id === 'cgroup-v1-memory-limit-in-bytes')).toMatchObject({ controller: 'cgroup-memory', cgroupVersion: 1 });
    expect(out.filter((e) => e.category !== 'cgroup-file' && ('controller' in e || 'cgroupVersion' in e))).toEqual([]);
  });
});

describe('isIdentifier and categoryLabel', () => {
  test.each([
    ['clone-flag', true],
    ['cgroup-file', true],
    ['docker-flag', true],
    ['namespace', false],
    ['concept', false],
  ] as const)('a %s is an identifier: %s', (category, code) => expect(isIdentifier({ category })).toBe(code));
  test('an interface file names its version; other entries their category', () => {
    expect(categoryLabel({ category: 'cgroup-file', cgroupVersion: 1 })).toEqual(['category.cgroup-file.version', { version: 1 }]);
    expect(categoryLabel({ category: 'docker-flag' })).toEqual(['category.docker-flag', {}]);
  });
});
