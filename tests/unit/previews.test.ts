import { describe, expect, test } from 'vitest';
import { allPreviews, linkedPreviews, previewScript } from '../../src/lib/previews.ts';
import { entries } from '../../src/data/index.ts';
import { concept, flag } from '../support/terms.ts';

const category = (e: { category: string }) => `cat:${e.category}`;

describe('allPreviews', () => {
  test('keys each entry by its permalink, in the language asked for, under the base path', () => {
    const previews = allPreviews([flag('CLONE_NEWPID', '0x20000000')], 'zh-cn', category, '/handbook/');
    expect(previews).toEqual({
      '/handbook/zh-cn/namespaces/clone-flags/#clone-newpid': {
        name: 'CLONE_NEWPID',
        code: true,
        category: 'cat:clone-flag',
        summary: '一个测试术语。',
        value: '0x20000000',
      },
    });
  });

  test('renders the summary’s Markdown but drops its links: a preview is not interactive', () => {
    const term = concept('setns', { summary: { en: 'See `setns()` in [setns(2)](https://man7.org/x).', 'zh-cn': '见 setns(2)。' } });
    expect(allPreviews([term], 'en', category)['/namespaces/#setns']!.summary).toBe('See <code>setns()</code> in setns(2).');
  });

  test('covers interface files and Docker flags, set as code', () => {
    const previews = allPreviews(entries, 'en', category);
    expect(previews['/cgroups/controllers/#cgroup-v2-memory-max']).toMatchObject({ name: 'memory.max', code: true, category: 'cat:cgroup-file' });
    expect(previews['/cgroups/docker/#docker-memory']).toMatchObject({ name: '--memory', code: true });
  });
});

describe('linkedPreviews', () => {
  const previews = allPreviews([concept('setns'), concept('pid-namespace', { page: 'ns-pid' })], 'en', category);
  test.each([
    ['a path with an anchor', '<a href="/namespaces/pid/#pid-namespace">PID</a>', ['/namespaces/pid/#pid-namespace']],
    ['an anchor of this page', '<a class="x" href="#setns">setns</a>', ['/namespaces/#setns']],
    ['a link marked data-no-preview', '<a data-no-preview href="#setns">#</a>', []],
    ['a page without an anchor', '<a href="/namespaces/pid/">PID</a>', []],
    ['an unknown anchor', '<a href="#nothing">?</a>', []],
    ['an href that is not an attribute of a link', '<link href="/namespaces/pid/#pid-namespace">', []],
  ])('finds %s', (_what, html, urls) => {
    expect(Object.keys(linkedPreviews(html, '/namespaces/', previews))).toEqual(urls);
  });
});

describe('previewScript', () => {
  test('escapes < so that no summary can close the script element', () => {
    const script = previewScript({ '/a/#b': { name: '</script><b>', code: false, category: 'c', summary: 's' } });
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, ''))['/a/#b'].name).toBe('</script><b>');
  });
});
