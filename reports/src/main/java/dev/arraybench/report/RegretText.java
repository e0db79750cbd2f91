package dev.arraybench.report;

import dev.arraybench.core.regret.Policy;
import dev.arraybench.core.regret.PolicyRegret;
import dev.arraybench.core.regret.RegretPoint;
import dev.arraybench.core.regret.RegretReport;
import dev.arraybench.core.regret.VariantRegret;
import dev.arraybench.core.size.Sizes;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The regret table {@code validate} prints: per variant and policy, the max and mean regret, then the
 * advice's choice, the best choice and the regret at every size.
 */
public final class RegretText {

    private RegretText() {
    }

    /** Prints the table of {@code report} to {@code out}. */
    public static void print(RegretReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%nRegret against the best choice per size (time of the choice / time of the best"
                + " - 1) at %d held-out size(s):%n", report.sizes().size());
        out.printf(Locale.ROOT, "  %-62s", "variant");
        for (Policy policy : Policy.values()) {
            out.printf(Locale.ROOT, " %20s", policy.word() + " max/mean");
        }
        out.println();
        for (VariantRegret variant : report.variants()) {
            out.printf(Locale.ROOT, "  %-62s", variant.label());
            for (Policy policy : Policy.values()) {
                PolicyRegret regret = variant.of(policy);
                out.printf(Locale.ROOT, " %20s", String.format(Locale.ROOT, "%.1f%%/%.1f%%", 100 * regret.max(),
                        100 * regret.mean()));
            }
            out.println();
        }
        out.printf(Locale.ROOT, "  %-62s", "all");
        for (Policy policy : Policy.values()) {
            out.printf(Locale.ROOT, " %20s", String.format(Locale.ROOT, "%.1f%%/%.1f%%", 100 * report.max(policy),
                    100 * report.mean(policy)));
        }
        out.println();
        for (VariantRegret variant : report.variants()) {
            PolicyRegret advised = variant.of(Policy.ADVISED);
            for (RegretPoint point : advised.points()) {
                out.printf(Locale.ROOT, "  %s at %s: advised %s, best %s, regret %.1f%% [95%% %.1f%%..%.1f%%]%n",
                        variant.label(), Sizes.label(point.size()), point.chosenParallel() ? "parallel" : "sequential",
                        point.bestParallel() ? "parallel" : "sequential", 100 * point.regret().estimate(),
                        100 * point.regret().low(), 100 * point.regret().high());
            }
        }
    }
}
