import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { shellWords } from '../../src/lib/docker-run/shell-words.ts';

/** Words as the shell would produce them, for the table. */
const words = (input: string) => {
  const result = shellWords(input);
  return result.ok ? result.words : result.error;
};

describe('shellWords splits like a POSIX shell', () => {
  test.each([
    ['docker run --rm -it ubuntu bash', ['docker', 'run', '--rm', '-it', 'ubuntu', 'bash']],
    ['  docker\trun   nginx  ', ['docker', 'run', 'nginx']],
    ['$ docker run nginx', ['docker', 'run', 'nginx']],
    ['   $ docker ps', ['docker', 'ps']],
    ['docker run -e "GREETING=hello world" alpine', ['docker', 'run', '-e', 'GREETING=hello world', 'alpine']],
    ["docker run alpine sh -c 'echo $HOME; ls'", ['docker', 'run', 'alpine', 'sh', '-c', 'echo $HOME; ls']],
    ['docker run -e A="x y"z alpine', ['docker', 'run', '-e', 'A=x yz', 'alpine']],
    ['echo "a \\"quoted\\" \\$word and \\n kept"', ['echo', 'a "quoted" $word and \\n kept']],
    ['echo a\\ b', ['echo', 'a b']],
    ["echo 'it'\\''s'", ['echo', "it's"]],
    ['docker run --entrypoint "" alpine ls', ['docker', 'run', '--entrypoint', '', 'alpine', 'ls']],
    ['docker run \\\n  -d \\\n  -p 80:80 \\\n  nginx', ['docker', 'run', '-d', '-p', '80:80', 'nginx']],
    ['docker run \\\r\n  nginx', ['docker', 'run', 'nginx']],
    ['docker run -e "A=1\\\n2" alpine', ['docker', 'run', '-e', 'A=12', 'alpine']],
    ['docker run -v $(pwd):/app node', ['docker', 'run', '-v', '$(pwd):/app', 'node']],
    ['docker run -u $(id -u):$(id -g) alpine', ['docker', 'run', '-u', '$(id -u):$(id -g)', 'alpine']],
    ['docker run -v "${PWD}/data":/data alpine', ['docker', 'run', '-v', '${PWD}/data:/data', 'alpine']],
    ['docker run -e "X=$(echo ")")" alpine', ['docker', 'run', '-e', 'X=$(echo ")")', 'alpine']],
    ['docker run -u `id -u` alpine', ['docker', 'run', '-u', '`id -u`', 'alpine']],
    ['trailing\\', ['trailing\\']],
    ['', []],
  ])('%j', (input, expected) => expect(words(input)).toEqual(expected));

  test('offsets point at each word, the prompt counted', () => {
    expect(shellWords('$ docker  run "a b"')).toEqual({ ok: true, words: ['docker', 'run', 'a b'], offsets: [2, 10, 14] });
  });
});

describe('shellWords reports what is never closed', () => {
  test.each([
    ['docker run -e "A=1 alpine', '"', 14],
    ["docker run alpine sh -c 'ls", "'", 24],
    ['docker run -v $(pwd:/app node', '$(', 14],
    ['docker run -v ${PWD:/app node', '${', 14],
    ['echo `date', '`', 5],
    ['echo "$(date"', '$(', 6],
    ['$ echo "x', '"', 7],
  ])('%j: %s at %i', (input, quote, at) => expect(shellWords(input)).toEqual({ ok: false, error: { code: 'unterminated-quote', quote, at } }));
});

describe('shellWords properties', () => {
  test('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => typeof shellWords(s).ok === 'boolean'));
    fc.assert(fc.property(fc.stringMatching(/^[ a-z$()`{}'"\\\n-]*$/), (s) => typeof shellWords(s).ok === 'boolean'));
  });

  test('single-quoting any words and joining them gives the same words back', () => {
    const quote = (w: string) => `'${w.replaceAll("'", "'\\''")}'`;
    fc.assert(
      fc.property(fc.array(fc.string()), (list) => {
        expect(shellWords(list.map(quote).join(' '))).toMatchObject({ ok: true, words: list });
      }),
    );
  });
});
