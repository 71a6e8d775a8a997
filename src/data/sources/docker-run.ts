/**
 * Sources of the `docker run` option data (src/data/docker-run-options/): the option table of
 * Docker's reference and, for options the table leaves out, the docker/cli source that defines
 * them. Everything is read at the tag v29.7.2 of docker/cli.
 */
import type { Source } from '../schema/common.ts';

const CLI = 'https://github.com/docker/cli/blob/v29.7.2';

/** The option table of `docker container run` in Docker's reference. */
export const RUN_REFERENCE: Source = {
  title: 'docker container run reference (docker/cli v29.7.2)',
  url: `${CLI}/docs/reference/commandline/container_run.md#options`,
};

/** A line range of docker/cli's cli/command/container/opts.go, where the shared run/create flags are defined. */
export const cliOpts = (lines: string): Source => ({
  title: 'docker/cli cli/command/container/opts.go (v29.7.2)',
  url: `${CLI}/cli/command/container/opts.go#${lines}`,
});

/** A line range of docker/cli's cli/command/container/run.go, where the flags only `docker run` has are defined. */
export const cliRun = (lines: string): Source => ({
  title: 'docker/cli cli/command/container/run.go (v29.7.2)',
  url: `${CLI}/cli/command/container/run.go#${lines}`,
});
