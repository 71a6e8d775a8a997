import { describe, expect, test } from 'vitest';
import { embedSnippet } from '../../src/lib/embed.ts';

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    origin: 'https://h.example/handbook',
    path: '/embed/clone-flags/?flags=newpid,newnet',
    title: 'Clone-flag "calculator"',
    message: 'handbook:embed-height',
  });

  test('frames the embed view at its preset, with an escaped accessible name', () => {
    expect(snippet).toContain('<iframe src="https://h.example/handbook/embed/clone-flags/?flags=newpid,newnet" title="Clone-flag &quot;calculator&quot;"');
  });

  test('accepts height messages from the handbook’s origin only, without its path', () => {
    expect(snippet).toContain(`event.origin !== "https://h.example"`);
    expect(snippet).toContain(`event.data?.type !== "handbook:embed-height"`);
  });

  test('is a frame and one script, nothing else', () => {
    expect(snippet.match(/<iframe\b/g)).toHaveLength(1);
    expect(snippet.match(/<script>/g)).toHaveLength(1);
    expect(snippet.trim().endsWith('</script>')).toBe(true);
  });
});
