/**
 * Regret: what following a thresholds file (or a fixed cut-off) costs against the best choice per size,
 * measured later and at sizes the search never measured.
 */
package dev.arraybench.core.regret;
