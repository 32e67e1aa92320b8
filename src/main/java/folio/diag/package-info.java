/**
 * Diagnostics, the one way every stage reports a user's mistake: a {@code path:line:col} position,
 * a severity and a message, collected per build so that one run reports every problem.
 */
package folio.diag;
