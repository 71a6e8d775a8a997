import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { dockerResourceFlags, dockerRunOptions } from '../../src/data/index.ts';
import { toRunOptionTable } from '../../src/lib/docker-run/options.ts';
import { parseDockerRun, parseRunWords, type ParsedRun } from '../../src/lib/docker-run/parse.ts';
import { parseGoBool, parseGoInt } from '../../src/lib/docker-run/go-values.ts';

const table = toRunOptionTable(dockerRunOptions, 'en', dockerResourceFlags);

/** The parse as `flag=value` pairs, the image and the command, for compact tables. */
function summary(input: string): { options: string[]; image: string; args: string[] } | unknown {
  const result = parseDockerRun(input, table);
  if (!result.ok) return result.error;
  const { options, image, args }: ParsedRun = result.run;
  return { options: options.map((o) => `${o.flag}=${o.value}`), image, args };
}

describe('parseDockerRun reads real commands', () => {
  test.each([
    // Docker's reference examples (docs/reference/commandline/container_run.md, docker/cli v29.7.2).
    ['docker run --name test -d nginx:alpine', ['--name=test', '--detach=true'], 'nginx:alpine', []],
    ['docker run --cidfile /tmp/docker_test.cid ubuntu echo "test"', ['--cidfile=/tmp/docker_test.cid'], 'ubuntu', ['echo', 'test']],
    ['docker run -it --pid=host my-htop', ['--interactive=true', '--tty=true', '--pid=host'], 'my-htop', []],
    ['docker run --read-only --tmpfs /run --tmpfs /tmp -i -t ubuntu bash', ['--read-only=true', '--tmpfs=/run', '--tmpfs=/tmp', '--interactive=true', '--tty=true'], 'ubuntu', ['bash']],
    ['docker run -t -i --mount type=bind,src=/data,dst=/data busybox sh', ['--tty=true', '--interactive=true', '--mount=type=bind,src=/data,dst=/data'], 'busybox', ['sh']],
    ['docker run -p 127.0.0.1:80:8080/tcp nginx:alpine', ['--publish=127.0.0.1:80:8080/tcp'], 'nginx:alpine', []],
    ['docker run --rm -it --memory=256m ubuntu bash', ['--rm=true', '--interactive=true', '--tty=true', '--memory=256m'], 'ubuntu', ['bash']],
    // READMEs of well-known images.
    ['docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=secret postgres:16', ['--detach=true', '--publish=5432:5432', '--env=POSTGRES_PASSWORD=secret'], 'postgres:16', []],
    ['docker run --name some-redis -d redis redis-server --save 60 1', ['--name=some-redis', '--detach=true'], 'redis', ['redis-server', '--save', '60', '1']],
    ['docker run --name some-nginx -v /some/content:/usr/share/nginx/html:ro -d nginx', ['--name=some-nginx', '--volume=/some/content:/usr/share/nginx/html:ro', '--detach=true'], 'nginx', []],
    ['sudo docker container run hello-world', [], 'hello-world', []],
    ['/usr/bin/docker create --name c alpine', ['--name=c'], 'alpine', []],
  ])('%s', (input, options, image, args) => expect(summary(input)).toEqual({ options, image, args }));

  test('a multi-line command with backslashes, as READMEs print it', () => {
    const input = `$ docker run -d \\
    --name portainer \\
    -p 9443:9443 \\
    --restart=always \\
    -v /var/run/docker.sock:/var/run/docker.sock \\
    portainer/portainer-ce:latest`;
    expect(summary(input)).toEqual({
      options: ['--detach=true', '--name=portainer', '--publish=9443:9443', '--restart=always', '--volume=/var/run/docker.sock:/var/run/docker.sock'],
      image: 'portainer/portainer-ce:latest',
      args: [],
    });
  });
});

describe('parseDockerRun reads flags as spf13/pflag does', () => {
  test.each([
    ['-m 256m', ['--memory=256m']],
    ['-m256m', ['--memory=256m']],
    ['-m=256m', ['--memory=256m']],
    ['--memory 256m', ['--memory=256m']],
    ['-dit', ['--detach=true', '--interactive=true', '--tty=true']],
    ['-itp 8080:80', ['--interactive=true', '--tty=true', '--publish=8080:80']],
    ['-itp8080:80', ['--interactive=true', '--tty=true', '--publish=8080:80']],
    ['-pit', ['--publish=it']],
    ['-d=false', ['--detach=false']],
    ['--rm=false', ['--rm=false']],
    ['--pids-limit -1', ['--pids-limit=-1']],
    ['--net=host', ['--network=host']],
    ['--dns-opt ndots:2', ['--dns-option=ndots:2']],
    ['-e A=1 -e B=2', ['--env=A=1', '--env=B=2']],
    ['--cpu-shares=0x400', ['--cpu-shares=0x400']],
    ['--entrypoint= ', ['--entrypoint=']],
  ])('docker run %s alpine', (flags, options) => expect(summary(`docker run ${flags} alpine`)).toMatchObject({ options, image: 'alpine' }));

  test('-- ends the options and the first other word is the image', () => {
    expect(summary('docker run -d -- alpine --rm -x')).toEqual({ options: ['--detach=true'], image: 'alpine', args: ['--rm', '-x'] });
    expect(summary('docker run -d - ls')).toEqual({ options: ['--detach=true'], image: '-', args: ['ls'] });
  });

  test('a parsed option keeps its spelling and the index of its word', () => {
    const result = parseRunWords(['docker', 'run', '-itp', '80:80', '--net', 'host', 'nginx'], table);
    expect(result.ok && result.run.options.map((o) => [o.spelled, o.word])).toEqual([['-i', 2], ['-t', 2], ['-p', 2], ['--net', 4]]);
    expect(result.ok && result.run.invocation).toBe('docker run');
  });
});

describe('parseDockerRun refuses what docker refuses', () => {
  test.each([
    ['', { code: 'empty' }],
    ['docker ps -a', { code: 'not-docker-run', found: 'docker ps' }],
    ['podman run alpine', { code: 'not-docker-run', found: 'podman run' }],
    ['docker container ls', { code: 'not-docker-run', found: 'docker container ls' }],
    ['docker run --memroy=1g alpine', { code: 'unknown-flag', flag: '--memroy', suggestion: '--memory' }],
    ['docker run --priviledged alpine', { code: 'unknown-flag', flag: '--priviledged', suggestion: '--privileged' }],
    ['docker run --banana alpine', { code: 'unknown-flag', flag: '--banana' }],
    ['docker run -dx alpine', { code: 'unknown-flag', flag: '-x' }],
    ['docker create -d alpine', { code: 'run-only-flag', flag: '-d' }],
    ['docker container create --sig-proxy=false alpine', { code: 'run-only-flag', flag: '--sig-proxy' }],
    ['docker run ---rm alpine', { code: 'bad-flag-syntax', flag: '---rm' }],
    ['docker run --=x alpine', { code: 'bad-flag-syntax', flag: '--=x' }],
    ['docker run --name', { code: 'missing-value', flag: '--name' }],
    ['docker run -p', { code: 'missing-value', flag: '-p' }],
    ['docker run --rm=yes alpine', { code: 'bad-bool', flag: '--rm', value: 'yes', allowed: '1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False' }],
    ['docker run --cpu-shares=1.5 alpine', { code: 'bad-int', flag: '--cpu-shares', value: '1.5', allowed: '-9223372036854775808…9223372036854775807' }],
    ['docker run --blkio-weight=70000 alpine', { code: 'bad-int', flag: '--blkio-weight', value: '70000', allowed: '0…65535' }],
    ['docker run --blkio-weight=+5 alpine', { code: 'bad-int', flag: '--blkio-weight', value: '+5', allowed: '0…65535' }],
    ['docker run --pids-limit 9223372036854775808 alpine', { code: 'bad-int', flag: '--pids-limit', value: '9223372036854775808', allowed: '-9223372036854775808…9223372036854775807' }],
    ['docker run --rm -it', { code: 'missing-image' }],
    ['docker run -e "A=1 alpine', { code: 'unterminated-quote', quote: '"', at: 14 }],
  ])('%j', (input, error) => expect(parseDockerRun(input, table)).toEqual({ ok: false, error }));
});

describe('parseDockerRun never throws', () => {
  test('on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseDockerRun(s, table).ok === 'boolean'));
  });
  test('on any words after docker run', () => {
    const word = fc.oneof(fc.constantFrom('-', '--', '-m', '-itp', '--rm=', '--net', '-d=', 'alpine'), fc.string());
    fc.assert(fc.property(fc.array(word), (words) => typeof parseRunWords(['docker', 'run', ...words], table).ok === 'boolean'));
  });
});

describe('Go value parsing', () => {
  test.each([
    ['1024', 1024n], ['-1', -1n], ['+7', 7n], ['0x400', 1024n], ['0X1f', 31n], ['0o17', 15n], ['010', 8n], ['0b101', 5n],
    ['1_000', 1000n], ['0x_1f', 31n], ['0', 0n],
  ])('parseGoInt(%j) is %s', (text, value) => expect(parseGoInt(text)).toBe(value));
  test.each(['', '1.5', '1__0', '_1', '1_', '09', '0x', 'abc', '--1'])('parseGoInt(%j) is undefined', (text) => expect(parseGoInt(text)).toBeUndefined());
  test.each([['t', true], ['TRUE', true], ['0', false], ['False', false], ['yes', undefined], ['toString', undefined]])(
    'parseGoBool(%j) is %s',
    (text, value) => expect(parseGoBool(text)).toBe(value),
  );
});
