import { describe, expect, test } from 'vitest';
import { normalizeBase, rebaseHtml, withBase, withoutBase } from '../../src/lib/base-path.ts';

describe('normalizeBase', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['handbook', '/handbook/'],
    ['/handbook', '/handbook/'],
    ['/docs/handbook/', '/docs/handbook/'],
  ])('%j is %j', (base, normal) => expect(normalizeBase(base)).toBe(normal));
});

describe('withBase', () => {
  test.each([
    ['/namespaces/#setns', '/handbook/', '/handbook/namespaces/#setns'],
    ['/', '/handbook/', '/handbook/'],
    ['/handbook/glossary/', '/handbook/', '/handbook/glossary/'],
    ['/handbook', '/handbook/', '/handbook'],
    ['/handbooks/', '/handbook/', '/handbook/handbooks/'],
    ['//cdn.example/x.js', '/handbook/', '//cdn.example/x.js'],
    ['https://man7.org/', '/handbook/', 'https://man7.org/'],
    ['#setns', '/handbook/', '#setns'],
    ['/namespaces/', '/', '/namespaces/'],
  ])('%s under %s is %s', (path, base, out) => expect(withBase(path, base)).toBe(out));
});

describe('withoutBase', () => {
  test.each([
    ['/handbook/zh-cn/embed/docker-run/', '/handbook/', '/zh-cn/embed/docker-run/'],
    ['/handbook/', '/handbook/', '/'],
    ['/namespaces/', '/', '/namespaces/'],
    ['/elsewhere/', '/handbook/', '/elsewhere/'],
  ])('%s under %s is %s', (path, base, out) => expect(withoutBase(path, base)).toBe(out));
});

describe('rebaseHtml', () => {
  test('rebases href, src and xlink:href site paths, in either quote', () => {
    const html = `<a href="/a/">a</a><img src='/b.svg'><svg><a xlink:href="/c/"></a></svg><link rel="icon" href="/handbook/favicon.svg">`;
    expect(rebaseHtml(html, '/handbook/')).toBe(
      `<a href="/handbook/a/">a</a><img src='/handbook/b.svg'><svg><a xlink:href="/handbook/c/"></a></svg><link rel="icon" href="/handbook/favicon.svg">`,
    );
  });
  test('leaves text, other attributes and other URLs alone', () => {
    const html = `<p>href="/a/"</p><a data-x="/a/" href="https://x.example/a/">x</a><a href="#top">top</a>`;
    expect(rebaseHtml(html, '/handbook/')).toBe(html);
  });
  test('leaves examples shown as code alone: only start tags change', () => {
    const html = `<code>&lt;img src="/a.svg"&gt;</code><pre>rebaseHtml('<x href="/a/">')</pre>`;
    expect(rebaseHtml(html, '/handbook/')).toBe(`<code>&lt;img src="/a.svg"&gt;</code><pre>rebaseHtml('<x href="/handbook/a/">')</pre>`);
  });
  test('reads a tag whose earlier attribute holds a ">"', () => {
    expect(rebaseHtml(`<a data-x="a>b" href="/a/">a</a>`, '/handbook/')).toBe(`<a data-x="a>b" href="/handbook/a/">a</a>`);
  });
  test('changes nothing at the root', () => expect(rebaseHtml('<a href="/a/">a</a>', '/')).toBe('<a href="/a/">a</a>'));
});
