import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../src/lib/html.ts';
import { plainText, renderInlineMarkdown, renderInlineMarkdownLine } from '../../src/lib/inline-markdown.ts';

describe('renderInlineMarkdown', () => {
  const cases: [string, string][] = [
    ['plain', '<p>plain</p>'],
    ['Use `unshare -p`.', '<p>Use <code>unshare -p</code>.</p>'],
    ['**bold** and *em*', '<p><strong>bold</strong> and <em>em</em></p>'],
    ['a\n\nb', '<p>a</p><p>b</p>'],
    ['line\nwrapped', '<p>line wrapped</p>'],
    ['[clone(2)](https://man7.org/x)', '<p><a href="https://man7.org/x">clone(2)</a></p>'],
    ['[local](/namespaces/)', '<p><a href="/namespaces/">local</a></p>'],
    ['`**not bold**` `<b>`', '<p><code>**not bold**</code> <code>&lt;b&gt;</code></p>'],
    ['<script>x</script>', '<p>&lt;script&gt;x&lt;/script&gt;</p>'],
    ['[bad](javascript:alert(1))', '<p>[bad](javascript:alert(1))</p>'],
    ['CLONE_NEWPID | CLONE_NEWNS * 2', '<p>CLONE_NEWPID | CLONE_NEWNS * 2</p>'],
  ];
  test.each(cases)('renders %j', (input, html) => expect(renderInlineMarkdown(input)).toBe(html));
});

describe('escapeHtml', () => {
  test('escapes the five HTML metacharacters', () => expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'));
});

describe('plainText', () => {
  const cases: [string, string][] = [
    ['Use `unshare -p` and see [clone(2)](https://man7.org/).', 'Use unshare -p and see clone(2).'],
    ['**bold** and *emphasis*', 'bold and emphasis'],
    ['`**not bold**` stays', '**not bold** stays'],
    ['one\n\ntwo', 'one two'],
  ];
  test.each(cases)('%j becomes %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe('renderInlineMarkdownLine', () => {
  test.each([
    ['Use `unshare -p`.', 'Use <code>unshare -p</code>.'],
    ['two\nlines', 'two lines'],
  ])('%j renders as %j, with no paragraph', (input, expected) => {
    expect(renderInlineMarkdownLine(input)).toBe(expected);
  });
});
