/**
 * Browser side of the `docker run` explainer. The page arrives with a worked example rendered on
 * the server, so this element only waits: the explainer itself (docker-run-render.ts, the
 * parser, the option rules, the cgroup and OCI mappings) loads the first time the reader
 * explains a command, or at once when a shared link carries one (?cmd=, kept in the field even
 * when it is bad, and reported).
 */
class DockerRunTool extends HTMLElement {
  connectedCallback() {
    const explain = async (writeUrl: boolean) => (await import('./docker-run-render.ts')).explainInto(this, writeUrl);
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void explain(true);
    });
    const shared = new URLSearchParams(location.search).get('cmd');
    if (shared !== null) {
      this.querySelector<HTMLTextAreaElement>('#drt-cmd')!.value = shared;
      void explain(false);
    }
  }
}

customElements.define('docker-run-tool', DockerRunTool);
