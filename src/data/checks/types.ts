import type { Term } from '../schema/term.ts';

/** A consistency check beyond the schema: returns one message per problem, none when all is well. */
export type TermCheck = (terms: readonly Term[]) => string[];
