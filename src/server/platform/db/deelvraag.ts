import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/** What a scalar subquery is keyed on: a column of the outer query, or an expression. */
export type Sleutel = AnyColumn | SQL | SQL.Aliased;

/**
 * A scalar subquery that one module builds for another's statement (a name by id). Nested one
 * level deep on purpose: in the select list of a one-table query drizzle strips the table from
 * an expression's own columns, which would leave the subquery's columns ambiguous.
 */
export const scalar = <T>(query: SQL) => sql<T>`(${query})`;
