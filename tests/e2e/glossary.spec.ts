import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/env.ts';
import { readDist } from '../support/pages.ts';
import { themedContext } from '../support/theme.ts';

interface Entry {
  id: string;
  name: string;
  category: string;
  url: string;
  summary: string;
  aliases: string[];
  value?: string;
}

const env = useBrowserSite();

async function open(path: string): Promise<Page> {
  const page = await (await themedContext(env.browser, 'light')).newPage();
  await page.goto(env.site.origin + path);
  return page;
}

describe('/glossary.json', () => {
  test.each([
    ['/glossary.json', ''],
    ['/zh-cn/glossary.json', '/zh-cn'],
  ])('%s lists every term with a site-absolute URL and, for flags, the header value', (file, prefix) => {
    const entries = JSON.parse(readDist(file)) as Entry[];
    expect(entries.length).toBeGreaterThan(40);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(
        [
          ...['aliases', 'category', 'id', 'name', 'summary', 'summaryMarkdown', 'url', 'version'],
          ...(e.category === 'clone-flag' ? ['value'] : []),
          ...(e.category === 'cgroup-file' ? ['cgroupVersion', 'controller'] : []),
        ].sort(),
      );
      expect(e.url.startsWith(`${prefix}/`) && e.url.endsWith(`#${e.id}`)).toBe(true);
    }
    const newpid = entries.find((e) => e.id === 'clone-newpid');
    expect(newpid).toMatchObject({ name: 'CLONE_NEWPID', value: '0x20000000', url: `${prefix}/namespaces/clone-flags/#clone-newpid` });
    expect(entries.find((e) => e.id === 'clone-clear-sighand')?.value).toBe('0x100000000');
  });

  test.each(['/glossary.json', '/zh-cn/glossary.json'])('every entry of %s lands on an element of its page', (file) => {
    const entries = JSON.parse(readDist(file)) as Entry[];
    expect(entries.filter((e) => e.category === 'cgroup-file').length).toBeGreaterThan(100);
    expect(entries.filter((e) => e.category === 'docker-flag').length).toBeGreaterThan(10);
    const missing = entries.filter((e) => {
      const [path] = e.url.split('#');
      return !readDist(`${path}index.html`).includes(` id="${e.id}"`);
    });
    expect(missing.map((e) => e.url)).toEqual([]);
  });

  test('both languages export the same ids', () => {
    const ids = (file: string) => (JSON.parse(readDist(file)) as Entry[]).map((e) => e.id);
    // Same ids; the order differs (A–Z in English, by pinyin in Chinese).
    expect(ids('/zh-cn/glossary.json').sort()).toEqual(ids('/glossary.json').sort());
  });
});

describe('glossary page', () => {
  test('lists every exported term A–Z, each linking to its canonical URL', async () => {
    const entries = JSON.parse(readDist('/glossary.json')) as Entry[];
    const page = await open('/glossary/');
    const hrefs = await page.locator('glossary-index .glossary-item dt a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(entries.map((e) => e.url));
  });

  test('filters by category without reloading the page', async () => {
    const page = await open('/zh-cn/glossary/');
    let navigations = 0;
    page.on('framenavigated', () => navigations++);
    await page.getByRole('radio', { name: /clone 标志/ }).check();
    const visible = page.locator('.glossary-item:visible');
    const categories = await visible.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['category']));
    expect(categories.length).toBeGreaterThan(20);
    expect(new Set(categories)).toEqual(new Set(['clone-flag']));
    await expect.poll(() => page.locator('.glossary-count').textContent()).toContain(String(categories.length));
    await page.getByRole('radio', { name: /全部术语/ }).check();
    expect(await page.locator('.glossary-item:visible').count()).toBeGreaterThan(categories.length);
    expect(navigations).toBe(0);
  });

  test('a term link lands on its entry', async () => {
    const page = await open('/glossary/');
    await page.locator('glossary-index a', { hasText: 'CLONE_NEWUSER' }).click();
    await page.waitForURL(/\/namespaces\/clone-flags\/#clone-newuser$/);
    expect(await page.locator('#clone-newuser').isVisible()).toBe(true);
  });
});

describe('the JSON Schema of the glossary export', () => {
  test('/glossary.schema.json describes every field of an entry', () => {
    const schema = JSON.parse(readDist('/glossary.schema.json')) as { $schema: string; type: string; items: { properties: Record<string, unknown>; required: string[] } };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe('array');
    expect(Object.keys(schema.items.properties).sort()).toEqual(
      ['aliases', 'category', 'cgroupVersion', 'controller', 'id', 'name', 'summary', 'summaryMarkdown', 'url', 'value', 'version'],
    );
    for (const optional of ['value', 'controller', 'cgroupVersion']) expect(schema.items.required).not.toContain(optional);
  });
});

describe('glossary text', () => {
  test.each(['/glossary/', '/zh-cn/glossary/'])('%s shows no raw Markdown', async (path) => {
    const page = await open(path);
    const text = (await page.locator('glossary-index').textContent()) ?? '';
    expect(text).not.toContain('`');
    expect(await page.locator('glossary-index dd code').count()).toBeGreaterThan(0);
  });

  test.each(['/glossary.json', '/zh-cn/glossary.json'])('%s gives plain-text summaries', (file) => {
    const entries = JSON.parse(readDist(file)) as { summary: string; summaryMarkdown: string }[];
    expect(entries.filter((e) => /`|\*\*|\]\(/.test(e.summary))).toEqual([]);
    expect(entries.some((e) => e.summaryMarkdown.includes('`'))).toBe(true);
  });
});

describe('search', () => {
  /** [page to search from, query, what one of the first three results (or their sections) must be]. */
  const queries: [string, string, RegExp][] = [
    ['/', 'CLONE_NEWPID', /\/namespaces\/clone-flags\/#clone-newpid$/],
    ['/', 'CLONE_NEWNET', /\/namespaces\/clone-flags\/#clone-newnet$/],
    ['/', '0x20000000', /\/namespaces\/clone-flags\//],
    ['/', '0x00020000', /\/namespaces\/clone-flags\//],
    ['/zh-cn/', '命名空间', /\/zh-cn\/namespaces\//],
    ['/', '命名空间', /\/namespaces\//],
    ['/', '网络命名空间', /\/namespaces\/network\//],
    ['/zh-cn/', 'netns', /\/zh-cn\/namespaces\/network\//],
    ['/', 'memory.max', /\/cgroups\/controllers\/#cgroup-v2-memory-max$/],
    ['/', 'memory.limit_in_bytes', /\/cgroups\/controllers\/#cgroup-v1-memory-limit-in-bytes$/],
    ['/zh-cn/', 'pids.max', /\/zh-cn\/cgroups\/controllers\/#cgroup-v2-pids-max$/],
    ['/zh-cn/', '控制组', /\/zh-cn\/cgroups\//],
    ['/', 'cgroup.procs', /\/cgroups\/#cgroup-procs$/],
    ['/', 'hypervisor', /\/virtualization\/hypervisors\//],
    ['/', 'Type 1', /\/virtualization\/hypervisors\//],
    ['/zh-cn/', '半虚拟化', /\/zh-cn\/virtualization\/techniques\//],
    ['/zh-cn/', '虚拟机监控程序', /\/zh-cn\/virtualization\/hypervisors\//],
    ['/', 'KVM', /\/virtualization\/hypervisors\/#kvm$/],
    ['/', 'Firecracker', /\/virtualization\/sandboxes\//],
    ['/', 'runc', /\/engines\//],
    ['/', 'dockershim', /\/engines\//],
    ['/zh-cn/', '容器运行时', /\/zh-cn\/engines\//],
    ['/zh-cn/', '镜像层', /\/zh-cn\/engines\/docker\//],
    ['/', 'UseContainerSupport', /\/engines\/docker-vs-jvm\//],
    ['/', 'containerd 2.0', /\/engines\/history\//],
    ['/', 'docker run explainer', /\/tools\/docker-run\//],
    ['/', '--pids-limit', /\/cgroups\/docker\/#docker-pids-limit$/],
    ['/', 'clone3', /\/namespaces\/#clone3$/],
    ['/', 'cpu.max', /\/cgroups\/controllers\/#cgroup-cpu$/],
    ['/zh-cn/', '挂载命名空间', /\/zh-cn\/namespaces\/mount\//],
    ['/zh-cn/', 'memcg', /\/zh-cn\/cgroups\/controllers\/#cgroup-memory$/],
    ['/', 'Hyper-V', /\/virtualization\/hypervisors\/#hyper-v$/],
    ['/', 'overlay2', /\/engines\/docker\/#overlayfs$/],
    ['/', 'Kata Containers', /\/virtualization\/sandboxes\/#kata-containers$/],
    ['/zh-cn/', 'OCI', /\/zh-cn\/engines\//],
  ];
  // One page per starting point: Pagefind loads its index for the page's language once, and
  // every query from that page reuses it (as a reader's successive searches do).
  const pages = new Map<string, Promise<Page>>();
  const pageAt = (path: string) => pages.get(path) ?? pages.set(path, open(path)).get(path)!;
  test.each(queries)('on %s, searching %s puts the reference in the first three results', async (path, query, expected) => {
    const page = await pageAt(path);
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function.
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search(${JSON.stringify(query)});
      const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
      return top.flatMap((d) => [d.url, ...d.sub_results.map((s) => s.url)]);
    })()`)) as string[];
    expect(urls.filter((u) => expected.test(u)), urls.join(' ')).not.toEqual([]);
    // The generated API reference is not a search result.
    expect(urls.filter((u) => u.includes('/api/'))).toEqual([]);
  });
});
