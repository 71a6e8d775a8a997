declare namespace App {
  interface Locals {
    /** How many times each diagram has been embedded on the page being rendered (Diagram.astro). */
    diagramCounts?: Map<string, number>;
  }
}
